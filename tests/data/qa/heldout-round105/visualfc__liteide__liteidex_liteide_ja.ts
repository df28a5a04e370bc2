<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.0" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="20"/>
        <source>About LiteIDE</source>
        <oldsource>About Liteide</oldsource>
        <translation>Liteide について</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="156"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="162"/>
        <source>Welcome:</source>
        <translation>ようこそ:</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="168"/>
        <source>Welcome to LiteIDE X! LiteIDE is a simple, open source, cross-platform IDE.</source>
        <oldsource>Welcome to LiteIDE X!
LiteIDE is a simple, open source, cross-platform IDE.</oldsource>
        <translation>LiteIDE X へようこそ!
LiteIDE はシンプルでオープンソース、クロスプラットフォームなIDEです。</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="178"/>
        <source>Project:</source>
        <translation>プロジェクト:</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="208"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="191"/>
        <source>Author:</source>
        <translation>作者:</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="222"/>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="242"/>
        <source>Build:</source>
        <translation>ビルド:</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="215"/>
        <source>Based on Qt</source>
        <oldsource>Based on Qt Version</oldsource>
        <translation></translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="249"/>
        <source>Source Code:</source>
        <translation>ソースコード:</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="263"/>
        <source>Support LiteIDE:</source>
        <oldsource>Support</oldsource>
        <translation>LiteIDE をサポート:</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="297"/>
        <source>Developers</source>
        <translation>開発者</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="400"/>
        <source>Translations</source>
        <translation>翻訳者</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="412"/>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="426"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="440"/>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="454"/>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="468"/>
        <source>Traditional Chinese</source>
        <translation>繁体字</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="482"/>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="513"/>
        <source>Thanks to...</source>
        <translation>謝辞...</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="548"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.ui" line="589"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/aboutdialog.cpp" line="43"/>
        <source>Based on Qt %1 (%2 bit)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ActionManager</name>
    <message>
        <location filename="src/liteapp/actionmanager.cpp" line="64"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="src/liteapp/actionmanager.cpp" line="65"/>
        <source>&amp;Recent</source>
        <translation>最近使用した...(&amp;R)</translation>
    </message>
    <message>
        <location filename="src/liteapp/actionmanager.cpp" line="66"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="src/liteapp/actionmanager.cpp" line="67"/>
        <source>F&amp;ind</source>
        <oldsource>&amp;Find</oldsource>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="src/liteapp/actionmanager.cpp" line="68"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="src/liteapp/actionmanager.cpp" line="69"/>
        <source>Tool Windows</source>
        <translation>ツールウィンドウ</translation>
    </message>
    <message>
        <location filename="src/liteapp/actionmanager.cpp" line="74"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="src/liteapp/actionmanager.cpp" line="76"/>
        <source>Standard Toolbar</source>
        <oldsource>Standard ToolBar</oldsource>
        <translation>標準ツールバー</translation>
    </message>
</context>
<context>
    <name>AstWidget</name>
    <message>
        <location filename="src/plugins/golangast/astwidget.cpp" line="74"/>
        <source>Go To Definition</source>
        <translation>定義へ移動</translation>
    </message>
    <message>
        <location filename="src/plugins/golangast/astwidget.cpp" line="75"/>
        <source>View Import Document</source>
        <translation>インポートドキュメントを表示</translation>
    </message>
</context>
<context>
    <name>BuildConfigDialog</name>
    <message>
        <location filename="src/plugins/litebuild/buildconfigdialog.ui" line="14"/>
        <source>Build Configuration</source>
        <oldsource>Build Config Dialog</oldsource>
        <translation>ビルド設定</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/buildconfigdialog.ui" line="26"/>
        <source>Build ID</source>
        <translation>ビルドID</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/buildconfigdialog.ui" line="52"/>
        <source>Build Path</source>
        <oldsource>Build File</oldsource>
        <translation>ビルドパス</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/buildconfigdialog.ui" line="85"/>
        <source>LiteIDE</source>
        <translation>LiteIDE</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/buildconfigdialog.ui" line="95"/>
        <source>Build</source>
        <oldsource>Build Config</oldsource>
        <translation>ビルド</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/buildconfigdialog.ui" line="105"/>
        <source>Custom</source>
        <oldsource>Build Custom</oldsource>
        <translation>カスタム</translation>
    </message>
</context>
<context>
    <name>CreateDirDialog</name>
    <message>
        <location filename="src/plugins/filebrowser/createdirdialog.ui" line="14"/>
        <source>Create Directory</source>
        <oldsource>Create Directory Dialog</oldsource>
        <translation>ディレクトリを作成</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/createdirdialog.ui" line="22"/>
        <source>Parent:</source>
        <translation>親ディレクトリ</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/createdirdialog.ui" line="36"/>
        <source>Child Path:</source>
        <oldsource>Path Name:</oldsource>
        <translation>パス</translation>
    </message>
</context>
<context>
    <name>CreateFileDialog</name>
    <message>
        <location filename="src/plugins/filebrowser/createfiledialog.ui" line="14"/>
        <source>Create File</source>
        <oldsource>Create File Dialog</oldsource>
        <translation>ファイルを作成</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/createfiledialog.ui" line="22"/>
        <source>Directory:</source>
        <translation>ディレクトリ:</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/createfiledialog.ui" line="36"/>
        <source>File Name:</source>
        <translation>ファイル名:</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/createfiledialog.ui" line="76"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/createfiledialog.ui" line="83"/>
        <source>Create and Edit</source>
        <translation>作成して編集</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/createfiledialog.ui" line="90"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>DebugWidget</name>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="80"/>
        <source>Async Record</source>
        <oldsource>AsyncRecord</oldsource>
        <translation>レコードを同期</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="81"/>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="82"/>
        <source>Watch</source>
        <translation>ウォッチ</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="83"/>
        <source>Call Stack</source>
        <oldsource>CallStack</oldsource>
        <translation>呼び出し履歴</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="84"/>
        <source>Libraries</source>
        <oldsource>Library</oldsource>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="85"/>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="94"/>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="259"/>
        <source>Add Global Watch</source>
        <translation>グローバルウォッチを追加</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="95"/>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="271"/>
        <source>Add Local Watch</source>
        <translation>ローカルウォッチを追加</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="96"/>
        <source>Remove Watch</source>
        <translation>ウォッチを削除</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="97"/>
        <source>Remove All Watches</source>
        <translation>全てのウォッチを削除</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="259"/>
        <source>Watch expression (e.g. main.var os.Stdout):</source>
        <translation>式を監視(例: main.var os.Stdout)</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/debugwidget.cpp" line="271"/>
        <source>Watch expression (e.g. s1.str):</source>
        <translation>式を監視(例: st1.str)</translation>
    </message>
</context>
<context>
    <name>DocumentBrowser</name>
    <message>
        <location filename="src/utils/documentbrowser/documentbrowser.cpp" line="67"/>
        <source>Back</source>
        <oldsource>Backward</oldsource>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="src/utils/documentbrowser/documentbrowser.cpp" line="68"/>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="src/utils/documentbrowser/documentbrowser.cpp" line="69"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="src/utils/documentbrowser/documentbrowser.cpp" line="75"/>
        <source>Increase Font Size</source>
        <translation>フォントサイズを増やす</translation>
    </message>
    <message>
        <location filename="src/utils/documentbrowser/documentbrowser.cpp" line="78"/>
        <source>Decrease Font Size</source>
        <translation>フォントサイズを減らす</translation>
    </message>
    <message>
        <location filename="src/utils/documentbrowser/documentbrowser.cpp" line="81"/>
        <source>Reset Font Size</source>
        <translation>フォントサイズをリセット</translation>
    </message>
</context>
<context>
    <name>EditorManager</name>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="111"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="122"/>
        <source>Move to New Window</source>
        <oldsource>Move To New Window</oldsource>
        <translation>新しいウィンドウへ移動</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="162"/>
        <source>&amp;Edit</source>
        <oldsource>Edit</oldsource>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="176"/>
        <source>Navigate Forward</source>
        <oldsource>GoForward</oldsource>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="113"/>
        <source>Close Others</source>
        <oldsource>Close Others Tabs</oldsource>
        <translation>他を閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="114"/>
        <source>Close All</source>
        <oldsource>Close All Tabs</oldsource>
        <translation>全て閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="115"/>
        <source>Close Left Tabs</source>
        <translation>左のタブを閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="116"/>
        <source>Close Right Tabs</source>
        <translation>右のタブを閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="117"/>
        <source>Close Files in Same Folder</source>
        <oldsource>Close Same Folder Files</oldsource>
        <translation>同じフォルダのファイルを閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="118"/>
        <source>Close Files in Other Folders</source>
        <oldsource>Close Other Folder Files</oldsource>
        <translation>他のフォルダのファイルを閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="119"/>
        <source>Copy Full Path to Clipboard</source>
        <oldsource>Copy Path to Clipboard</oldsource>
        <translation>フルパスをクリップボードにコピーする</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="120"/>
        <source>Show in Explorer</source>
        <translation>エクスプローラで表示</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="167"/>
        <source>Navigate Backward</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="193"/>
        <source>Edit Toolbar</source>
        <translation>編集ツールバー</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="348"/>
        <source>Save changes to %1?</source>
        <translation>%1 へ変更を保存する</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="349"/>
        <source>Unsaved Modifications</source>
        <oldsource>Save Modify</oldsource>
		<translation>変更が保存されていない</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="427"/>
        <source>All Files (*)</source>
        <translation>全てのファイル (*)</translation>
    </message>
    <message>
        <location filename="src/liteapp/editormanager.cpp" line="429"/>
        <source>Save As</source>
        <translation>名前を付けて保存...</translation>
    </message>
</context>
<context>
    <name>EnvManager</name>
    <message>
        <location filename="src/plugins/liteenv/envmanager.cpp" line="260"/>
        <source>Environment Toolbar</source>
        <oldsource>Environment ToolBar</oldsource>
        <translation>環境ツールバー</translation>
    </message>
    <message>
        <location filename="src/plugins/liteenv/envmanager.cpp" line="267"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="src/plugins/liteenv/envmanager.cpp" line="270"/>
        <source>Edit Environment</source>
        <translation>環境を編集</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="src/plugins/golangpresent/exportdialog.ui" line="14"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/exportdialog.ui" line="22"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/exportdialog.ui" line="49"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/exportdialog.ui" line="56"/>
        <source>ExportAndView</source>
        <translation>エクスポートして表示</translation>
    </message>
