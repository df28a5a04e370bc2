<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnalyzeDialog</name>
    <message>
        <location filename="../src/ui/AnalyzeDialog.ui" line="23"/>
        <source>AnalyzeDialog</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../src/ui/AnalyzeDialog.ui" line="127"/>
        <source>Analyze</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../src/ui/AnalyzeDialog.ui" line="144"/>
        <source>or select recent project</source>
        <translation type="unfinished">または最近使ったプロジェクトを選択</translation>
    </message>
    <message>
        <source>Analyze game projects and create translation files.</source>
        <extracomment>ゲームプロジェクトを解析して翻訳ファイルを作成します</extracomment>
        <translation type="obsolete">ゲームプロジェクトを解析して翻訳ファイルを作成します。</translation>
    </message>
    <message>
        <location filename="../src/ui/AnalyzeDialog.ui" line="65"/>
        <source>Drop your game project folder here!</source>
        <translation>ここにゲームプロジェクトのフォルダをドロップ!</translation>
    </message>
    <message>
        <location filename="../src/ui/AnalyzeDialog.ui" line="90"/>
        <source>LangscoreProjectPath</source>
        <translation>Langscoreプロジェクトのパス</translation>
    </message>
    <message>
        <location filename="../src/ui/AnalyzeDialog.cpp" line="54"/>
        <source>If you see this text, contact support through Ci-en or other means.</source>
        <translation>このテキストが表示される場合、Ci-en等からサポートに問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/AnalyzeDialog.cpp" line="55"/>
        <source>https://ci-en.net/creator/16302</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClipDetectSettingTreeDelegate</name>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="35"/>
        <source>Not Detect</source>
        <translation>検出しない</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="36"/>
        <source>Char Length</source>
        <translation>文字数</translation>
    </message>
    <message>
        <source>Text Length</source>
        <translation type="vanished">文章の数</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="37"/>
        <source>Text Width</source>
        <translation>文章の表示長</translation>
    </message>
</context>
<context>
    <name>ClipDetectSettingTreeModel</name>
    <message>
        <source>Text Length : %1</source>
        <translation type="vanished">テキストの長さ %1</translation>
    </message>
    <message>
        <source>Text Width : %1</source>
        <translation type="vanished">テキストの横幅 %1</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="400"/>
        <source>Text Length</source>
        <translation>文章の数</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="403"/>
        <source>Text Width</source>
        <translation>文章の表示長</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="406"/>
        <source>Not Detect</source>
        <translation>検出しない</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="422"/>
        <source>Multiple settings</source>
        <translation>複数の設定</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="463"/>
        <source>Add this if the plugin uses its own control characters.
The control characters will no longer be counted as characters.
No need to enter &quot;\&quot;</source>
        <translation>プラグイン独自の制御文字を使用している場合に追加して下さい。
制御文字が文字数としてカウントされなくなります。
&quot;\&quot;の入力は必要ありません</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="690"/>
        <source>Batch assignment</source>
        <translation>一括で指定</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="716"/>
        <source>Specify by file</source>
        <translation>ファイル単位で指定</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="803"/>
        <source>Other Settings</source>
        <translation>その他の設定</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="812"/>
        <source>control character</source>
        <translation>制御文字</translation>
    </message>
</context>
<context>
    <name>ColorDialog</name>
    <message>
        <location filename="../ColorDialog.cpp" line="8"/>
        <source>Color Dialog</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FileTree</name>
    <message>
        <source>Unchecking the box excludes this script from translation.</source>
        <translation type="obsolete">チェックを外すと、このスクリプトを翻訳から除外します。</translation>
    </message>
    <message>
        <source>Main Tree Change Enable State</source>
        <translation type="obsolete">メインツリーのチェックを変更</translation>
    </message>
    <message>
        <source>Script Tree Change Enable State</source>
        <translation type="obsolete">スクリプトツリーのチェックを変更</translation>
    </message>
    <message>
        <source>Graphics Tree Change Enable State</source>
        <translation type="obsolete">画像ツリーのチェックを変更</translation>
    </message>
    <message>
        <source>Change Tree State : %1</source>
        <translation type="obsolete">ツリーの状態を変更 : %1</translation>
    </message>
