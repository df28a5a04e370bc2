<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>About</name>
    <message>
        <location filename="../q4wine-gui/uis/About.ui" line="+20"/>
        <location filename="../q4wine-gui/about.cpp" line="+39"/>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>About</source>
        <translation>このソフトウェアについて</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Utility for Wine applications and prefixes management.</source>
        <translation>Wine 上のアプリケーションと実行環境を管理するユーティリティです。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Translation authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="vanished">作者</translation>
    </message>
    <message>
        <source>Packages Authors</source>
        <translation type="vanished">パッケージの作者</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Translation</source>
        <translation>翻訳者</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation type="vanished">謝辞</translation>
    </message>
    <message>
        <source>Special Thanks</source>
        <translation type="vanished">特別謝辞</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+18"/>
        <source>License agreement</source>
        <translation>ライセンスの同意</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AppDBHeaderWidget</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="vanished">ページ %1 / %2</translation>
    </message>
</context>
<context>
    <name>AppDBWidget</name>
    <message>
        <source>Status: Ready</source>
        <translation type="vanished">状態: 準備完了</translation>
    </message>
    <message>
        <source>Status: Connecting to %1</source>
        <translation type="vanished">状態: %1 に接続しています</translation>
    </message>
    <message>
        <source>Subcategories</source>
        <translation type="vanished">サブ カテゴリ</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="vanished">アプリケーション</translation>
    </message>
    <message>
        <source>Error: cannot read data from %1.</source>
        <translation type="vanished">エラー: %1 からデータを読み込めません。</translation>
    </message>
    <message>
        <source>Error: wrong or broken XML data. Try again later.</source>
        <translation type="vanished">エラー: XML データが間違っているか破損しています。また後で試してください。</translation>
    </message>
    <message>
        <source>Error: wrong or broken AppDB XML version. This might be caused by an outdated application version.</source>
        <translation type="vanished">エラー: AppDB XML のバージョンが不正です。これはアプリケーションのバージョンが古い場合に起こります。</translation>
    </message>
    <message>
        <source>Error: XML parse error.</source>
        <translation type="vanished">エラー: XML の構文解析エラーです。</translation>
    </message>
    <message>
        <source>Error: unexpected error.</source>
        <translation type="vanished">エラー: 予期しないエラーです。</translation>
    </message>
    <message>
        <source>Search: No matches found.</source>
        <translation type="vanished">検索: 一致した結果が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Open AppDB</source>
        <translation type="vanished">AppDB を開く</translation>
    </message>
    <message>
        <source>Open Wine AppDB web site</source>
        <translation type="vanished">Wine 公式の AppDB の Web サイトを開く</translation>
    </message>
    <message>
        <source>Open App page</source>
        <translation type="vanished">アプリケーションのページを開く</translation>
    </message>
    <message>
        <source>Open current application page at Wine AppDB web site</source>
        <translation type="vanished">Wine 公式の AppDB の Web サイトで現在のアプリケーションのページを開く</translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation type="vanished">結果をクリア</translation>
    </message>
    <message>
        <source>Clear search field</source>
        <translation type="vanished">検索フィールドをクリア</translation>
    </message>
    <message>
        <source>Search in AppDB</source>
        <translation type="vanished">AppDB で検索</translation>
    </message>
    <message>
        <source>Search in Wine AppDB</source>
        <translation type="vanished">Wine AppDBで検索</translation>
    </message>
    <message>
        <source>AppDB categories list</source>
        <translation type="vanished">AppDB カテゴリ一覧</translation>
    </message>
    <message>
        <source>View Wine AppDB categories list</source>
        <translation type="vanished">Wine AppDB のカテゴリ一覧を表示</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="vanished">エラー: %1</translation>
    </message>
    <message>
        <source>Status: Sending request to the server.</source>
        <translation type="vanished">状態: サーバに要求を送信しています。</translation>
    </message>
    <message>
        <source>Status: Reading server&apos;s response.</source>
        <translation type="vanished">状態: サーバの応答を読み込んでいます。</translation>
    </message>
    <message>
        <source>Status: Closing down connection.</source>
        <translation type="vanished">状態: 接続を切断しています。</translation>
    </message>
    <message>
        <source>Status: Not connected.</source>
        <translation type="vanished">状態: 接続されていません。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../q4wine-gui/uis/AppSettings.ui" line="+17"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="+56"/>
        <source>%1 settings</source>
        <translation>%1 設定</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+2986"/>
        <location line="+5"/>
        <location line="+4"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="+267"/>
        <location line="+19"/>
        <location line="+450"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="-2977"/>
        <source>Wine settings</source>
        <translation>Wine の設定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You can call it via Tools menu or via shortcut Ctrl+M</source>
        <translation>&quot;ツール&quot; メニューまたはショートカット Ctrl+M で呼び出すことができます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wine Version Manager</source>
        <translation>Wine バージョン マネージャ</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Tray Icon</source>
        <translation>トレイ アイコン</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use tray icon.</source>
        <translation>トレイ アイコンを使用する</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Minimize to tray at startup.</source>
        <translation>トレイに最小化した状態で開始する</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Minimize to tray at application startup.</source>
        <translation>アプリケーションの起動時にトレイに最小化する</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show tray icon notifications.</source>
        <translation>トレイ アイコンの通知を表示する</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2753"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-447"/>
        <location line="+449"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="-2735"/>
        <source>System utils</source>
        <translation>システム ユーティリティ</translation>
    </message>
    <message>
        <location line="+563"/>
        <location line="+2177"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-446"/>
        <location line="+448"/>
        <source>Utils</source>
        <translation>ユーティリティ</translation>
    </message>
    <message>
        <location line="-2159"/>
        <source>Console</source>
        <translation>端末</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Bin:</source>
        <translation>実行ファイル:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Args:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <location line="+190"/>
        <location line="+1863"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-445"/>
        <location line="+447"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="-1845"/>
        <source>Proxy settings</source>
        <translation>プロキシ設定</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Proxy type:</source>
        <translation>プロキシの種類:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-354"/>
        <location line="+104"/>
        <location line="+98"/>
        <source>No Proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Username:</source>
        <translation>ユーザ名:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+1547"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-292"/>
        <location line="+446"/>
        <source>Quick Mount</source>
        <translation>クイック マウント</translation>
    </message>
    <message>
        <location line="-1529"/>
        <source>Select Quick Mount Profile</source>
        <translation>クイック マウントのプロファイルを選択</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Profile Strings:</source>
        <translation>プロファイル文字列:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Mount:</source>
        <translation>マウント:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Mount image:</source>
        <translation>イメージのマウント:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Umount:</source>
        <translation>マウント解除:</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+18"/>
        <location line="+1273"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-440"/>
        <location line="+444"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="-1228"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-661"/>
        <location line="+460"/>
        <source>System Default</source>
        <translation>システムの既定値</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/appsettings.cpp" line="-240"/>
        <location line="+443"/>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/AppSettings.ui" line="+54"/>
        <location line="+1170"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-437"/>
        <location line="+441"/>
        <source>Logging</source>
        <translation>ロギング</translation>
    </message>
    <message>
        <location line="-1152"/>
        <source>Logging subsystem:</source>
        <translation>ロギング サブシステム:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Clear logs at startup.</source>
        <translation>起動時にログをクリアする</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note: Since SQLite was not designed to handle large amount of data, activating this can have a negative impact on the performance of Q4Wine. Use it with care.</source>
        <translation>メモ: SQLite は大量のデータを扱うように設計されていないため、チェックを外すと Q4Wine のパフォーマンスが大きく低下する可能性があります。注意して使用してください。</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+1035"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-432"/>
        <location line="+438"/>
        <source>Desktop Menu</source>
        <translation>デスクトップ メニュー</translation>
    </message>
    <message>
        <location line="-1029"/>
        <source>Desktop menu plugin</source>
        <translation>デスクトップ メニュー プラグイン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable automatic generation of desktop menu </source>
        <translation>デスクトップ メニューの自動生成を有効にする</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &apos;system&apos; folder</source>
        <translation>&apos;system&apos; フォルダをエクスポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regenerate desktop menu</source>
        <translation>デスクトップ メニューを再生成する</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove desktop menu entries</source>
        <translation>デスクトップ メニュー項目を削除する</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+958"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-432"/>
        <location line="+436"/>
        <source>Defaults</source>
        <translation>既定の項目</translation>
    </message>
    <message>
        <location line="-952"/>
        <source>Default virtual desktop</source>
        <translation>既定の仮想デスクトップ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Default virtual desktop size will be used for &quot;Icon creation&quot; and &quot;Run&quot; dialogs.</source>
        <translation>既定の仮想デスクトップサイズは &quot;アイコンの作成&quot; と &quot;実行&quot; のダイアログで用いられます。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-135"/>
        <source>No virtual desktop</source>
        <translation>仮想デスクトップなし</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Program icons</source>
        <translation>プログラム アイコン</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use single-click to run program icons.</source>
        <translation>プログラム アイコンをシングル クリックで実行する</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide program arguments in the icon info display.</source>
        <translation>アイコン情報表示でプログラムの引数を隠す</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File dialogs</source>
        <translation>ファイル ダイアログ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use the native file dialogs.</source>
        <translation>ネイティブのファイル ダイアログを使用する</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Default directory for new wine prefixes</source>
        <translation>新しく実行環境を作成する際の既定のディレクトリ</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+559"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-298"/>
        <location line="+435"/>
        <source>Desktop Integration</source>
        <translation>デスクトップ統合</translation>
    </message>
    <message>
        <location line="-553"/>
        <source>Default Wine Desktop Paths for new prefixes.</source>
        <translation>新しい実行環境の既定のデスクトップ パスを指定します。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Desktop:</source>
        <translation>デスクトップ:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>My Documents:</source>
        <translation>マイ ドキュメント:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>My Pictures:</source>
        <translation>マイ ピクチャ:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>My Music:</source>
        <translation>マイ ミュージック:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>My Videos:</source>
        <translation>マイ ビデオ:</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+258"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-432"/>
        <location line="+434"/>
        <source>Run dialog</source>
        <translation>実行ダイアログ</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Run recent program</source>
        <translation>最近実行したプログラムの実行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open Run dialog.</source>
        <translation>実行ダイアログを開く</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+18"/>
        <location line="+176"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-431"/>
        <location line="+433"/>
        <source>Wine desktop import</source>
        <translation>Wine デスクトップ インポート</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Import Wine desktop files at Q4Wine startup.</source>
        <translation>Wine の desktop ファイルを Q4Wine の開始時にインポートする</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove processed wine desktop files.</source>
        <translation>処理済みの Wine の desktop ファイルを削除する</translation>
    </message>
    <message>
        <location line="+91"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-469"/>
        <location line="+445"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-436"/>
        <location line="+442"/>
        <source>Subsystems</source>
        <translation>サブシステム</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-433"/>
        <location line="+439"/>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-433"/>
        <location line="+437"/>
        <source>Advanced</source>
        <translation>高度な設定</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/appsettings.cpp" line="-600"/>
        <source>generic</source>
        <translation>generic</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+4"/>
        <location line="+137"/>
        <location line="+65"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Sorry, specify proxy host.</source>
        <translation>プロキシのホストを指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorry, specify proxy port.</source>
        <translation>プロキシのポートを指定してください。</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Invalid virtual desktop size.</source>
        <translation>仮想デスクトップのサイズが無効です。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Sorry, specify %1 directory.</source>
        <translation>%1 のディレクトリを指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorry, specify %1 binary.</source>
        <translation>%1 のバイナリを指定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sorry, specified %1 directory does not exist.</source>
        <translation>指定された %1 のディレクトリは存在しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorry, specified %1 binary does not exist.</source>
        <translation>指定された %1 のバイナリは存在しません。</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/AppSettings.ui" line="-3080"/>
        <source>App Icon</source>
        <translation>Q4Wine のアイコン</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>App Icon:</source>
        <translation>Q4Wine のアイコン:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-661"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-4"/>
        <location line="+464"/>
        <source>Ambient Light</source>
        <translation>アンビエント ライト (Ambient Light)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-462"/>
        <location line="+464"/>
        <source>Ambient Dark</source>
        <translation>アンビエント ダーク (Ambient Dark)</translation>
    </message>
    <message>
        <location line="+1814"/>
        <location line="+1093"/>
        <location filename="../q4wine-gui/appsettings.cpp" line="-201"/>
        <location line="+440"/>
        <source>AppDB browser</source>
        <translation>AppDB ブラウザ</translation>
    </message>
    <message>
        <location line="-1075"/>
        <source>AppDB browser subsystem:</source>
        <translation>AppDB ブラウザ サブシステム:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open application details in system browser</source>
        <translation>システム ブラウザでアプリケーションの詳細を開く</translation>
    </message>
    <message>
        <location line="+1138"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>DataBase</name>
    <message>
        <location filename="../core/database/db.cpp" line="+73"/>
        <source>No database loaded. Aborting...</source>
        <translation>データベースが読み込まれませんでした。処理を中止します...</translation>
    </message>