</context>
<context>
    <name>FiFoTty</name>
    <message>
        <location filename="src/plugins/litetty/fifotty.cpp" line="86"/>
        <source>Cannot create temporary file: %1</source>
        <translation>テンポラリファイルが作れません: %1</translation>
    </message>
    <message>
        <location filename="src/plugins/litetty/fifotty.cpp" line="97"/>
        <source>Cannot create FiFo %1: %2</source>
        <translation>FiFo %1 を作成出来ません: %2</translation>
    </message>
    <message>
        <location filename="src/plugins/litetty/fifotty.cpp" line="104"/>
        <source>Cannot open FiFo %1: %2</source>
        <translation>FiFo %1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>FileBrowser</name>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="129"/>
        <source>Synchronize with editor</source>
        <translation>エディタと同期</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="202"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="204"/>
        <source>New File...</source>
        <oldsource>New File</oldsource>
        <translation>新しいファイル...</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="205"/>
        <source>New File Wizard...</source>
        <oldsource>New File Wizard</oldsource>
        <translation>新規ファイルウィザード</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="489"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="495"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="500"/>
        <source>Rename File</source>
        <translation>ファイル名を変更</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="207"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="514"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="519"/>
        <source>Delete File</source>
        <oldsource>Remove File</oldsource>
        <translation>ファイルを削除</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="132"/>
        <source>Show Hidden Files</source>
        <translation>非表示ファイルを表示</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="206"/>
        <source>Rename File...</source>
        <translation>ファイル名を変更...</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="209"/>
        <source>Set As Root Folder</source>
        <oldsource>Set Folder To Root</oldsource>
        <translation>フォルダをルートへ設定</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="210"/>
        <source>New Folder...</source>
        <oldsource>New Folder</oldsource>
        <translation>新しいフォルダ...</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="211"/>
        <source>Rename Folder...</source>
        <translation>フォルダ名を変更...</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="219"/>
        <source>Open Folder in New Window</source>
        <translation>新しいウィンドウでフォルダを開く</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="220"/>
        <source>Add to Folders</source>
        <translation>フォルダを追加</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="286"/>
        <source>Config</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="515"/>
        <source>Are you sure that you want to permanently delete this file?</source>
        <translation>このファイルを完全に削除しますか?</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="520"/>
        <source>Failed to delete the file!</source>
        <translation>ファイルの削除に失敗しました!</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="539"/>
        <source>A folder with that name already exists!</source>
        <translation>フォルダ名は既に使用されています!</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="555"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="564"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="569"/>
        <source>Rename Folder</source>
        <translation>フォルダ名を変更</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="584"/>
        <source>Are you sure that you want to permanently delete this folder and all of its contents?</source>
        <translation>このフォルダと全てのコンテンツを完全に削除しますか?</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="589"/>
        <source>Failed to delete the folder!</source>
        <translation>フォルダの削除に失敗しました!</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="212"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="583"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="588"/>
        <source>Delete Folder</source>
        <oldsource>Remove Folder</oldsource>
        <translation>フォルダを削除</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="214"/>
        <source>Open Terminal Here</source>
        <translation>ここでターミナルを開く</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="215"/>
        <source>Open Explorer Here</source>
        <translation>ここでエクスプローラを開く</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="217"/>
        <source>View Godoc Here</source>
        <translation>ここでGodocを見る</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="448"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="458"/>
        <source>Create File</source>
        <translation>ファイルを作成</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="155"/>
        <source>Open Parent</source>
        <oldsource>Open to Parent</oldsource>
        <translation>親ディレクトリを開く</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="291"/>
        <source>File System</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="449"/>
        <source>A file with that name already exists!</source>
        <translation>ファイル名は既に使用されています!</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="459"/>
        <source>Failed to create the file!</source>
        <translation>ファイルの作成に失敗しました!</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="489"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="555"/>
        <source>New Name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="496"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="501"/>
        <source>Failed to rename the file!</source>
        <translation>ファイル名の変更に失敗しました!</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="538"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="541"/>
        <source>Create Folder</source>
        <translation>フォルダを作成</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="542"/>
        <source>Failed to create the folder!</source>
        <translation>フォルダの作成に失敗しました!</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="565"/>
        <location filename="src/plugins/filebrowser/filebrowser.cpp" line="570"/>
        <source>Failed to rename the folder!</source>
        <translation>フォルダ名の変更に失敗しました!</translation>
    </message>
</context>
<context>
    <name>FileBrowserOption</name>
    <message>
        <location filename="src/plugins/filebrowser/filebrowseroption.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowseroption.ui" line="20"/>
        <source>Terminal</source>
        <translation>ターミナル</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowseroption.ui" line="26"/>
        <source>Command:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <location filename="src/plugins/filebrowser/filebrowseroption.ui" line="36"/>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
</context>
<context>
    <name>FileManager</name>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="158"/>
        <location filename="src/liteapp/filemanager.cpp" line="179"/>
        <location filename="src/liteapp/filemanager.cpp" line="200"/>
        <source>All Files (*)</source>
        <translation>全てのファイル (*)</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="369"/>
        <source>LiteIDE</source>
        <translation>LiteIDE</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="370"/>
        <source>Project &apos;%1&apos; has been created.
Do you want to open it now?</source>
        <oldsource>Project &apos;%1&apos; is created.
Do you want to load?</oldsource>
        <translation>プロジェクト &apos;%1&apos; が作成されました。
読み込みますか?</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="270"/>
        <source>Open Project or File</source>
        <translation>プロジェクトもしくはファイルを開く...</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="67"/>
        <source>Show Hidden Files</source>
        <translation>非表示ファイルを表示</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="75"/>
        <source>Config</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="80"/>
        <source>Folders</source>
        <oldsource>Folers</oldsource>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="155"/>
        <location filename="src/liteapp/filemanager.cpp" line="176"/>
        <location filename="src/liteapp/filemanager.cpp" line="197"/>
        <source>All Support Files (%1)</source>
        <translation>サポートしている全てのファイル(%1)</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="283"/>
        <location filename="src/liteapp/filemanager.cpp" line="301"/>
        <source>Select a folder:</source>
        <oldsource>Open Folder</oldsource>
        <translation>フォルダを選択:</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="503"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="504"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="505"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="506"/>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="716"/>
        <source>%1
This file has been deleted from the drive.

Do you want to close the editor ?</source>
        <oldsource>%1
This file has been deleted from the drive,

Do you want to close the editor ?</oldsource>
        <translation>%1
このファイルは削除されました。

エディタを終了しますか?</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="746"/>
        <source>%1
This file has been modified on the drive,
but you have unsaved modifications in your LiteIDE editor.

Do you want to reload the file from disk ?
Answering &quot;Yes&quot; will discard your unsaved changes.</source>
        <translation>%1
このファイルは変更さましたが、LiteIDE エディタで未保存な変更あります。

ディスクからファイルを再読み込みしますか?
&quot;はい&quot; を選択すると変更が破棄されます。</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="753"/>
        <source>%1
This file has been modified on the drive.

Do you want to reload the file from disk ?</source>
        <oldsource>%1
This file has been modified on the drive,

Do you want to reload the file from disk ?</oldsource>
        <translation>%1
このファイルは変更されました。

ファイルを再読み込みしますか?</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="325"/>
        <source>Open Files</source>
        <translation>ファイルを開く...</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="88"/>
        <source>Clear History</source>
        <translation>履歴をクリア</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="338"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="709"/>
        <source>%1
This file has been deleted from the drive,
but you have unsaved modifications in your LiteIDE editor.

Do you want to close the editor ?
Answering &quot;Yes&quot; will discard your unsaved changes.</source>
        <translation>%1
このファイルは削除されました。
しかし LiteIDE エディタ上の変更が保存されていません。

エディタを終了しますか?
&quot;はい&quot; を選択すると変更が破棄されます。</translation>
    </message>
    <message>
        <location filename="src/liteapp/filemanager.cpp" line="713"/>
        <location filename="src/liteapp/filemanager.cpp" line="718"/>
        <location filename="src/liteapp/filemanager.cpp" line="750"/>
        <location filename="src/liteapp/filemanager.cpp" line="755"/>
        <source>LiteIDE X</source>
        <translation>LiteIDE X</translation>
    </message>
</context>
<context>
    <name>FileSearch</name>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="194"/>
        <source>Match whole word</source>
        <oldsource>Match word</oldsource>
        <translation>単語にマッチ</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="195"/>
        <source>Match case</source>
        <translation>大文字/小文字の区別</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="196"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="197"/>
        <source>Scan subdirectories</source>
        <oldsource>Look in subdirs</oldsource>
        <translation>サブディレクトリをスキャン</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="217"/>
        <source>Search for:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="219"/>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="225"/>
        <source>Browse...</source>
        <oldsource>Browser</oldsource>
        <translation>開く...</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="226"/>
        <source>Use Current</source>
        <oldsource>Current</oldsource>
        <translation>この設定を使用</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="243"/>
        <source>Filter:</source>
        <translation>フィルタ:</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="330"/>
        <source>Files on File System</source>
        <translation>ファイルシステム上のファイル</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="206"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="207"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="248"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearch.cpp" line="435"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
</context>
<context>
    <name>FileSearchManager</name>
    <message>
        <location filename="src/plugins/litefind/filesearchmanager.cpp" line="50"/>
        <source>Search Item:</source>
        <translation>検索対象</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearchmanager.cpp" line="69"/>
        <source>This file change cannot be undone!</source>
        <oldsource>This change cannot be undone.</oldsource>
        <translation>この変更は戻せません!</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearchmanager.cpp" line="83"/>
        <source>New Search</source>
        <translation>新しい検索</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearchmanager.cpp" line="86"/>
        <source>Search Result</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearchmanager.cpp" line="221"/>
        <source>The following files have no write permissions. Do you want to change the permissions?</source>
        <translation>以下のファイルは書き込み権限がありません。権限を変更しますか?</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/filesearchmanager.cpp" line="224"/>
        <source>File is readonly</source>
        <translation>読み取り専用ファイル</translation>
    </message>
