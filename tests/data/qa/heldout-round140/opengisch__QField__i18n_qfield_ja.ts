<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="ja">
<context>
    <name>About</name>
    <message>
        <source>Developed by</source>
        <translation>デベロッパー</translation>
    </message>
    <message>
        <source>Support QField</source>
        <translation>QFieldをサポート</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>ドキュメンテーション</translation>
    </message>
    <message>
        <source>Links Menu</source>
        <translation>リンクメニュー</translation>
    </message>
    <message>
        <source>QField app directories</source>
        <translation>QFieldアプリディレクトリ</translation>
    </message>
    <message>
        <source>QField app directory</source>
        <translation>QFieldアプリディレクトリ</translation>
    </message>
</context>
<context>
    <name>AbstractGnssReceiver</name>
    <message>
        <source>Connecting…</source>
        <translation>接続しています...</translation>
    </message>
    <message>
        <source>Successfully connected</source>
        <translation>接続しました</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>接続を解除しました</translation>
    </message>
    <message>
        <source>Socket state %1</source>
        <translation>ソケットの状態 %1</translation>
    </message>
</context>
<context>
    <name>ActiveLayerFeaturesLocatorFilter</name>
    <message>
        <source>Limit the search to the field &apos;%1&apos;</source>
        <translation>検索をフィールド &apos;%1&apos; に制限します。</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>フォームを開く</translation>
    </message>
    <message>
        <source>Set feature as destination</source>
        <translation>地物を目的地として設定する</translation>
    </message>
    <message>
        <source>Feature has no geometry</source>
        <translation>地物にジオメトリがありません</translation>
    </message>
    <message>
        <source>Features from active layer</source>
        <translation>アクティブレイヤーからの地物</translation>
    </message>
    <message>
        <source>Returns a list of features from the active layer with matching attributes. Restricting matching to a single attribute is done by identifying its name prefixed with an &apos;@&apos;.</source>
        <translation>アクティブレイヤーから、属性が一致するフィーチャーのリストを返します。マッチングを単一の属性に制限するには、その属性の名前の先頭に &apos;@&apos; を付けます。</translation>
    </message>
</context>
<context>
    <name>AndroidProjectSource</name>
    <message>
        <source>File %1 does not exist</source>
        <translation>ファイル %1 は存在しません</translation>
    </message>
</context>
<context>
    <name>AppMissingGridHandler</name>
    <message>
        <source>No transform available between %1 and %2</source>
        <translation>%1 と %2 の間での変換はできません</translation>
    </message>
    <message>
        <source>This grid is part of the “&lt;i&gt;%1&lt;/i&gt;” package, available for download from &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>このグリッドは 「&lt;i&gt;%1&lt;/i&gt;」パッケージに含まれており、 &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; からのダウンロードをご利用いただけます。</translation>
    </message>
    <message>
        <source>This grid is available for download from &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</source>
        <translation>このグリッドは &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; からダウンロードをご利用いただけます。</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>投影法</translation>
    </message>
    <message>
        <source>This transformation requires the grid file “%1”, which is not available for use on the system.</source>
        <translation>この変換にはグリッドファイル「%1」が必要ですが、これはシステムで使用できません。</translation>
    </message>
    <message>
        <source>This grid is part of the &lt;i&gt;%1&lt;/i&gt; package, available for download from &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>このグリッドは 「&lt;i&gt;%1&lt;/i&gt;」パッケージに含まれており、 &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; からのダウンロードをご利用いただけます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Current transform “&lt;i&gt;%1&lt;/i&gt;” has an accuracy of %2 meters, while the preferred transformation “&lt;i&gt;%3&lt;/i&gt;” has accuracy %4 meters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;現在の座標変換「&lt;i&gt;%1&lt;/i&gt;」の精度は %2 メートルです。推奨される座標変換「&lt;i&gt;%3&lt;/i&gt;」の精度は %4 メートルです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Current transform “&lt;i&gt;%1&lt;/i&gt;” has an unknown accuracy, while the preferred transformation “&lt;i&gt;%2&lt;/i&gt;” has accuracy %3 meters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;現在の座標変換「&lt;i&gt;%1&lt;/i&gt;」の精度は不明確です。推奨される座標変換「&lt;i&gt;%2&lt;/i&gt;」の精度は %3 メートルです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The preferred transform between &lt;i&gt;%1&lt;/i&gt; and &lt;i&gt;%2&lt;/i&gt; is not available for use on the system.&lt;/p&gt;</source>
        <translation>&lt;p&gt;推奨される &lt;i&gt;%1&lt;/i&gt; と &lt;i&gt;%2&lt;/i&gt; の間での座標変換は、このシステムでは利用できません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No transform is available between &lt;i&gt;%1&lt;/i&gt; and &lt;i&gt;%2&lt;/i&gt;.&lt;p style=&quot;color: red&quot;&gt;%3&lt;/p&gt;</source>
        <translation>&lt;i&gt;%1&lt;/i&gt; と &lt;i&gt;%2&lt;/i&gt;の間での変換はできません。&lt;p style=&quot;color: red&quot;&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot use project transform between %1 and %2</source>
        <translation>%1 と%2 の間で投影変換を使用できません</translation>
    </message>
    <message>
        <source>Used a ballpark transform from %1 to %2</source>
        <translation>%1 から %2 へのボールパーク変換をしました</translation>
    </message>
</context>
<context>
    <name>AttributeFormModelBase</name>
    <message>
        <source>Expression constraint</source>
        <translation>式の制約</translation>
    </message>
    <message>
        <source>Not NULL</source>
        <translation>Not NULL制約</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>ユニーク制約</translation>
    </message>
</context>
<context>
    <name>BadLayerItem</name>
    <message>
        <source>Unable to load some layers</source>
        <translation>いくつかのレイヤーを読み込めませんでした</translation>
    </message>
    <message>
        <source>The following layers could not be loaded, please review those and reconfigure the QGIS project.</source>
        <translation>次のレイヤーは読み込めませんでした。ご使用のQGISプロジェクトの設定をご確認ください。</translation>
    </message>
    <message>
        <source>You may check the Portable Project section in the QField documentation for more help.</source>
        <translation type="vanished">QFieldドキュメントページの「Portable Project」の箇所をご覧いただくと参考になるかもしれません。</translation>
    </message>
    <message>
        <source>You may check the %1Portable Project%2 documentation page for more help.</source>
        <translation>詳しくは %1Portable Project%2 ドキュメント・ページを参照してください。</translation>
    </message>
</context>
<context>
    <name>BarcodeReader</name>
    <message>
        <source>Code Reader</source>
        <translation type="vanished">コードリーダー</translation>
    </message>
    <message>
        <source>Center your camera on a code</source>
        <translation type="vanished">カメラの中心をコードに合わせてください</translation>
    </message>
</context>
<context>
    <name>Binary</name>
    <message>
        <source>(Blob)</source>
        <translation>(Blob)</translation>
    </message>
</context>
<context>
    <name>BluetoothDeviceChooser</name>
    <message>
        <source>Positioning device in use:</source>
        <translation type="vanished">使用中の測位デバイス:</translation>
    </message>
    <message>
        <source>Scanning for paired devices</source>
        <translation>ペアリングされたデバイスをスキャンしています</translation>
    </message>
    <message>
        <source>Scanning failed: %1</source>
        <translation>スキャンに失敗しました: %1</translation>
    </message>
    <message>
        <source>Scanning done</source>
        <translation>スキャン完了</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) found</source>
        <translation><numerusform>%n個のデバイスが見つかりました。</numerusform></translation>
    </message>
    <message>
        <source>Scanning canceled</source>
        <translation>スキャンがキャンセルされました。</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="vanished">スキャン</translation>
    </message>
    <message>
        <source>Make a full service discovery</source>
        <translation type="vanished">フルサービス検出をする</translation>
    </message>
    <message>
        <source>A full device scan can take longer. You really want to do it?
Cancel to make a minimal device scan instead.</source>
        <translation type="vanished">デバイスのフルスキャンには時間がかかる場合があります。本当に実行しますか？
キャンセルして代わりにミニマムなデバイススキャンを行います。</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="vanished">%1 に接続しました</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="vanished">%1に接続する</translation>
    </message>
    <message>
        <source>Connect  to %1</source>
        <translation type="vanished">%1 に接続する</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="vanished">%1 に接続しています</translation>
    </message>
    <message>
        <source>Use orthometric altitude from device</source>
        <translation type="vanished">デバイスから取得したオルソメトリック高度を使う</translation>
    </message>
    <message>
        <source>Select the Bluetooth device from the list below:</source>
        <translation>以下のリストからBluetoothデバイスを選択します：</translation>
    </message>
    <message>
        <source>Bluetooth device name:</source>
        <translation>Bluetoothデバイス名：</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="vanished">N/A</translation>
    </message>
    <message>
        <source>Bluetooth device address:</source>
        <translation>Bluetoothデバイスのアドレス：</translation>
    </message>
    <message>
        <source>Scan for nearby devices</source>
        <translation>近くのデバイスをスキャン</translation>
    </message>
    <message>
        <source>No Bluetooth devices detected, scan to populate nearby devices.</source>
        <translation type="vanished">近くにあるBluetoothデバイスが検出されませんでした。</translation>
    </message>
    <message>
        <source>Scanning error: %1</source>
        <translation>スキャンエラー: %1</translation>
    </message>
    <message>
        <source>No Bluetooth devices detected.</source>
        <translation>Bluetooth機器が見つかりません</translation>
    </message>
    <message>
        <source>Deeper scanning for paired devices</source>
        <translation>ペアリングされた機器を詳細にスキャンしています</translation>
    </message>
</context>
<context>
    <name>BluetoothDeviceModel</name>
    <message>
        <source>Internal device</source>
        <translation type="vanished">内蔵デバイス</translation>
    </message>
    <message>
        <source>Bluetooth permission denied</source>
        <translation>Bluetoothのパーミッションが拒否されました</translation>
    </message>
</context>
<context>
    <name>BluetoothReceiver</name>
    <message>
        <source>Connecting…</source>
        <translation type="vanished">接続しています...</translation>
    </message>
    <message>
        <source>Successfully connected</source>
        <translation type="vanished">接続しました</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="vanished">接続を解除しました</translation>
    </message>
    <message>
        <source>Socket state %1</source>
        <translation type="vanished">ソケットの状態 %1</translation>
    </message>
    <message>
        <source>Could not find the remote host</source>
        <translation type="vanished">リモートホストが見つかりません</translation>
    </message>
    <message>
        <source>Could not find the service UUID on remote host</source>
        <translation type="vanished">リモートホストでサービスの UUID が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Attempt to read or write from socket returned an error</source>
        <translation type="vanished">ソケットから読み書きしようとするとエラーが返されました</translation>
    </message>
    <message>
        <source>The protocol is not supported on this platform</source>
        <translation type="vanished">このプロトコルはこのプラットフォームではサポートされていません。</translation>
    </message>
    <message>
        <source>An operation was attempted while the socket was in a state that did not permit it</source>
        <translation type="vanished">ソケットが許可されていない状態で操作が行われました</translation>
    </message>
    <message>
        <source>The remote host closed the connection</source>
        <translation type="vanished">リモートホストが接続を閉じました</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="vanished">不明なエラー</translation>
    </message>
</context>
<context>
    <name>BookmarkLocatorFilter</name>
    <message>
        <source>Spatial bookmarks</source>
        <translation>空間ブックマーク</translation>
    </message>
    <message>
        <source>Returns a list of user and currently open project bookmarks with matching names.</source>
        <translation>ユーザーおよび現在開いているプロジェクトのブックマークのうち、名前が一致するものの一覧を返します。</translation>
    </message>
</context>
<context>
    <name>BookmarkProperties</name>
    <message>
        <source>Bookmark Properties</source>
        <translation>ブックマークプロパティ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="vanished">色</translation>
    </message>
    <message>
        <source>Copy bookmark details</source>
        <translation>ブックマークの詳細をコピーする</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation type="vanished">経度</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation type="vanished">緯度</translation>
    </message>
    <message>
        <source>X</source>
        <translation type="vanished">X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="vanished">Y</translation>
    </message>
    <message>
        <source>Bookmark details copied to clipboard</source>
        <translation>ブックマークの詳細をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>ブックマークを削除</translation>
    </message>
    <message>
        <source>You are about to remove a bookmark, proceed?</source>
        <translation>ブックマークを削除しますか？</translation>
    </message>
</context>
<context>
    <name>BookmarkRenderer</name>
    <message>
        <source>Bookmark: %1</source>
        <translation>ブックマーク: %1</translation>
    </message>
    <message>
        <source>Project bookmarks cannot be edited</source>
        <translation>プロジェクトのブックマークは編集できません</translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <source>Browser</source>
        <translation>ブラウザ</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Hours</source>
        <translation type="vanished">時間</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="vanished">分</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="vanished">秒</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="vanished">OK</translation>
    </message>
</context>
<context>
    <name>Changelog</name>
    <message>
        <source>What&apos;s new in QField</source>
        <translation>QFieldの新機能</translation>
    </message>
    <message>
        <source>Error while fetching changelog, try again later.</source>
        <translation>変更履歴の取得中にエラーが発生しました、後でもう一度試してください。</translation>
    </message>
    <message>
        <source>Support QField</source>
        <translation>QFieldをサポート</translation>
    </message>
    <message>
        <source>Check the latest QField changes on </source>
        <translation>QFieldの新しい変更内容を確認する</translation>
    </message>
    <message>
        <source>QField releases page</source>
        <translation>QFieldリリースページ</translation>
    </message>
</context>
<context>
    <name>ChangelogContents</name>
    <message>
        <source>Previous releases on GitHub</source>
        <translation>Githubでの過去のリリース</translation>
    </message>
</context>
<context>
    <name>CheckBox</name>
    <message>
        <source>True</source>
        <translation>真</translation>
    </message>
    <message>
        <source>False</source>
        <translation>偽</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
</context>
<context>
    <name>ClipboardManager</name>
    <message>
        <source>Geometry</source>
        <translation>ジオメトリ</translation>
    </message>
    <message>
        <source>Paste failed: no destination layer provided</source>
        <translation>貼り付けに失敗: 出力先のレイヤーが指定されていません</translation>
    </message>
    <message>
        <source>Cut operation: source and destination layers are the same, skipping paste.</source>
        <translation>切り取り: 出力元及び出力先のレイヤーが同じため、貼り付けをスキップします。</translation>
    </message>
    <message>
        <source>Paste failed: clipboard feature is invalid</source>
        <translation>貼り付けに失敗: クリップボード機能が無効です</translation>
    </message>
    <message>
        <source>Cut failed: could not start editing on source layer %1</source>
        <translation>切り取りに失敗: ソースレイヤー %1の編集を開始できませんでした</translation>
    </message>
    <message>
        <source>Cut failed: could not delete original feature from source layer %1</source>
        <translation>切り取りに失敗: ソースレイヤー %1からオリジナルの地物を削除できませんでした</translation>
    </message>
    <message>
        <source>Paste failed: no compatible features could be created</source>
        <translation>貼り付けに失敗: 互換可能な地物で作成できるものはありません</translation>
    </message>
    <message>
        <source>Paste failed: could not start editing on layer %1</source>
        <translation>貼り付けに失敗: レイヤー %1の編集を開始できませんでした</translation>
    </message>
    <message>
        <source>Paste failed: could not add feature to layer %1</source>
        <translation>貼り付けに失敗: レイヤー %1に地物を追加できませんでした</translation>
    </message>
    <message>
        <source>Paste failed: commitChanges failed on layer %1</source>
        <translation>貼り付けに失敗: レイヤー %1のコミットに失敗しました</translation>
    </message>
    <message>
        <source>Cut commit failed on source layer %1</source>
        <translation>ソースレイヤー %1の切り取りのコミットに失敗しました</translation>
    </message>
</context>
<context>
    <name>CloseTool</name>
    <message>
        <source>close</source>
        <translation type="vanished">閉じる</translation>
    </message>
</context>
<context>
    <name>CodeReader</name>
    <message>
        <source>NFC text tag detected</source>
        <translation>NFCテキストタグを検出</translation>
    </message>
    <message>
        <source>Code Reader</source>
        <translation>コードリーダー</translation>
    </message>
    <message>
        <source>Center your device on a code</source>
        <translation>デバイスをコードの中央に配置する</translation>
    </message>
</context>
<context>
    <name>DashBoard</name>
    <message>
        <source>The layer %1 is read only.</source>
        <translation>レイヤー %1 は読み取り専用です。</translation>
    </message>
    <message>
        <source>Map Theme</source>
        <translation>マップテーマ</translation>
    </message>
    <message>
        <source>Project Folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>プロジェクトは読み取り専用です。</translation>
    </message>
</context>
<context>
    <name>DateTime</name>
    <message>
        <source>(no date)</source>
        <translation>(日付がありません)</translation>
    </message>
    <message>
        <source>Date value set to today.</source>
        <translation>日付は本日の値が設定されます。</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="vanished">時間</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="vanished">分</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="vanished">秒</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="vanished">OK</translation>
    </message>
</context>
<context>
    <name>DeltaListModel</name>
    <message>
        <source>Expected the json document to be an array of delta status</source>
        <translation>jsonドキュメントはDelta形式の配列である必要があります</translation>
    </message>
    <message>
        <source>Expected all array elements to be an object, but the element at #%1 is not</source>
        <translation>すべての配列要素はオブジェクトである必要がありますが、#%1 の要素はオブジェクトではありません</translation>
    </message>
    <message>
        <source>Expected all array elements to be an object containing a key &quot;%1&quot;, but the element at #%2 is not</source>
        <translation>すべての配列要素はキー &quot;%1&quot; を含むオブジェクトである必要がありますが、#%2 の要素はそうではありません</translation>
    </message>
    <message>
        <source>Unrecognized status &quot;%1&quot; for $%2</source>
        <translation>$%2 の認証されないステータス &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DigitizingLogger</name>
    <message>
        <source>Default value expression for the digitizing logger&apos;s %2 field has a parser error: %3</source>
        <translation>デジタイジングロガーの %2 フィールドのデフォルト値の式に変換エラーがあります：%3</translation>
    </message>
    <message>
        <source>Default value expression for the digitizing logger&apos;s %2 field has an evaluation error: %3</source>
        <translation>デジタイジングロガーの %2 フィールドのデフォルト値の式に評価エラーがあります：%3</translation>
    </message>
    <message>
        <source>Digitizing logs layer feature addition failed</source>
        <translation>デジタイジングログ レイヤーの地物の追加に失敗</translation>
    </message>
    <message>
        <source>Digitizing logs layer change commits failed</source>
        <translation>デジタイジングログ レイヤーの変更のコミットに失敗</translation>
    </message>
    <message>
        <source>Digitizing logs layer editing failed</source>
        <translation>デジタイジングログ レイヤーの編集に失敗</translation>
    </message>
</context>
<context>
    <name>DigitizingToolbar</name>
    <message>
        <source>Position accuracy doesn&apos;t meet the minimum requirement, vertex not added</source>
        <translation>位置精度が最小要件を満たしていないため、頂点は追加されません</translation>
    </message>
    <message>
        <source>Cancel digitizing</source>
        <translation>編集をキャンセルする</translation>
    </message>
    <message>
        <source>The collected positions count does not meet the requirement</source>
        <translation>集められた位置の数が条件を満たしていません</translation>
    </message>
    <message>
        <source>Should the digitized geometry be discarded?</source>
        <translation>編集されたジオメトリを破棄しますか？</translation>
    </message>
</context>
<context>
    <name>DrawingTemplateModel</name>
    <message>
        <source>Blank</source>
        <translation>空白</translation>
    </message>
</context>
<context>
    <name>EditorWidgetBase</name>
    <message>
        <source>Item Menu</source>
        <translation>アイテムメニュー</translation>
    </message>
</context>
<context>
    <name>EgenioussReceiver</name>
    <message>
        <source>Successfully connected</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Received data is too short to process</source>
        <translation>受信したデータを処理するには短すぎます</translation>
    </message>
    <message>
        <source>Invalid start byte</source>
        <translation>無効な開始バイト文字列</translation>
    </message>
    <message>
        <source>Received data is too short to contain the payload</source>
        <translation>受信したデータは短すぎてペイロードを含めません</translation>
    </message>
    <message>
        <source>Failed to parse JSON</source>
        <translation>JSONの変換に失敗しました</translation>
    </message>
    <message>
        <source>Could not find the remote host</source>
        <translation>リモートホストが見つかりません</translation>
    </message>
    <message>
        <source>Attempt to read or write from socket returned an error</source>
        <translation>ソケットからの読み取りまたは書き込みの試行がエラーを返しました。</translation>
    </message>
    <message>
        <source>The connection was refused by the remote host</source>
        <translation>リモートホストによって接続が拒否されました。</translation>
    </message>
    <message>
        <source>TCP receiver error (%1)</source>
        <translation>TCP受信エラー (%1)</translation>
    </message>
    <message>
        <source>Failed to start egeniouss server.</source>
        <translation>サーバーのスタートに失敗しました。</translation>
    </message>
    <message>
        <source>Failed to stop egeniouss server.</source>
        <translation>サーバーの停止に失敗しました。</translation>
    </message>
</context>
<context>
    <name>ElevationProfile</name>
    <message>
        <source>Digitize a path to render the elevation profile</source>
        <translation>標高プロファイルを描画するパスをデジタイズする</translation>
    </message>
    <message>
        <source>Rendering elevation profile…</source>
        <translation>標高プロファイルを描画しています...</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <source>The geometry could not be modified into multiple parts</source>
        <translation>ジオメトリを複数パーツに変更することはできませんでした</translation>
    </message>
    <message>
        <source>The geometry could not be modified</source>
        <translation>ジオメトリを変更することができませんでした</translation>
    </message>
</context>
<context>
    <name>ExpressionCalculatorLocatorFilter</name>
    <message>
        <source>Copy “%1” to clipboard</source>
        <translation>“%1”をクリップボードにコピーする</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>計算機</translation>
    </message>
    <message>
        <source>Returns the value of an expression typed in the search bar.</source>
        <translation>検索バーに入力された式の値を返します。</translation>
    </message>
</context>
<context>
    <name>ExpressionVariableModel</name>
    <message>
        <source>Not Available</source>
        <translation>利用できません</translation>
    </message>
