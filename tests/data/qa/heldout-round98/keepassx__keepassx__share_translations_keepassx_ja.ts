<?xml version="1.0" ?><!DOCTYPE TS><TS language="ja" version="2.0">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeePassX</source>
        <translation>KeePassX について</translation>
    </message>
    <message>
        <source>KeePassX is distributed under the term of the GNU General Public License (GPL) version 2 or (at your option) version 3.</source>
        <translation>KeePassXはGNU General Public License (GPL) version 2 または version 3 (どちらかを選択)の条件で配布されます。</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Using:</source>
        <translation>利用中:</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <source>Auto-Type - KeePassX</source>
        <translation>自動入力 - KeePassX</translation>
    </message>
    <message>
        <source>Couldn&apos;t find an entry that matches the window title:</source>
        <translation>ウィンドウタイトルに一致するエントリーが見つかりませんでした:</translation>
    </message>
</context>
<context>
    <name>AutoTypeAssociationsModel</name>
    <message>
        <source>Window</source>
        <translation>ウインドウ</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <source>Default sequence</source>
        <translation>デフォルトのシーケンス</translation>
    </message>
</context>
<context>
    <name>AutoTypeSelectDialog</name>
    <message>
        <source>Auto-Type - KeePassX</source>
        <translation>自動入力 - KeePassX</translation>
    </message>
    <message>
        <source>Select entry to Auto-Type:</source>
        <translation>自動入力するエントリーを選択してください:</translation>
    </message>
</context>
<context>
    <name>ChangeMasterKeyWidget</name>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Enter password:</source>
        <translation>パスワードを入力:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>パスワードを再入力:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>キーファイル</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>キーファイル</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全てのファイル</translation>
    </message>
    <message>
        <source>Create Key File...</source>
        <translation>キーファイルを作成...</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Unable to create Key File : </source>
        <translation>キーファイルを作成できませんでした:</translation>
    </message>
    <message>
        <source>Select a key file</source>
        <translation>キーファイルを選択</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Do you really want to use an empty string as password?</source>
        <translation>本当に空のパスワード文字列で使いますか？</translation>
    </message>
    <message>
        <source>Different passwords supplied.</source>
        <translation>異なるパスワードが入力されました。</translation>
    </message>
    <message>
        <source>Failed to set key file</source>
        <translation>キーファイルのセットに失敗しました</translation>
    </message>
    <message>
        <source>Failed to set %1 as the Key file:
%2</source>
        <translation>%1 をキーファイルとしてセットできませんでした:
%2</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenWidget</name>
    <message>
        <source>Enter master key</source>
        <translation>マスターキーの入力</translation>
    </message>
    <message>
        <source>Key File:</source>
        <translation>キーファイル:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Unable to open the database.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>Can&apos;t open key file</source>
        <translation>キーファイルを開けませんでした</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全てのファイル</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>キーファイル</translation>
    </message>
    <message>
        <source>Select key file</source>
        <translation>キーファイルを選択</translation>
    </message>
</context>
<context>
    <name>DatabaseRepairWidget</name>
    <message>
        <source>Repair database</source>
        <translation>データベースを修復する</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Can&apos;t open key file</source>
        <translation>キーファイルを開けませんでした</translation>
    </message>
    <message>
        <source>Database opened fine. Nothing to do.</source>
        <translation>データベースは正常に開かれています。行うべきことはありません。</translation>
    </message>
    <message>
        <source>Unable to open the database.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>The database has been successfully repaired
You can now save it.</source>
        <translation>データベースは正常に修復されました
データベースの保存を行ってください。</translation>
    </message>
    <message>
        <source>Unable to repair the database.</source>
        <translation>データベースを修復できませんでした。</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidget</name>
    <message>
        <source>Database name:</source>
        <translation>データベース名:</translation>
    </message>
    <message>
        <source>Database description:</source>
        <translation>データベースの概要:</translation>
    </message>
    <message>
        <source>Transform rounds:</source>
        <translation>変換回数:</translation>
    </message>
    <message>
        <source>Default username:</source>
        <translation>ユーザー名の初期値:</translation>
    </message>
    <message>
        <source>Use recycle bin:</source>
        <translation>ゴミ箱を使う:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>ベンチマーク</translation>
    </message>
    <message>
        <source>Max. history items:</source>
        <translation>最大履歴数:</translation>
    </message>
    <message>
        <source>Max. history size:</source>
        <translation>最大履歴データサイズ:</translation>
    </message>