</context>
<context>
    <name>FirstWriteDialog</name>
    <message>
        <location filename="../src/ui/FirstWriteDialog.ui" line="29"/>
        <source>Dialog</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/FirstWriteDialog.ui" line="40"/>
        <source>CSV Output Path</source>
        <translation>CSV出力先のパス</translation>
    </message>
    <message>
        <location filename="../src/ui/FirstWriteDialog.ui" line="62"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/ui/FirstWriteDialog.ui" line="71"/>
        <source>Enable Language Patch Mode</source>
        <extracomment>言語パッチモードを有効にする</extracomment>
        <translation>言語パッチモードを有効にする</translation>
    </message>
    <message>
        <location filename="../src/ui/FirstWriteDialog.ui" line="78"/>
        <source>Backup files to be overwritten</source>
        <extracomment>上書きされるファイルをバックアップ</extracomment>
        <translation>上書きされるファイルをバックアップ</translation>
    </message>
    <message>
        <location filename="../src/ui/FirstWriteDialog.cpp" line="16"/>
        <source>Write</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../src/ui/FirstWriteDialog.cpp" line="22"/>
        <source>Select Export Directory</source>
        <translation>出力先ディレクトリを選択</translation>
    </message>
    <message>
        <location filename="../src/ui/FirstWriteDialog.cpp" line="84"/>
        <source>The path must be a directory!</source>
        <translation>パスはディレクトリである必要があります！</translation>
    </message>
</context>
<context>
    <name>FormTaskBar</name>
    <message>
        <location filename="../src/ui/FormTaskBar.ui" line="26"/>
        <source>Form</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.ui" line="66"/>
        <source>Langscore</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="85"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="86"/>
        <source>Open Game Project...</source>
        <translation>ゲームプロジェクトを開く...</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="87"/>
        <source>Save Langscore Project...</source>
        <translation>Langscoreプロジェクトを保存...</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="88"/>
        <source>Recent Project</source>
        <translation>最近開いたプロジェクト</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="91"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="97"/>
        <source>Open Game Project Folder...</source>
        <translation>ゲームプロジェクトのフォルダを開く...</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="107"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="108"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="111"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="115"/>
        <source>Show Undo View...</source>
        <translation>操作履歴を表示...</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="122"/>
        <location filename="../src/ui/FormTaskBar.cpp" line="128"/>
        <location filename="../src/ui/FormTaskBar.cpp" line="128"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="123"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="124"/>
        <source>Light</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="126"/>
        <source>Dark</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="150"/>
        <source>Color</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="158"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="160"/>
        <source>Manual... (Web site)</source>
        <translation>マニュアル...(Webサイト)</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="166"/>
        <source>History... (Web site)</source>
        <translation>更新履歴...(Webサイト)</translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="172"/>
        <source>Version : </source>
        <translation>バージョン : </translation>
    </message>
    <message>
        <location filename="../src/ui/FormTaskBar.cpp" line="213"/>
        <source>Not Found Directory. Delete this item from the history at the end of the project.</source>
        <translation>ディレクトリが見つかりません。プロジェクト終了時に履歴からこの項目を削除します。</translation>
    </message>
</context>
<context>
    <name>InvokerLogViewer</name>
    <message>
        <location filename="../src/ui/InvokerLogViewer.cpp" line="18"/>
        <source>Save log as...</source>
        <translation>ログを名前をつけて保存...</translation>
    </message>
    <message>
        <location filename="../src/ui/InvokerLogViewer.cpp" line="23"/>
        <source>Save log as</source>
        <translation>ログを名前をつけて保存</translation>
    </message>
    <message>
        <location filename="../src/ui/InvokerLogViewer.cpp" line="23"/>
        <source>Logfile (*.txt)</source>
        <translation>ログファイル (*.txt)</translation>
    </message>
</context>
<context>
    <name>LanguageSelectComponent</name>
    <message>
        <source>Default</source>
        <translation type="vanished">デフォルト</translation>
    </message>
    <message>
        <location filename="../src/ui/LanguageSelectComponent.cpp" line="13"/>
        <source>Original Language</source>
        <translation>原文の言語</translation>
    </message>
</context>
<context>
    <name>MainCSVTable</name>
    <message>
        <source>Change Script Table Check</source>
        <translation type="obsolete">スクリプトテーブルのチェックを変更</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="obsolete">原文</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="obsolete">種類</translation>
    </message>
    <message>
        <source>Change Table State : %1</source>
        <translation type="obsolete">テーブルの状態を変更 : %1</translation>
    </message>
    <message>
        <source>Change Table State : Row %1</source>
        <translation type="obsolete">テーブルの状態を変更 : 行 %1</translation>
    </message>