</context>
<context>
    <name>FileSystemWidget</name>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="102"/>
        <source>Open File</source>
        <oldsource>Open Editor</oldsource>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="103"/>
        <source>New File...</source>
        <oldsource>New File</oldsource>
        <translation>新しいファイル...</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="104"/>
        <source>New File Wizard...</source>
        <oldsource>New File Wizard</oldsource>
        <translation>新規ファイルウィザード</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="285"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="291"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="296"/>
        <source>Rename File</source>
        <translation>ファイル名を変更</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="106"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="310"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="315"/>
        <source>Delete File</source>
        <oldsource>Remove File</oldsource>
        <translation>ファイルを削除</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="108"/>
        <source>New Folder...</source>
        <oldsource>New Folder</oldsource>
        <translation>新しいフォルダ...</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="311"/>
        <source>Are you sure that you want to permanently delete this file?</source>
        <translation>このファイルを完全に削除しますか?</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="351"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="360"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="365"/>
        <source>Rename Folder</source>
        <translation>フォルダ名を変更</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="110"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="379"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="386"/>
        <source>Delete Folder</source>
        <oldsource>Remove Folder</oldsource>
        <translation>フォルダを削除</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="105"/>
        <source>Rename File...</source>
        <translation>ファイル名の変更...</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="109"/>
        <source>Rename Folder...</source>
        <translation>フォルダ名の変更...</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="112"/>
        <source>Open Terminal Here</source>
        <translation>ここでターミナルを開く</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="113"/>
        <source>Open Explorer Here</source>
        <translation>ここでエクスプローラを開く</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="115"/>
        <source>View Godoc Here</source>
        <translation>ここでGodocを見る</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="419"/>
        <source>Add Folder</source>
        <translation>フォルダを追加</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="118"/>
        <source>Close Folder</source>
        <translation>フォルダを閉じる</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="117"/>
        <source>Add Folder...</source>
        <translation>フォルダを追加...</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="120"/>
        <source>Close All Folders</source>
        <translation>全てのフォルダを閉じる</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="244"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="254"/>
        <source>Create File</source>
        <translation>ファイルを作成</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="245"/>
        <source>A file with that name already exists!</source>
        <oldsource>The file already exists!</oldsource>
        <translation>ファイル名は既に使用されています!</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="255"/>
        <source>Failed to create the file!</source>
        <translation>ファイルの作成に失敗しました!</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="285"/>
        <source>New Name:</source>
        <translation>新しい名前</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="292"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="297"/>
        <source>Failed to rename the file!</source>
        <translation>ファイル名の変更に失敗しました!</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="380"/>
        <source>Are you sure that you want to permanently delete this folder and all of its contents?</source>
        <translation>このフォルダと全てのコンテンツを完全に削除しますか?</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="316"/>
        <source>Failed to delete the file!</source>
        <oldsource>Failed to remove the file!</oldsource>
        <translation>ファイルの削除に失敗しました!</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="334"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="337"/>
        <source>Create Folder</source>
        <translation>フォルダを作成</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="335"/>
        <source>A folder with that name already exists!</source>
        <oldsource>The folder name is exists!</oldsource>
        <translation>フォルダ名は既に使用されています!</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="338"/>
        <source>Failed to create the folder!</source>
        <translation>フォルダの作成に失敗しました!</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="351"/>
        <source>Folder Name</source>
        <translation>フォルダ名</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="361"/>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="366"/>
        <source>Failed to rename the folder!</source>
        <translation>フォルダ名の変更に失敗しました!</translation>
    </message>
    <message>
        <location filename="src/utils/filesystem/filesystemwidget.cpp" line="387"/>
        <source>Failed to delete the folder!</source>
        <oldsource>Failed to remove the folder!</oldsource>
        <translation>フォルダの削除に失敗しました!</translation>
    </message>
</context>
<context>
    <name>Find::Internal::SearchResultWidget</name>
    <message>
        <location filename="src/3rdparty/qtc_searchresult/searchresultwidget.cpp" line="130"/>
        <source>Search was canceled.</source>
        <translation>検索は中断されました</translation>
    </message>
    <message>
        <location filename="src/3rdparty/qtc_searchresult/searchresultwidget.cpp" line="161"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="src/3rdparty/qtc_searchresult/searchresultwidget.cpp" line="165"/>
        <source>Repeat the search with same parameters</source>
        <translation>同じパラメータで検索を繰り返す</translation>
    </message>
    <message>
        <location filename="src/3rdparty/qtc_searchresult/searchresultwidget.cpp" line="166"/>
        <source>Search again</source>
        <translation>再度検索</translation>
    </message>
    <message>
        <location filename="src/3rdparty/qtc_searchresult/searchresultwidget.cpp" line="171"/>
        <source>Replace with:</source>
        <translation>置換:</translation>
    </message>
    <message>
        <location filename="src/3rdparty/qtc_searchresult/searchresultwidget.cpp" line="177"/>
        <source>Replace all occurrences</source>
        <translation>全て置換</translation>
    </message>
    <message>
        <location filename="src/3rdparty/qtc_searchresult/searchresultwidget.cpp" line="178"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="src/3rdparty/qtc_searchresult/searchresultwidget.cpp" line="182"/>
        <source>Preserve case</source>
        <translation>大文字/小文字を維持する</translation>
    </message>
    <message>
        <location filename="src/3rdparty/qtc_searchresult/searchresultwidget.cpp" line="517"/>
        <source>No matches found.</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message numerus="yes">
        <location filename="src/3rdparty/qtc_searchresult/searchresultwidget.cpp" line="519"/>
        <source>%n matches found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindApiEdit</name>
    <message>
        <location filename="src/plugins/golangdoc/findapiwidget.h" line="69"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/findapiwidget.h" line="70"/>
        <source>Stop Search</source>
        <translation>検索を中断</translation>
    </message>
</context>
<context>
    <name>FindApiWidget</name>
    <message>
        <location filename="src/plugins/golangdoc/findapiwidget.cpp" line="269"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/findapiwidget.cpp" line="282"/>
        <location filename="src/plugins/golangdoc/findapiwidget.cpp" line="315"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/findapiwidget.cpp" line="313"/>
        <source>Rebuild database</source>
        <translation>データベースを再構成</translation>
    </message>
</context>
<context>
    <name>FindDocWidget</name>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="94"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="102"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="121"/>
        <source>Find All</source>
        <translation>全て検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="122"/>
        <source>Find const</source>
        <translation>定数を検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="124"/>
        <source>Find func</source>
        <translation>関数を検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="126"/>
        <source>Find interface</source>
        <translation>インタフェースを検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="128"/>
        <source>Find pkg</source>
        <translation>パッケージを検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="130"/>
        <source>Find struct</source>
        <translation>構造体を検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="132"/>
        <source>Find type</source>
        <translation>型を検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="134"/>
        <source>Find var</source>
        <translation>変数を検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="136"/>
        <source>Use Regexp</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="138"/>
        <source>Match Case</source>
        <translation>大文字/小文字の区別</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="140"/>
        <source>Match Word</source>
        <translation>単語にマッチ</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="167"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>FindEditor</name>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="63"/>
        <source>Match case</source>
        <translation>大文字/小文字の区別</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="64"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="65"/>
        <source>Wrap around</source>
        <translation>折り返す</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="56"/>
        <source>Find Next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="57"/>
        <source>Find Previous</source>
        <oldsource>Find Prev</oldsource>
        <translation>前を検索</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="58"/>
        <source>Replace With:</source>
        <translation>置換:</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="59"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="60"/>
        <source>Replace All</source>
        <translation>全てを置換</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="62"/>
        <source>Match whole word only</source>
        <translation>単語の検索</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="72"/>
        <location filename="src/plugins/litefind/findeditor.cpp" line="234"/>
        <location filename="src/plugins/litefind/findeditor.cpp" line="437"/>
        <source>Ready</source>
        <translation>準備</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="81"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="99"/>
        <source>Find What:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="110"/>
        <source>Options:</source>
        <oldsource>Find Option:</oldsource>
        <translation>オプション:</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/findeditor.cpp" line="205"/>
        <location filename="src/plugins/litefind/findeditor.cpp" line="360"/>
        <source>Not found</source>
        <translation>見つかりませんでした</translation>
    </message>
</context>
<context>
    <name>GdbDebuggerOption</name>
    <message>
        <location filename="src/plugins/gdbdebugger/gdbdebuggeroption.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/plugins/gdbdebugger/gdbdebuggeroption.ui" line="20"/>
        <source>Enable --tty for program being debugged.</source>
        <translation>プログラムのデバッグで --tty を有効にする</translation>
    </message>
</context>
<context>
    <name>GolangAst</name>
    <message>
        <location filename="src/plugins/golangast/golangast.cpp" line="57"/>
        <source>No outline available</source>
        <translation>アウトラインが見つかりません</translation>
    </message>
    <message>
        <location filename="src/plugins/golangast/golangast.cpp" line="71"/>
        <source>Class View</source>
        <translation>クラス表示</translation>
    </message>
    <message>
        <location filename="src/plugins/golangast/golangast.cpp" line="72"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
</context>
<context>
    <name>GolangCodeOption</name>
    <message>
        <location filename="src/plugins/golangcode/golangcodeoption.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/plugins/golangcode/golangcodeoption.ui" line="20"/>
        <source>Gocode</source>
        <oldsource>Go API</oldsource>
        <translation></translation>
    </message>
    <message>
        <location filename="src/plugins/golangcode/golangcodeoption.ui" line="26"/>
        <source>Close gocode when exiting</source>
        <translation>終了時にgocodeを閉じる</translation>
    </message>
    <message>
        <location filename="src/plugins/golangcode/golangcodeoption.ui" line="33"/>
        <source>Auto update depends package</source>
        <translation>依存するパッケージを自動更新</translation>
    </message>
