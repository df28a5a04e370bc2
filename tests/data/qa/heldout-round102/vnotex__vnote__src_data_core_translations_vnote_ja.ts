<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../../widgets/messageboxhelper.cpp" line="12"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../../widgets/messageboxhelper.cpp" line="16"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../../widgets/messageboxhelper.cpp" line="20"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../../widgets/messageboxhelper.cpp" line="24"/>
        <source>Critical</source>
        <translation>クリティカル</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../../core/notebook/bundlenotebookfactory.cpp" line="27"/>
        <source>Bundle Notebook</source>
        <translation>ノートブックのバンドル</translation>
    </message>
    <message>
        <location filename="../../../core/notebook/bundlenotebookfactory.cpp" line="32"/>
        <source>A notebook with configuration files to track its content</source>
        <translation>コンテンツを追跡するための構成ファイルを備えたノートブック</translation>
    </message>
    <message>
        <location filename="../../../core/notebookbackend/localnotebookbackendfactory.cpp" line="20"/>
        <source>Local Notebook Backend</source>
        <translation>ローカルノートブックバックエンド</translation>
    </message>
    <message>
        <location filename="../../../core/notebookbackend/localnotebookbackendfactory.cpp" line="25"/>
        <source>Local file system</source>
        <translation>ローカルファイルシステム</translation>
    </message>
    <message>
        <location filename="../../../core/notebookconfigmgr/vxnotebookconfigmgrfactory.cpp" line="21"/>
        <source>VNoteX Notebook Configuration</source>
        <translation>VNoteXノートブック設定</translation>
    </message>
    <message>
        <location filename="../../../core/notebookconfigmgr/vxnotebookconfigmgrfactory.cpp" line="26"/>
        <source>Built-in VNoteX notebook configuration</source>
        <translation>内蔵のVNoteXノートブック設定</translation>
    </message>
    <message>
        <location filename="../../../core/versioncontroller/dummyversioncontrollerfactory.cpp" line="20"/>
        <source>Dummy Version Control</source>
        <translation>ダミーのバージョン管理</translation>
    </message>
    <message>
        <location filename="../../../core/versioncontroller/dummyversioncontrollerfactory.cpp" line="25"/>
        <source>Disable version control</source>
        <translation>バージョン管理を無効にする</translation>
    </message>
</context>
<context>
    <name>QWebEnginePage</name>
    <message>
        <location filename="../../../widgets/editors/markdownviewer.cpp" line="289"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdownviewer.cpp" line="290"/>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdownviewer.cpp" line="291"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
</context>
<context>
    <name>vnotex::AppearancePage</name>
    <message>
        <location filename="../../../widgets/dialogs/settings/appearancepage.cpp" line="26"/>
        <source>System title bar</source>
        <translation>システムタイトルバー</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/appearancepage.cpp" line="28"/>
        <source>Use system title bar</source>
        <translation>システムタイトルバーを使用</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/appearancepage.cpp" line="37"/>
        <source>Icon size of the main window tool bar</source>
        <translation>メインウィンドウツールバーのアイコンサイズ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/appearancepage.cpp" line="42"/>
        <source>Main tool bar icon size:</source>
        <translation>メインツールバーアイコンのサイズ:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/appearancepage.cpp" line="76"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
</context>
<context>
    <name>vnotex::AttachmentPopup</name>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="58"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="67"/>
        <source>Select Files As Attachments</source>
        <translation>添付するファイルを選択</translation>
    </message>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="86"/>
        <source>New File</source>
        <translation>新規ファイル</translation>
    </message>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="94"/>
        <location filename="../../../widgets/attachmentpopup.cpp" line="118"/>
        <source>New Attachment</source>
        <translation>新規添付ファイル</translation>
    </message>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="95"/>
        <source>File name:</source>
        <translation>ファイル名:</translation>
    </message>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="110"/>
        <source>New Folder</source>
        <translation>新規フォルダ</translation>
    </message>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="119"/>
        <source>Folder name:</source>
        <translation>フォルダ名:</translation>
    </message>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="134"/>
        <source>Open Folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="156"/>
        <source>Failed to rename attachment (%1) to (%2).</source>
        <translation>添付ファイル(%1)の(%2)への名前変更に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="157"/>
        <source>Please try another name again.</source>
        <translation>別の名前を選択して再実施してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/attachmentpopup.cpp" line="217"/>
        <source>Please select one directory to continue.</source>
        <translation>続行するディレクトリを1つ選択してください。</translation>
    </message>
</context>
<context>
    <name>vnotex::Buffer</name>
    <message>
        <location filename="../../../core/buffer/filetypehelper.cpp" line="35"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../../core/buffer/filetypehelper.cpp" line="48"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../../core/buffer/filetypehelper.cpp" line="57"/>
        <source>Others</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>vnotex::DeleteConfirmDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/deleteconfirmdialog.cpp" line="62"/>
        <source>Do not ask again</source>
        <translation>今後、再確認しない</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/deleteconfirmdialog.cpp" line="210"/>
        <source>%1/%2 Items</source>
        <translation>%1/%2アイテム</translation>
    </message>
