<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.0" language="ja_JP">
<context>
    <name>MainWindow</name>
    <message>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>USA</source>
        <translation>アメリカ</translation>
    </message>
    <message>
        <source>&lt;ID&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="obsolete">編集</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Tmd / Ticket</source>
        <translation>TMD/チケット</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Do It</source>
        <translation type="obsolete">する</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>完了しました!</translation>
    </message>
    <message>
        <source>JAPAN</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>KOREA</source>
        <translation>韓国</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>静かに</translation>
    </message>
    <message>
        <source>Disc Hdr</source>
        <translation>ディスクヘッダ</translation>
    </message>
    <message>
        <source>Apply the new TID to the TMD &amp; ticket</source>
        <translation>新しいゲームIDをTMD&amp;チケットに適用する</translation>
    </message>
    <message>
        <source>Overwrite Existing</source>
        <translation>存在するものを上書きする</translation>
    </message>
    <message>
        <source>Enter the path to the files to be used to make the disc image</source>
        <translation type="obsolete">ディスクイメージの作成に使うファイルのパスを入力してください</translation>
    </message>
    <message>
        <source>Tell wit to overwrite existing files</source>
        <translation>存在するファイルを上書きします</translation>
    </message>
    <message>
        <source>Update Title</source>
        <translation>ゲーム名を変更</translation>
    </message>
    <message>
        <source>Disc + Part</source>
        <translation>ディスク+パート</translation>
    </message>
    <message>
        <source>Error starting wit!</source>
        <translation>Witの起動に失敗しました!</translation>
    </message>
    <message>
        <source>Set the region used for the output image.  This is independent of the TID.  If auto is selected, wit will try to guess the region based on the TID.</source>
        <translation>出力する画像のリージョンをセットしてください。自動が選択されたらゲーム名IDのリージョンを使用します。</translation>
    </message>
    <message>
        <source>Slow your roll!</source>
        <translation>低速のロールです!</translation>
    </message>
    <message>
        <source>&lt;input&gt;</source>
        <translation type="obsolete">&lt;入力&gt;</translation>
    </message>
    <message>
        <source>/media</source>
        <translation type="obsolete">/media</translation>
    </message>
    <message>
        <source>Text output:</source>
        <translation>テキスト出力:</translation>
    </message>
    <message>
        <source>MainWindow</source>
        <translation type="obsolete">メインウインドウ</translation>
    </message>
    <message>
        <source>Useful information</source>
        <translation>お役立ち情報</translation>
    </message>
    <message>
        <source>EUROPE</source>
        <translation>ヨーロッパ</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation type="obsolete">入力:</translation>
    </message>
    <message>
        <source>Wit is running...</source>
        <translation>Witは動作中です…</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation type="obsolete">設定を保存</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>Apply the title &amp; TID changes to the partition header</source>
        <translation>領域ヘッダにゲーム名&amp;ゲームIDの変更を適用する</translation>
    </message>
    <message>
        <source>Enter a new TID ( 6 characters )</source>
        <translation>新しいゲームIDを入力してください(6文字)</translation>
    </message>
    <message>
        <source>Load Image</source>
        <translation type="obsolete">ISOを読み込む</translation>
    </message>
    <message>
        <source>Edit Image</source>
        <translation type="obsolete">ISOを編集</translation>
    </message>
    <message>
        <source>&lt;output&gt;</source>
        <translation type="obsolete">&lt;出力&gt;</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="obsolete">出力:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="obsolete">参照...</translation>
    </message>
    <message>
        <source>Do you want to change the title of the game?</source>
        <translation>ゲーム名を変更しますか?</translation>
    </message>
    <message>
        <source>&lt;Game Name&gt;</source>
        <translation>&lt;ゲーム名&gt;</translation>
    </message>
    <message>
        <source>Default IOS to use for booting: If this is less than 3, the IOS in the TMD will be used</source>
        <translation type="obsolete">起動に使うデフォルトIOS: 3以下ならTMDのIOSが使われます</translation>
    </message>
    <message>
        <source>Default IOS:</source>
        <translation>デフォルトIOS:</translation>
    </message>
    <message>
        <source>Game IOS</source>
        <translation type="obsolete">ゲームのIOS</translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation>起動時のタブ:</translation>
    </message>
    <message>
        <source>Verbose++</source>
        <translation>冗長++</translation>
    </message>
    <message>
        <source>What IOS should be used in the TMD</source>
        <translation type="obsolete">TMDの中のどのIOSを使用しますか</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Verbose+++</source>
        <translation>冗長+++</translation>
    </message>
    <message>
        <source>Settings Saved</source>
        <translation type="obsolete">設定が保存されました</translation>
    </message>
    <message>
        <source>Apply title &amp; TID changes to the disc header</source>
        <translation>ディスクヘッダにゲーム名&amp;ゲームIDの変更を適用する</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="obsolete">作成</translation>
    </message>
    <message>
        <source>Test Mode</source>
        <translation>テストモード</translation>
    </message>
    <message>
        <source>Do you want to change the TID of the game?</source>
        <translation>ゲームIDを変更しますか?</translation>
    </message>
    <message>
        <source>Update ID</source>
        <translation>IDを変更</translation>
    </message>
    <message>
        <source>Partition Hdr</source>
        <translation>領域ヘッダ</translation>
    </message>
    <message>
        <source>Tell wit to create a image using the selected parameters</source>
        <translation type="obsolete">選択したパラメータでISOを作成します</translation>
    </message>
    <message>
        <source>Copy the text in the output box</source>
        <translation>出力ボックスのテキストをコピー</translation>
    </message>
    <message>
        <source>Skip &quot;.svn&quot; files in tree view to speed up parsing</source>
        <translation>構文解析の速度向上のため「.svn」ファイルを無視する</translation>
    </message>
    <message>
        <source>Verbose+</source>
        <translation>冗長+</translation>
    </message>
    <message>
        <source>Region &lt;auto&gt;</source>
        <translation>リージョン&lt;自動&gt;</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Verbose</source>
        <translation>冗長</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>テキストを消去</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>抽出</translation>
    </message>
    <message>
        <source>Search Path...</source>
        <translation>検索するパス...</translation>
    </message>
    <message>
        <source>Compose Image</source>
        <translation type="obsolete">ISOを作成</translation>
    </message>
    <message>
        <source>Enter a new game name</source>
        <translation>新しいゲーム名を入力してください</translation>
    </message>
    <message>
        <source>Ignore svn Files in Filetree</source>
        <translation>svnファイルを無視する</translation>
    </message>
    <message>
        <source>Ready for more work</source>
        <translation type="obsolete">準備完了</translation>
    </message>
    <message>
        <source>Logging :</source>
        <translation>ロギング:</translation>
    </message>
    <message>
        <source>Got FST list from wit, parsing it into a pretty file tree...</source>
        <translation>WitからFSTリストを入手しています…</translation>
    </message>
    <message>
        <source>Enter the output file path</source>
        <translation type="obsolete">出力ファイルのパスを入力してください</translation>
    </message>
    <message>
        <source>Open Directory</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <source>Wit is still running.