</context>
<context>
    <name>MainComponent</name>
    <message>
        <source>Analyze Mode</source>
        <translation type="vanished">解析モード</translation>
    </message>
    <message>
        <source>Analyze game projects and create translation files.</source>
        <extracomment>ゲームプロジェクトを解析して翻訳ファイルを作成します</extracomment>
        <translation type="vanished">ゲームプロジェクトを解析して翻訳ファイルを作成します。</translation>
    </message>
    <message>
        <source>Drop your game project folder here!</source>
        <translation type="vanished">ここにゲームプロジェクトのフォルダをドロップ!</translation>
    </message>
    <message>
        <source>LangscoreProjectPath</source>
        <translation type="vanished">Langscoreプロジェクトのパス</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation type="vanished">解析</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../MainWindow.ui" line="14"/>
        <source>langscore</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Game Project Folder...</source>
        <translation type="vanished">ゲームプロジェクトのフォルダを開く...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="78"/>
        <source>Save Projet.</source>
        <translation>プロジェクトを保存しました。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="106"/>
        <source>Edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Open Project File</source>
        <translation type="vanished">プロジェクトファイルを開く</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="227"/>
        <source>Trying to close a project.</source>
        <translation>ファイルを閉じようとしています。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="227"/>
        <source>Do you want to save the changes you made to the project?
If not, the changes will be discarded.</source>
        <translation>プロジェクトに加えた変更を保存しますか？
「いいえ」を選んだ場合、編集した内容は破棄されます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="305"/>
        <source>Command List</source>
        <translation>編集履歴</translation>
    </message>
</context>
<context>
    <name>PackingMode</name>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="17"/>
        <source>Form</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="46"/>
        <source>WriteMode</source>
        <translation>書き込みモード</translation>
    </message>
    <message>
        <source>Create Translate File Mode</source>
        <translation type="obsolete">翻訳ファイル作成モード</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="67"/>
        <source>Packing Mode</source>
        <translation>パッキングモード</translation>
    </message>
    <message>
        <source>Final check of translation files and preparation for distribution.
*Required for encryption.</source>
        <extracomment>翻訳ファイルの最終チェックや配布の準備を行います。 ※暗号化を行う場合は必須です</extracomment>
        <translation type="vanished">翻訳ファイルの最終チェックや配布の準備を行います。
 ※暗号化を行う場合は必須です。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="82"/>
        <source>Final check of translation files and preparation for distribution.
*Required for encryption for VXAce.</source>
        <extracomment>翻訳ファイルの最終チェックや配布の準備を行います。 ※暗号化を行う場合は必須です</extracomment>
        <translation>翻訳ファイルの最終チェックや配布の準備を行います。 ※暗号化を行う場合は必須です。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="101"/>
        <source>Folder with translation files</source>
        <translation>翻訳ファイルが有るフォルダ</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="123"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="134"/>
        <source>Output folder for packing files</source>
        <oldsource>Output Packing Folder</oldsource>
        <extracomment>パッキングファイルの出力先</extracomment>
        <translation>パッキングファイルの出力先</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="186"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>detect text clipping</source>
        <translation type="vanished">文章の見切れを検出</translation>
    </message>
    <message>
        <source>Not Detect</source>
        <translation type="vanished">検出しない</translation>
    </message>
    <message>
        <source>Text Length</source>
        <translation type="vanished">文章の数</translation>
    </message>
    <message>
        <source>Text Width</source>
        <translation type="vanished">文章の表示長</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="228"/>
        <source>Cannot display because CSV is invalid.</source>
        <translation>CSVが不正なので表示できません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="238"/>
        <source>TextLabel</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="266"/>
        <source>Open this CSV in an editor</source>
        <translation>このCSVをエディタで開く</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="315"/>
        <source>Text Clipping Detect</source>
        <translation>テキストの見切れ検出</translation>
    </message>
    <message>
        <source>Open Invalid CSV</source>
        <translation type="obsolete">不正なCSVを開く</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="343"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="401"/>
        <source>Check Translate File Validate</source>
        <oldsource>Check Validate</oldsource>
        <translation>翻訳ファイルの問題の確認</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.ui" line="414"/>
        <location filename="../src/ui/PackingMode.cpp" line="475"/>
        <location filename="../src/ui/PackingMode.cpp" line="475"/>
        <source>Packing Translate File</source>
        <translation>翻訳ファイルをパッキング</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation type="vanished">まとめる！</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="70"/>
        <source>Select Input Directory</source>
        <oldsource>Select Export Directory</oldsource>
        <translation>読み込むディレクトリを選択</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="88"/>
        <source>Crashed.</source>
        <translation>クラッシュしました.</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="102"/>
        <location filename="../src/ui/PackingMode.cpp" line="913"/>
        <location filename="../src/ui/PackingMode.cpp" line="913"/>
        <source>Valid!</source>
        <translation>問題なし！</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="107"/>
        <source>Complete Packing!</source>
        <translation>パッキング完了！</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="145"/>
        <source>Show in Explorer</source>
        <translation>エクスプローラーで表示</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="vanished">文章が空になっています。</translation>
    </message>
    <message>
        <source>Esc character is missing.</source>
        <translation type="vanished">制御文字が見つかりません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="481"/>
        <source>No packing is required for MV/MZ.</source>
        <translation>MV/MZではパッキングの必要はありません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="537"/>
        <source>Confirmation of save a project.</source>
        <translation>プロジェクト保存の確認</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="537"/>
        <source>The packing input directory has changed and the project needs to be saved.</source>
        <translation>パッキング入力ディレクトリを変更したため、プロジェクトを保存する必要があります。</translation>
    </message>
    <message>
        <source>The packing input directory is different and the project must be saved.</source>
        <translation type="vanished">パッキング入力ディレクトリが異なるため、プロジェクトを保存する必要があります。</translation>
    </message>
    <message>
        <source>description around row %1 may be incorrect.</source>
        <translation type="vanished">%1行目辺りの記述が不正かもしれません。</translation>
    </message>
    <message>
        <source>The description around