</context>
<context>
    <name>FakeDriveSettings</name>
    <message>
        <location filename="../q4wine-gui/uis/FakeDriveSettings.ui" line="+14"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="+62"/>
        <source>Fake drive settings</source>
        <translation>仮想ドライブ設定</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/FakeDriveSettings.ui" line="+52"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+131"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="+14"/>
        <location line="+29"/>
        <location line="+932"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+477"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-929"/>
        <location line="+931"/>
        <source>Color Theme</source>
        <translation>色テーマ</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+559"/>
        <location line="+31"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-928"/>
        <location line="+930"/>
        <source>Wine Browsers</source>
        <translation>Wine ブラウザ</translation>
    </message>
    <message>
        <location line="-579"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-911"/>
        <location line="+924"/>
        <source>File System</source>
        <translation>ファイル システム</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2797"/>
        <location line="+21"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-921"/>
        <location line="+923"/>
        <source>Wine Drives</source>
        <translation>Wine ドライブ</translation>
    </message>
    <message>
        <location line="-2813"/>
        <location line="+2911"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-920"/>
        <location line="+922"/>
        <source>Desktop Paths</source>
        <translation>デスクトップ パス</translation>
    </message>
    <message>
        <location line="-2905"/>
        <location line="+4"/>
        <location line="+832"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-941"/>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+918"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>&amp;Reset to default</source>
        <translation>既定値に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use current Qt colors</source>
        <translation type="vanished">現在の Qt の色を使用(&amp;U)</translation>
    </message>
    <message>
        <location line="+733"/>
        <location line="+2011"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="+18"/>
        <source>Direct3D</source>
        <translation>Direct3D</translation>
    </message>
    <message>
        <location line="-1538"/>
        <location line="+21"/>
        <source>OpenGL</source>
        <translation>OpenGL</translation>
    </message>
    <message>
        <location line="-1710"/>
        <location line="+15"/>
        <location line="+1740"/>
        <location line="+31"/>
        <location line="+1681"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-944"/>
        <location line="+31"/>
        <location line="+894"/>
        <location line="+22"/>
        <source>X11 Driver</source>
        <translation>X11 ドライバ</translation>
    </message>
    <message>
        <location line="-3507"/>
        <location line="+714"/>
        <location line="+18"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-959"/>
        <location line="+929"/>
        <source>Scripts</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <location line="-686"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-892"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+910"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-935"/>
        <location line="+921"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2093"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-918"/>
        <location line="+920"/>
        <source>Sound Driver</source>
        <translation>サウンド ドライバ</translation>
    </message>
    <message>
        <location line="-2088"/>
        <location line="+2245"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-917"/>
        <location line="+919"/>
        <source>ALSA Driver</source>
        <translation>ALSA ドライバ</translation>
    </message>
    <message>
        <location line="-2240"/>
        <location line="+2598"/>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-916"/>
        <location line="+918"/>
        <source>Misc Audio</source>
        <translation>その他オーディオ設定</translation>
    </message>
    <message>
        <location line="-2536"/>
        <source>General Settings</source>
        <translation>全般設定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please enter user registration information:</source>
        <translation>ユーザ登録情報を入力してください:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Owner:</source>
        <translation>所有者:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fake Drive Version:</source>
        <translation>仮想ドライブの OS バージョン:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Misc:</source>
        <translation>雑多な設定:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disable graphical crash dialog</source>
        <translation>グラフィカルなクラッシュ ダイアログを無効にする</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Wine Colors Theme</source>
        <translation>Wine の色テーマ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To change the color theme in Wine dialogs, select one of the following options:</source>
        <translation>Wine のダイアログにおける色テーマを変更するには、以下の選択肢から一つを選択します:</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="vanished">既定の色に戻す</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+303"/>
        <location line="+399"/>
        <location line="+539"/>
        <location line="+520"/>
        <location line="+358"/>
        <location line="+594"/>
        <location line="+240"/>
        <source>Note: Leave empty for default</source>
        <translation>メモ: 入力欄を空にすると既定の設定が使用されます</translation>
    </message>
    <message>
        <location line="-2895"/>
        <source>Browsers:</source>
        <translation>ブラウザ:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Mailers:</source>
        <translation>メール ソフト:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Post run script will be executed after the Prefix update. Wine environment settings will be exported as well.</source>
        <translation>実行後スクリプトは実行環境の更新後に実行されます。Wine の環境設定は同様にエクスポートされます。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Post run:</source>
        <translation>実行後:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Video Card Settings</source>
        <translation>ビデオ カードの設定</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Memory (MB):</source>
        <translation>メモリ (MB):</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+1207"/>
        <source>Driver:</source>
        <translation>ドライバ:</translation>
    </message>
    <message>
        <location line="-1125"/>
        <source>Shaders</source>
        <translation>シェーダ</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Direct3D settings</source>
        <translation>Direct3D の設定</translation>
    </message>
    <message>
        <location line="+481"/>
        <source>Disabled extensions:</source>
        <translation>無効化する拡張:</translation>
    </message>
    <message>
        <location line="+408"/>
        <source>Note: Q4Wine does not check if the selected driver is available in the current Wine build. Use this option with care.</source>
        <translation>メモ: Q4Wine は選択されたドライバが現在の Wine のビルドで利用可能かどうかをチェックしません。この設定項目は注意して使用してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current Sound Driver</source>
        <translation>現在のサウンド ドライバ</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Alsa driver settings</source>
        <translation>ALSA ドライバの設定</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>Misc Options:</source>
        <translation>雑多な設定:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DirectSound workaround for bug #9612</source>
        <translation>バグ #9612 用の DirectSound の回避策</translation>
    </message>
    <message>
        <location line="+167"/>
        <location line="+580"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="-567"/>
        <location line="+574"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location line="-561"/>
        <location line="+568"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="-536"/>
        <source>Wine Desktop Paths:</source>
        <translation>Wine のデスクトップ パス:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Desktop:</source>
        <translation>デスクトップ:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>My Documents:</source>
        <translation>マイ ドキュメント:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>My Pictures:</source>
        <translation>マイ ピクチャ:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>My Music:</source>
        <translation>マイ ミュージック:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>My Videos:</source>
        <translation>マイ ビデオ:</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Mouse</source>
        <translation>マウス</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Joystick Axes Mapping:</source>
        <translation>ジョイスティックの軸割り当て:</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/fakedrivesettings.cpp" line="-868"/>
        <location line="+92"/>
        <location line="+27"/>
        <location line="+18"/>
        <location line="+16"/>
        <location line="+12"/>
        <location line="+18"/>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+720"/>
        <location line="+40"/>
        <location line="+462"/>
        <location line="+9"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-1509"/>
        <source>Error in string:

%1

Joystick axes mappings might be defined as:
&quot;Joystick name&quot;=&quot;axes mapping&quot;

For example:
&quot;Logitech Logitech Dual Action&quot;=&quot;X,Y,Rz,Slider1,POV1&quot;

See help for details.</source>
        <translation>文字列の中にエラーが存在します:

%1

ジョイスティックの軸割り当ては下のような形で定義されます:
&quot;ジョイスティック名&quot;=&quot;軸の割り当て&quot;

例:
&quot;Logitech Logitech Dual Action&quot;=&quot;X,Y,Rz,Slider1,POV1&quot;

詳しくはヘルプを参照してください。</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+947"/>
        <source>Cannot read desktop paths!</source>
        <translation>デスクトップ パスが読み込めません!</translation>
    </message>
    <message>
        <location line="-919"/>
        <source>Cannot remove symlink: %1</source>
        <translation>シンボリック リンクが削除できません: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+46"/>
        <location line="+24"/>
        <location line="+24"/>
        <location line="+24"/>
        <location line="+24"/>
        <source>Cannot symlink &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; から &quot;%2&quot; へのシンボリック リンクの作成に失敗しました</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+1348"/>
        <location line="+9"/>
        <source>Cannot create dir: %1</source>
        <translation>ディレクトリを作成できません: %1</translation>
    </message>
    <message>
        <location line="-1345"/>
        <location line="+33"/>
        <location line="+24"/>
        <location line="+24"/>
        <location line="+24"/>
        <source>Cannot remove dir: %1</source>
        <translation>ディレクトリを削除できません: %1</translation>
    </message>
    <message>
        <location line="+643"/>
        <location line="+14"/>
        <source>Joystick Axes Mappings</source>
        <translation>ジョイスティックの軸割り当て</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Joystick axes mappings might be defined as:
&quot;Joystick name&quot;=&quot;axes mapping&quot;

For example:
&quot;Logitech Logitech Dual Action&quot;=&quot;X,Y,Rz,Slider1,POV1&quot;

See help for details.</source>
        <translation>ジョイスティックの軸割り当ては下のような形で定義されます:
&quot;ジョイスティック名&quot;=&quot;軸の割り当て&quot;

例:
&quot;Logitech Logitech Dual Action&quot;=&quot;X,Y,Rz,Slider1,POV1&quot;