Wait for the current job to finish.</source>
        <translation>Witは動作中です
ジョブが終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>ゲーム</translation>
    </message>
    <message>
        <source>Game IOS:</source>
        <translation>ゲームIOS:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Default IOS to use for booting</source>
        <translation>起動に使うデフォルトIOS</translation>
    </message>
    <message>
        <source>Default Region:</source>
        <translation>デフォルトリージョン:</translation>
    </message>
    <message>
        <source>AUTO</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>PAL</source>
        <translation></translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation></translation>
    </message>
    <message>
        <source>About...</source>
        <translation>概要...</translation>
    </message>
    <message>
        <source>About Qt...</source>
        <translation>Qtについて...</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The version of wit cannot be determined.</source>
        <translation>新しいバージョンは見つかりませんでした。</translation>
    </message>
    <message>
        <source>The version of wit is too low.  Upgrade it!</source>
        <translation>更新があります。更新しますか?</translation>
    </message>
    <message>
        <source>Error parsing data from wit.  The game cannot be loaded.</source>
        <translation>ゲームはエラーにより読み込めませんでした。</translation>
    </message>
    <message>
        <source> is a cross-platform GUI for wit.
This software comes to you with a GPLv3 license

</source>
        <translation type="obsolete">はwitのための多プラットフォーム対応のGUIです