%2
in the %1 row may be invalid.</source>
        <translation type="vanished">%1行目の%2辺りの記述が不正かもしれません。</translation>
    </message>
    <message>
        <source>This may be due to the description around the %1 line.</source>
        <translation type="vanished">%1行目辺りの記述が原因かもしれません。</translation>
    </message>
    <message>
        <source>The description around
%2
in the %1 row may be cause.</source>
        <translation type="vanished">%1行目の
%2
辺りの記述が原因かもしれません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="249"/>
        <source>This may be due to the description around the %1 line.(line %2 for text)</source>
        <translation>%1行目(テキストなら%2行目)辺りの記述が原因かもしれません</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="253"/>
        <source>The description around
%1
may be the cause.(csv:%2 line, text:%3 line)</source>
        <translation>%1
辺りの記述が原因かもしれません。(csv:%2行目 text:%3行目)</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="857"/>
        <source> Empty Column</source>
        <translation> 空の文章</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="860"/>
        <source> Not Found Esc</source>
        <translation> 制御文字の不足</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="863"/>
        <source> Unclosed Esc</source>
        <translation> 制御文字の閉じ忘れ</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="866"/>
        <source> Include &quot;<byte value="xd"/>
&quot;</source>
        <translation> 改行文字\r\nを含んでいます</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="869"/>
        <source> The specified language does not match the language in the CSV</source>
        <translation> 指定した言語とCSV内の言語が一致していません</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="873"/>
        <source> Part of this text is cut off.</source>
        <translation> この文章は一部が見切れています。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="877"/>
        <source> This text is completely cut off.</source>
        <translation> この文章は完全に見切れています。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="881"/>
        <source> The specified number of characters has been exceeded. (num %1)</source>
        <translation> 指定した文字数を超過しています。 (%1文字)</translation>
    </message>
    <message>
        <source> The specified number of characters has been exceeded.</source>
        <translation type="vanished"> 指定した文字数を超過しています。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="886"/>
        <source> Invalid CSV, This may be due to the description around the %1 line.</source>
        <translation> 無効なCSVです。%1行目辺りの記述が原因かもしれません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="890"/>
        <source> Invalid CSV. The description around %2 in the %1 row may be cause.</source>
        <translation> 無効なCSVです。 %1 行目の %2 辺りの記述が原因かもしれません。</translation>
    </message>
    <message>
        <source> Invalid CSV, description around row %1 may be incorrect.</source>
        <translation type="vanished">無効なCSVです。%1行目辺りの記述が不正かもしれません。</translation>
    </message>
    <message>
        <source> Invalid CSV. The description around %2 in the %1 row may be invalid.</source>
        <translation type="vanished">無効なCSVです。%1行目の%2辺りの記述が不正かもしれません。</translation>
    </message>
    <message>
        <location filename="../src/ui/PackingMode.cpp" line="897"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../main.cpp" line="25"/>
        <source>The required file does not exist. Reinstall the application.</source>
        <translation>必要なファイルが存在しません。 アプリケーションを再インストールしてみてください。</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="217"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="218"/>
        <source>description</source>
        <translation>説明文</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="219"/>
        <source>messageWithIcon</source>
        <translation>アイコン付き文章</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="220"/>
        <source>battleMessage</source>
        <translation>バトルメッセージ</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="221"/>
        <source>message</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../src/ui/ClipDetectSettingTree.cpp" line="222"/>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Not Detect</source>
        <translation type="vanished">検出しない</translation>
    </message>
    <message>
        <source>Text Length</source>
        <translation type="vanished">文章の数</translation>
    </message>
    <message>
        <source>Text Width</source>
        <translation type="vanished">文章の表示長</translation>
    </message>