</context>
<context>
    <name>ExternalResource</name>
    <message>
        <source>No Value</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>Cannot handle this file type</source>
        <translation>このファイル種別は利用できません</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>写真を撮影</translation>
    </message>
    <message>
        <source>Take a video</source>
        <translation>ビデオを撮影</translation>
    </message>
    <message>
        <source>Record an audio clip</source>
        <translation>オーディオクリップを録音する</translation>
    </message>
    <message>
        <source>Attach a gallery item</source>
        <translation>ギャラリーからアイテムを追加する</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>ファイルを追加する</translation>
    </message>
    <message>
        <source>Draw a sketch</source>
        <translation>スケッチする</translation>
    </message>
    <message>
        <source>The external storage&apos;s authentication configuration ID is missing, please insure it is imported into QField</source>
        <translation>外部ストレージの認証IDの設定が不足しています。それがQFieldにインポートされたものであるか確認してください。</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>詳細はこちら</translation>
    </message>
    <message>
        <source>QFieldCloud on-demand attachment error: </source>
        <translation>QFieldCloudのオンデマンド添付ファイルエラー</translation>
    </message>
</context>
<context>
    <name>FeatureForm</name>
    <message>
        <source>Value applied</source>
        <translation>適用された値</translation>
    </message>
    <message>
        <source>Value skipped</source>
        <translation>スキップされた値</translation>
    </message>
    <message>
        <source> (click to toggle)</source>
        <translation> (クリックして切り替え)</translation>
    </message>
    <message>
        <source>Constraints not valid</source>
        <translation>制約が無効です</translation>
    </message>
    <message>
        <source>Note: soft constraints were not met</source>
        <translation>注: 制約（soft constraints）が満たされていません</translation>
    </message>
    <message>
        <source>Unable to save changes</source>
        <translation>変更内容を保存できませんでした</translation>
    </message>
    <message>
        <source>Add feature on %1</source>
        <translation>%1に地物を追加する</translation>
    </message>
    <message>
        <source>Edit feature on %1</source>
        <translation>%1に地物を編集する</translation>
    </message>
    <message>
        <source>View feature on %1</source>
        <translation>%1に地物を表示する</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセルする</translation>
    </message>
    <message>
        <source>You are about to dismiss the new feature, proceed?</source>
        <translation>新しい機能をオフにしますか？</translation>
    </message>
    <message>
        <source>You are about to leave editing state, any changes will be lost. Proceed?</source>
        <translation>編集モードから抜けると、全ての変更内容が失われます。よろしいですか？</translation>
    </message>
    <message>
        <source>The last entered value for this field will be remembered and reused when creating new features</source>
        <translation>このフィールドに最後に入力された値は記憶され、新しい地物を作成する際に再利用されます。</translation>
    </message>
    <message>
        <source>The last entered value for this field will not be reused when creating new features</source>
        <translation>このフィールドに最後に入力された値は、新しい地物を作成する際には再利用されません。</translation>
    </message>
    <message>
        <source>Feature addition disabled</source>
        <translation>地物の追加は無効です</translation>
    </message>
</context>
<context>
    <name>FeatureHistory</name>
    <message>
        <source>Failed to undo created features in layer &quot;%1&quot;</source>
        <translation>レイヤ &quot;%1&quot; に作成された地物の取り消しに失敗しました。</translation>
    </message>
    <message>
        <source>Failed to undo deleted features in layer &quot;%1&quot;</source>
        <translation>レイヤ &quot;%1&quot; で削除された地物の取り消しに失敗しました。</translation>
    </message>
    <message>
        <source>Failed to undo update features in layer &quot;%1&quot;</source>
        <translation>レイヤ &quot;%1&quot; で更新された地物の取り消しに失敗しました。</translation>
    </message>
    <message>
        <source>Failed to commit undo feature modification in layer &quot;%1&quot;</source>
        <translation>レイヤ &quot;%1&quot; に編集された地物のコミットに失敗しました。</translation>
    </message>
    <message>
        <source>Failed to rollback undo feature modifications in layer &quot;%1&quot;</source>
        <translation>レイヤ &quot;%1&quot; に編集された地物のロールバックに失敗しました。</translation>
    </message>
    <message numerus="yes">
        <source>Undo creation of %n feature(s) on layer %1.</source>
        <translation><numerusform>レイヤー %1 への %n 地物の作成をもとに戻す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undo creation of %n feature(s).</source>
        <translation><numerusform>%n 地物の作成をもとに戻す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undo deletion of %n feature(s) on layer %1.</source>
        <translation><numerusform>レイヤー %1 への %n 地物の削除をもとに戻す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undo deletion of %n feature(s).</source>
        <translation><numerusform>%n 地物の削除をもとに戻す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undo modifications on %n feature(s) on layer %1.</source>
        <translation><numerusform>レイヤー %1 への %n 地物の修正をもとに戻す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undo modifications on %n feature(s).</source>
        <translation><numerusform>%n 地物の修正をもとに戻す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Redo creation of %n feature(s) on layer %1</source>
        <translation><numerusform>レイヤー %1 への %n 地物の作成をやり直す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Redo creation of %n feature(s)</source>
        <translation><numerusform>%n 地物の作成をやり直す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Redo deletion of %n feature(s) on layer %1</source>
        <translation><numerusform>レイヤー %1 への %n 地物の削除をやり直す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Redo deletion of %n feature(s)</source>
        <translation><numerusform>%n 地物の削除をやり直す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Redo modifications on %n feature(s) on layer %1</source>
        <translation><numerusform>レイヤー %1 への %n 地物の修正をやり直す。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Redo modifications on %n feature(s)</source>
        <translation><numerusform>%n 地物の修正をやり直す。</numerusform></translation>
    </message>
</context>
<context>
    <name>FeatureListForm</name>
    <message>
        <source>Stop tracking this feature to edit attributes</source>
        <translation>この地物の追跡を停止して属性情報を編集します</translation>
    </message>
    <message>
        <source>Stop tracking this feature to edit geometry</source>
        <translation>この地物の追跡を停止してジオメトリを編集します</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>編集内容が保存されました</translation>
    </message>
    <message>
        <source>Last changes discarded</source>
        <translation type="vanished">最後に行った変更は破棄されました</translation>
    </message>
    <message>
        <source>Successfully duplicated feature</source>
        <translation>地物をコピーしました</translation>
    </message>
    <message>
        <source>A number of features are being tracked, stop tracking to delete those</source>
        <translation>多くの地物が追跡されています。追跡を停止してそれらを削除します</translation>
    </message>
    <message>
        <source>A number of features are being tracked, stop tracking to merge those</source>
        <translation>多くの地物が追跡されています。追跡を停止してそれらをマージします</translation>
    </message>
    <message>
        <source>Successfully duplicated selected features, list updated to show newly-created features</source>
        <translation>選択された地物をコピーし、新しく作成された地物を表示するためにリストを更新しました。</translation>
    </message>
    <message>
        <source>No feature at this position</source>
        <translation>この位置に地物がありません</translation>
    </message>
    <message>
        <source>Merge feature(s)</source>
        <translation>地物をマージ</translation>
    </message>
    <message numerus="yes">
        <source>Should the %n feature(s) selected really be merge?

The features geometries will be combined into feature &apos;%1&apos;, which will keep its attributes.</source>
        <comment>0</comment>
        <translation><numerusform>%n 個の地物が選択されていますが、本当にマージしますか？ 

地物のジオメトリは属性値を保持したまま地物 &apos;%1&apos; に結合されます。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Successfully merged %n feature(s)</source>
        <translation><numerusform>%n 個の地物をマージしました</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Failed to merge %n feature(s)</source>
        <translation><numerusform>%n 個の地物をマージできませんでした</numerusform></translation>
    </message>
    <message>
        <source>Delete feature(s)</source>
        <translation>地物を削除</translation>
    </message>
    <message numerus="yes">
        <source>Should the %n feature(s) selected really be deleted?</source>
        <comment>0</comment>
        <translation><numerusform>%n 個の地物が選択されていますが、本当に削除しますか？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Successfully deleted %n feature(s)</source>
        <translation><numerusform>%n 個の地物を削除しました</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Failed to delete %n feature(s)</source>
        <translation><numerusform>%n 個の地物を削除できませんでした</numerusform></translation>
    </message>
    <message>
        <source>Changes discarded</source>
        <translation>編集内容を破棄しました</translation>
    </message>
    <message>
        <source>Transfer Feature Attributes</source>
        <translation>地物の属性を転送する</translation>
    </message>
    <message>
        <source>Select a feature below from which attributes will be transfered onto the currently opened feature.</source>
        <translation>現在開いている地物に属性を転送する地物を以下から選択します。</translation>
    </message>
    <message>
        <source>Feature attributes transferred</source>
        <translation>地物の属性が転送されました</translation>
    </message>
    <message>
        <source>No feature attributes were transferred</source>
        <translation>地物の属性は転送されませんでした</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>地物</translation>
    </message>
    <message>
        <source>Processing Algorithms</source>
        <translation>アルゴリズムを処理しています</translation>
    </message>
</context>
<context>
    <name>FeatureModel</name>
    <message>
        <source>Value &quot;%1&quot; %4 could not be converted to a compatible value for field %2(%3).</source>
        <translation>値 &quot;％1&quot;％4をフィールド％2（％3）の互換性のある値に変換できませんでした。</translation>
    </message>
    <message>
        <source>Cannot update feature</source>
        <translation>地物を更新できません</translation>
    </message>
    <message>
        <source>Feature %1 could not be fetched after commit</source>
        <translation>コミット後に地物％1を取得できませんでした</translation>
    </message>
    <message>
        <source>Default value expression for %1:%2 has parser error: %3</source>
        <translation>％1：％2のデフォルト値の式に変換エラーがあります：％3</translation>
    </message>
    <message>
        <source>Default value expression for %1:%2 has evaluation error: %3</source>
        <translation>％1：％2のデフォルト値の式には評価エラーがあります：％3</translation>
    </message>
    <message>
        <source>Cannot start editing on layer &quot;%1&quot; to create feature %2</source>
        <translation>レイヤー &quot;%1&quot;の編集を開始して地物 %2 を作成できません</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has been commited but the newly created feature %2 could not be fetched</source>
        <translation>レイヤー &quot;%1&quot; は保存されましたが、新しく追加された地物 %2 を読み込めませんでした</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; cannot be commited with the newly created feature %2. Reason:
%3</source>
        <translation>新しく追加された地物 %2 をレイヤー &quot;%1&quot; に保存できませんでした。 原因:
%3</translation>
    </message>
    <message>
        <source>Feature %2 could not be added in layer &quot;%1&quot;</source>
        <translation>地物 %2 をレイヤー &quot;%1&quot; に追加できませんでした</translation>
    </message>
    <message>
        <source>Could not save changes. Rolling back.</source>
        <translation>編集内容を保存できません。ロールバックします。</translation>
    </message>
    <message>
        <source>Cannot start editing</source>
        <translation>編集を開始できません</translation>
    </message>
</context>
<context>
    <name>FeaturesLocatorFilter</name>
    <message>
        <source>Open form</source>
        <translation>フォームを開く</translation>
    </message>
    <message>
        <source>Set feature as destination</source>
        <translation>地物を目的地として設定する</translation>
    </message>
    <message>
        <source>Set feature as navigation</source>
        <translation type="vanished">地物をナビゲーションに設定</translation>
    </message>
    <message>
        <source>Feature has no geometry</source>
        <translation>地物にジオメトリがありません</translation>
    </message>
    <message>
        <source>Features in all layers</source>
        <translation>全てのレイヤーの地物</translation>
    </message>
    <message>
        <source>Returns a list of features accross all searchable layers with matching display name.</source>
        <translation>検索可能なすべてのレイヤーのうち、表示名が一致する地物のリストを返します。</translation>
    </message>
</context>
<context>
    <name>FileDeviceChooser</name>
    <message>
        <source>File path</source>
        <translation>ファイルパス</translation>
    </message>
    <message>
        <source>Interval (in milliseconds)</source>
        <translation>間隔 (ミリ秒)</translation>
    </message>
</context>
<context>
    <name>FillRing</name>
    <message>
        <source>The ring is not closed</source>
        <translation>リングが閉じられていません</translation>
    </message>
    <message>
        <source>The ring is not valid</source>
        <translation>リングが有効ではありません</translation>
    </message>
    <message>
        <source>The ring crosses existing rings (it is not disjoint)</source>
        <translation>リングが既存のリングと交差しています (2つが交わりを持たない状態(disjoint)でありません)</translation>
    </message>
    <message>
        <source>The ring doesn&apos;t have any existing ring to fit into</source>
        <translation>入力されたリングには適合する既存のリングがありません</translation>
    </message>
    <message>
        <source>Unknown error when creating the ring</source>
        <translation>リングを作成する際に不明なエラーが起きました</translation>
    </message>
    <message>
        <source>Fill ring</source>
        <translation>リングの充填</translation>
    </message>
    <message>
        <source>Would you like to fill the ring with a new polygon?</source>
        <translation>新しいポリゴンでリングを充填しますか？</translation>
    </message>
</context>
<context>
    <name>FillRingToolBar</name>
    <message>
        <source>The ring is not closed</source>
        <translation type="vanished">リングが閉じられていません</translation>
    </message>
    <message>
        <source>The ring is not valid</source>
        <translation type="vanished">リングが有効ではありません</translation>
    </message>
    <message>
        <source>The ring crosses existing rings (it is not disjoint)</source>
        <translation type="vanished">リングが既存のリングと交差しています (2つが交わりを持たない状態(disjoint)でありません)</translation>
    </message>
    <message>
        <source>The ring doesn&apos;t have any existing ring to fit into</source>
        <translation type="vanished">入力されたリングには適合する既存のリングがありません</translation>
    </message>
    <message>
        <source>Unknown error when creating the ring</source>
        <translation type="vanished">リングを作成する際に不明なエラーが起きました</translation>
    </message>
    <message>
        <source>Fill ring</source>
        <translation type="vanished">リングの充填</translation>
    </message>
    <message>
        <source>Would you like to fill the ring with a new polygon?</source>
        <translation type="vanished">新しいポリゴンでリングを充填しますか？</translation>
    </message>
</context>
<context>
    <name>FinlandLocatorFilter</name>
    <message>
        <source>Finnish address search</source>
        <translation>フィンランド語の住所検索</translation>
    </message>
</context>
<context>
    <name>GeometryEditorsToolbar</name>
    <message>
        <source>Vertex Tool</source>
        <translation>頂点ツール</translation>
    </message>
    <message>
        <source>Split Tool</source>
        <translation>分割ツール</translation>
    </message>
    <message>
        <source>Reshape Tool</source>
        <translation>地物の変形ツール</translation>
    </message>
    <message>
        <source>Fill Ring Tool</source>
        <translation>リング充填ツール</translation>
    </message>
    <message>
        <source>Erase Tool</source>
        <translation>消しゴムツール</translation>
    </message>
</context>
<context>
    <name>GotoLocatorFilter</name>
    <message>
        <source>Go to %1 %2 (Map CRS)</source>
        <translation type="vanished">%1 %2 (地図のCRS)にいく</translation>
    </message>
    <message>
        <source>Set navigation point</source>
        <translation>ナビゲーションポイントを設定</translation>
    </message>
    <message>
        <source>Go to %1° %2° (WGS84)</source>
        <translation type="vanished">%1° %2° (WGS84)にいく</translation>
    </message>
    <message>
        <source>Go to coordinate</source>
        <translation>座標に行く</translation>
    </message>
    <message>
        <source>Go to %1%2 %3%4 (Map CRS, %5)</source>
        <translation>%1%2 %3%4 (地図CRS, %5)に行く</translation>
    </message>
    <message>
        <source>Go to %1°N %2°E (%3)</source>
        <translation>%1°N %2°E (%3)に行く</translation>
    </message>
    <message>
        <source>Returns a point from a pair of X and Y coordinates - or WGS84 latitude and longitude - typed in the search bar.</source>
        <translation>検索バーに入力されたX座標とY座標、またはWGS84緯度と経度の組み合わせから点を返します。</translation>
    </message>
</context>
<context>
    <name>HelpLocatorFilter</name>
    <message>
        <source>QField Documentation</source>
        <translation>QFieldドキュメンテーション</translation>
    </message>
    <message>
        <source>Returns QField documentation pages matching terms.</source>
        <translation>該当する QField ドキュメントページに戻ります。</translation>
    </message>
</context>
<context>
    <name>InformationDrawer</name>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>測位</translation>
    </message>
    <message>
        <source>Precise view</source>
        <translation>精細ビュー</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Elevation profile</source>
        <translation>標高プロファイル</translation>
    </message>
</context>
<context>
    <name>LayerLoginDialog</name>
    <message>
        <source>Login information</source>
        <translation type="vanished">ログイン情報</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Credentials Details</source>
        <translation>資格情報詳細</translation>
    </message>
</context>
<context>
    <name>LayerObserver</name>
    <message>
        <source>Failed to find a local primary key column in layer &quot;%1&quot;</source>
        <translation>レイヤ &quot;%1&quot; でローカルの主キー列が見つかりませんでした</translation>
    </message>
    <message>
        <source>Failed to find a source primary key column in layer &quot;%1&quot;</source>
        <translation>レイヤ &quot;%1&quot; でソースの主キー列が見つかりませんでした</translation>
    </message>
</context>
<context>
    <name>LayerTreeItemProperties</name>
    <message>
        <source>Expand group</source>
        <translation>グループを展開</translation>
    </message>
    <message>
        <source>Expand legend item</source>
        <translation>凡例を展開</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>追跡を停止する</translation>
    </message>
    <message>
        <source>Setup tracking</source>
        <translation>トラッキングの設定</translation>
    </message>
    <message>
        <source>This layer is invalid. This might be due to a network issue, a missing file or a misconfiguration of the project.</source>
        <translation>このレイヤーは無効です。これはネットワークの問題、ファイルの欠落、もしくはプロジェクトの設定ミスが原因の可能性があります。</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>地図に表示</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>ラベルを表示</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Zoom to group</source>
        <translation>グループにズーム</translation>
    </message>
    <message>
        <source>Zoom to parent layer</source>
        <translation>親レイヤにズーム</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>レイヤーにズーム</translation>
    </message>
    <message>
        <source>Reload data</source>
        <translation type="vanished">データを再読み込み</translation>
    </message>
    <message>
        <source>Reload of layer %1 triggered</source>
        <translation>レイヤ %1 の再読み込みがトリガーされました</translation>
    </message>
    <message>
        <source>Show features list</source>
        <translation>地物の一覧を表示</translation>
    </message>
    <message>
        <source>The layer has no features</source>
        <translation>レイヤに地物がありません</translation>
    </message>
    <message>
        <source>Track on layer %1 stopped</source>
        <translation>レイヤ %1 の追跡を停止しました</translation>
    </message>
    <message>
        <source>Read-Only Layer</source>
        <translation type="vanished">読み取り専用レイヤ</translation>
    </message>
    <message>
        <source>Geometry Locked Layer</source>
        <translation type="vanished">ジオメトリロックされたレイヤ</translation>
    </message>
    <message>
        <source>This layer is configured as &quot;Read-Only&quot; which disables adding, deleting and editing features.</source>
        <translation type="vanished">このレイヤは「読取専用」と設定されているため、地物の追加、削除、編集は行えません。</translation>
    </message>
    <message>
        <source>This layer is configured as &quot;Lock Geometries&quot; which disables adding and deleting features, as well as modifying the geometries of existing features.</source>
        <translation type="vanished">このレイヤーは、地物の追加と削除、および既存のフィーチャのジオメトリの変更を無効にする「ジオメトリのロック」が設定されています。</translation>
    </message>
    <message>
        <source>Show visible features list</source>
        <translation>表示される地物を一覧表示</translation>
    </message>
    <message>
        <source>Show Features Menu</source>
        <translation>地物のメニューを表示</translation>
    </message>
    <message>
        <source>Read-only layer</source>
        <translation>読み取り専用レイヤ</translation>
    </message>
    <message>
        <source>feature addition</source>
        <translation>地物の追加</translation>
    </message>
    <message>
        <source>attribute editing</source>
        <translation>属性の編集</translation>
    </message>
    <message>
        <source>geometry editing</source>
        <translation>ジオメトリの編集</translation>
    </message>
    <message>
        <source>feature deletion</source>
        <translation>地物の削除</translation>
    </message>
    <message>
        <source>Disabled layer permissions: %1</source>
        <translation>レイヤの権限を無効しました: %1</translation>
    </message>
</context>
<context>
    <name>LayerUtils</name>
    <message>
        <source>Cannot start editing, no layer</source>
        <translation>レイヤーがないため、編集を開始できません</translation>
    </message>
    <message>
        <source>Cannot start editing</source>
        <translation>編集を開始できません</translation>
    </message>
    <message>
        <source>Cannot commit deletion of feature %2 in layer &quot;%1&quot;. Reason:
%3</source>
        <translation>レイヤー &quot;%1&quot; の地物 %2 の削除をコミットできません。 原因:
%3</translation>
    </message>
    <message>
        <source>Cannot commit deletion in layer &quot;%1&quot;. Reason:
%3</source>
        <translation>レイヤ&quot;%1&quot;の削除ができません。原因:
%3</translation>
    </message>
    <message>
        <source>Cannot delete feature %1</source>
        <translation>地物 %1 を削除できません</translation>
    </message>
    <message>
        <source>Cannot rollback layer changes in layer %1</source>
        <translation>レイヤー %1 の変更内容をロールバックできませんでした。</translation>
    </message>
    <message>
        <source>Cannot copy invalid feature</source>
        <translation>無効な地物をコピーできません</translation>
    </message>
    <message>
        <source>Cannot add new feature in layer &quot;%1&quot;. Reason:
%2</source>
        <translation>レイヤ&quot;%1&quot;に新しい地物を追加できません。原因:
%2</translation>
    </message>
    <message>
        <source>Cannot add new feature in layer &quot;%1&quot;.</source>
        <translation type="vanished">レイヤ&quot;%1&quot;に新しい地物を追加できません。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>This layer is invalid. This might be due to a network issue, a missing file or a misconfiguration of the project.</source>
        <translation>このレイヤーは無効です。これはネットワークの問題、ファイルの欠落、もしくはプロジェクトの設定ミスが原因の可能性があります。</translation>
    </message>
    <message>
        <source>This layer is configured as &quot;Read-Only&quot; which disables adding, deleting and editing features.</source>
        <translation>このレイヤは「読取専用」と設定されているため、地物の追加、削除、編集は行えません。</translation>
    </message>
    <message>
        <source>This layer is configured as &quot;Lock Geometries&quot; which disables adding and deleting features, as well as modifying the geometries of existing features.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This layer is is currently tracking positions.</source>
        <translation>このレイヤーは現在位置を追跡しています。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Track on layer %1 stopped</source>
        <translation>レイヤ %1 の追跡を停止しました</translation>
    </message>
    <message>
        <source>The permissions configuration of this layer disables feature addition.</source>
        <translation>権限設定によりこのレイヤーへの地物の追加は無効になっています。</translation>
    </message>