</context>
<context>
    <name>DatabaseTabWidget</name>
    <message>
        <source>Root</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2 データベース</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全てのファイル</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>File not found!</source>
        <translation>ファイルが見つかりません!</translation>
    </message>
    <message>
        <source>Open KeePass 1 database</source>
        <translation>KeePass 1 データベースを開く</translation>
    </message>
    <message>
        <source>KeePass 1 database</source>
        <translation>KeePass 1 データベース</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>全てのファイル (*)</translation>
    </message>
    <message>
        <source>Close?</source>
        <translation>閉じますか?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>変更を保存しますか?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was modified.
Save changes?</source>
        <translation>&quot;%1&quot; は編集されています。
変更を保存しますか?</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Writing the database failed.</source>
        <translation>データベースが保存できませんでした。</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>データベースを別名で保存</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ロック済み</translation>
    </message>
    <message>
        <source>The database you are trying to open is locked by another instance of KeePassX.
Do you want to open it anyway? Alternatively the database is opened read-only.</source>
        <translation>開こうとしたデータベースは別のKeePassXプログラムからロックされています。
とにかく開きますか? データベースを読み取り専用で開きます。</translation>
    </message>
    <message>
        <source>Lock database</source>
        <translation>データベースをロックする</translation>
    </message>
    <message>
        <source>Can't lock the database as you are currently editing it.
Please press cancel to finish your changes or discard them.</source>
        <translation>現在編集中のため、データベースをロックすることができませんでした。
キャンセルボタンを押し、変更を完了させるか破棄してください。</translation>
    </message>
    <message>
        <source>This database has never been saved.
You can save the database or stop locking it.</source>
        <translation>このデータベースは一度も保存されていません。
データベースを保存してロックを解除してください。</translation>
    </message>
    <message>
        <source>This database has been modified.
Do you want to save the database before locking it?
Otherwise your changes are lost.</source>
        <translation>このデータベースは変更されました。
ロックを行う前にデータベースを保存しますか？
保存しない場合には変更点は失われます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in edit mode.
Discard changes and close anyway?</source>
        <translation>&quot;%1&quot; は現在編集モードです。
変更を破棄して閉じてしまってもよろしいですか？</translation>
    </message>
    <message>
        <source>Export database to CSV file</source>
        <translation>データベースをCSVファイルにエクスポートする</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSVファイル</translation>
    </message>
    <message>
        <source>Writing the CSV file failed.</source>
        <translation>CSVファイルの書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>The database you are trying to save as is locked by another instance of KeePassX.
Do you want to save it anyway?</source>
        <translation>保存しようとしたデータベースは別のKeePassXプログラムからロックされています。
とにかく保存しますか？</translation>
    </message>
</context>
<context>
    <name>DatabaseWidget</name>
    <message>
        <source>Change master key</source>
        <translation>マスターキーを変更する</translation>
    </message>
    <message>
        <source>Delete entry?</source>
        <translation>エントリーを削除してよいですか?</translation>
    </message>
    <message>
        <source>Do you really want to delete the entry &quot;%1&quot; for good?</source>
        <translation>本当にエントリー &quot;%1&quot; を永遠に消去しますか？</translation>
    </message>
    <message>
        <source>Delete entries?</source>
        <translation>複数のエントリーを削除してよいですか?</translation>
    </message>
    <message>
        <source>Do you really want to delete %1 entries for good?</source>
        <translation>本当に %1 個のエントリーを永遠に消去しますか？</translation>
    </message>
    <message>
        <source>Move entries to recycle bin?</source>
        <translation>エントリーをゴミ箱に移しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to move %n entry(s) to the recycle bin?</source>
        <translation><numerusform>%n個()のエントリーをゴミ箱に移してもよいですか?</numerusform></translation>
    </message>
    <message>
        <source>Delete group?</source>
        <translation>グループを削除してよいですか?</translation>
    </message>
    <message>
        <source>Do you really want to delete the group &quot;%1&quot; for good?</source>
        <translation>グループ &quot;%1&quot; を完全に削除しますがよろしいですか?</translation>
    </message>
    <message>
        <source>Current group</source>
        <translation>現在のグループ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Unable to calculate master key</source>
        <translation>マスターキーを計算できませんでした</translation>
    </message>