</context>
<context>
    <name>ScriptCSVTable</name>
    <message>
        <source>Show All Contents</source>
        <translation type="obsolete">全ての内容を表示</translation>
    </message>
    <message>
        <source>Hide Ignore Contents</source>
        <translation type="obsolete">無視にした内容を非表示</translation>
    </message>
    <message>
        <source>Uncheck Sign Only Text</source>
        <translation type="obsolete">記号のみの文のチェックを外す</translation>
    </message>
    <message>
        <source>Uncheck text that does not contain hiragana</source>
        <translation type="obsolete">日本語を含まない文章のチェックを外す</translation>
    </message>
    <message>
        <source>All Script Word Count : %1</source>
        <translation type="obsolete">全てのスクリプトの単語数 : %1</translation>
    </message>
    <message>
        <source>Change Script Table Check</source>
        <translation type="obsolete">スクリプトテーブルのチェックを変更</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="obsolete">原文</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="obsolete">種類</translation>
    </message>
    <message>
        <source>Word Count : %1</source>
        <translation type="obsolete">単語数 : %1</translation>
    </message>
    <message>
        <source>Change Table State : %1</source>
        <translation type="obsolete">テーブルの状態を変更 : %1</translation>
    </message>
    <message>
        <source>Change Table State : Row %1</source>
        <translation type="obsolete">テーブルの状態を変更 : 行 %1</translation>
    </message>