</context>
<context>
    <name>LocalFilesModel</name>
    <message>
        <source>QField files directory</source>
        <translation>QFieldファイルディレクトリ</translation>
    </message>
    <message>
        <source>Imported projects</source>
        <translation>インポートしたプロジェクト</translation>
    </message>
    <message>
        <source>Imported datasets</source>
        <translation>インポートしたデータセット</translation>
    </message>
    <message>
        <source>Additional files directory</source>
        <translation>追加ファイルのディレクトリ</translation>
    </message>
    <message>
        <source>Sample projects</source>
        <translation>サンプルプロジェクト</translation>
    </message>
</context>
<context>
    <name>LocatorFiltersModel</name>
    <message>
        <source>Returns a list of features accross all searchable layers with matching attributes</source>
        <translation type="vanished">一致する属性を持つ、検索可能なすべてのレイヤーにまたがる地物のリストを返します。</translation>
    </message>
    <message>
        <source>Returns a point from a pair of X and Y coordinates typed in the search bar</source>
        <translation type="vanished">検索バーに入力されたX、Y座標の組み合せから点を返します</translation>
    </message>
    <message>
        <source>Returns a list of bookmark with matching names</source>
        <translation type="vanished">名前が一致するブックマークの一覧を返します。</translation>
    </message>
    <message>
        <source>Returns a list of locations and addresses within Finland with matching terms</source>
        <translation type="vanished">一致する条件でフィンランド国内の場所と住所のリストを返します。</translation>
    </message>
    <message>
        <source>Search filters for your locations have been activated, customize results in the settings panel</source>
        <translation>ロケーションの検索フィルタが有効になっている場合は、設定パネルで結果をカスタマイズしてください。</translation>
    </message>
</context>
<context>
    <name>LocatorItem</name>
    <message>
        <source>Search…</source>
        <translation type="vanished">検索しています…</translation>
    </message>
    <message>
        <source>To search features within the active layer, select a vector layer through the legend.</source>
        <translation>アクティブレイヤー内の地物を検索するには、凡例からベクターレイヤーを選択します。</translation>
    </message>
    <message>
        <source>Activate a vector layer in the legend first to use this functionality</source>
        <translation>この機能を使うには、まず凡例のベクター・レイヤーをアクティブにします</translation>
    </message>
</context>
<context>
    <name>LocatorSettings</name>
    <message>
        <source>Search Settings</source>
        <translation type="vanished">検索の設定</translation>
    </message>
    <message>
        <source>Trigger without its prefix</source>
        <translation type="vanished">接頭辞のないトリガー</translation>
    </message>
    <message>
        <source>Search Bar Settings</source>
        <translation>検索バーの設定</translation>
    </message>
    <message>
        <source>When disabled, this locator filter can still be used by typing the prefix %1 in the search bar.</source>
        <translation>無効にした場合でも、検索バーに接頭辞 %1 を入力すれば、このロケーター・フィルターを使うことができます。</translation>
    </message>
    <message>
        <source>Enable %1 locator by default</source>
        <translation>%1 ロケーターをデフォルトで有効にする</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>Message Logs</source>
        <translation>メッセージログ</translation>
    </message>
    <message>
        <source>Message text copied</source>
        <translation>メッセージテキストをコピーしました</translation>
    </message>
    <message>
        <source>Clear message log</source>
        <translation>メッセージログをクリア</translation>
    </message>
    <message>
        <source>Message log cleared</source>
        <translation>メッセージログをクリアしました</translation>
    </message>
    <message>
        <source>Send application log</source>
        <translation>アプリのログを送る</translation>
    </message>
    <message>
        <source>Your application log is being sent</source>
        <translation type="vanished">アプリのログが送信されています</translation>
    </message>
    <message>
        <source>Log runtime profiler</source>
        <translation>ログ・ランタイム・プロファイラー</translation>
    </message>
    <message>
        <source>Type optional details</source>
        <translation>オプションの詳細を入力する</translation>
    </message>
    <message>
        <source>Include cloud user details</source>
        <translation>クラウドユーザーの詳細を含める</translation>
    </message>
    <message>
        <source>This will send a log of your current session to the development team. You only need to do this when you are asked for it.</source>
        <translation>これにより、現在のセッションのログが開発チームに送信されます。これは、要求されたときだけ行う必要があります。</translation>
    </message>
    <message>
        <source>Your application log is being sent…</source>
        <translation>アプリのログを送信中です...</translation>
    </message>
</context>
<context>
    <name>MultiFeatureListModelBase</name>
    <message>
        <source>Cannot start editing</source>
        <translation>編集を開始できません</translation>
    </message>
    <message>
        <source>Cannot rollback layer changes in layer %1</source>
        <translation>レイヤー %1 の変更内容をロールバックできませんでした。</translation>
    </message>
    <message>
        <source>Cannot change geometry of feature %1 in %2</source>
        <translation>%2 の地物 %1 のジオメトリの変更ができません。</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Features</source>
        <translation>地物</translation>
    </message>
    <message>
        <source>Feature List Menu</source>
        <translation>地物リストメニュー</translation>
    </message>
    <message>
        <source>Toggle Feature Selection</source>
        <translation>地物選択の切り替え</translation>
    </message>
    <message>
        <source>Print Atlas Feature(s) to PDF</source>
        <translation>地図帳の地物をPDFに印刷</translation>
    </message>
    <message>
        <source>Merge Selected Features</source>
        <translation>選択された地物をマージ</translation>
    </message>
    <message>
        <source>Move Selected Feature(s)</source>
        <translation>選択された地物を移動</translation>
    </message>
    <message>
        <source>Duplicate Selected Feature(s)</source>
        <translation>選択された地物をコピー</translation>
    </message>
    <message>
        <source>Delete Selected Feature(s)</source>
        <translation>選択された地物を削除</translation>
    </message>
    <message>
        <source>Feature Menu</source>
        <translation>地物メニュー</translation>
    </message>
    <message>
        <source>Print Atlas Feature to PDF</source>
        <translation type="vanished">地図帳の地物をPDFに印刷</translation>
    </message>
    <message>
        <source>Zoom to Feature</source>
        <translation>地物にズーム</translation>
    </message>
    <message>
        <source>Auto-Zoom to Feature</source>
        <translation>地物に自動でズーム</translation>
    </message>
    <message>
        <source>Set Feature as Destination</source>
        <translation type="vanished">目的地として地物を設定</translation>
    </message>
    <message>
        <source>Move Feature</source>
        <translation>地物を移動</translation>
    </message>
    <message>
        <source>Duplicate Feature</source>
        <translation>地物をコピー</translation>
    </message>
    <message>
        <source>Delete Feature</source>
        <translation>地物を削除</translation>
    </message>
    <message>
        <source>Select template below</source>
        <translation>下のテンプレートを選択</translation>
    </message>
    <message>
        <source>Printing atlas feature(s) to PDF</source>
        <translation type="vanished">地図帳の地物をPDFに印刷</translation>
    </message>
    <message>
        <source>Atlas feature(s) successfully printed to PDF and placed in your documents</source>
        <translation type="vanished">地図帳の地物がPDFに印刷され、ドキュメントに保存されました。</translation>
    </message>
    <message>
        <source>Print Atlas Feature(s) to Image</source>
        <translation type="vanished">地図帳の地物をPDFに印刷</translation>
    </message>
    <message>
        <source>Print Atlas Feature to Image</source>
        <translation type="vanished">地図帳の地物をPDFに印刷</translation>
    </message>
    <message>
        <source>Print Atlas Feature(s)</source>
        <translation>地図帳の地物を印刷</translation>
    </message>
    <message>
        <source>Printing...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <source>Atlas feature(s) successfully printed and placed in your project folder</source>
        <translation>地図帳の地物がPDFに印刷され、プロジェクトフォルダに保存されました。</translation>
    </message>
    <message>
        <source>Feature attributes updated from clipboard</source>
        <translation>クリップボードから地物の属性を更新</translation>
    </message>
    <message>
        <source>No feature attributes were updated from clipboard</source>
        <translation>クリップボードから地物の属性は更新されませんでした</translation>
    </message>
    <message>
        <source>Feature set as navigation destination</source>
        <translation>地物は目的地として設定されました</translation>
    </message>
    <message>
        <source>Process Selected Feature(s)</source>
        <translation>選択された地物を処理</translation>
    </message>
    <message>
        <source>Rotate Feature</source>
        <translation>地物を回転</translation>
    </message>
    <message>
        <source>Update Attributes from Feature</source>
        <translation>地物から属性を更新する</translation>
    </message>
    <message>
        <source>Process Feature</source>
        <translation>地物を処理</translation>
    </message>
    <message>
        <source>Feature copied to clipboard</source>
        <translation>地物がクリップボードにコピーされました</translation>
    </message>
    <message>
        <source>Feature cut into clipboard</source>
        <translation>地物がクリップボードに切り取られました</translation>
    </message>
</context>
<context>
    <name>NavigationInformationView</name>
    <message>
        <source>Lat.</source>
        <translation type="vanished">緯度</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation type="vanished">経度</translation>
    </message>
    <message>
        <source>centroid</source>
        <translation type="vanished">重心</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Dist.</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation>方位</translation>
    </message>
</context>
<context>
    <name>OrderedRelationModel</name>
    <message>
        <source>Cannot start editing</source>
        <translation>編集を開始できません</translation>
    </message>
    <message>
        <source>Cannot rollback layer changes in layer %1</source>
        <translation>レイヤー %1 の変更内容をロールバックできませんでした。</translation>
    </message>
    <message>
        <source>Cannot commit layer changes in layer %1.</source>
        <translation>レイヤー %1 の変更内容を保存できませんでした。</translation>
    </message>
    <message>
        <source>Cannot update features ordering</source>
        <translation>地物の順序を更新できません</translation>
    </message>
</context>
<context>
    <name>OverlayFeatureFormDrawer</name>
    <message>
        <source>Changes saved</source>
        <translation>編集内容が保存されました</translation>
    </message>
    <message>
        <source>Changes discarded</source>
        <translation>編集内容を破棄しました</translation>
    </message>
    <message>
        <source>Last changes discarded</source>
        <translation type="vanished">最後に行った変更は破棄されました</translation>
    </message>
    <message>
        <source>Constraints not valid</source>
        <translation>制約が無効です</translation>
    </message>
