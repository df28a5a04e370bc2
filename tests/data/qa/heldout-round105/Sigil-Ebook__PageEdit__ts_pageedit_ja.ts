<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="ja">
<context>
    <name>AppearanceWidget</name>
    <message>
        <location filename="../PAppearanceWidget.ui" line="14"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="25"/>
        <source>PageEdit</source>
        <translation>PageEdit</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="31"/>
        <location filename="../PAppearanceWidget.ui" line="263"/>
        <source>Fonts:</source>
        <translation>フォント:</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="40"/>
        <source>If no font is specified in the CSS for your page, the following font will be used to display within PageEdit. These fonts will not be used in your actual ebook.</source>
        <translation>ページのCSSでフォント指定されていない場合は、PageEdit内の表示で以下のフォントが使用されます。これらのフォントは実際の電子書籍では使用されません。</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="70"/>
        <source>Default font size to be used for PageEdit
if no font-size specified in your CSS</source>
        <translation>CSSでフォントサイズが指定されていない場合は、
PageEditでデフォルトのフォントサイズが使用されます。</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="74"/>
        <location filename="../PAppearanceWidget.ui" line="323"/>
        <source>Font Size:</source>
        <translation>フォントサイズ:</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="81"/>
        <source>Default font family to be used for PageEdit
if no font-family specified in your CSS</source>
        <translation>CSSでフォントファミリが指定されていない場合は、
PageEditでデフォルトのフォントファミリが使用されます。</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="85"/>
        <source>Standard:</source>
        <translation>標準:</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="108"/>
        <source>Default font family to be used for PageEdit
if a serif font-family specified in your CSS</source>
        <translation>CSSでセリフのフォントファミリが指定されていない場合は、
PageEditでデフォルトのフォントファミリが使用されます。</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="112"/>
        <source>Serif:</source>
        <translation>セリフ:</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="125"/>
        <source>Default font family to be used for PageEdit
if a sans-serif font-family specified in your CSS</source>
        <translation>CSSでサンセリフのフォントファミリが指定されていない場合は、
PageEditでデフォルトのフォントファミリが使用されます。</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="129"/>
        <source>Sans-Serif:</source>
        <translation>サンセリフ:</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="156"/>
        <source>Make PageEdit simulate a dark appearance in dark mode</source>
        <translation>ダークモードで、PageEditを暗い外観にシミュレートする</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="181"/>
        <source>Main UI</source>
        <translation>メインUI</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="187"/>
        <source>Main Menu Icon Size:</source>
        <translation>メインメニューのアイコンサイズ:</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="193"/>
        <source>Adjust the size of the icons in the main menu.</source>
        <translation>メインメニューのアイコンのサイズを調整します</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="231"/>
        <source>High DPI Setting:</source>
        <translation>高DPI設定:</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="240"/>
        <source>(Needs PageEdit Restart)</source>
        <translation>（PageEditの再起動が必要）</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="269"/>
        <source>UI Font:</source>
        <translation>UIフォント:</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="279"/>
        <source>Change the font used by PageEdit&apos;s menus, buttons, etc...</source>
        <translation>PageEditのメニューやボタンなどで使用されるフォントを変更します。</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="282"/>
        <source>Change Font (Needs PageEdit Restart)</source>
        <translation>フォントの変更（PageEditの再起動が必要）</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="306"/>
        <source>Insert Special Characters:</source>
        <translation>特殊文字を挿入:</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="320"/>
        <source>Font size to be used for Insert Special Characters window</source>
        <translation>&quot;特殊文字を挿入&quot;ウィンドウで使用するフォントサイズ</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="353"/>
        <source>Font family to be used for Insert Special Characters window</source>
        <translation>&quot;特殊文字を挿入&quot;ウィンドウで使用するフォントの種類</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="356"/>
        <source>Standard Font:</source>
        <translation>標準フォント:</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="423"/>
        <source>Reset all fonts and colors to the default values</source>
        <translation>すべてのフォントと色をデフォルト値にリセットします</translation>
    </message>
    <message>
        <location filename="../PAppearanceWidget.ui" line="426"/>
        <source>Reset All</source>
        <translation>すべてリセット</translation>
    </message>
    <message>
        <location filename="../AppearanceWidget.cpp" line="50"/>
        <location filename="../AppearanceWidget.cpp" line="51"/>
        <source>Detect</source>
        <translation>検出</translation>
    </message>
    <message>
        <location filename="../AppearanceWidget.cpp" line="50"/>
        <location filename="../AppearanceWidget.cpp" line="53"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../AppearanceWidget.cpp" line="50"/>
        <location filename="../AppearanceWidget.cpp" line="55"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../AppearanceWidget.cpp" line="51"/>
        <source>Detect whether any high dpi scaling should take place.</source>
        <translation>高DPIスケーリングを実行する必要があるか検出します。</translation>
    </message>
    <message>
        <location filename="../AppearanceWidget.cpp" line="52"/>
        <source>Defers to any Qt environment variables that are set to control high dpi behavior.</source>
        <translation>高DPIの動作を制御するように設定されているQt環境変数に従います。</translation>
    </message>
    <message>
        <location filename="../AppearanceWidget.cpp" line="53"/>
        <source>Turns on high dpi scaling and ignores any Qt environment variables</source>
        <translation>高DPIスケーリングをオンにして、Qt環境変数を無視します。</translation>
    </message>
    <message>
        <location filename="../AppearanceWidget.cpp" line="54"/>
        <source>that are set controlling high dpi behavior.</source>
        <translation>高DPIの動作を制御するように設定されています。</translation>
    </message>
    <message>
        <location filename="../AppearanceWidget.cpp" line="55"/>
        <source>Turns off high dpi scaling regardless if any Qt environment</source>
        <translation>Qt環境に関係なく、高DPIスケーリングをオフにします。</translation>
    </message>
    <message>
        <location filename="../AppearanceWidget.cpp" line="56"/>
        <source>variables controlling high dpi behavior are set.</source>
        <translation>高DPIの動作を制御する変数が設定されます。</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../PGeneralSettings.ui" line="14"/>
        <source>General Settings</source>
        <translation>全般の設定</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="37"/>
        <source>You must restart PageEdit after changing the User Interface language.

If a translation for specific word or phrase is not available it will be displayed in English.</source>
        <translation>ユーザーインターフェース言語を切り替えた後にSigilを再起動する必要があります。