</context>
<context>
    <name>EditEntryWidget</name>
    <message>
        <source>Entry</source>
        <translation>エントリー</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自動入力</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>エントリーの履歴</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>エントリーを追加</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>エントリーを編集</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Different passwords supplied.</source>
        <translation>異なるパスワードが入力されました。</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>新しい属性</translation>
    </message>
    <message>
        <source>Select file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Unable to open file</source>
        <translation>ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>添付を保存する</translation>
    </message>
    <message>
        <source>Unable to save the attachment:
</source>
        <translation>添付を保存できませんでした:
</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n週間</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%nヶ月</numerusform></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1年</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAdvanced</name>
    <message>
        <source>Additional attributes</source>
        <translation>追加属性</translation>
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
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAutoType</name>
    <message>
        <source>Enable Auto-Type for this entry</source>
        <translation>エントリーの自動入力を有効にする</translation>
    </message>
    <message>
        <source>Inherit default Auto-Type sequence from the group</source>
        <translation>自動入力手順をグループから引き継ぐ</translation>
    </message>
    <message>
        <source>Use custom Auto-Type sequence:</source>
        <translation>カスタムの自動入力手順を使う:</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Window title:</source>
        <translation>ウインドウタイトル:</translation>
    </message>
    <message>
        <source>Use default sequence</source>
        <translation>デフォルトの手順を使う</translation>
    </message>
    <message>
        <source>Set custom sequence:</source>
        <translation>カスタムの手順を入力:</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetHistory</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>全て削除</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetMain</name>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>ユーザ名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>パスワード確認:</translation>
    </message>
    <message>
        <source>Gen.</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
</context>
<context>
    <name>EditGroupWidget</name>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>グループの追加</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>グループの編集</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Inherit from parent group (%1)</source>
        <translation>親グループ &quot;(%1)&quot; から引き継ぐ</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetMain</name>
    <message>
        <source>Name</source>
        <translation>グループ名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Auto-type</source>
        <translation>自動入力</translation>
    </message>
    <message>
        <source>Use default auto-type sequence of parent group</source>
        <translation>親グループのデフォルトの自動入力手順を使う</translation>
    </message>
    <message>
        <source>Set default auto-type sequence</source>
        <translation>デフォルトの自動入力手順をセット</translation>
    </message>
</context>
<context>
    <name>EditWidgetIcons</name>
    <message>
        <source>Use default icon</source>
        <translation>デフォルトアイコンから選択</translation>
    </message>
    <message>
        <source>Use custom icon</source>
        <translation>カスタムアイコンから選択</translation>
    </message>
    <message>
        <source>Add custom icon</source>
        <translation>カスタムアイコンを追加</translation>
    </message>
    <message>
        <source>Delete custom icon</source>
        <translation>カスタムアイコンを削除</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全てのファイル</translation>
    </message>
    <message>
        <source>Select Image</source>
        <translation>画像を選択</translation>
    </message>
    <message>
        <source>Can&apos;t delete icon!</source>
        <translation>アイコンを削除できません!</translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t delete icon. Still used by %n item(s).</source>
        <translation><numerusform>%n個のアイテムから使われているので、アイコンを削除できません。</numerusform></translation>
    </message>
</context>
<context>
    <name>EditWidgetProperties</name>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>編集日時:</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>アクセス日時:</translation>
    </message>
    <message>
        <source>Uuid:</source>
        <translation>UUID:</translation>
    </message>
</context>
<context>
    <name>EntryAttributesModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>EntryHistoryModel</name>
    <message>
        <source>Last modified</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>Recycle Bin</source>
        <translation>ゴミ箱</translation>
    </message>
</context>
<context>
    <name>KeePass1OpenWidget</name>
    <message>
        <source>Import KeePass1 database</source>
        <translation>KeePass1 データベースをインポートする</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Unable to open the database.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>KeePass1Reader</name>
    <message>
        <source>Unable to read keyfile.</source>
        <translation>キーファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>KeePassデータベースではありません。</translation>
    </message>
    <message>
        <source>Unsupported encryption algorithm.</source>
        <translation>サポートしていない暗号化アルゴリズムです。</translation>
    </message>
    <message>
        <source>Unsupported KeePass database version.</source>
        <translation>サポートしていないバージョンのKeePassデータベースです。</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Unable to calculate master key</source>
        <translation>マスターキーを計算できませんでした</translation>
    </message>