</context>
<context>
    <name>PlatformUtilities</name>
    <message>
        <source>Select Media File</source>
        <translation type="vanished">メディアファイルを選択</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg *.jpeg)</source>
        <translation type="vanished">JPEG 画像 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Failed to save gallery picture</source>
        <translation type="vanished">ギャラリー画像を保存できませんでした</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>All Supported Files</source>
        <translation>全てのサポートされるファイル</translation>
    </message>
    <message>
        <source>QGIS Project Files</source>
        <translation>QGISプロジェクトファイル</translation>
    </message>
    <message>
        <source>Vector Datasets</source>
        <translation>ベクターデータセット</translation>
    </message>
    <message>
        <source>Raster Datasets</source>
        <translation>ラスターデータセット</translation>
    </message>
    <message>
        <source>Failed to save file resource</source>
        <translation>ファイルリソースの保存に失敗しました</translation>
    </message>
    <message>
        <source>Select Image File</source>
        <translation>画像ファイルを選択</translation>
    </message>
    <message>
        <source>All images (*.jpg *.jpeg *.png *.bmp);;JPEG images (*.jpg *.jpeg);;PNG images (*.jpg *.jpeg);;BMP images (*.bmp)</source>
        <translation>全ての画像 (*.jpg *.jpeg *.png *.bmp);;JPEG画像 (*.jpg *.jpeg);;PNG画像 (*.png);;BMP画像 (*.bmp)</translation>
    </message>
    <message>
        <source>Select Video File</source>
        <translation>動画ファイルを選択</translation>
    </message>
    <message>
        <source>All video (*.mp4 *.mkv *.mov);;MP4 video (*.mp4);;MKV video(*.mkv);;MOV video (*.mov)</source>
        <translation>全ての動画 (*.mp4 *.mkv *.mov);;MP4動画 (*.mp4);;MKV 動画(*.mkv);;MOV動画 (*.mov)</translation>
    </message>
    <message>
        <source>Audio files (*.mp3 *.aac *.ogg)</source>
        <translation type="vanished">音声ファイル (*.mp3 *.aac *.ogg)</translation>
    </message>
    <message>
        <source>All files (*.*)</source>
        <translation>全てのファイル (*.*)</translation>
    </message>
    <message>
        <source>Select File</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Audio files (*.mp3 *.aac *.ogg *.m4a *.mp4 *.mov)</source>
        <translation>音声ファイル (*.mp3 *.aac *.ogg *.m4a *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>Removal Confirmation</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <source>The dataset will be deleted, proceed with removal?</source>
        <translation>データセットは削除されます。削除しますか？</translation>
    </message>
    <message>
        <source>The project folder will be deleted, proceed with removal?</source>
        <translation>プロジェクトフォルダは削除されます。削除しますか？</translation>
    </message>
</context>
<context>
    <name>PluginItem</name>
    <message>
        <source>Authored by %1%2%3</source>
        <translation>著者：%1%2%3</translation>
    </message>
    <message>
        <source>Uninstall version %1</source>
        <translation>バージョン %1 をアンインストールする</translation>
    </message>
    <message>
        <source>Uninstall plugin</source>
        <translation>プラグインをアンインストール</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>The downloaded zip file could not be decompressed</source>
        <translation>ダウンロードされたZIPファイルは解凍できませんでした</translation>
    </message>
    <message>
        <source>The downloaded zip file does not contain the required main.qml plugin file</source>
        <translation>ダウンロードされたZIPファイルには必須ファイルであるmain.qmlプラグインファイルが含まれていません</translation>
    </message>
    <message>
        <source>Can&apos;t save the downloaded file</source>
        <translation>ダウンロードされたファイルを保存できませんでした</translation>
    </message>
    <message>
        <source>Download file is not an zipped plugin</source>
        <translation>ダウンロードされたファイルはZIP圧縮されたプラグインではありません</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>The requested plugin URL is present in the available plugins list, please install via its download button</source>
        <translation>リクエストされたプラグインのURLは利用可能なプラグインのリストにあります。ダウンロードボタンからインストールしてください。</translation>
    </message>
</context>
<context>
    <name>PluginManagerSettings</name>
    <message>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <source>Install plugin from URL</source>
        <translation>URLからプラグインをインストール</translation>
    </message>
    <message>
        <source>Clear remembered permissions</source>
        <translation>記憶されたパーミッションのクリア</translation>
    </message>
    <message>
        <source>Type a URL below to download and install a plugin:</source>
        <translation>URLを下に入力してプラグインをダウンロード、インストールする:</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>%1をインストールしています</translation>
    </message>
    <message>
        <source>Are you sure you want to uninstall `%1`?</source>
        <translation>本当に`%1`をアンインストールしますか？</translation>
    </message>
    <message>
        <source>The author details shown above are self-reported by the plugin and not independently verified. Please make sure you trust the plugin&apos;s origin.</source>
        <translation>上に表示されている作者の詳細は、プラグインによって自己申告されたものであり、独自に検証されたものではありません。プラグインの出所を信頼するようにしてください。</translation>
    </message>
    <message>
        <source>Plugins management menu</source>
        <translation>プラグイン管理メニュー</translation>
    </message>
    <message>
        <source>Local Plugins</source>
        <translation>ローカルプラグイン</translation>
    </message>
    <message>
        <source>Available Plugins</source>
        <translation>利用可能なプラグイン</translation>
    </message>
    <message>
        <source>Search for plugin</source>
        <translation>プラグインを検索</translation>
    </message>
    <message>
        <source>Fetching available plugins</source>
        <translation>利用可能なプラグインを取得しています</translation>
    </message>
    <message>
        <source>No plugins have been installed yet, switch to the %1available plugins%3 tab to try some right away.&lt;br&gt;&lt;br&gt;For more information, %2read the documentation%3.</source>
        <translation>プラグインはまだインストールされていません。 %1利用可能なプラグイン%3 タブに切り替えて、試してみてください。&lt;br&gt;&lt;br&gt;さらに詳細な情報については %2ドキュメントを参照ください%3。</translation>
    </message>
</context>
<context>
    <name>PositionInformationView</name>
    <message>
        <source>Lat.</source>
        <translation type="vanished">緯度</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="vanished">N/A</translation>
    </message>
    <message>
        <source>X</source>
        <translation type="vanished">X</translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation type="vanished">経度</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation type="vanished">経度</translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="vanished">Y</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation type="vanished">緯度</translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation type="vanished">高度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="vanished">スピード</translation>
    </message>
    <message>
        <source>H. Accuracy</source>
        <translation type="vanished">水平方向の精度</translation>
    </message>
    <message>
        <source>V. Accuracy</source>
        <translation type="vanished">垂直方向の精度</translation>
    </message>
    <message>
        <source>PDOP</source>
        <translation type="vanished">PDOP（位置精度劣化度）</translation>
    </message>
    <message>
        <source>HDOP</source>
        <translation type="vanished">HDOP（水平精度劣化度）</translation>
    </message>
    <message>
        <source>VDOP</source>
        <translation type="vanished">VDOP（垂直精度劣化度）</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="vanished">有効</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="vanished">修正</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="vanished">品質</translation>
    </message>
</context>
<context>
    <name>PositioningDeviceModel</name>
    <message>
        <source>Internal device</source>
        <translation>内蔵デバイス</translation>
    </message>
</context>
<context>
    <name>PositioningDeviceSettings</name>
    <message>
        <source>Positioning Device Settings</source>
        <translation>測位デバイスの設定</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">名前:</translation>
    </message>
    <message>
        <source>Leave empty to auto-fill</source>
        <translation type="vanished">空欄のまま自動入力</translation>
    </message>
    <message>
        <source>Connection type:</source>
        <translation type="vanished">接続タイプ:</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation type="vanished">Bluetooth</translation>
    </message>
    <message>
        <source>Bluetooth (NMEA)</source>
        <translation>Bluetooth (NMEA)</translation>
    </message>
    <message>
        <source>TCP (NMEA)</source>
        <translation>TCP (NMEA)</translation>
    </message>
    <message>
        <source>UDP (NMEA)</source>
        <translation>UDP (NMEA)</translation>
    </message>
    <message>
        <source>Serial port (NMEA)</source>
        <translation>シリアルポート (NMEA)</translation>
    </message>
    <message>
        <source>Egeniouss</source>
        <translation>素晴らしい</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>接続タイプ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source> (leave empty to auto-fill)</source>
        <translation>(空欄のまま自動入力)</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>接続の詳細</translation>
    </message>
    <message>
        <source>Logs file (NMEA)</source>
        <translation>ログファイル (NMEA)</translation>
    </message>
</context>
<context>
    <name>PositioningInformationModel</name>
    <message>
        <source>Altitude</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>スピード</translation>
    </message>
    <message>
        <source>H. Accuracy</source>
        <translation>水平方向の精度</translation>
    </message>
    <message>
        <source>V. Accuracy</source>
        <translation>垂直方向の精度</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <source>ortho.</source>
        <translation>ortho.</translation>
    </message>
    <message>
        <source>ant.</source>
        <translation>ant.</translation>
    </message>
</context>
<context>
    <name>PositioningInformationView</name>
    <message>
        <source>Lon</source>
        <translation type="vanished">経度</translation>
    </message>
    <message>
        <source>X</source>
        <translation type="vanished">X</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation type="vanished">緯度</translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="vanished">Y</translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation type="vanished">高度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="vanished">スピード</translation>
    </message>
    <message>
        <source>H. Accuracy</source>
        <translation type="vanished">水平方向の精度</translation>
    </message>
    <message>
        <source>V. Accuracy</source>
        <translation type="vanished">垂直方向の精度</translation>
    </message>
    <message>
        <source>PDOP</source>
        <translation type="vanished">PDOP（位置精度劣化度）</translation>
    </message>
    <message>
        <source>HDOP</source>
        <translation type="vanished">HDOP（水平精度劣化度）</translation>
    </message>
    <message>
        <source>VDOP</source>
        <translation type="vanished">VDOP（垂直精度劣化度）</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="vanished">有効</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="vanished">修正</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="vanished">品質</translation>
    </message>
</context>
<context>
    <name>PositioningPreciseView</name>
    <message>
        <source>Dist.</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Positioning accuracy too low for this precision level</source>
        <translation>この精度レベルでは位置精度が低すぎます。</translation>
    </message>
</context>
<context>
    <name>PositioningSettings</name>
    <message>
        <source>Internal device</source>
        <translation>内蔵デバイス</translation>
    </message>
</context>
<context>
    <name>ProcessingAlgorithmForm</name>
    <message>
        <source>General Parameters</source>
        <translation>一般パラメーター</translation>
    </message>
    <message>
        <source>Advanced Parameters</source>
        <translation>高度なパラメータ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>There are no general parameters attached to this algorithm.</source>
        <translation>このアルゴリズムに一般的なパラメーターはありません。</translation>
    </message>
    <message>
        <source>Algorithm description</source>
        <translation>アルゴリズムの詳細</translation>
    </message>
</context>
<context>
    <name>ProcessingAlgorithmsList</name>
    <message>
        <source>Favorites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>All Algorithms</source>
        <translation>全てのアルゴリズム</translation>
    </message>
</context>
<context>
    <name>QFieldAppAuthRequestHandler</name>
    <message>
        <source>Please enter credentials for database</source>
        <translation>データベースの接続情報を入力してください</translation>
    </message>
    <message>
        <source>at host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>at service</source>
        <translation>サービス</translation>
    </message>
</context>
<context>
    <name>QFieldAudioRecorder</name>
    <message>
        <source>Audio Recorder</source>
        <translation>オーディオ・レコーダー</translation>
    </message>
</context>
<context>
    <name>QFieldCamera</name>
    <message>
        <source>Geotagging enabled</source>
        <translation>ジオタグが有効です</translation>
    </message>
    <message>
        <source>Geotagging disabled</source>
        <translation>ジオタグが無効です</translation>
    </message>
    <message>
        <source>Grid enabled</source>
        <translation>グリッドが有効にされました</translation>
    </message>
    <message>
        <source>Grid disabled</source>
        <translation>グリッドが無効にされました</translation>
    </message>
    <message>
        <source>front</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Image geotagging requires positioning to be turned on</source>
        <translation>画像のジオタギングには、位置情報の利用を有効にする必要があります。</translation>
    </message>
    <message>
        <source>Details stamping enabled</source>
        <translation>詳細のスタンプが有効です</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>スピード</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>向き</translation>
    </message>
    <message>
        <source>Details stamping disabled</source>
        <translation>詳細のスタンプが無効です</translation>
    </message>
</context>
<context>
    <name>QFieldCloudConnection</name>
    <message>
        <source>[timeout] The request took too long to finish, please retry.</source>
        <translation>[timeout] リクエストの終了に時間がかかりすぎたので、再試行してください。</translation>
    </message>
    <message>
        <source>[aborted] The request has been aborted.</source>
        <translation>[aborted] リクエストが中止されました。</translation>
    </message>
    <message>
        <source>Server Error.</source>
        <translation>サーバーエラー。</translation>
    </message>
    <message>
        <source>Network Error.</source>
        <translation>ネットワークエラー。</translation>
    </message>
    <message>
        <source>Server not found, please check the server URL</source>
        <translation>サーバーが見つかりません、サーバーのURLを確認してください</translation>
    </message>
    <message>
        <source>Timeout error, please retry</source>
        <translation>タイムアウトエラー、再試行してください</translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation>ユーザー名またはパスワードが間違っています</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>セッションが切れました</translation>
    </message>
    <message>
        <source>Login temporary unavailable</source>
        <translation>ログインは一時的に利用できません</translation>
    </message>
    <message>
        <source>Failed to upload attachment stored at `%1`, reason:
%2</source>
        <translation>%1` に保存されている添付ファイルのアップロードに失敗しました。理由:
%2</translation>
    </message>
    <message>
        <source>Login error due to unexpected redirect, please retry later</source>
        <translation>予期しないリダイレクトによりログインエラーが発生しました。</translation>
    </message>
    <message>
        <source>Authentication provider missing</source>
        <translation>認証プロバイダーが見つかりません</translation>
    </message>
    <message>
        <source>Password missing</source>
        <translation>パスワードがありません</translation>
    </message>
</context>
<context>
    <name>QFieldCloudDeltaHistory</name>
    <message>
        <source>Push History</source>
        <translation>履歴のプッシュ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読込中…</translation>
    </message>
    <message>
        <source>No changes have been pushed yet!</source>
        <translation>まだプッシュされた変更はありません</translation>
    </message>
</context>
<context>
    <name>QFieldCloudLogin</name>
    <message>
        <source>Failed to login</source>
        <translation type="vanished">ログインできませんでした</translation>
    </message>
    <message>
        <source>Failed to sign in</source>
        <translation>サインインできませんでした</translation>
    </message>
    <message>
        <source>Server URL
(Leave empty to use the default server)</source>
        <translation>サーバーURL
（デフォルトのサーバーを使用する場合は空欄にしてください）</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>ユーザー名またはEメールアドレス</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Signing in, please wait</source>
        <translation>サインインしています、お待ちください</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>New user?</source>
        <translation>新しいユーザーですか？</translation>
    </message>
    <message>
        <source>Register an account</source>
        <translation>アカウントを登録する</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation type="vanished">ログアウト</translation>
    </message>
    <message>
        <source>Logging in, please wait</source>
        <translation type="vanished">ログインしています、お待ちください</translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="vanished">ログイン</translation>
    </message>
    <message>
        <source>The easiest way to transfer you project from QGIS to your devices!</source>
        <translation>QGISからデバイスにプロジェクトを転送する最も簡単な方法です！</translation>
    </message>
    <message>
        <source>Learn more about QFieldCloud</source>
        <translation>QFieldCloudについてもっと知る</translation>
    </message>
    <message>
        <source>QFieldCloud</source>
        <translation>QFieldCloud</translation>
    </message>
    <message>
        <source>or</source>
        <translation>もしくは</translation>
    </message>
    <message>
        <source>Sign in using %1</source>
        <translation>%1 を使ってサインイン</translation>
    </message>
</context>
<context>
    <name>QFieldCloudPackageLayersFeedback</name>
    <message>
        <source>Problematic QFieldCloud layer packaging</source>
        <translation type="vanished">問題のあるQFieldCloudレイヤーのパッケージング</translation>
    </message>
    <message>
        <source>Some layers have not been packaged correctly on QFieldCloud. These layers might be misconfigured or their data source is not accessible from the QFieldCloud server.</source>
        <translation type="vanished">一部のレイヤーはQFieldCloud上で正しくパッケージ化されていません。これらのレイヤーは、設定が間違っているか、データソースがQFieldCloudサーバーからアクセスできない可能性があります。</translation>
    </message>
    <message>
        <source>QFieldCloud had troubles packaging your project</source>
        <translation>QFieldCloudでプロジェクトのパッケージングに問題が発生しました</translation>
    </message>
    <message>
        <source>Some layers have not been packaged correctly on QFieldCloud. These layers might be misconfigured or their data source is not accessible from the QFieldCloud server. Please check the logs of the latest packaging job on the qfield.cloud website.</source>
        <translation>一部のレイヤーはQFieldCloud上で正しくパッケージ化されていません。これらのレイヤーは、設定が間違っているか、データソースがQFieldCloudサーバーからアクセスできない可能性があります。qfield.cloudのサイトで、最新のパッケージングジョブのログを確認してください。</translation>
    </message>
</context>
<context>
    <name>QFieldCloudPopup</name>
    <message>
        <source>QFieldCloud</source>
        <translation>QFieldCloud</translation>
    </message>
    <message>
        <source>The current project is not stored on QFieldCloud.&lt;br&gt;&lt;br&gt;</source>
        <translation>現在のプロジェクトはQFieldCloudに保存されていません。&lt;br&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Storing projects on QFieldCloud offers seamless synchornization, offline editing, and team management.&lt;br&gt;&lt;br&gt;</source>
        <translation type="vanished">QFieldCloudにプロジェクトを保存することで、シームレスな同期、オフライン編集、チームでの管理が可能になります。&lt;br&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Learn more about QFieldCloud</source>
        <translation>QFieldCloudについてもっと知る</translation>
    </message>
    <message>
        <source>Disconnected from the cloud.</source>
        <translation>QFieldCloudから切り離されました。</translation>
    </message>
    <message>
        <source>Connecting to the cloud.</source>
        <translation>QFieldCloudに接続しています。</translation>
    </message>
    <message>
        <source>Greetings &lt;strong&gt;%1&lt;/strong&gt;.</source>
        <translation>こんにちは &lt;strong&gt;%1&lt;/strong&gt;さん。</translation>
    </message>
    <message>
        <source>This QFieldCloud project was first downloaded with another cloud account. Please sign in with the original account for this project to use the QFieldCloud functionality.</source>
        <translation>このQFieldCloudプロジェクトは、最初に別のクラウドアカウントでダウンロードされたものです。QFieldCloudの機能を使用するには、このプロジェクトの元のアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>Downloading %1%…</source>
        <translation type="vanished">%1% をダウンロードしています…</translation>
    </message>
    <message>
        <source>QFieldCloud is preparing the latest data just for you. This might take some time, please hold tight…</source>
        <translation type="vanished">QFieldCloudは最新のデータを準備しています。少し時間がかかるかもしれませんが、しばらくお待ちください…</translation>
    </message>
    <message>
        <source>Uploading %1%…</source>
        <translation>%1% をアップロードしています…</translation>
    </message>
    <message>
        <source>QFieldCloud is applying the latest uploaded changes. This might take some time, please hold tight…</source>
        <translation>QFieldCloudはアップロードされた最新の変更内容を適用しています。少し時間がかかるかもしれませんが、しばらくお待ちください…</translation>
    </message>
    <message>
        <source>A server error has occured, please try again.</source>
        <translation type="vanished">サーバーエラーが発生しましたので、再度お試しください。</translation>
    </message>
    <message>
        <source>A network error has occured, please try again.</source>
        <translation type="vanished">ネットワークエラーが発生しましたので、再度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>There is/are %n local change(s)</source>
        <translation><numerusform>%n 個のローカルの変更があります。</numerusform></translation>
    </message>
    <message>
        <source>There are no local changes</source>
        <translation>ローカルな変更はありません。</translation>
    </message>
    <message>
        <source>The locally stored cloud project has been corrupted</source>
        <translation>ローカルに保存されているクラウドプロジェクトは破損しています</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>同期する</translation>
    </message>
    <message>
        <source>Synchronize the whole project with all modified features and download the freshly updated project with all the applied changes from QFieldCloud.</source>
        <translation>全ての変更された地物を持つプロジェクト全体を同期させ、全ての更新内容が含まれた最新のプロジェクトをQFieldCloudからダウンロードします。</translation>
    </message>
    <message>
        <source>Push changes</source>
        <translation>変更点をプッシュ</translation>
    </message>
    <message>
        <source>Save internet bandwidth by only pushing the local features and pictures to the cloud, without updating the whole project.</source>
        <translation>プロジェクト全体を更新することなく、ローカルの地物や画像のみをクラウドにプッシュすることで、インターネットの帯域幅を節約できます。</translation>
    </message>
    <message>
        <source>Revert local changes</source>
        <translation>ローカルの変更を取り消す</translation>
    </message>
    <message>
        <source>Reset project</source>
        <translation>プロジェクトのリセット</translation>
    </message>
    <message>
        <source>Revert all modified features in the local layers. You cannot restore those changes.</source>
        <translation>ローカルレイヤで変更されたすべての地物を元に戻します。破棄すると元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Revert all modified features in the local cloud layers. You cannot restore those changes.</source>
        <translation type="vanished">ローカルのクラウドレイヤーの変更した地物をすべて元に戻します。それらの変更をリストアすることはできません。</translation>
    </message>
    <message>
        <source>The local copy of this cloud project has been corrupted. Resetting the project will re-download the cloud version and will remove any local changes, make sure those were copied first if needed.

While you can still view and use the project, it is strongly recommended to reset to avoid any accidental data loss as none of the changes made will be pushed back to the cloud.</source>
        <translation>このクラウドプロジェクトのローカルのコピーが破損しています。プロジェクトをリセットすると、クラウド版が再ダウンロードされ、ローカルの変更が削除されますので、必要に応じてそれらを最初にバックアップしておいてください。

プロジェクトの閲覧や使用は可能ですが、変更した内容がクラウドに反映されないため、誤ってデータが失われないようにリセットすることを強くお勧めします。</translation>
    </message>
    <message>
        <source>Last synchronized just now</source>
        <translation>たった今最新の同期がされました</translation>
    </message>
    <message>
        <source>Last synchronized %1 minutes ago</source>
        <translation>%1 分前に最後に同期されました</translation>
    </message>
    <message>
        <source>Last synchronized at %1</source>
        <translation>最後に同期した時間：%1</translation>
    </message>
    <message>
        <source>Last synchronized on %1</source>
        <translation>最後に同期した日：%1</translation>
    </message>
    <message>
        <source>Last changes pushed just now</source>
        <translation>たった今最後の変更のプッシュがされました</translation>
    </message>
    <message>
        <source>Last changes pushed %1 minutes ago</source>
        <translation>%1 分前に最後の変更のプッシュがされました</translation>
    </message>
    <message>
        <source>Last changes pushed at %1</source>
        <translation>最後に変更をプッシュした時間：%1</translation>
    </message>
    <message>
        <source>Last changes pushed on %1</source>
        <translation>最後に変更をプッシュした日：%1</translation>
    </message>
    <message>
        <source>No changes pushed yet</source>
        <translation>まだプッシュされた変更はありません</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) are currently being uploaded in the background.</source>
        <translation type="vanished"><numerusform>%n 個の添付ファイルがバックグラウンドでアップロードされています。</numerusform></translation>
    </message>
    <message>
        <source>Should local changes be reverted?</source>
        <translation>ローカルの変更を元に戻しますか？</translation>
    </message>
    <message>
        <source>Reset cloud project</source>
        <translation>クラウドプロジェクトのリセット</translation>
    </message>
    <message>
        <source>Last warning, resetting the cloud project will erase any local changes, are you sure you want to go ahead?</source>
        <translation>最後の確認です。クラウドプロジェクトをリセットすると、ローカルでの変更がすべて消去されますが、よろしいですか？</translation>
    </message>
    <message>
        <source>Connecting cloud</source>
        <translation>QFieldCloudに接続しています</translation>
    </message>
    <message>
        <source>Local changes reverted</source>
        <translation>ローカルな変更を元に戻しました</translation>
    </message>
    <message>
        <source>Failed to revert changes</source>
        <translation>変更を取り消すのに失敗しました</translation>
    </message>
    <message>
        <source>No changes to revert</source>
        <translation>元に戻す変更はありません</translation>
    </message>
    <message>
        <source>This project has an updated project file on the cloud, you are advised to synchronize.</source>
        <translation>このプロジェクトはクラウド上でプロジェクトファイルが更新されています。ファイルの同期をしてください。</translation>
    </message>
    <message>
        <source>This project has updated data on the cloud, you should synchronize.</source>
        <translation>このプロジェクトはクラウド上でプロジェクトファイルが更新されています。ファイルの同期をしてください。</translation>
    </message>
    <message>
        <source>QFieldCloud is packaging the latest data just for you; this might take some time, please hold tight</source>
        <translation>QFieldCloudは最新のデータを準備しています。少し時間がかかるかもしれませんが、しばらくお待ちください</translation>
    </message>
    <message>
        <source>Downloading, %1% of %2 fetched</source>
        <translation>ダウンロード中、 %1% / %2がフェッチされました</translation>
    </message>
    <message>
        <source>Downloading, %1% fetched</source>
        <translation>ダウンロード中、 %1% がフェッチされました</translation>
    </message>
    <message>
        <source>Reaching out to QFieldCloud to download project</source>
        <translation>プロジェクトをダウンロードするためにQFieldCloudに連絡する</translation>
    </message>
    <message numerus="yes">
        <source>Automatically push changes every %n minute(s)</source>
        <translation><numerusform>%n分ごとに変更を自動的にプッシュする</numerusform></translation>
    </message>
    <message>
        <source>The current project does not allow for auto-push to be turned off</source>
        <translation>現在のプロジェクトでは、自動プッシュをオフにすることはできません。</translation>
    </message>
    <message>
        <source>Storing projects on QFieldCloud offers seamless synchronization, offline editing, and team management.&lt;br&gt;&lt;br&gt;</source>
        <translation>QFieldCloudにプロジェクトを保存することで、シームレスな同期、オフライン編集、チームでの管理が可能になります。&lt;br&gt;&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>QFieldCloudProject</name>
    <message>
        <source>Packaging job finished unsuccessfully for `%1`. %2</source>
        <translation>パッケージングジョブは `%1` のために失敗して終了しました。%2</translation>
    </message>
    <message>
        <source>Failed to refresh the latest info for `%1`: %2</source>
        <translation>`%1` の最新情報の更新に失敗しました: %2</translation>
    </message>
    <message>
        <source>Failed to get latest package data.</source>
        <translation>最新のパッケージデータの取得に失敗しました。</translation>
    </message>
    <message>
        <source>Latest package data response error.</source>
        <translation>最新のパッケージデータのレスポンスにエラーがあります。</translation>
    </message>
    <message>
        <source>Latest package data structure error.</source>
        <translation>最新のパッケージデータの構造にエラーがあります。</translation>
    </message>
    <message>
        <source>Project %1: Packaged layer `%2` is not valid. Error code %3, error message: %4</source>
        <translation>プロジェクト %1: パッケージ化されたレイヤ `%2` は有効ではありません。エラー・コード %3、エラー・メッセージ: %4</translation>
    </message>
    <message>
        <source>Failed to open temporary file for `%1`, reason:
%2</source>
        <translation>%1` の一時ファイルを開けませんでした。理由:
%2</translation>
    </message>
    <message>
        <source>File system error. Failed to write file to temporary location `%1`.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>File system error. Failed to open file for writing on temporary `%1`.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Network error. Failed to download file `%1`.</source>
        <translation>ネットワークエラーです。ファイル`%1`のダウンロードに失敗しました。</translation>
    </message>
    <message>
        <source>Failed to copy some of the downloaded files on your device. Check your device storage.</source>
        <translation>ダウンロードしたファイルの一部をデバイスにコピーするのに失敗しました。端末のストレージを確認してください。</translation>
    </message>
    <message>
        <source>Project `%1`, file `%2`: %3</source>
        <translation>プロジェクト `%1`、 ファイル `%2`: %3</translation>
    </message>
    <message>
        <source>System message: </source>
        <translation>システムメッセージ: </translation>
    </message>
    <message>
        <source> (see more in the QField error log)…</source>
        <translation> (QFieldのエラーログを見てください)…</translation>
    </message>
    <message>
        <source>Job creation finished, but the server response is missing required fields: id(string)</source>
        <translation>ジョブの作成は完了しましたが、サーバーの応答に必須のフィールド: id(string) がありません</translation>
    </message>
    <message>
        <source>Getting job status, but no `%2` job triggered yet.</source>
        <translation>ジョブのステータスを取得していますが、 `%2` のジョブはまだ起動していません。</translation>
    </message>
    <message>
        <source>job(%1) status response does not contain all the expected keys: status(string)</source>
        <translation>ジョブ(%1) ステータスのレスポンスが必要なキー: status(string)をすべて含んでいません</translation>
    </message>
    <message>
        <source>Job(%1) finished with a failed status.</source>
        <translation>ジョブ (%1) は失敗した状態で終了しました。</translation>
    </message>
    <message>
        <source>project(%1) trigger response refresh not contain all the expected keys: name(string), owner(string), description(string), user_role(string), is_public(bool), can_repackage(bool), needs_repackaging(bool)</source>
        <translation>プロジェクト(%1) トリガーのレスポンスは、指定されたすべてのキーを含んでいません: name(string), owner(string), description(string), user_role(string), is_public(bool), can_repackage(bool), needs_repackaging(bool)</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>中止されました</translation>
    </message>
    <message>
        <source>File system error. Failed to write attachment to temporary location `%1`.</source>
        <translation>ファイルシステムエラーです。一時フォルダの `%1` への添付ファイルの書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>File system error. Failed to open attachment for writing on temporary `%1`.</source>
        <translation>ファイルシステムエラーです。一時フォルダの `%1` で書き込みのための添付ファイルを開くのに失敗しました。</translation>
    </message>
    <message>
        <source>Network error. Failed to download attachment `%1`.</source>
        <translation>ネットワークエラーです。添付ファイル`%1`のダウンロードに失敗しました。</translation>
    </message>
    <message>
        <source>File system error. Failed to write to partial file `%1`.</source>
        <translation>ファイルシステムエラーです。一部のファイル `%1` の書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>File system error. Failed to open partial file `%1`.</source>
        <translation>ファイルシステムエラーです。一部のファイル `%1` を開くのに失敗しました。</translation>
    </message>
</context>
<context>
    <name>QFieldCloudProjectsModel</name>
    <message>
        <source>Export failed</source>
        <translation type="vanished">エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Packaged layer &apos;%1&apos; is not valid: &apos;%2&apos;</source>
        <translation type="vanished">パッケージされている &apos;%1&apos; は無効なレイヤです: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Failed to open temporary file for &quot;%1&quot;, reason:
%2</source>
        <translation type="vanished">&quot;%1&quot; の一時ファイルを開くのに失敗しました。理由:
%2</translation>
    </message>
    <message>
        <source>Failed to upload attachment stored at &quot;%1&quot;, reason:
%2</source>
        <translation type="vanished">&quot;%1&quot; に保存されている添付ファイルのアップロードに失敗しました。理由:
%2</translation>
    </message>
    <message>
        <source>Failed to download file &quot;%1&quot;, reason:</source>
        <translation type="vanished">&quot;%1&quot; ファイルのダウンロードに失敗しました。理由:</translation>
    </message>
    <message>
        <source>Failed to write downloaded file stored at &quot;%1&quot;, fs reason:</source>
        <translation type="vanished">&quot;%1&quot; に保存されているダウンロードしたファイルの書き込みに失敗しました。理由:</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="vanished">中止されました</translation>
    </message>
    <message>
        <source>project(%1) trigger response refresh not contain all the expected keys: name(string), owner(string), description(string), user_role(string), is_public(bool), can_repackage(bool), needs_repackaging(bool)</source>
        <translation type="vanished">プロジェクト(%1) トリガーのレスポンスは、指定されたすべてのキーを含んでいません: name(string), owner(string), description(string), user_role(string), is_public(bool), can_repackage(bool), needs_repackaging(bool)</translation>
    </message>
    <message>
        <source>Getting job status, but the project is deleted.</source>
        <translation type="vanished">ジョブのステータスを取得していますが、プロジェクトが削除されています。</translation>
    </message>
    <message>
        <source>Job creation finished, but the server response is missing required fields: id(string)</source>
        <translation type="vanished">ジョブの作成は完了しましたが、サーバーの応答に必須のフィールド: id(string) がありません</translation>
    </message>
    <message>
        <source>Getting job status, but no `%2` job triggered yet.</source>
        <translation type="vanished">ジョブのステータスを取得していますが、 `%2` のジョブはまだ起動していません。</translation>
    </message>
    <message>
        <source>Getting job status finished, but the project is deleted.</source>
        <translation type="vanished">ジョブのステータスを取得していますが、プロジェクトが削除されています。</translation>
    </message>
    <message>
        <source>job(%1) status response does not contain all the expected keys: status(string)</source>
        <translation type="vanished">ジョブ(%1) ステータスのレスポンスが必要なキー: status(string)をすべて含んでいません</translation>
    </message>
    <message>
        <source>Job(%1) finished with a failed status.</source>
        <translation type="vanished">ジョブ (%1) は失敗した状態で終了しました。</translation>
    </message>
    <message>
        <source>Project busy.</source>
        <translation>プロジェクトがスタックしています。</translation>
    </message>
    <message>
        <source>Packaging job finished unsuccessfully for `%1`. %2</source>
        <translation type="vanished">パッケージングジョブは `%1` のために失敗して終了しました。%2</translation>
    </message>
    <message>
        <source>Failed to refresh the latest info for `%1`: %2</source>
        <translation type="vanished">`%1` の最新情報の更新に失敗しました: %2</translation>
    </message>
    <message>
        <source>Failed to get latest package data.</source>
        <translation type="vanished">最新のパッケージデータの取得に失敗しました。</translation>
    </message>
    <message>
        <source>Latest package data response error.</source>
        <translation type="vanished">最新のパッケージデータのレスポンスにエラーがあります。</translation>
    </message>
    <message>
        <source>Latest package data structure error.</source>
        <translation type="vanished">最新のパッケージデータの構造にエラーがあります。</translation>
    </message>
    <message>
        <source>Project %1: Packaged layer `%2` is not valid. Error code %3, error message: %4</source>
        <translation type="vanished">プロジェクト %1: パッケージ化されたレイヤ `%2` は有効ではありません。エラー・コード %3、エラー・メッセージ: %4</translation>
    </message>
    <message>
        <source>Failed to open temporary file for `%1`, reason:
%2</source>
        <translation type="vanished">%1` の一時ファイルを開けませんでした。理由:
%2</translation>
    </message>
    <message>
        <source>Failed to upload attachment stored at `%1`, reason:
%2</source>
        <translation type="vanished">%1` に保存されている添付ファイルのアップロードに失敗しました。理由:
%2</translation>
    </message>
    <message>
        <source>Network error. Failed to download file `%1`.</source>
        <translation type="vanished">ネットワークエラーです。ファイル`%1`のダウンロードに失敗しました。</translation>
    </message>
    <message>
        <source>File system error. Failed to write file to temporary location `%1`.</source>
        <translation type="vanished">ファイルシステムエラーです。一時フォルダの `%1` へのファイルの書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>File system error. Failed to open file for writing on temporary `%1`.</source>
        <translation type="vanished">ファイルシステムエラーです。一時フォルダの `%1` で書き込みのためのファイルを開くのに失敗しました。</translation>
    </message>
    <message>
        <source>Project `%1`, file `%2`: %3</source>
        <translation type="vanished">プロジェクト `%1`、 ファイル `%2`: %3</translation>
    </message>
    <message>
        <source>System message: </source>
        <translation type="vanished">システムメッセージ: </translation>
    </message>
    <message>
        <source> (see more in the QField error log)…</source>
        <translation type="vanished"> (QFieldのエラーログを見てください)…</translation>
    </message>
    <message>
        <source>Failed to copy some of the downloaded files on your device. Check your device storage.</source>
        <translation type="vanished">ダウンロードしたファイルの一部をデバイスにコピーするのに失敗しました。端末のストレージを確認してください。</translation>
    </message>
</context>
<context>
    <name>QFieldCloudScreen</name>
    <message>
        <source>QFieldCloud Projects</source>
        <translation>QFieldCloudプロジェクト</translation>
    </message>
    <message>
        <source>Disconnected from the cloud.</source>
        <translation>QFieldCloudから切り離されました</translation>
    </message>
    <message>
        <source>Connecting to the cloud.</source>
        <translation>QFieldCloudに接続しています。</translation>
    </message>
    <message>
        <source>Greetings &lt;strong&gt;%1&lt;/strong&gt;.</source>
        <translation>こんにちは &lt;strong&gt;%1&lt;/strong&gt;さん。</translation>
    </message>
    <message>
        <source>My Projects</source>
        <translation>マイ・プロジェクト</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>コミュニティ</translation>
    </message>
    <message>
        <source>(Available locally)</source>
        <translation type="vanished">(ローカルで利用可能)</translation>
    </message>
    <message>
        <source>Downloading, %1% fetched…</source>
        <translation type="vanished">ダウンロード中、 %1% がフェッチされました…</translation>
    </message>
    <message>
        <source>QFieldCloud is preparing the latest data just for you. This might take some time, please hold tight…</source>
        <translation type="vanished">QFieldCloudは最新のデータを準備しています。少し時間がかかるかもしれませんが、しばらくお待ちください…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>アップロードしています...</translation>
    </message>
    <message>
        <source>Downloading error. </source>
        <translation>ダウンロードエラー。</translation>
    </message>
    <message>
        <source>Uploading error. </source>
        <translation>アップロードエラー。</translation>
    </message>
    <message>
        <source>Available locally, missing on the cloud</source>
        <translation>ローカルで利用可能、クラウドにはありません</translation>
    </message>
    <message>
        <source>Available on the cloud, missing locally</source>
        <translation type="vanished">クラウドで利用可能、ローカルにはありません</translation>
    </message>
    <message>
        <source>Available locally</source>
        <translation>ローカルで利用可能</translation>
    </message>
    <message>
        <source>Has changes. </source>
        <translation type="vanished">変更があります。</translation>
    </message>
    <message>
        <source>Downloading project %1</source>
        <translation>プロジェクト %1 をダウンロードしています</translation>
    </message>
    <message>
        <source>Download Project</source>
        <translation>プロジェクトをダウンロード</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Remove Stored Project</source>
        <translation>保存されたプロジェクトを削除する</translation>
    </message>
    <message>
        <source>Cancel Project Download</source>
        <translation>プロジェクトのダウンロードをキャンセルする</translation>
    </message>
    <message>
        <source>Press and hold over a cloud project for a menu of additional actions.</source>
        <translation type="vanished">クラウドプロジェクトの上で長押しすると、追加アクションのメニューが表示されます。</translation>
    </message>
    <message>
        <source>Refresh projects list</source>
        <translation>プロジェクト一覧の更新</translation>
    </message>
    <message>
        <source>Refreshing projects list</source>
        <translation>プロジェクト一覧を更新しています</translation>
    </message>
    <message>
        <source>No projects found</source>
        <translation type="vanished">プロジェクトがありません</translation>
    </message>
    <message>
        <source>Project Actions</source>
        <translation>プロジェクトのアクション</translation>
    </message>
    <message>
        <source>, updated data available on the cloud</source>
        <translation>クラウド上で利用可能な更新データがあります</translation>
    </message>
    <message>
        <source>QFieldCloud is packaging the latest data just for you; this might take some time, please hold tight</source>
        <translation>QFieldCloudは最新のデータを準備しています。少し時間がかかるかもしれませんが、しばらくお待ちください…</translation>
    </message>
    <message>
        <source>Downloading, %1% of %2 fetched</source>
        <translation>ダウンロード中、 %1% / %2がフェッチされました…</translation>
    </message>
    <message>
        <source>Downloading, %1% fetched</source>
        <translation>ダウンロード中、 %1% がフェッチされました…</translation>
    </message>
    <message>
        <source>Reaching out to QFieldCloud to download project</source>
        <translation>プロジェクトをダウンロードするためにQFieldCloudに連絡する</translation>
    </message>
    <message>
        <source>No cloud projects found. To get started, %1read the documentation%2.</source>
        <translation>クラウド・プロジェクトがありません。始めるには、%1ドキュメントをお読みください%2。</translation>
    </message>
    <message>
        <source>Search for project</source>
        <translation>プロジェクトを検索する</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Show invalid projects</source>
        <translation>無効なプロジェクトを表示</translation>
    </message>
    <message>
        <source>Available on the cloud</source>
        <translation>クラウドで利用可能</translation>
    </message>
    <message>
        <source>, has changes locally</source>
        <translation>ローカルでの変更があります</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Latest update date</source>
        <translation>最新の更新日</translation>
    </message>
    <message>
        <source>This QR code can be scanned for users with the appropriate access to download and open this project</source>
        <translation>このQRコードをスキャンすると、適切なアクセス権を持つユーザーがこのプロジェクトをダウンロードして開くことができます。</translation>
    </message>
    <message>
        <source>QFieldCloud is packaging project, hold tight</source>
        <translation>QFieldCloudはプロジェクトを適切にパッケージ化しています。</translation>
    </message>
    <message>
        <source>Downloading project</source>
        <translation>プロジェクトをダウンロードしています</translation>
    </message>
    <message>
        <source>Download project</source>
        <translation>プロジェクトをダウンロードしました</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>View Project Details</source>
        <translation>プロジェクトの詳細を見る</translation>
    </message>
    <message>
        <source>QFieldCloud project details fetching failed</source>
        <translation>QFieldCloudプロジェクトの詳細の取得に失敗しました</translation>
    </message>
</context>
<context>
    <name>QFieldCloudUtils</name>
    <message>
        <source>A server error has occured, please try again.</source>
        <translation>サーバーエラーが発生しましたので、再度お試しください。</translation>
    </message>
    <message>
        <source>A network error has occured, please try again.</source>
        <translation>ネットワークエラーが発生しましたので、再度お試しください。</translation>
    </message>
    <message>
        <source>Your account&apos;s available storage is full.</source>
        <translation>アカウントのストレージ容量がいっぱいです</translation>
    </message>
</context>
<context>
    <name>QFieldGuide</name>
    <message>
        <source>Finish</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前</translation>
    </message>
</context>
<context>
    <name>QFieldLocalDataPickerScreen</name>
    <message>
        <source>Project Folder</source>
        <translation>プロジェクトフォルダ</translation>
    </message>
    <message>
        <source>Local Projects &amp; Datasets</source>
        <translation>ローカルプロジェクト&amp;データセット</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>プロジェクトファイル</translation>
    </message>
    <message>
        <source>Vector dataset</source>
        <translation>ベクターデータセット</translation>
    </message>
    <message>
        <source>Raster dataset</source>
        <translation>ラスターデータセット</translation>
    </message>
    <message>
        <source>Send to...</source>
        <translation>送信...</translation>
    </message>
    <message>
        <source>Export to folder...</source>
        <translation>フォルダの出力先...</translation>
    </message>
    <message>
        <source>Remove dataset</source>
        <translation>データセットを削除</translation>
    </message>
    <message>
        <source>Send compressed folder to...</source>
        <translation>圧縮フォルダの送信先...</translation>
    </message>
    <message>
        <source>Remove project folder</source>
        <translation type="vanished">プロジェクトフォルダを削除</translation>
    </message>
    <message>
        <source>Import project from folder</source>
        <translation>プロジェクトをフォルダからインポート</translation>
    </message>
    <message>
        <source>Import project from ZIP</source>
        <translation>プロジェクトをZIPファイルからインポート</translation>
    </message>
    <message>
        <source>Import dataset(s)</source>
        <translation>データセットをインポート</translation>
    </message>
    <message>
        <source>Storage management help</source>
        <translation>ストレージ管理に関するヘルプ</translation>
    </message>
    <message>
        <source>Import URL</source>
        <translation>URLをインポートする</translation>
    </message>
    <message>
        <source>Type a URL below to download and import the project or dataset:</source>
        <translation>プロジェクトまたはデータセットをダウンロードしてインポートするには、次にURLを入力してください:</translation>
    </message>
    <message>
        <source>Item Actions</source>
        <translation>アイテムのアクション</translation>
    </message>
    <message>
        <source>Import Actions</source>
        <translation>インポートのアクション</translation>
    </message>
    <message>
        <source>Project Actions</source>
        <translation>プロジェクトのアクション</translation>
    </message>
    <message>
        <source>Update project from ZIP</source>
        <translation>ZIPファイルからプロジェクトを更新する</translation>
    </message>
    <message>
        <source>‘%1’ is being uploaded to QFieldCloud</source>
        <translation>‘%1’がQFieldCloudにアップロードされてします</translation>
    </message>
    <message>
        <source>Add to favorites</source>
        <translation>お気に入りに追加</translation>
    </message>
    <message>
        <source>Remove from favorites</source>
        <translation>お気に入りから削除</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Push to QFieldCloud</source>
        <translation>QFieldCloudにプッシュ</translation>
    </message>
    <message>
        <source>Upload folder to WebDAV server</source>
        <translation>WebDAVサーバーにフォルダをアップロード</translation>
    </message>
    <message>
        <source>Download folder from WebDAV server</source>
        <translation>WebDAVサーバーからフォルダをダウンロード</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>フォルダを削除</translation>
    </message>
    <message>
        <source>Import WebDAV folder</source>
        <translation>WebDAVフォルダをインポート</translation>
    </message>
    <message>
        <source>Upload project to WebDAV</source>
        <translation>プロジェクトをWebDAVにアップロード</translation>
    </message>
    <message>
        <source>Download project from WebDAV</source>
        <translation>WebDAVからプロジェクトをダウンロード</translation>
    </message>
    <message>
        <source>Importing WebDAV folder</source>
        <translation>WebDAVフォルダをインポートしています</translation>
    </message>
    <message>
        <source>Downloading WebDAV folder</source>
        <translation>WebDAVフォルダをダウンロードしています</translation>
    </message>
    <message>
        <source>Uploading WebDAV folder</source>
        <translation>WebDAVフォルダをアップロードしています</translation>
    </message>
    <message>
        <source>WebDAV error: </source>
        <translation>WebDAVエラー: </translation>
    </message>
    <message>
        <source>WebDAV upload</source>
        <translation>WebDAVアップロード</translation>
    </message>
    <message>
        <source>WebDAV download</source>
        <translation>WebDAVダウンロード</translation>
    </message>
    <message>
        <source>You are about to upload modified content into &lt;b&gt;%1&lt;/b&gt; using user &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;&lt;br&gt;This operation will overwrite data stored remotely, make sure this is what you want to do.</source>
        <translation>ユーザー &lt;b&gt;%2&lt;/b&gt;として修正したコンテンツを&lt;b&gt;%1&lt;/b&gt;へアップロードしようとしています。&lt;br&gt;&lt;br&gt;この操作はリモートで保存されたデータを上書きします。ご注意ください。</translation>
    </message>
    <message>
        <source>You are about to download modified content from &lt;b&gt;%1&lt;/b&gt; using user &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;&lt;br&gt;This operation will overwrite data stored locally, make sure this is what you want to do.</source>
        <translation>ユーザー &lt;b&gt;%2&lt;/b&gt;として修正したコンテンツを&lt;b&gt;%1&lt;/b&gt;からダウンロードしようとしています。&lt;br&gt;&lt;br&gt;この操作はローカルで保存されたデータを上書きします。ご注意ください。</translation>
    </message>
    <message>
        <source>Password (leave empty to use remembered)</source>
        <translation>パスワード（記憶したものを使う場合は空欄にしてください）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>パスワードを記憶する</translation>
    </message>
    <message>
        <source>Type the WebDAV details below to import a remote folder:</source>
        <translation>下にWebDAVの詳細を入力してリモートフォルダをインポート:</translation>
    </message>
    <message>
        <source>WebDAV server URL</source>
        <translation>WebDAVサーバーURL</translation>
    </message>
    <message>
        <source>Select the remote folder to import:</source>
        <translation>インポートするリモートフォルダを選択:</translation>
    </message>
    <message>
        <source>Fetching remote folders</source>
        <translation>リモートフォルダを取得しています</translation>
    </message>
    <message>
        <source>Fetch remote folders</source>
        <translation>リモートフォルダを取得</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>ユーザーとパスワード</translation>
    </message>
    <message>
        <source>leave empty to use remembered</source>
        <translation>記憶したものを使う場合は空欄にしてください</translation>
    </message>
    <message>
        <source>Upload file(s) to WebDAV</source>
        <translation>WebDAVへファイルをアップロード</translation>
    </message>
    <message>
        <source>Push file(s) to QFieldCloud</source>
        <translation>QFieldCloudにファイルをプッシュ</translation>
    </message>
    <message>
        <source>Please select one or more files to push to QFieldCloud.</source>
        <translation>QFieldCloudにプッシュするファイルを一つ以上選択してください。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>You are about to remove a saved WebDAV item, proceed?</source>
        <translation>保存されたWebDAVのアイテムを削除しようとしています。削除しますか？</translation>
    </message>
    <message>
        <source>root folder</source>
        <translation>ルートフォルダ</translation>
    </message>
    <message>
        <source>Available locally in ‘%1’</source>
        <translation>‘%1’でローカル上で利用可能</translation>
    </message>
    <message>
        <source>Imported folder name</source>
        <translation>インポートしたフォルダ名</translation>
    </message>
</context>
<context>
    <name>QFieldPositioningService</name>
    <message>
        <source>Positioning service running</source>
        <translation>測位サービス実行中</translation>
    </message>
    <message>
        <source>Latitude %1 | Longitude %2 | Altitude %3 m | Speed %4 m/s | Direction %5°</source>
        <translation>緯度 %1 | 経度 %2 | 高度 %3 m | 速度 %4 m/s | 方位 %5°</translation>
    </message>
    <message>
        <source>Positioning service stopped</source>
        <translation>測位サービスが停止しました</translation>
    </message>
</context>
<context>
    <name>QFieldSettings</name>
    <message>
        <source>Show scale bar</source>
        <translation>縮尺を表示する</translation>
    </message>
    <message>
        <source>Maximized attribute form</source>
        <translation>属性フォームを最大表示する</translation>
    </message>
    <message>
        <source>Fixed scale navigation</source>
        <translation>同じ縮尺での検索結果表示</translation>
    </message>
    <message>
        <source>When fixed scale navigation is active, focusing on a search result will pan to the feature. With fixed scale navigation disabled it will pan and zoom to the feature.</source>
        <translation>同じ縮尺での検索結果表示を有効にすると、検索結果の地物に同じ縮尺のままで表示します。同機能を無効にすると縮尺を拡大し地物を表示します。</translation>
    </message>
    <message>
        <source>Show digitizing information</source>
        <translation>デジタイジング情報を表示する</translation>
    </message>
    <message>
        <source>When switched on, coordinate information, such as latitude and longitude, is overlayed onto the map while digitizing new features or using the measure tool.</source>
        <translation>この機能を有効にすると、新しい地物を追加するときや計測ツールを使用しているときに、緯度・経度のような座標情報が地図キャンバス上にオーバーレイされます。</translation>
    </message>
    <message>
        <source>Show bookmarks</source>
        <translation>ブックマークを表示</translation>
    </message>
    <message>
        <source>When switched on, user&apos;s saved and currently opened project bookmarks will be displayed on the map.</source>
        <translation>オンにすると、ユーザーが保存したプロジェクトや現在開いているプロジェクトのブックマークが地図上に表示されます。</translation>
    </message>
    <message>
        <source>Use native camera</source>
        <translation>ネイティブカメラを使用する</translation>
    </message>
    <message>
        <source>If disabled, QField will use a minimalist internal camera instead of the camera app on the device.&lt;br&gt;Tip: Enable this option and install the open camera app to create geo tagged photos.</source>
        <translation>オフの場合, QFieldはデバイスのカメラアプリではなく、内部に搭載のカメラ機能を使用します。&lt;br&gt;参考: このオプションをオンにするとカメラアプリを起動してジオタグ写真を撮影するようになります。</translation>
    </message>
    <message>
        <source>Fast editing mode</source>
        <translation>高速編集モード</translation>
    </message>
    <message>
        <source>If enabled, the feature is stored after having a valid geometry and the constraints are fulfilled and atributes are commited immediately.</source>
        <translation>この機能を有効にすると、地物に有効なジオメトリが入力され、必要な制約が全て満たされると、属性情報がすぐに反映されるようになります。</translation>
    </message>
    <message>
        <source>Dim screen when idling</source>
        <translation>アイドリング時に画面を暗くする</translation>
    </message>
    <message>
        <source>If enabled, the screen brightness will be dimmed after 20 seconds of inactivity to preserve battery.</source>
        <translation type="vanished">この機能を有効にすると、バッテリーを節約するために、20秒間操作しないと画面の明るさが低下します。</translation>
    </message>
    <message>
        <source>Consider mouse as a touchscreen device</source>
        <translation>マウスをタッチスクリーンデバイスとして認識する</translation>
    </message>
    <message>
        <source>If disabled, the mouse will act as a stylus pen.</source>
        <translation type="vanished">無効した場合、マウスはスタイラスペンとして機能します。</translation>
    </message>
    <message>
        <source>Send anonymized metrics</source>
        <translation>匿名化されたメトリクスの送信</translation>
    </message>
    <message>
        <source>If enabled, anonymized metrics will be collected and sent to help improve QField for everyone.</source>
        <translation>有効にすると、匿名化されたメトリクスが収集され、送信され、他の利用者のためにQFieldを改善するのに役立ちます。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般情報</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>測位</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Customize search bar</source>
        <translation>検索バーのカスタマイズ</translation>
    </message>
    <message>
        <source>User interface language:</source>
        <translation type="vanished">ユーザーインターフェース言語:</translation>
    </message>
    <message>
        <source>To apply the selected user interface language, QField needs to completely shutdown and restart.</source>
        <translation>選択した表示言語を適用するには、QFieldを完全にシャットダウンして再起動する必要があります。</translation>
    </message>
    <message>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Found a missing or incomplete language? %1Join the translator community.%2</source>
        <translation>あなたの言語がありませんか、それとも翻訳が不完全ですか？ %1翻訳コミュニティに参加しましょう。%2</translation>
    </message>
    <message>
        <source>Positioning device in use:</source>
        <translation>使用中の測位デバイス:</translation>
    </message>
    <message>
        <source>Scanning for paired devices</source>
        <translation type="vanished">ペアリングされたデバイスをスキャンしています</translation>
    </message>
    <message>
        <source>Scanning failed: %1</source>
        <translation type="vanished">スキャンに失敗しました: %1</translation>
    </message>
    <message>
        <source>Scanning done</source>
        <translation type="vanished">スキャン完了</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) found</source>
        <translation type="vanished"><numerusform>%n つのデバイスが見つかりました</numerusform></translation>
    </message>
    <message>
        <source>Scanning canceled</source>
        <translation type="vanished">スキャンがキャンセルされました。</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="vanished">スキャン</translation>
    </message>
    <message>
        <source>Make a full service discovery</source>
        <translation type="vanished">フルサービス検出をする</translation>
    </message>
    <message>
        <source>A full device scan can take longer. You really want to do it?