</context>
<context>
    <name>GolangDoc</name>
    <message>
        <location filename="src/plugins/golangdoc/golangdoc.cpp" line="100"/>
        <source>Godoc Search</source>
        <translation>Godocを検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/golangdoc.cpp" line="92"/>
        <source>Golang Doc Search</source>
        <translation>Golangドキュメント検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/golangdoc.cpp" line="96"/>
        <source>Golang Api Index</source>
        <translation>Golang APIインデックス</translation>
    </message>
</context>
<context>
    <name>GolangDocOption</name>
    <message>
        <location filename="src/plugins/golangdoc/golangdocoption.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/golangdocoption.ui" line="20"/>
        <source>Go API</source>
        <translation></translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/golangdocoption.ui" line="26"/>
        <source>Use default context (fast)</source>
        <translation>デフォルトのコンテキストを使用する(高速)</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/golangdocoption.ui" line="33"/>
        <source>Only load standard API documentation</source>
        <oldsource>Only load standard api</oldsource>
        <translation>標準 API ドキュメントのみ読み込む</translation>
    </message>
</context>
<context>
    <name>GolangEdit</name>
    <message>
        <location filename="src/plugins/golangedit/golangedit.cpp" line="48"/>
        <source>View Expression Information</source>
        <translation>式の情報を表示</translation>
    </message>
    <message>
        <location filename="src/plugins/golangedit/golangedit.cpp" line="51"/>
        <source>Jump to Declaration</source>
        <translation>定義へジャンプ</translation>
    </message>
    <message>
        <location filename="src/plugins/golangedit/golangedit.cpp" line="54"/>
        <source>Find Usages</source>
        <translation>使用箇所を検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangedit/golangedit.cpp" line="57"/>
        <source>Rename Symbol Under Cursor</source>
        <translation>カーソル下のシンボルをリネーム</translation>
    </message>
    <message>
        <location filename="src/plugins/golangedit/golangedit.cpp" line="62"/>
        <source>Comment/Uncomment Selection</source>
        <translation>選択をコメント/コメント除去</translation>
    </message>
    <message>
        <location filename="src/plugins/golangedit/golangedit.cpp" line="155"/>
        <source>Refactor</source>
        <translation>リファクタリング</translation>
    </message>
</context>
<context>
    <name>GolangFileSearch</name>
    <message>
        <location filename="src/plugins/golangedit/golangfilesearch.cpp" line="53"/>
        <source>Golang Find Usages</source>
        <translation>Golang の使用箇所を検索</translation>
    </message>
</context>
<context>
    <name>GolangFmtOption</name>
    <message>
        <location filename="src/plugins/golangfmt/golangfmtoption.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/plugins/golangfmt/golangfmtoption.ui" line="20"/>
        <source>Format Options</source>
        <oldsource>Golang Format</oldsource>
        <translation>整形オプション</translation>
    </message>
    <message>
        <location filename="src/plugins/golangfmt/golangfmtoption.ui" line="26"/>
        <source>Goimports updates your Go import lines, adding missing ones and removing unreferenced ones.</source>
        <translation>Goimports はインポート行を変更し、必要なインポートを追加したり不要なインポートを削除します。</translation>
    </message>
    <message>
        <location filename="src/plugins/golangfmt/golangfmtoption.ui" line="29"/>
        <source>Use goimports instead of gofmt,for code formatting</source>
        <translation>gofmt の代わりに goimports を使用してコード整形を行う</translation>
    </message>
    <message>
        <location filename="src/plugins/golangfmt/golangfmtoption.ui" line="36"/>
        <source>Use diff tool for faster formatting (requires diff program in PATH)</source>
        <translation>高速な整形に diff を使用する(PATH 内に diff が必要)</translation>
    </message>
    <message>
        <location filename="src/plugins/golangfmt/golangfmtoption.ui" line="53"/>
        <source>Synchronous</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="src/plugins/golangfmt/golangfmtoption.ui" line="59"/>
        <source> Synchronous code formatting</source>
        <oldsource>Enable Synchronous code formatting</oldsource>
        <translation>コード整形を同期して行う</translation>
    </message>
    <message>
        <location filename="src/plugins/golangfmt/golangfmtoption.ui" line="68"/>
        <source>Synchronous code formatting timeout in milliseconds (500ms or more):</source>
        <translation>同期コード整形時のタイムアウト(500ms もしくはそれ以上):</translation>
    </message>
    <message>
        <location filename="src/plugins/golangfmt/golangfmtoption.ui" line="43"/>
        <source>Automatically format code when saving</source>
        <oldsource>When the editor is saved automatically gofmt</oldsource>
        <translation>保存時に自動でコード整形を行う</translation>
    </message>
</context>
<context>
    <name>GolangFmtPlugin</name>
    <message>
        <location filename="src/plugins/golangfmt/golangfmtplugin.cpp" line="57"/>
        <location filename="src/plugins/golangfmt/golangfmtplugin.cpp" line="63"/>
        <source>Format Code</source>
        <translation>コードを整形</translation>
    </message>
</context>
<context>
    <name>GolangPresentEdit</name>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="64"/>
        <source>Section (s1)</source>
        <translation>セクション(s1)</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="67"/>
        <source>Subsection (s2)</source>
        <translation>セクション(s2)</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="70"/>
        <source>Sub-subsection (s3)</source>
        <translation>セクション(s3)</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="73"/>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="76"/>
        <source>Italic</source>
        <translation>斜字</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="79"/>
        <source>Inline Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="82"/>
        <source>Switch Bullets</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="85"/>
        <source>Comment/Uncomment Selection</source>
        <translation>選択をコメント/コメント解除</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="88"/>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="267"/>
        <source>Export HTML</source>
        <translation>HTMLへエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="91"/>
        <source>Verify Present</source>
        <translation>プレゼンを検証</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="256"/>
        <source>Present verify success</source>
        <translation>プレゼンの検証が成功しました</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="258"/>
        <source>Present verify false</source>
        <translation>プレゼンの検証が失敗しました</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpresent/golangpresentedit.cpp" line="310"/>
        <source>Export PDF</source>
        <translation>PDFへエクスポート</translation>
    </message>
</context>
<context>
    <name>GoplayBrowser</name>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="85"/>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="150"/>
        <source>Go Playground</source>
        <translation></translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="87"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="88"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="89"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="90"/>
        <source>Load...</source>
        <translation>読み込み...</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="91"/>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="92"/>
        <source>Explore Folder</source>
        <translation>フォルダを探索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="173"/>
        <source>Running...</source>
        <oldsource>Running...

</oldsource>
        <translation>起動中...</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="197"/>
        <source>Error: %1.</source>
        <oldsource>
Error: %1.</oldsource>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="199"/>
        <source>Success: %2.</source>
        <oldsource>
Success: %2.</oldsource>
        <translation>成功: %2</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="249"/>
        <source>Load File</source>
        <translation>ファイルを読み込む</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="249"/>
        <source>Select a file to load:</source>
        <translation>読み込むファイルを選択:</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="265"/>
        <source>Save File</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <location filename="src/plugins/golangplay/goplaybrowser.cpp" line="265"/>
        <source>New File Name:</source>
        <translation>新しいファイルの名前:</translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="71"/>
        <source>Page Style</source>
        <translation>ページスタイル</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="76"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="77"/>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="381"/>
        <source>Export Html</source>
        <translation>HTMLへエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="78"/>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="413"/>
        <source>Export PDF</source>
        <translation>PDFへエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="79"/>
        <source>Print Preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="82"/>
        <source>Synchronize preview and code scrollbars</source>
        <translation>コードのスクロールバーをプレビューと同期する</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="88"/>
        <source>Config</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="168"/>
        <source>Plain HTML</source>
        <translation>単純なHTML</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="389"/>
        <source>Export Failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="85"/>
        <source>Automatically display preview</source>
        <oldsource>Automatically Display Preview</oldsource>
        <translation>プレビューを自動で表示</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="99"/>
        <source>HTML Preview</source>
        <oldsource>Html Preview</oldsource>
        <translation>HTMLプレビュー</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/htmlpreview.cpp" line="390"/>
        <source>Could not open %1 for writing!</source>
        <oldsource>Can not write file %1</oldsource>
        <translation>%1 を書き込み用に開けませんでした</translation>
    </message>
</context>
<context>
    <name>JsonEdit</name>
    <message>
        <location filename="src/plugins/jsonedit/jsonedit.cpp" line="46"/>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="src/plugins/jsonedit/jsonedit.cpp" line="56"/>
        <source>IndentNone</source>
        <translation>インデントなし</translation>
    </message>
    <message>
        <location filename="src/plugins/jsonedit/jsonedit.cpp" line="57"/>
        <source>IndentCompact</source>
        <translation>コンパクトなインデント</translation>
    </message>
    <message>
        <location filename="src/plugins/jsonedit/jsonedit.cpp" line="58"/>
        <source>IndentMinimum</source>
        <translation>最少のインデント</translation>
    </message>
    <message>
        <location filename="src/plugins/jsonedit/jsonedit.cpp" line="59"/>
        <source>IndentMedium</source>
        <translation>中ぐらいのインデント</translation>
    </message>
    <message>
        <location filename="src/plugins/jsonedit/jsonedit.cpp" line="60"/>
        <source>IndentFull</source>
        <translation>最大のインデント</translation>
    </message>
    <message>
        <location filename="src/plugins/jsonedit/jsonedit.cpp" line="62"/>
        <source>Format</source>
        <translation>整形</translation>
    </message>