</context>
<context>
    <name>UpdatePluginDialog</name>
    <message>
        <location filename="../src/ui/UpdatePluginDialog.ui" line="29"/>
        <source>Dialog</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/UpdatePluginDialog.ui" line="38"/>
        <source>Allow more languages to be patched</source>
        <translation>言語のパッチモードを使用する</translation>
    </message>
    <message>
        <location filename="../src/ui/UpdatePluginDialog.ui" line="45"/>
        <source>If unchecked, the translation process is skipped when the default language is selected.</source>
        <extracomment>チェックを外すと、デフォルト言語が選択されている場合において翻訳処理がスキップされます。</extracomment>
        <translation>チェックを外すと、デフォルト言語が選択されている場合において翻訳処理がスキップされます。</translation>
    </message>
    <message>
        <location filename="../src/ui/UpdatePluginDialog.ui" line="48"/>
        <source>Translation process in default language</source>
        <translation>デフォルト言語の際に翻訳処理を行う</translation>
    </message>
    <message>
        <location filename="../src/ui/UpdatePluginDialog.ui" line="61"/>
        <source>Overwrite langscore Script</source>
        <translation>langscoreスクリプトを上書き</translation>
    </message>
    <message>
        <location filename="../src/ui/UpdatePluginDialog.ui" line="74"/>
        <source>Overwrite langscore_custom Script</source>
        <translation>langscore_customスクリプトを上書き</translation>
    </message>
    <message>
        <location filename="../src/ui/UpdatePluginDialog.cpp" line="19"/>
        <source>Write</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>The langscore script file has not yet been added.</source>
        <translation type="vanished">langscoreスクリプトファイルがまだ追加されていません。</translation>
    </message>
    <message>
        <source>The langscore_custom script file has not yet been added.</source>
        <translation type="vanished">langscore_customスクリプトファイルがまだ追加されていません。</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="29"/>
        <source>Dialog</source>
        <translation></translation>
    </message>
    <message>
        <source>Output Path</source>
        <translation type="vanished">出力先</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="62"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Export files by language</source>
        <translation type="vanished">言語ごとに書き出す</translation>
    </message>
    <message>
        <source>Backup affected files</source>
        <translation type="vanished">影響のあるファイルをバックアップする</translation>
    </message>
    <message>
        <source>Overwrite langscore Script</source>
        <oldsource>Update langscore Script</oldsource>
        <translation type="vanished">langscoreスクリプトを上書き</translation>
    </message>
    <message>
        <source>Overwrite langscore_custom Script</source>
        <oldsource>Update langscore_custom Script</oldsource>
        <translation type="vanished">langscore_customスクリプトを上書き</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="40"/>
        <source>CSV Output Path</source>
        <translation>CSV出力先のパス</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="220"/>
        <source>Enable Language Patch Mode</source>
        <extracomment>言語パッチモードを有効にする</extracomment>
        <translation>言語パッチモードを有効にする</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="210"/>
        <source>Backup files to be overwritten</source>
        <extracomment>上書きされるファイルをバックアップ</extracomment>
        <translation>上書きされるファイルをバックアップ</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="130"/>
        <source>The file already exists!</source>
        <translation>既にファイルが存在しています！</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="159"/>
        <source>Leave and overwrite existing translations</source>
        <extracomment>既存の翻訳を残して上書き</extracomment>
        <translation>既存の翻訳を残して上書き</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="172"/>
        <source>Leave both (manual editing is required)</source>
        <extracomment>両方残す (手動で編集が必要になります)</extracomment>
        <translation>両方残す (手動での編集が必要になります)</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="188"/>
        <source>Overwrite by New  (Translations already written will be erased.)</source>
        <extracomment>新しい内容で上書き(既存の内容は消されます)</extracomment>
        <translation>新しい内容で上書き(既存の内容は消されます)</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="227"/>
        <source>If you check this box, the same content as the original column will be reflected in the default language as well.</source>
        <extracomment>チェックを付けた場合、オリジナル列と同じ内容がデフォルト言語にも反映されます。</extracomment>
        <translation>チェックを付けた場合、オリジナル列と同じ内容がデフォルト言語にも反映されます。</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="230"/>
        <source>Fill in the column for the default language.</source>
        <translation>デフォルト言語の列を埋める</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="237"/>
        <source>If checked, newly added text will be appended to the end.
If unchecked, the order will depend on the event sequence.</source>
        <extracomment>チェックを付けた場合、新しく追加された文章は末尾に追加されます。 チェックを付けない場合、イベント順に依存します。</extracomment>
        <translation>チェックを付けた場合、新しく追加された文章は末尾に追加されます。
チェックを付けない場合、イベント順に依存します。</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.ui" line="241"/>
        <source>Add new text to the end</source>
        <translation>新しいテキストを末尾に追加する</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.cpp" line="21"/>
        <source>Write</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>The langscore script file has not yet been added.</source>
        <translation type="vanished">langscoreスクリプトファイルがまだ追加されていません。</translation>
    </message>
    <message>
        <source>The langscore_custom script file has not yet been added.</source>
        <translation type="vanished">langscore_customスクリプトファイルがまだ追加されていません。</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.cpp" line="27"/>
        <source>Select Export Directory</source>
        <translation>出力先ディレクトリを選択</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteDialog.cpp" line="117"/>
        <source>The path must be a directory!</source>
        <translation>パスはディレクトリである必要があります！</translation>
    </message>
</context>
<context>
    <name>WriteModeComponent</name>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="14"/>
        <source>Form</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="33"/>
        <source>Create Translate File Mode</source>
        <translation>翻訳ファイル作成モード</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="52"/>
        <source>PackingMode</source>
        <translation>パッキングモード</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="67"/>
        <source>View the translation files and choose which text and images to include in your translation. *Cannot be edited.*
Unchecked text and images are excluded from translation.</source>
        <extracomment>翻訳ファイルの閲覧や、翻訳にどのテキストや画像を含めるかなどを選択することが出来ます。※編集は出来ません。チェックを外したテキスト・画像は、翻訳対象から外れます。</extracomment>
        <translation>翻訳ファイルの閲覧や、翻訳にどのテキストや画像を含めるかなどを選択することが出来ます。※編集は出来ません。