Cancel to make a minimal device scan instead.</source>
        <translation type="vanished">デバイスのフルスキャンには時間がかかる場合があります。本当に実行しますか？
キャンセルして代わりにミニマムなデバイススキャンを行います。</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>Connect  to %1</source>
        <translation type="vanished">%1 に接続する</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 に接続しています</translation>
    </message>
    <message>
        <source>Use orthometric altitude from device</source>
        <translation type="vanished">デバイスから取得したオルソメトリック高度を使う</translation>
    </message>
    <message>
        <source>Show position information</source>
        <translation>位置情報を表示する</translation>
    </message>
    <message>
        <source>Activate accuracy indicator</source>
        <translation>精度の閾値を設定する</translation>
    </message>
    <message>
        <source>Bad accuracy below [m]</source>
        <translation type="vanished">低精度としての許容範囲 [m]</translation>
    </message>
    <message>
        <source>Excellent accuracy above [m]</source>
        <translation type="vanished">高精度としての許容範囲 [m]</translation>
    </message>
    <message>
        <source>Enable accuracy requirement</source>
        <translation type="vanished">精度の条件を有効にする</translation>
    </message>
    <message>
        <source>When the accuracy indicator is enabled, a badge is attached to the location button and colored &lt;span %1&gt;red&lt;/span&gt; if the accuracy value is below bad, &lt;span %2&gt;yellow&lt;/span&gt; if it falls short of excellent, or &lt;span %3&gt;green&lt;/span&gt;.&lt;br&gt;&lt;br&gt;In addition, an accuracy restriction mode can be toggled on, which restricts vertex addition when locked to coordinate cursor to positions with an accuracy value above the bad threshold.</source>
        <translation type="vanished">精度の閾値を有効にすると、ロケーションボタンにバッジが追加され、低精度の場合は &lt;span %1&gt;赤色&lt;/span&gt; に、どちらでもない場合は &lt;span %2&gt;黄色&lt;/span&gt; に、高精度の場合は &lt;span %3&gt;緑色&lt;/span&gt;に変わります。&lt;br&gt;&lt;br&gt;また、低精度の閾値の範囲内で座標カーソルをロックし、頂点の追加制限する精度制限モードを有効にすることもできます。</translation>
    </message>
    <message>
        <source>Enable averaged positioning requirement</source>
        <translation>平均化された位置精度を有効にする</translation>
    </message>
    <message>
        <source>Minimum number of positions collected</source>
        <translation>集められる衛星座標位置の最低数</translation>
    </message>
    <message>
        <source>Automatically end collection when minimum number is met</source>
        <translation>最低数を超えたら自動的に位置情報の収集を終了します</translation>
    </message>
    <message>
        <source>When enabled, digitizing vertices with a cursor locked to position will only accepted an averaged position from a minimum number of collected positions. Digitizing using averaged positions is done by pressing and holding the add vertex button, which will collect positions until the press is released. Accuracy requirement settings are respected when enabled.</source>
        <translation>有効にすると、カーソルが位置にロックされた状態で頂点をデジタイズする場合、収集する最低数から平均化された座標のみを受け取ります。平均化された座標を使ったデジタイジングは、頂点追加ボタンを押し続けることで行われ、ボタンを離すまで座標位置が集められます。精度条件が有効な場合は、その設定が使用されます。</translation>
    </message>
    <message>
        <source>Antenna height compensation</source>
        <translation>アンテナの高さ補正</translation>
    </message>
    <message>
        <source>Antenna height [m]</source>
        <translation>アンテナの高さ [m]</translation>
    </message>
    <message>
        <source>Z values which are recorded from the positioning device will be corrected by this value. If a value of 1.6 is entered, this will result in a correction of -1.6 for each recorded value.</source>
        <translation type="vanished">GNSS受信機から取得したZ値はこの数値によって補正されます。もし1.6という数値が入力された場合、各レコードの値から-1.6m補正されたものが保持されます。</translation>
    </message>
    <message>
        <source>Skip altitude correction</source>
        <translation>高度の補正をスキップする</translation>
    </message>
    <message>
        <source>Use the altitude as reported by the positioning device. Skip any altitude correction that may be implied by the coordinate system transformation.</source>
        <translation>GNSS受信機によって計算された高度を使用します。 座標系変換によって示唆される可能性のある高度補正は行いません。</translation>
    </message>
    <message>
        <source>Vertical grid shift in use:</source>
        <translation>使用中の垂直方向のグリッドシフト:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Vertical grid shift is used to increase the altitude accuracy.</source>
        <translation>垂直方向のグリッドシフトは高度の精度を向上させるために使われます。</translation>
    </message>
    <message>
        <source>QField Settings</source>
        <translation>QField設定</translation>
    </message>
    <message>
        <source>Time of inactivity in seconds before the screen brightness get be dimmed to preserve battery.</source>
        <translation>バッテリーを維持するために画面の明るさを暗くするまでの非アクティブ時間（秒）</translation>
    </message>
    <message>
        <source>Measure (M) value attached to vertices:</source>
        <translation>頂点に付けられた計測値（M）:</translation>
    </message>
    <message>
        <source>Timestamp (milliseconds since epoch)</source>
        <translation>タイムスタンプ（エポックミリ秒）</translation>
    </message>
    <message>
        <source>Ground speed</source>
        <translation>対地速度</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation>方位</translation>
    </message>
    <message>
        <source>Horizontal accuracy</source>
        <translation>水平精度</translation>
    </message>
    <message>
        <source>Vertical accuracy</source>
        <translation>垂直精度</translation>
    </message>
    <message>
        <source>PDOP</source>
        <translation>PDOP（位置精度劣化度）</translation>
    </message>
    <message>
        <source>HDOP</source>
        <translation>HDOP（水平精度劣化度）</translation>
    </message>
    <message>
        <source>VDOP</source>
        <translation>VDOP（垂直精度劣化度）</translation>
    </message>
    <message>
        <source>When digitizing features with the coordinate cursor locked to the current position, the measurement type selected above will be added to the geometry provided it has an M dimension.</source>
        <translation>座標カーソルが現在の位置にロックされている状態で地物をデジタイズするときは、M 寸法であれば、上記で選択した測定タイプがジオメトリに追加されます。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>%1に接続する</translation>
    </message>
    <message>
        <source>Follow system appearance</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>ライト・テーマ</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>ダーク・テーマ</translation>
    </message>
    <message>
        <source>Tiny</source>
        <translation>小さい</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大きい</translation>
    </message>
    <message>
        <source>Extra-large</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>Log NMEA sentences from device to file</source>
        <translation>デバイスからファイルへのNMEAセンテンスのログを移動</translation>
    </message>
    <message>
        <source>Map canvas rendering quality:</source>
        <translation>地図キャンバスの描画精度:</translation>
    </message>
    <message>
        <source>Best quality</source>
        <translation>最高精度</translation>
    </message>
    <message>
        <source>Lower quality</source>
        <translation>やや低い精度</translation>
    </message>
    <message>
        <source>Lowest quality</source>
        <translation>最低精度</translation>
    </message>
    <message>
        <source>A lower quality trades rendering precision in favor of lower memory usage and rendering time.</source>
        <translation>低く設定すると、描画精度と引き換えに、メモリ使用量と描画にかかる時間を削減できます。</translation>
    </message>
    <message>
        <source>This value will correct the Z values recorded from the positioning device. If a value of 1.6 is entered, QField will automatically subtract 1.6 from each recorded value. Make sure to insert the effective antenna height, i.e. pole length + antenna phase centre offset.</source>
        <translation>この値は、測位デバイスから記録されたZ値を補正します。1.6の値が入力された場合、QFieldは記録された各値から自動的に1.6を差し引きます。有効アンテナ高、すなわちポール長＋アンテナ位置のオフセットを必ず入力してください。</translation>
    </message>
    <message>
        <source>Orthometric from device</source>
        <translation>デバイスからのオルソメトリック</translation>
    </message>
    <message>
        <source>Use volume keys to digitize</source>
        <translation>ボリュームキーを使ってデジタル化する</translation>
    </message>
    <message>
        <source>If enabled, pressing the device&apos;s volume up key will add a vertex while pressing volume down key will remove the last entered vertex during digitizing sessions.</source>
        <translation>有効にすると、デジタイズ中にデバイスのボリューム・アップ・キーを押すと頂点が追加され、ボリューム・ダウン・キーを押すと最後に入力した頂点が削除されます。</translation>
    </message>
    <message>
        <source>Allow finger tap on canvas to add vertices</source>
        <translation>キャンバスを指でタップして頂点を追加できるようにする</translation>
    </message>
    <message>
        <source>When enabled, tapping on the map canvas with a finger will add a vertex at the tapped location.</source>
        <translation>有効にすると、マップキャンバスを指でタップすると、タップした位置に頂点が追加されます。</translation>
    </message>
    <message>
        <source>When enabled, the mouse will act as if it was a finger. When disabled, the mouse will match the stylus behavior.</source>
        <translation>有効にすると、マウスは指のように動作します。無効にすると、マウスはスタイラスと同じ動作をします。</translation>
    </message>
    <message>
        <source>Map Canvas</source>
        <translation>マップキャンバス</translation>
    </message>
    <message>
        <source>Digitizing &amp; Editing</source>
        <translation>デジタイズ＆編集</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>ユーザーインターフェース</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外観:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>フォントサイズ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>上級</translation>
    </message>
    <message>
        <source>Manage plugins</source>
        <translation>プラグインを管理</translation>
    </message>
    <message>
        <source>Enable map rotation</source>
        <translation>地図の回転を有効にする</translation>
    </message>
    <message>
        <source>When switched on, the map can be rotated by the user.</source>
        <translation>スイッチを入れると、地図を回転させることができます。</translation>
    </message>
    <message>
        <source>Bad accuracy threshold [m]</source>
        <translation>低精度としての許容範囲 [m]</translation>
    </message>
    <message>
        <source>Excellent accuracy threshold [m]</source>
        <translation>高精度としての許容範囲 [m]</translation>
    </message>
    <message>
        <source>Enforce accuracy requirement</source>
        <translation>精度の要件を厳守する</translation>
    </message>
    <message>
        <source>When the accuracy indicator is enabled, a badge is attached to the location button and colored &lt;span %1&gt;red&lt;/span&gt; if the accuracy value is worse than &lt;i&gt;bad&lt;/i&gt;, &lt;span %2&gt;yellow&lt;/span&gt; if it falls short of &lt;i&gt;excellent&lt;/i&gt;, or &lt;span %3&gt;green&lt;/span&gt;.&lt;br&gt;&lt;br&gt;In addition, an accuracy restriction mode can be toggled on, which restricts vertex addition when locked to coordinate cursor to positions with an accuracy value worse than the bad threshold.</source>
        <translation>精度の閾値を有効にすると、ロケーションボタンにバッジが追加され、低精度の場合は &lt;span %1&gt;赤色&lt;/span&gt; に、どちらでもない場合は &lt;span %2&gt;黄色&lt;/span&gt; に、高精度の場合は &lt;span %3&gt;緑色&lt;/span&gt;に変わります。&lt;br&gt;&lt;br&gt;また、低精度の閾値の範囲内で座標カーソルをロックし、頂点の追加制限する精度制限モードを有効にすることもできます。</translation>
    </message>
    <message>
        <source>Render preview content around visible map canvas</source>
        <translation>表示されている地図キャンバスの周囲にプレビュー コンテンツを描画します</translation>
    </message>
    <message>
        <source>If enabled, areas just outside of the visible map canvas extent will be partially rendered to allow preview when zooming and panning</source>
        <translation>有効にすると、表示されている地図キャンバス範囲のすぐ外側の領域が部分的に描画され、ズームやパン時にプレビューできるようになります。</translation>
    </message>
    <message>
        <source>Automatically open form for single feature identification</source>
        <translation>単一地物確認用のフォームを自動的に開く</translation>
    </message>
    <message>
        <source>When enabled, the feature form will open automatically if only one feature is identified, skipping the feature list.</source>
        <translation>有効にすると、地物が 1 つだけ存在した場合に地物リストをスキップして地物フォームを自動的に開きます。</translation>
    </message>