</context>
<context>
    <name>LiteApp</name>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="196"/>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="183"/>
        <source>Escape</source>
        <translation>エスケープ</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="625"/>
        <source>Close File</source>
        <translation>ファイルを閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="628"/>
        <source>Close All Files</source>
        <translation>全てのファイルを閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="638"/>
        <source>Save File</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="641"/>
        <source>Save File As...</source>
        <translation>名前を付けてファイルを保存...</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="644"/>
        <source>Save All Files</source>
        <translation>全てのファイルを保存</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="631"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="198"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="599"/>
        <source>New...</source>
        <translation>新規...</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="602"/>
        <source>Open File...</source>
        <translation>ファイルを開く...</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="605"/>
        <source>Open Folder...</source>
        <translation>フォルダを開く...</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="608"/>
        <source>Open Folder in New Window...</source>
        <translation>新しいウィンドウでフォルダを開く...</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="613"/>
        <source>Add Folder...</source>
        <translation>フォルダを追加...</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="616"/>
        <source>Close All Folders</source>
        <translation>全てのフォルダを閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="619"/>
        <source>New Window</source>
        <translation>新しいウィンドウ</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="622"/>
        <source>Close Window</source>
        <translation>ウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="633"/>
        <source>Save Project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="635"/>
        <source>Close Project</source>
        <translation>プロジェクトを閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="647"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="650"/>
        <source>Full Screen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="654"/>
        <source>About LiteIDE</source>
        <translation>Liteide について</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteapp.cpp" line="660"/>
        <source>About Plugins</source>
        <translation>プラグインについて</translation>
    </message>
</context>
<context>
    <name>LiteAppOption</name>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="30"/>
        <source>Store</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="36"/>
        <source>Store settings to local ini file ( request restart LiteIDE )</source>
        <oldsource>Store settings to local ini file ( request restart liteide )</oldsource>
        <translation>設定をローカルの ini ファイルに保存(再起動が必要)</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="46"/>
        <source>Interface</source>
        <translation>インタフェース</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="52"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="120"/>
        <source>Recent Files</source>
        <oldsource>Recent File</oldsource>
        <translation>最近使用したファイル</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="126"/>
        <source>Max Count:</source>
        <oldsource>Max Recent:</oldsource>
        <translation>最大個数:</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="104"/>
        <source>Monitoring files for modifications</source>
        <translation>ファイルの変更を監視</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="110"/>
        <source>Auto reload or close editor buffer,if underlying file is modified/deleted.</source>
        <oldsource>Auto reload editor buffer from disk file,if underlying file is modified/deleted.</oldsource>
        <translation>元のファイルが変更/削除された場合、自動でリロード/クローズする</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="173"/>
        <source>Session</source>
        <translation>セクション</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="204"/>
        <source>Reload folders on startup</source>
        <translation>起動時にフォルダを再読み込み</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="231"/>
        <source>Reload files on startup</source>
        <translation>起動時にファイルを再読み込み</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="276"/>
        <location filename="src/liteapp/liteappoption.ui" line="282"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="288"/>
        <source>Show splash screen on startup</source>
        <translation>起動時にスプラッシュ画面を表示</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="295"/>
        <source>Show welcome page on startup</source>
        <translation>起動時にようこそのページを表示</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="302"/>
        <source>Show close buttons on each editor tab</source>
        <translation>タブ毎に閉じるボタンを表示</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="312"/>
        <source>Toolbar Icon Size</source>
        <translation>ツールバーのアイコンサイズ</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="385"/>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="391"/>
        <source>Format: {Ctrl+B},{Ctrl+Shift+B},{Ctrl+K,Ctrl+U},{Ctrl+Shift+Z;Ctrl+Y}</source>
        <translation>整形: {Ctrl+B},{Ctrl+Shift+B},{Ctrl+K,Ctrl+U},{Ctrl+Shift+Z;Ctrl+Y}</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="403"/>
        <source>Hide standard commands</source>
        <translation>標準コマンドを隠す</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="410"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="417"/>
        <source>Reset All</source>
        <translation>全てをリセット</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="437"/>
        <source>Import...</source>
        <translation>インポート...</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="444"/>
        <source>Export...</source>
        <translation>エクスポート...</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="24"/>
        <source>Generic</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="78"/>
        <source>Theme:</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="179"/>
        <source>Reload session on startup</source>
        <oldsource>Auto load last session</oldsource>
        <translation>起動時にセッションを再読み込み</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.ui" line="256"/>
        <source>Language changes will take effect after LiteIDE is restarted.</source>
        <oldsource>The language change will take effect after a restart of LiteIDE.</oldsource>
        <translation>言語の変更は LiteIDE の再起動後に有効となります。</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.cpp" line="127"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.cpp" line="128"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.cpp" line="129"/>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.cpp" line="130"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.cpp" line="390"/>
        <source>Import Keyboard Mapping Scheme</source>
        <translation>キーボードマッピングスキームをインポート</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.cpp" line="390"/>
        <location filename="src/liteapp/liteappoption.cpp" line="424"/>
        <source>Keyboard Mapping Scheme (%1)</source>
        <translation>キーボードマッピングスキーム(%1)</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.cpp" line="397"/>
        <source>Could not read scheme from %1!</source>
        <translation>%1 からスキームを読み込めません</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.cpp" line="424"/>
        <source>Export Keyboard Mapping Scheme</source>
        <translation>キーボードマッピングスキームをエクスポート</translation>
    </message>
    <message>
        <location filename="src/liteapp/liteappoption.cpp" line="435"/>
        <source>Could not write scheme to %1!</source>
        <translation>スキーム %1 を書き込めません!</translation>
    </message>
</context>
<context>
    <name>LiteBuild</name>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="98"/>
        <source>&amp;Build</source>
        <translation>ビルド(&amp;B)</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="104"/>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="108"/>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="112"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="105"/>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="109"/>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="113"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="117"/>
        <source>Build Configuration...</source>
        <oldsource>Build Config</oldsource>
        <translation>ビルドの設定</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="124"/>
        <source>Stop Action</source>
        <translation>アクションを停止</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="128"/>
        <source>Clear Output</source>
        <oldsource>Clear All</oldsource>
        <translation>全てクリア</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="132"/>
        <source>Execute File</source>
        <translation>ファイルを実行</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="135"/>
        <source>Go Build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="137"/>
        <source>Go Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="139"/>
        <source>Go Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="141"/>
        <source>Go Clean</source>
        <translation>クリーン</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="160"/>
        <source>Build Output</source>
        <oldsource>Build</oldsource>
        <translation>ビルドオプション</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="439"/>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="445"/>
        <source>Current environment change id &quot;%1&quot;</source>
        <translation>現在の環境は id &quot;%1&quot; を変更します</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="997"/>
        <source>Error: %1.</source>
        <oldsource>Error: %1.
</oldsource>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="1000"/>
        <source>Command exited with code %1.</source>
        <translation>コマンドはコード %1 で終了しました</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="1002"/>
        <source>Success: %1.</source>
        <oldsource>Success: %1.
</oldsource>
        <translation>成功: %1</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="1038"/>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="1086"/>
        <source>A process is currently running.  Stop the current action first.</source>
        <oldsource>A process is currently running.  Stop the current action first.
</oldsource>
        <translation>プロセスが実行中です。まずアクションを停止して下さい。</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="1079"/>
        <source>Killing current process...</source>
        <oldsource>Killing current process...
</oldsource>
        <translation>このプロセスを強制終了する...</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="1082"/>
        <source>Failed to terminate the existing process!</source>
        <oldsource>Failed to terminate the existing process!
</oldsource>
        <translation>起動中プロセスの停止に失敗しました</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="1180"/>
        <source>&gt; Could not parse action &apos;%1&apos;</source>
        <oldsource>&gt; Could not parse action &apos;%1&apos;
</oldsource>
        <translation>&gt; アクション &apos;%1&apos; が解析出来ません</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="1226"/>
        <source>Started process successfully</source>
        <oldsource>Started process successfully
</oldsource>
        <translation>プロセスの起動に成功しました</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuild.cpp" line="1226"/>
        <source>Failed to start process</source>
        <translation>プロセスの起動に失敗しました</translation>
    </message>
</context>
<context>
    <name>LiteBuildOption</name>
    <message>
        <location filename="src/plugins/litebuild/litebuildoption.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuildoption.ui" line="20"/>
        <source>Recheck Go installation when changing environments</source>
        <oldsource>Recheck go env if enviroment changed</oldsource>
        <translation>環境の変更時にGoのインストールを再チェックする</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuildoption.ui" line="27"/>
        <source>Build command configuration files:</source>
        <translation>ビルドコマンドの設定ファイル:</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuildoption.ui" line="40"/>
        <source>Build configuration changes will take effect after LiteIDE is restarted.</source>
        <translation>LiteIDE の再起動後に有効になる変更のビルドを行います</translation>
    </message>
</context>
<context>
    <name>LiteBuildPlugin</name>
    <message>
        <location filename="src/plugins/litebuild/litebuildplugin.cpp" line="100"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuildplugin.cpp" line="103"/>
        <source>Execute:</source>
        <oldsource>Exec:</oldsource>
        <translation>実行:</translation>
    </message>
    <message>
        <location filename="src/plugins/litebuild/litebuildplugin.cpp" line="110"/>
        <source>Execute File</source>
        <oldsource>Execute</oldsource>
        <translation>ファイルを実行</translation>
    </message>
</context>
<context>
    <name>LiteDebug</name>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="118"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="74"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="115"/>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="121"/>
        <source>Show Current Line</source>
        <translation>現在行を表示</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="196"/>
        <source>Debug Output</source>
        <oldsource>Debug</oldsource>
        <translation>デバッグ出力</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="105"/>
        <source>Start Debugging External Application...</source>
        <oldsource>Start Debugging External Application</oldsource>
        <translation>外部のアプリケーションをデバッグ起動</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="93"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="108"/>
        <source>Start Debugging</source>
        <translation>デバッグ開始</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="111"/>
        <source>Start Debugging Tests</source>
        <translation>テストをデバッグ開始</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="124"/>
        <source>Step Into</source>
        <translation>ステップ実行(入る)</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="127"/>
        <source>Step Over</source>
        <translation>ステップ実行(通過)</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="130"/>
        <source>Step Out</source>
        <translation>ステップ実行(出る)</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="133"/>
        <source>Run to Line</source>
        <translation>指定行まで実行</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="136"/>
        <source>Insert/Remove Breakpoint</source>
        <translation>ブレイクポイントの追加と削除</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="139"/>
        <source>Remove All Breakpoints</source>
        <translation>全てのブレイクポイントを削除</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebug.cpp" line="158"/>
        <source>&amp;Debug</source>
        <translation>デバッグ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>LiteDebugOption</name>
    <message>
        <location filename="src/plugins/litedebug/litedebugoption.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebugoption.ui" line="20"/>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/litedebugoption.ui" line="26"/>
        <source>Rebuild before debugging</source>
        <oldsource>Debug before rebuild</oldsource>
        <translation>デバッグの前にリビルド</translation>
    </message>