</context>
<context>
    <name>KeePass2Reader</name>
    <message>
        <source>Not a KeePass database.</source>
        <translation>KeePassデータベースではありません。</translation>
    </message>
    <message>
        <source>Unsupported KeePass database version.</source>
        <translation>サポートしていないバージョンのKeePassデータベースです。</translation>
    </message>
    <message>
        <source>Wrong key or database file is corrupt.</source>
        <translation>キーが間違っているかデータベースファイルが破損しています。</translation>
    </message>
    <message>
        <source>Unable to calculate master key</source>
        <translation>マスターキーを計算できません</translation>
    </message>
    <message>
        <source>The selected file is an old KeePass 1 database (.kdb).

You can import it by clicking on Database &gt; 'Import KeePass 1 database'.
This is a one-way migration. You won&apos;t be able to open the imported database with the old KeePassX 0.4 version.</source>
        <translation>選択されたファイルは古い KeePass 1 のデータベース (.kdb) です。

データベース &gt; &apos;KeePass 1 データベースをインポート&apos; をクリックすることでインポートできます。
これは一方向の移行操作であり、インポートされたデータベースは古い KeePassX 0.4 のバージョンでは開くことはできません。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Fatal error while testing the cryptographic functions.</source>
        <translation>暗号化機能のテスト中に致命的なエラーが発生しました。</translation>
    </message>
    <message>
        <source>KeePassX - Error</source>
        <translation>KeePassX - エラー</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>最近使ったデータベース</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>エントリー</translation>
    </message>
    <message>
        <source>Copy attribute to clipboard</source>
        <translation>クリップボードにコピーする</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>About</source>
        <translation>このソフトウェアについて</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Save database</source>
        <translation>データベースを保存</translation>
    </message>
    <message>
        <source>Close database</source>
        <translation>データベースを閉じる</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <source>Add new entry</source>
        <translation>新規エントリーの追加</translation>
    </message>
    <message>
        <source>View/Edit entry</source>
        <translation>エントリーの表示/編集</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>エントリーの削除</translation>
    </message>
    <message>
        <source>Add new group</source>
        <translation>新規グループの追加</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>グループの編集</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>グループの削除</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>ファイル名をつけてデータベースを保存</translation>
    </message>
    <message>
        <source>Change master key</source>
        <translation>マスターキーを変更</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>データベースの設定</translation>
    </message>
    <message>
        <source>Import KeePass 1 database</source>
        <translation>KeePass1 データベースをインポートする</translation>
    </message>
    <message>
        <source>Clone entry</source>
        <translation>エントリーの複製</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Copy username to clipboard</source>
        <translation>ユーザー名をコピー</translation>
    </message>
    <message>
        <source>Copy password to clipboard</source>
        <translation>パスワードをコピー</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Perform Auto-Type</source>
        <translation>自動入力の実行</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URLを開く</translation>
    </message>
    <message>
        <source>Lock databases</source>
        <translation>データベースをロック</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Show toolbar</source>
        <translation>ツールバーを表示</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Toggle window</source>
        <translation>ウィンドウ切替</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Copy username</source>
        <translation>ユーザ名をコピー</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>パスワードをコピー</translation>
    </message>
    <message>
        <source>Export to CSV file</source>
        <translation>CSVファイルへエクスポート</translation>
    </message>
    <message>
        <source>Repair database</source>
        <translation>データベースを修復する</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2 データベース</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全てのファイル</translation>
    </message>
    <message>
        <source>Save repaired database</source>
        <translation>修復されたデータベースを保存する</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Writing the database failed.</source>
        <translation>データベースの書き込みに失敗しました。</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorWidget</name>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>文字数:</translation>
    </message>
    <message>
        <source>Character Types</source>
        <translation>文字種</translation>
    </message>
    <message>
        <source>Upper Case Letters</source>
        <translation>大文字</translation>
    </message>
    <message>
        <source>Lower Case Letters</source>
        <translation>小文字</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Special Characters</source>
        <translation>特殊な文字</translation>
    </message>
    <message>
        <source>Exclude look-alike characters</source>
        <translation>よく似た文字を除外する</translation>
    </message>
    <message>
        <source>Ensure that the password contains characters from every group</source>
        <translation>使用する文字種の文字が必ず含まれるようにする</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>適用</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays version information.</source>
        <translation>バージョン情報を表示する。</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>このヘルプを表示する。</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; は不明なオプションです。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>%1 は不明なオプションです。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の後に値が見つかりません。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の後に予期しない値があります。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
</context>
<context>
    <name>QSaveFile</name>
    <message>
        <source>Existing file %1 is not writable</source>
        <translation>存在するファイル %1 は書き込みできません</translation>
    </message>
    <message>
        <source>Writing canceled by application</source>
        <translation>アプリケーションにより書き込みがキャンセルされました</translation>
    </message>
    <message>
        <source>Partial write. Partition full?</source>
        <translation>一部しか書き込めませんでした。パーティションがいっぱいかも？</translation>
    </message>