</context>
<context>
    <name>QFieldSketcher</name>
    <message>
        <source>Select drawing template</source>
        <translation>描画テンプレートの選択</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Digitizing Logger</source>
        <translation>デジタイジングロガー</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>認証が必要です</translation>
    </message>
    <message>
        <source>QFieldCloud Unknown Error</source>
        <translation>QFieldCloudの不明なエラー</translation>
    </message>
    <message>
        <source>Status not ok</source>
        <translation>ステータスはOKではありません</translation>
    </message>
    <message>
        <source>Empty content</source>
        <translation>空のコンテンツです</translation>
    </message>
    <message>
        <source>Object not found</source>
        <translation>オブジェクトが見つかりません</translation>
    </message>
    <message>
        <source>API Error</source>
        <translation>APIエラー</translation>
    </message>
    <message>
        <source>Validation Error</source>
        <translation>バリデーション・エラー</translation>
    </message>
    <message>
        <source>Multiple Projects</source>
        <translation>複数のプロジェクト</translation>
    </message>
    <message>
        <source>Invalid delta file</source>
        <translation>無効なデルタファイル</translation>
    </message>
    <message>
        <source>The project does not contain a valid QGIS project file</source>
        <translation>プロジェクトには有効なQGISプロジェクトファイルが含まれていません</translation>
    </message>
    <message>
        <source>Invalid job</source>
        <translation>無効なジョブ</translation>
    </message>
    <message>
        <source>QGIS export failed</source>
        <translation>QGISのエクスポートに失敗しました</translation>
    </message>
    <message>
        <source>QGIS is unable to open the QGIS project</source>
        <translation>QGISがQGISプロジェクトを開けません</translation>
    </message>
    <message>
        <source>There was an error opening the database &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>エラーがありデータベースを開けません &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Could not flush database %1 (%3) </source>
        <translation>データベースに書き込み出来ませんでした %1 (%3) </translation>
    </message>
    <message>
        <source>Position</source>
        <translation>現在位置</translation>
    </message>
    <message>
        <source>Map Tool Capture</source>
        <translation>マップツールキャプチャー</translation>
    </message>
    <message>
        <source>Cloud User Info</source>
        <translation>クラウドユーザ情報</translation>
    </message>
    <message>
        <source>Please wait while QField installation finalizes.</source>
        <translation>QFieldが最終化している間、しばらくお待ちください。</translation>
    </message>
    <message>
        <source>averaged</source>
        <translation>平均化</translation>
    </message>
    <message>
        <source>centroid</source>
        <translation>重心</translation>
    </message>
    <message>
        <source>Error zip file does not exist: &apos;%1&apos;</source>
        <translation>エラー zip ファイルが存在しません: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error zip filename is empty</source>
        <translation>エラー zip ファイル名が空です</translation>
    </message>
    <message>
        <source>Error output dir does not exist: &apos;%1&apos;</source>
        <translation>エラー出力ディレクトリが存在しません: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error output dir is not a directory: &apos;%1&apos;</source>
        <translation>エラー出力先はディレクトリではありません: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error output dir is not writable: &apos;%1&apos;</source>
        <translation>エラー出力ディレクトリが書き込み可能でありません: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Skipped file %1 outside of the directory %2</source>
        <translation>ディレクトリ %2 の外部にあるファイル %1 をスキップしました</translation>
    </message>
    <message>
        <source>Failed to create a subdirectory %1/%2</source>
        <translation>サブディレクトリ %1/%2 の作成に失敗しました</translation>
    </message>
    <message>
        <source>Could not write to %1</source>
        <translation>%1 に書き込みできませんでした。</translation>
    </message>
    <message>
        <source>Error reading file: &apos;%1&apos;</source>
        <translation>ファイル読み込みエラー: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error getting files: &apos;%1&apos;</source>
        <translation>ファイル取得エラー: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error opening zip archive: &apos;%1&apos; (Error code: %2)</source>
        <translation>ZIPアーカイブがエラーで開けませんでした: &apos;%1&apos; (エラーコード: %2)</translation>
    </message>
</context>
<context>
    <name>QfActionButton</name>
    <message>
        <source>close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>QfCalendarPanel</name>
    <message>
        <source>Hours</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
</context>
<context>
    <name>QfCloseButton</name>
    <message>
        <source>close</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>QfSearchBar</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>QfTimeItem</name>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>QgisMobileapp</name>
    <message>
        <source>Project file &quot;%1&quot; does not exist</source>
        <translation type="vanished">プロジェクトファイル 「%1」は存在しません</translation>
    </message>
    <message>
        <source>No project file currently opened</source>
        <translation>最近開かれたプロジェクトファイルはありません</translation>
    </message>
    <message>
        <source>Could not load font %1</source>
        <translation type="vanished">フォント %1 をロードできませんでした</translation>
    </message>
    <message>
        <source>Loading font %1</source>
        <translation type="vanished">フォント %1 をロードしています</translation>
    </message>
    <message>
        <source>Project Plugin</source>
        <translation>プロジェクトプラグイン</translation>
    </message>
    <message>
        <source>Could not load font: %1</source>
        <translation>フォントをロードできませんでした: %1</translation>
    </message>
    <message>
        <source>Can&apos;t load project, file &quot;%1&quot; does not exist</source>
        <translation>プロジェクトをロードできません。ファイル 「%1」は存在しません</translation>
    </message>
    <message>
        <source>Can&apos;t read project, file &quot;%1&quot; does not exist</source>
        <translation>プロジェクトを読み込めません。ファイル 「%1」は存在しません</translation>
    </message>
    <message>
        <source>Map printed on %1 using QField</source>
        <translation>QFieldを利用して %1 に地図を印刷しました</translation>
    </message>
</context>
<context>
    <name>QgsGpsInformation</name>
    <message>
        <source>Simulation mode</source>
        <translation>シミュレーションモード</translation>
    </message>
    <message>
        <source>Manual input mode</source>
        <translation>手動入力モード</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>推定値</translation>
    </message>
    <message>
        <source>Float RTK</source>
        <translation>RTKフロート解</translation>
    </message>
    <message>
        <source>Fixed RTK</source>
        <translation>RTKフィックス解</translation>
    </message>
    <message>
        <source>PPS</source>
        <translation>PPS測位</translation>
    </message>
    <message>
        <source>DGPS</source>
        <translation>デファレンシャル測位</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>単独測位</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>不明 (%1)</translation>
    </message>
    <message>
        <source> + IMU</source>
        <translation> + IMU</translation>
    </message>
</context>
<context>
    <name>QgsQuickMapCanvasMap</name>
    <message>
        <source>Rendering</source>
        <translation>描画中</translation>
    </message>
</context>
<context>
    <name>QgsQuickMapSettings</name>
    <message>
        <source>Map Canvas rotation is not supported. Resetting from %1 to 0.</source>
        <translation type="vanished">マップキャンバスの回転はサポートされていません。 ％1から0にリセットします。</translation>
    </message>
</context>
<context>
    <name>ReferencingFeatureListModel</name>
    <message>
        <source>Invalid referencing layer</source>
        <translation type="vanished">無効な参照レイヤー</translation>
    </message>
    <message>
        <source>Cannot start editing</source>
        <translation type="vanished">編集を開始できません</translation>
    </message>
    <message>
        <source>Cannot delete feature</source>
        <translation type="vanished">地物を削除できません</translation>
    </message>
    <message>
        <source>Cannot rollback layer changes in layer %1</source>
        <translation type="vanished">レイヤー %1 の変更内容をロールバックできませんでした。</translation>
    </message>
    <message>
        <source>Cannot commit layer changes in layer %1.</source>
        <translation type="vanished">レイヤー %1 の変更内容を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ReferencingFeatureListModelBase</name>
    <message>
        <source>Invalid referencing layer</source>
        <translation>無効な参照レイヤー</translation>
    </message>
    <message>
        <source>Cannot start editing</source>
        <translation>編集を開始できません</translation>
    </message>
    <message>
        <source>Cannot delete feature</source>
        <translation>地物を削除できません</translation>
    </message>
    <message>
        <source>Cannot rollback layer changes in layer %1</source>
        <translation>レイヤー %1 の変更内容をロールバックできませんでした。</translation>
    </message>
    <message>
        <source>Cannot commit layer changes in layer %1.</source>
        <translation>レイヤー %1 の変更内容を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>RelationCombobox</name>
    <message>
        <source>Search…</source>
        <translation type="vanished">検索しています…</translation>
    </message>
    <message>
        <source>Invalid relation</source>
        <translation>無効な関係</translation>
    </message>
</context>
<context>
    <name>RelationEditorBase</name>
    <message>
        <source>Cannot add child feature: insure the parent feature meets all constraints and can be saved</source>
        <translation>子地物を追加できません：親地物がすべての制約を満たし、保存できることを確認してください</translation>
    </message>
    <message>
        <source>Adding child feature in layer %1</source>
        <translation>レイヤー %1 に子地物を追加します</translation>
    </message>
    <message>
        <source>Cannot add child feature: attribute value linking parent and children is not set</source>
        <translation>子の地物を追加できません：親と子をつなぐ属性値が設定されていません</translation>
    </message>
    <message>
        <source>Unlink Feature</source>
        <translation>地物のリンクを解除</translation>
    </message>
    <message>
        <source>Delete Feature</source>
        <translation>地物を削除</translation>
    </message>
    <message>
        <source>Should the feature &lt;b&gt;%1 (%2)&lt;/b&gt; of layer &lt;b&gt;%3&lt;/b&gt; be unlinked?&lt;br&gt;&lt;i&gt;(The connection will be deleted on layer &lt;b&gt;%4&lt;/b&gt;)&lt;/i&gt;</source>
        <translation>レイヤー &lt;b&gt;%3&lt;/b&gt; の地物 &lt;b&gt;%1 (%2)&lt;/b&gt;のリンクを解除しますか?&lt;br&gt;&lt;i&gt;(レイヤー &lt;b&gt;%4&lt;/b&gt;のコネクションは削除されます)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Should the feature &lt;b&gt;%1 (%2)&lt;/b&gt; on layer &lt;b&gt;%3&lt;/b&gt; be deleted?</source>
        <translation>レイヤー &lt;b&gt;%3&lt;/b&gt; の地物&lt;b&gt;%1 (%2)&lt;/b&gt;を削除しますか？</translation>
    </message>
    <message>
        <source>Failed to delete referencing feature</source>
        <translation>参照している地物を削除できませんでした</translation>
    </message>
    <message>
        <source>Child Menu</source>
        <translation>子メニュー</translation>
    </message>
    <message>
        <source>Copy Feature Attributes</source>
        <translation>地物の属性をコピー</translation>
    </message>
    <message>
        <source>Print Atlas Feature to PDF</source>
        <translation>地図帳の地物をPDFに印刷</translation>
    </message>
    <message>
        <source>Print Atlas Feature(s)</source>
        <translation>地図帳の地物を印刷</translation>
    </message>
    <message>
        <source>Select template below</source>
        <translation>下のテンプレートを選択</translation>
    </message>
    <message>
        <source>Printing...</source>
        <translation>印刷しています...</translation>
    </message>
    <message>
        <source>Atlas feature(s) successfully printed and placed in your project folder</source>
        <translation>地図帳の地物がPDFに印刷され、プロジェクトフォルダに保存されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation><numerusform>%n 地物</numerusform></translation>
    </message>