</context>
<context>
    <name>LiteDebugPlugin</name>
    <message>
        <location filename="src/plugins/litedebug/litedebugplugin.cpp" line="58"/>
        <source>Debug Window</source>
        <oldsource>Debug</oldsource>
        <translation>デバッグウィンドウ</translation>
    </message>
</context>
<context>
    <name>LiteDoc</name>
    <message>
        <location filename="src/plugins/welcome/litedoc.cpp" line="63"/>
        <source>LiteIDE Documentation</source>
        <oldsource>LiteIDE Document Browser</oldsource>
        <translation>LiteIDEドキュメントブラウザ</translation>
    </message>
</context>
<context>
    <name>LiteEditor</name>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="217"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="220"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="223"/>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="226"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="229"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="232"/>
        <source>Select All</source>
        <translation>全てを選択</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="452"/>
        <source>Advanced</source>
        <translation>高度な操作</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="491"/>
        <source>Code Folding</source>
        <translation>コードの折りたたみ</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="496"/>
        <source>Line</source>
        <translation>行の操作</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="849"/>
        <source>Export HTML</source>
        <translation>HTMLへエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="857"/>
        <source>Export Failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="858"/>
        <source>Could not open %1 for writing.</source>
        <translation>%1 を書き込み用に開けませんでした</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="877"/>
        <source>Export PDF</source>
        <translation>PDFへエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="902"/>
        <source>Print Document</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="239"/>
        <source>Print Preview...</source>
        <oldsource>Print Preview Document</oldsource>
        <translation>印刷プレビュー...</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="235"/>
        <source>Export HTML...</source>
        <translation>HTMLへエクスポート...</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="237"/>
        <source>Export PDF...</source>
        <translation>PDFへエクスポート...</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="238"/>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="241"/>
        <source>Go To Previous Block</source>
        <oldsource>Goto Previous Block</oldsource>
        <translation>前のブロックに移動</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="248"/>
        <source>Select Block</source>
        <translation>ブロックを選択</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="251"/>
        <source>Go To Matching Brace</source>
        <oldsource>Goto Match Brace</oldsource>
        <translation>対照へ移動</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="254"/>
        <source>Fold</source>
        <translation>折りたたみ</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="257"/>
        <source>Unfold</source>
        <translation>折りたたみを展開</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="260"/>
        <source>Fold All</source>
        <translation>全て折りたたみ</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="263"/>
        <source>Unfold All</source>
        <translation>全ての折りたたみを展開</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="271"/>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="958"/>
        <source>Go To Line</source>
        <oldsource>Goto Line</oldsource>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="274"/>
        <source>Locked</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="277"/>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="282"/>
        <source>Delete Line</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="287"/>
        <source>Insert Line Before</source>
        <translation>前の行で挿入</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="291"/>
        <source>Insert Line After</source>
        <translation>後の行で挿入</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="295"/>
        <source>Increase Font Size</source>
        <translation>フォントサイズを増やす</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="298"/>
        <source>Decrease Font Size</source>
        <translation>フォントサイズを減らす</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="301"/>
        <source>Reset Font Size</source>
        <translation>フォントサイズをリセット</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="304"/>
        <source>Clean Whitespace</source>
        <translation>空白を除去</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="307"/>
        <source>Word Wrap</source>
        <translation>折り返す</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="311"/>
        <source>Code Complete</source>
        <translation>コード補完</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="433"/>
        <source>Close Document</source>
        <translation>ドキュメントを閉じる</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="560"/>
        <source>Reload File</source>
        <translation>ファイルを再読み込み</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="919"/>
        <source>Do you want to permanently discard unsaved modifications and reload %1?</source>
        <translation>未保存な変更を破棄して %1 を再読み込みしますか?</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="244"/>
        <source>Go To Next Block</source>
        <oldsource>Goto Next Block</oldsource>
        <translation>次のブロックに移動</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditor.cpp" line="958"/>
        <source>Line: </source>
        <translation>行: </translation>
    </message>
</context>
<context>
    <name>LiteEditorOption</name>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="331"/>
        <source>Load File</source>
        <translation>ファイルを読み込む</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="337"/>
        <source>Check and convert no printable char to &apos;.&apos;</source>
        <translation>不可視文字をチェックし &apos;.&apos; に変換する</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="30"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="24"/>
        <source>Font &amp;&amp; Colors</source>
        <translation>フォントと色</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="36"/>
        <source>Family:</source>
        <translation>フォント名:</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="53"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="70"/>
        <source>Zoom:</source>
        <translation>ズーム:</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="77"/>
        <source>%</source>
        <translation></translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="96"/>
        <source>Antialias</source>
        <translation>アンチエイリアス</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="119"/>
        <source>Editor Color Scheme</source>
        <oldsource>ColorStyle Scheme</oldsource>
        <translation>カラースキームエディタ</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="127"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="144"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="166"/>
        <source>Apply color scheme to text output widgets</source>
        <oldsource>Output widget use color scheme</oldsource>
        <translation>テキスト出力ウィジェットにもカラースキームを適用する</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="196"/>
        <source>Syntax Auto-completion</source>
        <oldsource>Auto complete brackets</oldsource>
        <translation>ブラケットを自動補完</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="294"/>
        <source>Clean whitespace when saving files</source>
        <translation>ファイル保存時に空白を除去</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="301"/>
        <source>Enable scroll wheel zooming</source>
        <translation>マウスホィールによるスクロールを許可</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="360"/>
        <source>Word wrap by default</source>
        <translation>デフォルトで折り返す</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="418"/>
        <source>Display offset position</source>
        <translation>オフセット位置を表示</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="442"/>
        <source>File Types</source>
        <translation>ファイルタイプ</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="190"/>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="240"/>
        <source>Behavior</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="353"/>
        <source>Display EOF</source>
        <translation>EOF を表示</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="367"/>
        <source>Display line numbers</source>
        <translation>行番号を表示</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="374"/>
        <source>Display indent guide </source>
        <translation>インデントガイドを表示</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="383"/>
        <source>Display right margin at column</source>
        <translation>右マージを表示</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="246"/>
        <source>Automatic indentation</source>
        <oldsource>Enable automatic indentation</oldsource>
        <translation>自動インデント</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="253"/>
        <source>Case sensitive code completion</source>
        <oldsource>Completer case sensitive</oldsource>
		<translation>大文字/小文字を区別したコード補完</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="262"/>
        <source>Code completion prefix length:</source>
        <oldsource>Word Complete Prefix Length</oldsource>
        <translation>コード補完を行う文字数:</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="325"/>
        <location filename="src/plugins/liteeditor/liteeditoroption.ui" line="347"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.cpp" line="139"/>
        <source>MIME Type</source>
        <translation>MIMEタイプ</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.cpp" line="140"/>
        <source>Tab Width</source>
        <translation>タブ幅</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.cpp" line="141"/>
        <source>Spaces as Tabs</source>
        <translation>タブをスペースで置き換え</translation>
    </message>
    <message>
        <location filename="src/plugins/liteeditor/liteeditoroption.cpp" line="142"/>
        <source>File Extensions</source>
        <translation>ファイルの拡張子</translation>
    </message>
</context>
<context>
    <name>LiteEnvOption</name>
    <message>
        <location filename="src/plugins/liteenv/liteenvoption.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/plugins/liteenv/liteenvoption.ui" line="20"/>
        <source>Environment definition files:</source>
        <translation>環境定義ファイル:</translation>
    </message>
    <message>
        <location filename="src/plugins/liteenv/liteenvoption.ui" line="33"/>
        <source>Environment changes will take effect after switching environments.</source>
        <translation>環境の変更は切り替え後に有効となります</translation>
    </message>
</context>
<context>
    <name>LiteFindPlugin</name>
    <message>
        <location filename="src/plugins/litefind/litefindplugin.cpp" line="60"/>
        <source>F&amp;ind</source>
        <translation>検索(&amp;i)</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/litefindplugin.cpp" line="72"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/litefindplugin.cpp" line="75"/>
        <source>Find Next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/litefindplugin.cpp" line="78"/>
        <source>Find Previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/litefindplugin.cpp" line="81"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="src/plugins/litefind/litefindplugin.cpp" line="84"/>
        <source>File Search</source>
        <translation>ファイル検索</translation>
    </message>
</context>
<context>
    <name>LiteTabWidget</name>
    <message>
        <location filename="src/liteapp/litetabwidget.cpp" line="63"/>
        <source>Close tab</source>
        <oldsource>Close Page</oldsource>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/litetabwidget.cpp" line="65"/>
        <source>List all tabs</source>
        <oldsource>List Page</oldsource>
        <translation>タブ一覧</translation>
    </message>
    <message>
        <location filename="src/liteapp/litetabwidget.cpp" line="67"/>
        <source>Open a new tab</source>
        <translation>新しいタブを開く</translation>
    </message>
</context>
<context>
    <name>MarkdownBatchBrowser</name>
    <message>
        <location filename="src/plugins/markdown/markdownbatchbrowser.cpp" line="142"/>
        <source>Markdown Exporter</source>
        <oldsource>Markdown Batch</oldsource>
        <translation>Markdownエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchbrowser.cpp" line="161"/>
        <source>All Files (*)</source>
        <translation>全てのファイル (*)</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchbrowser.cpp" line="230"/>
        <source>Select the folder containing your markdown files:</source>
        <oldsource>Select Markdown Folder</oldsource>
        <translation>Markdownファイルがあるフォルダを選択</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchbrowser.cpp" line="241"/>
        <source>Select Markdown Files</source>
        <translation>Markdownファイルを選択</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchbrowser.cpp" line="289"/>
        <source>Select the folder to contain separated markdown exports:</source>
        <translation>分割してエクスポートされたmarkdownが含まれるフォルダを選択:</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchbrowser.cpp" line="302"/>
        <source>Export Merged HTML</source>
        <oldsource>Export Html</oldsource>
        <translation>マージしてHTMLへエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchbrowser.cpp" line="377"/>
        <source>Export Merged PDF</source>
        <oldsource>Export PDF</oldsource>
        <translation>PDFへエクスポート</translation>
    </message>