GPLv3ライセンスで配布されています

</translation>
    </message>
    <message>
        <source>Version: </source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Revision: </source>
        <translation>リビジョン:</translation>
    </message>
    <message>
        <source>Website: </source>
        <translation>公式サイト:</translation>
    </message>
    <message>
        <source>About </source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>What IOS should be used in the TMD?</source>
        <translation>TMDのどのIOSを使用しますか?</translation>
    </message>
    <message>
        <source>Don&apos;t write any changes to disc</source>
        <translation>ディスクに変更を書き込まない</translation>
    </message>
    <message>
        <source>Base path used when searching for files</source>
        <translation>ベースパスはファイルの参照の時使用されます</translation>
    </message>
    <message>
        <source>Where to start this program</source>
        <translation>どのタブでプログラムを始めますか</translation>
    </message>
    <message>
        <source>Always use the same region flag when saving a game</source>
        <translation>ゲームを保存するときいつも同じリージョンを使う</translation>
    </message>
    <message>
        <source>Partition Select:</source>
        <translation>領域を選択:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全て</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>No-Data</source>
        <translation>データ無し</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>No-Update</source>
        <translation>更新無し</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>No-Channel</source>
        <translation>キャンセル拒否</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>全て</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>無編集</translation>
    </message>
    <message>
        <source>Save an .ini with these settings</source>
        <translation type="obsolete">iniに設定を保存</translation>
    </message>
    <message>
        <source>Didn&apos;t get any files to display</source>
        <translation>表示するファイルがありません</translation>
    </message>
    <message>
        <source> is a cross-platform GUI for wit.&lt;br&gt;This software comes to you with a GPLv3 license&lt;br&gt;&lt;br&gt;</source>
        <translation>はwit用の多プラットフォーム対応GUIです.&lt;br&gt;GPLv3ライセンスで配布されています&lt;br&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Maybe cygwin1.dll is missing</source>
        <translation>cygwin1.dllがありません</translation>
    </message>
    <message>
        <source>Wit appears to have crashed</source>
        <translation>witがクラッシュしました</translation>
    </message>
    <message>
        <source>Done, but with error</source>
        <translation>エラーがありましたが完了しました</translation>
    </message>
    <message>
        <source>Error... Check the log</source>
        <translation>エラー…記録をチェック中</translation>
    </message>
    <message>
        <source>Wit path:</source>
        <translation>witのパス:</translation>
    </message>
    <message>
        <source>Where is wit?</source>
        <translation>witの場所はどこですか?</translation>
    </message>
    <message>
        <source>When extracting games, only dump the data folder, and don&apos;t use the &quot;DATA&quot; sub-folder.</source>
        <translation>ゲームを抽出するときデータフォルダのみをダンプし、「DATA」サブフォルダを使用しません。</translation>
    </message>
    <message>
        <source>Use SNEEK folder system when extracting</source>
        <translation type="obsolete">抽出時にSNEEKフォルダシステムを使用する</translation>
    </message>
    <message>
        <source>Check this box to apply changed of the ID to the TMD and ticket.</source>
        <translation>TMDとチケットにIDの変更を適用するときはこのボックスにチェックを入れてください。</translation>
    </message>
    <message>
        <source>This box displays the region flag of the game that is loaded in the GUI and also allows it to be changed when the game is saved.  This flag is independent of the &quot;region&quot; byte of the ID.</source>
        <translation>このボックスはゲームのリージョンを表示しゲームが保存されたときに変更出来ます。</translation>
    </message>
    <message>
        <source>Check this box to apply changed of the name and ID to the disc header.</source>
        <translation>ディスクヘッダにゲームの名前とIDの変更を適用するときはこのボックスにチェックを入れてください。</translation>
    </message>
    <message>
        <source>Check this box to apply changed of the name and ID to the partition header.</source>
        <translation>領域ヘッダにゲームの名前とIDの変更を適用するときはこのボックスにチェックを入れてください。</translation>
    </message>
    <message>
        <source>This box contains the name of the game as read from 0x20 in the disc header.  This is the name displayed by most homebrew applications.