</context>
<context>
    <name>Reshape</name>
    <message>
        <source>The geometry could not be reshaped</source>
        <translation>ジオメトリの再構築ができませんでした</translation>
    </message>
</context>
<context>
    <name>ReshapeToolBar</name>
    <message>
        <source>The geometry could not be reshaped</source>
        <translation type="vanished">ジオメトリの再構築ができませんでした</translation>
    </message>
</context>
<context>
    <name>ScaleBarMeasurement</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>SensorInformationView</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>SerialPortDeviceChooser</name>
    <message>
        <source>Select the serial port from the list below:</source>
        <translation>下のリストからシリアルポートを選択してください：</translation>
    </message>
    <message>
        <source>No serial ports detected, refresh the list once a device is connected.</source>
        <translation>シリアルポートが検出されません。デバイスが接続されたら、リストを更新してください。</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>リストを更新</translation>
    </message>
    <message>
        <source>Serial port display name:</source>
        <translation>シリアルポートの表示名：</translation>
    </message>
    <message>
        <source>Serial port address:</source>
        <translation>シリアルポートのアドレス：</translation>
    </message>
</context>
<context>
    <name>SerialPortReceiver</name>
    <message>
        <source>Could not find the serial port device</source>
        <translation>シリアルポートデバイスが見つかりません</translation>
    </message>
    <message>
        <source>Attempt to read from the serial port returned an error</source>
        <translation>シリアルポートから読み込もうとするとエラーが返されました。</translation>
    </message>
    <message>
        <source>The connection was refused due to not having enough permission</source>
        <translation>アクセス許可がないため、接続が拒否された</translation>
    </message>
    <message>
        <source>Serial port receiver error (%1)</source>
        <translation>シリアル・ポート受信エラー (%1)</translation>
    </message>
</context>
<context>
    <name>SplitFeature</name>
    <message>
        <source>Feature could not be split</source>
        <translation>地物を分割できませんでした</translation>
    </message>
</context>
<context>
    <name>SplitFeatureToolbar</name>
    <message>
        <source>Feature could not be split</source>
        <translation type="vanished">地物を分割できませんでした</translation>
    </message>
</context>
<context>
    <name>SystemLoader</name>
    <message>
        <source>Preparing QField, this is a one time operation that might take some time</source>
        <translation type="vanished">QFieldを順しています。これは一回限りの操作で少し時間がかかる場合があります。</translation>
    </message>
</context>
<context>
    <name>TcpDeviceChooser</name>
    <message>
        <source>Address:</source>
        <translation type="vanished">アドレス:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="vanished">ポート:</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
</context>
<context>
    <name>TcpReceiver</name>
    <message>
        <source>Connecting…</source>
        <translation type="vanished">接続しています...</translation>
    </message>
    <message>
        <source>Successfully connected</source>
        <translation type="vanished">接続しました</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="vanished">接続を解除しました</translation>
    </message>
    <message>
        <source>Socket state %1</source>
        <translation type="vanished">ソケットの状態 %1</translation>
    </message>
    <message>
        <source>Could not find the remote host</source>
        <translation>リモートホストが見つかりません</translation>
    </message>
    <message>
        <source>Attempt to read or write from socket returned an error</source>
        <translation>ソケットからの読み取りまたは書き込みの試行がエラーを返しました。</translation>
    </message>
    <message>
        <source>The connection was refused by the remote hose</source>
        <translation type="vanished">リモートホストによって接続が拒否されました</translation>
    </message>
    <message>
        <source>UDP receiver error (%1)</source>
        <translation type="vanished">UDP 受信エラー (%1)</translation>
    </message>
    <message>
        <source>The connection was refused by the remote host</source>
        <translation>リモートホストによって接続が拒否されました。</translation>
    </message>
    <message>
        <source>TCP receiver error (%1)</source>
        <translation>TCP受信エラー (%1)</translation>
    </message>
</context>
<context>
    <name>TemporalProperties</name>
    <message>
        <source>Temporal Properties</source>
        <translation>時間プロパティ</translation>
    </message>
    <message>
        <source>Enable temporal filter</source>
        <translation>時間フィルターを有効にする</translation>
    </message>
</context>
<context>
    <name>TextEdit</name>
    <message>
        <source>Copy Text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Paste Text</source>
        <translation>テキストをペースト</translation>
    </message>
    <message>
        <source>Scan Code</source>
        <translation>コードをスキャン</translation>
    </message>
</context>
<context>
    <name>TrackerSettings</name>
    <message>
        <source>Tracking: %1</source>
        <translation>トラッキング: %1</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>トラッキング</translation>
    </message>
    <message>
        <source>Requirement Settings</source>
        <translation>条件設定</translation>
    </message>
    <message>
        <source>Time requirement</source>
        <translation>最小時間条件</translation>
    </message>
    <message>
        <source>Minimum time [sec]</source>
        <translation>最小時間 [秒]</translation>
    </message>
    <message>
        <source>When enabled, vertex additions will occur when the time between the last and new vertex meets a configured mimimum value.</source>
        <translation>有効にすると、最後の頂点と新しい頂点の間の時間が、設定された最小値を満たしたときに、頂点の追加が行われます。</translation>
    </message>
    <message>
        <source>Distance requirement</source>
        <translation>最小距離条件</translation>
    </message>
    <message>
        <source>Minimum distance [%1]</source>
        <translation>最短距離 [%1]</translation>
    </message>
    <message>
        <source>When enabled, vertex additions will occur when the distance between the last and new vertex meets a configured mimimum value.</source>
        <translation>有効にすると、最後の頂点と新しい頂点の間の距離が、設定された最小値を満たしたときに、頂点の追加が行われます。</translation>
    </message>
    <message>
        <source>Sensor data requirement</source>
        <translation>センサーデータ条件</translation>
    </message>
    <message>
        <source>When enabled, vertex additions will occur when sensors have captured new data.</source>
        <translation>有効にすると、センサーが新しいデータを取り込んだときに頂点の追加が行われます。</translation>
    </message>
    <message>
        <source>Wait for all active requirements</source>
        <translation>すべてのアクティブ条件を満たすまで待機する</translation>
    </message>
    <message>
        <source>When enabled, vertices will only be recorded when all active requirements are met. When disabled, individual requirement met will trigger vertex additions.</source>
        <translation>有効にすると、すべてのアクティブな条件が満たされたときにのみ頂点が記録されます。無効にすると、個々の条件のうち一つが満たされたときに、頂点が追加されます。</translation>
    </message>
    <message>
        <source>General Settings</source>
        <translation>一般設定</translation>
    </message>
    <message>
        <source>Erroneous distance safeguard</source>
        <translation>誤った距離のセーフガード</translation>
    </message>
    <message>
        <source>Maximum tolerated distance [%1]</source>
        <translation>最大許容距離 [%1]</translation>
    </message>
    <message>
        <source>When enabled, vertex addition will not occur when the distance between the last and new vertex is greater than a configured maximum value.</source>
        <translation>有効にすると、最後の頂点と新しい頂点の間の距離が設定された最大値より大きい場合、頂点の追加は行われません。</translation>
    </message>
    <message>
        <source>Measure (M) value attached to vertices:</source>
        <translation>頂点に紐づけられた計測値（M）:</translation>
    </message>
    <message>
        <source>Elapsed time (seconds since start of tracking)</source>
        <translation>経過時間（追跡開始からの秒数）</translation>
    </message>
    <message>
        <source>Timestamp (milliseconds since epoch)</source>
        <translation>タイムスタンプ（エポックミリ秒）</translation>
    </message>
    <message>
        <source>Ground speed</source>
        <translation>対地速度</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation>方位</translation>
    </message>
    <message>
        <source>Horizontal accuracy</source>
        <translation>水平精度</translation>
    </message>
    <message>
        <source>Vertical accuracy</source>
        <translation>垂直精度</translation>
    </message>
    <message>
        <source>PDOP</source>
        <translation>PDOP（位置精度劣化度）</translation>
    </message>
    <message>
        <source>HDOP</source>
        <translation>HDOP（水平精度劣化度）</translation>
    </message>
    <message>
        <source>VDOP</source>
        <translation>VDOP（垂直精度劣化度）</translation>
    </message>
    <message>
        <source>To active the measurement functionality, make sure the vector layer&apos;s geometry type used for the tracking session has an M dimension.</source>
        <translation>測定機能を有効にするには、追跡セッションで使用するベクターレイヤーのジオメトリタイプがM次元であることを確認してください。</translation>
    </message>
    <message>
        <source>Start tracking</source>
        <translation>追跡を開始する</translation>
    </message>
    <message>
        <source>Track on layer %1 started</source>
        <translation>レイヤー %1 の追跡を開始しました</translation>
    </message>
    <message>
        <source>Resume tracking</source>
        <translation>トラッキングをやり直す</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>Track on layer %1 started</source>
        <translation type="vanished">レイヤー %1 の追跡を開始しました</translation>
    </message>
    <message>
        <source>Tracker Settings</source>
        <translation type="vanished">トラッキングの設定</translation>
    </message>
    <message>
        <source>Activate time constraint</source>
        <translation type="vanished">時間制約の有効化</translation>
    </message>
    <message>
        <source>Minimum time [sec]</source>
        <translation type="vanished">最小時間 [秒]</translation>
    </message>
    <message>
        <source>Activate distance constraint</source>
        <translation type="vanished">距離制約の有効化</translation>
    </message>
    <message>
        <source>Minimum distance [%1]</source>
        <translation type="vanished">最短距離 [%1]</translation>
    </message>
    <message>
        <source>Record when both active constraints are met</source>
        <translation type="vanished">両方の制約を満たした場合に記録する</translation>
    </message>
    <message>
        <source>When enabled, vertices with only be recorded when both active constraints are met. If the setting is disabled, individual constraints met will trigger a vertex addition.</source>
        <translation type="vanished">有効にすると、両方の制約を満たしたときにのみ頂点が記録されます。この設定を無効にすると、個々の制約が満たされたときに頂点の追加が行われます。</translation>
    </message>
    <message>
        <source>Start tracking</source>
        <translation type="vanished">追跡を開始する</translation>
    </message>
    <message>
        <source>Cannot start track with empty values</source>
        <translation type="vanished">値が未設定のため追跡を開始できません</translation>
    </message>
    <message>
        <source>When both constraints are disabled, vertex additions will occur as frequently as delivered by the positioning device.</source>
        <translation type="vanished">両方の制約を無効にした場合、頂点の追加は衛星受信機から配信される頻度と同じに行われます。</translation>
    </message>
    <message>
        <source>Measure (M) value attached to vertices:</source>
        <translation type="vanished">頂点に紐づけられた計測値（M）:</translation>
    </message>
    <message>
        <source>Elapsed time (seconds since start of tracking)</source>
        <translation type="vanished">経過時間（追跡開始からの秒数）</translation>
    </message>
    <message>
        <source>Timestamp (milliseconds since epoch)</source>
        <translation type="vanished">タイムスタンプ（エポックミリ秒）</translation>
    </message>
    <message>
        <source>Ground speed</source>
        <translation type="vanished">対地速度</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation type="vanished">方位</translation>
    </message>
    <message>
        <source>Horizontal accuracy</source>
        <translation type="vanished">水平精度</translation>
    </message>
    <message>
        <source>Vertical accuracy</source>
        <translation type="vanished">垂直精度</translation>
    </message>
    <message>
        <source>PDOP</source>
        <translation type="vanished">PDOP（位置精度劣化度）</translation>
    </message>
    <message>
        <source>HDOP</source>
        <translation type="vanished">HDOP（水平精度劣化度）</translation>
    </message>
    <message>
        <source>VDOP</source>
        <translation type="vanished">VDOP（垂直精度劣化度）</translation>
    </message>
    <message>
        <source>To active the measurement functionality, make sure the vector layer&apos;s geometry type used for the tracking session has an M dimension.</source>
        <translation type="vanished">測定機能を有効にするには、追跡セッションで使用するベクターレイヤーのジオメトリタイプがM次元であることを確認してください。</translation>
    </message>
</context>
<context>
    <name>TrackingSession</name>
    <message>
        <source>Track on layer %1 started</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Tracker Settings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Activate time constraint</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Minimum time [sec]</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Activate distance constraint</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Minimum distance [%1]</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Measure (M) value attached to vertices:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Elapsed time (seconds since start of tracking)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Timestamp (milliseconds since epoch)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Ground speed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Bearing</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Horizontal accuracy</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Vertical accuracy</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>PDOP</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>HDOP</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>VDOP</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>To active the measurement functionality, make sure the vector layer&apos;s geometry type used for the tracking session has an M dimension.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Start tracking</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>UdpDeviceChooser</name>
    <message>
        <source>Address:</source>
        <translation type="vanished">アドレス:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="vanished">ポート:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
</context>
<context>
    <name>UdpReceiver</name>
    <message>
        <source>Connecting…</source>
        <translation type="vanished">接続しています...</translation>
    </message>
    <message>
        <source>Successfully connected</source>
        <translation type="vanished">接続しました</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="vanished">接続を解除しました</translation>
    </message>
    <message>
        <source>Socket state %1</source>
        <translation type="vanished">ソケットの状態 %1</translation>
    </message>
    <message>
        <source>Could not find the remote host</source>
        <translation>リモートホストが見つかりません</translation>
    </message>
    <message>
        <source>Attempt to read or write from socket returned an error</source>
        <translation>ソケットからの読み取りまたは書き込みの試行がエラーを返しました。</translation>
    </message>
    <message>
        <source>The connection was refused by the remote hose</source>
        <translation type="vanished">リモートホストによって接続が拒否されました</translation>
    </message>
    <message>
        <source>UDP receiver error (%1)</source>
        <translation>UDP受信エラー (%1)</translation>
    </message>
    <message>
        <source>The connection was refused by the remote host</source>
        <translation>リモートホストによって接続が拒否されました。</translation>
    </message>
</context>
<context>
    <name>ValueMap</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>VariableEditor</name>
    <message>
        <source>Enter name</source>
        <translation type="vanished">名前を入力してください</translation>
    </message>
    <message>
        <source>Enter value</source>
        <translation>値を入力してください</translation>
    </message>
    <message>
        <source>Add a new variable</source>
        <translation>新しい変数を追加する</translation>
    </message>
    <message>
        <source>Global variables</source>
        <translation>グローバル変数</translation>
    </message>
    <message>
        <source>Project variables</source>
        <translation>プロジェクト変数</translation>
    </message>
</context>
<context>
    <name>VertexEditor</name>
    <message>
        <source>Failed to save feature!</source>
        <translation>地物を保存できませんでした!</translation>
    </message>
</context>
<context>
    <name>VertexEditorToolbar</name>
    <message>
        <source>Failed to save feature!</source>
        <translation type="vanished">地物を保存できませんでした!</translation>
    </message>
</context>
<context>
    <name>WebdavConnection</name>
    <message>
        <source>Failed to download file %1 due to network error (%2)</source>
        <translation>ネットワークエラー (%2)によりファイル %1 のダウンロードに失敗しました</translation>
    </message>
    <message>
        <source>Failed to upload file %1 due to network error (%2)</source>
        <translation>ネットワークエラー (%2)によりファイル %1 のアップロードに失敗しました</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>We&apos;re sorry to hear that. Click on the button below to comment or seek support.</source>
        <translation>大変申し訳ございません。下のボタンからコメント、もしくはサポートの依頼をしていただければと思います。</translation>
    </message>
    <message>
        <source>Reach out</source>
        <translation>連絡する</translation>
    </message>
    <message>
        <source>Hey there, how do you like your experience with QField so far?</source>
        <translation>QFieldを使ってみて気に入っていただけましたか？</translation>
    </message>
    <message>
        <source>That&apos;s great! We&apos;d love for you to click on the button below and leave a comment on the store.</source>
        <translation type="vanished">ありがとうございます！下のボタンからストアにコメントを残していただけると嬉しいです。</translation>
    </message>
    <message>
        <source>Rate us</source>
        <translation>アプリを評価する</translation>
    </message>
    <message>
        <source>Anonymized metrics collection has been disabled. You can re-enable through the settings panel.</source>
        <translation>匿名化されたメトリクスの収集は無効化されました。設定パネルから再有効化することができます。</translation>
    </message>
    <message>
        <source>To improve stability for everyone, QField collects and sends anonymized metrics.</source>
        <translation>利用者の安定性を高めるため、QFieldでは匿名化されたメトリクスを収集し、送信しています。</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>同意する</translation>
    </message>
    <message>
        <source>I prefer not</source>
        <translation>同意しません</translation>
    </message>
    <message>
        <source>QFieldCloud projects</source>
        <translation>QFieldCloudプロジェクト</translation>
    </message>
    <message>
        <source>Open local file</source>
        <translation>ローカルファイルを開く</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>最近使用したプロジェクト</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>最後のセッション</translation>
    </message>
    <message>
        <source>Base map project</source>
        <translation type="vanished">ベースマッププロジェクト</translation>
    </message>
    <message>
        <source>Base Map Project</source>
        <translation type="vanished">ベースマッププロジェクト</translation>
    </message>
    <message>
        <source>Remove from Recent Projects</source>
        <translation>最近のプロジェクトから削除する</translation>
    </message>
    <message>
        <source>Welcome to QField. First time using this application? Try out sample projects listed in the list below.</source>
        <translation type="vanished">QFieldにようこそ。初めてこのアプリをご使用になりますか？どうぞ下のリストにあるサンプルプロジェクトをお試しください。</translation>
    </message>
    <message>
        <source>Welcome back to QField.</source>
        <translation>QFieldへようこそ。</translation>
    </message>
    <message>
        <source>Default project</source>
        <translation>デフォルトプロジェクト</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>ベースマップ</translation>
    </message>
    <message>
        <source>Default Project</source>
        <translation>デフォルトプロジェクト</translation>
    </message>
    <message>
        <source>Individual Datasets Base Map</source>
        <translation>個別データセット ベースマップ</translation>
    </message>
    <message>
        <source>Load default project on launch</source>
        <translation>起動時にデフォルトプロジェクトを読み込む</translation>
    </message>
    <message>
        <source>Load last opened project on launch</source>
        <translation>起動時に最後に開いたプロジェクトを読み込む</translation>
    </message>
    <message>
        <source>Recent Project Actions</source>
        <translation>最近使用したプロジェクトのアクション</translation>
    </message>
    <message>
        <source>Welcome to QField. First time using this application? Try the sample projects listed below.</source>
        <translation>QFieldへようこそ。このアプリケーションを使うのは初めてですか？下記のサンプルプロジェクトをお試しください。</translation>
    </message>
    <message>
        <source>That&apos;s great! We&apos;d love for you to click on the button below and leave a review.</source>
        <translation>ありがとうございます！下のボタンからレビューを残していただけると嬉しいです。</translation>
    </message>
    <message>
        <source>Return to map</source>
        <translation>地図に戻る</translation>
    </message>
</context>
<context>
    <name>area</name>
    <message>
        <source>square degrees</source>
        <translation>平方度</translation>
    </message>
    <message>
        <source>&lt;unknown&gt;</source>
        <translation>&lt;unknown&gt;</translation>
    </message>
    <message>
        <source>sqr. meters</source>
        <translation>平方メートル</translation>
    </message>
    <message>
        <source>sqr. kilometers</source>
        <translation>平方キロメートル</translation>
    </message>
    <message>
        <source>sqr. feet</source>
        <translation>平方フィート</translation>
    </message>
    <message>
        <source>sqr. yards</source>
        <translation>平方ヤード</translation>
    </message>
    <message>
        <source>sqr. miles</source>
        <translation>平方マイル</translation>
    </message>
    <message>
        <source>hectares</source>
        <translation>ヘクタール</translation>
    </message>
    <message>
        <source>acres</source>
        <translation>エーカー</translation>
    </message>
    <message>
        <source>sqr. nautical miles</source>
        <translation>平方海里</translation>
    </message>
    <message>
        <source>sqr. centimeters</source>
        <translation>平方センチメートル</translation>
    </message>
    <message>
        <source>sqr. millimeters</source>
        <translation>平方ミリメートル</translation>
    </message>
    <message>
        <source>sqr. inches</source>
        <translation>平方インチ</translation>
    </message>
</context>
<context>
    <name>boolean</name>
    <message>
        <source>True</source>
        <translation>真</translation>
    </message>
    <message>
        <source>False</source>
        <translation>偽</translation>
    </message>
</context>
<context>
    <name>distance</name>
    <message>
        <source>degrees</source>
        <translation>度</translation>
    </message>
    <message>
        <source>&lt;unknown&gt;</source>
        <translation>&lt;unknown&gt;</translation>
    </message>
    <message>
        <source>meters</source>
        <translation>メートル</translation>
    </message>
    <message>
        <source>kilometers</source>
        <translation>キロメートル</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>フィート</translation>
    </message>
    <message>
        <source>yards</source>
        <translation>ヤード</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>マイル</translation>
    </message>
    <message>
        <source>nautical miles</source>
        <translation>海里</translation>
    </message>
    <message>
        <source>centimeters</source>
        <translation>センチメートル</translation>
    </message>
    <message>
        <source>millimeters</source>
        <translation>ミリメートル</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>インチ</translation>
    </message>