</context>
<context>
    <name>MarkdownBatchWidget</name>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="20"/>
        <source>Markdown Source Files</source>
        <oldsource>Markdown Files</oldsource>
        <translation>Markdownソースファイル</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="38"/>
        <source>Import Folder...</source>
        <oldsource>Import Folder</oldsource>
        <translation>フォルダをインポート...</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="45"/>
        <source>Add Files...</source>
        <oldsource>Add Files</oldsource>
        <translation>ファイルを追加...</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="52"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="59"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="66"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="73"/>
        <source>Remove All</source>
        <translation>全て削除</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="98"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="106"/>
        <source>Export Folder:</source>
        <translation>エクスポートフォルダ:</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="116"/>
        <source>Browse...</source>
        <oldsource>Browser</oldsource>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="127"/>
        <source>Use CSS</source>
        <translation>CSSを使用</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="137"/>
        <source>Insert horizontal line between merged files</source>
        <oldsource>Merge files insert split &lt;hr&gt;</oldsource>
        <translation>マージされるファイルの間に区切り線を挿入する</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="144"/>
        <source>Insert page break between merged files</source>
        <oldsource>Merge files insert page break</oldsource>
        <translation>マージされるファイルの間にページ区切りを挿入する</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="169"/>
        <source>Export</source>
        <oldsource>Export Util</oldsource>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="175"/>
        <source>Export Separated HTML</source>
        <oldsource>Separate Html</oldsource>
        <translation>別のHTMLへエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="182"/>
        <source>Export Separated PDF</source>
        <oldsource>Separate PDF</oldsource>
        <translation>別のPDFへエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="189"/>
        <source>Export Merged HTML...</source>
        <oldsource>Merge Html</oldsource>
        <translation>HTMLにマージしてエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="196"/>
        <source>Export Merged PDF...</source>
        <oldsource>Merge PDF</oldsource>
		<translation>PDFにマージしてエクスポート</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="203"/>
        <source>Print Preview Merged...</source>
        <oldsource>Merge Print Preview</oldsource>
        <translation>マージして印刷プレビュー</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="210"/>
        <source>Print Merged</source>
        <oldsource>Merge Print</oldsource>
        <translation>マージして印刷</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownbatchwidget.ui" line="233"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="81"/>
        <source>Header (h1)</source>
        <oldsource>Header &lt;h1&gt;</oldsource>
        <translation>ヘッダ(h1)</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="84"/>
        <source>Header (h2)</source>
        <oldsource>Header &lt;h2&gt;</oldsource>
        <translation>ヘッダ(h2)</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="87"/>
        <source>Header (h3)</source>
        <oldsource>Header &lt;h3&gt;</oldsource>
        <translation>ヘッダ(h3)</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="90"/>
        <source>Header (h4)</source>
        <oldsource>Header &lt;h4&gt;</oldsource>
        <translation>ヘッダ(h4)</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="93"/>
        <source>Header (h5)</source>
        <oldsource>Header &lt;h5&gt;</oldsource>
        <translation>ヘッダ(h5)</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="96"/>
        <source>Header (h6)</source>
        <oldsource>Header &lt;h6&gt;</oldsource>
        <translation>ヘッダ(h6)</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="99"/>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="102"/>
        <source>Italic</source>
        <translation>斜字</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="105"/>
        <source>Inline Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="108"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="111"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="114"/>
        <source>Unordered List</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="117"/>
        <source>Ordered List</source>
        <translation>一覧</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="120"/>
        <source>Blockquote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="123"/>
        <source>Horizontal Rule</source>
        <translation>区切り</translation>
    </message>
    <message>
        <location filename="src/plugins/markdown/markdownedit.cpp" line="131"/>
        <source>Heading</source>
        <translation>ヘッダ</translation>
    </message>
</context>
<context>
    <name>NewFileDialog</name>
    <message>
        <location filename="src/liteapp/newfiledialog.ui" line="14"/>
        <source>New Project or File</source>
        <translation>新規プロジェクト/ファイル</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.ui" line="124"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.ui" line="24"/>
        <source>GOPATH:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.ui" line="38"/>
        <source>Template:</source>
        <oldsource>Template</oldsource>
        <translation>テンプレート:</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.ui" line="54"/>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.ui" line="73"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.ui" line="87"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.ui" line="114"/>
        <source>Location:</source>
        <translation>位置:</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.cpp" line="126"/>
        <location filename="src/liteapp/newfiledialog.cpp" line="184"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.cpp" line="126"/>
        <source>Could not create the target directory: %1</source>
        <translation>ターゲットディレクトリが作成出来ませんでした: %1</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.cpp" line="131"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.cpp" line="131"/>
        <source>Location %1 is not empty.
Use the target directory anyway?</source>
        <translation>場所 %1 は空です。
それでもこのディレクトリを使用しますか?</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.cpp" line="168"/>
        <source>Overwrite File</source>
        <translation>ファイルの上書き</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.cpp" line="168"/>
        <source>%1 already exists.
Do you want to replace it?</source>
		<translation>%1 は既に存在しています。
置き換えますか?</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.cpp" line="184"/>
        <source>No files could be created.</source>
        <translation>ファイルが作成出来ませんでした</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.cpp" line="279"/>
        <source>File template details:</source>
        <translation>ファイルテンプレートの詳細:</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.cpp" line="281"/>
        <source>Project template details:</source>
        <oldsource>New project wizard:</oldsource>
        <translation>新規プロジェクトウィザード:</translation>
    </message>
    <message>
        <location filename="src/liteapp/newfiledialog.cpp" line="359"/>
        <source>Choose a directory for the new content:</source>
        <translation>新しいコンテンツを置くディレクトリ選択:</translation>
    </message>
</context>
<context>
    <name>OptionsBrowser</name>
    <message>
        <location filename="src/liteapp/optionsbrowser.cpp" line="58"/>
        <source>Options</source>
        <oldsource>Options Page</oldsource>
        <translation>オプション</translation>
    </message>
</context>
<context>
    <name>OptionsWidget</name>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="src/liteapp/optionswidget.ui" line="14"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="src/liteapp/optionswidget.ui" line="41"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="src/liteapp/optionswidget.ui" line="79"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="src/liteapp/optionswidget.ui" line="86"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>PackageBrowser</name>
    <message>
        <location filename="src/plugins/golangpackage/packagebrowser.cpp" line="82"/>
        <source>Manage GOPATH...</source>
        <oldsource>Setup GOPATH</oldsource>
        <translation>GOPATHを管理...</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packagebrowser.cpp" line="81"/>
        <source>Reload All</source>
        <translation>全て再読み込み</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packagebrowser.cpp" line="88"/>
        <source>View Documentation</source>
        <oldsource>View Package Document</oldsource>
        <translation>ドキュメントを表示</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packagebrowser.cpp" line="89"/>
        <source>Load Package in New Window</source>
        <translation>新しいウィンドウでパッケージを読み込む</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packagebrowser.cpp" line="90"/>
        <source>Add Package to Folders</source>
        <translation>フォルダにパッケージを追加</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packagebrowser.cpp" line="91"/>
        <source>Open Source File</source>
        <translation>ソースファイルを開く</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packagebrowser.cpp" line="92"/>
        <source>Copy Name to Clipboard</source>
        <oldsource>Copy Name To Clipboard</oldsource>
        <translation>名前をクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packagebrowser.cpp" line="114"/>
        <source>Package Browser</source>
        <oldsource>Packge Browser</oldsource>
        <translation>パッケージブラウザ</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packagebrowser.cpp" line="194"/>
        <source>No Go installation was found.</source>
        <oldsource>Not find go in PATH...</oldsource>
        <translation>Goのインストール先が見つかりません</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packagebrowser.cpp" line="199"/>
        <source>Loading Go package list...</source>
        <oldsource>Loading go package ...</oldsource>
        <translation>Goのパッケージリストを読み込み中...</translation>
    </message>
</context>
<context>
    <name>PackageProject</name>
    <message>
        <location filename="src/plugins/golangpackage/packageproject.cpp" line="76"/>
        <source>Reload Package</source>
        <translation>パッケージをリロード</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packageproject.cpp" line="77"/>
        <source>Open Explorer Here</source>
        <translation>ここでエクスプローラを開く</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packageproject.cpp" line="78"/>
        <location filename="src/plugins/golangpackage/packageproject.cpp" line="300"/>
        <source>Add Source File</source>
        <translation>ソースファイルを追加</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packageproject.cpp" line="311"/>
        <location filename="src/plugins/golangpackage/packageproject.cpp" line="316"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packageproject.cpp" line="311"/>
        <source>File %1 already exists.</source>
        <translation>ファイル %1 は既に存在しています</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/packageproject.cpp" line="316"/>
        <source>Could not open %1 for writing.</source>
        <translation>%1 を書き込み用に開けませんでした</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <location filename="src/liteapp/pluginsdialog.ui" line="14"/>
        <source>Installed Plugins</source>
        <oldsource>Install Plugins</oldsource>
        <translation>プラグインをインストール</translation>
    </message>
    <message>
        <location filename="src/liteapp/pluginsdialog.ui" line="45"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="src/liteapp/pluginsdialog.cpp" line="51"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="src/liteapp/pluginsdialog.cpp" line="54"/>
        <source>Author</source>
        <oldsource>Anchor</oldsource>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="src/liteapp/pluginsdialog.cpp" line="52"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="src/liteapp/pluginsdialog.cpp" line="53"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="src/liteapp/pluginsdialog.cpp" line="55"/>
        <source>Version</source>
        <oldsource>Last Ver</oldsource>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="src/liteapp/pluginsdialog.cpp" line="56"/>
        <source>File Name</source>
        <oldsource>FileName</oldsource>
        <translation>ファイル名</translation>
    </message>