</context>
<context>
    <name>vnotex::EditorPage</name>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="32"/>
        <source>Auto save policy</source>
        <translation>自動保存ポリシー</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="34"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="35"/>
        <source>Auto Save</source>
        <translation>自動保存</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="36"/>
        <source>Backup File</source>
        <translation>バックアップファイル</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="38"/>
        <source>Auto save policy:</source>
        <translation>自動保存ポリシー:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="47"/>
        <source>Icon size of the editor tool bar</source>
        <translation>Icon size of the editor tool bar</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="52"/>
        <source>Tool bar icon size:</source>
        <translation>ツールバーのアイコンサイズ:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="64"/>
        <source>Default dictionary used for spell check</source>
        <translation>スペルチェックに使用するデフォルト辞書</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="74"/>
        <source>Add Dictionary</source>
        <translation>辞書を追加</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="80"/>
        <source>VNote uses [Hunspell](http://hunspell.github.io/) for spell check.</source>
        <translation>VNoteはスペルチェックには[Hunspell](http://hunspell.github.io/)を使用します。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="81"/>
        <source>Please download Hunspell&apos;s dictionaries, put them under (%1) and restart VNote.</source>
        <translation>Hunspellの辞書をダウンロードして(%1)の下に置き、VNoteを再起動してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="90"/>
        <source>Spell check dictionary:</source>
        <translation>スペルチェック辞書:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/editorpage.cpp" line="136"/>
        <source>Editor</source>
        <translation>エディタ</translation>
    </message>
</context>
<context>
    <name>vnotex::ExportDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="85"/>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="253"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="90"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="96"/>
        <source>Current Buffer (%1)</source>
        <translation>現在のバッファ(%1)</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="100"/>
        <source>Current Note (%1)</source>
        <translation>現在のノート(%1)</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="104"/>
        <source>Current Folder (%1)</source>
        <translation>現在のフォルダ(%1)</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="108"/>
        <source>Current Notebook (%1)</source>
        <translation>現在のノートブック(%1)</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="111"/>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="123"/>
        <source>vnote_exports</source>
        <translation>vnote_exports</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="128"/>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="133"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="135"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="137"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="139"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="159"/>
        <source>Format:</source>
        <translation>フォーマット:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="163"/>
        <source>Use transparent background</source>
        <translation>透明な背景を使用する</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="171"/>
        <source>Rendering style:</source>
        <translation>レンダリングスタイル:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="177"/>
        <source>Syntax highlighting style:</source>
        <translation>構文強調表示スタイル:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="189"/>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="647"/>
        <source>Browse</source>
        <translation>ブラウズ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="199"/>
        <source>Select Export Output Directory</source>
        <translation>エクスポート出力ディレクトリの選択</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="209"/>
        <source>Output directory:</source>
        <translation>出力ディレクトリ:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="217"/>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="235"/>
        <source>Process sub-folders</source>
        <translation>サブフォルダを処理する</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="240"/>
        <source>Export attachments</source>
        <translation>添付ファイルのエクスポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="257"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="266"/>
        <source>Copy Content</source>
        <translation>コンテンツをコピー</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="267"/>
        <source>Copy exported file content</source>
        <translation>エクスポートされたファイルの内容をコピーする</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="377"/>
        <source>%n file(s) exported</source>
        <translation>
            <numerusform>%n ファイルがエクスポートされました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="390"/>
        <source>Cancelling the export</source>
        <translation>エクスポートをキャンセルしています</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="421"/>
        <source>Please specify a valid wkhtmltopdf executable file (%1)</source>
        <translation>有効なwkhtmltopdf実行ファイル(%1)を指定してください</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="498"/>
        <source>Embed styles</source>
        <translation>スタイルの埋め込み</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="503"/>
        <source>Embed images</source>
        <translation>画像の埋め込み</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="508"/>
        <source>Complete page</source>
        <translation>完全なページ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="509"/>
        <source>Export the whole page along with images which may change the links structure</source>
        <translation>リンク構造を変更する可能性のある画像と共にページ全体をエクスポートする</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="519"/>
        <source>Mime HTML format</source>
        <translation>Mime HTMLフォーマット</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="532"/>
        <source>Add outline panel</source>
        <translation>アウトライン・パネルの追加</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="599"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="617"/>
        <source>Page layout:</source>
        <translation>ページレイアウト:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="621"/>
        <source>Add Table-Of-Contents</source>
        <translation>目次を追加する</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="628"/>
        <source>Use wkhtmltopdf</source>
        <translation>wkhtmltopdfを使用</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="631"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="652"/>
        <source>Select wkhtmltopdf Executable</source>
        <translation>wkhtmltopdfの実行ファイルを選択</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="660"/>
        <source>Wkhtmltopdf path:</source>
        <translation>wkhtmltopdf パス:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="665"/>
        <source>Wkhtmltopdf arguments:</source>
        <translation>wkhtmltopdf の引数:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="703"/>
        <source>Portrait</source>
        <translation>縦長書式</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/exportdialog.cpp" line="703"/>
        <source>Landscape</source>
        <translation>横長書式</translation>
    </message>
</context>
<context>
    <name>vnotex::Exporter</name>
    <message>
        <location filename="../../../export/exporter.cpp" line="28"/>
        <source>Skipped buffer (%1) without file base.</source>
        <translation>ファイルベースのないバッファ(%1)をスキップしました。</translation>
    </message>
    <message>
        <location filename="../../../export/exporter.cpp" line="34"/>
        <location filename="../../../export/exporter.cpp" line="58"/>
        <location filename="../../../export/exporter.cpp" line="105"/>
        <location filename="../../../export/exporter.cpp" line="137"/>
        <location filename="../../../export/exporter.cpp" line="208"/>
        <source>Failed to create output folder %1.</source>
        <translation>出力フォルダ%1の作成に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../../export/exporter.cpp" line="49"/>
        <source>Format %1 is not supported to export as Markdown.</source>
        <translation>フォーマット%1はMarkdownとしてエクスポートできません。</translation>
    </message>
    <message>
        <location filename="../../../export/exporter.cpp" line="184"/>
        <source>Unknown target format %1.</source>
        <translation>不明なターゲットフォーマット %1 。</translation>
    </message>
    <message>
        <location filename="../../../export/exporter.cpp" line="189"/>
        <source>File (%1) exported to (%2)</source>
        <translation>ファイル(%1)を(%2)にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../../export/exporter.cpp" line="191"/>
        <source>Failed to export file (%1)</source>
        <translation>ファイル(%1)のエクスポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../../../export/exporter.cpp" line="205"/>
        <source>notebook_%1</source>
        <translation>ノートブック_%1</translation>
    </message>
    <message>
        <location filename="../../../export/exporter.cpp" line="245"/>
        <source>Format %1 is not supported to export as HTML.</source>
        <translation>フォーマット %1 はHTMLとしてエクスポートできません。</translation>
    </message>
    <message>
        <location filename="../../../export/exporter.cpp" line="305"/>
        <source>Asked to stop. Aborting.</source>
        <translation>止めるように言われました。中止します。</translation>
    </message>
    <message>
        <location filename="../../../export/exporter.cpp" line="316"/>
        <source>Format %1 is not supported to export as PDF.</source>
        <translation>フォーマット %1 はPDFとしてエクスポートできません。</translation>
    </message>
</context>
<context>
    <name>vnotex::FilePropertiesDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/filepropertiesdialog.cpp" line="38"/>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/filepropertiesdialog.cpp" line="42"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/filepropertiesdialog.cpp" line="44"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/filepropertiesdialog.cpp" line="44"/>
        <source>%1 Bytes</source>
        <translation>%1バイト</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/filepropertiesdialog.cpp" line="48"/>
        <source>Properties</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>vnotex::FileSearchEngineWorker</name>
    <message>
        <location filename="../../../search/filesearchengine.cpp" line="52"/>
        <source>Skip binary file (%1)</source>
        <translation>バイナリファイル (%1) をスキップします</translation>
    </message>
</context>
<context>
    <name>vnotex::FileSystemViewer</name>
    <message>
        <location filename="../../../widgets/filesystemviewer.cpp" line="161"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../widgets/filesystemviewer.cpp" line="171"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../widgets/filesystemviewer.cpp" line="181"/>
        <source>&amp;Properties</source>
        <translation>設定(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../widgets/filesystemviewer.cpp" line="200"/>
        <source>Cop&amp;y Path</source>
        <translation>パスをコピー(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../widgets/filesystemviewer.cpp" line="206"/>
        <source>Copied path: %1</source>
        <translation>コピーされたファイルパス: %1</translation>
    </message>
</context>
<context>
    <name>vnotex::FindAndReplaceWidget</name>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="52"/>
        <source>Find And Replace</source>
        <translation>検索/置換</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="73"/>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="76"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="80"/>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="85"/>
        <source>Find &amp;Previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="97"/>
        <source>Replace with:</source>
        <translation>次で置換:</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="100"/>
        <source>\1, \2 for back reference in regular expression</source>
        <translation>正規表現の後方参照用に \1, \2</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="103"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="108"/>
        <source>Replace And Find</source>
        <translation>検索と置換</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="113"/>
        <source>Replace All</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="131"/>
        <source>&amp;Case sensitive</source>
        <translation>大文字と小文字を区別(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="136"/>
        <source>&amp;Whole word only</source>
        <translation>単語全体のみ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="141"/>
        <source>Re&amp;gular expression</source>
        <translation>正規表現(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../widgets/findandreplacewidget.cpp" line="146"/>
        <source>&amp;Incremental search</source>
        <translation>インクリメンタル検索(&amp;I)</translation>
    </message>
</context>
<context>
    <name>vnotex::FolderFilesFilterWidget</name>
    <message>
        <location filename="../../../widgets/dialogs/folderfilesfilterwidget.cpp" line="44"/>
        <source>Folder:</source>
        <translation>フォルダ:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/folderfilesfilterwidget.cpp" line="54"/>
        <source>Browse</source>
        <translation>ブラウズ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/folderfilesfilterwidget.cpp" line="60"/>
        <source>Select Notebook Root Folder</source>
        <translation>ノートブックルートフォルダ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/folderfilesfilterwidget.cpp" line="72"/>
        <source>Select files:</source>
        <translation>ファイルを選択:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/folderfilesfilterwidget.cpp" line="82"/>
        <source>Select All</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/folderfilesfilterwidget.cpp" line="92"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>vnotex::FolderPropertiesDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/folderpropertiesdialog.cpp" line="35"/>
        <source>Properties</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/folderpropertiesdialog.cpp" line="62"/>
        <source>Please specify a name for the folder.</source>
        <translation>フォルダの名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/folderpropertiesdialog.cpp" line="68"/>
        <source>Name conflicts with existing folder.</source>
        <translation>名前が既存のフォルダと重複しています。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/folderpropertiesdialog.cpp" line="96"/>
        <source>Failed to save folder (%1) in (%2) (%3).</source>
        <translation>Failed to save folder (%1) in (%2) (%3).</translation>
    </message>
</context>
<context>
    <name>vnotex::FullScreenToggleAction</name>
    <message>
        <location filename="../../../widgets/fullscreentoggleaction.cpp" line="11"/>
        <source>F&amp;ull Screen</source>
        <translation>フルスクリーン(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../widgets/fullscreentoggleaction.cpp" line="13"/>
        <source>Exit F&amp;ull Screen</source>
        <translation>フルスクリーン終了(&amp;A)</translation>
    </message>
</context>
<context>
    <name>vnotex::GeneralPage</name>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="27"/>
        <source>Interface language</source>
        <translation>インタフェースの言語</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="29"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="36"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="46"/>
        <source>OpenGL implementation used to render application</source>
        <translation>アプリケーションのレンダリングに使用されるOpenGL実装</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="48"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="49"/>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="50"/>
        <source>OpenGL ES</source>
        <translation>OpenGL ES</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="51"/>
        <source>Software</source>
        <translation>ソフトウエア</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="53"/>
        <source>OpenGL:</source>
        <translation>OpenGL:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="63"/>
        <source>Minimize to system tray</source>
        <translation>システムトレイに最小化</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="65"/>
        <source>Minimize to system tray when closed</source>
        <translation>VNoteを閉じた後、システムトレイに最小化する</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/generalpage.cpp" line="120"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>vnotex::ImageInsertDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/imageinsertdialog.cpp" line="67"/>
        <source>From:</source>
        <translation>次から:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/imageinsertdialog.cpp" line="74"/>
        <source>&amp;Browse</source>
        <translation>ブラウズ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/imageinsertdialog.cpp" line="84"/>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/imageinsertdialog.cpp" line="93"/>
        <source>Alt text:</source>
        <translation>Altテキスト:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/imageinsertdialog.cpp" line="121"/>
        <source>Scaling width:</source>
        <translation>スケール幅:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/imageinsertdialog.cpp" line="204"/>
        <source>Select Image To Insert</source>
        <translation>挿入する画像を選択</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/imageinsertdialog.cpp" line="206"/>
        <source>Images (*.png *.xpm *.jpg *.bmp *.gif *.svg *.webp);;All (*.*)</source>
        <translation>画像(*.png*.xpm*.jpg*.bmp*.gif*.svg)</translation>
    </message>
</context>
<context>
    <name>vnotex::ImportFolderDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/importfolderdialog.cpp" line="33"/>
        <source>Import folder into (%1).</source>
        <translation>フォルダを (%1) へインポートする。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importfolderdialog.cpp" line="43"/>
        <source>Import Folder</source>
        <translation>フォルダをインポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importfolderdialog.cpp" line="74"/>
        <source>Please specify a valid folder to import.</source>
        <translation>インポートする適切なフォルダを指定してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importfolderdialog.cpp" line="90"/>
        <source>Failed to add folder (%1) as node under (%2).</source>
        <translation>フォルダ (%1) を、 (%2) 配下のノードに追加できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importfolderdialog.cpp" line="100"/>
        <source>Failed to add folder (%1) as node (%2).</source>
        <translation>フォルダ (%1) をノード(%2)として追加できませんでした。</translation>
    </message>
</context>
<context>
    <name>vnotex::ImportFolderUtilsTranslate</name>
    <message>
        <location filename="../../../widgets/dialogs/importfolderutils.cpp" line="28"/>
        <location filename="../../../widgets/dialogs/importfolderutils.cpp" line="74"/>
        <source>Failed to add folder (%1) as node (%2).</source>
        <translation>フォルダ (%1) をノード(%2)として追加できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importfolderutils.cpp" line="38"/>
        <location filename="../../../widgets/dialogs/importfolderutils.cpp" line="102"/>
        <source>Failed to add file (%1) as node (%2).</source>
        <translation>ファイル (%1) をノード(%2)として追加できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importfolderutils.cpp" line="59"/>
        <source>Folder (%1) does not exist.</source>
        <translation>フォルダ (%1) は存在しません。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importfolderutils.cpp" line="64"/>
        <source>Folder (%1) conflicts with built-in folder.</source>
        <translation>フォルダ (%1) は、ビルトインフォルダと重複しています。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importfolderutils.cpp" line="84"/>
        <source>File (%1) does not exist.</source>
        <translation>ファイル (%1) は存在しません。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importfolderutils.cpp" line="89"/>
        <source>File (%1) conflicts with built-in file.</source>
        <translation>フォルダ (%1) は、ビルトインファイルと重複しています。</translation>
    </message>
</context>
<context>
    <name>vnotex::ImportLegacyNotebookDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/importlegacynotebookdialog.cpp" line="22"/>
        <source>Import Legacy Notebook</source>
        <translation>レガシーノートブックをインポートする</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importlegacynotebookdialog.cpp" line="37"/>
        <source>Once imported, the legacy notebook could no longer be recognized by legacy VNote!</source>
        <translation>一度インポートを実行すると、レガシーノートブックは、レガシーVnoteから認識されなくなります!</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importlegacynotebookdialog.cpp" line="38"/>
        <source>This operation is irreversible. Please make sure the new VNote already meets all your needs before continue.</source>
        <translation>この処理は不可逆です。続行する前に、新しいVNoteがすべてのニーズを満たしていることを確認してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importlegacynotebookdialog.cpp" line="39"/>
        <source>Welcome to VNoteX and the new VNote!</source>
        <translation>VNoteXと新しいVNoteへようこそ!</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importlegacynotebookdialog.cpp" line="51"/>
        <source>Please specify a valid root folder to import.</source>
        <translation>インポートする有効なルートフォルダを指定してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importlegacynotebookdialog.cpp" line="56"/>
        <source>Failed to recognize a legacy notebook from the root folder.</source>
        <translation>ルートフォルダからレガシーノートブックを認識できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importlegacynotebookdialog.cpp" line="66"/>
        <source>There already exists a notebook (%1) with the same root folder.</source>
        <translation>同じルートフォルダを持つノートブック(%1)が既に存在します。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importlegacynotebookdialog.cpp" line="104"/>
        <source>Failed to create notebook in %1 (%2).</source>
        <translation>%1(%2)にノートブックを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>vnotex::ImportNotebookDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/importnotebookdialog.cpp" line="37"/>
        <source>Import Notebook</source>
        <translation>ノートブックのインポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importnotebookdialog.cpp" line="80"/>
        <source>The root folder specified does not exist.</source>
        <translation>指定されたルートフォルダは存在しません。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importnotebookdialog.cpp" line="91"/>
        <source>There already exists a notebook (%1) with the same root folder.</source>
        <translation>同じルートフォルダを持つノートブック(%1)が既に存在します。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importnotebookdialog.cpp" line="103"/>
        <source>Not a valid %1 root folder (%2).</source>
        <translation>有効な%1ルートフォルダ(%2)ではありません。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importnotebookdialog.cpp" line="127"/>
        <source>Failed to create notebook from root folder (%1) (%2).</source>
        <translation>ルートフォルダ(%1)(%2)からノートブックを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importnotebookdialog.cpp" line="138"/>
        <source>Failed to import notebook.</source>
        <translation>ノートブックのインポートに失敗しました。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/importnotebookdialog.cpp" line="148"/>
        <source>Failed to import notebook (%1).</source>
        <translation>ノートブック(%1)のインポートに失敗しました。</translation>
    </message>
</context>
<context>
    <name>vnotex::LinkInsertDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/linkinsertdialog.cpp" line="36"/>
        <source>&amp;Text:</source>
        <translation>テキスト(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/linkinsertdialog.cpp" line="43"/>
        <source>&amp;Url:</source>
        <translation>&amp;Url:</translation>
    </message>
</context>
<context>
    <name>vnotex::LocationList</name>
    <message>
        <location filename="../../../widgets/locationlist.cpp" line="42"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../../../widgets/locationlist.cpp" line="42"/>
        <source>Line</source>
        <translation>ライン</translation>
    </message>
    <message>
        <location filename="../../../widgets/locationlist.cpp" line="42"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../../widgets/locationlist.cpp" line="101"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../widgets/locationlist.cpp" line="178"/>
        <source>%n Item(s)</source>
        <translation>
            <numerusform>%n アイテム</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vnotex::MainWindow</name>
    <message>
        <location filename="../../../commandlineoptions.cpp" line="15"/>
        <source>A pleasant note-taking platform.</source>
        <translation>心地よいノート取りプラットフォーム。</translation>
    </message>
    <message>
        <location filename="../../../commandlineoptions.cpp" line="20"/>
        <source>Files or folders to open.</source>
        <translation>開くファイルまたはフォルダ。</translation>
    </message>
    <message>
        <location filename="../../../commandlineoptions.cpp" line="22"/>
        <source>Print more logs.</source>
        <translation>ログをさらに印刷します。</translation>
    </message>
    <message>
        <location filename="../../../commandlineoptions.cpp" line="29"/>
        <source>WebEngine remote debugging port.</source>
        <translation>WebEngineリモートデバッグポート。</translation>
    </message>
    <message>
        <location filename="../../../commandlineoptions.cpp" line="34"/>
        <source>WebEngine without sandbox.</source>
        <translation>サンドボックスのないWebEngine。</translation>
    </message>
    <message>
        <location filename="../../../main.cpp" line="123"/>
        <source>%1 failed to start.</source>
        <translation>%1を開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../main.cpp" line="124"/>
        <source>Failed to initialize configuration manager. Please check if all the files are intact or reinstall the application.</source>
        <translation>設定マネージャの初期化に失敗しました。すべてのファイルが正常かどうかを確認するか、アプリケーションを再インストールしてください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/mainwindow.cpp" line="245"/>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <location filename="../../../widgets/mainwindow.cpp" line="259"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <location filename="../../../widgets/mainwindow.cpp" line="273"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../../widgets/mainwindow.cpp" line="297"/>
        <source>Location List</source>
        <translation>ロケーションリスト</translation>
    </message>
    <message>
        <location filename="../../../widgets/mainwindow.cpp" line="331"/>
        <source>Notebooks</source>
        <translation>ノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/mainwindow.cpp" line="399"/>
        <source>Do you want to minimize %1 to system tray instead of quitting when closed?</source>
        <translation>終了する代わりに、%1をシステムトレイに最小化しますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/mainwindow.cpp" line="401"/>
        <source>You could change the option in Settings later.</source>
        <translation>設定の選択肢は、後で変更することができます。</translation>
    </message>
    <message>
        <location filename="../../../widgets/mainwindow.cpp" line="437"/>
        <source>%1 is still running here.</source>
        <translation>%1はまだ実行中です。</translation>
    </message>
    <message>
        <location filename="../../../widgets/mainwindow.cpp" line="575"/>
        <location filename="../../../widgets/mainwindow.cpp" line="583"/>
        <source>Global</source>
        <translation>グローバル</translation>
    </message>
    <message>
        <location filename="../../../widgets/systemtrayhelper.cpp" line="37"/>
        <source>Show Main Window</source>
        <translation>メインウィンドウを表示</translation>
    </message>
    <message>
        <location filename="../../../widgets/systemtrayhelper.cpp" line="43"/>
        <location filename="../../../widgets/toolbarhelper.cpp" line="333"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="40"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="47"/>
        <source>Notebook</source>
        <translation>ノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="59"/>
        <source>New Notebook</source>
        <translation>新規ノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="67"/>
        <source>New Notebook From Folder</source>
        <translation>フォルダから新規ノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="77"/>
        <source>Import Notebook</source>
        <translation>ノートブックのインポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="85"/>
        <source>Import Legacy Notebook Of VNote 2.0</source>
        <translation>VNote2.0のレガシーノートブックのインポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="103"/>
        <location filename="../../../widgets/toolbarhelper.cpp" line="112"/>
        <source>New Note</source>
        <translation>新規ノート</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="116"/>
        <source>New Folder</source>
        <translation>新規フォルダ</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="125"/>
        <location filename="../../../widgets/toolbarhelper.cpp" line="129"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="148"/>
        <source>Import And Export</source>
        <translation>インポートとエクスポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="159"/>
        <source>Import File</source>
        <translation>ファイルをインポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="166"/>
        <source>Import Folder</source>
        <translation>フォルダをインポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="174"/>
        <source>Export</source>
        <translation>エキスポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="190"/>
        <source>Quick Access</source>
        <translation>クイックアクセス</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="200"/>
        <location filename="../../../widgets/toolbarhelper.cpp" line="269"/>
        <location filename="../../../widgets/toolbarhelper.cpp" line="279"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="216"/>
        <source>Expand Content Area</source>
        <translation>コンテンツ領域の拡大</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="238"/>
        <source>Press %1 To Exit Full Screen</source>
        <translation>%1 を押して全画面表示を終了する</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="246"/>
        <source>Stay On Top</source>
        <translation>常に手前に表示</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="256"/>
        <source>Windows</source>
        <translation>ウインドウ</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="290"/>
        <source>Open User Configuration Folder</source>
        <translation>ユーザー設定フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="297"/>
        <source>Open Default Configuration Folder</source>
        <translation>既定の設定フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="306"/>
        <source>Edit User Configuration</source>
        <translation>ユーザー設定の編集</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="314"/>
        <source>Open Default Configuration</source>
        <translation>既定の設定を開く</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="325"/>
        <source>Reset Main Window Layout</source>
        <translation>メインウィンドウのレイアウトをリセット</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="339"/>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="348"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="358"/>
        <source>What&apos;s This?</source>
        <translation>これは何ですか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="363"/>
        <source>Enter WhatsThis mode and click somewhere to show help information</source>
        <translation>[これは何]モードに入り、ヘルプ情報を表示する場所をクリックします</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="367"/>
        <source>Shortcuts Help</source>
        <translation>ショートカットヘルプ</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="378"/>
        <source>Markdown Guide</source>
        <translation>Markdown ガイド</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="391"/>
        <source>View Logs</source>
        <translation>ログの表示</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="404"/>
        <source>Feedback And Discussions</source>
        <translation>フィードバックとディスカッション</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="412"/>
        <location filename="../../../widgets/toolbarhelper.cpp" line="418"/>
        <source>About</source>
        <translation>バージョン情報</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="415"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;
&lt;span&gt;%2&lt;/span&gt;
</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;
&lt;span&gt;%2&lt;/span&gt;
</translation>
    </message>
    <message>
        <location filename="../../../widgets/toolbarhelper.cpp" line="421"/>
        <source>About Qt</source>
        <translation>Qtについて</translation>
    </message>
</context>
<context>
    <name>vnotex::ManageNotebooksDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="62"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="73"/>
        <source>Delete (DANGER)</source>
        <translation>削除(危険)</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="90"/>
        <source>Manage Notebooks</source>
        <translation>ノートブックの管理</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="233"/>
        <source>Close notebook (%1)?</source>
        <translation>ノートブック(%1)を閉じますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="235"/>
        <source>The notebook could be imported again later.</source>
        <translation>ノートブックは後で再度インポートできます。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="236"/>
        <source>Notebook location: %1</source>
        <translation>ノートブックの場所:%1</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="247"/>
        <source>Failed to close notebook (%1)</source>
        <translation>ノートブック(%1)を閉じることができませんでした</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="263"/>
        <source>Delete notebook (%1) from disk?</source>
        <translation>ディスクからノートブック(%1)を削除しますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="264"/>
        <source>CALM DOWN! CALM DOWN! CALM DOWN! It will delete all files belonging to this notebook from disk. It is dangerous since it will bypass system&apos;s recycle bin!</source>
        <translation>おちついて!おちついて!おちついて!このノートブックに属するすべてのファイルがディスクから削除されます。システムのごみ箱を迂回するので危険です!</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="266"/>
        <source>Notebook location: %1
Use the &quot;Close&quot; button if you just want to remove it from %2.</source>
        <translation>ノートブックの場所:%1
%2から削除する場合は、[閉じる]ボタンを使用してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="278"/>
        <source>Failed to delete notebook (%1)</source>
        <translation>ノートブック(%1)の削除に失敗しました</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/managenotebooksdialog.cpp" line="291"/>
        <source>There are unsaved changes to current notebook.</source>
        <translation>現在のノートブックに未保存の変更があります。</translation>
    </message>
</context>
<context>
    <name>vnotex::MarkdownEditor</name>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="241"/>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="675"/>
        <source>Insert Link</source>
        <translation>リンクを挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="254"/>
        <source>Insert Image</source>
        <translation>画像を挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="311"/>
        <source>Insert Table</source>
        <translation>表を挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="450"/>
        <source>For advanced paste, try the &quot;Rich Paste&quot; and &quot;Parse To Markdown And Paste&quot; on the editor&apos;s context menu</source>
        <translation>高度な貼り付けを行うには、エディタのコンテキストメニューの[リッチ貼り付け]と[解析してMarkdown化して貼り付け]を試してください</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="484"/>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="521"/>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="587"/>
        <source>Insert From Clipboard</source>
        <translation>クリップボードから挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="485"/>
        <source>Insert From URL</source>
        <translation>URLから挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="486"/>
        <source>Insert From Image Data</source>
        <translation>イメージデータから挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="487"/>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="524"/>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="590"/>
        <source>Insert As Image Link</source>
        <translation>イメージリンクとして挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="522"/>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="589"/>
        <source>Insert As Image</source>
        <translation>イメージとして挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="523"/>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="605"/>
        <source>Insert As Text</source>
        <translation>テキストとして挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="592"/>
        <source>Insert As Relative Image Link</source>
        <translation>相対イメージリンクとして挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="596"/>
        <source>Insert As Link</source>
        <translation>リンクとして挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="598"/>
        <source>Insert As Relative Link</source>
        <translation>相対リンクとして挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="601"/>
        <source>Attach And Insert Link</source>
        <translation>リンクを添付して挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="607"/>
        <source>Insert File Content</source>
        <translation>ファイルの内容を挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="728"/>
        <source>Insert Image From Clipboard</source>
        <translation>クリップボードからイメージを挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="741"/>
        <source>Insert Image From URL</source>
        <translation>URLからイメージを挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="925"/>
        <source>&amp;Read</source>
        <translation>読み取り(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="941"/>
        <source>Rich Paste</source>
        <translation>リッチ貼り付け</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="950"/>
        <source>Parse To Markdown And Paste</source>
        <translation>解析してMarkdown化して貼り付け</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="1027"/>
        <source>Fetching images to local...</source>
        <translation>ローカルにイメージを取得しています...</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="1028"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="1033"/>
        <source>Fetch Images To Local</source>
        <translation>イメージをローカルに取得</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdowneditor.cpp" line="1058"/>
        <source>Fetching image (%1)</source>
        <translation>イメージ (%1) を取得しています</translation>
    </message>
</context>
<context>
    <name>vnotex::MarkdownEditorPage</name>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="126"/>
        <source>Markdown Editor</source>
        <translation>Markdownエディタ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="131"/>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="270"/>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="135"/>
        <source>Constrain image width</source>
        <translation>イメージの幅を制限する</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="137"/>
        <source>Constrain image width to the window</source>
        <translation>イメージの幅をウィンドウに制限する</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="146"/>
        <source>Zoom factor in read mode</source>
        <translation>読み取りモードのズーム倍率</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="151"/>
        <source>Zoom factor:</source>
        <translation>ズーム倍率:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="159"/>
        <source>HTML tag</source>
        <translation>HTMLタグ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="161"/>
        <source>Allow HTML tags in source</source>
        <translation>ソース内のHTMLタグを許可</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="169"/>
        <source>Auto break</source>
        <translation>自動ブレーク</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="171"/>
        <source>Automatically break a line with &apos;\n&apos;</source>
        <translation>&apos;\n&apos; で自動的に改行する</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="179"/>
        <source>Linkify</source>
        <translation>リンク変換</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="181"/>
        <source>Convert URL-like text to links</source>
        <translation>URLに似たテキストをリンクに変換する</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="189"/>
        <source>Indent first line</source>
        <translation>最初の行をインデント</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="191"/>
        <source>Indent the first line of each paragraph</source>
        <translation>各段落の最初の行をインデントする</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="203"/>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="271"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="207"/>
        <source>Insert file name as title</source>
        <translation>ファイル名をタイトルとして挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="209"/>
        <source>Insert file name as title when creating note</source>
        <translation>ノート作成時にファイル名をタイトルとして挿入</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="217"/>
        <source>Constrain in-place preview width</source>
        <translation>インプレイスプレビューの幅を制約する</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="219"/>
        <source>Constrain in-place preview width to the window</source>
        <translation>インプレイスプレビューをウインドウ幅に制約する</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="227"/>
        <source>Fetch images to local in Parse And Paste</source>
        <translation>[解析と貼り付け]でイメージをローカルに取得</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="229"/>
        <source>Fetch images to local in Parse To Markdown And Paste</source>
        <translation type="unfinished">[Markdown解析と貼り付け]でイメージをローカルに取得</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="237"/>
        <source>Smart table</source>
        <translation>スマートテーブル</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="239"/>
        <source>Smart table formation</source>
        <translation type="unfinished">スマートテーブルにフォーマット</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="247"/>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="249"/>
        <source>Spell check</source>
        <translation>スペルチェック</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="261"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="268"/>
        <source>Section number mode</source>
        <translation>セクション番号モード</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="269"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="277"/>
        <source>Base level to start section numbering in edit mode</source>
        <translation>編集モードでセクション番号付けを開始するベースレベル</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="285"/>
        <source>Section number style</source>
        <translation>セクション番号スタイル</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="286"/>
        <source>1.1.</source>
        <translation>1.1.</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="287"/>
        <source>1.1</source>
        <translation>1.1</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/markdowneditorpage.cpp" line="298"/>
        <source>Section number:</source>
        <translation>セクション番号:</translation>
    </message>
</context>
<context>
    <name>vnotex::MarkdownViewWindow</name>
    <message>
        <location filename="../../../widgets/markdownviewwindow.cpp" line="395"/>
        <source>Markdown Viewer</source>
        <translation>Markdownビューア</translation>
    </message>
    <message>
        <location filename="../../../widgets/markdownviewwindow.cpp" line="720"/>
        <source>Clear Obsolete Images</source>
        <translation>古いイメージをクリア</translation>
    </message>
    <message>
        <location filename="../../../widgets/markdownviewwindow.cpp" line="721"/>
        <source>These images seems not in use anymore. Please confirm the deletion of them.</source>
        <translation>これらのイメージはもう使用されていないようです。これらの画像の削除を確認してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/markdownviewwindow.cpp" line="722"/>
        <source>Deleted images could be found in the recycle bin of notebook if it is from a bundle notebook.</source>
        <translation>削除されたされたイメージは、ノートブックのごみ箱で見つけることができます。</translation>
    </message>
    <message>
        <location filename="../../../widgets/markdownviewwindow.cpp" line="863"/>
        <location filename="../../../widgets/markdownviewwindow.cpp" line="872"/>
        <source>Replace is not supported in read mode</source>
        <translation>置換は読み取りモードではサポートされていません</translation>
    </message>
</context>
<context>
    <name>vnotex::MarkdownViewer</name>
    <message>
        <location filename="../../../widgets/editors/markdownviewer.cpp" line="120"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdownviewer.cpp" line="391"/>
        <source>Cross Copy</source>
        <translation>クロスコピー</translation>
    </message>
</context>
<context>
    <name>vnotex::MarkdownViewerAdapter</name>
    <message>
        <location filename="../../../widgets/editors/markdownvieweradapter.cpp" line="301"/>
        <source>No Background</source>
        <translation>背景なし</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdownvieweradapter.cpp" line="302"/>
        <source>Evernote</source>
        <translation>Evernote</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdownvieweradapter.cpp" line="303"/>
        <source>OneNote</source>
        <translation>OneNote</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdownvieweradapter.cpp" line="304"/>
        <source>Microsoft Word</source>
        <translation>Microsoft Word</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdownvieweradapter.cpp" line="305"/>
        <source>WeChat Public Account Editor</source>
        <translation>WeChatパブリックアカウントエディタ</translation>
    </message>
    <message>
        <location filename="../../../widgets/editors/markdownvieweradapter.cpp" line="306"/>
        <source>Raw HTML</source>
        <translation>生のHTML</translation>
    </message>
</context>
<context>
    <name>vnotex::NewFolderDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/newfolderdialog.cpp" line="31"/>
        <source>New Folder</source>
        <translation>新規フォルダ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newfolderdialog.cpp" line="58"/>
        <source>Please specify a name for the folder.</source>
        <translation>フォルダの名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newfolderdialog.cpp" line="63"/>
        <source>Name conflicts with existing folder.</source>
        <translation>名前が既存のフォルダと重複しています。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newfolderdialog.cpp" line="86"/>
        <source>Failed to create folder under (%1) in (%2) (%3).</source>
        <translation>(%2)(%3)の(%1)の下にフォルダを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>vnotex::NewNoteDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/newnotedialog.cpp" line="35"/>
        <source>New Note</source>
        <translation>新規ノート</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotedialog.cpp" line="62"/>
        <source>Please specify a name for the note.</source>
        <translation>ノートの名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotedialog.cpp" line="67"/>
        <source>Name conflicts with existing note.</source>
        <translation>名前が既存のノートと重複しています。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotedialog.cpp" line="90"/>
        <source>Failed to create note under (%1) in (%2) (%3).</source>
        <translation>(%2)(%3)の(%1)の下にノートを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotedialog.cpp" line="113"/>
        <source>note</source>
        <translation>ノート</translation>
    </message>
</context>
<context>
    <name>vnotex::NewNotebookDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookdialog.cpp" line="34"/>
        <source>New Notebook</source>
        <translation>新規ノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookdialog.cpp" line="46"/>
        <source>&lt;br/&gt;Both absolute and relative paths are supported. ~ and environment variable are not supported now.</source>
        <translation>&lt;br/&gt;絶対パスと相対パスの両方をここで使用できます。- そして、環境変数は現在サポートされていません。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookdialog.cpp" line="68"/>
        <source>Please specify a name for the notebook.</source>
        <translation>ノートブックの名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookdialog.cpp" line="79"/>
        <source>Please specify a valid root folder for the notebook.</source>
        <translation>有効なルートフォルダを指定してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookdialog.cpp" line="89"/>
        <source>Root folder of the notebook must be empty. If you want to import existing data, please try other operations.</source>
        <translation>ノートブックのルートフォルダは空でなければなりません。既存のデータをインポートする場合は、他の操作を試してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookdialog.cpp" line="94"/>
        <source>Root folder should be a directory.</source>
        <translation>ルートフォルダはディレクトリである必要があります。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookdialog.cpp" line="106"/>
        <source>There already exists a notebook (%1) with the same root folder.</source>
        <translation>同じルートフォルダを持つノートブック(%1)が既に存在します。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookdialog.cpp" line="139"/>
        <source>Failed to create notebook in (%1) (%2).</source>
        <translation>(%1)(%2)にノートブックを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>vnotex::NewNotebookFromFolderDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookfromfolderdialog.cpp" line="37"/>
        <source>Source Folder</source>
        <translation>ソースフォルダ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookfromfolderdialog.cpp" line="51"/>
        <source>New Notebook From Folder</source>
        <translation>フォルダから新規ノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookfromfolderdialog.cpp" line="89"/>
        <source>Please specify a name for the notebook.</source>
        <translation>ノートブックの名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookfromfolderdialog.cpp" line="100"/>
        <source>Please specify a valid folder for the new notebook.</source>
        <translation>新規ノートブックに有効なフォルダを指定してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookfromfolderdialog.cpp" line="110"/>
        <source>There already exists a notebook (%1) with the same root folder.</source>
        <translation>同じルートフォルダを持つノートブック(%1)が既に存在します。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/newnotebookfromfolderdialog.cpp" line="146"/>
        <source>Failed to create notebook in %1 (%2).</source>
        <translation>%1(%2)にノートブックを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>vnotex::NodeInfoWidget</name>
    <message>
        <location filename="../../../widgets/dialogs/nodeinfowidget.cpp" line="41"/>
        <source>Notebook:</source>
        <translation>ノートブック:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/nodeinfowidget.cpp" line="48"/>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/nodeinfowidget.cpp" line="52"/>
        <source>File type:</source>
        <translation>ファイルの種類:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/nodeinfowidget.cpp" line="56"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/nodeinfowidget.cpp" line="60"/>
        <source>Created time:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/nodeinfowidget.cpp" line="63"/>
        <source>Modified time:</source>
        <translation>最終変更日時:</translation>
    </message>
</context>
<context>
    <name>vnotex::NodeLabelWithUpButton</name>
    <message>
        <location filename="../../../widgets/dialogs/nodelabelwithupbutton.cpp" line="30"/>
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/nodelabelwithupbutton.cpp" line="32"/>
        <source>Create note under an upper level node</source>
        <translation>上位ノードの下にノートを作成する</translation>
    </message>
</context>
<context>
    <name>vnotex::NotePropertiesDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/notepropertiesdialog.cpp" line="37"/>
        <source>Properties</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notepropertiesdialog.cpp" line="64"/>
        <source>Please specify a name for the note.</source>
        <translation>ノートの名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notepropertiesdialog.cpp" line="70"/>
        <source>Name conflicts with existing note.</source>
        <translation>名前が既存のノートと重複しています。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notepropertiesdialog.cpp" line="98"/>
        <source>Failed to save note (%1) in (%2) (%3).</source>
        <translation>ノート(%1)を(%2)(%3)に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>vnotex::NotebookExplorer</name>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="56"/>
        <source>Select one of all the notebooks as current notebook.&lt;br/&gt;Move mouse on one item to check its details.</source>
        <translation>すべてのノートブックの1つを現在のノートブックとして選択します。&lt;br/&gt;1つの項目にマウスを移動して、その詳細を確認します。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="90"/>
        <source>Notebook</source>
        <translation>ノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="94"/>
        <source>This title bar contains buttons and menu to manage notebooks and notes.</source>
        <translation>このタイトルバーには、ノートブックとノートを管理するためのボタンとメニューが含まれています。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="98"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="106"/>
        <source>Toggle Recycle Bin Node</source>
        <translation>ごみ箱ノードの切り替え</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="118"/>
        <source>&amp;Manage Notebooks</source>
        <translation>ノートブックの管理(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="130"/>
        <source>External Files</source>
        <translation>外部ファイル</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="133"/>
        <source>Show External Files</source>
        <translation>外部ファイルを表示</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="144"/>
        <source>Import External Files When Activated</source>
        <translation>アクティブ時に外部ファイルをインポート</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="205"/>
        <location filename="../../../widgets/notebookexplorer.cpp" line="326"/>
        <source>Could not create folder within Recycle Bin.</source>
        <translation>ごみ箱内にフォルダを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="227"/>
        <location filename="../../../widgets/notebookexplorer.cpp" line="285"/>
        <source>Could not create note within Recycle Bin.</source>
        <translation>ごみ箱内にノートを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="258"/>
        <source>Please first create a notebook to hold your data.</source>
        <translation>まず、データを保持するノートブックを作成してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="292"/>
        <source>Select Files To Import</source>
        <translation>インポートするファイルを選択</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="303"/>
        <source>Failed to add file (%1) as node (%2).
</source>
        <translation>ファイル (%1) をノード(%2)として追加できませんでした。
</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="367"/>
        <source>View By Configuration</source>
        <translation>設定順に表示</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="373"/>
        <source>View By Name</source>
        <translation>名前順による表示</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="378"/>
        <source>View By Name (Reversed)</source>
        <translation>名前順による表示(逆順)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="383"/>
        <source>View By Created Time</source>
        <translation>作成日時順の表示</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="388"/>
        <source>View By Created Time (Reversed)</source>
        <translation>作成日時順の表示(逆順)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="393"/>
        <source>View By Modified Time</source>
        <translation>変更日時順の表示</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebookexplorer.cpp" line="398"/>
        <source>View By Modified Time (Reversed)</source>
        <translation>変更日時順の表示(逆順)</translation>
    </message>
</context>
<context>
    <name>vnotex::NotebookInfoWidget</name>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="46"/>
        <source>Basic Information</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="51"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="56"/>
        <source>Name of notebook</source>
        <translation>ノートブックの名前</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="59"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="63"/>
        <source>Icon:</source>
        <translation>アイコン:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="68"/>
        <source>Description of notebook</source>
        <translation>ノートブックの説明</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="71"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="76"/>
        <source>Root folder:</source>
        <translation>ルートフォルダ:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="85"/>
        <source>Type of notebook</source>
        <translation>ノートブックの種類</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="87"/>
        <source>Specify the type of notebook.&lt;br/&gt;</source>
        <translation>ノートブックの種類を指定します。&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="91"/>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="163"/>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="179"/>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="195"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br/&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="101"/>
        <source>Path of notebook root folder</source>
        <translation>ノートブックのルートフォルダのパス</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="102"/>
        <source>&lt;b&gt;Notebook Root Folder&lt;/b&gt; is the folder containing all data of one notebook in %1.</source>
        <translation>&lt;b&gt;ノートブックルートフォルダ&lt;/b&gt;は %1 内の1つのノートブックのすべてのデータを含むフォルダです。</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="110"/>
        <source>Browse</source>
        <translation>ブラウズ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="116"/>
        <source>Select Notebook Root Folder</source>
        <translation>ノートブックルートフォルダ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="133"/>
        <source>Advanced Information</source>
        <translation>詳細情報</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="138"/>
        <source>Configuration manager:</source>
        <translation>設定マネージャ:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="143"/>
        <source>Version control:</source>
        <translation>バージョン管理:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="148"/>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="157"/>
        <source>Configuration manager of notebook</source>
        <translation>ノートブックの設定マネージャ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="159"/>
        <source>Specify configruation manager of notebook.&lt;br/&gt;</source>
        <translation>ノートブックの設定マネージャを指定してください。&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="173"/>
        <source>Version control of notebook</source>
        <translation>ノートブックのバージョン管理</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="175"/>
        <source>Specify version control of notebook.&lt;br/&gt;</source>
        <translation>ノートブックのバージョン管理を指定します。&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="189"/>
        <source>Backend of notebook</source>
        <translation>ノートブックのバックエンド</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/notebookinfowidget.cpp" line="191"/>
        <source>Specify backend of notebook.&lt;br/&gt;</source>
        <translation>ノートブックのバックエンドを指定してください。&lt;br/&gt;</translation>
    </message>
</context>
<context>
    <name>vnotex::NotebookNodeExplorer</name>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="345"/>
        <source>Failed to load nodes of notebook (%1) (%2).</source>
        <translation>ノートブック(%1)(%2)のノードをロードできませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="463"/>
        <source>Recycle bin of this notebook. Deleted files could be found here. It is organized in folders named by date. Nodes could be moved to other folders by Cut and Paste.</source>
        <translation>このノートのごみ箱です。削除されたファイルはここにあります。日付順のフォルダに整理されています。ノードは、[切り取り]と[貼り付け]によって他のフォルダに移動できます。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="484"/>
        <source>Recycle Bin</source>
        <translation>ごみ箱</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="497"/>
        <source>[Invalid] %1</source>
        <translation>[無効] %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="505"/>
        <source>[External] %1</source>
        <translation>[外部] %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="924"/>
        <source>New N&amp;ote</source>
        <translation>新規ノート(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="934"/>
        <source>New &amp;Folder</source>
        <translation>新規フォルダ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="944"/>
        <source>&amp;Properties (Rename)</source>
        <translation>プロパティ(名前変更)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="969"/>
        <source>Open &amp;Location</source>
        <translation>場所を開く(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1007"/>
        <source>Cop&amp;y Path</source>
        <translation>パスをコピー(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1027"/>
        <source>Copied path: %1</source>
        <translation>コピーされたファイルパス: %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1033"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1041"/>
        <source>C&amp;ut</source>
        <translation>切り取り(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1049"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1057"/>
        <source>&amp;Empty</source>
        <translation>ごみ箱を空にする(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1063"/>
        <source>Empty the recycle bin of this notebook?</source>
        <translation>このノートブックのごみ箱を空にする</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1064"/>
        <source>All files in recycle bin will be deleted permanently.</source>
        <translation>ごみ箱内のすべてのファイルが完全に削除されます。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1065"/>
        <source>Location of recycle bin: %1</source>
        <translation>ごみ箱の場所: %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1074"/>
        <source>Failed to empty recycle bin (%1) (%2).</source>
        <translation>ごみ箱(%1)(%2)を空にできませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1083"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1092"/>
        <source>&amp;Delete From Recycle Bin</source>
        <translation>ごみ箱から削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1100"/>
        <source>&amp;Remove From Index</source>
        <translation>インデックスから削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1106"/>
        <source>&amp;Sort</source>
        <translation>整列(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1112"/>
        <source>Re&amp;load</source>
        <translation>再ロード(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1121"/>
        <source>Relo&amp;ad Index From Disk</source>
        <translation>ディスクからインデックスを再作成(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1139"/>
        <source>&amp;Import To Index</source>
        <translation>インデックスに読み込む(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1148"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1154"/>
        <source>&amp;Expand All	*</source>
        <translation>全て展開(&amp;E)	*</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1188"/>
        <source>Copied %n item(s)</source>
        <translation>
            <numerusform>%n アイテムをコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1279"/>
        <source>Invalid clipboard data to paste.</source>
        <translation>貼り付けるクリップボードデータが無効です。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1294"/>
        <source>Destination is detected in sources (%1). Operation is cancelled.</source>
        <translation>宛先がソース(%1)で検出されました。操作がキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1327"/>
        <source>Failed to copy source (%1) to destination (%2) (%3).</source>
        <translation>コピー元(%1)をコピー先(%2)(%3)にコピーできませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1352"/>
        <source>Pasted %n item(s)</source>
        <translation>
            <numerusform>%n アイテムを貼り付けました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1381"/>
        <source>Delete these folders and notes permanently?</source>
        <translation>これらのフォルダとメモを完全に削除しますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1382"/>
        <source>Files will be deleted permanently and could not be found even in operating system&apos;s recycle bin.</source>
        <translation>ファイルは永久に削除され、オペレーティングシステムのごみ箱にもはいりません。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1385"/>
        <source>Delete these folders and notes?</source>
        <translation>これらのフォルダとメモを削除しますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1386"/>
        <source>Deleted files could be found in the recycle bin of notebook.</source>
        <translation>削除されたファイルはノートブックのごみ箱にあります。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1389"/>
        <source>Confirm Deletion</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1462"/>
        <source>Failed to delete/remove item (%1) (%2) (%3).</source>
        <translation>アイテム(%1)(%2)(%3)の削除/削除に失敗しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1478"/>
        <source>Deleted/Removed %n item(s)</source>
        <translation>
            <numerusform>%nアイテムを削除しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1483"/>
        <source>Confirm Removal</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1484"/>
        <source>Remove these folders and notes from index?</source>
        <translation>これらのフォルダとメモをインデックスから削除しますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1485"/>
        <source>Files are not touched but just removed from notebook index.</source>
        <translation>ファイルには触れずに、ただインデックスから削除されます。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1689"/>
        <source>Sort Folders</source>
        <translation>フォルダの整列</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1689"/>
        <source>Sort Notes</source>
        <translation>ノートの整列</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1690"/>
        <source>Sort nodes under %1 (%2) in the configuration file.</source>
        <translation>設定ファイル内の%1(%2)以下のノードを整列します。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1691"/>
        <source>notebook</source>
        <translation>ノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1691"/>
        <source>folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1702"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1702"/>
        <source>Created Time</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1702"/>
        <source>Modified Time</source>
        <translation>最終変更日時</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1841"/>
        <source>Invalid node (%1).</source>
        <translation>無効なノード(%1)です。</translation>
    </message>
    <message>
        <location filename="../../../widgets/notebooknodeexplorer.cpp" line="1842"/>
        <source>Please check if the node exists on the disk.</source>
        <translation>ノードがディスク上に存在するかどうかを確認してください。</translation>
    </message>
</context>
<context>
    <name>vnotex::NotebookSelector</name>
    <message>
        <location filename="../../../widgets/notebookselector.cpp" line="83"/>
        <source>Notebook: %1
Root folder: %2
Description: %3</source>
        <translation>ノートブック:%1
ルートフォルダ:%2
説明:%3</translation>
    </message>
</context>
<context>
    <name>vnotex::OutlinePopup</name>
    <message>
        <location filename="../../../widgets/outlinepopup.cpp" line="29"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
</context>
<context>
    <name>vnotex::OutlineProvider</name>
    <message>
        <location filename="../../../widgets/outlineprovider.h" line="91"/>
        <source>[EMPTY]</source>
        <translation>[空]</translation>
    </message>
</context>
<context>
    <name>vnotex::OutlineViewer</name>
    <message>
        <location filename="../../../widgets/outlineviewer.cpp" line="94"/>
        <source>Decrease Expansion Level</source>
        <translation type="unfinished">展開レベルを下げる</translation>
    </message>
    <message>
        <location filename="../../../widgets/outlineviewer.cpp" line="109"/>
        <source>Increase Expansion Level</source>
        <translation type="unfinished">展開レベルの上げる</translation>
    </message>
    <message>
        <location filename="../../../widgets/outlineviewer.cpp" line="291"/>
        <source>Expansion level: %1</source>
        <translation type="unfinished">展開レベル: %1</translation>
    </message>
</context>
<context>
    <name>vnotex::SearchPanel</name>
    <message>
        <location filename="../../../search/searchtoken.cpp" line="141"/>
        <source>Full-text search.</source>
        <translation>全文検索。</translation>
    </message>
    <message>
        <location filename="../../../search/searchtoken.cpp" line="143"/>
        <source>Search in case sensitive.</source>
        <translation>大文字と小文字を区別して検索します。</translation>
    </message>
    <message>
        <location filename="../../../search/searchtoken.cpp" line="146"/>
        <source>Search by regular expression.</source>
        <translation>正規表現で検索します。</translation>
    </message>
    <message>
        <location filename="../../../search/searchtoken.cpp" line="149"/>
        <source>Search whole word only.</source>
        <translation>単語全体のみを検索します。</translation>
    </message>
    <message>
        <location filename="../../../search/searchtoken.cpp" line="152"/>
        <source>Do a fuzzy search (not applicable to content search).</source>
        <translation>あいまい検索を実行します(コンテンツ検索には適用されません)。</translation>
    </message>
    <message>
        <location filename="../../../search/searchtoken.cpp" line="155"/>
        <source>Do an OR combination of keywords.</source>
        <translation>キーワードのOR結合を実行します。</translation>
    </message>
    <message>
        <location filename="../../../search/searchtoken.cpp" line="158"/>
        <source>Keywords to search.</source>
        <translation>検索するキーワード。</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="87"/>
        <source>Keyword:</source>
        <translation>キーワード:</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="90"/>
        <source>Buffers</source>
        <translation>バッファ</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="91"/>
        <source>Current Folder</source>
        <translation>現在のフォルダ</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="92"/>
        <source>Current Notebook</source>
        <translation>現在のノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="93"/>
        <source>All Notebooks</source>
        <translation>全てのノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="94"/>
        <source>Scope:</source>
        <translation>範囲:</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="111"/>
        <source>Wildcard pattern of files to search</source>
        <translation>検索するファイルのワイルドカードパターン</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="114"/>
        <source>File pattern:</source>
        <translation>ファイルパターン:</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="136"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="140"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="144"/>
        <source>Toggle Location List</source>
        <translation>ロケーションリストを切り替え</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="150"/>
        <source>Advanced Settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="165"/>
        <source>Object:</source>
        <translation>オブジェクト:</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="167"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="170"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="173"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="176"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="179"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="187"/>
        <source>Target:</source>
        <translation>ターゲット:</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="189"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="192"/>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="195"/>
        <source>Notebook</source>
        <translation>ノートブック</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="203"/>
        <source>Option:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="205"/>
        <source>&amp;Case sensitive</source>
        <translation>大文字と小文字を区別(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="211"/>
        <source>&amp;Plain text</source>
        <translation>プレーンテキスト(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="215"/>
        <source>&amp;Whole word only</source>
        <translation>単語全体のみ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="219"/>
        <source>&amp;Fuzzy search</source>
        <translation>あいまい検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="223"/>
        <source>Re&amp;gular expression</source>
        <translation>正規表現(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="320"/>
        <source>Search finished: %1</source>
        <translation>検索が終了しました:%1</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="492"/>
        <source>Invalid keyword</source>
        <translation>キーワードが無効です</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="497"/>
        <source>No object specified</source>
        <translation>オブジェクトが指定されていません</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="502"/>
        <source>No target specified</source>
        <translation>ターゲットが指定されていません</translation>
    </message>
    <message>
        <location filename="../../../widgets/searchpanel.cpp" line="508"/>
        <source>Fuzzy search is not allowed when searching content</source>
        <translation>コンテンツの検索時にあいまい検索はできません</translation>
    </message>
</context>
<context>
    <name>vnotex::SearchTranslate</name>
    <message>
        <location filename="../../../search/searchdata.h" line="29"/>
        <source>Idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <location filename="../../../search/searchdata.h" line="32"/>
        <source>Busy</source>
        <translation>ビジー</translation>
    </message>
    <message>
        <location filename="../../../search/searchdata.h" line="35"/>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../../search/searchdata.h" line="38"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../../search/searchdata.h" line="41"/>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>vnotex::Searcher</name>
    <message numerus="yes">
        <location filename="../../../search/searcher.cpp" line="53"/>
        <source>Searching %n buffer(s)</source>
        <translation>
            <numerusform>%nバッファを検索中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../search/searcher.cpp" line="88"/>
        <source>Searching folder (%1)</source>
        <translation>フォルダ(%1)を検索しています</translation>
    </message>
    <message>
        <location filename="../../../search/searcher.cpp" line="129"/>
        <source>Searching notebook (%1)</source>
        <translation>ノートブック(%1)を検索しています</translation>
    </message>
    <message>
        <location filename="../../../search/searcher.cpp" line="164"/>
        <source>Failed to compile tokens (%1)</source>
        <translation>単語トークンの抽出に失敗しました(%1)</translation>
    </message>
    <message>
        <location filename="../../../search/searcher.cpp" line="221"/>
        <location filename="../../../search/searcher.cpp" line="421"/>
        <source>Searching outline is not supported yet</source>
        <translation>アウトラインの検索はサポートされていません</translation>
    </message>
    <message>
        <location filename="../../../search/searcher.cpp" line="225"/>
        <location filename="../../../search/searcher.cpp" line="425"/>
        <source>Searching tag is not supported yet</source>
        <translation>検索タグはまだサポートされていません</translation>
    </message>
</context>
<context>
    <name>vnotex::SelectDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/selectdialog.cpp" line="28"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>vnotex::SettingsDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/settings/settingsdialog.cpp" line="45"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/settingsdialog.cpp" line="53"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>vnotex::SortDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/sortdialog.cpp" line="66"/>
        <source>&amp;Top</source>
        <translation>最上部(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/sortdialog.cpp" line="73"/>
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/sortdialog.cpp" line="80"/>
        <source>&amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/sortdialog.cpp" line="87"/>
        <source>&amp;Bottom</source>
        <translation>最下部(&amp;B)</translation>
    </message>
</context>
<context>
    <name>vnotex::TableInsertDialog</name>
    <message>
        <location filename="../../../widgets/dialogs/tableinsertdialog.cpp" line="28"/>
        <source>Row count of the table body</source>
        <translation>テーブル本体の行数</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/tableinsertdialog.cpp" line="32"/>
        <source>Row:</source>
        <translation>行:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/tableinsertdialog.cpp" line="36"/>
        <source>Column count of the table</source>
        <translation>テーブルの列数</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/tableinsertdialog.cpp" line="40"/>
        <source>Column:</source>
        <translation>列:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/tableinsertdialog.cpp" line="44"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/tableinsertdialog.cpp" line="45"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/tableinsertdialog.cpp" line="46"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/tableinsertdialog.cpp" line="47"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/tableinsertdialog.cpp" line="56"/>
        <source>Alignment:</source>
        <translation>整列:</translation>
    </message>
</context>
<context>
    <name>vnotex::TextEditorPage</name>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="30"/>
        <source>Line number type</source>
        <translation>行番号タイプ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="32"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="33"/>
        <source>Absolute</source>
        <translation>絶対行番号</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="34"/>
        <source>Relative</source>
        <translation>相対行番号</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="36"/>
        <source>Line number:</source>
        <translation>行番号:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="44"/>
        <source>Fold text</source>
        <translation>テキストを折りたたむ</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="46"/>
        <source>Text folding</source>
        <translation>テキストの折り畳み</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="55"/>
        <source>Input mode like Vi</source>
        <translation>Viのような入力モード</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="57"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="58"/>
        <source>Vi</source>
        <translation>Vi</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="60"/>
        <source>Input mode:</source>
        <translation>入力モード:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="69"/>
        <source>Force to center text cursor</source>
        <translation>テキストカーソルを強制的に中央揃えにする</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="71"/>
        <source>Never</source>
        <translation>常にしない</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="72"/>
        <source>Always Center</source>
        <translation>常に中央</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="73"/>
        <source>Center On Bottom</source>
        <translation>下部の中心</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="75"/>
        <source>Center cursor:</source>
        <translation>中央カーソル:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="84"/>
        <source>Word wrap mode of editor</source>
        <translation>エディタの行折り返しモード</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="86"/>
        <source>No Wrap</source>
        <translation>折り返しなし</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="87"/>
        <source>Word Wrap</source>
        <translation>ワード折り返し</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="88"/>
        <source>Wrap Anywhere</source>
        <translation>任意の場所で折り返し</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="89"/>
        <source>Word Wrap Or Wrap Anywhere</source>
        <translation>ワード折り返しまたは任意の場所で折り返し</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="91"/>
        <source>Wrap mode:</source>
        <translation>折り返しモード:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="99"/>
        <source>Expand Tab</source>
        <translation>タブを展開</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="101"/>
        <source>Expand Tab into spaces</source>
        <translation>タブをスペースに展開</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="110"/>
        <source>Number of spaces to use where Tab is needed</source>
        <translation>タブが必要な場所で使用するスペースの数</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="115"/>
        <source>Tab stop width:</source>
        <translation>タブストップの幅:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="124"/>
        <source>Zoom delta of the basic font size</source>
        <translation>基本フォントサイズのズーム差</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="129"/>
        <source>Zoom delta:</source>
        <translation>ズーム差:</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="137"/>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="139"/>
        <source>Spell check</source>
        <translation>スペルチェック</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/texteditorpage.cpp" line="225"/>
        <source>Text Editor</source>
        <translation>テキストエディタ</translation>
    </message>
</context>
<context>
    <name>vnotex::ThemeMgr</name>
    <message>
        <location filename="../../../core/thememgr.cpp" line="222"/>
        <location filename="../../../core/thememgr.cpp" line="228"/>
        <source>[Theme] %1 %2</source>
        <translation>[テーマ] %1 %2</translation>
    </message>
</context>
<context>
    <name>vnotex::ThemePage</name>
    <message>
        <location filename="../../../widgets/dialogs/settings/themepage.cpp" line="49"/>
        <source>Refresh</source>
        <translation>再表示</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/themepage.cpp" line="57"/>
        <source>Add/Delete</source>
        <translation>追加/削除</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/themepage.cpp" line="65"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/themepage.cpp" line="68"/>
        <source>Open Location</source>
        <translation>場所を開く</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/themepage.cpp" line="78"/>
        <source>No Preview Available</source>
        <translation>プレビューがありません</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/themepage.cpp" line="91"/>
        <source>Style Override</source>
        <translation>優先スタイル</translation>
    </message>
    <message>
        <location filename="../../../widgets/dialogs/settings/themepage.cpp" line="111"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
</context>
<context>
    <name>vnotex::TitleBar</name>
    <message>
        <location filename="../../../widgets/titlebar.cpp" line="90"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../../../widgets/titlebar.cpp" line="94"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>vnotex::TitleToolBar</name>
    <message>
        <location filename="../../../widgets/titletoolbar.cpp" line="77"/>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <location filename="../../../widgets/titletoolbar.cpp" line="84"/>
        <location filename="../../../widgets/titletoolbar.cpp" line="118"/>
        <source>Maximize</source>
        <translation>最大化</translation>
    </message>
    <message>
        <location filename="../../../widgets/titletoolbar.cpp" line="90"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../../widgets/titletoolbar.cpp" line="115"/>
        <source>Restore Down</source>
        <translation>復元ダウン</translation>
    </message>
</context>
<context>
    <name>vnotex::ViewSplit</name>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="122"/>
        <source>Windows List</source>
        <translation>ウインドウリスト</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="146"/>
        <source>Workspaces and Splits</source>
        <translation>ワークスペースと分割</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="396"/>
        <source>No window to show here</source>
        <translation>ここに表示するウィンドウがありません</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="428"/>
        <source>Workspaces</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="444"/>
        <source>Workspace %1</source>
        <translation>ワークスペース%1</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="460"/>
        <source>New Workspace</source>
        <translation>新しいワークスペース</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="467"/>
        <source>Remove Workspace</source>
        <translation>ワークスペースを削除</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="475"/>
        <source>Split</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="478"/>
        <source>Vertical Split</source>
        <translation>垂直分割</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="486"/>
        <source>Horizontal Split</source>
        <translation>水平分割</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="492"/>
        <source>Maximize Split</source>
        <translation>分割の最大化</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="498"/>
        <source>Distribute Splits</source>
        <translation>分割を整列する</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="504"/>
        <source>Remove Split</source>
        <translation>分割終了</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="509"/>
        <source>Remove Split And Workspace</source>
        <translation>分割とワークスペースを削除</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="522"/>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="530"/>
        <source>Close Other Tabs</source>
        <translation>他のタブを閉じる</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="546"/>
        <source>Close Tabs To The Right</source>
        <translation>右側のタブを閉じる</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="557"/>
        <source>Copy Path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="563"/>
        <source>Copied path: %1</source>
        <translation>コピーされたファイルパス: %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="568"/>
        <source>Open Location</source>
        <translation>場所を開く</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewsplit.cpp" line="580"/>
        <source>Locate Node</source>
        <translation>ノードの検索</translation>
    </message>
</context>
<context>
    <name>vnotex::ViewWindow</name>
    <message numerus="yes">
        <location filename="../../../widgets/attachmentdragdropareaindicator.cpp" line="38"/>
        <source>Attached %n file(s)</source>
        <translation>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="195"/>
        <location filename="../../../widgets/viewwindow.cpp" line="214"/>
        <source>[No Buffer]</source>
        <translation>[バッファなし]</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="506"/>
        <source>Save changes before closing note (%1)?</source>
        <translation>ノート(%1)を閉じる前に変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="507"/>
        <location filename="../../../widgets/viewwindow.cpp" line="567"/>
        <source>Note path (%1).</source>
        <translation>ノートのパス(%1)</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="566"/>
        <source>Discard changes to note (%1)?</source>
        <translation>ノート(%1)への変更を破棄しますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="636"/>
        <source>Found backup file (%1) of file (%2). Do you want to recover from backup file?</source>
        <translation>ファイル(%2)のバックアップファイル(%1)が見つかりました。バックアップファイルからリカバリしますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="637"/>
        <source>&apos;Yes&apos; to recover from backup file, &apos;No&apos; to discard it, and &apos;Cancel&apos; to exit.</source>
        <translation>バックアップファイルからリカバリする場合は[はい]、破棄する場合は[いいえ]、終了する場合は[キャンセル]をクリックします。</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="638"/>
        <source>It may be caused by crash while editing this file before.

File last modified time: %1
Backup file last modified time: %2</source>
        <translation>以前このファイルを編集中にクラッシュが発生した可能性があります。

ファイルの最終変更時刻:%1
バックアップファイルの最終変更時刻:%2</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="667"/>
        <source>Drag And Drop Files To Attach</source>
        <translation>添付するファイルをドラッグアンドドロップ</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="732"/>
        <source>File is missing on disk (%1).</source>
        <translation>ディスク(%1)にファイルがありません。</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="733"/>
        <source>Do you want to force to save the buffer to the file?</source>
        <translation>バッファをファイルに保存しますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="734"/>
        <source>The file may be deleted from outside. Please choose to save the buffer to a new file or just discard it.</source>
        <translation>ファイルが外部から削除されている可能性があります。バッファを新しいファイルに保存するか、破棄するかを選択してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="754"/>
        <source>File is changed from outside (%1).</source>
        <translation>ファイルが外部(%1)から変更されました。</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="755"/>
        <source>Do you want to save the buffer to the file to override, or discard the buffer?</source>
        <translation>上書きするファイルにバッファを保存しますか?それともバッファを破棄しますか?</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="756"/>
        <source>The file is changed from outside. Please choose to save the buffer to the file or just discard the buffer and reload the file.</source>
        <translation>ファイルが外部から変更されました。バッファをファイルに保存するか、バッファを破棄してファイルを再ロードするかを選択してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="803"/>
        <source>This is a read-only note (%1), on which modification is not allowed.</source>
        <translation>これは読み取り専用のノート(%1)です。変更はできません。</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="804"/>
        <source>Please save your changes to another note.</source>
        <translation>手動で変更を他のノートとして保存してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="812"/>
        <source>Failed to save note (%1).</source>
        <translation>ノート(%1)を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="813"/>
        <source>Please check the file (%1) and try it again.</source>
        <translation>ファイルを確認してからもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="814"/>
        <source>Maybe the file is occupied by another service temporarily.</source>
        <translation>ファイルが一時的に他のサービスに占有されている可能性があります。</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="880"/>
        <source>Zoomed: %1%</source>
        <translation>ズーム: %1%</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="885"/>
        <source>Zoomed: %1%2</source>
        <translation>ズーム: %1%2</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="1020"/>
        <location filename="../../../widgets/viewwindow.cpp" line="1029"/>
        <source>Pattern not found: %1</source>
        <translation>パターンが見つかりません:%1</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindow.cpp" line="1022"/>
        <source>Match found: %1/%2</source>
        <translation>一致が見つかりました: %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../widgets/viewwindow.cpp" line="1031"/>
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="89"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="96"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="98"/>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="100"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="119"/>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="128"/>
        <source>Heading 1</source>
        <translation>見出し1</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="135"/>
        <source>Heading 2</source>
        <translation>見出し2</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="142"/>
        <source>Heading 3</source>
        <translation>見出し3</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="149"/>
        <source>Heading 4</source>
        <translation>見出し4</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="156"/>
        <source>Heading 5</source>
        <translation>見出し5</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="163"/>
        <source>Heading 6</source>
        <translation>見出し6</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="170"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="183"/>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="189"/>
        <source>Italic</source>
        <translation>イタリック体</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="195"/>
        <source>Strikethrough</source>
        <translation>取り消し線</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="201"/>
        <source>Unordered List</source>
        <translation>順序なしリスト</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="207"/>
        <source>Ordered List</source>
        <translation>順序付きリスト</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="213"/>
        <source>Todo List</source>
        <translation>TODOリスト</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="219"/>
        <source>Checked Todo List</source>
        <translation>チェックされたToDoリスト</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="225"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="231"/>
        <source>Code Block</source>
        <translation>コードブロック</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="237"/>
        <source>Math</source>
        <translation>数式</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="243"/>
        <source>Math Block</source>
        <translation>数式ブロック</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="249"/>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="255"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="261"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="267"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="273"/>
        <source>Mark</source>
        <translation>マーク</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="280"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="295"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="312"/>
        <source>Find And Replace</source>
        <translation>検索/置換</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="320"/>
        <source>Section Number</source>
        <translation>セクション番号</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="330"/>
        <source>Follow Configuration</source>
        <translation>設定に従う</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="336"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../../widgets/viewwindowtoolbarhelper.cpp" line="341"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
</context>
</TS>