特定の単語またはフレーズが翻訳されていない場合は、英語で表示されます。</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="42"/>
        <source>User Interface Language:</source>
        <translation>ユーザーインターフェース言語:</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="74"/>
        <source>Select from installed spellcheck dictionaries.</source>
        <translation>インストールされているスペルチェック辞書から選択します。</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="77"/>
        <source>Spellcheck Dictionary:</source>
        <translation>スペルチェック辞書:</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="119"/>
        <source>Determine if html files are allowed to access non-multimedia remote resources.</source>
        <translation>HTMLファイルが、マルチメディア以外のリモートリソースにアクセスすることを許可するかどうかを決定します。</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="122"/>
        <source> Control access by html files to non-multimedia remote resources.</source>
        <translation>HTMLファイルによる、マルチメディア以外のリモートリソースへのアクセスを制御する</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="131"/>
        <source>Check to allow html files to access non-multimedia remote resources.</source>
        <translation>HTMLファイルが、マルチメディア以外のリモートリソースにアクセスすることを許可する場合にチェックします。</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="134"/>
        <source>Html files may access all remote resources types.</source>
        <translation>HTMLファイルが、すべてのリモートリソースタイプにアクセスすることを許可する</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="161"/>
        <source>Determine if javascript is allowed to be used by html files</source>
        <translation>HTMLファイルが、JavaScriptを利用することを許可するかどうかを決定します。</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="164"/>
        <source> Control use of javascript by html files.</source>
        <translation>HTMLファイルによる、JavaScriptの利用を制御する</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="173"/>
        <source>Check to allow html files to use javascript.</source>
        <translation>HTMLファイルが、JavaScriptを利用することを許可する場合にチェックします。</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="176"/>
        <source>Html files may use javascript.</source>
        <translation>HTMLファイルが、JavaScriptを利用することを許可する</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="204"/>
        <source>Choose how you would like PageEdit to handle the use of multiple white space characters during editing.</source>
        <translation>PageEditで編集中に、連続するホワイトスペース（半角空白、タブ、改行）を使用する場合の処理方法を選択します。</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="207"/>
        <source>Handle multiple white space layout using:</source>
        <translation>以下を使用して、連続するホワイトスペースのレイアウトを処理する:</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="213"/>
        <source>Use CSS white-space: pre-wrap</source>
        <translation>CSSの「white-space: pre-wrap」を使用します。
（連続空白をそのまま表示し、自動で改行されます。）</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="216"/>
        <source>css white-space: pre-wrap</source>
        <translation>CSSの「white-space: pre-wrap」</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="226"/>
        <source>Use non-breaking spaces as needed</source>
        <translation>必要に応じて「white-space: nowrap」(non-breaking)を使用します。