</context>
<context>
    <name>ordered_relation_editor</name>
    <message>
        <source>Ensure contraints</source>
        <translation type="vanished">制約を確認する</translation>
    </message>
    <message>
        <source>Adding child feature in layer %1</source>
        <translation type="vanished">レイヤー %1 に子地物を追加します</translation>
    </message>
    <message>
        <source>Cannot add child feature: parent primary keys are not available</source>
        <translation type="vanished">子地物を追加できません。親の主キーが有効ではありません。</translation>
    </message>
    <message>
        <source>Unlink feature %1 (%2) of %3</source>
        <translation type="vanished">％3の地物 ％1（％2）のリンクを解除します</translation>
    </message>
    <message>
        <source>Delete feature %1 (%2) on %3</source>
        <translation type="vanished">％3の地物 ％1（％2）を削除します</translation>
    </message>
    <message>
        <source>Should the feature &lt;b&gt;%1 (%2)&lt;/b&gt; of layer &lt;b&gt;%3&lt;/b&gt; be unlinked?&lt;br&gt;&lt;i&gt;(The connection will be deleted on layer &lt;b&gt;%4&lt;/b&gt;)&lt;/i&gt;</source>
        <translation type="vanished">レイヤー &lt;b&gt;%3&lt;/b&gt; の地物 &lt;b&gt;%1 (%2)&lt;/b&gt;のリンクを解除しますか?&lt;br&gt;&lt;i&gt;(レイヤー &lt;b&gt;%4&lt;/b&gt;のコネクションは削除されます)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Should the feature &lt;b&gt;%1 (%2)&lt;/b&gt; on layer &lt;b&gt;%3&lt;/b&gt; be deleted?</source>
        <translation type="vanished">レイヤー &lt;b&gt;%3&lt;/b&gt; の地物&lt;b&gt;%1 (%2)&lt;/b&gt;を削除しますか？</translation>
    </message>
    <message>
        <source>Failed to delete referencing feature</source>
        <translation type="vanished">参照している地物を削除できませんでした</translation>
    </message>
</context>
<context>
    <name>qgismobileapp</name>
    <message>
        <source>You are now in browse mode</source>
        <translation>閲覧モード</translation>
    </message>
    <message>
        <source>You are now in digitize mode on layer %1</source>
        <translation>レイヤ %1 は編集モードになりました</translation>
    </message>
    <message>
        <source>You are now in digitize mode</source>
        <translation>編集モード</translation>
    </message>
    <message>
        <source>You are now in measure mode</source>
        <translation>計測モード</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Perimeter</source>
        <translation>周囲長</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面積</translation>
    </message>
    <message>
        <source>Close measure tool</source>
        <translation>計測ツールを非表示にする</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>編集をやめる</translation>
    </message>
    <message>
        <source>Cancel addition</source>
        <translation>追加をキャンセルする</translation>
    </message>
    <message>
        <source>Topological editing turned on</source>
        <translation>トポロジー編集をオンにする</translation>
    </message>
    <message>
        <source>Topological editing turned off</source>
        <translation>トポロジー編集をオフにする</translation>
    </message>
    <message>
        <source>Freehand digitizing turned on</source>
        <translation>フリーハンドでの編集をオンにしました</translation>
    </message>
    <message>
        <source>Freehand digitizing turned off</source>
        <translation>フリーハンドでの編集をオフにしました</translation>
    </message>
    <message>
        <source>Coordinate cursor now locked to position</source>
        <translation>座標カーソルが現在位置にロックされるようになりました</translation>
    </message>
    <message>
        <source>Coordinate cursor unlocked</source>
        <translation>座標カーソルのロックが解除されました</translation>
    </message>
    <message>
        <source>Received position</source>
        <translation type="vanished">現在地を受信しました</translation>
    </message>
    <message>
        <source>Searching for position</source>
        <translation type="vanished">現在地を探しています</translation>
    </message>
    <message>
        <source>Canvas follows location</source>
        <translation>地図上で現在の位置情報を追尾します</translation>
    </message>
    <message>
        <source>Waiting for location</source>
        <translation>位置情報を受信しています</translation>
    </message>
    <message>
        <source>Positioning activated</source>
        <translation type="vanished">現在位置表示機能が有効になりました</translation>
    </message>
    <message>
        <source>Positioning turned off</source>
        <translation type="vanished">現在位置表示機能が無効になりました</translation>
    </message>
    <message>
        <source>Canvas stopped following location</source>
        <translation type="vanished">地図上で現在の位置情報を追尾するのを停止しました</translation>
    </message>
    <message>
        <source>Failed to create feature!</source>
        <translation type="vanished">地物を作成できませんでした!</translation>
    </message>
    <message>
        <source>Failed to save feature!</source>
        <translation type="vanished">地物を保存できませんでした!</translation>
    </message>
    <message>
        <source>Main Menu</source>
        <translation>メインメニュー</translation>
    </message>
    <message>
        <source>Measure Tool</source>
        <translation type="vanished">計測ツール</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="vanished">PDFを印刷する</translation>
    </message>
    <message>
        <source>Printing to PDF</source>
        <translation type="vanished">PDFに印刷しています</translation>
    </message>
    <message>
        <source>Go to Home Screen</source>
        <translation type="vanished">ホームスクリーンに行く</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation type="vanished">プロジェクトフォルダを開く</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="vanished">プロジェクトを開く</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Message Log</source>
        <translation>メッセージログ</translation>
    </message>
    <message>
        <source>About QField</source>
        <translation>QFieldについて</translation>
    </message>
    <message>
        <source>Select template below</source>
        <translation type="vanished">下のテンプレートを選択</translation>
    </message>
    <message>
        <source>Activating positioning service</source>
        <translation>位置情報取得機能を有効にしています</translation>
    </message>
    <message>
        <source>QField has no permissions to use positioning.</source>
        <translation type="vanished">QFieldは位置情報表示機能を使用する許可を与えられていません。</translation>
    </message>
    <message>
        <source>Map Canvas Options</source>
        <translation>地図キャンバスオプション</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>ブックマークを追加</translation>
    </message>
    <message>
        <source>Set as Destination</source>
        <translation>目的地として設定</translation>
    </message>
    <message>
        <source>Add Bookmark at Coordinates</source>
        <translation type="vanished">座標でブックマークを追加</translation>
    </message>
    <message>
        <source>Untitled bookmark</source>
        <translation>無題のブックマーク</translation>
    </message>
    <message>
        <source>Set Coordinates as Destination</source>
        <translation type="vanished">目的地として座標を設定</translation>
    </message>
    <message>
        <source>Copy Coordinates</source>
        <translation type="vanished">座標をコピー</translation>
    </message>
    <message>
        <source>X</source>
        <translation type="vanished">X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="vanished">Y</translation>
    </message>
    <message>
        <source>Coordinates copied to clipboard</source>
        <translation>座標をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Precise View Settings</source>
        <translation>ビュー精度の設定</translation>
    </message>
    <message>
        <source>0.25m Precision</source>
        <translation type="vanished">0.25m精度</translation>
    </message>
    <message>
        <source>0.5m Precision</source>
        <translation type="vanished">0.5m精度</translation>
    </message>
    <message>
        <source>1m Precision</source>
        <translation type="vanished">1m精度</translation>
    </message>
    <message>
        <source>2.5m Precision</source>
        <translation type="vanished">2.5m精度</translation>
    </message>
    <message>
        <source>5m Precision</source>
        <translation type="vanished">5m精度</translation>
    </message>
    <message>
        <source>10m Precision</source>
        <translation type="vanished">10m精度</translation>
    </message>
    <message>
        <source>Always Show Precise View</source>
        <translation>いつもビュー精度を表示する</translation>
    </message>
    <message>
        <source>Center to Location</source>
        <translation>現在位置を中央に表示</translation>
    </message>
    <message>
        <source>Add Bookmark at Location</source>
        <translation>現在位置でブックマークを追加</translation>
    </message>
    <message>
        <source>Copy Location Coordinates</source>
        <translation>位置座標をコピー</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Set As Destination</source>
        <translation type="vanished">目的地として設定</translation>
    </message>
    <message>
        <source>Navigation Options</source>
        <translation>ナビゲーションオプション</translation>
    </message>
    <message>
        <source>Clear Destination</source>
        <translation>目的地をクリア</translation>
    </message>
    <message>
        <source>%1 Precision</source>
        <translation>%1精度</translation>
    </message>
    <message>
        <source>Enable Audio Proximity Feedback</source>
        <translation>音声近接フィードバックを有効にする</translation>
    </message>
    <message>
        <source>Positioning Options</source>
        <translation>位置情報表示オプション</translation>
    </message>
    <message>
        <source>Enable Positioning</source>
        <translation>位置情報表示を有効にする</translation>
    </message>
    <message>
        <source>Show Position Information</source>
        <translation>座標情報を表示する</translation>
    </message>
    <message>
        <source>Positioning Settings</source>
        <translation>現在位置表示設定</translation>
    </message>
    <message>
        <source>Center to Current Location</source>
        <translation type="vanished">現在位置を中央に表示</translation>
    </message>
    <message>
        <source>Add Bookmark at Current Location</source>
        <translation type="vanished">現在位置でブックマークを追加</translation>
    </message>
    <message>
        <source>Current location unknown</source>
        <translation>不明な現在位置</translation>
    </message>
    <message>
        <source>My location</source>
        <translation>マイ・ロケーション</translation>
    </message>
    <message>
        <source>Copy Current Location</source>
        <translation type="vanished">現在位置をコピー</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Current location copied to clipboard</source>
        <translation>現在位置をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Current layer switched to the one holding the selected geometry.</source>
        <translation>選択されたジオメトリが属するレイヤに切り替わりました</translation>
    </message>
    <message>
        <source>Editing of multi geometry layer is not supported yet.</source>
        <translation>マルチジオメトリレイヤーの編集は現在サポートされていません。</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 を読み込んでいます</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="vanished">ログアウトしました</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>接続しています...</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="vanished">ログインしました</translation>
    </message>
    <message>
        <source>Project %1 failed to download</source>
        <translation>プロジェクト %1 のダウンロードに失敗しました</translation>
    </message>
    <message>
        <source>Project %1 successfully downloaded, it&apos;s now available to open</source>
        <translation>プロジェクト %1 が正常にダウンロードされて開けるようになりました</translation>
    </message>
    <message>
        <source>Changes failed to reach QFieldCloud: %1</source>
        <translation>変更内容がQFieldCloudにプッシュされませんでした: %1</translation>
    </message>
    <message>
        <source>Changes successfully pushed to QFieldCloud</source>
        <translation>変更内容がQFieldCloudに正常にプッシュされました</translation>
    </message>
    <message>
        <source>Press back again to close project and app</source>
        <translation>もう一度戻るボタンを押してプロジェクトとアプリを閉じてください。</translation>
    </message>
    <message>
        <source>Positioning error: %1</source>
        <translation type="vanished">測位エラー: %1</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>方位角</translation>
    </message>
    <message>
        <source>Lock Screen</source>
        <translation>スクリーンをロック</translation>
    </message>
    <message>
        <source>Print to Image</source>
        <translation type="vanished">画像に印刷する</translation>
    </message>
    <message>
        <source>Printing...</source>
        <translation>印刷しています...</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Positioning device error: %1</source>
        <translation>測位デバイスエラー: %1</translation>
    </message>
    <message>
        <source>Duplicate Feature</source>
        <translation>地物をコピー</translation>
    </message>
    <message>
        <source>Successfully duplicated feature</source>
        <translation>地物をコピーしました</translation>
    </message>
    <message>
        <source>Snapping turned on</source>
        <translation>スナッピングを有効にしました</translation>
    </message>
    <message>
        <source>Snapping turned off</source>
        <translation>スナッピングを無効にしました</translation>
    </message>
    <message>
        <source>Snap to %1° angle turned on</source>
        <translation>%1°度にスナップがオンになりました</translation>
    </message>
    <message>
        <source>Snap to common angle turned off</source>
        <translation>共通アングルへのスナップはオフになりました</translation>
    </message>
    <message>
        <source>Relative angle</source>
        <translation>相対角度</translation>
    </message>
    <message>
        <source>Canvas follows location and compass orientation</source>
        <translation>キャンバスは位置とコンパスの向きに従います</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>詳細はこちら</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>No sensor available</source>
        <translation>使用可能なセンサーがありません</translation>
    </message>
    <message>
        <source>Project Folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select sensor below</source>
        <translation>下からセンサーを選択</translation>
    </message>
    <message>
        <source>Sensor error: %1</source>
        <translation>センサーエラー: %1</translation>
    </message>
    <message>
        <source>Disconnecting sensor &apos;%1&apos;...</source>
        <translation>センサー &apos;%1&apos;の接続を解除しています...</translation>
    </message>
    <message>
        <source>Connecting sensor &apos;%1&apos;...</source>
        <translation>センサー &apos;%1&apos; に接続しています...</translation>
    </message>
    <message>
        <source>Select layout below</source>
        <translation>下からレイヤーを選択</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>レイヤー:</translation>
    </message>
    <message>
        <source>Feature:</source>
        <translation>地物:</translation>
    </message>
    <message>
        <source>Open Feature Form</source>
        <translation>属性フォームを開く</translation>
    </message>
    <message>
        <source>Feature duplication not available</source>
        <translation>地物のコピーは利用できません</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1をインポートしています</translation>
    </message>
    <message>
        <source>Import URL failed</source>
        <translation>URLのインポートに失敗しました</translation>
    </message>
    <message>
        <source>Do you grant permission to activate `%1`?</source>
        <translation>`%1` をアクティブにする許可を与えますか？</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>選択を覚える</translation>
    </message>
    <message>
        <source>Position has trespassed into ‘%1’</source>
        <translation>現在位置が &apos;%1&apos; に侵入しました。</translation>
    </message>
    <message>
        <source>Position outside areas after leaving ‘%1’</source>
        <translation>&apos;%1&apos;を抜けた後の外部領域の位置</translation>
    </message>
    <message>
        <source>Position entered into ‘%1’</source>
        <translation>現在位置が &apos;%1&apos; に入りました。</translation>
    </message>
    <message>
        <source>Position left from ‘%1’</source>
        <translation>現在位置が &apos;%1&apos; から出ました。</translation>
    </message>
    <message>
        <source>Enable Map Rotation</source>
        <translation>地図の回転を有効にする</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>This button opens the dashboard. With the dashboard you can interact with the legend and map theme, or start digitizing by activating the editing mode. Long-pressing the button gives you immediate access to the main menu.</source>
        <translation>このボタンはダッシュボードを開きます。ダッシュボードでは、凡例や地図テーマを操作したり、編集モードを起動してデジタイズを開始することができます。ボタンを長押しすると、メインメニューにすぐにアクセスできます。</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>測位</translation>
    </message>
    <message>
        <source>This button toggles the positioning system. When enabled, a position marker will appear top of the map. Long-pressing the button will open the positioning menu where additional functionalities can be explored.</source>
        <translation>このボタンは測位システムを切り替えます。有効にすると、地図の上部に位置マーカーが表示されます。このボタンを長押しすると、その他の機能がある測位メニューが表示されます。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>The search bar provides you with a quick way to find features within your project, jump to a typed latitude and longitude point, and much more.</source>
        <translation>検索バーでは、プロジェクト内の地物をすばやく検索したり、入力した緯度経度にジャンプしたりすることができます。</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <source>In addition to the pinch gesture, these buttons help you quickly zoom in and out.</source>
        <translation>ピンチ・ジェスチャーに加え、これらのボタンは、素早く拡大・縮小するのに役立ちます。</translation>
    </message>
    <message>
        <source>Cancel algorithm operation</source>
        <translation>アルゴリズムの実行をキャンセル</translation>
    </message>
    <message>
        <source>You are about to dismiss the ongoing algorithm operation, proceed?</source>
        <translation>実行中のアルゴリズム操作を終了しようとしています。終了しますか?</translation>
    </message>
    <message>
        <source>Unlock the screen to close project and app</source>
        <translation>プロジェクトとアプリを閉じるには画面のロックを解除してください</translation>
    </message>
    <message>
        <source>Borderless mode activated, use the top left and botom right corner to move and resize the window</source>
        <translation>ボーダーレスモードが有効になっている場合は、左上と右下の角を使ってウィンドウを移動したりサイズを変更したりできます。</translation>
    </message>
    <message>
        <source>Finish or dimiss the digitizing feature before toggling to browse mode</source>
        <translation>閲覧モードに切り替える前に、地物のデジタイジング機能を終了または解除する。</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Replaying collected positions, hold on</source>
        <translation>収集した位置情報を再生中です、しばらくお待ちください</translation>
    </message>
    <message>
        <source>Snapping to every</source>
        <translation>全てにスナッピングする</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Snapping tolerance</source>
        <translation>スナッピングの精度</translation>
    </message>
    <message>
        <source>Narrow</source>
        <translation>狭い</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大きい</translation>
    </message>
    <message>
        <source>Snapping tolerance set to %1</source>
        <translation>スナッピングの精度が %1 に設定</translation>
    </message>
    <message>
        <source>Import Confirmation</source>
        <translation>インポートの確認</translation>
    </message>
    <message>
        <source>Do you want to import &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; into QField?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;を&lt;b&gt;%2&lt;/b&gt;からQFieldへインポートしますか？</translation>
    </message>
    <message>
        <source>Plugin Permission</source>
        <translation>プラグインの権限</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除</translation>
    </message>
    <message>
        <source> Project Plugin</source>
        <translation>プロジェクトのプラグイン</translation>
    </message>
    <message>
        <source>Do you grant permission to activate the plugin?</source>
        <translation>プラグインをアクティベートする権限を与えますか？</translation>
    </message>
    <message>
        <source>Follow location paused</source>
        <translation>位置情報の追跡を一時停止</translation>
    </message>
    <message>
        <source>Failed to create feature</source>
        <translation>地物の作成に失敗しました</translation>
    </message>
    <message>
        <source>Failed to create feature due to feature addition permission disabled</source>
        <translation>地物の追加をする権限が無効になっているため、地物を作成できませんでした</translation>
    </message>
    <message>
        <source>Failed to save feature</source>
        <translation>地物の保存に失敗しました</translation>
    </message>
    <message>
        <source>Digitizing toggle</source>
        <translation>編集の切り替え</translation>
    </message>
    <message>
        <source>Switch between browse and digitize modes. Browse mode focuses on delivering the best experience viewing the map and its features, while digitize mode enables you to create features and edit geometries.</source>
        <translation>閲覧モードと編集モードを切り替えます。閲覧モードでは、マップとその地物を最適に表示することに重点が置かれており、編集モードでは、地物の作成やジオメトリの編集が可能です。</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>計測</translation>
    </message>
    <message>
        <source>Toggle the measurement tool to calculate distances and areas on the map.</source>
        <translation>測定ツールに切り替えて、地図上の距離と面積を計算します。</translation>
    </message>
    <message>
        <source>Export the map canvas to PDF using configured project print and atlas layouts.</source>
        <translation>構成されたプロジェクトの印刷とアトラスのレイアウトを使用して、地図キャンバスを PDF に出力します。</translation>
    </message>
    <message>
        <source>QFieldCloud</source>
        <translation>QFieldCloud</translation>
    </message>
    <message>
        <source>Push changes, synchronize or revert changes to and from QFieldCloud when a cloud project is opened.</source>
        <translation>クラウドプロジェクトを開いたときに、QFieldCloudとの間で変更をプッシュしたり、同期したり、元に戻したりします。</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>プロジェクトフォルダ</translation>
    </message>
    <message>
        <source>Open the project folder to access project files, data sources, and related documents. Useful for managing project resources, manually uploading data to QFieldCloud, and sharing datasets, attachments, and layouts.</source>
        <translation>プロジェクトフォルダを開くと、プロジェクトファイル、データソース、関連ドキュメントにアクセスできます。プロジェクトリソースの管理、QFieldCloudへのデータの手動アップロード、データセット、添付ファイル、レイアウトの共有に役立ちます。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>The legend shows map layers and allows you to toggle visibility and opacity properties by &lt;b&gt;long-pressing on a layer to open a properties popup&lt;/b&gt;. The popup offers additional functionalities such as zooming to layer extent and displaying features contained within vector layers.</source>
        <translation>凡例には地図レイヤーが表示され、&lt;b&gt;レイヤーを長押ししてプロパティポップアップを開く&lt;/b&gt;ことで、表示設定と不透明度のプロパティを切り替えることができます。このポップアップでは、レイヤー範囲へのズームやベクターレイヤーに含まれる地物の表示といった追加機能も利用できます。</translation>
    </message>
    <message>
        <source>Copy Feature</source>
        <translation>地物をコピー</translation>
    </message>
    <message>
        <source>Cut Feature</source>
        <translation>地物を切り取り</translation>
    </message>
    <message>
        <source>Feature pasted successfully</source>
        <translation>地物の貼り付けに成功しました</translation>
    </message>
    <message>
        <source>Failed to paste feature into layer</source>
        <translation>地物をレイヤーに貼り付けるのに失敗しました</translation>
    </message>
    <message>
        <source>Paste Into Layer</source>
        <translation>レイヤーに貼り付ける</translation>
    </message>
</context>
<context>
    <name>relation_editor</name>
    <message>
        <source>Ensure contraints</source>
        <translation type="vanished">制約を確認する</translation>
    </message>
    <message>
        <source>Adding child feature in layer %1</source>
        <translation type="vanished">レイヤー %1 に子地物を追加します</translation>
    </message>
    <message>
        <source>Cannot add child feature: parent primary keys are not available</source>
        <translation type="vanished">子地物を追加できません。親の主キーが有効ではありません。</translation>
    </message>
    <message>
        <source>Unlink feature %1 (%2) of %3</source>
        <translation type="vanished">％3の地物 ％1（％2）のリンクを解除します</translation>
    </message>
    <message>
        <source>Delete feature %1 (%2) on %3</source>
        <translation type="vanished">％3の地物 ％1（％2）を削除します</translation>
    </message>
    <message>
        <source>Should the feature &lt;b&gt;%1 (%2)&lt;/b&gt; of layer &lt;b&gt;%3&lt;/b&gt; be unlinked?&lt;br&gt;&lt;i&gt;(The connection will be deleted on layer &lt;b&gt;%4&lt;/b&gt;)&lt;/i&gt;</source>
        <translation type="vanished">レイヤー &lt;b&gt;%3&lt;/b&gt; の地物 &lt;b&gt;%1 (%2)&lt;/b&gt;のリンクを解除しますか?&lt;br&gt;&lt;i&gt;(レイヤー &lt;b&gt;%4&lt;/b&gt;のコネクションは削除されます)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Should the feature &lt;b&gt;%1 (%2)&lt;/b&gt; on layer &lt;b&gt;%3&lt;/b&gt; be deleted?</source>
        <translation type="vanished">レイヤー &lt;b&gt;%3&lt;/b&gt; の地物&lt;b&gt;%1 (%2)&lt;/b&gt;を削除しますか？</translation>
    </message>
    <message>
        <source>Failed to delete referencing feature</source>
        <translation type="vanished">参照している地物を削除できませんでした</translation>
    </message>
</context>
</TS>