</context>
<context>
    <name>ProcessEx</name>
    <message>
        <location filename="src/utils/processex/processex.cpp" line="46"/>
        <source>process exited with code %1</source>
        <translation>プロセスがコード %1 で終了しました</translation>
    </message>
    <message>
        <location filename="src/utils/processex/processex.cpp" line="49"/>
        <source>process crashed or was terminated</source>
        <translation>プロセスがクラッシュしたか強制終了しました</translation>
    </message>
    <message>
        <location filename="src/utils/processex/processex.cpp" line="52"/>
        <source>process exited with an unknown status</source>
        <translation>原因不明のステータスでプロセスが終了しました</translation>
    </message>
    <message>
        <location filename="src/utils/processex/processex.cpp" line="62"/>
        <source>process failed to start</source>
        <translation>プロセスの起動に失敗しました</translation>
    </message>
    <message>
        <location filename="src/utils/processex/processex.cpp" line="65"/>
        <source>process crashed or was terminated while running</source>
        <translation>プロセスがクラッシュしたか実行中に強制終了しました</translation>
    </message>
    <message>
        <location filename="src/utils/processex/processex.cpp" line="68"/>
        <source>timed out waiting for process</source>
        <translation>プロセス待機がタイムアウトしました</translation>
    </message>
    <message>
        <location filename="src/utils/processex/processex.cpp" line="71"/>
        <source>couldn&apos;t read from the process</source>
        <translation>プロセスから読み込めませんでした</translation>
    </message>
    <message>
        <location filename="src/utils/processex/processex.cpp" line="74"/>
        <source>couldn&apos;t write to the process</source>
        <translation>プロセスに書き込めませんでした</translation>
    </message>
    <message>
        <location filename="src/utils/processex/processex.cpp" line="78"/>
        <source>an unknown error occurred</source>
		<translation>エラーが発生</translation>
    </message>
</context>
<context>
    <name>ProjectManager</name>
    <message>
        <location filename="src/liteapp/projectmanager.cpp" line="95"/>
        <source>Project &lt;%1&gt;</source>
        <translation>プロジェクト &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="src/liteapp/projectmanager.cpp" line="119"/>
        <source>Import Directory &lt;%1&gt;</source>
        <translation>インポートディレクトリ &lt;%1&gt;</translation>
    </message>
</context>
<context>
    <name>QJson::ParserRunnable</name>
    <message>
        <location filename="src/3rdparty/qjson/src/parserrunnable.cpp" line="64"/>
        <source>An error occurred while parsing json: %1</source>
        <translation>jsonの解析中にエラーが発生: %1</translation>
    </message>
</context>
<context>
    <name>SearchEdit</name>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="81"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="src/plugins/golangdoc/finddocwidget.cpp" line="82"/>
        <source>Stop Search</source>
        <translation>検索を中断</translation>
    </message>
</context>
<context>
    <name>SelectExternalDialog</name>
    <message>
        <location filename="src/plugins/litedebug/selectexternaldialog.ui" line="14"/>
        <source>Debug External Application</source>
        <translation>外部のアプリケーションをデバッグ</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/selectexternaldialog.ui" line="22"/>
        <source>Application:</source>
        <translation>アプリケーション:</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/selectexternaldialog.ui" line="29"/>
        <location filename="src/plugins/litedebug/selectexternaldialog.ui" line="56"/>
        <source>Browse...</source>
        <oldsource>Browser</oldsource>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/selectexternaldialog.ui" line="36"/>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/selectexternaldialog.ui" line="46"/>
        <source>Working directory:</source>
        <translation>作業ディレクトリ:</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/selectexternaldialog.cpp" line="82"/>
        <source>Select Executable</source>
        <translation>実行ファイルを選択</translation>
    </message>
    <message>
        <location filename="src/plugins/litedebug/selectexternaldialog.cpp" line="92"/>
        <source>Select the working directory:</source>
        <oldsource>Select Working Directory</oldsource>
        <translation>作業ディレクトリを選択</translation>
    </message>
</context>
<context>
    <name>SetupGopathDialog</name>
    <message>
        <location filename="src/plugins/golangpackage/setupgopathdialog.ui" line="14"/>
        <source>Manage GOPATH</source>
        <translation>GOPATHを管理</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/setupgopathdialog.ui" line="20"/>
        <source>System GOPATH</source>
        <translation>システムのGOPATH</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/setupgopathdialog.ui" line="35"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/setupgopathdialog.ui" line="60"/>
        <source>Custom Directories (one per line)</source>
        <translation>任意のディレクトリ(1行)</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/setupgopathdialog.ui" line="71"/>
        <source>Add Directory...</source>
        <translation>ディレクトリを追加...</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/setupgopathdialog.ui" line="78"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="src/plugins/golangpackage/setupgopathdialog.cpp" line="74"/>
        <source>Choose directory to add to GOPATH:</source>
        <oldsource>Load GOPATH Directory</oldsource>
        <translation>GOPATHに追加するディレクトリを選択:</translation>
    </message>
</context>
<context>
    <name>TerminalEdit</name>
    <message>
        <location filename="src/utils/textoutput/terminaledit.cpp" line="59"/>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="src/utils/textoutput/terminaledit.cpp" line="62"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="src/utils/textoutput/terminaledit.cpp" line="65"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="src/utils/textoutput/terminaledit.cpp" line="68"/>
        <source>Select All</source>
        <translation>全て選択</translation>
    </message>
    <message>
        <location filename="src/utils/textoutput/terminaledit.cpp" line="71"/>
        <source>Clear All</source>
        <translation>全てクリア</translation>
    </message>
</context>
<context>
    <name>TextEditor::Internal::ColorScheme</name>
    <message>
        <location filename="src/3rdparty/qtc_texteditor/colorscheme.cpp" line="212"/>
        <source>Not a color scheme file.</source>
        <translation>色スキームファイルではありません</translation>
    </message>
</context>
<context>
    <name>ToolDockWidget</name>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="62"/>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="63"/>
        <source>Hide Tool Window</source>
        <translation>ツールウィンドウを非表示</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="80"/>
        <location filename="src/liteapp/tooldockwidget.cpp" line="140"/>
        <location filename="src/liteapp/tooldockwidget.cpp" line="141"/>
        <source>Move To</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="82"/>
        <source>Top</source>
        <translation>一番上</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="86"/>
        <source>Top (Split)</source>
        <oldsource>Top : Split</oldsource>
        <translation>一番上(分割)</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="92"/>
        <source>Bottom</source>
        <translation>一番下</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="96"/>
        <source>Bottom (Split)</source>
        <oldsource>Bottom : Split</oldsource>
        <translation>一番下(分割)</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="102"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="106"/>
        <source>Left (Split)</source>
        <oldsource>Left : Split</oldsource>
        <translation>左(分割)</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="112"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="116"/>
        <source>Right (Split)</source>
        <oldsource>Right : Split</oldsource>
        <translation>右(分割)</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="124"/>
        <source>Unsplit</source>
        <oldsource>UnSplit</oldsource>
        <translation>分割しない</translation>
    </message>
    <message>
        <location filename="src/liteapp/tooldockwidget.cpp" line="129"/>
        <source>Split</source>
        <translation>分割</translation>
    </message>
</context>
<context>
    <name>ToolMainWindow</name>
    <message>
        <location filename="src/liteapp/toolmainwindow.cpp" line="242"/>
        <source>Hide Sidebars</source>
        <oldsource>HideSideBar</oldsource>
        <translation></translation>
    </message>
</context>
<context>
    <name>Utils::FilterLineEdit</name>
    <message>
        <location filename="src/3rdparty/qtc_editutil/filterlineedit.cpp" line="51"/>
        <source>Filter</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="src/3rdparty/qtc_editutil/filterlineedit.cpp" line="52"/>
        <source>Clear text</source>
        <translation>テキストをクリア</translation>
    </message>
</context>
<context>
    <name>WebKitBrowser</name>
    <message>
        <location filename="src/plugins/webkithtmlwidget/webkitbrowser.cpp" line="69"/>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <location filename="src/plugins/webkithtmlwidget/webkitbrowser.cpp" line="72"/>
        <source>Open Html File</source>
        <oldsource>Open Html</oldsource>
        <translation>HTMLファイルを開く</translation>
    </message>
    <message>
        <location filename="src/plugins/webkithtmlwidget/webkitbrowser.cpp" line="119"/>
        <source>WebKitBrowser</source>
        <translation></translation>
    </message>
    <message>
        <location filename="src/plugins/webkithtmlwidget/webkitbrowser.cpp" line="169"/>
        <source>False load %1 !</source>
        <translation>%1 の読み込み失敗!</translation>
    </message>
    <message>
        <location filename="src/plugins/webkithtmlwidget/webkitbrowser.cpp" line="256"/>
        <source>Open Html or Markdown File</source>
        <oldsource>Open Html or Markdown Files</oldsource>
        <translation>HTMLもしくはMarkdownファイルを開く</translation>
    </message>
</context>
<context>
    <name>WebKitHtmlWidgetPlugin</name>
    <message>
        <location filename="src/plugins/webkithtmlwidget/webkithtmlwidgetplugin.cpp" line="74"/>
        <source>Open Html or Markdown File</source>
        <translation>HTMLもしくはMarkdownファイルを開く</translation>
    </message>
</context>
<context>
    <name>WelcomeBrowser</name>
    <message>
        <location filename="src/plugins/welcome/welcomebrowser.cpp" line="64"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="src/plugins/welcome/welcomebrowser.cpp" line="65"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="src/plugins/welcome/welcomebrowser.cpp" line="66"/>
        <source>Open Folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="src/plugins/welcome/welcomebrowser.cpp" line="67"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="src/plugins/welcome/welcomebrowser.cpp" line="216"/>
        <source>Welcome</source>
        <oldsource>Welcome Page</oldsource>
        <translation>ようこそ</translation>
    </message>
</context>
<context>
    <name>WelcomePlugin</name>
    <message>
        <location filename="src/plugins/welcome/welcomeplugin.cpp" line="64"/>
        <source>Welcome</source>
        <oldsource>Home</oldsource>
        <translation>ホーム</translation>
    </message>
</context>
</TS>