（連続空白を詰めて表示し、自動改行されません。）</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="229"/>
        <source>non-breaking spaces as needed</source>
        <translation>必要に応じて自動改行されないホワイトスペース</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="257"/>
        <source>Determine if Prettify is used when saving</source>
        <translation>保存時に、Prettifyを使用するかどうかを決定します。</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="260"/>
        <source> Use Prettify to reformat the xhtml when saving.</source>
        <translation>保存時にxhtmlを再フォーマットするために、Prettifyを使用する</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="269"/>
        <source>Check to reformat with Prettify when saving xhtml files.</source>
        <translation>xhtmlファイルを保存時に、Prettifyを使用して再フォーマットする場合にチェックします。</translation>
    </message>
    <message>
        <location filename="../PGeneralSettings.ui" line="272"/>
        <source>Use Prettify to reformat xhtml when saving.</source>
        <translation>保存時にxhtmlを再フォーマットするために、Prettifyを使用する</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../Inspector.cpp" line="76"/>
        <source>Inspect Page or Element</source>
        <translation>ページまたは要素の検査</translation>
    </message>
    <message>
        <location filename="../Inspector.cpp" line="158"/>
        <source>The Inspector functionality is not supported before Qt 5.11</source>
        <translation>インスペクタ機能は、Qt 5.11 以前ではサポートされていません。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main.ui" line="15"/>
        <location filename="../MainWindow.cpp" line="1024"/>
        <location filename="../MainWindow.cpp" line="1085"/>
        <location filename="../MainWindow.cpp" line="1779"/>
        <location filename="../MainWindow.cpp" line="1792"/>
        <location filename="../MainWindow.cpp" line="1798"/>
        <location filename="../MainWindow.cpp" line="1812"/>
        <location filename="../MainWindow.cpp" line="1825"/>
        <location filename="../MainWindow.cpp" line="1831"/>
        <location filename="../MainWindow.cpp" line="1839"/>
        <location filename="../MainWindow.cpp" line="1894"/>
        <location filename="../MainWindow.cpp" line="1984"/>
        <source>PageEdit</source>
        <translation>PageEdit</translation>
    </message>
    <message>
        <location filename="../main.ui" line="62"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="75"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="88"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="95"/>
        <source>&amp;Insert</source>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="110"/>
        <source>For&amp;mat</source>
        <translation>書式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="115"/>
        <source>&amp;Heading</source>
        <translation>見出し(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="130"/>
        <source>C&amp;hange Case</source>
        <translation>大文字小文字の切替え(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="160"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="169"/>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <location filename="../main.ui" line="185"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../main.ui" line="199"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../main.ui" line="217"/>
        <location filename="../main.ui" line="1163"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../main.ui" line="230"/>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <location filename="../main.ui" line="249"/>
        <source>Inspect</source>
        <translation>検査</translation>
    </message>
    <message>
        <location filename="../main.ui" line="262"/>
        <location filename="../main.ui" line="1106"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../main.ui" line="275"/>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../main.ui" line="289"/>
        <source>set Heading Level of Selected Text</source>
        <translation>選択したテキストの見出しレベルを設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="303"/>
        <source>Change Case</source>
        <translation>大文字小文字の切替え</translation>
    </message>
    <message>
        <location filename="../main.ui" line="319"/>
        <source>Format</source>
        <translation>書式</translation>
    </message>
    <message>
        <location filename="../main.ui" line="337"/>
        <source>Align</source>
        <translation>テキスト揃え</translation>
    </message>
    <message>
        <location filename="../main.ui" line="353"/>
        <source>Indent</source>
        <translation>インデント</translation>
    </message>
    <message>
        <location filename="../main.ui" line="367"/>
        <source>Navigate</source>
        <translation>ナビゲート</translation>
    </message>
    <message>
        <location filename="../main.ui" line="377"/>
        <source>Navigation List</source>
        <translation>ナビゲーションリスト</translation>
    </message>
    <message>
        <location filename="../main.ui" line="393"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="396"/>
        <source>Save the current file.</source>
        <translation>現在のファイルを保存します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="399"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../main.ui" line="409"/>
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="412"/>
        <source>Print the current Page.</source>
        <translation>現在のページを印刷します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="415"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../main.ui" line="421"/>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../main.ui" line="424"/>
        <source>Save the current file with a different filename.</source>
        <translation>現在のファイルと異なるファイル名を付けて保存します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="427"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../main.ui" line="437"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="440"/>
        <source>Cuts the selected text from the document and puts it on the clipboard.</source>
        <translation>ドキュメントから選択されたテキストを切り出してクリップボードに出力します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="450"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="453"/>
        <source>Pastes the content from the clipboard into the file.</source>
        <translation>クリップボードからファイルに内容を貼り付けます。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="463"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="466"/>
        <source>Reverts the changes of the previous operation.</source>
        <translation>直前に行った操作の変更点を元に戻します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="469"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../main.ui" line="479"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="482"/>
        <source>Restores the changes reverted by the previous Undo action.</source>
        <translation>直前に行った「元に戻す」操作で元に戻した変更点を復活させます。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="485"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../main.ui" line="495"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="498"/>
        <source>Copies the selected text and puts it on the clipboard.</source>
        <translation>選択されたテキストをコピーしてクリップボードに出力します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="511"/>
        <source>Align &amp;Left</source>
        <translation>左揃え(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="514"/>
        <source>Align the paragraph to the left.</source>
        <translation>段落を左に揃えます。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="528"/>
        <source>Align &amp;Right</source>
        <translation>右揃え(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="531"/>
        <source>Align the paragraph to the right.</source>
        <translation>段落を右に揃えます。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="544"/>
        <source>&amp;Center</source>
        <translation>中央揃え(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="547"/>
        <source>Center the paragraph.</source>
        <translation>段落を中央に揃えます。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="550"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../main.ui" line="563"/>
        <source>&amp;Justify</source>
        <translation>両端揃え(&amp;J)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="566"/>
        <source>Align the paragraph to both the left and right margins.</source>
        <translation>段落を左右両方のマージンに揃えます。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="569"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../main.ui" line="582"/>
        <source>&amp;Bold</source>
        <translation>太字(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="585"/>
        <source>Make the selected text bold.</source>
        <translation>選択されたテキストを太字にします。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="588"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../main.ui" line="601"/>
        <source>&amp;Italic</source>
        <translation>イタリック(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="604"/>
        <source>Make the selected text italic.</source>
        <translation>選択されたテキストをイタリックにします。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="607"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../main.ui" line="617"/>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../main.ui" line="620"/>
        <source>Open a file from disk.</source>
        <translation>ディスクからファイルを開きます。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="623"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../main.ui" line="636"/>
        <source>&amp;Underline</source>
        <translation>下線(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="639"/>
        <source>Underline the selected text.</source>
        <translation>選択されたテキストに下線を引きます。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="642"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../main.ui" line="652"/>
        <source>&amp;Lowercase</source>
        <translation>小文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="655"/>
        <source>Set selected text to lowercase.</source>
        <translation>選択されたテキストを小文字に設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="658"/>
        <source>Alt+L</source>
        <translation>Alt+L</translation>
    </message>
    <message>
        <location filename="../main.ui" line="668"/>
        <source>&amp;Uppercase</source>
        <translation>大文字(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="671"/>
        <source>Set selected text to uppercase.</source>
        <translation>選択されたテキストを大文字に設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="674"/>
        <source>Alt+U</source>
        <translation>Alt+U</translation>
    </message>
    <message>
        <location filename="../main.ui" line="684"/>
        <source>&amp;Titlecase</source>
        <translation>タイトルケース(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="687"/>
        <source>Capitalize the first letter of each word selected.</source>
        <translation>選択された各単語の最初の文字を大文字にします。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="697"/>
        <source>&amp;Capitalize</source>
        <translation>キャピタライズ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="700"/>
        <source>Capitalize only the first word of the selected text.</source>
        <translation>選択されたテキストの最初の単語のみ大文字にします。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="710"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="713"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../main.ui" line="716"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../main.ui" line="726"/>
        <source>&amp;Special Character...</source>
        <translation>特殊文字(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../main.ui" line="729"/>
        <source>Select a character to insert into your text.</source>
        <translation>テキストに挿入したい文字を選択します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="742"/>
        <source>&amp;Numbered List</source>
        <translation>番号付け(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="745"/>
        <source>Create a numbered list from selection.</source>
        <translation>選択範囲から番号付けリストを作成します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="758"/>
        <source>Bulle&amp;ted List</source>
        <translation>箇条書き(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="761"/>
        <source>Create a bulleted list from selection.</source>
        <translation>選択範囲から箇条書きリストを作成します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="764"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../main.ui" line="777"/>
        <source>Stri&amp;kethrough</source>
        <translation>取り消し線(&amp;K)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="780"/>
        <source>Draw a line through the selected text.</source>
        <translation>選択されたテキスト範囲に直線を描きます。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="793"/>
        <source>&amp;Subscript</source>
        <translation>下付き文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="796"/>
        <source>Set the selected text slightly smaller and below the normal line.</source>
        <translation>選択されたテキストを少し小さくして基準線より下に設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="809"/>
        <source>Su&amp;perscript</source>
        <translation>上付き文字(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="812"/>
        <source>Set the selected text slightly smaller and above the normal line.</source>
        <translation>選択されたテキストを少し小さくして基準線より上に設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="823"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="826"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../main.ui" line="829"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../main.ui" line="840"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="843"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../main.ui" line="846"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../main.ui" line="857"/>
        <source>Incre&amp;ase Indent</source>
        <translation>インデントを増やす(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="860"/>
        <source>Increase the indent level of the paragraph.</source>
        <translation>段落のインデントレベルを増やします。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="863"/>
        <source>Ctrl+Alt+M</source>
        <translation>Ctrl+Alt+M</translation>
    </message>
    <message>
        <location filename="../main.ui" line="873"/>
        <source>&amp;Decrease Indent</source>
        <translation>インデントを減らす(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="876"/>
        <source>Decrease the indent level of the paragraph.</source>
        <translation>段落のインデントレベルを減らします。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="879"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../main.ui" line="889"/>
        <source>Split &amp;Marker</source>
        <translation>分割マーカー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="892"/>
        <source>Insert Sigil split file marker</source>
        <translation>Sigil分割ファイルマーカーを挿入します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="895"/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location filename="../main.ui" line="901"/>
        <source>&amp;Preferences...</source>
        <translation>環境設定(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../main.ui" line="904"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../main.ui" line="910"/>
        <source>&amp;Zoom Reset</source>
        <translation>ズームをリセット(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="913"/>
        <source>Zoom Reset</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <location filename="../main.ui" line="916"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../main.ui" line="929"/>
        <source>Heading &amp;1</source>
        <translation>見出し&amp;1</translation>
    </message>
    <message>
        <location filename="../main.ui" line="932"/>
        <source>Format paragraph as a level 1 heading.</source>
        <translation>レベル1の見出しとして段落を書式設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="935"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../main.ui" line="948"/>
        <source>Heading &amp;2</source>
        <translation>見出し&amp;2</translation>
    </message>
    <message>
        <location filename="../main.ui" line="951"/>
        <source>Format paragraph as a level 2 heading.</source>
        <translation>レベル2の見出しとして段落を書式設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="954"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../main.ui" line="967"/>
        <source>Heading &amp;3</source>
        <translation>見出し&amp;3</translation>
    </message>
    <message>
        <location filename="../main.ui" line="970"/>
        <source>Format paragraph as a level 3 heading.</source>
        <translation>レベル3の見出しとして段落を書式設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="973"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../main.ui" line="987"/>
        <source>Heading &amp;4</source>
        <translation>見出し&amp;4</translation>
    </message>
    <message>
        <location filename="../main.ui" line="990"/>
        <source>Format paragraph as a level 4 heading.</source>
        <translation>レベル4の見出しとして段落を書式設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="993"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1006"/>
        <source>Heading &amp;5</source>
        <translation>見出し&amp;5</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1009"/>
        <source>Format paragraph as a level 5 heading.</source>
        <translation>レベル5の見出しとして段落を書式設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1012"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1025"/>
        <source>Heading &amp;6</source>
        <translation>見出し&amp;6</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1028"/>
        <source>Format paragraph as a level 6 heading.</source>
        <translation>レベル6の見出しとして段落を書式設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1031"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1045"/>
        <source>&amp;Normal</source>
        <translation>通常(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1048"/>
        <source>ormat paragraph as a normal paragraph.</source>
        <translation>通常の段落として段落を書式設定します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1051"/>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1061"/>
        <source>&amp;Preserve Existing Attributes</source>
        <translation>既存の属性を保持(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1064"/>
        <source>When applying this style, preserve any existing attributes on the tag</source>
        <translation>このスタイルを適用する際にタグの既存の属性をすべて保持する</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1074"/>
        <source>&amp;Select All</source>
        <translation>すべて選択(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1077"/>
        <source>Select all text in the document.</source>
        <translation>ドキュメント内のすべてのテキストを選択します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1080"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1090"/>
        <source>&amp;Inspector</source>
        <translation>インスペクタ(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1093"/>
        <source>Inspect the page.</source>
        <translation>ページを検査します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1096"/>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1109"/>
        <source>Find text in the page</source>
        <translation>ページ内のテキストを検索します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1112"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1125"/>
        <source>Next XHtml File</source>
        <translation>次のXHtmlファイル</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1128"/>
        <source>Next file in navigation list</source>
        <translation>ナビゲーションリストの次のファイル</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1131"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1144"/>
        <source>Previous XHtml File</source>
        <translation>前のXHtmlファイル</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1147"/>
        <source>Previous file in navigation list</source>
        <translation>ナビゲーションリストの前のファイル</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1150"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1166"/>
        <source>Toggle between Edit and Preview Modes.</source>
        <translation>編集モードとプレビューモードを切り替えます。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1176"/>
        <source>About...</source>
        <translation>情報...</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1179"/>
        <source>Show information about PageEdit.</source>
        <translation>PageEditに関する情報を表示します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1189"/>
        <source>Back to Last Link</source>
        <translation>最後のリンクに戻る</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1192"/>
        <source>Return from the last link taken</source>
        <translation>最後に移動したリンクから戻る</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1202"/>
        <source>I&amp;D...</source>
        <translation>ID(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1205"/>
        <source>Insert or edit an anchor with an ID name to use as a link target.</source>
        <translation>リンクターゲットとして使用するID名を持つアンカーを挿入または編集します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1215"/>
        <source>&amp;Link...</source>
        <translation>リンク(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1218"/>
        <source>Insert or edit an anchor with a hyperlink to a target.</source>
        <translation>ターゲットへのハイパーリンクを持つアンカーを挿入または編集します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1228"/>
        <source>&amp;File...</source>
        <translation>ファイル(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1231"/>
        <source>Select existing image, video or audio files from your book to insert into the text.</source>
        <translation>ブックから既存の画像、ビデオ、オーディオファイルを選択して、テキストに挿入します。</translation>
    </message>
    <message>
        <location filename="../main.ui" line="1234"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="761"/>
        <source>File load failed</source>
        <translation>ファイルの読み込みに失敗しました</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="762"/>
        <source>File Load Failed</source>
        <translation>ファイルの読み込みに失敗しました</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="857"/>
        <source>mode: Preview</source>
        <translation>モード: プレビュー</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="859"/>
        <source>mode: Edit</source>
        <translation>モード: 編集</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1024"/>
        <source>Are you sure you want to open this link in your browser?

%1</source>
        <translation>このリンクをブラウザーで開きますか?

%1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1086"/>
        <source>Do you want to save your changes before leaving?</source>
        <translation>終了する前に、変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1103"/>
        <source>PageEdit is closing...</source>
        <translation>PageEditを閉じています...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1239"/>
        <location filename="../MainWindow.cpp" line="1240"/>
        <location filename="../MainWindow.cpp" line="1241"/>
        <location filename="../MainWindow.cpp" line="1250"/>
        <location filename="../MainWindow.cpp" line="1251"/>
        <location filename="../MainWindow.cpp" line="1252"/>
        <source>HTML files (*.htm *.html *.xhtml)</source>
        <translation>HTMLファイル (*.htm *.html *.xhtml)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1242"/>
        <source>OPF files (*.opf)</source>
        <translation>OPFファイル (*.opf)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1243"/>
        <source>All files (*.*)</source>
        <translation>すべてのファイル (*.*)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1482"/>
        <source>Save File</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1517"/>
        <location filename="../MainWindow.cpp" line="1518"/>
        <location filename="../MainWindow.cpp" line="1530"/>
        <location filename="../MainWindow.cpp" line="1531"/>
        <source>File Save-As Failed!</source>
        <translation>ファイルの名前を付けて保存に失敗しました！</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1517"/>
        <source>is not writeable</source>
        <translation>書き込み不可</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1526"/>
        <location filename="../MainWindow.cpp" line="1565"/>
        <source>File Saved</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1556"/>
        <location filename="../MainWindow.cpp" line="1558"/>
        <location filename="../MainWindow.cpp" line="1569"/>
        <location filename="../MainWindow.cpp" line="1570"/>
        <source>File Save Failed!</source>
        <translation>ファイルの保存に失敗しました！</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1557"/>
        <source>does not exist or is not writeable</source>
        <translation>ファイルが存在しないか、書き込み不可</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1586"/>
        <source>Do not show this warning again</source>
        <translation>この警告を再度表示しない</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1587"/>
        <source>This file may not print the way you expect it to.</source>
        <translation>このファイルは、期待どおりに印刷されない場合があります。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1588"/>
        <source>Dark backgrounds and colored text applied with an EPUB&apos;s CSS will print.</source>
        <translation>EPUBのCSS適用された暗い背景と色付きテキストが印刷されます。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1589"/>
        <source>Use caution as this can result in a lot of ink being used!</source>
        <translation>多くのインクが使用される可能性があるため、注意してください！</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1590"/>
        <source>Use the following Print Preview to see how this file will print.</source>
        <translation>次の印刷プレビューを使用して、このファイルがどのように印刷されるか確認してください。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1591"/>
        <source>Check the box if you don&apos;t wish to see this warning in the future.</source>
        <translation>今後この警告を表示したくない場合は、このチェックボックスをオンにしてください。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1614"/>
        <source>Feature not available before Qt5.12.x</source>
        <translation>Qt 5.12.x より前の機能は利用できません。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1675"/>
        <source>File Opened</source>
        <translation>ファイルを開きました</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1679"/>
        <source>File Open Failed!</source>
        <translation>ファイルのオープンに失敗しました！</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1702"/>
        <source>Clipboard contains HTML formatting</source>
        <translation>クリップボードにHTML形式が含まれています</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1703"/>
        <source>Do you want to paste clipboard data as plain text?</source>
        <translation>クリップボードのデータをプレーンテキスト形式でペーストしますか?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1779"/>
        <source>You must select text before inserting a new id.</source>
        <translation>新しいIDを挿入する前に、テキストを選択する必要があります。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1792"/>
        <source>ID is invalid - must start with a letter, followed by letter number _ : - or .</source>
        <translation>IDが無効です。文字で始まり、文字の後に「数字」「_」「:」「-」「.」が続く必要があります。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1798"/>
        <source>You cannot insert an id at this position.</source>
        <translation>この位置にIDを挿入できません。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1812"/>
        <source>You must select text before inserting a new link.</source>
        <translation>新しいリンクを挿入する前に、テキストを選択する必要があります。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1825"/>
        <source>Link is invalid - cannot contain &apos;&lt;&apos; or &apos;&gt;&apos;</source>
        <translation>リンクは有効です - &apos;&lt;&apos;または&apos;&gt;&apos;は含めません</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1831"/>
        <source>Error inserting external link target.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1839"/>
        <source>Error inserting a link at this position.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1850"/>
        <source>Insert File</source>
        <translation>ファイルを挿入</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1894"/>
        <source>You cannot insert a media file at this position.</source>
        <translation>この位置にメディアファイルを挿入できません。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1985"/>
        <source>Do you want to save any changes before overwriting this file?</source>
        <translation>このファイルを上書きする前に、変更を保存しますか?</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../Preferences.ui" line="14"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../Preferences.cpp" line="90"/>
        <source>PageEdit</source>
        <translation>PageEdit</translation>
    </message>
    <message>
        <location filename="../Preferences.cpp" line="90"/>
        <source>Changes will take effect when you restart PageEdit.</source>
        <translation>変更した内容はPageEditの再起動後に有効になります。</translation>
    </message>
    <message>
        <location filename="../Preferences.cpp" line="152"/>
        <source>Open Preferences Location</source>
        <translation>設定ファイルの場所を開く</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../OPFReader.cpp" line="60"/>
        <source>Unable to read OPF file.
Line: %1 Column %2 - %3</source>
        <translation>OPF ファイルを読めません。
行: %1 列 %2 - %3</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="392"/>
        <source>Cannot read file %1:
%2.</source>
        <translation>ファイル %1 を読み込めませんでした:
%2。</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="581"/>
        <source>PageEdit has encountered a problem.</source>
        <translation>PageEditで問題が発生しました。</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="582"/>
        <source>PageEdit may need to close.</source>
        <translation>PageEditを終了する必要がある可能性があります。</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="884"/>
        <source>About PageEdit</source>
        <translation>PageEditについて</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="889"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="890"/>
        <source>Build Date</source>
        <translation>ビルド日付</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="891"/>
        <source>Build Time</source>
        <translation>ビルド時刻</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="892"/>
        <source>Qt Runtime Version</source>
        <translation>Qtランタイムバージョン</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="893"/>
        <source>Qt Compiled Version</source>
        <translation>Qtコンパイル済みバージョン</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="894"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="895"/>
        <source>Architecture</source>
        <translation>アーキテクチャー</translation>
    </message>
</context>
<context>
    <name>SearchToolbar</name>
    <message>
        <location filename="../SearchToolbar.ui" line="36"/>
        <source>Search: </source>
        <translation>検索: </translation>
    </message>
    <message>
        <location filename="../SearchToolbar.ui" line="55"/>
        <source>Search...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../SearchToolbar.ui" line="88"/>
        <source>&amp;Match Case</source>
        <translation>大文字小文字を区別(&amp;M)</translation>
    </message>
    <message>
        <location filename="../SearchToolbar.cpp" line="150"/>
        <source>No results found.</source>
        <translation>検索結果が見つかりません。</translation>
    </message>
</context>
<context>
    <name>SelectCharacter</name>
    <message>
        <location filename="../SelectCharacter.ui" line="14"/>
        <source>Insert Special Character</source>
        <translation>特殊文字を挿入</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="85"/>
        <source>non-breaking space</source>
        <translation>ノーブレークスペース、改行なし空白</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="86"/>
        <source>en space</source>
        <translation>enスペース、n幅空白</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="87"/>
        <source>em space</source>
        <translation>emスペース、m幅空白</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="88"/>
        <source>thin space</source>
        <translation>thinスペース、狭い空白</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="89"/>
        <source>soft hyphen</source>
        <translation>ソフトハイフン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="90"/>
        <source>narrow non-breaking space</source>
        <translation>狭いノーブレークスペース</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="94"/>
        <source>left single quote</source>
        <translation>左単一引用符、左シングルクォーテーション（開始）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="95"/>
        <source>right single quote</source>
        <translation>右単一引用符、右シングルクォーテーション（終了）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="96"/>
        <source>left double quote</source>
        <translation>左二重引用符、左ダブルクォーテーション（開始）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="97"/>
        <source>right double quote</source>
        <translation>右二重引用符、右ダブルクォーテーション（終了）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="98"/>
        <source>left-pointing single angle quote</source>
        <translation>左一重角引用符</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="99"/>
        <source>right-pointing single angle quote</source>
        <translation>右一重角引用符</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="100"/>
        <source>left-pointing double angle quote</source>
        <translation>左二重角引用符</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="101"/>
        <source>right-pointing double angle quote</source>
        <translation>右二重角引用符</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="102"/>
        <source>apostrophe</source>
        <translation>アポストロフィー</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="103"/>
        <source>double quote</source>
        <translation>二重引用符、ダブルクォーテーション</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="104"/>
        <source>single low-9 quote</source>
        <translation>下引用符、下シングルクォーテーション</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="105"/>
        <source>double low-9 quote</source>
        <translation>下二重引用符、下ダブルクォーテーション</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="106"/>
        <source>em dash</source>
        <translation>emダッシュ、m幅ダッシュ、長いダッシュ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="107"/>
        <source>en dash</source>
        <translation>enダッシュ、n幅ダッシュ、短いダッシュ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="108"/>
        <source>section sign</source>
        <translation>節記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="109"/>
        <source>pilcrow - paragraph sign</source>
        <translation>段落記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="110"/>
        <source>dagger</source>
        <translation>ダガー、短剣符</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="111"/>
        <source>double dagger</source>
        <translation>ダブルダガー、二重短剣符</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="112"/>
        <source>ampersand</source>
        <translation>アンパサンド</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="113"/>
        <source>less-than sign</source>
        <translation>小なり記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="114"/>
        <source>greater-than sign</source>
        <translation>大なり記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="115"/>
        <source>copyright</source>
        <translation>著作権記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="116"/>
        <source>registered sign</source>
        <translation>登録商標記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="117"/>
        <source>trademark symbol</source>
        <translation>トレードマーク記号、商標記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="118"/>
        <source>left arrow</source>
        <translation>左向矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="119"/>
        <source>right arrow</source>
        <translation>右向矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="120"/>
        <source>bullet</source>
        <translation>ビュレット、黒丸、行頭文字</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="121"/>
        <source>middle dot</source>
        <translation>中黒、中央ドット</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="122"/>
        <source>degree sign</source>
        <translation>度記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="123"/>
        <source>plus minus sign</source>
        <translation>プラスマイナス記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="124"/>
        <source>minus sign</source>
        <translation>マイナス記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="125"/>
        <source>multiplication sign</source>
        <translation>乗算記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="126"/>
        <source>division sign</source>
        <translation>除算記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="127"/>
        <source>fraction 1/4</source>
        <translation>4分の1</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="128"/>
        <source>fraction 1/2</source>
        <translation>2分の1</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="129"/>
        <source>fraction 3/4</source>
        <translation>4分の3</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="130"/>
        <source>fraction 1/3</source>
        <translation>3分の1</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="131"/>
        <source>fraction 2/3</source>
        <translation>3分の2</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="132"/>
        <source>fraction 1/8</source>
        <translation>8分の1</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="133"/>
        <source>fraction 3/8</source>
        <translation>8分の3</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="134"/>
        <source>fraction 5/8</source>
        <translation>8分の5</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="135"/>
        <source>fraction 7/8</source>
        <translation>8分の7</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="136"/>
        <source>horizontal ellipsis</source>
        <translation>三点リーダー、省略記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="137"/>
        <source>micron</source>
        <translation>ミクロン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="138"/>
        <source>cent sign</source>
        <translation>セント記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="139"/>
        <source>pound sign</source>
        <translation>ポンド記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="140"/>
        <source>euro sign</source>
        <translation>ユーロ記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="141"/>
        <source>inverted question mark</source>
        <translation>逆さ疑問符</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="142"/>
        <source>inverted exclamation mark</source>
        <translation>逆さ感嘆符</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="143"/>
        <source>diaeresis</source>
        <translation>ウムラウト、ダイエリシス（diaeresis）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="144"/>
        <source>acute accent</source>
        <translation>アキュート・アクセント</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="145"/>
        <source>cedilla</source>
        <translation>セディーユ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="146"/>
        <source>circumflex accent</source>
        <translation>サーカムフレックス</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="147"/>
        <source>small tilde</source>
        <translation>小チルダ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="148"/>
        <source>capital A with grave</source>
        <translation>大文字 A（グレーブ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="149"/>
        <source>capital A with acute</source>
        <translation>大文字 A（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="150"/>
        <source>capital A with circumflex</source>
        <translation>大文字 A（サーカムフレックス付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="151"/>
        <source>capital A with tilde</source>
        <translation>大文字 A（チルダ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="152"/>
        <source>capital A with diaeresis</source>
        <translation>大文字 A（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="153"/>
        <source>capital A with ring above</source>
        <translation>大文字 A（上リング付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="154"/>
        <source>capital AE</source>
        <translation>大文字 AE（合字）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="155"/>
        <source>capital C with cedilla</source>
        <translation>大文字 C（セディーユ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="156"/>
        <source>capital E with grave</source>
        <translation>大文字 E（グレーブ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="157"/>
        <source>capital E with acute</source>
        <translation>大文字 E（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="158"/>
        <source>capital E with circumflex</source>
        <translation>大文字 E（サーカムフレックス付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="159"/>
        <source>capital E with diaeresis</source>
        <translation>大文字 E（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="160"/>
        <source>capital I with grave</source>
        <translation>大文字 I（グレーブ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="161"/>
        <source>capital I with acute</source>
        <translation>大文字 I（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="162"/>
        <source>capital I with circumflex</source>
        <translation>大文字 I（サーカムフレックス付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="163"/>
        <source>capital I with diaeresis</source>
        <translation>大文字 I（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="164"/>
        <source>capital eth</source>
        <translation>大文字 Eth</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="165"/>
        <source>capital N with tilde</source>
        <translation>大文字 N（チルダ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="166"/>
        <source>capital O with grave</source>
        <translation>大文字 O（グレーブ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="167"/>
        <source>capital O with acute</source>
        <translation>大文字 O（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="168"/>
        <source>capital O with circumflex</source>
        <translation>大文字 O（サーカムフレックス付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="169"/>
        <source>capital O with tilde</source>
        <translation>大文字 O （チルダ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="170"/>
        <source>capital O with diaeresis</source>
        <translation>大文字 O（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="171"/>
        <source>capital O with stroke</source>
        <translation>大文字 O（スラッシュ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="172"/>
        <source>capital ligature OE</source>
        <translation>大文字 OE（合字）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="173"/>
        <source>capital S with caron</source>
        <translation>大文字 S（キャロン付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="174"/>
        <source>capital U with grave</source>
        <translation>大文字 U（グレーブ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="175"/>
        <source>capital U with acute</source>
        <translation>大文字 U（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="176"/>
        <source>capital U with circumflex</source>
        <translation>大文字 U（サーカムフレックス付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="177"/>
        <source>capital U with diaeresis</source>
        <translation>大文字 U（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="178"/>
        <source>capital Y with acute</source>
        <translation>大文字 Y（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="179"/>
        <source>capital Y with diaeresis</source>
        <translation>大文字 Y（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="180"/>
        <source>capital THORN</source>
        <translation>大文字 THORN、ソーン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="181"/>
        <source>small sharp s</source>
        <translation>小文字エスツェット</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="182"/>
        <source>small a with grave</source>
        <translation>小文字 a（グレーブ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="183"/>
        <source>small a with acute</source>
        <translation>小文字 a（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="184"/>
        <source>small a with circumflex</source>
        <translation>小文字 a（サーカムフレックス付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="185"/>
        <source>small a with tilde</source>
        <translation>小文字 a（チルダ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="186"/>
        <source>small a with diaeresis</source>
        <translation>小文字 a（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="187"/>
        <source>small a with ring above</source>
        <translation>小文字 a（上リング付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="188"/>
        <source>small ae</source>
        <translation>小文字 ae（合字）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="189"/>
        <source>small c with cedilia</source>
        <translation>小文字 c（セディーユ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="190"/>
        <source>small e with grave</source>
        <translation>小文字 e（グレーブ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="191"/>
        <source>small e with acute</source>
        <translation>小文字 e（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="192"/>
        <source>small e with circumflex</source>
        <translation>小文字 e（サーカムフレックス付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="193"/>
        <source>small e with diaeresis</source>
        <translation>小文字 e（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="194"/>
        <source>small i with grave</source>
        <translation>小文字 i（グレーブ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="195"/>
        <source>small i with acute</source>
        <translation>小文字 i（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="196"/>
        <source>small i with circumflex</source>
        <translation>小文字 i（サーカムフレックス付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="197"/>
        <source>small i with diaeresis</source>
        <translation>小文字 i（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="198"/>
        <source>small eth</source>
        <translation>小文字 Eth</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="199"/>
        <source>small n with tilde</source>
        <translation>小文字 n（チルダ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="200"/>
        <source>small o with grave</source>
        <translation>小文字 o（グレーブ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="201"/>
        <source>small o with acute</source>
        <translation>小文字 o（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="202"/>
        <source>small o with circumflex</source>
        <translation>小文字 o（サーカムフレックス付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="203"/>
        <source>small o with tilde</source>
        <translation>小文字 o（チルダ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="204"/>
        <source>small o with diaeresis</source>
        <translation>小文字 o（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="205"/>
        <source>small o with stroke</source>
        <translation>小文字 o（スラッシュ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="206"/>
        <source>small ligature oe</source>
        <translation>小文字 oe（合字）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="207"/>
        <source>small s with caron</source>
        <translation>小文字 s（キャロン付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="208"/>
        <source>small u with grave</source>
        <translation>小文字 u（グレーブ付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="209"/>
        <source>small u with acute</source>
        <translation>小文字 u（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="210"/>
        <source>small u with circumflex</source>
        <translation>小文字 u（サーカムフレックス付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="211"/>
        <source>small u with diaeresis</source>
        <translation>小文字 u（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="212"/>
        <source>small y with acute</source>
        <translation>小文字 y（アキュート付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="213"/>
        <source>small y with diaeresis</source>
        <translation>小文字 y（ウムラウト付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="214"/>
        <source>small thorn</source>
        <translation>小文字 thorn、ソーン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="215"/>
        <source>feminine ordinal indicator</source>
        <translation>女性序数標識</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="216"/>
        <source>masculine ordinal indicator</source>
        <translation>男性序数標識</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="217"/>
        <source>infinity</source>
        <translation>無限、無限大 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="221"/>
        <source>Greek capital letter Alpha</source>
        <translation>大文字アルファ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="222"/>
        <source>Greek lower letter alpha</source>
        <translation>小文字アルファ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="223"/>
        <source>Greek capital letter Beta</source>
        <translation>大文字ベータ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="224"/>
        <source>Greek lower letter beta</source>
        <translation>小文字ベータ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="225"/>
        <source>Greek capital letter Chi</source>
        <translation>大文字カイ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="226"/>
        <source>Greek lower letter chi</source>
        <translation>小文字カイ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="227"/>
        <source>Greek capital letter Delta</source>
        <translation>大文字デルタ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="228"/>
        <source>Greek lower letter delta</source>
        <translation>小文字デルタ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="229"/>
        <source>Greek capital letter Epsilon</source>
        <translation>大文字イプシロン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="230"/>
        <source>Greek lower letter epsilon</source>
        <translation>小文字イプシロン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="231"/>
        <source>Greek capital letter Eta</source>
        <translation>大文字エータ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="232"/>
        <source>Greek lower letter eta</source>
        <translation>小文字エータ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="233"/>
        <source>Greek capital letter Gamma</source>
        <translation>大文字ガンマ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="234"/>
        <source>Greek lower letter gamma</source>
        <translation>小文字ガンマ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="235"/>
        <source>Greek capital letter Iota</source>
        <translation>大文字イオタ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="236"/>
        <source>Greek lower letter iota</source>
        <translation>小文字イオタ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="237"/>
        <source>Greek capital letter Kappa</source>
        <translation>大文字カッパ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="238"/>
        <source>Greek lower letter kappa</source>
        <translation>小文字カッパ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="239"/>
        <source>Greek capital letter Lambda</source>
        <translation>大文字ラムダ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="240"/>
        <source>Greek lower letter lambda</source>
        <translation>小文字ラムダ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="241"/>
        <source>Greek capital letter Mu</source>
        <translation>大文字ミュー</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="242"/>
        <source>Greek lower letter mu</source>
        <translation>小文字ミュー</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="243"/>
        <source>Greek capital letter Nu</source>
        <translation>大文字ニュー</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="244"/>
        <source>Greek lower letter nu</source>
        <translation>小文字ニュー</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="245"/>
        <source>Greek capital letter Omega</source>
        <translation>大文字オメガ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="246"/>
        <source>Greek lower letter omega</source>
        <translation>小文字オメガ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="247"/>
        <source>Greek capital letter Omicron</source>
        <translation>大文字オミクロン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="248"/>
        <source>Greek lower letter omicron</source>
        <translation>小文字オミクロン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="249"/>
        <source>Greek capital letter Phi</source>
        <translation>大文字ファイ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="250"/>
        <source>Greek lower letter phi</source>
        <translation>小文字ファイ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="251"/>
        <source>Greek capital letter Pi</source>
        <translation>大文字パイ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="252"/>
        <source>Greek lower letter pi</source>
        <translation>小文字パイ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="253"/>
        <source>Greek double prime</source>
        <translation>ダブルプライム、秒、インチ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="254"/>
        <source>Greek single prime</source>
        <translation>プライム、分、フィート</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="255"/>
        <source>Greek capital letter Psi</source>
        <translation>大文字プサイ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="256"/>
        <source>Greek lower letter psi</source>
        <translation>小文字プサイ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="257"/>
        <source>Greek capital letter Rho</source>
        <translation>大文字ロー</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="258"/>
        <source>Greek lower letter rho</source>
        <translation>小文字ロー</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="259"/>
        <source>Greek capital letter Sigma</source>
        <translation>大文字シグマ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="260"/>
        <source>Greek lower letter sigma</source>
        <translation>小文字シグマ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="261"/>
        <source>Greek capital letter Tau</source>
        <translation>大文字タウ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="262"/>
        <source>Greek lower letter tau</source>
        <translation>小文字タウ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="263"/>
        <source>Greek capital letter Theta</source>
        <translation>大文字シータ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="264"/>
        <source>Greek lower letter theta</source>
        <translation>小文字シータ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="265"/>
        <source>Greek capital letter Upsilon</source>
        <translation>大文字ウプシロン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="266"/>
        <source>Greek lower letter upsilon</source>
        <translation>小文字ウプシロン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="267"/>
        <source>Greek capital letter Xi</source>
        <translation>大文字クサイ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="268"/>
        <source>Greek lower letter xi</source>
        <translation>小文字クサイ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="269"/>
        <source>Greek capital letter Zeta</source>
        <translation>大文字ゼータ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="270"/>
        <source>Greek lower letter zeta</source>
        <translation>小文字ゼータ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="274"/>
        <source>alef symbol</source>
        <translation>アレフ記号、アレフ数</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="275"/>
        <source>logical and</source>
        <translation>論理積、合接 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="276"/>
        <source>logical or</source>
        <translation>論理和、離接 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="277"/>
        <source>intersection</source>
        <translation>共通部分、共通集合 [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="278"/>
        <source>union</source>
        <translation>和集合、合併集合 [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="279"/>
        <source>congruent to</source>
        <translation>およそ等しい、同形 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="280"/>
        <source>downwards arrow with corner leftwards</source>
        <translation>キャリッジリターン、改行、左隅付き下向矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="281"/>
        <source>currency sign</source>
        <translation>通貨記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="282"/>
        <source>downwards double arrow</source>
        <translation>下向二重矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="283"/>
        <source>upwards double arrow</source>
        <translation>上向二重矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="284"/>
        <source>downwards arrow</source>
        <translation>下向矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="285"/>
        <source>upwards arrow</source>
        <translation>上向矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="286"/>
        <source>empty set</source>
        <translation>空集合 [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="287"/>
        <source>identical to</source>
        <translation>合同 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="288"/>
        <source>there exists</source>
        <translation>存在記号、存在限定子 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="289"/>
        <source>Latin small letter f with hook</source>
        <translation>小文字 f（フック付）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="290"/>
        <source>for all</source>
        <translation>すべての、全称記号、普通限定子 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="291"/>
        <source>fraction slash</source>
        <translation>分数用スラッシュ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="292"/>
        <source>left right double arrow</source>
        <translation>左右二重矢印、左右両向き二重矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="293"/>
        <source>left right single arrow</source>
        <translation>左右矢印、左右両向き矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="294"/>
        <source>black-letter capital I</source>
        <translation>ブラックレターの大文字 I、虚数部</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="295"/>
        <source>integral</source>
        <translation>インテグラル、積分、積分記号 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="296"/>
        <source>element of</source>
        <translation>～の元である、～に属する、～の要素である [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="297"/>
        <source>leftwards double arrow</source>
        <translation>左向二重矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="298"/>
        <source>double right arrow</source>
        <translation>右向二重矢印</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="299"/>
        <source>left-pointing angle bracket</source>
        <translation>左角括弧、左向き山かっこ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="300"/>
        <source>right-pointing angle bracket</source>
        <translation>右角括弧、右向き山かっこ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="301"/>
        <source>left ceiling</source>
        <translation>左上限、左天井関数 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="302"/>
        <source>right ceiling</source>
        <translation>右上限、右天井関数 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="303"/>
        <source>less-than or equal to</source>
        <translation>小なりまたは等しい、小なりイコール [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="304"/>
        <source>greater-than or equal to</source>
        <translation>大なりまたは等しい、大なりイコール [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="305"/>
        <source>left floor</source>
        <translation>左下限、左床関数 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="306"/>
        <source>right floor</source>
        <translation>右下限、右床関数 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="307"/>
        <source>asterisk operator</source>
        <translation>アスタリスク、アスタリスク演算子 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="308"/>
        <source>lozenge</source>
        <translation>ロゼンジ、ひし形</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="309"/>
        <source>macron</source>
        <translation>マクロン</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="310"/>
        <source>nabla</source>
        <translation>ナブラ [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="311"/>
        <source>not equal to</source>
        <translation>等しくない [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="312"/>
        <source>contains as member</source>
        <translation>元として含む [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="313"/>
        <source>not sign</source>
        <translation>否定記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="314"/>
        <source>not an element of</source>
        <translation>～の元でない、元の否定、要素の否定 [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="315"/>
        <source>not a subset of</source>
        <translation>部分集合の否定、～に含まれない [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="316"/>
        <source>overline</source>
        <translation>オーバーライン、オーバースコア、上線</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="317"/>
        <source>circled plus</source>
        <translation>直和、丸囲み加算 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="318"/>
        <source>circled times</source>
        <translation>テンソル積、直積、丸囲み乗算 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="319"/>
        <source>partial differential</source>
        <translation>偏微分 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="320"/>
        <source>per mille sign</source>
        <translation>パーミル記号、千分率</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="321"/>
        <source>up tack</source>
        <translation>垂直、直交する [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="322"/>
        <source>Greek pi symbol</source>
        <translation>パイ記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="323"/>
        <source>n-ary product</source>
        <translation>数列の積、n項の乗算 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="324"/>
        <source>proportional to</source>
        <translation>比例 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="325"/>
        <source>square root</source>
        <translation>ルート記号、根号、平方根 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="326"/>
        <source>black-letter capital R</source>
        <translation>ブラックレターの大文字 R、実数部シンボル</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="327"/>
        <source>dot operator</source>
        <translation>ドット演算子 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="328"/>
        <source>Greek small letter final sigma</source>
        <translation>小文字ファイナルシグマ</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="329"/>
        <source>tilde operator</source>
        <translation>チルダ演算子 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="330"/>
        <source>subset of</source>
        <translation>真部分集合、～に含まれる [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="331"/>
        <source>superset of</source>
        <translation>真部分集合（逆方向）、～を含む [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="332"/>
        <source>subset of or equal to</source>
        <translation>部分集合、～に含まれるか等しい [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="333"/>
        <source>superset of or equal to</source>
        <translation>部分集合（逆方向）、～を含むか等しい [集合]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="334"/>
        <source>n-ary summation</source>
        <translation>数列の和、n項の加算 [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="335"/>
        <source>superscript one</source>
        <translation>上付き文字1</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="336"/>
        <source>superscript two</source>
        <translation>上付き文字2</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="337"/>
        <source>superscript three</source>
        <translation>上付き文字3</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="338"/>
        <source>therefore sign</source>
        <translation>ゆえに [数学]</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="339"/>
        <source>Greek theta symbol</source>
        <translation>シータ記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="340"/>
        <source>Greek Upsilon with hook symbol</source>
        <translation>フック付きウプシロン記号</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="341"/>
        <source>script capital P</source>
        <translation>スクリプトの大文字 P、べき集合、ワイエルシュトラスのP（ペー函数）</translation>
    </message>
    <message>
        <location filename="../SelectCharacter.cpp" line="342"/>
        <source>yen sign</source>
        <translation>円記号</translation>
    </message>
</context>
<context>
    <name>SelectFiles</name>
    <message>
        <location filename="../SelectFiles.ui" line="14"/>
        <source>Insert File</source>
        <translation>ファイルを挿入</translation>
    </message>
    <message>
        <location filename="../SelectFiles.ui" line="46"/>
        <source>List only the file names which contain the text you enter.</source>
        <translation>入力したテキストを含むファイル名のみリスト表示します。</translation>
    </message>
    <message>
        <location filename="../SelectFiles.ui" line="49"/>
        <source>Filter:</source>
        <translation>フィルター:</translation>
    </message>
    <message>
        <location filename="../SelectFiles.ui" line="118"/>
        <source>Thumbnail size:</source>
        <translation>サムネイルサイズ:</translation>
    </message>
    <message>
        <location filename="../SelectFiles.cpp" line="115"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../SelectFiles.cpp" line="116"/>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../SelectFiles.cpp" line="117"/>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location filename="../SelectFiles.cpp" line="118"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../SelectFiles.cpp" line="161"/>
        <source>Media Files In the Book</source>
        <translation>ブック内のメディアファイル</translation>
    </message>
    <message>
        <location filename="../SelectFiles.cpp" line="164"/>
        <source>Thumbnails</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <location filename="../SelectFiles.cpp" line="327"/>
        <source>shades</source>
        <translation>階調</translation>
    </message>
    <message>
        <location filename="../SelectFiles.cpp" line="327"/>
        <source>colors</source>
        <translation>カラー</translation>
    </message>
    <message>
        <location filename="../SelectFiles.cpp" line="328"/>
        <source>Grayscale</source>
        <translation>グレースケール</translation>
    </message>
    <message>
        <location filename="../SelectFiles.cpp" line="328"/>
        <source>Color</source>
        <translation>カラー</translation>
    </message>
</context>
<context>
    <name>SelectHyperlink</name>
    <message>
        <location filename="../SelectHyperlink.ui" line="14"/>
        <source>Select Target</source>
        <translation>ターゲットを選択</translation>
    </message>
    <message>
        <location filename="../SelectHyperlink.ui" line="22"/>
        <source>List only the entries that match the text you enter.</source>
        <translation>入力したテキストに一致するエントリーのみリスト表示します。</translation>
    </message>
    <message>
        <location filename="../SelectHyperlink.ui" line="25"/>
        <source>Filter:</source>
        <translation>フィルター:</translation>
    </message>
    <message>
        <location filename="../SelectHyperlink.ui" line="58"/>
        <source>Enter the target URL for this hyperlink.  You can select or 
double click on existing destinations in your book from the list above.</source>
        <translation>このハイパーリンクのターゲットURLを入力します。
上記のリストからブック内の既存の移動先を選択またはダブルクリックできます。</translation>
    </message>
    <message>
        <location filename="../SelectHyperlink.ui" line="62"/>
        <source>Target:</source>
        <translation>ターゲット:</translation>
    </message>
    <message>
        <location filename="../SelectHyperlink.cpp" line="96"/>
        <source>Targets in the Book</source>
        <translation>ブック中のターゲット</translation>
    </message>
    <message>
        <location filename="../SelectHyperlink.cpp" line="97"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
</context>
<context>
    <name>SelectId</name>
    <message>
        <location filename="../SelectId.ui" line="14"/>
        <source>Insert ID </source>
        <translation>IDを挿入</translation>
    </message>
    <message>
        <location filename="../SelectId.ui" line="22"/>
        <source>Enter an ID name to use as a destination for hyperlinks, notes, and TOC entries.

The dropdown box shows existing ID names in the current file.

ID names must be unique and start with a letter.</source>
        <translation>ハイパーリンク、注記、TOCエントリーのリンク先として使用するID名を入力します。

ドロップダウンボックスには、現在のファイル内の既存のID名が表示されます。

ID名は一意で、文字で始まる必要があります。</translation>
    </message>
    <message>
        <location filename="../SelectId.ui" line="29"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
</context>
<context>
    <name>Utility</name>
    <message>
        <location filename="../Utility.cpp" line="677"/>
        <source>PageEdit</source>
        <translation>PageEdit</translation>
    </message>
    <message>
        <location filename="../Utility.cpp" line="678"/>
        <source>The requested file name contains non-ASCII characters. You should only use ASCII characters in filenames. Using non-ASCII characters can prevent the EPUB from working with some readers.

Continue using the requested filename?</source>
        <translation>要求されたファイル名に非ASCII文字が含まれています。ファイル名にはASCII文字のみを使用する必要があります。非ASCII文字を使用すると、一部のリーダーでEPUBが機能しなくなる可能性があります。

要求されたファイル名を使用しますか?</translation>
    </message>
</context>
<context>
    <name>WebViewEdit</name>
    <message>
        <location filename="../WebViewEdit.cpp" line="196"/>
        <source>No suggestions</source>
        <translation>候補なし</translation>
    </message>
    <message>
        <location filename="../WebViewEdit.cpp" line="208"/>
        <source>Check Spelling</source>
        <translation>スペルチェックを実行</translation>
    </message>
    <message>
        <location filename="../WebViewEdit.cpp" line="217"/>
        <source>Select Language</source>
        <translation>言語の選択</translation>
    </message>
</context>
</TS>