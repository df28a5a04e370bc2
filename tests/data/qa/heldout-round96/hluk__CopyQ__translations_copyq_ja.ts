<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/ui/aboutdialog.ui" line="14"/>
        <source>About</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="114"/>
        <source>Clipboard Manager</source>
        <translation>クリップボードマネージャー</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="121"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="122"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="123"/>
        <source>Web</source>
        <translation>ウェブ</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="124"/>
        <source>Donate</source>
        <translation>寄付</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="14"/>
        <source>Action Dialog</source>
        <translation>アクションダイアログ</translation>
    </message>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="58"/>
        <source>Standard &amp;input:</source>
        <translation>標準入力(&amp;I):</translation>
    </message>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="68"/>
        <source>Store standard o&amp;utput:</source>
        <translation>記録する標準出力(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="33"/>
        <source>Co&amp;mmand:</source>
        <translation>コマンド(&amp;M):</translation>
    </message>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="78"/>
        <source>Send data of given media type to standard input of command (leave empty to turn off)</source>
        <translation>指定したメディア形式のデータをコマンドの標準入力へ送信します (空のままにすると無効になります)</translation>
    </message>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="85"/>
        <source>Create items from standard output of the program (leave empty to turn off)</source>
        <translation>プログラムの標準出力からアイテムを作成します (空のままにすると無効になります)</translation>
    </message>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="102"/>
        <source>&amp;Separator for new items:</source>
        <translation>新しいアイテムのセパレータ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="112"/>
        <source>&lt;p&gt;Regular expression for splitting output into multiple items.&lt;\p&gt;
&lt;p&gt;Use &lt;b&gt;\n&lt;/b&gt; to store each line to separate item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;出力を複数のアイテムに分割する時に使用する正規表現を設定。&lt;\p&gt;
&lt;p&gt;それぞれの行でアイテムを分割する場合は &lt;b&gt;\n&lt;/b&gt; を使います。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="116"/>
        <source>\n</source>
        <translation>\n</translation>
    </message>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="123"/>
        <source>Output &amp;tab:</source>
        <translation>出力タブ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/ui/actiondialog.ui" line="133"/>
        <source>Save items in tab with given name (leave empty to save in the current tab)</source>
        <translation>入力された名前のタブにアイテムを保存します (現在のタブに保存する場合は空にしてください)</translation>
    </message>
    <message>
        <source>Command saved</source>
        <translation type="vanished">コマンドを保存しました</translation>
    </message>
    <message>
        <source>Command was saved and can be accessed from item menu.
You can set up the command in preferences.</source>
        <translation type="vanished">保存されたコマンドは、アイテムメニューからアクセスできます。
設定画面でコマンドを設定できます。</translation>
    </message>
</context>
<context>
    <name>ActionHandler</name>
    <message>
        <location filename="../src/gui/actionhandler.cpp" line="156"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/actionhandler.cpp" line="174"/>
        <source>Exit code: %1</source>
        <translation>終了コード: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/actionhandler.cpp" line="207"/>
        <source>Command %1</source>
        <translation>コマンド %1</translation>
    </message>
</context>
<context>
    <name>ActionHandlerDialog</name>
    <message>
        <location filename="../src/ui/actionhandlerdialog.ui" line="14"/>
        <source>Process Manager</source>
        <translation>プロセスマネージャー</translation>
    </message>
    <message>
        <location filename="../src/ui/actionhandlerdialog.ui" line="22"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../src/ui/actionhandlerdialog.ui" line="32"/>
        <source>&amp;Terminate Selected</source>
        <translation>選択項目を終了(&amp;T)</translation>
    </message>
</context>
<context>
    <name>AddCommandDialog</name>
    <message>
        <location filename="../src/ui/addcommanddialog.ui" line="14"/>
        <source>Add Commands</source>
        <translation>コマンドを追加</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="64"/>
        <source>Show/hide main window</source>
        <translation>メインウィンドウの表示切り替え</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="65"/>
        <source>Show the tray menu</source>
        <translation>トレイメニューを表示</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="66"/>
        <source>Show main window under mouse cursor</source>
        <translation>マウスカーソルの下にメインウィンドウを表示</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="67"/>
        <source>Edit clipboard</source>
        <translation>クリップボードを編集</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="68"/>
        <source>Edit first item</source>
        <translation>最初のアイテムを編集</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="69"/>
        <source>Copy second item</source>
        <translation>2つ目のアイテムをコピー</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="70"/>
        <source>Show action dialog</source>
        <translation>アクションダイアログを表示</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="71"/>
        <source>Create new item</source>
        <translation>新しいアイテムを作成</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="72"/>
        <source>Copy next item</source>
        <translation>次のアイテムをコピー</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="73"/>
        <source>Copy previous item</source>
        <translation>前のアイテムをコピー</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="74"/>
        <source>Paste clipboard as plain text</source>
        <translation>プレーンテキストとしてクリップボードを貼り付け</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="75"/>
        <source>Disable clipboard storing</source>
        <translation>クリップボードの記録を無効化</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="76"/>
        <source>Enable clipboard storing</source>
        <translation>クリップボードの記録を有効化</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="77"/>
        <source>Paste and copy next</source>
        <translation>貼り付けて次のアイテムをコピー</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="78"/>
        <source>Paste and copy previous</source>
        <translation>貼り付けて前のアイテムをコピー</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="79"/>
        <source>Take screenshot</source>
        <translation>スクリーンショットを撮影</translation>
    </message>
    <message>
        <location filename="../src/common/globalshortcutcommands.cpp" line="80"/>
        <source>Paste current date and time</source>
        <translation>現在の日時を貼り付け</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="41"/>
        <source>New command</source>
        <translation>新しいコマンド</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="48"/>
        <source>Ignore items with no or single character</source>
        <translation>1文字以下のアイテムを無視</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="77"/>
        <source>Open in &amp;Browser</source>
        <translation>ブラウザーで開く(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="85"/>
        <source>Paste as Plain Text</source>
        <translation>プレーンテキストとして貼り付け</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="93"/>
        <source>Autoplay videos</source>
        <translation>動画を自動再生</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="102"/>
        <source>Copy URL (web address) to other tab</source>
        <translation>URL (ウェブアドレス) を別のタブにコピー</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="109"/>
        <source>Create thumbnail (needs ImageMagick)</source>
        <translation>サムネイルを作成 (要 ImageMagick)</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="117"/>
        <source>Create QR Code from URL (needs qrencode)</source>
        <translation>URL から QR コードを作成 (要 qrencode)</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="125"/>
        <source>Tasks</source>
        <comment>Tab name for some predefined commands</comment>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="128"/>
        <source>Add to %1 tab</source>
        <comment>%1 is quoted Tasks tab name</comment>
        <translation>%1 タブに追加</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="136"/>
        <source>Move to %1 tab</source>
        <comment>%1 is quoted Tasks tab name</comment>
        <translation>%1 タブに移動</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="144"/>
        <source>Ignore copied files</source>
        <translation>コピーしたファイルを無視</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="153"/>
        <source>Ignore *&quot;Password&quot;* window</source>
        <translation>タイトルに *&quot;Password&quot;* が含まれるウィンドウを無視</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="154"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="162"/>
        <source>Move to Trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="165"/>
        <source>(trash)</source>
        <translation>(ゴミ箱)</translation>
    </message>
    <message>
        <location filename="../src/common/predefinedcommands.cpp" line="169"/>
        <source>Clear Current Tab</source>
        <translation>現在のタブをクリア</translation>
    </message>
</context>
<context>
    <name>ClipboardBrowser</name>
    <message>
        <source>Cannot Add New Items</source>
        <translation type="vanished">新しいアイテムを追加できません</translation>
    </message>
    <message>
        <source>Tab is full. Failed to remove any items.</source>
        <translation type="vanished">タブが一杯です。アイテムの削除に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/clipboardbrowser.cpp" line="1576"/>
        <source>Cannot add new items to tab %1. Please remove items manually to make space.</source>
        <translation>タブ %1 に新しいアイテムを追加できません。手動でアイテムを削除して空きを確保してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/clipboardbrowser.cpp" line="1903"/>
        <source>Discard Changes?</source>
        <translation>変更を破棄しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/clipboardbrowser.cpp" line="1904"/>
        <source>Do you really want to &lt;strong&gt;discard changes&lt;/strong&gt;?</source>
        <translation>本当に&lt;strong&gt;変更を破棄&lt;/strong&gt;しますか?</translation>
    </message>
</context>
<context>
    <name>ClipboardClient</name>
    <message>
        <location filename="../src/app/clipboardclient.cpp" line="106"/>
        <source>Cannot connect to server! Start CopyQ server first.</source>
        <translation>サーバーに接続できません! 最初に CopyQ サーバーを起動してください。</translation>
    </message>
    <message>
        <location filename="../src/app/clipboardclient.cpp" line="99"/>
        <source>Connection lost!</source>
        <translation>接続が切れました!</translation>
    </message>
</context>
<context>
    <name>ClipboardDialog</name>
    <message>
        <location filename="../src/ui/clipboarddialog.ui" line="20"/>
        <source>Clipboard Content</source>
        <translation>クリップボードの内容</translation>
    </message>
    <message>
        <location filename="../src/ui/clipboarddialog.ui" line="73"/>
        <source>&amp;Formats:</source>
        <translation>フォーマット(&amp;F):</translation>
    </message>
    <message>
        <location filename="../src/ui/clipboarddialog.ui" line="112"/>
        <source>C&amp;ontent:</source>
        <translation>内容(&amp;O):</translation>
    </message>
    <message>
        <location filename="../src/ui/clipboarddialog.ui" line="205"/>
        <source>Remove Format</source>
        <translation>フォーマットを削除</translation>
    </message>
    <message>
        <location filename="../src/gui/clipboarddialog.cpp" line="84"/>
        <source>Item Content</source>
        <translation>アイテムの内容</translation>
    </message>
    <message>
        <location filename="../src/gui/clipboarddialog.cpp" line="155"/>
        <source>&lt;strong&gt;Size:&lt;/strong&gt; %1 bytes</source>
        <comment>Size of clipboard/item data in bytes</comment>
        <translation>&lt;strong&gt;サイズ:&lt;/strong&gt; %1 バイト</translation>
    </message>
    <message>
        <source>&lt;strong&gt;Size:&lt;/strong&gt; %1 bytes</source>
        <comment>Size of data in bytes</comment>
        <translation type="vanished">&lt;strong&gt;サイズ:&lt;/strong&gt; %1 バイト</translation>
    </message>
</context>
<context>
    <name>ClipboardServer</name>
    <message>
        <location filename="../src/app/clipboardserver.cpp" line="135"/>
        <source>CopyQ server is already running.</source>
        <translation>CopyQ サーバーは既に稼働中です。</translation>
    </message>
    <message>
        <location filename="../src/app/clipboardserver.cpp" line="417"/>
        <source>Cancel Active Commands</source>
        <translation>動作中のコマンドをキャンセル</translation>
    </message>
    <message>
        <location filename="../src/app/clipboardserver.cpp" line="418"/>
        <source>Cancel active commands and exit?</source>
        <translation>動作中のコマンドをキャンセルして終了しますか?</translation>
    </message>
    <message>
        <location filename="../src/app/clipboardserver.cpp" line="421"/>
        <source>Cancel Exiting</source>
        <translation>終了をキャンセル</translation>
    </message>
    <message>
        <location filename="../src/app/clipboardserver.cpp" line="422"/>
        <source>Exit Anyway</source>
        <translation>終了を実行</translation>
    </message>
</context>
<context>
    <name>CommandCompleter</name>
    <message>
        <location filename="../src/gui/commandcompleter.cpp" line="221"/>
        <source>Ctrl+Space</source>
        <comment>Shortcut to show completion menu</comment>
        <translation>Ctrl+Space</translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <location filename="../src/ui/commanddialog.ui" line="14"/>
        <source>Commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../src/ui/commanddialog.ui" line="26"/>
        <source>Define new commands that can be either invoked automatically on new clipboard content or by user from menu or using system shortcut.</source>
        <translation>クリップボードの内容が新しくなった際に自動的に呼び出す、またはメニューからユーザーが呼び出す、もしくはシステムのショートカットから使用するコマンドを定義します。</translation>
    </message>
    <message>
        <location filename="../src/ui/commanddialog.ui" line="51"/>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <location filename="../src/ui/commanddialog.ui" line="64"/>
        <source>&amp;Load Commands…</source>
        <translation>コマンドを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../src/ui/commanddialog.ui" line="74"/>
        <source>Sa&amp;ve Selected…</source>
        <translation>選択したコマンドを保存(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../src/ui/commanddialog.ui" line="84"/>
        <source>Copy Selected</source>
        <translation>選択したコマンドをコピー</translation>
    </message>
    <message>
        <location filename="../src/ui/commanddialog.ui" line="91"/>
        <source>Paste Commands</source>
        <translation>コマンドを貼り付け</translation>
    </message>
    <message>
        <location filename="../src/gui/commanddialog.cpp" line="178"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../src/gui/commanddialog.cpp" line="178"/>
        <source>Command dialog has unsaved changes.</source>
        <translation>コマンドダイアログに未保存の変更があります。</translation>
    </message>
    <message>
        <location filename="../src/gui/commanddialog.cpp" line="256"/>
        <source>Open Files with Commands</source>
        <translation>コマンド設定ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/commanddialog.cpp" line="257"/>
        <source>Commands (*.ini);; CopyQ Configuration (copyq.conf copyq-*.conf)</source>
        <translation>コマンド (*.ini);; CopyQ 設定 (copyq.conf copyq-*.conf)</translation>
    </message>
    <message>
        <location filename="../src/gui/commanddialog.cpp" line="268"/>
        <source>Save Selected Commands</source>
        <translation>選択したコマンドを保存</translation>
    </message>
    <message>
        <location filename="../src/gui/commanddialog.cpp" line="269"/>
        <source>Commands (*.ini)</source>
        <translation>コマンド (*.ini)</translation>
    </message>
    <message>
        <location filename="../src/gui/commanddialog.cpp" line="277"/>
        <source>Save Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commanddialog.cpp" line="278"/>
        <source>Failed to save commands to file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandHelpButton</name>
    <message>
        <location filename="../src/gui/commandhelpbutton.cpp" line="115"/>
        <source>Show command help (F1)</source>
        <translation>コマンドのヘルプを表示 (F1)</translation>
    </message>
    <message>
        <location filename="../src/gui/commandhelpbutton.cpp" line="56"/>
        <source>Command contains list of programs with arguments which will be executed. For example:</source>
        <translation>このコマンドには、引数付きで実行されるプログラムの一覧が入っています。例:</translation>
    </message>
    <message>
        <source>Program argument %1 will be substituted for item text, and %2 through %9 for texts captured by regular expression.</source>
        <translation type="vanished">プログラムの引数 %1 はアイテムのテキストに、%2 から %9 は正規表現によりキャプチャされたテキストに置換されます。</translation>
    </message>
    <message>
        <location filename="../src/gui/commandhelpbutton.cpp" line="60"/>
        <source>Program argument %1 will be substituted for item text.</source>
        <translation>プログラムの引数 %1 はアイテムの文字列に置き換えられます。</translation>
    </message>
    <message>
        <location filename="../src/gui/commandhelpbutton.cpp" line="64"/>
        <source>Character %1 can be used to pass standard output to the next program.</source>
        <translation>文字 %1 を使うと標準出力を次のプログラムに渡すことができます。</translation>
    </message>
    <message>
        <location filename="../src/gui/commandhelpbutton.cpp" line="70"/>
        <source>Following syntax can be used to pass rest of the command as single parameter.</source>
        <translation>下記の構文では、コマンドの残りをひとつの引数として渡すことができます。</translation>
    </message>
    <message>
        <location filename="../src/gui/commandhelpbutton.cpp" line="73"/>
        <source>This gives same output as %1 but is more useful for longer commands.</source>
        <translation>これは下記と同じ出力になります。%1長いコマンドの場合この方が便利です。</translation>
    </message>
    <message>
        <location filename="../src/gui/commandhelpbutton.cpp" line="80"/>
        <source>Functions listed below can be used as in following commands.</source>
        <translation>下記に一覧化した機能もコマンドとして使うことができます。</translation>
    </message>
    <message>
        <location filename="../src/gui/commandhelpbutton.cpp" line="81"/>
        <source>&amp;clipboard</source>
        <comment>Example tab name</comment>
        <translation>クリップボード(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CommandWidget</name>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="31"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="41"/>
        <source>Command name shown in menu</source>
        <translation>メニューに表示されるコマンドの名前</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="275"/>
        <source>&amp;Advanced</source>
        <translation>高度(&amp;A)</translation>
    </message>
    <message>
        <source>Type of Action</source>
        <translation type="vanished">アクションのタイプ</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="63"/>
        <source>Run the command automatically if clipboard has new content</source>
        <translation>クリップボードの内容が新しくなった際に自動でコマンドを実行します</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="66"/>
        <source>Auto&amp;matic</source>
        <extracomment>Type of command; triggered by whenever clipboard changes</extracomment>
        <translation>自動(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="79"/>
        <source>Show command in context menu of matching items</source>
        <translation>一致したアイテムのコンテキストメニューにコマンドを表示します</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="82"/>
        <source>In M&amp;enu</source>
        <extracomment>Type of command; triggered by a custom application shortcut</extracomment>
        <translation>メニュー内(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="197"/>
        <source>&amp;Global Shortcut:</source>
        <translation>グローバルショートカット(&amp;G):</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="95"/>
        <source>Global Shortcut</source>
        <extracomment>Type of command; triggered by a custom global/system shortcut</extracomment>
        <translation>グローバルショートカット</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="108"/>
        <source>Script</source>
        <extracomment>Type of command; allows to extend scripting capabilities</extracomment>
        <translation>スクリプト</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="121"/>
        <source>Display</source>
        <extracomment>Type of command; allows change how items are displayed</extracomment>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="316"/>
        <source>Match Items</source>
        <translation>一致するアイテム</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="356"/>
        <source>Skips the command if the input text does not match this regular expression (leave empty to match everything).

%2 through %9 (or argument[1] and up in script) in Command and Filter will be replaced with the captured texts.

Examples:

- Match URL: ^(https?|ftp)://
- Match PDF filenames: \.pdf$
- Match single character: ^.$
- Match remote multimedia: ^http://.*\.(ogv|vlc|mp4|mp3)$</source>
        <translation>入力文字列がこの正規表現に一致しない場合、コマンドをスキップします。(空ならすべてに一致)

コマンドとフィルターの %2 から %9 (スクリプトでは引数[1]以上) は、一致する文字列に置換されます。

例:

- URL に一致: ^(https?|ftp)://
- PDFファイルに一致: \.pdf$に一致
- 1文字に一致: ^.$
- メディアファイルに一致: http://.*.(ogv|vlc|mp4|mp3)$</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="389"/>
        <source>For&amp;mat:</source>
        <translation>フォーマット(&amp;M):</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="405"/>
        <source>Data of this MIME type will be sent to standard input of command.
Leave empty to disable this.</source>
        <translation>ここで設定した MIME タイプのデータをコマンドの標準入力に送ります。
無効にする場合は空にしてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="243"/>
        <source>Comman&amp;d</source>
        <translation>コマンド(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="528"/>
        <source>Hide window after command is activated from context menu of an item</source>
        <translation>アイテムのコンテキストメニューからコマンドを実行した後メインウィンドウを隠します</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="647"/>
        <source>Change item, don&apos;t create any new items</source>
        <translation>アイテムを変更し、新しくアイテムを作成しません</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="650"/>
        <source>Tr&amp;ansform</source>
        <translation>変換(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="580"/>
        <source>Create items from standard output of the program (leave empty to disable)</source>
        <translation>プログラムの標準出力からアイテムを作成します (無効にする場合は空にしてください)</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="722"/>
        <source>Show Advanced</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="372"/>
        <source>&amp;Window:</source>
        <translation>ウィンドウ(&amp;W):</translation>
    </message>
    <message>
        <source>&lt;p&gt;Use command only for items whose text match this regular expression (leave empty to match anything).&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Examples:&lt;/span&gt;&lt;/p&gt;&lt;p&gt;  Match URL    &lt;span style=&quot; font-weight:600;&quot;&gt;^(https?|ftp)://&lt;/span&gt;&lt;/p&gt;&lt;p&gt;  Match PDF filenames    &lt;span style=&quot; font-weight:600;&quot;&gt;\.pdf$&lt;/span&gt;&lt;/p&gt;&lt;p&gt;  Match single character    &lt;span style=&quot; font-weight:600;&quot;&gt;^.$&lt;/span&gt;&lt;/p&gt;&lt;p&gt;  Match remote multimedia    &lt;span style=&quot; font-weight:600;&quot;&gt;^http://.*\.(ogv|vlc|mp4|mp3)$&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;設定した正規表現にマッチするテキストを持つアイテムに対してのみコマンドを使用します (全てにマッチさせるには空にしてください)。&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;例:&lt;/span&gt;&lt;/p&gt;&lt;p&gt;   URL にマッチ    &lt;span style=&quot; font-weight:600;&quot;&gt;^(https?|ftp)://&lt;/span&gt;&lt;/p&gt;&lt;p&gt;  PDF ファイル名にマッチ    &lt;span style=&quot; font-weight:600;&quot;&gt;\.pdf$&lt;/span&gt;&lt;/p&gt;&lt;p&gt;  1個の文字にマッチ    &lt;span style=&quot; font-weight:600;&quot;&gt;^.$&lt;/span&gt;&lt;/p&gt;&lt;p&gt;  リモートのマルチメディアにマッチ    &lt;span style=&quot; font-weight:600;&quot;&gt;^http://.*\.(ogv|vlc|mp4|mp3)$&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="346"/>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="56"/>
        <source>Type:</source>
        <translation>タイプ：</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="416"/>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>&lt;p&gt;Use commands only if filter command succeeds.&lt;/p&gt;

&lt;p&gt;Item text is passed to &lt;b&gt;standard input&lt;/b&gt; of the filter command. The item is &lt;b&gt;matched only if the filter command exit code is 0&lt;/b&gt;.&lt;/p&gt;

&lt;p&gt;Use &lt;b&gt;%1&lt;/b&gt; for item text passed as argument and &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%9&lt;/b&gt; for arguments captured by regular expression (parts enclosed in parentheses).&lt;/p&gt;

&lt;p&gt;Use &lt;b&gt;|&lt;/b&gt; to chain commands (pass standard output to next command).&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;フィルターコマンドが成功したアイテムにのみコマンドを使用します。&lt;/p&gt;

&lt;p&gt;アイテムのテキストはフィルターコマンドに&lt;b&gt;標準入力&lt;/b&gt;として渡されます。このアイテムに対し、&lt;b&gt;フィルターコマンドの終了コードが 0 になった場合にのみマッチします&lt;/b&gt;。&lt;/p&gt;

&lt;p&gt;コマンドの引数として渡すアイテムのテキストには &lt;b&gt;%1&lt;/b&gt; を、正規表現によってキャプチャされる文字列を表す引数 (括弧でくくった部分) には &lt;b&gt;%2&lt;/b&gt; から &lt;b&gt;%9&lt;/b&gt; までを使用します。&lt;/p&gt;

&lt;p&gt;コマンドをパイプで繋げる (標準出力を次のコマンドに渡す) には &lt;b&gt;|&lt;/b&gt; を使用します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="447"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="480"/>
        <source>Name of tab to copy new items into (leave empty not to copy)</source>
        <translation>新しいアイテムをコピーするタブ名を設定 (無効にする場合は空にしてください)</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="492"/>
        <source>Remove matching item

Note: If this is applied automatically, no other automatic commands are executed.</source>
        <translation>一致したアイテムを削除します

注意: この動作が自動的に適用された場合、その他の自動コマンドは実行されません。</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="497"/>
        <source>&amp;Remove Item</source>
        <translation>アイテムを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="507"/>
        <source>Menu Action</source>
        <translation>メニューアクション</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="531"/>
        <source>&amp;Hide main window after activation</source>
        <translation>実行後にメインウィンドウを隠す(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="159"/>
        <source>&amp;Shortcut:</source>
        <translation>ショートカット(&amp;S):</translation>
    </message>
    <message>
        <source>Skips the command if the input text does not match this regular expression (leave empty to match everything).

%2 through %9 in Command and Filter will be replaced with the captured texts.

Examples:

- Match URL: ^(https?|ftp)://
- Match PDF filenames: \.pdf$
- Match single character: ^.$
- Match remote multimedia: ^http://.*\.(ogv|vlc|mp4|mp3)$</source>
        <translation type="vanished">入力された文字列がこの正規表現に一致しないなら、コマンド実行を省略します (空ですべてに一致)。

Command と Filter 内の %2 から %9 は、参照された文字列に置換されます。

例:

- URL に一致: ^(https?|ftp)://
- PDF のファイル名: \.pdf$
- 1文字: ^.$
- オンラインのマルチメディア: ^https://.*\.(ogv|vlc|mp4|mp3)$</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="382"/>
        <source>&lt;p&gt;Use command only for items copied to clipboard from window with title text that matches this regular expression (leave empty to match any window). On macOS, this contains the application name followed by a dash (&amp;quot;-&amp;quot;) then the window title. E.g. &amp;quot;Safari - GitHub&amp;quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この正規表現に一致するタイトルのウィンドウからクリップボードにコピーされたアイテムにのみ、コマンドを使用します (空のままにすると任意のウィンドウが対象になります)。macOS では、ウィンドウタイトルの内容は、アプリ名、ダッシュ (&amp;quot;-&amp;quot;)、ウィンドウタイトル、の順になっています (例: &amp;quot;Safari - GitHub&amp;quot;)。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="435"/>
        <source>Skips the command if the filter command fails with non-zero exit code.</source>
        <translation>filter コマンドが 0 以外の終了コードで失敗した場合は、コマンドをスキップします。</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="470"/>
        <source>Cop&amp;y to tab:</source>
        <translation>タブにコピー(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="541"/>
        <source>Command options</source>
        <translation>コマンドオプション</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="637"/>
        <source>Show action dialog before executing the command</source>
        <translation>コマンドが実行される前にアクションダイアログを表示します</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="640"/>
        <source>&amp;Wait</source>
        <translation>待機(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="570"/>
        <source>O&amp;utput:</source>
        <translation>出力(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="590"/>
        <source>&amp;Separator:</source>
        <translation>セパレータ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="600"/>
        <source>Separator to match for splitting the output to multiple items</source>
        <translation>出力を複数のアイテムに分割する際にマッチさせるセパレータです</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="603"/>
        <source>\n</source>
        <translation>\n</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="610"/>
        <source>Output &amp;tab:</source>
        <translation>出力タブ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/ui/commandwidget.ui" line="620"/>
        <source>Save items in tab with given name (leave empty to save in first tab)</source>
        <translation>入力された名前のタブにアイテムを保存します (最初のタブに保存する場合は空にしてください)</translation>
    </message>
</context>
<context>
    <name>ConfigTabAppearance</name>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="62"/>
        <source>Background</source>
        <translation>背景色</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">ノート</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="104"/>
        <source>Found</source>
        <translation>検索語句</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="111"/>
        <source>Selected</source>
        <translation>選択状態</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="174"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="181"/>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="188"/>
        <source>Editor</source>
        <translation>エディター</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="195"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="223"/>
        <source>Alternate</source>
        <translation>別背景色</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="230"/>
        <source>Foreground</source>
        <translation>文字色</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="251"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="283"/>
        <source>Show &amp;Number</source>
        <translation>番号表示(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="290"/>
        <source>Show scrollbars</source>
        <translation>スクロールバーを表示します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="293"/>
        <source>S&amp;crollbars</source>
        <translation>スクロールバー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="300"/>
        <source>Use icons from desktop environment whenever possible</source>
        <translation>可能な場合はデスクトップ環境のアイコンを使用します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="319"/>
        <source>S&amp;et colors for tabs, tool bar and menus</source>
        <translation>タブ、ツールバー、メニューに色設定を反映(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="303"/>
        <source>S&amp;ystem Icons</source>
        <translation>システムアイコン(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="69"/>
        <source>Tooltips</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="310"/>
        <source>&amp;Antialias</source>
        <translation>アンチエイリアス(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="341"/>
        <source>&amp;Reset Theme</source>
        <translation>テーマをリセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="348"/>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="355"/>
        <source>&amp;Load Theme</source>
        <translation>テーマを読み込み(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="362"/>
        <source>&amp;Save Theme</source>
        <translation>テーマを保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="369"/>
        <source>Edit current theme in external editor</source>
        <translation>外部エディターで現在のテーマを編集します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="372"/>
        <source>E&amp;dit Theme</source>
        <translation>テーマを編集(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabappearance.ui" line="393"/>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message>
        <location filename="../src/gui/configtabappearance.cpp" line="472"/>
        <source>item</source>
        <comment>Search expression in preview in Appearance tab.</comment>
        <translation>アイテム</translation>
    </message>
    <message>
        <location filename="../src/gui/configtabappearance.cpp" line="474"/>
        <source>Search string is %1.</source>
        <translation>検索文字列は %1 です。</translation>
    </message>
    <message>
        <location filename="../src/gui/configtabappearance.cpp" line="475"/>
        <source>Select an item and
press F2 to edit.</source>
        <translation>アイテムを選択し、
F2 キーを押すと編集できます。</translation>
    </message>
    <message>
        <location filename="../src/gui/configtabappearance.cpp" line="477"/>
        <source>Example item %1</source>
        <translation>アイテム例 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/configtabappearance.cpp" line="482"/>
        <source>Some random notes (Shift+F2 to edit)</source>
        <translation>適当なメモ (Shift+F2 で編集)</translation>
    </message>
    <message>
        <location filename="../src/gui/configtabappearance.cpp" line="160"/>
        <source>Open Theme File</source>
        <translation>テーマファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/configtabappearance.cpp" line="170"/>
        <source>Save Theme File As</source>
        <translation>テーマファイルを保存</translation>
    </message>
    <message>
        <location filename="../src/gui/configtabappearance.cpp" line="189"/>
        <source>No External Editor</source>
        <translation>外部エディターが設定されていません</translation>
    </message>
    <message>
        <location filename="../src/gui/configtabappearance.cpp" line="190"/>
        <source>Set external editor command first!</source>
        <translation>外部エディターコマンドを最初に設定してください!</translation>
    </message>
    <message>
        <location filename="../src/gui/configtabappearance.cpp" line="390"/>
        <source>Abc</source>
        <comment>Preview text for font settings in appearance dialog</comment>
        <translation>Aa あ</translation>
    </message>
</context>
<context>
    <name>ConfigTabGeneral</name>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="65"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="93"/>
        <source>Break text if it&apos;s too long to fit on line</source>
        <translation>行に収まりきらない場合にテキストを折り返します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="96"/>
        <source>Wrap l&amp;ong text</source>
        <translation>長い文字列を折り返す(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="103"/>
        <source>Keep main window above other windows</source>
        <translation>メインウィンドウを他のウィンドウの前面に表示し続けます</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="106"/>
        <source>Alwa&amp;ys on Top</source>
        <translation>常に最前面に表示(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="113"/>
        <source>Close main window when other application has focus</source>
        <translation>他のアプリにフォーカスが移ればメインウィンドウを閉じます</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="116"/>
        <source>Close When Unfocused</source>
        <translation>フォーカスがなくなれば閉じる</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="123"/>
        <source>Enable to open windows on current screen. Disable to open windows where they were last closed</source>
        <translation>有効にすると現在のスクリーンにウィンドウを開きます。
無効にすると最後にウィンドウを閉じたスクリーンにウィンドウを開きます</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="126"/>
        <source>O&amp;pen windows on current screen</source>
        <translation>現在のスクリーンにウィンドウを開く(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="133"/>
        <source>Confirm application exit</source>
        <translation>アプリ終了時に確認します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="136"/>
        <source>Confirm application e&amp;xit</source>
        <translation>終了時に確認(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="146"/>
        <source>Run the application on system startup</source>
        <translation>システム起動時にアプリを実行します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="149"/>
        <source>&amp;Autostart</source>
        <translation>自動的に起動(&amp;A)</translation>
    </message>
    <message>
        <source>Support for Vi navigation keys (H, J, K, L and more), slash (/) key to search</source>
        <translation type="vanished">Vi のナビゲーションキー (H, J, K, L など) や、検索に使うスラッシュ (/) キーに対応します</translation>
    </message>
    <message>
        <source>&amp;Vi style navigation</source>
        <translation type="vanished">Vi 風のナビゲーション(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="156"/>
        <source>Prevent capturing app windows in screenshots and recordings</source>
        <translation>スクリーンショットや録画にアプリのウィンドウが写らないようにする</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="159"/>
        <source>&amp;Hide from screenshots and recordings</source>
        <translation>スクリーンショットや録画に写らない(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="166"/>
        <source>Encrypt tab data on disk (requires password to be set)</source>
        <translation>ディスク上にあるタブのデータを暗号化する（パスワードを設定する必要があります）</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="169"/>
        <source>Encrypt &amp;Tabs</source>
        <translation>タブを暗号化(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="176"/>
        <source>Use an available external key store for the encryption password (Windows Credential Store, macOS Keychain, GNOME Keyring, KWallet)</source>
        <translation>利用可能な外部のキーストアを使用して、パスワードを読み込みます（Windows資格情報マネージャー、macOSキーチェーン、Gnomeキーリング、KWallet）</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="179"/>
        <source>&amp;Use external key store</source>
        <translation>外部のキーストアを使用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="204"/>
        <source>Change the password used to encrypt tab data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="207"/>
        <source>Change Encryption &amp;Password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="234"/>
        <source>Navigation style / Keymap:</source>
        <translation>ナビゲーション方法 / キー割当:</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="244"/>
        <source>Support for Vi navigation (keys H, J, K, L, / and more) and Emacs navigation (Ctrl+N, P, V and more)</source>
        <translation>Vi 風 (キー H J K L / など) 、Emacs 風 (Ctrl+N P V など) に対応</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="248"/>
        <source>Default</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="253"/>
        <source>Vi</source>
        <translation>Vi</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="258"/>
        <source>Emacs</source>
        <translation>Emacs</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="281"/>
        <source>Save and restore history of item filters</source>
        <translation>アイテムフィルターの履歴を保存/復元します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="284"/>
        <source>Save Filter History</source>
        <translation>フィルターの履歴を保存</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="291"/>
        <source>Automatically show popup to complete function, type and variable names in commands</source>
        <translation>コマンドの関数、型、変数名を補完するポップアップを自動的に表示します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="294"/>
        <source>Auto-complete Commands</source>
        <translation>コマンドを自動的に補完</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="301"/>
        <source>Clipboard Manipulation</source>
        <translation>クリップボードの操作</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="313"/>
        <source>Allow to paste copied content the same way as mouse selections (usually by pressing middle mouse button)</source>
        <translation>マウスで選択するのと同様の方法でコピーした内容を貼り付けます (大抵の場合マウスの中クリック)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="316"/>
        <source>(&amp;3) Paste clipboard with mouse</source>
        <translation>(&amp;3) マウスを使ってクリップボードを貼り付け</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="323"/>
        <source>Allow to paste mouse selections using shortcut (usually Ctrl+V or Shift+Insert)</source>
        <translation>ショートカット (Ctrl + V や Shift + Insert など) を使ってマウスで選択した部分に貼り付けます</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="326"/>
        <source>(&amp;4) Paste mouse selection with keyboard</source>
        <translation>(&amp;4) マウスで選択したところにキーボードで貼り付け</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="333"/>
        <source>Save clipboard in history</source>
        <translation>履歴にクリップボードを保存します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="336"/>
        <source>(&amp;1) Store clipboard</source>
        <translation>(&amp;1) クリップボードを記録</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="346"/>
        <source>Save text selected with mouse (primary selection) in history</source>
        <translation>マウスで選択したテキスト (プライマリーセレクション) を履歴に保存します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="349"/>
        <source>(&amp;2) Store text selected using mouse</source>
        <translation>(&amp;2) マウスで選択したテキストを記録</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabgeneral.ui" line="356"/>
        <source>(&amp;5) Run automatic commands on selection</source>
        <translation>(&amp;5) 選択したら自動的にコマンドを実行</translation>
    </message>
</context>
<context>
    <name>ConfigTabHistory</name>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="65"/>
        <source>Maximum &amp;number of items in history:</source>
        <translation>履歴内の最大アイテム数(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="77"/>
        <source>Maximum number of items in each tab</source>
        <translation>各タブの最大アイテム数です</translation>
    </message>
    <message>
        <source>&amp;Unload tab after an interval in minutes:</source>
        <translation type="vanished">タブをメモリから開放する間隔 (分)(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="105"/>
        <source>&amp;Unload tab after an interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="117"/>
        <source>Unload each tab from memory after specified number of minutes of inactivity.

Set to 0 not to unload tabs.</source>
        <translation>非アクティブ状態が指定時間継続したら各タブをメモリーから開放します。

開放しない場合は値を 0 にしてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="147"/>
        <source>Require password after an interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="159"/>
        <source>Timeout in seconds for encrypted tabs to require password again.

Set to 0 to disable globally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="189"/>
        <source>External editor command (%&amp;1 is file to edit):</source>
        <translation>外部エディターコマンド (%1 は編集するファイル)(&amp;1):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="199"/>
        <source>External editor command (%1 is file to edit).
  Examples:
    gedit %1
    notepad %1
    gvim -f %1
    xterm -e vim %1</source>
        <translation>外部エディターコマンド (%1 は編集するファイル) です。
  使用例:
    gedit %1
    notepad %1
    gvim -f %1
    xterm -e vim %1</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="214"/>
        <source>Ta&amp;b for storing clipboard:</source>
        <translation>クリップボード記録用タブ(&amp;B):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="224"/>
        <source>Name of tab that will automatically store new clipboard content.

Leave empty to disable automatic storing.</source>
        <translation>クリップボードの内容を自動的に記録するタブ名を指定します。

自動記録を無効にする場合は空にしてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="238"/>
        <source>Leave unchecked for Return key to save edited item and Ctrl+Return create new line.

Note: Edited items can be saved with F2 disregarding this option.</source>
        <translation>Return (Enter) でアイテムを保存し Ctrl + Return (Enter) で改行したい場合は無効にしてください。

注意: このオプションに関係なく、編集したアイテムは F2 で保存できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="243"/>
        <source>Sa&amp;ve edited item with Ctrl+Return and create new line with Return key</source>
        <translation>Ctrl + Return でアイテムを保存し Return で改行する(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="250"/>
        <source>Show single line description of each item.

Use Item Preview to display whole items.</source>
        <translation>各アイテムの内容を一行で表示します。

アイテムの全内容を表示するにはアイテムのプレビューを使用します。</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="255"/>
        <source>Sho&amp;w simple items</source>
        <translation>アイテムをシンプルに表示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="262"/>
        <source>Enable searching for numbers, otherwise pressing a digit key activates item on that position</source>
        <translation>番号による検索と数字キー押下による対象アイテムのアクティブ化を有効にします</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="265"/>
        <source>S&amp;earch for numbers</source>
        <translation>番号の検索(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="275"/>
        <source>Activate item with single click</source>
        <translation>シングルクリックでアイテムをアクティブにする</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="282"/>
        <source>After item is activated (double-click or Enter key), copy it to clipboard and ...</source>
        <translation>ダブルクリックまたは Enter キーでアイテムをクリップボードにコピーした後...</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="288"/>
        <source>Move item to the top of the list after it is activated</source>
        <translation>アイテムを使用後に履歴リストの最上位へ移動します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="291"/>
        <source>Move item to the t&amp;op</source>
        <translation>アイテムを最上位に移動(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="298"/>
        <source>Close main window after item is activated</source>
        <translation>アイテムを使用後にメインウィンドウを閉じます</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="301"/>
        <source>&amp;Close main window</source>
        <translation>メインウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="308"/>
        <source>Focus last window after item is activated</source>
        <translation>アイテムを使用する際、直前に使用していたウィンドウにフォーカスを移動します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="311"/>
        <source>&amp;Focus last window</source>
        <translation>直前のウィンドウにフォーカス(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="318"/>
        <source>Paste to current window after item is activated</source>
        <translation>アイテムを使用する際、現在のウィンドウにアイテムを貼り付けます</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabhistory.ui" line="321"/>
        <source>&amp;Paste to current window</source>
        <translation>現在のウィンドウに貼り付け(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ConfigTabLayout</name>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="62"/>
        <source>Show/Hide</source>
        <translation>表示切り替え</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="68"/>
        <source>Hide tabs (press Alt key to show)</source>
        <translation>タブを隠します (Alt キーで表示)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="71"/>
        <source>Hi&amp;de tabs</source>
        <translation>タブを隠す(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="78"/>
        <source>Hide toolbar</source>
        <translation>ツールバーを隠します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="81"/>
        <source>Hide too&amp;lbar</source>
        <translation>ツールバーを隠す(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="88"/>
        <source>Hide tool&amp;bar labels</source>
        <translation>ツールバーのラベルを隠す(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="95"/>
        <source>Hide main window when closed</source>
        <translation>閉じた時にメインウィンドウを隠します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="98"/>
        <source>Hide &amp;main window</source>
        <translation>メインウィンドウを隠す(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="108"/>
        <source>Layout and Transparency</source>
        <translation>レイアウトと透過</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="117"/>
        <source>Show tree with tabs instead of tab bar</source>
        <translation>タブバーの代わりにタブツリーを表示します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="120"/>
        <source>Tab T&amp;ree</source>
        <translation>タブツリー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="127"/>
        <source>&amp;Focused transparency:</source>
        <translation>フォーカス時の透過度(&amp;F):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="139"/>
        <source>Transparency of main window if focused.

Note: This is not supported on all systems.</source>
        <translation>フォーカスがある場合のメインウィンドウの透過度です。

メモ: この機能は環境によっては動作しません。</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="169"/>
        <source>&amp;Unfocused transparency:</source>
        <translation>非フォーカス時の透過度(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="181"/>
        <source>Transparency of main window if unfocused.

Note: This is not supported on all systems.</source>
        <translation>フォーカスがない場合のメインウィンドウの透過度です。

メモ: この機能は環境によっては動作しません。</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="211"/>
        <source>Show number of items in tabs</source>
        <translation>タブのアイテム数を表示します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtablayout.ui" line="214"/>
        <source>Sho&amp;w Item Count</source>
        <translation>アイテム数を表示(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ConfigTabNotifications</name>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="65"/>
        <source>&amp;Notification position:</source>
        <translation>通知の表示位置(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="77"/>
        <source>Position on screen for notifications</source>
        <translation>通知を表示する画面上の位置を設定します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="81"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="86"/>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="91"/>
        <source>Top Right</source>
        <translation>右上</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="96"/>
        <source>Bottom Right</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="101"/>
        <source>Bottom Left</source>
        <translation>左下</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="106"/>
        <source>Top Left</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="129"/>
        <source>Int&amp;erval in seconds to display notifications:</source>
        <translation>通知の表示時間 (秒)(&amp;E):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="141"/>
        <source>Interval in seconds to display notification for new clipboard content or if item is copied to clipboard (only if main window is closed).

Set to 0 to disable this.

Set to -1 to keep visible until clicked.</source>
        <translation>クリップボードの内容が新しくなった時、またはアイテムをクリップボードにコピーした時
(ただしメインウィンドウが閉じている場合) に、通知を表示する時間を秒単位で指定します。

無効にする場合は値を 0 にしてください。

クリックするまで通知を表示したままにする場合は値を -1 にしてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="173"/>
        <source>Num&amp;ber of lines for clipboard notification:</source>
        <translation>クリップボード通知の行数(&amp;B):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="185"/>
        <source>Number of lines to show for new clipboard content.

Set to 0 to disable.</source>
        <translation>新しいクリップボードの内容を表示する行数です。

無効にする場合は値を 0 にしてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="212"/>
        <source>&amp;Use native notifications</source>
        <translation>OSの通知機能を使用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="221"/>
        <source>Notification Geometry (in screen points)</source>
        <translation>通知の配置</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="227"/>
        <source>Hori&amp;zontal offset:</source>
        <translation>水平オフセット(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="239"/>
        <source>Notification distance from left or right screen edge in screen points</source>
        <translation>画面の右端または左端からの通知の距離です</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="267"/>
        <source>&amp;Vertical offset:</source>
        <translation>垂直オフセット(&amp;V):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="279"/>
        <source>Notification distance from top or bottom screen edge in screen points</source>
        <translation>画面の上部または下部からの通知の距離です</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="307"/>
        <source>Maximum &amp;width:</source>
        <translation>最大の幅(&amp;W):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="319"/>
        <source>Maximum width for notification in screen points</source>
        <translation>通知の最大横幅です</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="344"/>
        <source>Ma&amp;ximum height:</source>
        <translation>最大の高さ(&amp;X):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabnotifications.ui" line="356"/>
        <source>Maximum height for notification in screen points</source>
        <translation>通知の最大縦幅です</translation>
    </message>
</context>
<context>
    <name>ConfigTabTray</name>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="60"/>
        <source>Don&apos;t show tray icon; minimize window when closed</source>
        <translation>トレイ内にアイコンを表示しません。ウィンドウを閉じる代わりに最小化します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="63"/>
        <source>Disabl&amp;e tray</source>
        <translation>トレイに表示しない(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="70"/>
        <source>Show command for current clipboard content in tray menu</source>
        <translation>トレイメニューにクリップボードの内容を確認するコマンドを表示します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="73"/>
        <source>Sho&amp;w commands for clipboard content</source>
        <translation>クリップボードの内容を確認するコマンドを表示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="82"/>
        <source>N&amp;umber of items in tray menu:</source>
        <translation>トレイ内のメニューのアイテム数(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="92"/>
        <source>Number of items in tray menu</source>
        <translation>トレイメニューに表示されるアイテムの数です</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="119"/>
        <source>Show items from current tab in tray menu</source>
        <translation>トレイメニューに現在のタブのアイテムを表示します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="122"/>
        <source>Show cu&amp;rrent tab in menu,</source>
        <translation>メニューに現在のタブを表示(&amp;R)、</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="129"/>
        <source>or &amp;choose other tab:</source>
        <translation>または他のタブを選択(&amp;C):</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="145"/>
        <source>Name of tab to show in tray menu (empty for the first tab)</source>
        <translation>トレイメニューに表示するタブ名です (最初のタブにしたい場合は空にしてください)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="170"/>
        <source>Paste item to current window after selecting it in menu</source>
        <translation>メニューでアイテムを選択後、現在のウィンドウにアイテムを貼り付けます</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="173"/>
        <source>&amp;Paste activated item to current window</source>
        <translation>アクティブ化したアイテムを現在のウィンドウに貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="180"/>
        <source>Show image preview next to menu items</source>
        <translation>メニューのアイテムの隣に画像プレビューを表示します</translation>
    </message>
    <message>
        <location filename="../src/ui/configtabtray.ui" line="183"/>
        <source>Sh&amp;ow image preview as menu item icon</source>
        <translation>メニューアイテムのアイコンとして画像プレビューを表示(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ConfigurationManager</name>
    <message>
        <source>Configuration</source>
        <translation type="vanished">設定</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="162"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="163"/>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="164"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="165"/>
        <source>Tray</source>
        <translation>トレイ</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="166"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="167"/>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="168"/>
        <source>Items</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="169"/>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="170"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="475"/>
        <source>Invalid value for option &quot;%1&quot;</source>
        <translation>オプション &quot;%1&quot; の値が無効です</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="520"/>
        <source>Reset preferences?</source>
        <translation>設定をリセットしますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="521"/>
        <source>This action will reset all your preferences (in all tabs) to default values.&lt;br /&gt;&lt;br /&gt;Do you really want to &lt;strong&gt;reset all preferences&lt;/strong&gt;?</source>
        <translation>この操作によりすべての設定がデフォルト値にリセットされます。&lt;br /&gt;&lt;br /&gt;本当に&lt;strong&gt;すべての設定をリセット&lt;/strong&gt;しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="625"/>
        <source>Restart Required</source>
        <translation>再起動が必要です</translation>
    </message>
    <message>
        <location filename="../src/gui/configurationmanager.cpp" line="626"/>
        <source>Language will be changed after application is restarted.</source>
        <translation>言語設定はアプリを再起動した後に変更されます。</translation>
    </message>
    <message>
        <location filename="../src/ui/configurationmanager.ui" line="20"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../plugins/itemsync/filewatcher.cpp" line="795"/>
        <source>Failed to create synchronization directory &quot;%1&quot;!</source>
        <translation>同期用ディレクトリ &quot;%1&quot; の作成に失敗しました!</translation>
    </message>
</context>
<context>
    <name>FilterCompleter</name>
    <message>
        <location filename="../src/gui/filtercompleter.cpp" line="172"/>
        <source>Alt+Down</source>
        <comment>Filter completion shortcut</comment>
        <translation>Alt+Down</translation>
    </message>
</context>
<context>
    <name>IconSelectButton</name>
    <message>
        <location filename="../src/gui/iconselectbutton.cpp" line="21"/>
        <source>Select Icon…</source>
        <translation>アイコンを選択…</translation>
    </message>
    <message>
        <location filename="../src/gui/iconselectbutton.cpp" line="56"/>
        <source>...</source>
        <comment>Select/browse icon.</comment>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>IconSelectDialog</name>
    <message>
        <location filename="../src/gui/iconselectdialog.cpp" line="150"/>
        <source>Select Icon</source>
        <translation>アイコンを選択</translation>
    </message>
    <message>
        <location filename="../src/gui/iconselectdialog.cpp" line="157"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../src/gui/iconselectdialog.cpp" line="203"/>
        <source>Open Icon file</source>
        <translation>アイコンファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/iconselectdialog.cpp" line="204"/>
        <source>Image Files (*.png *.jpg *.jpeg *.bmp *.ico *.svg)</source>
        <translation>画像ファイル (*.png *.jpg *.jpeg *.bmp *.ico *.svg)</translation>
    </message>
</context>
<context>
    <name>ImportExportDialog</name>
    <message>
        <location filename="../src/ui/importexportdialog.ui" line="17"/>
        <source>&amp;All</source>
        <translation>すべて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/importexportdialog.ui" line="27"/>
        <source>&amp;Tabs:</source>
        <translation>タブ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../src/ui/importexportdialog.ui" line="44"/>
        <source>Co&amp;nfiguration</source>
        <translation>設定(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/ui/importexportdialog.ui" line="51"/>
        <source>Co&amp;mmands</source>
        <translation>コマンド(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>editor exit code is %1</source>
        <translation type="vanished">エディターの終了コードは %1 です</translation>
    </message>
    <message>
        <source>Editor command: %1</source>
        <translation type="vanished">エディターコマンド: %1</translation>
    </message>
    <message>
        <location filename="../src/item/itemeditor.cpp" line="140"/>
        <source>Editor command failed (see logs)</source>
        <translation>エディターコマンドに失敗しました (ログを確認してください)</translation>
    </message>
</context>
<context>
    <name>ItemEditorWidget</name>
    <message>
        <source>Save</source>
        <translation type="vanished">保存</translation>
    </message>
    <message>
        <source>Save Item (&lt;strong&gt;F2&lt;/strong&gt;)</source>
        <translation type="vanished">アイテムを保存します (&lt;strong&gt;F2&lt;/strong&gt;)</translation>
    </message>
    <message>
        <source>F2</source>
        <comment>Shortcut to save item editor changes</comment>
        <translation type="vanished">F2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">キャンセル</translation>
    </message>
    <message>
        <source>Cancel Editing and Revert Changes</source>
        <translation type="vanished">編集をキャンセルし変更を取り消します</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>Shortcut to revert item editor changes</comment>
        <translation type="vanished">Escape</translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="vanished">フォント</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="vanished">太字</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="vanished">斜体</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="vanished">下線</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation type="vanished">取り消し線</translation>
    </message>
    <message>
        <source>Foreground</source>
        <translation type="vanished">前景</translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="vanished">背景</translation>
    </message>
    <message>
        <source>Erase Style</source>
        <translation type="vanished">装飾を消去</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="vanished">検索</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">やり直す</translation>
    </message>
</context>
<context>
    <name>ItemEncryptedLoader</name>
    <message>
        <source>To share encrypted items on other computer or session, you&apos;ll need public and secret key files:&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;%2&lt;br /&gt;(Keep this secret key in a safe place.)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="vanished">暗号化されたアイテムを他のコンピューターやセッションと共有するには、公開鍵と秘密鍵が必要です:&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;%2&lt;br /&gt;(この秘密鍵は安全な場所に保管してください。)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="741"/>
        <source>GnuPG must be installed to view encrypted tabs.</source>
        <translation>暗号化されたタブを見るには GnuPG のインストールが必要です。</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="835"/>
        <source>Encrypt (needs GnuPG)</source>
        <translation>暗号化 (要 GnuPG)</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="841"/>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="852"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="846"/>
        <source>Decrypt</source>
        <translation>復号化</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="857"/>
        <source>Decrypt and Copy</source>
        <translation>復号化してコピー</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="862"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="867"/>
        <source>Decrypt and Paste</source>
        <translation>復号と貼り付け</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="872"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="941"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="929"/>
        <source>Failed to generate keys.</source>
        <translation>鍵の生成に失敗。</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="666"/>
        <source>To share encrypted items on other computer or session, you&apos;ll need these secret key files (keep them in a safe place):</source>
        <translation>暗号化された項目を他のパソコンやセッションに共有するには、これらの秘密鍵ファイルが必要です (安全な場所に保管してください):</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="946"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="962"/>
        <source>Creating new keys (this may take a few minutes)...</source>
        <translation>新しい鍵を作成中 (数分かかる場合があります)...</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="963"/>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="966"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="965"/>
        <source>Setting new password...</source>
        <translation>新しいパスワードを設定...</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="968"/>
        <source>Encryption keys &lt;strong&gt;must be generated&lt;/strong&gt; before item encryption can be used.</source>
        <translation>アイテムの暗号化を行う前に暗号化の鍵の&lt;strong&gt;生成が必要です&lt;/strong&gt;。</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="971"/>
        <source>Generate New Keys...</source>
        <translation>新しい鍵を生成...</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="973"/>
        <source>Change Password...</source>
        <translation>パスワードを変更...</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="390"/>
        <source>Encryption failed!</source>
        <translation>暗号化に失敗!</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.cpp" line="979"/>
        <source>Decryption failed!</source>
        <translation>復号化に失敗!</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.h" line="82"/>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencrypted.h" line="84"/>
        <source>Encrypt items and tabs.</source>
        <translation>アイテムとタブを暗号化します。</translation>
    </message>
</context>
<context>
    <name>ItemEncryptedSettings</name>
    <message>
        <location filename="../plugins/itemencrypted/itemencryptedsettings.ui" line="23"/>
        <source>To encrypt and decrypt items add appropriate commands under Commands tab.</source>
        <translation>アイテムを暗号化・復号化するには設定のコマンドタブで適切なコマンドを追加してください。</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencryptedsettings.ui" line="70"/>
        <source>Sharing Encrypted Items and Tabs</source>
        <translation>暗号化アイテムとタブの共有</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencryptedsettings.ui" line="92"/>
        <source>Encrypted Tabs</source>
        <translation>暗号化タブ</translation>
    </message>
    <message>
        <location filename="../plugins/itemencrypted/itemencryptedsettings.ui" line="98"/>
        <source>&lt;p&gt;Specify names of tabs (one per line) which will be automatically encrypted and decrypted.&lt;/p&gt;
&lt;p&gt;Set unload tab interval in History tab to safely unload decrypted items from memory.&lt;/p&gt;</source>
        <translation>&lt;p&gt;自動的に暗号化・復号化したいタブの名前を (1行につき1個ずつ) 指定してください。&lt;/p&gt;
&lt;p&gt;復号化したアイテムをメモリから安全に解放するため、それらのタブは履歴タブからメモリー開放用タブへと切り分けられます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ItemFactory</name>
    <message>
        <location filename="../src/item/itemfactory.cpp" line="80"/>
        <source>Corrupted Tab</source>
        <translation>破損したタブ</translation>
    </message>
    <message>
        <location filename="../src/item/itemfactory.cpp" line="81"/>
        <source>Not all items in the tab &lt;strong&gt;%1&lt;/strong&gt; were loaded successfully. Do you still want to load the tab and potentially lose some items?</source>
        <translation>タブ「 &lt;strong&gt;%1&lt;/strong&gt; 」は正常に読み込まれていません。一部のアイテムがなくなる可能性がありますが、タブを読み込みますか?</translation>
    </message>
</context>
<context>
    <name>ItemFakeVimLoader</name>
    <message>
        <location filename="../plugins/itemfakevim/itemfakevim.h" line="25"/>
        <source>FakeVim</source>
        <translation>FakeVim</translation>
    </message>
    <message>
        <location filename="../plugins/itemfakevim/itemfakevim.h" line="27"/>
        <source>FakeVim plugin is part of Qt Creator</source>
        <translation>FakeVim プラグイン は Qt Creator の機能の一部です</translation>
    </message>
    <message>
        <location filename="../plugins/itemfakevim/itemfakevim.h" line="29"/>
        <source>Emulate Vim editor while editing items.</source>
        <translation>アイテムの編集中は Vim エディタ風にします。</translation>
    </message>
</context>
<context>
    <name>ItemFakeVimSettings</name>
    <message>
        <location filename="../plugins/itemfakevim/itemfakevimsettings.ui" line="17"/>
        <source>Enable FakeVim for Editing Items</source>
        <translation>アイテム編集に FakeVim を使用</translation>
    </message>
    <message>
        <location filename="../plugins/itemfakevim/itemfakevimsettings.ui" line="24"/>
        <source>Path to Configuration File:</source>
        <translation>設定ファイルのパス:</translation>
    </message>
</context>
<context>
    <name>ItemImageLoader</name>
    <message>
        <location filename="../plugins/itemimage/itemimage.h" line="65"/>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../plugins/itemimage/itemimage.h" line="67"/>
        <source>Display images.</source>
        <translation>画像の表示を設定します。</translation>
    </message>
</context>
<context>
    <name>ItemImageSettings</name>
    <message>
        <location filename="../plugins/itemimage/itemimagesettings.ui" line="19"/>
        <source>Maximum Image &amp;Width:</source>
        <translation>画像の最大の幅(&amp;W):</translation>
    </message>
    <message>
        <location filename="../plugins/itemimage/itemimagesettings.ui" line="34"/>
        <source>Maximum width of image displayed in history (set to zero for original size)</source>
        <translation>履歴に表示される画像の最大幅です (元のサイズで表示する場合は0にしてください)</translation>
    </message>
    <message>
        <location filename="../plugins/itemimage/itemimagesettings.ui" line="59"/>
        <source>Maximum Image &amp;Height:</source>
        <translation>画像の最大の高さ(&amp;H):</translation>
    </message>
    <message>
        <location filename="../plugins/itemimage/itemimagesettings.ui" line="77"/>
        <source>Maximum height of image displayed in history (set to zero for original size)</source>
        <translation>履歴に表示される画像の最大縦幅です (元のサイズで表示する場合は0にしてください)</translation>
    </message>
    <message>
        <location filename="../plugins/itemimage/itemimagesettings.ui" line="109"/>
        <source>&amp;Image editor command:</source>
        <translation>画像エディターコマンド(&amp;I):</translation>
    </message>
    <message>
        <location filename="../plugins/itemimage/itemimagesettings.ui" line="119"/>
        <source>Editor command for supported image formats other than SVG.</source>
        <translation>SVG 以外の画像フォーマットをサポートするエディターコマンドを入力してください。</translation>
    </message>
    <message>
        <location filename="../plugins/itemimage/itemimagesettings.ui" line="126"/>
        <source>&amp;SVG editor command:</source>
        <translation>SVG エディターコマンド(&amp;S):</translation>
    </message>
    <message>
        <location filename="../plugins/itemimage/itemimagesettings.ui" line="136"/>
        <source>Editor command for SVG image format.</source>
        <translation>SVG 画像フォーマット用のエディターコマンドを入力してください。</translation>
    </message>
</context>
<context>
    <name>ItemNotesLoader</name>
    <message>
        <location filename="../plugins/itemnotes/itemnotes.h" line="78"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../plugins/itemnotes/itemnotes.h" line="80"/>
        <source>Display notes for items.</source>
        <translation>アイテムのメモを表示します。</translation>
    </message>
</context>
<context>
    <name>ItemNotesSettings</name>
    <message>
        <location filename="../plugins/itemnotes/itemnotessettings.ui" line="17"/>
        <source>Notes Position</source>
        <translation>メモの位置</translation>
    </message>
    <message>
        <location filename="../plugins/itemnotes/itemnotessettings.ui" line="23"/>
        <source>Abo&amp;ve Item</source>
        <translation>アイテムの上(&amp;V)</translation>
    </message>
    <message>
        <location filename="../plugins/itemnotes/itemnotessettings.ui" line="30"/>
        <source>Below Ite&amp;m</source>
        <translation>アイテムの下(&amp;M)</translation>
    </message>
    <message>
        <location filename="../plugins/itemnotes/itemnotessettings.ui" line="37"/>
        <source>Beside Ite&amp;m</source>
        <translation>アイテムの横(&amp;M)</translation>
    </message>
    <message>
        <location filename="../plugins/itemnotes/itemnotessettings.ui" line="47"/>
        <source>Show Too&amp;l Tip</source>
        <translation>ツールチップを表示する(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ItemOrderList</name>
    <message>
        <location filename="../src/ui/itemorderlist.ui" line="59"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/itemorderlist.ui" line="72"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/itemorderlist.ui" line="82"/>
        <source>Move up</source>
        <extracomment>Button moves current item one row up</extracomment>
        <translation>上に移動</translation>
    </message>
    <message>
        <location filename="../src/ui/itemorderlist.ui" line="92"/>
        <source>Move down</source>
        <extracomment>Button moves current item one row down</extracomment>
        <translation>下に移動</translation>
    </message>
    <message>
        <location filename="../src/ui/itemorderlist.ui" line="102"/>
        <source>Move to the top</source>
        <extracomment>Button moves current item to the top</extracomment>
        <translation>一番上に移動</translation>
    </message>
    <message>
        <location filename="../src/ui/itemorderlist.ui" line="112"/>
        <source>Move to the bottom</source>
        <extracomment>Button moves current item to the bottom</extracomment>
        <translation>一番下に移動</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="vanished">上へ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation type="vanished">下へ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ItemPinnedLoader</name>
    <message>
        <location filename="../plugins/itempinned/itempinned.cpp" line="173"/>
        <source>Cannot Remove Pinned Items</source>
        <translation>ピン留めされたアイテムを削除できません</translation>
    </message>
    <message>
        <location filename="../plugins/itempinned/itempinned.cpp" line="174"/>
        <source>Unpin items first to remove them.</source>
        <translation>アイテムのピン留めを外してから削除します。</translation>
    </message>
    <message>
        <location filename="../plugins/itempinned/itempinned.cpp" line="325"/>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../plugins/itempinned/itempinned.cpp" line="333"/>
        <source>Unpin</source>
        <translation>ピン留めを外す</translation>
    </message>
    <message>
        <location filename="../plugins/itempinned/itempinned.h" line="98"/>
        <source>Pinned Items</source>
        <translation>ピン留めされたアイテム</translation>
    </message>
    <message>
        <location filename="../plugins/itempinned/itempinned.h" line="101"/>
        <source>&lt;p&gt;Pin items to lock them in current row and avoid deletion (unless unpinned).&lt;/p&gt;&lt;p&gt;Provides shortcuts and scripting functionality.&lt;/p&gt;</source>
        <translation>&lt;p&gt;アイテムを現在の行にピン留めして固定し、ピン留めを外すまで削除しないようにします。&lt;/p&gt;&lt;p&gt;スクリプト機能とショートカットを提供します。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ItemSyncLoader</name>
    <message>
        <location filename="../plugins/itemsync/itemsync.cpp" line="111"/>
        <source>Browse...</source>
        <comment>Button text for opening file dialog to select synchronization directory</comment>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsync.cpp" line="724"/>
        <source>Open Directory for Synchronization</source>
        <translation>同期用のディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsync.cpp" line="737"/>
        <source>Failed to create synchronization directory</source>
        <translation>同期ディレクトリの作成に失敗しました</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsync.h" line="120"/>
        <source>Synchronize</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsync.h" line="122"/>
        <source>Synchronize items and notes with a directory on disk.</source>
        <translation>アイテムとメモをディスク上のディレクトリへと同期します。</translation>
    </message>
</context>
<context>
    <name>ItemSyncSaver</name>
    <message>
        <location filename="../plugins/itemsync/itemsync.cpp" line="427"/>
        <source>Failed to synchronize tab &quot;%1&quot; with directory &quot;%2&quot;!</source>
        <translation>タブ &quot;%1&quot; のディレクトリ &quot;%2&quot; への同期に失敗しました!</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsync.cpp" line="461"/>
        <source>Remove Items?</source>
        <translation>アイテムを削除しますか?</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsync.cpp" line="462"/>
        <source>Do you really want to &lt;strong&gt;remove items and associated files&lt;/strong&gt;?</source>
        <translation>本当に&lt;strong&gt;アイテムと関連付けたファイルを削除&lt;/strong&gt;しますか?</translation>
    </message>
</context>
<context>
    <name>ItemSyncSettings</name>
    <message>
        <location filename="../plugins/itemsync/itemsyncsettings.ui" line="24"/>
        <source>Synchronization Tabs and Directories</source>
        <translation>タブとディレクトリの同期</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsyncsettings.ui" line="42"/>
        <source>&lt;p&gt;Synchronize contents of &lt;strong&gt;tab&lt;/strong&gt; with directory with given &lt;strong&gt;path&lt;/strong&gt;.&lt;/p&gt;
&lt;p&gt;Set &lt;strong&gt;empty path&lt;/strong&gt; not to save items in &lt;strong&gt;tab&lt;/strong&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;strong&gt;タブ&lt;/strong&gt;の内容を、入力された&lt;strong&gt;パス&lt;/strong&gt;のディレクトリに同期します。&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;タブ&lt;/strong&gt;のアイテムを保存したくない時は&lt;strong&gt;パスを空に&lt;/strong&gt;設定してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsyncsettings.ui" line="63"/>
        <source>Tab Name</source>
        <translation>タブ名</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsyncsettings.ui" line="68"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsyncsettings.ui" line="88"/>
        <source>Files to Item Data Formats</source>
        <translation>拡張子とデータフォーマットの関連付け</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsyncsettings.ui" line="106"/>
        <source>&lt;p&gt;Set media type to &lt;strong&gt;-&lt;/strong&gt; (minus character) to ignore files. Any other unknown or hidden files are ignored.&lt;/p&gt;
&lt;p&gt;Example: Load &lt;strong&gt;txt&lt;/strong&gt; file extension as &lt;strong&gt;text/plain&lt;/strong&gt; media type.&lt;/p&gt;</source>
        <translation>&lt;p&gt;メディア形式に &lt;strong&gt;-&lt;/strong&gt; (マイナス文字) を設定するとファイルを無視します。不明なファイル形式や隠しファイルも無視します。&lt;/p&gt;
&lt;p&gt;例: 拡張子が &lt;strong&gt;txt&lt;/strong&gt; のファイルを &lt;strong&gt;text/plain&lt;/strong&gt; メディア形式として読み込みます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsyncsettings.ui" line="126"/>
        <source>Item Media Type</source>
        <translation>アイテムのメディア形式</translation>
    </message>
    <message>
        <source>&lt;p&gt;Set MIME type to &lt;strong&gt;-&lt;/strong&gt; (minus character) to ignore files. Any other unknown or hidden files are ignored.&lt;/p&gt;
&lt;p&gt;Example: Load &lt;strong&gt;txt&lt;/strong&gt; file extension as &lt;strong&gt;text/plain&lt;/strong&gt; MIME type.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;MIME タイプに &lt;strong&gt;-&lt;/strong&gt; (マイナス文字) を設定するとファイルを無視します。不明なファイル形式や隠しファイルも無視します。&lt;/p&gt;
&lt;p&gt;例: 拡張子が &lt;strong&gt;txt&lt;/strong&gt; のファイルを &lt;strong&gt;text/plain&lt;/strong&gt; MIME タイプとして読み込みます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Set MIME type to &lt;strong&gt;-&lt;/strong&gt; (dash) to ignore files. Any other unknown or hidden files are ignored.&lt;/p&gt;
&lt;p&gt;Example: Load &lt;strong&gt;txt&lt;/strong&gt; file extension as &lt;strong&gt;text/plain&lt;/strong&gt; MIME type.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;ファイルを無視する場合は MIME タイプに &lt;strong&gt;-&lt;/strong&gt; (ダッシュ) を設定してください。 隠しファイル、その他不明なファイルは無視されます。&lt;/p&gt;
&lt;p&gt;例: 拡張子が &lt;strong&gt;txt&lt;/strong&gt; のファイルを &lt;strong&gt;text/plain&lt;/strong&gt; MIME タイプとして読み込みます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/itemsync/itemsyncsettings.ui" line="121"/>
        <source>Extensions</source>
        <translation>拡張子</translation>
    </message>
    <message>
        <source>Item MIME Type</source>
        <translation type="vanished">アイテムの MIME タイプ</translation>
    </message>
</context>
<context>
    <name>ItemTagsLoader</name>
    <message>
        <location filename="../plugins/itemtags/itemtags.cpp" line="140"/>
        <source>Add a Tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtags.cpp" line="145"/>
        <source>Remove a Tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation type="vanished">%1 としてタグ付け</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation type="vanished">タグ %1 を削除</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtags.cpp" line="166"/>
        <source>Toggle Tag %1</source>
        <translation>以下のタグを切り替え %1</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtags.cpp" line="597"/>
        <source>Cannot Remove Items With a Locked Tag</source>
        <translation>タグがロックされたアイテムは削除できません</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtags.cpp" line="598"/>
        <source>Untag items first to remove them.</source>
        <translation>削除するには先にタグを外してください。</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtags.cpp" line="711"/>
        <source>Important</source>
        <comment>Tag name for example command</comment>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtags.cpp" line="741"/>
        <source>Clear all tags</source>
        <translation>すべてのタグをクリア</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtags.h" line="111"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtags.h" line="113"/>
        <source>Display tags for items.</source>
        <translation>アイテムタグを表示します。</translation>
    </message>
</context>
<context>
    <name>ItemTagsSettings</name>
    <message>
        <location filename="../plugins/itemtags/itemtagssettings.ui" line="17"/>
        <source>Menu items for adding and removing custom tags can be added and customized in Commands dialog.</source>
        <translation>タグを追加、削除するためのメニュー項目はコマンドダイアログから追加、設定できます。</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtagssettings.ui" line="27"/>
        <source>More info is available on &lt;a href=&quot;https://copyq.readthedocs.io/en/latest/tags.html&quot;&gt;wiki page&lt;/a&gt;.</source>
        <translation>より詳しい情報は &lt;a href=&quot;https://copyq.readthedocs.io/en/latest/tags.html&quot;&gt;Wiki ページ&lt;/a&gt; をご覧ください。</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtagssettings.ui" line="38"/>
        <source>Tag Name</source>
        <translation>タグ名</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtagssettings.ui" line="43"/>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtagssettings.ui" line="48"/>
        <source>Style Sheet</source>
        <translation>スタイルシート</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtagssettings.ui" line="53"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtagssettings.ui" line="58"/>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtagssettings.ui" line="63"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../plugins/itemtags/itemtagssettings.ui" line="66"/>
        <source>Avoid removing item</source>
        <translation>アイテムの削除を防止</translation>
    </message>
</context>
<context>
    <name>ItemTextLoader</name>
    <message>
        <location filename="../plugins/itemtext/itemtext.h" line="63"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../plugins/itemtext/itemtext.h" line="65"/>
        <source>Display plain text and simple HTML items.</source>
        <translation>プレーンテキストやシンプルな HTML アイテムの表示を設定します。</translation>
    </message>
</context>
<context>
    <name>ItemTextSettings</name>
    <message>
        <location filename="../plugins/itemtext/itemtextsettings.ui" line="17"/>
        <source>Save and display HTML and rich text</source>
        <translation>HTML とリッチテキストを保存、表示する</translation>
    </message>
    <message>
        <location filename="../plugins/itemtext/itemtextsettings.ui" line="26"/>
        <source>Maximum number of lines to display (0 to show all):</source>
        <translation>表示する最大行数 (0ですべて表示):</translation>
    </message>
    <message>
        <location filename="../plugins/itemtext/itemtextsettings.ui" line="60"/>
        <source>Maximum height in pixels (0 for no limit):</source>
        <translation>表示最大幅をピクセル指定 (0で無制限):</translation>
    </message>
    <message>
        <location filename="../plugins/itemtext/itemtextsettings.ui" line="92"/>
        <source>Default style sheet:</source>
        <translation>標準のスタイルシート:</translation>
    </message>
</context>
<context>
    <name>ItemWebLoader</name>
    <message>
        <source>Web</source>
        <translation type="vanished">ウェブ</translation>
    </message>
    <message>
        <source>Display web pages.</source>
        <translation type="vanished">ウェブページを表示します。</translation>
    </message>
</context>
<context>
    <name>ItemWebSettings</name>
    <message>
        <source>Maximum height in pixels (0 for no limit):</source>
        <translation type="vanished">表示最大幅をピクセル指定 (0で無制限):</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../src/ui/logdialog.ui" line="14"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CopyQ</source>
        <translation type="vanished">CopyQ</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="922"/>
        <source>Exit?</source>
        <translation>終了しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="923"/>
        <source>Do you want to &lt;strong&gt;exit&lt;/strong&gt; CopyQ?</source>
        <translation>CopyQ を&lt;strong&gt;終了&lt;/strong&gt;しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="981"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1027"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1051"/>
        <source>&amp;Item</source>
        <translation>アイテム(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1055"/>
        <source>&amp;Tabs</source>
        <translation>タブ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1080"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="858"/>
        <source>&amp;Show/Hide</source>
        <translation>表示切り替え(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="528"/>
        <source>Encryption Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="529"/>
        <source>Encryption is not available (see logs for details).

It will be possible to encrypt and decrypt tab data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="591"/>
        <source>Import Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="592"/>
        <source>Enter password for import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="615"/>
        <source>Export Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="616"/>
        <source>Enter password for export (empty for no encryption):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1105"/>
        <source>&amp;New Tab</source>
        <translation>新しいタブ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1107"/>
        <source>Rename &amp;Group %1</source>
        <translation>グループ %1 の名前を変更(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1109"/>
        <source>Re&amp;name Tab %1</source>
        <translation>タブ %1 の名前を変更(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1111"/>
        <source>Re&amp;move Tab %1</source>
        <translation>タブ %1 を削除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1113"/>
        <source>Remove Group %1</source>
        <translation>グループ %1 を削除</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1115"/>
        <source>&amp;Change Tab Icon</source>
        <translation>タブのアイコン変更(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Enable Clipboard Storing</source>
        <translation type="vanished">クリップボードの記録を有効化(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable Clipboard Storing</source>
        <translation type="vanished">クリップボードの記録を無効化(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="508"/>
        <source>Options for Import</source>
        <translation>インポートオプション</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="2823"/>
        <source>CopyQ Error</source>
        <comment>Notification error message title</comment>
        <translation>CopyQ エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="4400"/>
        <source>Options for Export</source>
        <translation>エクスポートオプション</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="4431"/>
        <source>Export Error</source>
        <translation>エクスポートエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="4432"/>
        <source>Failed to export file %1!</source>
        <translation>ファイル %1 へのエクスポートに失敗しました!</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="4540"/>
        <source>Import Error</source>
        <translation>インポートエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="4541"/>
        <source>Failed to import file %1!</source>
        <translation>ファイル %1 のインポートに失敗しました!</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1158"/>
        <source>&amp;Clipboard: %1</source>
        <comment>Tray menu clipboard item format</comment>
        <translation>クリップボード(&amp;C): %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="301"/>
        <source>CopyQ Items (*.cpq)</source>
        <translation>CopyQ アイテム (*.cpq)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="4719"/>
        <source>Remove All Tabs in Group?</source>
        <translation>グループのすべてのタブを削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="4720"/>
        <source>Do you want to remove &lt;strong&gt;all tabs&lt;/strong&gt; in group &lt;strong&gt;%1&lt;/strong&gt;?</source>
        <translation>グループ &lt;strong&gt;%1&lt;/strong&gt; の &lt;strong&gt;すべてのタブ&lt;/strong&gt; を削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="4767"/>
        <source>Remove Tab?</source>
        <translation>タブを削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="4768"/>
        <source>Do you want to remove tab &lt;strong&gt;%1&lt;/strong&gt;?</source>
        <translation>タブ &lt;strong&gt;%1&lt;/strong&gt; を削除しますか?</translation>
    </message>
</context>
<context>
    <name>Proxy</name>
    <message>
        <location filename="../plugins/itemfakevim/itemfakevim.cpp" line="514"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/common/common.cpp" line="401"/>
        <source>&lt;HIDDEN&gt;</source>
        <comment>Label for hidden/secret clipboard content</comment>
        <translation>&lt;非表示&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/common.cpp" line="407"/>
        <source>%1 (%n lines)</source>
        <comment>Label for multi-line text in clipboard</comment>
        <translation>
            <numerusform>%1 (%n 行)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/common/common.cpp" line="417"/>
        <source>&lt;IMAGE&gt;</source>
        <comment>Label for image in clipboard</comment>
        <translation>&lt;画像&gt;</translation>
    </message>
    <message>
        <location filename="../src/common/common.cpp" line="419"/>
        <source>&lt;ITEMS&gt;</source>
        <comment>Label for copied items in clipboard</comment>
        <translation>&lt;アイテム&gt;</translation>
    </message>
    <message>
        <location filename="../src/common/common.cpp" line="421"/>
        <source>&lt;EMPTY&gt;</source>
        <comment>Label for empty clipboard</comment>
        <translation>&lt;空&gt;</translation>
    </message>
    <message>
        <location filename="../src/common/common.cpp" line="423"/>
        <source>&lt;DATA&gt;</source>
        <comment>Label for data in clipboard</comment>
        <translation>&lt;データ&gt;</translation>
    </message>
    <message>
        <location filename="../src/common/shortcuts.cpp" line="32"/>
        <source>Backspace</source>
        <comment>Key to remove item or MIME on OS X</comment>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../src/common/shortcuts.cpp" line="34"/>
        <source>Delete</source>
        <comment>Key to remove item or MIME</comment>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;div align=&quot;right&quot;&gt;&lt;small&gt;&amp;mdash; %n lines &amp;mdash;&lt;/small&gt;&lt;/div&gt;</source>
        <comment>Notification label for multi-line text in clipboard</comment>
        <translation type="vanished">
            <numerusform>%1&lt;div align=&quot;right&quot;&gt;&lt;small&gt;&amp;mdash; %n 行 &amp;mdash;&lt;/small&gt;&lt;/div&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1</source>
        <comment>Notification label for single-line text in clipboard</comment>
        <translation type="vanished">%1</translation>
    </message>
    <message>
        <location filename="../src/main.cpp" line="319"/>
        <source>Session name must contain at most 16 characters
which can be letters, digits, &apos;-&apos; or &apos;_&apos;!</source>
        <translation>セッション名は文字、数字、&apos;-&apos; 、 &apos;_&apos; を含む
最大でも16文字の文字列である必要があります!</translation>
    </message>
    <message>
        <location filename="../src/common/appconfig.cpp" line="22"/>
        <source>&amp;clipboard</source>
        <comment>Default name of the tab that automatically stores new clipboard content</comment>
        <translation>クリップボード(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="42"/>
        <source>&amp;New Item</source>
        <translation>新しいアイテム(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="vanished">Ctrl+I</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="44"/>
        <source>&amp;Import...</source>
        <translation>インポート(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="46"/>
        <source>&amp;Export...</source>
        <translation>エクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="48"/>
        <source>&amp;Preferences...</source>
        <translation>設定(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="48"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>C&amp;ommands/Global Shortcuts...</source>
        <translation type="vanished">コマンド/グローバルショートカット(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="51"/>
        <source>C&amp;ommands...</source>
        <translation>コマンド(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="52"/>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="54"/>
        <source>Show &amp;Clipboard Content</source>
        <translation>クリップボードの内容を表示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="55"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="58"/>
        <source>&amp;Toggle Clipboard Storing</source>
        <translation>クリップボードの記録を切り替え(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="59"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="60"/>
        <source>P&amp;rocess Manager</source>
        <translation>プロセスマネージャー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="61"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="62"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="62"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="65"/>
        <source>&amp;Sort Selected Items</source>
        <translation>選択アイテムを昇順ソート(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="66"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="68"/>
        <source>&amp;Reverse Selected Items</source>
        <translation>選択アイテムを降順ソート(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="69"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="71"/>
        <source>&amp;Paste Items</source>
        <translation>アイテムを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="73"/>
        <source>&amp;Copy Selected Items</source>
        <translation>選択アイテムをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="75"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Move to &amp;Clipboard</source>
        <translation type="vanished">クリップボードに移動(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="109"/>
        <source>&amp;Show Content...</source>
        <translation>内容を表示(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="110"/>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="56"/>
        <source>&amp;Show Preview</source>
        <translation>プレビューを表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="57"/>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Move to &amp;Clipboard</source>
        <comment>copies selected items to clipboard and moves them to top (depending on settings)</comment>
        <translation type="vanished">クリップボードに移動(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="111"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="113"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="113"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="115"/>
        <source>Edit &amp;Notes</source>
        <translation>メモを編集(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="116"/>
        <source>Shift+F2</source>
        <translation>Shift+F2</translation>
    </message>
    <message>
        <source>E&amp;dit with editor</source>
        <translation type="vanished">エディターで編集(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="118"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="119"/>
        <source>&amp;Action...</source>
        <translation>アクション(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="119"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="122"/>
        <source>Move Up</source>
        <translation>上に移動</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="123"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="124"/>
        <source>Move Down</source>
        <translation>下に移動</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="125"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="126"/>
        <source>Move to Top</source>
        <translation>一番上に移動</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="127"/>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="128"/>
        <source>Move to Bottom</source>
        <translation>一番下に移動</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="129"/>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="131"/>
        <source>&amp;New Tab</source>
        <translation>新しいタブ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="132"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="133"/>
        <source>R&amp;ename Tab</source>
        <translation>タブ名を変更(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="134"/>
        <source>Ctrl+F2</source>
        <translation>Ctrl+F2</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="135"/>
        <source>Re&amp;move Tab</source>
        <translation>タブを削除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="136"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="137"/>
        <source>&amp;Change Tab Icon</source>
        <translation>タブのアイコン変更(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="138"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="139"/>
        <source>Ne&amp;xt Tab</source>
        <translation>次のタブ(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="140"/>
        <source>Right</source>
        <comment>Default shortcut to focus next tab</comment>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="143"/>
        <source>Left</source>
        <comment>Default shortcut to focus previous tab</comment>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="153"/>
        <source>Open Item Context Menu</source>
        <translation>アイテムのコンテキストメニューを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="154"/>
        <source>Shift+F10</source>
        <comment>Default shortcut to open item context menu</comment>
        <translation>Shift+F10</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="142"/>
        <source>&amp;Previous Tab</source>
        <translation>前のタブ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="44"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="78"/>
        <source>Save Item</source>
        <translation>アイテムの保存</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="79"/>
        <source>F2</source>
        <comment>Shortcut to save item editor changes</comment>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="80"/>
        <source>Cancel Editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="81"/>
        <source>Escape</source>
        <comment>Shortcut to revert item editor changes</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="82"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="84"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="86"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="88"/>
        <source>Bold</source>
        <translation>太字強調</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="90"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="92"/>
        <source>Underline</source>
        <translation>下線</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="94"/>
        <source>Strikethrough</source>
        <translation>打ち消し線</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="96"/>
        <source>Foreground</source>
        <translation>文字色</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="98"/>
        <source>Background</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="100"/>
        <source>Erase Style</source>
        <translation>装飾を消去</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="102"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="106"/>
        <source>A&amp;ctivate Items</source>
        <comment>copies selected items to clipboard and moves them to top (depending on settings)</comment>
        <translation>アイテムをアクティブに(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="117"/>
        <source>E&amp;dit with Editor</source>
        <translation>エディターで編集(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="148"/>
        <source>&amp;Show Log</source>
        <translation>ログを表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="148"/>
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="150"/>
        <source>&amp;About</source>
        <translation>CopyQ について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/menuitems.cpp" line="146"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/item/itemfactory.cpp" line="463"/>
        <source>Tab %1 is corrupted or some CopyQ plugins are missing!</source>
        <translation>タブ %1 が破損しているか、または CopyQ のプラグインがありません!</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/scriptable/scriptableproxy.cpp" line="2253"/>
        <source>Text Copied (%n lines)</source>
        <comment>Notification title for multi-line text in clipboard</comment>
        <translation>
            <numerusform>文字列をコピーしました (%n行)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptableproxy.cpp" line="2256"/>
        <source>Text Copied</source>
        <comment>Notification title for single-line text in clipboard</comment>
        <translation>文字列をコピーしました</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptableproxy.cpp" line="2272"/>
        <source>Data Copied</source>
        <comment>Notification title for a copied data in clipboard</comment>
        <translation>データをコピーしました</translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="155"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="265"/>
        <source>New Tab Encryption Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="157"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="266"/>
        <source>Enter new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="158"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="320"/>
        <source>Passwords did not match. Please try again (%1/%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="171"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="337"/>
        <source>Change Password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="172"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="338"/>
        <source>New password cannot be empty.</source>
        <translation>新しいパスワードは空白にできません。</translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="177"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="206"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="369"/>
        <source>Password Setup Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="178"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="207"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="246"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="370"/>
        <source>Maximum password attempts exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="188"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="347"/>
        <source>Confirm Encryption Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="189"/>
        <location filename="../src/gui/encryptionpassword.cpp" line="348"/>
        <source>Re-enter password to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="226"/>
        <source>Current Tab Encryption Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="228"/>
        <source>Enter current password for encrypting tab data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="229"/>
        <source>Invalid password. Please try again (%1/%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="245"/>
        <source>Password Verification Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="399"/>
        <source>Encryption Files Corrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="400"/>
        <source>Encryption files are missing or corrupted. Strict mode cannot recover encrypted tabs automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="436"/>
        <source>Change Password Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="437"/>
        <source>Failed to change password. Your old password is still active. Please check the logs for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="445"/>
        <source>Change Password Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="446"/>
        <source>Password has been changed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="461"/>
        <source>Re-encrypting tabs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="462"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="491"/>
        <source>Re-encrypting tab %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="539"/>
        <source>Failed to encrypt the following tabs:

%1

Please check the logs for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/encryptionpassword.cpp" line="543"/>
        <source>Encryption Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/win/winplatform.cpp" line="311"/>
        <source>Screen Capture Prevention Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/win/winplatform.cpp" line="312"/>
        <source>The option to hide from screenshots is enabled but cannot take effect in a remote desktop session. Window content may be visible to screen capture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scriptable</name>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="57"/>
        <source>Hide main window.</source>
        <translation>メインウィンドウを隠します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="59"/>
        <source>Show or hide main window.</source>
        <translation>メインウィンドウの表示を切り替えます。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="61"/>
        <source>Open context menu.</source>
        <translation>コンテキストメニューを開きます。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="63"/>
        <source>Exit server.</source>
        <translation>サーバーを終了します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="65"/>
        <source>Disable or enable clipboard content storing.</source>
        <translation>クリップボードの内容の記録を有効/無効にします。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="68"/>
        <source>Print clipboard content.</source>
        <translation>クリップボードの内容を出力します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="69"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="73"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="84"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="86"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="117"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="120"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="122"/>
        <source>MIME</source>
        <translation>MIME</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="72"/>
        <source>Print X11 selection content.</source>
        <translation>X11 セレクションの内容を出力します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="76"/>
        <source>Paste clipboard to current window
(may not work with some applications).</source>
        <translation>現在のウィンドウにクリップボードを貼り付けます
(アプリによっては動作しない場合があります)。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="81"/>
        <source>Set clipboard text.</source>
        <translation>クリップボードにテキストを登録します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="82"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="99"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="103"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>
Set clipboard content.</source>
        <translation type="vanished">
内容をクリップボードに登録します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="85"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="86"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="121"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="122"/>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="91"/>
        <source>Copy item in the row to clipboard.</source>
        <translation>指定した履歴番号のアイテムをクリップボードにコピーします。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="92"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="102"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="110"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="117"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="119"/>
        <source>ROW</source>
        <translation>ROW</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="94"/>
        <source>Copy next item from current tab to clipboard.</source>
        <translation>現在のタブの次のアイテムをクリップボードにコピーします。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="96"/>
        <source>Copy previous item from current tab to clipboard.</source>
        <translation>現在のタブの前のアイテムをクリップボードにコピーします。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="98"/>
        <source>Add text into clipboard.</source>
        <translation>テキストをクリップボードに追加します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="101"/>
        <source>Insert text into given row.</source>
        <translation>指定された履歴番号にテキストを挿入します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="105"/>
        <source>Remove items in given rows.</source>
        <translation>指定された履歴番号のアイテムを削除します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="106"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="126"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="130"/>
        <source>ROWS</source>
        <translation>ROWS</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="108"/>
        <source>Edit items or edit new one.
Value -1 is for current text in clipboard.</source>
        <translation>アイテムを編集、またはアイテムを新規作成します。
-1 を指定すると現在クリップボード内にあるテキストを編集します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="113"/>
        <source>Set separator for items on output.</source>
        <translation>出力するアイテムのセパレータを設定します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="114"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="131"/>
        <source>SEPARATOR</source>
        <translation>SEPARATOR</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="116"/>
        <source>Print raw data of clipboard or item in row.</source>
        <translation>クリップボードか指定した履歴番号のアイテムの生のデータを出力します。</translation>
    </message>
    <message>
        <source>
Write raw data to given row.</source>
        <translation type="vanished">
指定した履歴番号にデータを書き込みます。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="125"/>
        <source>Show action dialog.</source>
        <translation>アクションダイアログを表示します。</translation>
    </message>
    <message>
        <source>
Run PROGRAM on item text in the rows.
Use %1 in PROGRAM to pass text as argument.</source>
        <translation type="vanished">
指定した履歴番号のアイテムテキストでプログラムを実行します。
テキストを引数としてプログラムに渡すには %1 を使用してください。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="131"/>
        <source>PROGRAM</source>
        <translation>PROGRAM</translation>
    </message>
    <message>
        <source>
Show tray popup message for TIME milliseconds.</source>
        <translation type="vanished">
TIME で指定したミリ秒間トレイポップアップメッセージを表示します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="134"/>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="135"/>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="136"/>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="139"/>
        <source>List available tab names.</source>
        <translation>利用可能なタブ名のリストを表示します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="141"/>
        <source>Run command on tab with given name.
Tab is created if it doesn&apos;t exist.
Default is the first tab.</source>
        <translation>指定した名前のタブでコマンドを実行します。
タブが存在しない時は新規作成します。
デフォルトは最初のタブです。</translation>
    </message>
    <message>
        <source>
Evaluate ECMAScript program.
Arguments are accessible using with &quot;arguments[0..N]&quot;.</source>
        <translation type="vanished">
ECMAScript プログラムを診断します。
引数には &quot;arguments[0..N]&quot; を使用してアクセスします。</translation>
    </message>
    <message>
        <source>Run application tests (append --help argument for more info).</source>
        <translation type="vanished">アプリのテストを実行します (詳細を知りたい場合はコマンド引数に --help を追加してください)。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="55"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="144"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="148"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="151"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="54"/>
        <source>Show main window and optionally open tab with given name.</source>
        <translation>メインウィンドウを表示し、オプションとしてタブ名を指定するとそのタブを開きます。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="79"/>
        <source>Copy clipboard from current window
(may not work with some applications).</source>
        <translation>現在のウィンドウからクリップボードにコピーします
(アプリによっては動作しない可能性があります)。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="83"/>
        <source>Set clipboard content.</source>
        <translation>クリップボードの内容をセットします。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="89"/>
        <source>Print amount of items in current tab.</source>
        <translation>現在のタブのアイテム数を出力します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="118"/>
        <source>Write raw data to given row.</source>
        <translation>指定した履歴番号に生のデータを書き込みます。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="128"/>
        <source>Run PROGRAM on item text in the rows.
Use %1 in PROGRAM to pass text as argument.</source>
        <translation>履歴番号のアイテムのテキストで PROGRAM を実行します。
PROGRAM に引数としてテキストを渡す場合は %1 を使用します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="133"/>
        <source>Show tray popup message for TIME milliseconds.</source>
        <translation>トレイポップアップメッセージを TIME ミリ秒間表示します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="145"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="179"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="184"/>
        <location filename="../src/scriptable/scriptable.cpp" line="112"/>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="147"/>
        <source>Remove tab.</source>
        <translation>タブを削除します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="150"/>
        <source>Rename tab.</source>
        <translation>タブ名を変更します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="152"/>
        <source>NEW_NAME</source>
        <translation>NEW_NAME</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="155"/>
        <source>Export items to file.</source>
        <translation>アイテムをファイルにエクスポートします。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="156"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="159"/>
        <source>FILE_NAME</source>
        <translation>FILE_NAME</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="158"/>
        <source>Import items from file.</source>
        <translation>ファイルからアイテムをインポートします。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="162"/>
        <source>List all options.</source>
        <translation>すべてのオブションリストを表示します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="164"/>
        <source>Get option value.</source>
        <translation>オプションの設定値を取得します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="165"/>
        <location filename="../src/scriptable/commandhelp.cpp" line="168"/>
        <source>OPTION</source>
        <translation>OPTION</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="167"/>
        <source>Set option value.</source>
        <translation>オプションを設定します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="169"/>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="171"/>
        <source>Evaluate script.</source>
        <translation>スクリプトを審査します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="172"/>
        <source>SCRIPT</source>
        <translation>SCRIPT</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="173"/>
        <source>ARGUMENTS</source>
        <translation>ARGUMENTS</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="175"/>
        <source>Starts or connects to application instance with given session name.</source>
        <translation>指定したセッション名でアプリのインスタンスを起動、または接続します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="178"/>
        <source>Print help for COMMAND or all commands.</source>
        <translation>COMMAND またはすべてのコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="181"/>
        <source>Print version of program and libraries.</source>
        <translation>プログラムとライブラリのバージョンを表示します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="183"/>
        <source>Start server in background before running a command.</source>
        <translation>コマンドの実行前に、バックグラウンドでサーバーを開始します。</translation>
    </message>
    <message>
        <source>
Starts or connects to application instance with given session name.</source>
        <translation type="vanished">
設定したセッション名でアプリケーションを開始、あるいは接続します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/commandhelp.cpp" line="176"/>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>
Print help for COMMAND or all commands.</source>
        <translation type="vanished">
コマンドのヘルプ、または全てのコマンドを表示します。</translation>
    </message>
    <message>
        <source>
Print version of program and libraries.</source>
        <translation type="vanished">
プログラムとライブラリーのバージョンを表示します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="112"/>
        <source>Usage: copyq [%1]</source>
        <translation>使用法: copyq [%1]</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="113"/>
        <source>Starts server if no command is specified.</source>
        <translation>コマンドを指定しない場合、サーバーを起動します。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="114"/>
        <source>  COMMANDs:</source>
        <translation>  コマンド:</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="119"/>
        <source>NOTES:</source>
        <translation>注意:</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="121"/>
        <source>  - Use double-dash argument (--) to read all following arguments without
    expanding escape sequences (i.e. \n, \t and others).</source>
        <translation>  - エスケープ文字列 (例えば \n や \t など) を展開せずにすべての引数を読み込むには
    ダブルダッシュ (--) を使用してください。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="123"/>
        <source>  - Use ? for MIME to print available MIME types (default is &quot;text/plain&quot;).</source>
        <translation>  - 利用可能な MIME タイプを表示するには ? を使用してください (デフォルトは &quot;text/plain&quot;)。</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="128"/>
        <source>Invalid number of arguments!</source>
        <translation>引数の個数が無効です!</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="522"/>
        <source>Failed to export file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="527"/>
        <source>Failed to import file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="667"/>
        <location filename="../src/scriptable/scriptable.cpp" line="683"/>
        <source>CopyQ Clipboard Manager</source>
        <translation>CopyQ クリップボード管理</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="2771"/>
        <source>Exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="2887"/>
        <source>Failed to copy to clipboard!</source>
        <translation>クリップボードへのコピーに失敗しました!</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="695"/>
        <source>Command not found!</source>
        <translation>コマンドが見つかりません!</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="794"/>
        <source>Terminating server.
</source>
        <translation>サーバーを終了中。
</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="2772"/>
        <source>Exception in %1</source>
        <translation>%1 の例外</translation>
    </message>
    <message>
        <source>Cannot save to file &quot;%1&quot;!</source>
        <translation type="vanished">ファイル &quot;%1&quot; を保存できません!</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="120"/>
        <source>  - Use dash argument (-) to read data from standard input.</source>
        <translation>  - 標準入力からデータを読み込むには引数にダッシュ (-) を使用してください。</translation>
    </message>
    <message>
        <source>Cannot import file &quot;%1&quot;!</source>
        <translation type="vanished">ファイル &quot;%1&quot; をインポートできません!</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptable.cpp" line="1398"/>
        <source>Invalid option &quot;%1&quot;!</source>
        <translation>&quot;%1&quot; は無効なオプションです!</translation>
    </message>
</context>
<context>
    <name>ScriptableProxy</name>
    <message>
        <location filename="../src/scriptable/scriptableproxy.cpp" line="624"/>
        <source>Tab with given name doesn&apos;t exist!</source>
        <translation>そのような名前のタブは存在しません!</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptableproxy.cpp" line="629"/>
        <source>Tab name cannot be empty!</source>
        <translation>名前のないタブは作成できません!</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptableproxy.cpp" line="974"/>
        <source>Tab with given name already exists!</source>
        <translation>その名前のタブは既に存在します!</translation>
    </message>
    <message>
        <location filename="../src/scriptable/scriptableproxy.cpp" line="2191"/>
        <source>*Clipboard Storing Disabled*</source>
        <comment>Main window title if clipboard storing is disabled</comment>
        <translation>*クリップボードの保存無効中*</translation>
    </message>
    <message>
        <source>%1 - CopyQ</source>
        <comment>Main window title format (%1 is clipboard content label)</comment>
        <translation type="vanished">%1 - CopyQ</translation>
    </message>
    <message>
        <source>%1 - %2 - CopyQ</source>
        <comment>Main window title format (%1 is clipboard content label, %2 is session name)</comment>
        <translation type="vanished">%1 - %2 - CopyQ</translation>
    </message>
</context>
<context>
    <name>ShortcutButton</name>
    <message>
        <location filename="../src/gui/shortcutbutton.cpp" line="27"/>
        <source>Add shortcut</source>
        <translation>ショートカットを追加</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <location filename="../src/ui/shortcutdialog.ui" line="14"/>
        <source>New Shortcut</source>
        <translation>新しいショートカット</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Press any key combination. &lt;span style=&quot; font-weight:600;&quot;&gt;Escape&lt;/span&gt; to cancel.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="vanished">&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;キーを入力してください。&lt;span style=&quot; font-weight:600;&quot;&gt;Escape&lt;/span&gt; でキャンセルできます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Click here and press any key combination</source>
        <translation type="vanished">ここにキーを入力</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutdialog.cpp" line="22"/>
        <source>Remove Shortcut</source>
        <translation>ショートカットを削除</translation>
    </message>
</context>
<context>
    <name>ShortcutsWidget</name>
    <message>
        <location filename="../src/ui/shortcutswidget.ui" line="31"/>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutswidget.ui" line="50"/>
        <source>Gl&amp;obal</source>
        <translation>グローバル(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutswidget.ui" line="56"/>
        <source>Global shortcuts can be triggered from any application.</source>
        <translation>グローバルショートカットは、すべてのアプリ上で使用できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutswidget.ui" line="77"/>
        <source>A&amp;pplication</source>
        <translation>アプリ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutswidget.ui" line="83"/>
        <source>Application shortcuts can only be triggered from the main window.</source>
        <translation>アプリのショートカットは、メインウィンドウがアクティブな場合のみ使用できます。</translation>
    </message>
    <message>
        <source>Application shortcuts can be triggered only from the main window.</source>
        <translation type="vanished">アプリケーションショートカットはメインウィンドウがアクティブな場合に使用できます。</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutswidget.cpp" line="229"/>
        <source>Shortcut already exists!</source>
        <translation>ショートカットは既に存在します!</translation>
    </message>
</context>
<context>
    <name>TabDialog</name>
    <message>
        <location filename="../src/ui/tabdialog.ui" line="29"/>
        <source>Tab name must be non-empty and unique.&lt;br /&gt;
Tab &lt;b&gt;No&amp;amp;tes&lt;/b&gt; can be opened using &lt;b&gt;Alt+T&lt;/b&gt;.&lt;br /&gt;
Use &lt;b&gt;/&lt;/b&gt; as path separator in tree view tab layout.</source>
        <translation>タブ名は1字以上の重複しない名前にしてください。&lt;br /&gt;
&lt;b&gt;Alt+T&lt;/b&gt;でタブ用の&lt;b&gt;メニュー&lt;/b&gt;を開きます。&lt;br /&gt;
レイアウトがタブツリーの場合、&lt;b&gt;/&lt;/b&gt; でパスの階層を構築できます。</translation>
    </message>
    <message>
        <location filename="../src/ui/tabdialog.ui" line="43"/>
        <source>&amp;Name:</source>
        <translation>タブ名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/gui/tabdialog.cpp" line="17"/>
        <source>New Tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <location filename="../src/gui/tabdialog.cpp" line="20"/>
        <source>Rename Tab</source>
        <translation>タブ名を変更</translation>
    </message>
    <message>
        <location filename="../src/gui/tabdialog.cpp" line="23"/>
        <source>Rename Tab Group</source>
        <translation>タブグループ名を変更</translation>
    </message>
</context>
<context>
    <name>TabPropertiesWidget</name>
    <message>
        <location filename="../src/ui/tabpropertieswidget.ui" line="46"/>
        <source>&amp;Maximum number of items:</source>
        <translation>アイテムの最大数(&amp;M):</translation>
    </message>
    <message>
        <location filename="../src/ui/tabpropertieswidget.ui" line="56"/>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../src/ui/tabpropertieswidget.ui" line="84"/>
        <source>&amp;Save Items</source>
        <translation>アイテムを保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/ui/tabpropertieswidget.ui" line="93"/>
        <source>Require password after an interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/tabpropertieswidget.ui" line="103"/>
        <source>Per-tab timeout in seconds for requiring encryption password again.

Set to 0 to use global setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/tabpropertieswidget.ui" line="108"/>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store Items</source>
        <translation type="vanished">アイテムを復元(&amp;S)</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../src/gui/traymenu.cpp" line="135"/>
        <source>Press &apos;/&apos; to search</source>
        <translation>&apos;/&apos; を押すと検索を開始</translation>
    </message>
    <message>
        <location filename="../src/gui/traymenu.cpp" line="137"/>
        <source>Type to search</source>
        <translation>キー入力で検索を開始</translation>
    </message>
    <message>
        <location filename="../src/gui/traymenu.cpp" line="153"/>
        <source>&amp;%1. %2</source>
        <comment>Key hint (number shortcut) for items in tray menu (%1 is number, %2 is item label)</comment>
        <translation>&amp;%1. %2</translation>
    </message>
</context>
<context>
    <name>Utils::FilterLineEdit</name>
    <message>
        <location filename="../src/gui/filterlineedit.cpp" line="380"/>
        <source>Regular Expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../src/gui/filterlineedit.cpp" line="383"/>
        <source>Case Insensitive</source>
        <translation>大文字と小文字を区別しない</translation>
    </message>
</context>
</TS>