チェックを外したテキスト・画像は、翻訳対象から外れます。</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="114"/>
        <source>Game Project</source>
        <translation>ゲームプロジェクト</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="144"/>
        <source>Langscore Project</source>
        <translation>Langscoreプロジェクト</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="158"/>
        <source>Reanalyze</source>
        <translation>再解析</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="208"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="218"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="240"/>
        <source>Main</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="269"/>
        <source>FileName</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="289"/>
        <location filename="../src/ui/WriteModeComponent.ui" line="373"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1560"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1560"/>
        <source>Word Count : %1</source>
        <translation>単語数 : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="327"/>
        <source>Scripts</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="366"/>
        <source>ScriptName</source>
        <translation>スクリプト名</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="393"/>
        <source>Auto Check</source>
        <translation>自動チェック</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="450"/>
        <source>Graphic</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="479"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="521"/>
        <source>Write Translate CSV And Plugin</source>
        <translation>翻訳CSVとプラグインの書き出し</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="536"/>
        <source>Update Plugin</source>
        <translation>プラグインの更新</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.ui" line="561"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="899"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="899"/>
        <source>Write Translate CSV</source>
        <translation>翻訳CSVの書き出し</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="170"/>
        <source>Show All Contents</source>
        <translation>全ての内容を表示</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="175"/>
        <source>Hide Ignore Contents</source>
        <translation>無視にした内容を非表示</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="198"/>
        <source>Uncheck Sign Only Text</source>
        <translation>記号のみの文のチェックを外す</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="259"/>
        <source>Uncheck text that does not contain hiragana</source>
        <translation>日本語を含まない文章のチェックを外す</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="283"/>
        <source>Update</source>
        <translation>更新する</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="287"/>
        <source>When updated, the displayed content will be changed to the latest content.
This process cannot be undone.
Note:The translation file will not be changed until it is exported.</source>
        <translation>更新すると表示されている内容が最新の内容に変更されます。
この処理は元に戻せません。
※翻訳ファイルは書き出しを行うまで変更されません。</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="299"/>
        <source>Update Projects...
</source>
        <translation>プロジェクトの更新中...
</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="301"/>
        <source>Update to the latest content...</source>
        <translation>最新の内容に更新中...</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="319"/>
        <source> Complete.</source>
        <translation> 完了。</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="769"/>
        <source>Update Plugin...
</source>
        <translation>プラグインを更新...
</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="846"/>
        <source>Write Translate Files(First)...
</source>
        <translation>翻訳ファイルの書き出し(初回)...
</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="895"/>
        <source>To export CSV, please select a language</source>
        <translation>CSVを書き出すには言語を選択して下さい</translation>
    </message>
    <message>
        <source>Save log as...</source>
        <translation type="vanished">ログを名前をつけて保存...</translation>
    </message>
    <message>
        <source>Save log as</source>
        <translation type="vanished">ログを名前をつけて保存</translation>
    </message>
    <message>
        <source>Logfile (*.txt)</source>
        <translation type="vanished">ログファイル (*.txt)</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="572"/>
        <source>Main Tree Change Enable State</source>
        <translation>メインツリーのチェックを変更</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="600"/>
        <source>Script Tree Change Enable State</source>
        <translation>スクリプトツリーのチェックを変更</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="664"/>
        <source>Graphics Tree Change Enable State</source>
        <translation>画像ツリーのチェックを変更</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="735"/>
        <source>Change Script Table Check</source>
        <translation>スクリプトテーブルのチェックを変更</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="808"/>
        <source>Write Translate Files...
</source>
        <translation>翻訳ファイルの書き出し...
</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="314"/>
        <source>Done.</source>
        <translation>完了。</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1066"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1129"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1129"/>
        <source>Unchecking the box excludes this script from translation.</source>
        <translation>チェックを外すと、このスクリプトを翻訳から除外します。</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1498"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1909"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1909"/>
        <source>All Script Word Count : %1</source>
        <translation>全てのスクリプトの単語数 : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1537"/>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1537"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1970"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1980"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1980"/>
        <source>Change Table State : %1</source>
        <translation>テーブルの状態を変更 : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1973"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1983"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1983"/>
        <source>Change Table State : Row %1</source>
        <translation>テーブルの状態を変更 : 行 %1</translation>
    </message>
    <message>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1993"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1998"/>
        <location filename="../src/ui/WriteModeComponent.cpp" line="1998"/>
        <source>Change Tree State : %1</source>
        <translation>ツリーの状態を変更 : %1</translation>
    </message>
</context>
</TS>