詳しくはヘルプを参照してください。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sorry, You cannot delete or modify wine C: drive.&lt;br&gt;But You can change it in prefix settings dialog.</source>
        <translation>C: ドライブは削除や変更ができません。&lt;br&gt;しかし、実行環境の設定ダイアログにて変更することは可能です。</translation>
    </message>
    <message>
        <location line="+554"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/FakeDriveSettings.ui" line="-3175"/>
        <source>Use e&amp;xisting color theme</source>
        <translation>既存の色テーマを使用(&amp;X)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use current &amp;Qt colors</source>
        <translation>現在の Qt の配色を使用する(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3131"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>HttpCore</name>
    <message>
        <source>Download failed: %1.</source>
        <translation type="vanished">ダウンロードに失敗しました: %1。</translation>
    </message>
</context>
<context>
    <name>IconListToolbar</name>
    <message>
        <location filename="../q4wine-gui/widgets/iconlisttoolbar.cpp" line="+79"/>
        <location line="+1"/>
        <source>Clear search field</source>
        <translation>検索フィールドをクリア</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+54"/>
        <location line="+1"/>
        <source>Icons view mode</source>
        <translation>アイコン表示モード</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+1"/>
        <location line="+56"/>
        <location line="+1"/>
        <source>Details view mode</source>
        <translation>詳細表示モード</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+56"/>
        <location line="+1"/>
        <source>Alphabetic sort descending</source>
        <translation>アルファベットの降順で並び替え</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <location line="+47"/>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Alphabetic sort ascending</source>
        <translation>アルファベットの昇順で並び替え</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+1"/>
        <location line="+60"/>
        <location line="+1"/>
        <source>Sort descending by create order</source>
        <translation>作成順の降順で並び替え</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+1"/>
        <source>Sort ascending by create order</source>
        <translation>作成順の昇順で並び替え</translation>
    </message>
</context>
<context>
    <name>IconListWidget</name>
    <message>
        <location filename="../q4wine-gui/widgets/iconlistwidget.cpp" line="+230"/>
        <location line="+610"/>
        <location line="+146"/>
        <source>Sorry. It seems that the icon already exists.</source>
        <translation>アイコンは既に存在しているようです。</translation>
    </message>
    <message>
        <location line="-755"/>
        <source>Sorry. It seems that icon already exists.&lt;br&gt;Please choose another name or cancel the operation.</source>
        <translation>アイコンは既に存在しているようです。&lt;br&gt;別の名前を選択するか、操作をキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+981"/>
        <location line="+17"/>
        <source>%1 successfully mounted.</source>
        <translation>%1 は正常にマウントされました。</translation>
    </message>
    <message>
        <location line="-995"/>
        <location line="+997"/>
        <source>Failed to mount %1.</source>
        <translation>%1 のマウントに失敗しました。</translation>
    </message>
    <message>
        <location line="-963"/>
        <source>Preparing to run the Wine binary...</source>
        <translation>Wine のバイナリを実行する準備を行っています...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trying to run &quot;%1&quot;...</source>
        <translation>&quot;%1&quot; の実行を試しています...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; failed to start.</source>
        <translation>&quot;%1&quot; の開始に失敗しました。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Mount ISO...</source>
        <translation>ISO イメージをマウント...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No mount point set in prefix configuration.</source>
        <translation>実行環境の設定でマウント ポイントが指定されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mount [%1]</source>
        <translation>マウント [%1]</translation>
    </message>
    <message>
        <source>Mount media drive.</source>
        <translation type="obsolete">メディア ドライブをマウントします。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+775"/>
        <source>[none]</source>
        <translation>[なし]</translation>
    </message>
    <message>
        <location line="-774"/>
        <source>No media drives detected.</source>
        <translation>メディア ドライブが検出されませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mount media image.</source>
        <translation>メディア イメージをマウントします。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mount...</source>
        <translation>マウント...</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+200"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+755"/>
        <source>Browse for media image.</source>
        <translation>メディア イメージの場所を参照します。</translation>
    </message>
    <message>
        <location line="-734"/>
        <source>Unmount [%1]</source>
        <translation>マウント解除 [%1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmount media.</source>
        <translation>メディアをマウント解除します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run current icon</source>
        <translation>現在のアイコンを実行します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Options</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modify current icon options</source>
        <translation>現在のアイコンの設定を変更します</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+184"/>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+184"/>
        <source>Cut selected icons to buffer</source>
        <translation>選択されたアイコンをバッファに切り取ります</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+185"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Copy selected icons to buffer</source>
        <translation>選択されたアイコンをバッファにコピーします</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+186"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+186"/>
        <source>Paste selected icons from buffer to selected folder</source>
        <translation>バッファの選択されたアイコンを選択されたフォルダに貼り付けます</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename current icon</source>
        <translation>現在のアイコンの名前を変更します</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+181"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+181"/>
        <source>Delete current icon</source>
        <translation>現在のアイコンを削除します</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+185"/>
        <source>Browser</source>
        <translation>ブラウザ</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+29"/>
        <source>Open application directory</source>
        <translation>アプリケーションのディレクトリを開く</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Open application directory in system file browser</source>
        <translation>アプリケーションのディレクトリをシステムのファイル ブラウザで開きます</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <location line="+148"/>
        <location line="+20"/>
        <source>Open prefix directory</source>
        <translation>実行環境のディレクトリを開く</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+176"/>
        <source>Open prefix directory in system file browser</source>
        <translation>実行環境のディレクトリをシステムのファイル ブラウザで開きます</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+28"/>
        <location line="+148"/>
        <location line="+20"/>
        <source>Open mount point directory</source>
        <translation>マウント ポイントのディレクトリを開く</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+176"/>
        <source>Open mount point directory in system file browser</source>
        <translation>マウント ポイントのディレクトリをシステムのファイル ブラウザで開きます</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+176"/>
        <source>Wine Browser</source>
        <translation>Wine ブラウザ</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Open application directory in wine file browser</source>
        <translation>アプリケーションのディレクトリを Wine のファイル ブラウザで開きます</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+168"/>
        <source>Open prefix directory in wine file browser</source>
        <translation>実行環境のディレクトリを Wine のファイル ブラウザで開きます</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+168"/>
        <source>Open mount point directory in wine file browser</source>
        <translation>マウント ポイントのディレクトリを Wine のファイル ブラウザで開きます</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+168"/>
        <source>Console</source>
        <translation>端末</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Open console in application directory</source>
        <translation>アプリケーションのディレクトリで端末を開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open system console in application directory</source>
        <translation>アプリケーションのディレクトリでシステムの端末を開きます</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+161"/>
        <source>Open console in prefix directory</source>
        <translation>実行環境のディレクトリで端末を開く</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+161"/>
        <source>Open system console in prefix directory</source>
        <translation>実行環境のディレクトリでシステムの端末を開きます</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+161"/>
        <source>Open console in mount point directory</source>
        <translation>マウント ポイントのディレクトリで端末を開く</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+161"/>
        <source>Open system console in mount point directory</source>
        <translation>マウント ポイントのディレクトリでシステムの端末を開きます</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Copy to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory path</source>
        <translation>ディレクトリのパス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy application directory path to system&apos;s clipboard</source>
        <translation>アプリケーションのディレクトリのパスをシステムのクリップボードにコピーします</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application path</source>
        <translation>アプリケーションのパス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy full application path to system&apos;s clipboard</source>
        <translation>アプリケーションのフル パスをシステムのクリップボードにコピーします</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>q4wine-cli cmd</source>
        <translation>q4wine-cli コマンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy q4wine-cli command for current application</source>
        <translation>現在のアプリケーションを実行するための q4wine-cli コマンドをコピーします</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run...</source>
        <translation>実行...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New icon</source>
        <translation>新しいアイコン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new icon</source>
        <translation>新しいアイコンを作成します</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Enter new icon name</source>
        <translation>新しいアイコンの名前を入力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Icon name:</source>
        <translation>アイコン名:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+146"/>
        <source>Sorry. It seems that the icon already exists.&lt;br&gt;Please choose another name or cancel the operation.</source>
        <translation>アイコンは既に存在しているようです。&lt;br&gt;別の名前を指定するか、操作をキャンセルしてください。</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Delete Icon</source>
        <translation>アイコンを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you wish to delete all of the selected icons?</source>
        <translation>選択されたすべてのアイコンを削除しますか?</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No device drive specified in prefix settings.</source>
        <translation>実行環境の設定でデバイス ドライブが指定されていません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disc image files (*.iso *.ISO *.nrg *.NRG *.img *.IMG *.bin *.BIN *.mdf *.MDF);;All files (*)</source>
        <translation>ディスク イメージ ファイル (*.iso *.ISO *.nrg *.NRG *.img *.IMG *.bin *.BIN *.mdf *.MDF);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISO image files (*.iso *.ISO);;All files (*)</source>
        <translation>ISO イメージ ファイル (*.iso *.ISO);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Disc image files (*.iso *.nrg *.img *.bin *.mdf)</source>
        <translation type="obsolete">ディスク イメージ ファイル (*.iso *.nrg *.img *.bin *.mdf)</translation>
    </message>
    <message>
        <source>ISO image files (*.iso)</source>
        <translation type="obsolete">ISO イメージ ファイル (*.iso)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Disc Image Files</source>
        <translation>ディスク イメージ ファイルを開く</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fail to mount %1.</source>
        <translation>%1 のマウントに失敗しました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Drive successfully unmounted.</source>
        <translation>ドライブは正常にマウント解除されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed to unmount drive.</source>
        <translation>ドライブのマウント解除に失敗しました。</translation>
    </message>
    <message>
        <location line="-655"/>
        <source>Search in Wine AppDB</source>
        <translation>Wine AppDBで検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for application name in wine AppDB</source>
        <translation>Wine AppDBでアプリケーション名を検索します</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+499"/>
        <source>Browse for application</source>
        <translation>アプリケーションを参照</translation>
    </message>
</context>
<context>
    <name>IconSettings</name>
    <message>
        <location filename="../q4wine-gui/uis/IconSettings.ui" line="+17"/>
        <location filename="../q4wine-gui/iconsettings.cpp" line="+104"/>
        <source>Icon settings</source>
        <translation>アイコンの設定</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+18"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Program:</source>
        <translation>プログラム:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cmd Args:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Working dir:</source>
        <translation>作業ディレクトリ:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Icon Options</source>
        <translation>アイコンの設定</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Virtual Desktop</source>
        <translation>仮想デスクトップ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../q4wine-gui/iconsettings.cpp" line="+510"/>
        <source>No virtual desktop</source>
        <translation>仮想デスクトップなし</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Override DLL</source>
        <translation>DLL オーバーライド</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Present Wine DLLs</source>
        <translation>Wine に存在する DLL</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../q4wine-gui/iconsettings.cpp" line="-389"/>
        <location line="+12"/>
        <location line="+110"/>
        <location line="+251"/>
        <source>Native</source>
        <translation>ネイティブ版</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../q4wine-gui/iconsettings.cpp" line="-371"/>
        <location line="+11"/>
        <location line="+110"/>
        <location line="+252"/>
        <source>Built-in</source>
        <translation>内蔵版</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../q4wine-gui/iconsettings.cpp" line="-371"/>
        <location line="+10"/>
        <location line="+110"/>
        <location line="+252"/>
        <source>Native, Built-in</source>
        <translation>ネイティブ版、内蔵版</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../q4wine-gui/iconsettings.cpp" line="-370"/>
        <location line="+9"/>
        <location line="+110"/>
        <location line="+252"/>
        <source>Built-in, Native</source>
        <translation>内蔵版、ネイティブ版</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overridden DLLs</source>
        <translation>オーバーライドされた DLL</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>DLL Name</source>
        <translation>DLL 名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override Algorithm</source>
        <translation>オーバーライドの設定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Advanced</source>
        <translation>高度な設定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Debug Options</source>
        <translation>デバッグ設定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run With Output in Console</source>
        <translation>端末の出力を有効にして実行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: This option will disable Pre and Post run scripts.</source>
        <translation>メモ: この設定はプログラム実行前後に動作するスクリプトを無効化します。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nice Priority Level</source>
        <translation>Nice 値の優先度レベル</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Priority:</source>
        <translation>優先度:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Locale</source>
        <translation>ロケール</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+6"/>
        <source>Scripts</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Note: Pre and post run scripts will not be executed in case the &quot;Run With Output in Console&quot; option is enabled.</source>
        <translation>メモ: プログラム実行前後に動作するスクリプトは &quot;端末の出力を有効にして実行&quot; の設定が有効の場合には実行されません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pre run:</source>
        <translation>実行前:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Post run:</source>
        <translation>実行後:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/iconsettings.cpp" line="-516"/>
        <source>Adding new icon</source>
        <translation>新しいアイコンを追加</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+320"/>
        <location line="+26"/>
        <source>Open Exe file</source>
        <translation>EXE ファイルを開く</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Open image file</source>
        <translation>画像ファイルを開く</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Exe, MSI, BAT files (*.exe *.EXE *.msi *.MSI *.bat *.BAT);;Exe files (*.exe *.EXE);;MSI files (*.msi *.MSI);;BAT files (*.bat *.BAT);;All files (*)</source>
        <translation>EXE, MSI, BAT ファイル (*.exe *.EXE *.msi *.MSI *.bat *.BAT);;EXE ファイル (*.exe *.EXE);;MSI ファイル (*.msi *.MSI);;BAT ファイル (*.bat *.BAT);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Image files (*.png *.PNG *.jpg *.JPG *.gif *.GIF *.bmp *.BMP *.xpm *.XPM *.svg *.SVG *.svgz *.SVGZ)</source>
        <translation>画像ファイル (*.png *.PNG *.jpg *.JPG *.gif *.GIF *.bmp *.BMP *.xpm *.XPM *.svg *.SVG *.svgz *.SVGZ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image and Win32 binary files (*.png *.PNG *.jpg *.JPG *.gif *.GIF *.bmp *.BMP *.xpm *.XPM *.exe *.EXE *.dll *.DLL);;Image files (*.png *.PNG *.jpg *.JPG *.gif *.GIF *.bmp *.BMP *.xpm *.XPM *.svg *.SVG *.svgz *.SVGZ);;Win32 Executable (*.exe *.EXE);;Win32 Shared libraries (*.dll *.DLL);;Win32 Executable and Shared libraries (*.exe *.EXE *.dll *.DLL);;All files (*)</source>
        <translation>画像ファイル と Win32 バイナリ ファイル (*.png *.PNG *.jpg *.JPG *.gif *.GIF *.bmp *.BMP *.xpm *.XPM *.exe *.EXE *.dll *.DLL);;画像ファイル (*.png *.PNG *.jpg *.JPG *.gif *.GIF *.bmp *.BMP *.xpm *.XPM *.svg *.SVG *.svgz *.SVGZ);;Win32 実行形式 (*.exe *.EXE);;Win32 共有ライブラリ (*.dll *.DLL);;Win32 実行形式 と 共有ライブラリ (*.exe *.EXE *.dll *.DLL);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+27"/>
        <source>Extracting icon from binary file.&lt;br&gt;This can take a while...</source>
        <translation>バイナリ ファイルからアイコンを抽出しています。&lt;br&gt;これにはしばらくかかるかもしれません...</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Extracting icon</source>
        <translation>アイコンを抽出しています</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+36"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>No program selected.</source>
        <translation>プログラムが選択されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected working directory does not exist.</source>
        <translation>選択された作業ディレクトリは存在しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program name specified.</source>
        <translation>プログラム名が指定されていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Sorry, an icon named %1 already exists.</source>
        <translation>%1 という名前のアイコンは既に存在しているようです。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invalid virtual desktop size.</source>
        <translation>仮想デスクトップのサイズが無効です。</translation>
    </message>
    <message>
        <location line="-388"/>
        <location line="+8"/>
        <location line="+110"/>
        <location line="+248"/>
        <source>Disabled</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Exe, MSI, BAT files (*.exe *.msi *.bat);;Exe files (*.exe);;MSI files (*.msi);;BAT files (*.bat)</source>
        <translation type="obsolete">EXE, MSI, BAT ファイル (*.exe *.msi *.bat);;EXE ファイル (*.exe);;MSI ファイル (*.msi);;BAT ファイル (*.bat)</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+26"/>
        <source>Shell script (*.sh)</source>
        <translation>シェル スクリプト (*.sh)</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/IconSettings.ui" line="-27"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Image files (*.png *.jpg *.gif *.bmp *.xpm *.svg *.svgz)</source>
        <translation type="obsolete">画像ファイル (*.png *.jpg *.gif *.bmp *.xpm *.svg *.svgz)</translation>
    </message>
    <message>
        <source>Image and Win32 binary files (*.png *.jpg *.gif *.bmp *.xpm *.exe *.dll);;Image files (*.png *.jpg *.gif *.bmp *.xpm *.svg *.svgz);;Win32 Executable (*.exe);;Win32 Shared libraries (*.dll);;Win32 Executable and Shared libraries (*.exe *.dll)</source>
        <translation type="obsolete">画像ファイル と Win32 バイナリ ファイル (*.png *.jpg *.gif *.bmp *.xpm *.exe *.dll);;画像ファイル (*.png *.jpg *.gif *.bmp *.xpm *.svg *.svgz);;Win32 実行形式 (*.exe);;Win32 共有ライブラリ (*.dll);;Win32 実行形式 と 共有ライブラリ (*.exe *.dll)</translation>
    </message>
</context>
<context>
    <name>IconsView</name>
    <message>
        <location filename="../q4wine-gui/uis/IconsView.ui" line="+14"/>
        <source>Icons Export</source>
        <translation>アイコンのエクスポート</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Available Icons:</source>
        <translation>利用可能なアイコン:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export icons to default place</source>
        <translation>既定の場所にアイコンをエクスポート</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../q4wine-gui/iconsview.cpp" line="+111"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/iconsview.cpp" line="-7"/>
        <source>Sorry. It seems that the file already exists.&lt;br&gt;Replace existing file or rename current one?</source>
        <translation>ファイルは既に存在しているようです。&lt;br&gt;存在しているファイルを置き換えるか、もしくは現在のファイルの名前を変更しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting icon</source>
        <translation>アイコンをエクスポートしています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use existing</source>
        <translation>既存のファイルを使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sorry. It seems that the file already exists.</source>
        <translation>ファイルは既に存在しているようです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace existing file or rename current one?</source>
        <translation>存在しているファイルを置き換えるか、もしくは現在のファイルの名前を変更しますか?</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+32"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Sorry, file cannot be removed:&lt;br&gt;%1.</source>
        <translation>ファイルを削除できません:&lt;br&gt;%1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select file to save</source>
        <translation>保存するファイルを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png)</source>
        <translation>画像 (*.png)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sorry, file cannot be created:&lt;br&gt;%1.</source>
        <translation>ファイルを作成できませんでした:&lt;br&gt;%1。</translation>
    </message>
</context>
<context>
    <name>ImageManager</name>
    <message>
        <location filename="../q4wine-gui/uis/ImageManager.ui" line="+23"/>
        <source>Disc Image Manager</source>
        <translation>ディスク イメージ マネージャ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Disc Image Name</source>
        <translation>ディスク イメージ名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>File path:</source>
        <translation>ファイルのパス:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/imagemanager.cpp" line="+60"/>
        <source>File path: %1</source>
        <translation>ファイルのパス: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+17"/>
        <source>%1 Mb</source>
        <translation>%1 Mb</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add image</source>
        <translation>イメージを追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename image</source>
        <translation>イメージの名前を変更</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove image</source>
        <translation>イメージを削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh image list</source>
        <translation>イメージの一覧を再読み込み</translation>
    </message>
    <message>
        <source>Disc image files (*.iso *.nrg *.img *.bin *.mdf)</source>
        <translation type="obsolete">ディスク イメージ ファイル (*.iso *.nrg *.img *.bin *.mdf)</translation>
    </message>
    <message>
        <source>ISO image files (*.iso)</source>
        <translation type="obsolete">ISO イメージ ファイル (*.iso)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Disc image files (*.iso *.ISO *.nrg *.NRG *.img *.IMG *.bin *.BIN *.mdf *.MDF);;All files (*)</source>
        <translation>ディスク イメージ ファイル (*.iso *.ISO *.nrg *.NRG *.img *.IMG *.bin *.BIN *.mdf *.MDF);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISO image files (*.iso *.ISO);;All files (*)</source>
        <translation>ISO イメージ ファイル (*.iso *.ISO);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open ISO image file</source>
        <translation>ISO イメージ ファイルを開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+33"/>
        <source>Sorry. It seems that the CD image already exists.</source>
        <translation>CDイメージは既に存在しているようです。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Sorry. It seems that the CD image file already exists.&lt;br&gt;Please rename it, or cancel add image operation.</source>
        <translation>CDイメージは既に存在しているようです。&lt;br&gt;名前を変更するか、もしくはイメージの処理をキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter new name</source>
        <translation>新しい名前を入力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter new name:</source>
        <translation>新しい名前を入力:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sorry. CD image name cannot be empty.</source>
        <translation>CDイメージの名前を空にすることはできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry. CD image name cannot be empty.&lt;br&gt;Please enter new name, or cancel rename image operation.</source>
        <translation>CDイメージの名前を空にすることはできません。&lt;br&gt;新しい名前を入力するか、もしくはイメージの処理をキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sorry. It seems that the CD image file already exists.&lt;br&gt;Please rename it, or cancel rename image operation.</source>
        <translation>CDイメージは既に存在しているようです。&lt;br&gt;名前を変更するか、もしくはイメージの処理をキャンセルしてください。</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/ImageManager.ui" line="-20"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>LoggingWidget</name>
    <message>
        <location filename="../q4wine-gui/widgets/loggingwidget.cpp" line="+61"/>
        <source>Logging list</source>
        <translation>ログの一覧</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Clear logs</source>
        <translation>ログをクリア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear logs database</source>
        <translation>ログ データベースをクリア</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete log</source>
        <translation>ログを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete current log</source>
        <translation>現在のログを削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export log</source>
        <translation>ログをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export current log to file</source>
        <translation>現在のログをファイルに書き出す</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all log rows</source>
        <translation>ログのすべての行を選択</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy selected</source>
        <translation>選択範囲をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy selection into copy buffer</source>
        <translation>選択範囲をコピー バッファにコピー</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+221"/>
        <location line="+7"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+234"/>
        <source>Logging enabled</source>
        <translation>ロギングは有効です</translation>
    </message>
    <message>
        <location line="-233"/>
        <location line="+1"/>
        <location line="+233"/>
        <location line="+1"/>
        <source>Disable logging</source>
        <translation>ロギングを無効化</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+221"/>
        <source>Logging disabled</source>
        <translation>ロギングは無効です</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+1"/>
        <location line="+220"/>
        <location line="+1"/>
        <source>Enable logging</source>
        <translation>ロギングを有効化</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Exec string:</source>
        <translation>実行コマンド:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prerun Exec string:</source>
        <translation>実行前のコマンド:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postrun Exec string:</source>
        <translation>実行後のコマンド:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit code:</source>
        <translation>終了コード:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App STDOUT and STDERR output:</source>
        <translation>アプリケーションの標準出力と標準エラー出力:</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Select file to save</source>
        <translation>保存するファイルを指定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Files (*.log)</source>
        <translation>ログ ファイル (*.log)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../q4wine-gui/uis/MainWindow.ui" line="+38"/>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Processes</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Setup</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prefixes</source>
        <translation>実行環境</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Logging</source>
        <translation>ロギング</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Installation Wizard</source>
        <translation>インストール ウィザード</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extract images from PE files using icoutils.</source>
        <translation>icoutils を用いて PE ファイルから画像を取り出します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import Wine Desktop Files</source>
        <translation>Wine のデスクトップ ファイルをインポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Scan for Wine desktop files and import them into Q4Wine&apos;s icon view.</source>
        <translation>Wine の desktop ファイルをスキャンして Q4Wine のアイコン ビューにインポートします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="-461"/>
        <location filename="../q4wine-gui/mainwindow.cpp" line="+61"/>
        <source>%1 :. Qt GUI for Wine v%2</source>
        <translation>%1 :. Qt GUI for Wine v%2</translation>
    </message>
    <message>
        <source>Program: %1&lt;br&gt; Args: %2 </source>
        <translation type="vanished">プログラム: %1&lt;br&gt; 引数: %2 </translation>
    </message>
    <message>
        <location filename="../q4wine-gui/mainwindow.cpp" line="+257"/>
        <source>Program: %1</source>
        <translation>プログラム: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Args: %1</source>
        <translation>引数: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description: %1</source>
        <translation>説明: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs in console: %1&lt;br&gt; Desktop size: %2</source>
        <translation>端末内で実行: %1&lt;br&gt; デスクトップ サイズ: %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Socket file &quot;%1&quot; already exists!</source>
        <translation>ソケット ファイル &quot;%1&quot; が既に存在します!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It seems that another instance of Q4Wine is running, or Q4Wine was shutdown incorrectly. Do you wish to remove the socket file?</source>
        <translation>別の Q4Wine が動作中か、または前回 Q4Wine が正常に終了しなかったようです。ソケット ファイルを削除しますか?</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+10"/>
        <location line="+23"/>
        <source>Application: &quot;%1&quot; started fine for prefix: &quot;%2&quot;.</source>
        <translation>アプリケーション: &quot;%1&quot; が実行環境: &quot;%2&quot; で正しく開始しました。</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+19"/>
        <source>helper notification</source>
        <translation>ヘルパー通知</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Console started fine for Application: &quot;%1&quot; in prefix: &quot;%2&quot;.</source>
        <translation>アプリケーション: &quot;%1&quot; 用に端末が実行環境: &quot;%2&quot; で開始しました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Application: &quot;%1&quot; finished for prefix: &quot;%2&quot;. Exit code is: &quot;%3&quot;.</source>
        <translation>アプリケーション: &quot;%1&quot; が実行環境: &quot;%2&quot; で終了しました。終了コードは: &quot;%3&quot; です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <source>Cannot start application: &quot;%1&quot; for prefix: &quot;%2&quot;.</source>
        <translation>アプリケーション: &quot;%1&quot; が実行環境: &quot;%2&quot; で開始できません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Cannot start console for application: &quot;%1&quot; in prefix: &quot;%2&quot;.</source>
        <translation>アプリケーション: &quot;%1&quot; 用の端末が実行環境: &quot;%2&quot; で開始できません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unexpected socket message received.</source>
        <translation>予期しないソケット メッセージを受け取りました。</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>WIP</source>
        <translation>WIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, the install wizard has not been implemented yet. It will be available in a future version.</source>
        <translation>インストール ウィザードは未実装です。将来のバージョンで利用可能になるでしょう。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open image file</source>
        <translation>画像ファイルを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win32 Executable and Shared libraries (*.exe *.EXE *.dll *.DLL);;Win32 Executable (*.exe *.EXE);;Win32 Shared libraries (*.dll *.DLL);;All files (*)</source>
        <translation>Win32 実行形式と共有ライブラリ (*.exe *.EXE *.dll *.DLL);;Win32 実行形式 (*.exe *.EXE);;Win32 共有ライブラリ (*.dll *.DLL);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Win32 Executable and Shared libraries (*.exe *.dll);;Win32 Executable (*.exe);;Win32 Shared libraries (*.dll)</source>
        <translation type="obsolete">Win32 実行ファイルと共有ライブラリ (*.exe *.dll);;Win32 実行ファイル (*.exe);;Win32 共有ライブラリ (*.dll)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+27"/>
        <source>Extracting icon from binary file.&lt;br&gt;This can take a while...</source>
        <translation>バイナリ ファイルからアイコンを抽出しています。&lt;br&gt;これにはしばらくかかるかもしれません...</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Extracting icon</source>
        <translation>アイコンを抽出しています</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Only one instance of %1 can be launched at same time.</source>
        <translation>%1 は多重実行できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Binary &quot;%1&quot; does not exist.</source>
        <translation>バイナリ &quot;%1&quot; は存在しません。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cannot run binary</source>
        <translation>バイナリが実行できません</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/MainWindow.ui" line="+187"/>
        <source>Wine AppDB</source>
        <translation>Wine AppDB</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>He&amp;lp</source>
        <translation>ヘルプ(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Handbook</source>
        <translation>ハンドブック(&amp;H)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Run...</source>
        <translation>実行(&amp;R)...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About</source>
        <translation>このソフトウェアについて(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Programs</source>
        <translation>プログラム(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rocess</source>
        <translation>プロセス(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Setup</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;fixes</source>
        <translation>実行環境(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Extract Images from PE Files</source>
        <translation>PEファイルから画像を抽出(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Options</source>
        <translation>設定(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Disc Image Manager</source>
        <translation>ディスク イメージ マネージャ(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First Steps</source>
        <translation>&amp;First Steps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Short FAQ</source>
        <translation>&amp;Short FAQ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Index</source>
        <translation>目次(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Website</source>
        <translation>Web サイト(&amp;W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Donate</source>
        <translation>寄付(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bugs</source>
        <translation>バグ(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wine AppDB Browser</source>
        <translation>Wine AppDB ブラウザ(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logging</source>
        <translation>ロギング(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help &amp;for This Tab</source>
        <translation>このタブについてのヘルプ(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Wine Desktop Files</source>
        <translation>Wine のデスクトップ ファイルをインポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wine &amp;Version Manager</source>
        <translation>Wine バージョン マネージャ(&amp;V)</translation>
    </message>
</context>
<context>
    <name>PrefixConfigWidget</name>
    <message>
        <location filename="../q4wine-gui/widgets/prefixconfigwidget.cpp" line="+136"/>
        <location line="+243"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-243"/>
        <location line="+245"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+1"/>
        <source>Manage prefixes</source>
        <translation>実行環境を管理</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Clear search field</source>
        <translation>検索フィールドをクリア</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+320"/>
        <location line="+1"/>
        <source>Alphabetic sort descending</source>
        <translation>アルファベットの降順で並び替え</translation>
    </message>
    <message>
        <location line="-318"/>
        <location line="+1"/>
        <location line="+311"/>
        <location line="+1"/>
        <source>Alphabetic sort ascending</source>
        <translation>アルファベットの昇順で並び替え</translation>
    </message>
    <message>
        <location line="-308"/>
        <location line="+1"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+100"/>
        <source>Create Fake Drive</source>
        <translation>仮想ドライブを作成</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Create new Fake Drive configuration. Old Fake Drive will be removed.</source>
        <translation>新しい仮想ドライブ設定を作成します。古い仮想ドライブは削除されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+138"/>
        <source>Update Fake Drive</source>
        <translation>仮想ドライブを更新</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Update Fake Drive configuration.</source>
        <translation>仮想ドライブの設定を更新します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+153"/>
        <source>Install or update Winetricks script</source>
        <translation>Winetricks スクリプトのインストールまたは更新</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Install new or update installed Winetricks script.</source>
        <translation>Winetricks スクリプトを新規にインストールするか、または更新します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+146"/>
        <source>Refresh Winetricks application list</source>
        <translation>Winetricks のアプリケーション一覧を更新</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Create or update Q4Wine&apos;s cache of Winetricks applications.</source>
        <translation>Q4Wine による Winetricks アプリケーションのキャッシュを作成または更新します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+146"/>
        <source>Goto Winetricks homepage</source>
        <translation>Winetricks のホームページを開く</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Read news, report bugs and join the Winetricks community at https://github.com/Winetricks/winetricks</source>
        <translation>最新情報、Winetricks コミュニティへの参加、バグ報告は https://github.com/Winetricks/winetricks へ</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fake drive already exists within &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Do you wish to remove &lt;b&gt;all&lt;/b&gt; files from this prefix?</source>
        <translation>既に仮想ドライブが &lt;b&gt;%1&lt;/b&gt; の中に存在します。&lt;br&gt;&lt;br&gt;この実行環境から &lt;b&gt;すべての&lt;/b&gt; ファイルを削除しますか?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing old fake drive.&lt;br&gt;This may take a while...</source>
        <translation>古い仮想ドライブを削除しています。&lt;br&gt;これにはしばらくかかるかもしれません...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing old fake drive</source>
        <translation>古い仮想ドライブを削除しています</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Fail to remove %1</source>
        <translation>%1 の削除に失敗しました</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sorry, no fake drive configuration found.&lt;br&gt;Create fake drive configuration before attempting to update it.</source>
        <translation>仮想ドライブの設定が見つかりません。&lt;br&gt;仮想ドライブの設定を更新しようとする前に、これを作成してください。</translation>
    </message>
</context>
<context>
    <name>PrefixControlWidget</name>
    <message>
        <location filename="../q4wine-gui/widgets/prefixcontrolwidget.cpp" line="+103"/>
        <source>Create new</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new prefix</source>
        <translation>新規に実行環境を作成</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Import prefix</source>
        <translation>実行環境をインポート</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Export prefix</source>
        <translation>実行環境をエクスポート</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Delete prefix</source>
        <translation>実行環境を削除</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Edit prefix settings</source>
        <translation>実行環境の設定を編集</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up prefix fake drive</source>
        <translation>実行環境の仮想ドライブを設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up prefix fake drive and applications</source>
        <translation>実行環境の仮想ドライブやアプリケーションを設定</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arch</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, you cannot delete the Default prefix.</source>
        <translation>既定の実行環境は削除することができません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+74"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Do you really wish to delete the prefix named &quot;%1&quot; and all associated icons?</source>
        <translation>本当に &quot;%1&quot; の実行環境とすべての関連付けられたアイコンを削除しますか?</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select file to import</source>
        <translation>インポートするファイルを選択</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do you really wish to delete all prefix files at &apos;%1&apos;?</source>
        <translation>本当に &apos;%1&apos; のすべての実行環境ファイルを削除しますか?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing old fake drive at &apos;%1&apos;&lt;br&gt;This can take a while...</source>
        <translation>&apos;%1&apos; の古い仮想ドライブを削除しています&lt;br&gt;これにはしばらくかかるかもしれません...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing prefix to &apos;%1&apos;&lt;br&gt;This can take a while...</source>
        <translation>&apos;%1&apos; に実行環境をインポートしています&lt;br&gt;これにはしばらくかかるかもしれません...</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Prefix archive images (*.tbz)</source>
        <translation>実行環境の書庫イメージ (*.tbz)</translation>
    </message>
    <message>
        <source>Do you really wish to delete all old prefix files?</source>
        <translation type="vanished">本当に実行環境のすべてのファイルを削除しますか?</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Prefix archive images (*.tbz *.TBZ);;All files (*)</source>
        <translation>実行環境の書庫イメージ (*.tbz *.TBZ);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Removing old fake drive.&lt;br&gt;This can take a while...</source>
        <translation type="vanished">古い仮想ドライブを削除しています。&lt;br&gt;これにはしばらくかかるかもしれません...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removing old fake drive</source>
        <translation>古い仮想ドライブを削除しています</translation>
    </message>
    <message>
        <source>Importing prefix.&lt;br&gt;This can take a while...</source>
        <translation type="vanished">実行環境をインポートしています。&lt;br&gt;これにはしばらくかかるかもしれません...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing prefix</source>
        <translation>実行環境をインポートしています</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Select file to export</source>
        <translation>エクスポート先のファイルを指定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting %1 prefix.&lt;br&gt;This can take a while...</source>
        <translation>実行環境 %1 をエクスポートしています。&lt;br&gt;これにはしばらくかかるかもしれません...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting prefix</source>
        <translation>実行環境をエクスポートしています</translation>
    </message>
    <message>
        <location line="-319"/>
        <location line="+1"/>
        <source>Configure wine versions</source>
        <translation>Wine のバージョンを設定</translation>
    </message>
</context>
<context>
    <name>PrefixSettings</name>
    <message>
        <location filename="../q4wine-gui/uis/PrefixSettings.ui" line="+14"/>
        <location line="+46"/>
        <source>Prefix Settings</source>
        <translation>実行環境の設定</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Prefix path:</source>
        <translation>実行環境のパス:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Architecture:</source>
        <translation>アーキテクチャ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quick Mount</source>
        <translation>クイック マウント</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Mount point:</source>
        <translation>マウント ポイント:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <location line="+141"/>
        <location line="+6"/>
        <source>Wine settings</source>
        <translation>Wine の設定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>If you wish to use different Wine versions, you may wish to select here one.</source>
        <translation>異なる Wine のバージョンを使用したい場合、ここでバージョンを選択するとよいでしょう。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Options below are obsolete, please delete them and use version manager instead:</source>
        <translation>以下の設定項目は古いため、削除した上でバージョン マネージャを代わりに使用してください:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Bin:</source>
        <translation>実行ファイル:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Server:</source>
        <translation>サーバ:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Loader:</source>
        <translation>ローダ:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Libs:</source>
        <translation>ライブラリ:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Advanced</source>
        <translation>高度な設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Execution template string</source>
        <translation>実行テンプレート文字列</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Predefined:</source>
        <translation>定義済みテンプレート:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Parse result:</source>
        <translation>解釈結果:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/prefixsettings.cpp" line="+63"/>
        <location line="+178"/>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+21"/>
        <location line="+224"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-445"/>
        <location line="+446"/>
        <source>Unable to load version by name: %1</source>
        <translation>名前: %1 のバージョンを読み込めません</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Add new Prefix</source>
        <translation>新しい実行環境を追加</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Enter a prefix name</source>
        <translation>実行環境の名前を入力</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sorry, but prefix named %1 already exists.</source>
        <translation>%1 という名前の実行環境は既に存在します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fail to load version by name: %1</source>
        <translation>名前: %1 のバージョンの読み込みに失敗しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory &quot;%1&quot; already exists. Do you wish to use it anyway?</source>
        <translation>ディレクトリ &quot;%1&quot; は既に存在します。それでも使用しますか?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The directory &quot;%1&quot; could not be created.</source>
        <translation>ディレクトリ &quot;%1&quot; が作成できませんでした。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/PrefixSettings.ui" line="-167"/>
        <source>This template will be used to run wine programs. Normally you do not need to change it. See help for details.</source>
        <translation>このテンプレートは Wine のプログラムの実行に使われます。通常これを変更する必要はありません。詳細はヘルプを参照してください。</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>PrefixTreeToolbar</name>
    <message>
        <location filename="../q4wine-gui/widgets/prefixtreetoolbar.cpp" line="+69"/>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+1"/>
        <source>Expand prefix tree</source>
        <translation>実行環境のツリーを展開</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+1"/>
        <location line="+34"/>
        <location line="+1"/>
        <source>Collapse prefix tree</source>
        <translation>実行環境のツリーを折りたたむ</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Import prefixes</source>
        <translation>実行環境をインポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import prefixes from ~/.local/share/wineprefixes/</source>
        <translation>実行環境を ~/.local/share/wineprefixes/ からインポート</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export prefixes</source>
        <translation>実行環境をエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export prefixes to ~/.local/share/wineprefixes/</source>
        <translation>実行環境を ~/.local/share/wineprefixes/ にエクスポート</translation>
    </message>
</context>
<context>
    <name>PrefixTreeWidget</name>
    <message>
        <location filename="../q4wine-gui/widgets/prefixtreewidget.cpp" line="+99"/>
        <source>Enter new directory name</source>
        <translation>新しいディレクトリの名前を入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Directory name:</source>
        <translation>ディレクトリ名:</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+62"/>
        <source>Sorry. It seems that the directory already exists.</source>
        <translation>ディレクトリは既に存在しているようです。</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Sorry. It seems that the directory already exists.&lt;br&gt;Please choose another name or cancel the operation.</source>
        <translation>ディレクトリは既に存在しているようです。&lt;br&gt;別の名前を選択するか、操作をキャンセルしてください。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Enter new name for directory</source>
        <translation>ディレクトリの新しい名前を入力</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Q4Wine</source>
        <translation>Q4Wine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you really wish to delete the folder named &quot;%1&quot; and all associated icons?
</source>
        <translation>本当に &quot;%1&quot; フォルダとすべての関連付けられたアイコンを削除しますか?
</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Mount ISO...</source>
        <translation>ISO イメージをマウント...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mount [%1]</source>
        <translation>マウント [%1]</translation>
    </message>
    <message>
        <source>Mount media drive.</source>
        <translation type="obsolete">メディア ドライブをマウントします。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+361"/>
        <source>[none]</source>
        <translation>[なし]</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>No media drives detected.</source>
        <translation>メディア ドライブが検出されませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mount media image.</source>
        <translation>メディア イメージをマウントします。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mount ...</source>
        <translation>マウント ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+341"/>
        <source>Browse for media image.</source>
        <translation>メディア イメージの場所を参照します。</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Unmount [%1]</source>
        <translation>マウント解除 [%1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmount media.</source>
        <translation>メディアをマウント解除します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run...</source>
        <translation>実行...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse ...</source>
        <translation>参照 ...</translation>
    </message>
    <message>
        <source>Browse for another image</source>
        <translation type="obsolete">他のプログラムを参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+258"/>
        <source>Browse for wine binary</source>
        <translation>Wine で実行するファイルを参照</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>New directory</source>
        <translation>新しいディレクトリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new directory</source>
        <translation>新しいディレクトリを作成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename current directory</source>
        <translation>現在のディレクトリの名前を変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete current directory</source>
        <translation>現在のディレクトリを削除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browser</source>
        <translation>ブラウザ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Open prefix directory</source>
        <translation>実行環境のディレクトリを開く</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Open prefix directory in system file browser</source>
        <translation>実行環境のディレクトリをシステムのファイル ブラウザで開く</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Open mount point directory</source>
        <translation>マウント ポイントのディレクトリを開く</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Open mount point directory in system file browser</source>
        <translation>マウント ポイントのディレクトリをシステムのファイル ブラウザで開く</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wine Browser</source>
        <translation>Wine ブラウザ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open prefix directory in wine file browser</source>
        <translation>実行環境のディレクトリを Wine のファイル ブラウザで開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open mount point directory in wine file browser</source>
        <translation>マウント ポイントのディレクトリを Wine のファイル ブラウザで開く</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Console</source>
        <translation>端末</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open console in prefix directory</source>
        <translation>実行環境のディレクトリで端末を開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open system console in prefix directory</source>
        <translation>実行環境のディレクトリでシステムの端末を開く</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open console in mount point directory</source>
        <translation>マウント ポイントのディレクトリで端末を開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open system console in mount point directory</source>
        <translation>マウント ポイントのディレクトリでシステムの端末を開く</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Create new prefix</source>
        <translation>新しい実行環境を作成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configure prefix settings</source>
        <translation>実行環境を設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit prefix settings</source>
        <translation>実行環境の設定を編集</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configure fake drive settings</source>
        <translation>仮想ドライブを設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up prefix fake drive and applications</source>
        <translation>実行環境の仮想ドライブとアプリケーションを設定</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Delete prefix</source>
        <translation>実行環境を削除</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Sorry. It seems that the icon already exists.</source>
        <translation>アイコンは既に存在しているようです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry. It seems that the icon already exists.&lt;br&gt;Please choose another name or cancel the operation.</source>
        <translation>アイコンは既に存在しているようです。&lt;br&gt;別の名前を指定するか、操作をキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+108"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>No device drive specified in prefix settings.</source>
        <translation>実行環境の設定の中でデバイス ドライブが指定されませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disc image files (*.iso *.ISO *.nrg *.NRG *.img *.IMG *.bin *.BIN *.mdf *.MDF);;All files (*)</source>
        <translation>ディスク イメージ ファイル (*.iso *.ISO *.nrg *.NRG *.img *.IMG *.bin *.BIN *.mdf *.MDF);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISO image files (*.iso *.ISO);;All files (*)</source>
        <translation>ISO イメージ ファイル (*.iso *.ISO);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Disc image files (*.iso *.nrg *.img *.bin *.mdf)</source>
        <translation type="obsolete">ディスク イメージ ファイル (*.iso *.nrg *.img *.bin *.mdf)</translation>
    </message>
    <message>
        <source>ISO image files (*.iso)</source>
        <translation type="obsolete">ISO イメージ ファイル (*.iso)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Disc Image Files</source>
        <translation>ディスク イメージ ファイルを開く</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>%1 successfully mounted.</source>
        <translation>%1 は正常にマウントされました。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Fail to mount %1.</source>
        <translation>%1 のマウントに失敗しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Failed to mount %1.</source>
        <translation>%1 のマウントに失敗しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drive successfully unmounted.</source>
        <translation>ドライブは正常にマウント解除されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed to unmount drive.</source>
        <translation>ドライブのマウント解除に失敗しました。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sorry, you cannot delete the Default prefix.</source>
        <translation>既定の実行環境を削除することはできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you really wish to delete the prefix named &quot;%1&quot; and all associated icons?</source>
        <translation>本当に &quot;%1&quot; の実行環境とすべての関連付けられたアイコンを削除しますか?</translation>
    </message>
</context>
<context>
    <name>Process</name>
    <message>
        <location filename="../q4wine-gui/uis/Process.ui" line="+17"/>
        <source>Mounting image...</source>
        <translation>イメージをマウントしています...</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/process.cpp" line="+73"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>It seems that the process failed.&lt;br&gt;&lt;br&gt;Error log:&lt;br&gt;%1</source>
        <translation>プロセスは失敗したようです。&lt;br&gt;&lt;br&gt;エラー ログ:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Process: The process failed to start. Either the invoked program is missing, or you may have insufficient permissions to invoke the program.</source>
        <translation>プロセス: プロセスの開始に失敗しました。呼び出されたプログラムが存在しないか、プログラムの実行権限が適切でない可能性があります。</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+40"/>
        <source>Process: The process crashed some time after starting successfully.</source>
        <translation>プロセス: プロセスは正常に開始してしばらく時間が経過した後にクラッシュしました。</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+40"/>
        <source>Process: The last waitFor...() function timed out.</source>
        <translation>プロセス: 最後の waitFor...() 関数がタイムアウトしました。</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+40"/>
        <source>Process: An error occurred when attempting to read from the process. For example, the process may not be running.</source>
        <translation>プロセス: プロセスからの読み込み試行時にエラーが発生しました。例えば、プロセスが動作していない可能性があります。</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+40"/>
        <source>Process: An error occurred when attempting to write to the process. For example, the process may not be running, or it may have closed its input channel.</source>
        <translation>プロセス: プロセスへの書き込み試行時にエラーが発生しました。例えば、プロセスが動作していないか、もしくはその入力チャンネルが閉じられた可能性があります。</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+40"/>
        <source>Process: An unknown error occurred. This is the default return value of error().</source>
        <translation>プロセス: 不明なエラーが発生しました。これは error() の既定の戻り値となっています。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+9"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>It seems that the process exited normally.&lt;br&gt;&lt;br&gt;STDERR log:&lt;br&gt;%1</source>
        <translation>プロセスは正常に終了したようです。&lt;br&gt;&lt;br&gt;標準エラー出力のログ:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It seems that the process crashed.&lt;br&gt;&lt;br&gt;STDERR log:&lt;br&gt;%1</source>
        <translation>プロセスはクラッシュしたようです。&lt;br&gt;&lt;br&gt;標準エラー出力のログ:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../q4wine-gui/progress.cpp" line="+54"/>
        <source>Importing Wine desktop icons from:&lt;br&gt;&quot;%1&quot;&lt;br&gt;&lt;br&gt;This can take a while...&lt;br&gt;&lt;br&gt;&lt;b&gt;Note:&lt;/b&gt; To remove processed files see Q4Wine options dialog.</source>
        <translation>Wine の デスクトップ アイコンをインポートしています :&lt;br&gt;&quot;%1&quot;&lt;br&gt;&lt;br&gt;これにはしばらくかかるかもしれません...&lt;br&gt;&lt;br&gt;&lt;b&gt;メモ:&lt;/b&gt; 処理済みのファイルを削除するには Q4Wine の設定ダイアログを参照してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing Wine desktop icons: %1 of %2</source>
        <translation>Wine の デスクトップ アイコンをインポートしています: %1 / %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+56"/>
        <source>Waiting for Wine process to finish...</source>
        <translation>Wine のプロセスが終了するのを待機しています...</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>There are %1 processes running for prefix %2.</source>
        <translation>%1 個のプロセスが動作環境 %2 で動作しています。</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+56"/>
        <source>If the processes keep running -- end them manually.</source>
        <translation>もしプロセスが動作し続けた場合 -- 手動で終了してください。</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Running process: %1</source>
        <translation>実行中のプロセス数: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Importing desktop icons: %1 of %2</source>
        <translation>デスクトップ アイコンをインポートしています: %1 / %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/database/prefix.cpp" line="+305"/>
        <location line="+87"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../q4wine-cli/q4wine-cli.cpp" line="+186"/>
        <location filename="../main.cpp" line="+123"/>
        <location filename="../q4wine-helper/q4wine-helper.cpp" line="+107"/>
        <source>This is free software: you are free to change and redistribute it.</source>
        <translation>これは自由なソフトウェアです: 変更や再頒布を自由に行うことができます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../main.cpp" line="+4"/>
        <location filename="../q4wine-helper/q4wine-helper.cpp" line="+4"/>
        <source>There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>法によって認められている範囲において無保証です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../main.cpp" line="+4"/>
        <location filename="../q4wine-helper/q4wine-helper.cpp" line="+4"/>
        <source>Author: %1.</source>
        <translation>作者: %1。</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../main.cpp" line="+10"/>
        <location filename="../q4wine-helper/q4wine-helper.cpp" line="+43"/>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="+4"/>
        <source>  %1 [KEY]...</source>
        <translation>  %1 [キー]...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GUI utility for Wine applications and prefixes management.</source>
        <translation>Wine 上のアプリケーションと実行環境を管理する GUI ユーティリティです。</translation>
    </message>
    <message>
        <location filename="../q4wine-cli/q4wine-cli.cpp" line="+15"/>
        <location filename="../main.cpp" line="+4"/>
        <location filename="../q4wine-helper/q4wine-helper.cpp" line="+9"/>
        <source>KEYs list:</source>
        <translation>キーの一覧:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../main.cpp" line="+2"/>
        <source>display this help and exit</source>
        <translation>このヘルプを表示して終了</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../main.cpp" line="+3"/>
        <source>output version information and exit</source>
        <translation>バージョン情報を出力して終了</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="+3"/>
        <source>open Q4Wine run dialog for Windows binary</source>
        <translation>Windows バイナリ用に Q4Wine の実行ダイアログを開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minimize %1 main window on startup</source>
        <translation>%1 の開始時にメイン ウィンドウを最小化</translation>
    </message>
    <message>
        <location filename="../q4wine-cli/q4wine-cli.cpp" line="+62"/>
        <location filename="../main.cpp" line="+4"/>
        <location filename="../q4wine-helper/q4wine-helper.cpp" line="+41"/>
        <source>Report %1 bugs to %2</source>
        <translation>%1 のバグは %2 へ報告してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../main.cpp" line="+4"/>
        <location filename="../q4wine-helper/q4wine-helper.cpp" line="+4"/>
        <source>%1 homepage: &lt;%2&gt;</source>
        <translation>%1 ホームページ: &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../main.cpp" line="+4"/>
        <location filename="../q4wine-helper/q4wine-helper.cpp" line="+4"/>
        <source>General help using GNU software: &lt;http://www.gnu.org/gethelp/&gt;</source>
        <translation>GNU ソフトウェアの使用に関する一般的なヘルプ: &lt;http://www.gnu.org/gethelp/&gt;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Prefix named &quot;%1&quot; does not exist. Run &quot;%2-cli -pl&quot; for prefix list.</source>
        <translation>&quot;%1&quot; という名前の実行環境は存在しません。&quot;%2-cli -pl&quot; を実行して実行環境を一覧してください。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Prefix list</source>
        <translation>実行環境の一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <location line="+29"/>
        <location line="+37"/>
        <location line="+15"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+150"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+64"/>
        <location line="+18"/>
        <location line="+53"/>
        <location line="+18"/>
        <location line="+38"/>
        <location line="+60"/>
        <source>No current prefix set. Set prefix via &quot;-p &lt;prefix_name&gt;&quot; key.</source>
        <translation>現在の実行環境が指定されていません。&quot;-p &lt;実行環境名&gt;&quot; キーで実行環境を指定してください。</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>No current icon set. Set icon via &quot;-i &lt;icon_name&gt;&quot; key.</source>
        <translation>現在のアイコンが指定されていません。&quot;-i &lt;アイコン名&gt;&quot; キーでアイコンを指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Icon named &quot;%1&quot; does not exist.  Run &quot;%2-cli -il&quot; for icon list.</source>
        <translation>&quot;%1&quot; という名前のアイコンは存在しません。&quot;%2-cli -il&quot; を実行してアイコンを一覧してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wine process list</source>
        <translation>Wine のプロセス一覧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wine process list for &quot;%1&quot; prefix</source>
        <translation>実行環境 &quot;%1&quot; の Wine プロセスの一覧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PID</source>
        <translation>プロセス ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nice</source>
        <translation>Nice 値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix path</source>
        <translation>実行環境のパス</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Prefix &quot;%1&quot; has following dir list</source>
        <translation>実行環境 &quot;%1&quot; には以下のディレクトリが存在します</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dir named &quot;%1&quot; does not exist. Run &quot;%2-cli -dl&quot; for dir list.</source>
        <translation>&quot;%1&quot; という名前のディレクトリは存在しません。&quot;%2-cli -dl&quot; を実行してディレクトリを一覧してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prefix &quot;%1&quot; has following icon list</source>
        <translation>実行環境 &quot;%1&quot; には以下のアイコンが存在します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prefix &quot;%1&quot; has following icon list at &quot;%2&quot; directory</source>
        <translation>実行環境 &quot;%1&quot; の &quot;%2&quot; ディレクトリには以下のアイコンが存在します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has the following disc images in the database</source>
        <translation>%1 には以下のディスク イメージがデータベースに存在します</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Killing prefix &quot;%1&quot; wineserver.</source>
        <translation>実行環境 &quot;%1&quot; の wineserver を停止しています。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+38"/>
        <location line="+33"/>
        <source>No mount point set in prefix configuration.</source>
        <translation>実行環境の設定でマウント ポイントが指定されていません。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Disc image named &quot;%1&quot; does not exist. Run &quot;%2-cli -cl&quot; for disc image list.</source>
        <translation>&quot;%1&quot; という名前のディスク イメージは存在しません。&quot;%2-cli -cl&quot; を実行してディスク イメージを一覧してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unmounting mount point &quot;%1&quot;.</source>
        <translation>マウント ポイント &quot;%1&quot; をマウント解除しています。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mounted media list for all prefixes</source>
        <translation>すべての実行環境のマウント済みメディアの一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix</source>
        <translation>実行環境</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Mount point</source>
        <translation>マウント ポイント</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Mounted media list for prefix &quot;%1&quot;</source>
        <translation>実行環境 &quot;%1&quot; のマウント済みメディアの一覧</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>File &quot;%1&quot; does not exist.</source>
        <translation>ファイル &quot;%1&quot; は存在しません。</translation>
    </message>
    <message>
        <location line="-534"/>
        <source>  %1-cli [KEY]...</source>
        <translation>  %1-cli [キー]...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1-cli -p &lt;prefix_name&gt; [-d &lt;dir_name&gt;] -i &lt;icon_name&gt;</source>
        <translation>  %1-cli -p &lt;実行環境名&gt; [-d &lt;ディレクトリ名&gt;] -i &lt;アイコン名&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1-cli -p &lt;prefix_name&gt; -b &lt;windows_binary_path&gt; [args]</source>
        <translation>  %1-cli -p &lt;実行環境名&gt; -b &lt;Windows バイナリのパス&gt; [引数]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Console utility for wine applications and prefixes management.</source>
        <translation>Wine 上のアプリケーションと実行環境を管理する端末ユーティリティです。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>output wine process list for current prefix or for all prefixes and exit </source>
        <translation>現在もしくはすべての実行環境の Wine のプロセス一覧を出力して終了 </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../q4wine-helper/q4wine-helper.cpp" line="-47"/>
        <source>sets the current prefix name</source>
        <translation>現在の実行環境名を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets the current directory name</source>
        <translation>現在のディレクトリ名を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets the current icon name</source>
        <translation>現在のアイコン名を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets the cd image name</source>
        <translation>現在のCDイメージ名を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets the path to windows binary for execute with current prefix settings</source>
        <translation>現在の実行環境設定で実行する Windows バイナリのパスを指定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sends -9 term signal to current prefix process or for all prefixes processes</source>
        <translation>現在もしくはすべての実行環境のプロセスに -9 TERM シグナルを送信</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>output all existing prefixes names and exit</source>
        <translation>存在するすべての実行環境名を出力して終了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output all existing dir names for current prefix and exit</source>
        <translation>現在の実行環境に存在するすべてのディレクトリ名を出力して終了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>output all existing icon names for current prefix/directory and exit</source>
        <translation>現在の実行環境 / ディレクトリに存在するすべてのアイコン名を出力して終了</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>output all cd images list and exit</source>
        <translation>すべての CD イメージの一覧を出力して終了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output all mounted media for current prefix or all prefixes and exit</source>
        <translation>現在もしくはすべての実行環境のすべてのマウント済みメディアを出力して終了</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mount a cd image or drive for current prefix and exit</source>
        <translation>現在の実行環境用に CD イメージまたはドライブをマウントして終了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unmount a cd image or drive for current prefix and exit</source>
        <translation>現在の実行環境用に CD イメージまたはドライブをマウント解除して終了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status:</source>
        <translation>終了ステータス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  0 if OK,</source>
        <translation>  0 正常に終了した場合,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> -1 if serious troubles</source>
        <translation> -1 重大な問題が発生した場合</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/widgets/prefixcontrolwidget.cpp" line="+112"/>
        <source>Remove prefix directory</source>
        <translation>実行環境のディレクトリを削除</translation>
    </message>
    <message>
        <location filename="../q4wine-helper/q4wine-helper.cpp" line="-10"/>
        <source>  %1-helper [KEYs]...</source>
        <translation>  %1-helper [キー]...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console utility for Q4Wine which helps to handle Wine application exit status and its stdout/stderr output logging.</source>
        <translation>Wine アプリケーションの終了ステータスの処理や標準出力/標準エラー出力の記録により Q4Wine の補助を行う端末ユーティリティです。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sets WINEDEBUG variable</source>
        <translation>変数 WINEDEBUG を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run with output in console</source>
        <translation>端末の出力を有効にして実行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets DISPLAY variable</source>
        <translation>変数 DISPLAY を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets program niceness</source>
        <translation>プログラムの Nice 値を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets program virtual desktop resolution</source>
        <translation>プログラムの仮想デスクトップの解像度を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets program binary</source>
        <translation>プログラムの実行ファイルを指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets program args</source>
        <translation>プログラムの引数を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets program working directory</source>
        <translation>プログラムの作業ディレクトリを指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets program LANG variable</source>
        <translation>プログラムの変数 LANG を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sets WINEDLLOVERRIDES variable</source>
        <translation>変数 WINEDLLOVERRIDES を指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>execute script before program run</source>
        <translation>プログラムの実行前にスクリプトを実行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>execute script after program run</source>
        <translation>プログラムの実行後にスクリプトを実行</translation>
    </message>
    <message>
        <location filename="../q4wine-lib/q4wine-lib.cpp" line="+218"/>
        <source>&lt;p&gt;It seems that Q4Wine cannot run kvm_openfiles.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;It seems that Q4Wine cannot run kvm_getprocs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot read process info from /proc or API is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&lt;p&gt;Error while loading application settings by key: &apos;%1&apos;. File or path does not exist: &quot;%2&quot;&lt;/p&gt;&lt;p&gt;Please, go to the %3 options dialog and set it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Buildtime flags are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Cannot find or execute the &apos;%1&apos; binary. Make sure that this binary is available by search PATH variable and see also INSTALL file for application depends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+334"/>
        <location line="+12"/>
        <location line="+10"/>
        <location line="+572"/>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>Error</source>
        <translation type="unfinished">エラー</translation>
    </message>
    <message>
        <location line="-611"/>
        <location line="+22"/>
        <source>Binary file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot get unix path for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Running binary: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running binary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Failed to unmount previously mounted image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+174"/>
        <source>It seems that no mount point was set in prefix options.&lt;br&gt;You might need to set it manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Mounting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mounting %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Umounting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umounting point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>It seems that the process crashed. STDERR log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <location filename="../q4wine-gui/uis/Run.ui" line="+20"/>
        <source>Run Program</source>
        <translation>プログラムを実行</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+79"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Prefix</source>
        <translation>実行環境</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Program:</source>
        <translation>プログラム:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Working directory:</source>
        <translation>作業ディレクトリ:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Virtual Desktop</source>
        <translation>仮想デスクトップ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../q4wine-gui/run.cpp" line="+212"/>
        <source>No virtual desktop</source>
        <translation>仮想デスクトップなし</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Override DLLs</source>
        <translation>DLL オーバーライド</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Present Wine DLLs</source>
        <translation>Wine に存在する DLL</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../q4wine-gui/run.cpp" line="-91"/>
        <location line="+37"/>
        <location line="+32"/>
        <source>Native</source>
        <translation>ネイティブ版</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../q4wine-gui/run.cpp" line="-68"/>
        <location line="+37"/>
        <location line="+33"/>
        <source>Built-in</source>
        <translation>内蔵版</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../q4wine-gui/run.cpp" line="-69"/>
        <location line="+37"/>
        <location line="+33"/>
        <source>Native, Built-in</source>
        <translation>ネイティブ版、内蔵版</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../q4wine-gui/run.cpp" line="-69"/>
        <location line="+37"/>
        <location line="+33"/>
        <source>Built-in, Native</source>
        <translation>内蔵版、ネイティブ版</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overridden DLLs</source>
        <translation>オーバーライドされた DLL</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>DLL Name</source>
        <translation>DLL 名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override Algorithm</source>
        <translation>オーバーライドの設定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Advanced</source>
        <translation>高度な設定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Debug Options</source>
        <translation>デバッグ設定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run With Output in Console</source>
        <translation>端末の出力を有効にして実行</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nice Priority Level</source>
        <translation>Nice 値の優先度レベル</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Priority:</source>
        <translation>優先度:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Locale</source>
        <translation>ロケール</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/run.cpp" line="-20"/>
        <location line="+5"/>
        <location line="+39"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No program name specified.</source>
        <translation>プログラム名が指定されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected working directory does not exist.</source>
        <translation>選択された作業ディレクトリは存在しません。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Invalid virtual desktop size.</source>
        <translation>仮想デスクトップのサイズが無効です。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Exe, MSI, BAT files (*.exe *.EXE *.msi *.MSI *.bat *.BAT);;Exe files (*.exe *.EXE);;MSI files (*.msi *.MSI);;BAT files (*.bat *.BAT);;All files (*)</source>
        <translation>EXE, MSI, BAT ファイル (*.exe *.EXE *.msi *.MSI *.bat *.BAT);;EXE ファイル (*.exe *.EXE);;MSI ファイル (*.msi *.MSI);;BAT ファイル (*.bat *.BAT);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exe, MSI, BAT files (*.exe *.msi *.bat);;Exe files (*.exe);;MSI files (*.msi);;BAT files (*.bat)</source>
        <translation type="obsolete">EXE, MSI, BAT ファイル (*.exe *.msi *.bat);;EXE ファイル (*.exe);;MSI ファイル (*.msi);;BAT ファイル (*.bat)</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+29"/>
        <source>Disabled</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Open Exe file</source>
        <translation>EXE ファイルを開く</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/Run.ui" line="-27"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>VersionManager</name>
    <message>
        <location filename="../q4wine-gui/uis/VersionManager.ui" line="+23"/>
        <location filename="../q4wine-gui/versions.cpp" line="+40"/>
        <source>Wine Version Manager</source>
        <translation>Wine バージョン マネージャ</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Bin:</source>
        <translation>実行ファイル:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Server:</source>
        <translation>サーバ:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Loader:</source>
        <translation>ローダ:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Optional</source>
        <translation>追加の設定</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Libs 32:</source>
        <translation>ライブラリ 32:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Libs 64:</source>
        <translation>ライブラリ 64:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/versions.cpp" line="+170"/>
        <source>The Version settings has been modified.</source>
        <translation>バージョン設定が変更されました。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+6"/>
        <location line="+99"/>
        <location line="+1"/>
        <source>Add version</source>
        <translation>バージョンを追加</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Version name:</source>
        <translation>バージョン名:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sorry. It seems that the version name already exists.&lt;br&gt;Please choose another version name.</source>
        <translation>このバージョン名は既に存在するようです。&lt;br&gt;別のバージョン名を指定してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+34"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Default version can not be removed.</source>
        <translation>既定のバージョンを削除することはできません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Can&apos;t save changes...</source>
        <translation>変更を保存できません...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Path &apos;%1&apos; is not exists.</source>
        <translation>パス &apos;%1&apos; は存在しません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Path &apos;%1&apos; is not a directory.</source>
        <translation>パス &apos;%1&apos; はディレクトリではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Path &apos;%1&apos; is not a file.</source>
        <translation>パス &apos;%1&apos; はファイルではありません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Remove version</source>
        <translation>バージョンを削除</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Clear search field</source>
        <translation>検索フィールドをクリア</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+2"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
</context>
<context>
    <name>WineDriveDialog</name>
    <message>
        <location filename="../q4wine-gui/uis/WineDriveDialog.ui" line="+14"/>
        <source>Wine Drive settings</source>
        <translation>Wine ドライブ設定</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wine Drive</source>
        <translation>Wine ドライブ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Drive letter:</source>
        <translation>ドライブ レター:</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/winedrivedialog.cpp" line="+136"/>
        <location line="+7"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sorry, you need to set existing drive directory.</source>
        <translation>存在するドライブ ディレクトリを指定する必要があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sorry, drive directory does not exist.</source>
        <translation>ドライブ ディレクトリが存在しません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
</context>
<context>
    <name>WineProcessWidget</name>
    <message>
        <location filename="../q4wine-gui/widgets/wineprocesswidget.cpp" line="+51"/>
        <source>PID</source>
        <translation>プロセス ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ni</source>
        <translation>Nice 値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix path</source>
        <translation>実行環境のパス</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+77"/>
        <location line="+17"/>
        <source>Total process count: %1</source>
        <translation>合計プロセス数: %1</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Stop current</source>
        <translation>プロセスを停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send TERM signal to selected process</source>
        <translation>選択されたプロセスに TERM シグナルを送信</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop wine</source>
        <translation>Wine を停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send TERM signal to main wine process</source>
        <translation>メインの Wine のプロセスに TERM シグナルを送信</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh List</source>
        <translation>一覧を再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh process list</source>
        <translation>プロセス一覧を再読み込み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renice</source>
        <translation>優先度を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set process priority</source>
        <translation>プロセスの優先度を指定</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+46"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>This action will send a KILL(-9) signal to selected processes&lt;br&gt;&lt;br&gt;It is HIGH risk to damage wine normal state.&lt;br&gt;&lt;br&gt;Do you really wish to proceed?</source>
        <translation>この操作を実行すると KILL(-9) シグナルが選択されたプロセスに送信されます。&lt;br&gt;&lt;br&gt;これは Wine の動作に悪影響を与える可能性が高いです。&lt;br&gt;&lt;br&gt;本当に続行しますか?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot run: %1</source>
        <translation>実行できません: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It seems that the process %1 has been killed successfully.</source>
        <translation>プロセス %1 を終了させることに成功したようです。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This action will send a KILL(-9) signal to all wine processes of the selected prefixes&lt;br&gt;&lt;br&gt;Do you really wish to proceed?</source>
        <translation>この操作は選択された実行環境のすべての Wine プロセスに KILL(-9) シグナルを送信します。&lt;br&gt;&lt;br&gt;本当に続行しますか?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select process priority</source>
        <translation>プロセスの優先度を選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Priority value can be in&lt;br&gt;the range from PRIO_MIN (-20)&lt;br&gt;to PRIO_MAX (20).&lt;/p&gt;&lt;p&gt;See &quot;man renice&quot; for details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;優先度の値は&lt;br&gt;PRIO_MIN (-20) から&lt;br&gt;PRIO_MAX (20) までの範囲をとることができます。&lt;/p&gt;&lt;p&gt;詳細は &quot;man renice&quot; を参照してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>It seems that the process %1 has been reniced to %2 successfully.</source>
        <translation>プロセス %1 の優先度は %2 に正常に変更されました。</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../q4wine-gui/uis/Wizard.ui" line="+18"/>
        <source>Wizard</source>
        <translation>ウィザード</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>Base information:</source>
        <translation>基本情報:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Default Wine paths:</source>
        <translation>既定の Wine のパス:</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>System utils paths:</source>
        <translation>システム ユーティリティのパス:</translation>
    </message>
    <message>
        <location line="+594"/>
        <source>media-gfx/icoutils settings:</source>
        <translation>icoutils の設定:</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Console application settings:</source>
        <translation>端末アプリケーションの設定:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Bin:</source>
        <translation>実行ファイル:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Args:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Network settings</source>
        <translation>ネットワーク設定</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Proxy type:</source>
        <translation>プロキシの種類:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../q4wine-gui/wizard.cpp" line="+211"/>
        <location line="+155"/>
        <location line="+47"/>
        <source>No Proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Username:</source>
        <translation>ユーザ名:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Select Quick Mount Profile</source>
        <translation>クイック マウントのプロファイルを選択</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quick Mount feature allows you to mountumount cd images and drivers via context menu entry.</source>
        <translation>クイック マウント機能により、コンテキスト メニュー項目からのCDイメージやドライバのマウントやマウント解除が可能になります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profiles:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Profile Strings:</source>
        <translation>プロファイル文字列:</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>&lt; Back</source>
        <translation>&lt; 戻る</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../q4wine-gui/wizard.cpp" line="+171"/>
        <location line="+5"/>
        <source>Next &gt;</source>
        <translation>次へ &gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/wizard.cpp" line="-498"/>
        <source>First startup wizard</source>
        <translation>初回実行ウィザード</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>generic</source>
        <translation>generic</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+43"/>
        <location line="+5"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Sorry, specify %1 directory.</source>
        <translation>%1 のディレクトリを指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorry, specify %1 binary.</source>
        <translation>%1 のバイナリを指定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sorry, specified %1 directory does not exist.</source>
        <translation>指定された %1 のディレクトリは存在しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorry, specified %1 binary does not exist.</source>
        <translation>指定された %1 のバイナリは存在しません。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sorry, specify proxy host.</source>
        <translation>プロキシのホストを指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, specify proxy port.</source>
        <translation>プロキシのポートを指定してください。</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>&lt;p&gt;Welcome to first startup wizard.&lt;/p&gt;&lt;p&gt;This wizard helps you to make all necessary steps for successful %1 setup.&lt;/p&gt;&lt;p&gt;Please, press the &lt;b&gt;Next&lt;/b&gt; button to go to the next wizard&apos;s page. Or press &lt;b&gt;Back&lt;/b&gt; button for return.&lt;/p&gt;</source>
        <translation>&lt;p&gt;初回実行ウィザードへようこそ。&lt;/p&gt;&lt;p&gt;このウィザードは %1 を正しく設定するために必要なすべての手順の実行をお手伝いします。&lt;/p&gt;&lt;p&gt;&lt;b&gt;次へ&lt;/b&gt; ボタンを押すとウィザードの次のページに進み、 &lt;b&gt;戻る&lt;/b&gt; ボタンを押すと戻ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;&lt;b&gt;&lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;%1&lt;/span&gt;&lt;/b&gt; was initially written by Oleksii S. Malakhov aka John Brezerk  [&lt;a href=&apos;mailto:brezerk@gmail.com&apos;&gt;brezerk@gmail.com&lt;/a&gt;]&lt;/p&gt;&lt;p&gt;General idea comes from &lt;b&gt;&lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;WineTools&lt;/span&gt;&lt;/b&gt; scripts which was initially written by Frank Hendriksen [&lt;a href=&apos;mailto:frank@frankscorner.org&apos;&gt;frank@frankscorner.org&lt;/a&gt;]&lt;/p&gt;&lt;p&gt;It is licensed under the &lt;b&gt;&lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;GPL v3&lt;/span&gt;&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Send comments, bugreports, etc. to [&lt;a href=&apos;mailto:brezerk@gmail.com&apos;&gt;brezerk@gmail.com&lt;/a&gt;]&lt;/p&gt;&lt;p&gt;&lt;b&gt;&lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;Note&lt;/span&gt;&lt;/b&gt;: This software comes with absolutely no warranty. You will &lt;b&gt;&lt;span style=&apos;font-weight:600; color:#7D1D10;&apos;&gt;NOT&lt;/span&gt;&lt;/b&gt; get any support or help for WineTools, Wine, software installations, Linux or Microsoft Windows from the author.&lt;/p&gt;&lt;p&gt;If you &lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;need help&lt;/span&gt;, ask the mailing lists at &lt;a href=&apos;http://www.winehq.org/site/forums&apos;&gt;http://www.winehq.org/site/forums&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;If you &lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;want support&lt;/span&gt;, buy the commercial versions of wine: CodeWeavers CrossOver Office (&lt;a href=&apos;http://www.codeweavers.com&apos;&gt;http://www.codeweavers.com&lt;/a&gt;) for Desktop Applications&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;&lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;%1&lt;/span&gt;&lt;/b&gt; は Oleksii S. Malakhov またの名は John Brezerk  [&lt;a href=&apos;mailto:brezerk@gmail.com&apos;&gt;brezerk@gmail.com&lt;/a&gt;] によって最初に書かれました。&lt;/p&gt;&lt;p&gt;全体のアイデアは Frank Hendriksen [&lt;a href=&apos;mailto:frank@frankscorner.org&apos;&gt;frank@frankscorner.org&lt;/a&gt;] によって最初に書かれたスクリプト &lt;b&gt;&lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;WineTools&lt;/span&gt;&lt;/b&gt; からきています。&lt;/p&gt;&lt;p&gt;&lt;b&gt;このソフトウェアは &lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;GPL v3&lt;/span&gt; のもとでライセンスされています。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;コメント, バグ報告などは [&lt;a href=&apos;mailto:brezerk@gmail.com&apos;&gt;brezerk@gmail.com&lt;/a&gt;] へどうぞ。&lt;/p&gt;&lt;p&gt;&lt;b&gt;&lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;メモ&lt;/span&gt;&lt;/b&gt;: このソフトウェアは完全に無保証です。WineTools, Wine, ソフトウェアのインストール, Linux, Microsoft Windows に関するサポートやヘルプを作者から受けることは &lt;b&gt;&lt;span style=&apos;font-weight:600; color:#7D1D10;&apos;&gt;できません。&lt;/span&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;もし&lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;助けが必要なのであれば&lt;/span&gt;、 &lt;a href=&apos;http://www.winehq.org/site/forums&apos;&gt;http://www.winehq.org/site/forums&lt;/a&gt; のメーリング リストで質問してください。&lt;/p&gt;&lt;p&gt;もし&lt;span style=&apos;font-weight:600; color:#6495ed;&apos;&gt;サポートが必要であれば&lt;/span&gt;、デスクトップ アプリケーション向けの商用版 Wine: CodeWeavers CrossOver Office (&lt;a href=&apos;http://www.codeweavers.com&apos;&gt;http://www.codeweavers.com&lt;/a&gt;) を購入してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/Wizard.ui" line="-1929"/>
        <source>Open online guide</source>
        <translation>オンライン ガイドを開く</translation>
    </message>
    <message>
        <location line="+1889"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/wizard.cpp" line="-9"/>
        <source>&lt;p&gt;Everything is ready for finishing %1 setup. &lt;/p&gt;&lt;p&gt;Please, press the &lt;b&gt;Finish&lt;/b&gt; button to finish setup process. Or press &lt;b&gt;Back&lt;/b&gt; button for return.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; You can access online documentation at any time by pressing &lt;b&gt;F1&lt;/b&gt; key or by clicking &quot;Help&quot; button.&lt;/p&gt;&lt;/p&gt;If you are new to %1, please check our online guide:&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 の設定を完了する準備がすべて整いました。&lt;/p&gt;&lt;p&gt;&lt;b&gt;完了&lt;/b&gt; ボタンを押して設定プロセスを完了するか、あるいは &lt;b&gt;戻る&lt;/b&gt; ボタンを押して戻ります。&lt;/p&gt;&lt;p&gt;&lt;b&gt;メモ:&lt;/b&gt; &lt;b&gt;F1&lt;/b&gt; キーを押すか &quot;ヘルプ&quot; ボタンをクリックすることで、いつでもオンラインのドキュメントにアクセスすることができます。&lt;/p&gt;&lt;/p&gt;もし %1 が初めてであれば、私たちのオンライン ガイドを参照してください:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>winetricks</name>
    <message>
        <location filename="../q4wine-gui/widgets/winetricks.cpp" line="+110"/>
        <location line="+140"/>
        <location line="+9"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Cannot locate Winetricks script. Install Winetricks script first.</source>
        <translation>Winetricks のスクリプトが見つかりません。先にインストールしてください。</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>File &apos;%1&apos; is not writable or not readable. Check file permissions.</source>
        <translation>ファイル &apos;%1&apos; は読み書き不可能です。ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can&apos;t create file &apos;%1&apos;. Check folder permissions.</source>
        <translation>ファイル &apos;%1&apos; が作成できません。フォルダのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Refreshing Winetricks application list.</source>
        <translation>Winetricks のアプリケーション一覧を更新しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winetricks plugin</source>
        <translation>Winetricks プラグイン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dropping stale items...</source>
        <translation>古い項目を削除しています...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Getting list of installed items...</source>
        <translation>インストール済みの項目の一覧を取得しています...</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Adding verb: %1</source>
        <translation>項目を追加しています: %1</translation>
    </message>
    <message>
        <source>Reading category: %1</source>
        <translation type="obsolete">カテゴリを読み込んでいます: %1</translation>
    </message>
    <message>
        <location filename="../q4wine-gui/uis/Winetricks.ui" line="+14"/>
        <source>winetricks plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click on item to show help here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Install Winetricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh List</source>
        <translation type="unfinished">一覧を再読み込み</translation>
    </message>
</context>
</TS>