</context>
<context>
    <name>QtIOCompressor</name>
    <message>
        <source>Internal zlib error when compressing: </source>
        <translation>圧縮時に内部zlibエラーが発生しました: </translation>
    </message>
    <message>
        <source>Error writing to underlying device: </source>
        <translation>基本デバイスへの書き込み時にエラーが発生しました:</translation>
    </message>
    <message>
        <source>Error opening underlying device: </source>
        <translation>基本デバイスを開く時にエラーが発生しました:</translation>
    </message>
    <message>
        <source>Error reading data from underlying device: </source>
        <translation>基本デバイスから読み込み時にエラーが発生しました:</translation>
    </message>
    <message>
        <source>Internal zlib error when decompressing: </source>
        <translation>解凍時に内部zlibエラーが発生しました: </translation>
    </message>
</context>
<context>
    <name>QtIOCompressor::open</name>
    <message>
        <source>The gzip format not supported in this version of zlib.</source>
        <translation>zlibの現在のバージョンがgzip形式をサポートしていません。</translation>
    </message>
    <message>
        <source>Internal zlib error: </source>
        <translation>内部のzlibエラー:</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Current group</source>
        <translation>現在のグループ</translation>
    </message>
    <message>
        <source>Root group</source>
        <translation>全て</translation>
    </message>
</context>
<context>
    <name>SettingsWidget</name>
    <message>
        <source>Application Settings</source>
        <translation>アプリケーション設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetGeneral</name>
    <message>
        <source>Remember last databases</source>
        <translation>最近使用したデータベースを記憶する</translation>
    </message>
    <message>
        <source>Open previous databases on startup</source>
        <translation>KeePassX起動時に前回使用したデータベースを開く</translation>
    </message>
    <message>
        <source>Automatically save on exit</source>
        <translation>終了時に自動的に保存する</translation>
    </message>
    <message>
        <source>Automatically save after every change</source>
        <translation>変更するごとに自動的に保存</translation>
    </message>
    <message>
        <source>Minimize when copying to clipboard</source>
        <translation>クリップボードにコピーしたら最小化</translation>
    </message>
    <message>
        <source>Use group icon on entry creation</source>
        <translation>エントリーを作成したらグループのアイコンを使う</translation>
    </message>
    <message>
        <source>Global Auto-Type shortcut</source>
        <translation>全体の自動入力ショートカット</translation>
    </message>
    <message>
        <source>Use entry title to match windows for global auto-type</source>
        <translation>グローバル自動入力の際に、エントリーのタイトルとウィンドウのマッチングを行う</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Show a system tray icon</source>
        <translation>システムトレイアイコンを表示</translation>
    </message>
    <message>
        <source>Hide window to system tray when minimized</source>
        <translation>最小化された際にシステムトレイへ格納する</translation>
    </message>
    <message>
        <source>Remember last key files</source>
        <translation>最後のキーファイルを記憶</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetSecurity</name>
    <message>
        <source>Clear clipboard after</source>
        <translation>次の時間が過ぎたらクリップボードを消去</translation>
    </message>
    <message>
        <source> sec</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Lock databases after inactivity of</source>
        <translation>未操作の時間が続いたらデータベースをロック</translation>
    </message>
    <message>
        <source>Show passwords in cleartext by default</source>
        <translation>パスワードはデフォルトで平文表示にする</translation>
    </message>
    <message>
        <source>Always ask before performing auto-type</source>
        <translation>自動入力の実行前に常に確認する</translation>
    </message>
</context>
<context>
    <name>UnlockDatabaseWidget</name>
    <message>
        <source>Unlock database</source>
        <translation>データベースのロックを解除</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome!</source>
        <translation>ようこそ!</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>KeePassX - cross-platform password manager</source>
        <translation>KeePassX - クロスプラットフォーム パスワードマネージャー</translation>
    </message>
    <message>
        <source>filename of the password database to open (*.kdbx)</source>
        <translation>開くパスワードデータベースのファイル名 (*.kdbx)</translation>
    </message>
    <message>
        <source>path to a custom config file</source>
        <translation>カスタム設定ファイルへのパス</translation>
    </message>
    <message>
        <source>key file of the database</source>
        <translation>データベースのキーファイル</translation>
    </message>
</context>
</TS>