To give a game a new name...
(1) check the &quot;Update Title&quot; box
(2) Type a name here ( max 63 characters )
(3) check the &quot;Disc Hdr&quot; box to apply this name to the disc header and/or the &quot;Partition Hdr&quot; box to apply the name to the data patition header.</source>
        <translation>このボックスはディスクヘッダの0x20を名前として読み込んでいます。  この名前はHomebrewアプリで表示されます。

新しい名前を付けるには
(1) 「ゲーム名を変更」のボックスにチェックを入れる
(2) ここに文字を入力する(最大63文字)
(3) 「ディスクヘッダ」にチェックするとディスクヘッダに、「領域ヘッダ」にチェックすると領域ヘッダに名前の変更を適用します。</translation>
    </message>
    <message>
        <source>This box is used for the game&apos;s ID.  The ID is used several places in a game for different reasons.  

Homebrew programs usually use the ID in the disc header to identify a game.  Because of this, only one game should exist on a WBFS partition with a given ID in the disc header.  Games starting with a 0 for the ID in the disc header will be autobooted by the system menu.

Most functions having to do with the NAND rely on the ID in the TMD and ticket.  This includes save data.  Therefore, changing the ID here will result in a game using different location on the NAND to store its data.

To edit a game ID...
(1) check the &quot;Update ID&quot; box
(2) enter an ID in this box ( 6 characters )
(3) check any combination of the &quot;Disc Hdr&quot;, &quot;Partition Hdr&quot;, and &quot; Tmd / Ticket&quot; boxes to decide where to apply the new ID in the game.</source>
        <translation>このボックスではゲームIDを編集できます。.  ゲームIDは様々な理由で使われます。

HomebrewプログラムはディスクヘッダのIDをゲームを認識するため使います。  これのおかげでディスクヘッダのIDでWBFS領域に存在できます。  0で始まるIDの場合システムメニューによって自動的に起動されます。

TMDとチケットのIDはNANDで使用されます。  セーブデータに使用されるのでIDを変更するとNANDはデータを保存するのに別の場所を使うようになります。

IDを編集するには
(1) 「IDを変更」のボックスにチェックを入れる
(2) ここにIDを入力する(最大6文字)
(3) 「ディスクヘッダ」「領域ヘッダ」「TMD/チケット」から名前の変更を適用する場所を選択してください。</translation>
    </message>
    <message>
        <source>This is the IOS used while the game is running.  Editing in this box is disabled when the &quot;Default IOS&quot; setting is enabled.</source>
        <translation>ゲームが起動するときのIOSです。「デフォルトIOS」設定が有効の時はここを編集しても無効になります。</translation>
    </message>
    <message>
        <source>Check the &quot;Update ID&quot; box to allow editing of the game&apos;s ID.</source>
        <translation>「IDを変更」にチェックを入れると変種出来ます。</translation>
    </message>
    <message>
        <source>Check this box to enable editing of a game&apos;s title.</source>
        <translation>ゲーム名を変更するときはこのボックスにチェックを入れてください。</translation>
    </message>
    <message>
        <source>This field is used to display the layout of a game in a collapsible tree.  Not all of the files shown are real files, but instead are an improvised way to deal with metadata present in games.  Likewise, not all of the folder names are real folders and are just made up to deal with metadata files.  Because of this, other tools may list the same files with different names, different paths, or just not even list the file at all.

This basic nomenclature used was first used in SNEEK&apos;s DI and has been adapted to account for files and data not used by that program.</source>
        <translation>ゲームのレイアウトを表示します。リアル名ファイルとして表示されない場合もあります。他のツールでは違う名前、場所になる可能性があります。

SNEEKのDIでこの名名は使用されます。</translation>
    </message>
    <message>
        <source>Select &quot;Test Mode&quot; to build a command and pretend to execute it.  Nothing will be written to the HDD with this box checked.  Use this if you are unsure of a command.</source>
        <translation>HDDに書き込まずコマンドが正しいかチェックするときには「テストモード」を選択してください。</translation>
    </message>
    <message>
        <source>Check the &quot;Overwrite Existing&quot; box to overwrite any conflicting files
while saving.</source>
        <translation>重複するファイルを上書きする場合は「存在するものを上書きする」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Many times video game makers blindly run their tool to pack up all their files into a game without thinking about what all they are doing.  If the game has been developed using a svn, this can lead to hundreds of hidden files getting included in the final game that serve no purpose.  Check the &quot;Ignore svn Files in Filetree&quot; box to omit entries containing &quot;/.svn/&quot; in the layout view of the disc.</source>
        <translation>「/.svn/」を隠す場合には「svnファイルを無視する」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>When this box is checked and a game is saved as FST type, it is saved in the format used by the DI module from SNEEK.  This means...

(1) only the data partition is extracted
(2) the subfolder &quot;DATA&quot; is omitted
(3) the &quot;disc&quot; folder and its contents are not extracted</source>
        <translation>このボックスにチェックが入れられている場合ゲームはFST形式で保存され、この形式はSNEEKのDIモジュールで使用されます。これが意味するのは…

(1) データ領域だけ抽出された
(2) サブフォルダの「DATA」は省かれた
(3) 「disc」フォルダとその中身は抽出されていない</translation>
    </message>
    <message>
        <source>Select different ammounts of information outputted in the &quot;Output&quot; tab.</source>
        <translation>「出力」タブで違う情報の出力を選択してください。</translation>
    </message>
    <message>
        <source>Use this option to view the disc and partition layout of the game in the &quot;Output&quot; tab.</source>
        <translation>「出力」タブでゲームのディスクと領域のレイアウトを見るときはこの設定を使ってください。</translation>
    </message>
    <message>
        <source>You can check the &quot;Default IOS&quot; checkbox and select a number here to define one IOS to always use when saving a game.  This is useful if you have only a couple IOSes that have the signing bug.

When this box is checked, the IOS selector in the first tab is disabled.</source>
        <translation>「デフォルトIOS」にチェックしてIOSの番号を選択すると最初のタブのIOSの選択は無効になります。</translation>
    </message>
    <message>
        <source>Enter a path in &quot;Search Path&quot; to define the starting location for the file browser.  This is used in such things on &quot;open&quot; and &quot;save as&quot;.</source>
        <translation>「検索するパス」に「開く」「名前を付けて保存」に使用される場所を入力してください。</translation>
    </message>
    <message>
        <source>Use the &quot;Start At&quot; setting to decide which tab should be displayed first next time this program runs.</source>
        <translation>「起動時のタブ」でプログラムが起動したときどのタブから始まるか指定できます。</translation>
    </message>
    <message>
        <source>If the &quot;Default Region&quot; box is checked, you can select a region that will be used every time a game is saved.  This does not affect the ID of the game, but only the region flag with in the ISO.

When this box is checked, the region setting in the first tab is disabled.</source>
        <translation>「デフォルトリージョン」にチェックしてリージョンを選択すると最初のタブのリージョンの選択は無効になります。</translation>
    </message>
    <message>
        <source>You can use the &quot;Partition Select&quot; option to define which partitions are both shown in the disc layout tree and saved.</source>
        <translation>「領域を選択」でどの領域が何をしたか分かります。</translation>
    </message>
    <message>
        <source>The &quot;Wit Path&quot; is the path to the wit executable.</source>
        <translation>「Witのパス」はWitが存在する場所のことです。</translation>
    </message>
    <message>
        <source>What&apos;s This...</source>
        <translation>ヘルプ...</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
</context>
</TS>
