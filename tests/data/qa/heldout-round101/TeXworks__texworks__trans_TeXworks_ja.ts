<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CitationSelectDialog</name>
    <message>
        <location filename="../src/CitationSelectDialog.ui" line="14"></location>
        <source>Select Citations</source>
        <translation>文献を選択する</translation>
    </message>
    <message>
        <location filename="../src/CitationSelectDialog.ui" line="20"></location>
        <source>Filter...</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../src/CitationSelectDialog.cpp" line="226"></location>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../src/CitationSelectDialog.cpp" line="227"></location>
        <source>Author</source>
        <translation>著者</translation>
    </message>
    <message>
        <location filename="../src/CitationSelectDialog.cpp" line="228"></location>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../src/CitationSelectDialog.cpp" line="229"></location>
        <source>Year</source>
        <translation>出版年</translation>
    </message>
    <message>
        <location filename="../src/CitationSelectDialog.cpp" line="230"></location>
        <source>Journal</source>
        <translation>雑誌名</translation>
    </message>
</context>
<context>
    <name>CompletingEdit</name>
    <message>
        <location filename="../src/CompletingEdit.ui" line="15"></location>
        <source>Next Completion</source>
        <translation>次の補完候補</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.ui" line="18"></location>
        <source>Tab</source>
        <extracomment>This is a keyboard shortcut. Please leave it untranslated unless this particular key combination is typically inaccessible or used with a different meaning in your language.</extracomment>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.ui" line="23"></location>
        <source>Previous Completion</source>
        <translation>前の補完候補</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.ui" line="26"></location>
        <source>Shift+Backtab</source>
        <extracomment>This is a keyboard shortcut. Please leave it untranslated unless this particular key combination is typically inaccessible or used with a different meaning in your language.</extracomment>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.ui" line="31"></location>
        <source>Next Completion Placeholder</source>
        <translation>次の補完対象箇所へ</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.ui" line="34"></location>
        <source>Ctrl+Tab</source>
        <extracomment>This is a keyboard shortcut. Please leave it untranslated unless this particular key combination is typically inaccessible or used with a different meaning in your language.</extracomment>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.ui" line="39"></location>
        <source>Previous Completion Placeholder</source>
        <translation>前の補完対象箇所へ</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.ui" line="42"></location>
        <source>Ctrl+Shift+Backtab</source>
        <extracomment>This is a keyboard shortcut. Please leave it untranslated unless this particular key combination is typically inaccessible or used with a different meaning in your language.</extracomment>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.ui" line="47"></location>
        <location filename="../src/CompletingEdit.cpp" line="1116"></location>
        <source>Jump to PDF</source>
        <translation>PDFの該当箇所へジャンプ</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.ui" line="50"></location>
        <source>Ctrl+Shift+J</source>
        <extracomment>This is a keyboard shortcut. Please leave it untranslated unless this particular key combination is typically inaccessible or used with a different meaning in your language.</extracomment>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.cpp" line="1134"></location>
        <source>No suggestions</source>
        <translation>候補がありません</translation>
    </message>
    <message>
        <location filename="../src/CompletingEdit.cpp" line="1155"></location>
        <source>Ignore word</source>
        <translation>単語を無視する</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Delete</source>
        <translation type="vanished">削除</translation>
    </message>
    <message>
        <source>Unable to delete</source>
        <translation type="vanished">削除できません</translation>
    </message>
    <message>
        <source>Some of the auxiliary files could not be removed. Perhaps you don&apos;t have permission to delete them.</source>
        <translation type="vanished">いくつかの補助ファイルが削除できませんでした。権限を確認してください。</translation>
    </message>
    <message>
        <source>Confirm file deletion</source>
        <translation type="vanished">ファイルを削除してもよろしいですか？</translation>
    </message>
    <message>
        <source>Auxiliary files to be deleted:</source>
        <translation type="vanished">補助ファイルは削除されました:</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="vanished">全て選択</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation type="vanished">選択解除</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation type="vanished">切り替え</translation>
    </message>
</context>
<context>
    <name>ECMAScript</name>
    <message>
        <source>

Stack trace:
</source>
        <translation type="vanished">

スタックトレース: 
</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../src/Find.ui" line="23"></location>
        <location filename="../src/FindDialog.cpp" line="95"></location>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/Find.ui" line="32"></location>
        <source>Find:</source>
        <translation>検索 :</translation>
    </message>
    <message>
        <location filename="../src/Find.ui" line="69"></location>
        <source>&amp;Wrap around</source>
        <translation>折り返して検索する(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/Find.ui" line="76"></location>
        <source>Find &amp;backwards</source>
        <translation>前を検索(&amp;b)</translation>
    </message>
    <message>
        <location filename="../src/Find.ui" line="83"></location>
        <source>Search within &amp;selection</source>
        <translation>選択箇所を検索する(&amp;s)</translation>
    </message>
    <message>
        <location filename="../src/Find.ui" line="90"></location>
        <source>Find &amp;all occurrences</source>
        <translation>検索結果を全て表示する(&amp;a)</translation>
    </message>
    <message>
        <location filename="../src/Find.ui" line="97"></location>
        <source>Search all &amp;open files</source>
        <translation>開いているファイル全てを検索対象にする(&amp;o)</translation>
    </message>
    <message>
        <location filename="../src/Find.ui" line="108"></location>
        <source>&amp;Case sensitive</source>
        <translation>大文字小文字を区別する(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/Find.ui" line="115"></location>
        <source>W&amp;hole words</source>
        <translation>完全一致(&amp;h)</translation>
    </message>
    <message>
        <location filename="../src/Find.ui" line="122"></location>
        <source>&amp;Regular expression</source>
        <translation>正規表現(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="136"></location>
        <source>No recent search strings</source>
        <translation>一致する検索結果はありません</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="195"></location>
        <source>(invalid)</source>
        <translation>(invalid)</translation>
    </message>
</context>
<context>
    <name>HardWrapDialog</name>
    <message>
        <location filename="../src/HardWrapDialog.ui" line="20"></location>
        <source>Hard Wrap</source>
        <translation>折り返し(改行)</translation>
    </message>
    <message>
        <location filename="../src/HardWrapDialog.ui" line="35"></location>
        <source>Wrap lines to:</source>
        <translation>折り返す文字数 :</translation>
    </message>
    <message>
        <location filename="../src/HardWrapDialog.ui" line="44"></location>
        <source>Current window size</source>
        <translation>現在のウィンドウサイズ</translation>
    </message>
    <message>
        <location filename="../src/HardWrapDialog.ui" line="51"></location>
        <source>Line length:</source>
        <translation>文字数 :</translation>
    </message>
    <message>
        <location filename="../src/HardWrapDialog.ui" line="87"></location>
        <source>Re-wrap paragraphs</source>
        <translation>段落の折り返しをやり直す</translation>
    </message>
    <message>
        <location filename="../src/HardWrapDialog.ui" line="77"></location>
        <source>Unwrap</source>
        <translation>折り返しを解除する</translation>
    </message>
</context>
<context>
    <name>ListSelectDialog</name>
    <message>
        <location filename="../src/ui/ListSelectDialog.ui" line="17"></location>
        <source>Select items</source>
        <translation>項目を選択</translation>
    </message>
    <message>
        <location filename="../src/ui/ListSelectDialog.ui" line="50"></location>
        <source>Select All</source>
        <translation>全て選択</translation>
    </message>
    <message>
        <location filename="../src/ui/ListSelectDialog.ui" line="57"></location>
        <source>Select None</source>
        <translation>選択解除</translation>
    </message>
    <message>
        <location filename="../src/ui/ListSelectDialog.ui" line="64"></location>
        <source>Toggle</source>
        <translation>切り替え</translation>
    </message>
</context>
<context>
    <name>PDFDocumentWindow</name>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="45"></location>
        <source>Open Recent</source>
        <translation>最近開いたファイル</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="539"></location>
        <source>Failed to load file &quot;%1&quot;; perhaps it is not a valid PDF document.</source>
        <translation>ファイル &quot;%1&quot; を読み込めません。正常なPDFファイルではないかもしれません</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="558"></location>
        <source>No SyncTeX data available</source>
        <translation>SyncTeXデータがありません</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="560"></location>
        <source>SyncTeX: &quot;%1&quot;</source>
        <translation>SyncTeX &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="414"></location>
        <location filename="../src/PDFDocumentWindow.cpp" line="774"></location>
        <source>%1[*] - %2</source>
        <extracomment>Format for the window title (ex. &quot;file.pdf[*] - TeXworks&quot;)</extracomment>
        <translation>%1[*] - %2</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="792"></location>
        <source>page %1 of %2</source>
        <translation>%2ページ中%1ページ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="797"></location>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="17"></location>
        <source>untitled.pdf[*]</source>
        <translation>untitled.pdf[*]</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="31"></location>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="41"></location>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="61"></location>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="72"></location>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="97"></location>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="101"></location>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="116"></location>
        <source>Typeset</source>
        <comment>menu title</comment>
        <translation>タイプセット</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="122"></location>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="161"></location>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="198"></location>
        <source>About TeXworks...</source>
        <translation>TeXworksについて</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="209"></location>
        <source>First Page</source>
        <translation>最初のページ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="220"></location>
        <source>Previous Page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="223"></location>
        <source>Ctrl+PgUp</source>
        <comment>shortcut key name, do not translate</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="234"></location>
        <source>Next Page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="237"></location>
        <source>Ctrl+PgDown</source>
        <comment>shortcut key name, do not translate</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="248"></location>
        <source>Last Page</source>
        <translation>最後のページ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="256"></location>
        <source>Go to Page...</source>
        <translation>ページを指定して移動</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="259"></location>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="270"></location>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="273"></location>
        <location filename="../src/PDFDocumentWindow.cpp" line="240"></location>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="284"></location>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="287"></location>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="301"></location>
        <source>Fit to Window</source>
        <translation>ウィンドウサイズに合わせる</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="304"></location>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="315"></location>
        <source>Actual Size</source>
        <translation>実際のサイズ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="318"></location>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="332"></location>
        <source>Fit to Width</source>
        <translation>ウィンドウ幅に合わせる</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="335"></location>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="346"></location>
        <source>New</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="349"></location>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="360"></location>
        <source>Open...</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="363"></location>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="371"></location>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="374"></location>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="388"></location>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="391"></location>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="405"></location>
        <source>Redo</source>
        <translation>繰り返す</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="408"></location>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="422"></location>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="425"></location>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="439"></location>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="442"></location>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="456"></location>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="459"></location>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="470"></location>
        <source>Clear</source>
        <translation>選択範囲を削除</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="473"></location>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="484"></location>
        <location filename="../src/PDFDocumentWindow.cpp" line="925"></location>
        <source>Typeset</source>
        <translation>タイプセット</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="487"></location>
        <source>Ctrl+T</source>
        <comment>action</comment>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="498"></location>
        <source>Preferences...</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="506"></location>
        <source>Stack</source>
        <translation>積み重ねる</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="514"></location>
        <source>Tile</source>
        <translation>タイル</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="525"></location>
        <source>Go to Source</source>
        <translation>ソースの該当箇所へ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="528"></location>
        <source>Ctrl+&apos;</source>
        <translation>Ctrl+&apos;</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="536"></location>
        <source>New from Template...</source>
        <translation>テンプレートから新規作成</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="539"></location>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="550"></location>
        <source>Full Screen</source>
        <translation>フルスクリーン表示</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="553"></location>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="570"></location>
        <source>Magnify</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="581"></location>
        <source>Scroll</source>
        <translation>スクロール</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="592"></location>
        <source>Select Text</source>
        <translation>テキストの選択</translation>
    </message>
    <message>
        <source>Select Image</source>
        <translation type="vanished">画像の選択</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="597"></location>
        <source>Go to TeXworks home page</source>
        <translation>TeXworksのホームページへ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="602"></location>
        <source>Email to the mailing list</source>
        <translation>メーリングリストに投稿する</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="610"></location>
        <source>Side by Side</source>
        <translation>横に並べる</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="615"></location>
        <source>Place on Left</source>
        <translation>左に表示</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="620"></location>
        <source>Place on Right</source>
        <translation>右に表示</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="625"></location>
        <source>Quit TeXworks</source>
        <translation>TeXworksを終了する</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="628"></location>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="639"></location>
        <source>Find...</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="642"></location>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="653"></location>
        <source>Find Again</source>
        <translation>再度検索する</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="656"></location>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="129"></location>
        <source>Scripts</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="675"></location>
        <source>Manage Scripts</source>
        <translation>スクリプトの管理</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="683"></location>
        <source>Show Scripts Folder</source>
        <translation>スクリプトフォルダを開く</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="133"></location>
        <source>Scripting TeXworks</source>
        <translation>TeXworksスクリプト</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="667"></location>
        <source>Reload Script List</source>
        <translation>スクリプト一覧の更新</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="691"></location>
        <source>About Scripts...</source>
        <translation>スクリプトについて</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="699"></location>
        <location filename="../src/PDFDocumentWindow.cpp" line="1162"></location>
        <source>Print PDF...</source>
        <translation>PDFを印刷する</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="702"></location>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="919"></location>
        <source>Abort typesetting</source>
        <translation>タイプセットの中止</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1157"></location>
        <source>Unfortunately, this version of %1 is unable to print PDF documents due to various technical reasons.
</source>
        <translation>このバージョンの %1 では、技術的な課題からPDFの印刷はできません
</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1158"></location>
        <source>Do you want to open the file in the default viewer for printing instead?</source>
        <translation>印刷するために、システムデフォルトのPDFビューアでファイルを開きますか?</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1159"></location>
        <source> (remember to close it again to avoid access problems)</source>
        <translation> (アクセス権の問題を避けるため、印刷終了後はビューアを閉じてください)</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="707"></location>
        <source>Settings and Resources...</source>
        <translation>設定ファイルについて</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="718"></location>
        <source>Clear Recent Files</source>
        <translation>最近開いたファイル一覧のクリア</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="556"></location>
        <source>Error initializing SyncTeX</source>
        <translation>SyncTeXのエラーを初期化する</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="723"></location>
        <source>Go to previous view</source>
        <translation>1つ前の画面に移動する</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="726"></location>
        <source>Alt+Left</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="754"></location>
        <source>Ruler</source>
        <translation>ルーラー</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="766"></location>
        <source>Single Page</source>
        <translation>単一ページ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="777"></location>
        <source>Single Page Continuous</source>
        <translation>スクロールを有効にする</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="788"></location>
        <source>Two Pages Continuous</source>
        <translation>見開きページでスクロール</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="977"></location>
        <source>Jump to Source</source>
        <translation>ソースの該当箇所へジャンプ</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1244"></location>
        <source>Go to Page</source>
        <translation>ページを指定して移動</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1245"></location>
        <source>Page number:</source>
        <translation>ページ番号:</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1120"></location>
        <source>Open URL</source>
        <translation>URLを開く</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1120"></location>
        <source>You are in the process of opening the URL %1. Opening unknown or untrusted web addresses can be a security risk.
Do you want to continue?</source>
        <translation>URL %1を開こうとしています。信頼できないWebページを開くことはセキュリティリスクとなります。
URLを開きますか？</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1181"></location>
        <source>Custom...</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1256"></location>
        <source>Set Zoom</source>
        <translation>拡大縮小の設定</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1256"></location>
        <source>Zoom level:</source>
        <translation>ズームレベル:</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="737"></location>
        <location filename="../src/PDFDocumentWindow.ui" line="740"></location>
        <source>Fit to Content Width</source>
        <translation>文書の幅に合わせる</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.ui" line="743"></location>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="241"></location>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1184"></location>
        <source>200%</source>
        <translation>200%</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1187"></location>
        <source>150%</source>
        <translation>150%</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1192"></location>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1196"></location>
        <source>75%</source>
        <translation>75%</translation>
    </message>
    <message>
        <location filename="../src/PDFDocumentWindow.cpp" line="1199"></location>
        <source>50%</source>
        <translation>50%</translation>
    </message>
</context>
<context>
    <name>PDFFindDialog</name>
    <message>
        <location filename="../src/FindDialog.cpp" line="610"></location>
        <source>Find</source>
        <translation>検索する</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="652"></location>
        <source>No recent search strings</source>
        <translation>一致する検索結果はありません</translation>
    </message>
    <message>
        <location filename="../src/PDFFind.ui" line="20"></location>
        <source>Find in PDF</source>
        <translation>PDFファイルを検索</translation>
    </message>
    <message>
        <location filename="../src/PDFFind.ui" line="34"></location>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../src/PDFFind.ui" line="71"></location>
        <source>&amp;Wrap around</source>
        <translation>折り返して検索する(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/PDFFind.ui" line="78"></location>
        <source>Find &amp;backwards</source>
        <translation>前を検索(&amp;b)</translation>
    </message>
    <message>
        <location filename="../src/PDFFind.ui" line="85"></location>
        <source>Find &amp;all occurrences</source>
        <translation>検索結果を全て表示する(&amp;a)</translation>
    </message>
    <message>
        <location filename="../src/PDFFind.ui" line="92"></location>
        <source>&amp;Case sensitive</source>
        <translation>大文字小文字を区別する(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/PDFFind.ui" line="99"></location>
        <source>&amp;Sync to source</source>
        <translation>ソースと同期する(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PrefsDialog</name>
    <message>
        <location filename="../src/PrefsDialog.cpp" line="140"></location>
        <source>Choose Directory</source>
        <translation>ディレクトリを選択</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.cpp" line="214"></location>
        <source>New Tool</source>
        <translation>新規ツール</translation>
    </message>
    <message>
        <source>%1 - %2 (%3)</source>
        <translation type="vanished">%1 - %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.cpp" line="529"></location>
        <source>System default [%1]</source>
        <translation>システムのデフォルト [%1]</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.cpp" line="547"></location>
        <source>%1 (%2)</source>
        <extracomment>Language (%1) and Country (%2) for TeXworks translations (ex. &quot;Portuguese (Brazil)&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="345"></location>
        <location filename="../src/PrefsDialog.ui" line="384"></location>
        <location filename="../src/PrefsDialog.ui" line="423"></location>
        <location filename="../src/PrefsDialog.ui" line="462"></location>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="14"></location>
        <source>TeXworks Preferences</source>
        <translation>TeXworksの設定</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="40"></location>
        <source>General</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="81"></location>
        <source>Small icons</source>
        <translation>小さなアイコン</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="88"></location>
        <source>Medium icons</source>
        <translation>中くらいのアイコン</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="95"></location>
        <source>Large icons</source>
        <translation>大きなアイコン</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="102"></location>
        <source>Show text as well as icons</source>
        <translation>アイコンの下にテキストを表示する</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="114"></location>
        <source>When launched, show</source>
        <translation>起動時には</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="120"></location>
        <source>New blank document</source>
        <translation>新しい空の文書を開く</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="127"></location>
        <source>Template selection dialog</source>
        <translation>テンプレート選択ダイアログを開く</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="134"></location>
        <source>File Open dialog</source>
        <translation>ファイル選択ダイアログを開く</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="178"></location>
        <source>Editor</source>
        <translation>エディタ</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="184"></location>
        <source>Editor defaults</source>
        <translation>エディタのデフォルト</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="208"></location>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="224"></location>
        <source>Tab width:</source>
        <translation>タブ幅:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="261"></location>
        <source>Line Spacing:</source>
        <translation>行間:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="304"></location>
        <source>Line numbers</source>
        <translation>行番号表示</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="315"></location>
        <source>Wrap lines</source>
        <translation>行の折り返し</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="331"></location>
        <source>Syntax coloring:</source>
        <translation>構文の色付け:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="370"></location>
        <source>Auto-Indent mode:</source>
        <translation>自動インデント:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="448"></location>
        <source>Spell-check language:</source>
        <translation>スペルチェッカの言語:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="487"></location>
        <source>Encoding:</source>
        <translation>エンコーディング:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="522"></location>
        <source>Global editor options</source>
        <translation>エディタ全体のオプション</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="530"></location>
        <source>Highlight current line</source>
        <translation>現在カーソルのある行をハイライトする</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="557"></location>
        <source>Cursor Width:</source>
        <translation>カーソル幅:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="618"></location>
        <source>Enable auto-follow focus</source>
        <translation>マウスカーソルの追従を有効にする</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="654"></location>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="660"></location>
        <source>Default scaling</source>
        <translation>デフォルトの倍率</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="668"></location>
        <source>Actual size</source>
        <translation>実際のサイズ</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="675"></location>
        <source>Fit to Width</source>
        <translation>ウィンドウ幅に合わせる</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="682"></location>
        <source>Fit to Window</source>
        <translation>ウィンドウサイズに合わせる</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="689"></location>
        <source>Fit to Content Width</source>
        <translation>文書の幅に合わせる</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="700"></location>
        <source>Fixed scale:</source>
        <translation>倍率を固定する:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="268"></location>
        <location filename="../src/PrefsDialog.ui" line="710"></location>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="884"></location>
        <source>Magnifying glass</source>
        <translation>拡大鏡</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="892"></location>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="899"></location>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="906"></location>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="915"></location>
        <source>Circular magnifier</source>
        <translation>円形に拡大する</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="827"></location>
        <source>Screen resolution:</source>
        <translation>画面解像度:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="999"></location>
        <source>Typesetting</source>
        <translation>タイプセット</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1016"></location>
        <source>Paths for TeX and related programs</source>
        <translation>TeXおよび関連プログラムのパス</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1089"></location>
        <source>Processing tools</source>
        <translation>タイプセットの方法</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1124"></location>
        <source>Edit...</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1162"></location>
        <source>Default:</source>
        <translation>デフォルト:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="409"></location>
        <source>Smart Quotes mode:</source>
        <translation>引用符の入力支援:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="231"></location>
        <location filename="../src/PrefsDialog.ui" line="564"></location>
        <source> px</source>
        <extracomment>cursor width unit</extracomment>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="837"></location>
        <source>Render Cache:</source>
        <translation>キャッシュサイズ:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1251"></location>
        <source>Scripts</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1257"></location>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1263"></location>
        <source>Allow scripts to read all files (script and document files are always readable)</source>
        <translation>スクリプトに全てのファイルの読み込みを許可する (スクリプトと文書ファイルが常に読み込み可能になります)</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1270"></location>
        <source>Allow scripts to write files</source>
        <translation>スクリプトにファイルへの書き込みを許可する</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1277"></location>
        <source>Allow scripts to run system commands</source>
        <translation>スクリプトにシステムコマンドの実行を許可する</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1284"></location>
        <source>Enable plug-in scripting languages (may circumvent other restrictions on script behavior)</source>
        <translation>言語プラグインを有効にする (これにより、スクリプトのいくつかの制限を回避できます)</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1294"></location>
        <source>Debugging</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1300"></location>
        <source>Enable QtScript debugger</source>
        <translation>QtScriptデバッガを有効にする</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1215"></location>
        <source>Never</source>
        <extracomment>&quot;Hide console output&quot; mode</extracomment>
        <translation>表示する</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1220"></location>
        <source>Automatically</source>
        <extracomment>&quot;Hide console output&quot; mode</extracomment>
        <translation>自動で隠す</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1225"></location>
        <source>On success</source>
        <extracomment>&quot;Hide console output&quot; mode</extracomment>
        <translation>成功時に隠す</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="643"></location>
        <source>&lt;em&gt;Note:&lt;/em&gt; These are default settings. Changes to them will not affect windows that are already open. Use the respective items in the &amp;quot;Format&amp;quot; menu to achieve that.</source>
        <translation>&lt;em&gt;注意:&lt;/em&gt; これはデフォルトの設定です。設定を変更しても、すでに開いているウィンドウには影響しません。既存のウィンドウの設定を変更するには、&amp;quot;フォーマット&amp;quot; メニューから設定をおこなってください</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="591"></location>
        <source>Enable autocompletion</source>
        <translation>自動補完を有効にする</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1192"></location>
        <source>Hide console output:</source>
        <translation>コンソール出力を表示しない:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="1205"></location>
        <source>&lt;p&gt;&lt;strong&gt;Never:&lt;/strong&gt; Never hide the console output panel after typesetting.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;Automatically:&lt;/strong&gt; Hide the console output panel after successful typesetting, but only if it was hidden before.&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;On Success:&lt;/strong&gt; Hide the console output panel after successful typesetting, regardless of its previous state.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;&lt;strong&gt;表示する:&lt;/strong&gt; タイプセット終了後、コンソールを閉じません&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;自動で隠す:&lt;/strong&gt; 事前にコンソールが表示していなければ、タイプセット完了時にコンソールを閉じます&lt;/p&gt;
&lt;p&gt;&lt;strong&gt;成功時に隠す:&lt;/strong&gt; 事前の状態を問わず、タイプセット完了時にコンソールを閉じます&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="46"></location>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="52"></location>
        <source>Locale:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="72"></location>
        <source>Toolbar buttons:</source>
        <translation>ツールバーボタン:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="141"></location>
        <source>Open corresponding PDF preview with TeX files</source>
        <translation>TeXファイルに対応するPDFファイルをプレビューする</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="748"></location>
        <source>Page mode:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="762"></location>
        <source>Single Page</source>
        <translation>単一ページ</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="767"></location>
        <source>Single Page Continuous</source>
        <translation>スクロールを有効にする</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="772"></location>
        <source>Two Page Continuous</source>
        <translation>見開きページでスクロール</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="780"></location>
        <source>Paper color:</source>
        <translation>背景色:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="790"></location>
        <source>Ruler:</source>
        <translation>ルーラー:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="800"></location>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="805"></location>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="810"></location>
        <source>bp</source>
        <translation>bp</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="818"></location>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="850"></location>
        <source> MB</source>
        <extracomment>abbreviation of megabytes</extracomment>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="925"></location>
        <source>Synchronization Resolution</source>
        <translation>同期時の強調範囲</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="931"></location>
        <source>Source &gt; Preview:</source>
        <translation>ソース &gt; プレビュー:</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="945"></location>
        <location filename="../src/PrefsDialog.ui" line="977"></location>
        <source>Highlight Character</source>
        <translation>文字を強調する</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="950"></location>
        <location filename="../src/PrefsDialog.ui" line="982"></location>
        <source>Highlight Word</source>
        <translation>単語を強調する</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="955"></location>
        <location filename="../src/PrefsDialog.ui" line="987"></location>
        <source>Highlight Line</source>
        <translation>行を強調する</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.ui" line="963"></location>
        <source>Preview &gt; Source:</source>
        <translation>プレビュー &gt; ソース:</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="vanished"> (%1)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/TWUtils.cpp" line="204"></location>
        <source>TeX documents (*.tex)</source>
        <translation>TeX文書(*.tex)</translation>
    </message>
    <message>
        <location filename="../src/TWUtils.cpp" line="205"></location>
        <source>LaTeX documents (*.ltx)</source>
        <translation>LaTeX文書(*.ltx)</translation>
    </message>
    <message>
        <location filename="../src/TWUtils.cpp" line="207"></location>
        <source>BibTeX databases (*.bib)</source>
        <translation>BibTeXデータベース(*.bib)</translation>
    </message>
    <message>
        <location filename="../src/TWUtils.cpp" line="208"></location>
        <source>Style files (*.sty)</source>
        <translation>スタイルファイル(*.sty)</translation>
    </message>
    <message>
        <location filename="../src/TWUtils.cpp" line="209"></location>
        <source>Class files (*.cls)</source>
        <translation>クラスファイル(*.cls)</translation>
    </message>
    <message>
        <location filename="../src/TWUtils.cpp" line="210"></location>
        <source>Documented macros (*.dtx)</source>
        <translation>文書化されたマクロ(*.dtx)</translation>
    </message>
    <message>
        <location filename="../src/TWUtils.cpp" line="212"></location>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル(*.txt)</translation>
    </message>
    <message>
        <location filename="../src/TWUtils.cpp" line="213"></location>
        <source>PDF documents (*.pdf)</source>
        <translation>PDFファイル(*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/TWUtils.cpp" line="226"></location>
        <source>All files</source>
        <translation>全てのファイル</translation>
    </message>
    <message>
        <location filename="../src/TWUtils.cpp" line="206"></location>
        <source>Log files (*.log *.blg)</source>
        <translation>ログファイル (*.log *.blg)</translation>
    </message>
    <message>
        <location filename="../src/TWUtils.cpp" line="211"></location>
        <source>Auxiliary files (*.aux *.toc *.lot *.lof *.nav *.out *.snm *.ind *.idx *.bbl *.brf)</source>
        <translation>補助ファイル (*.aux *.toc *.lot *.lof *.nav *.out *.snm *.ind *.idx *.bbl *.brf)</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/Replace.ui" line="22"></location>
        <location filename="../src/FindDialog.cpp" line="254"></location>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="256"></location>
        <source>Replace All</source>
        <translation>全て置換する</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="258"></location>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="292"></location>
        <source>No recent search strings</source>
        <translation>一致する検索結果はありません</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="303"></location>
        <source>No recent replacement strings</source>
        <translation>一致する置換対象はありません</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="363"></location>
        <source>(invalid)</source>
        <translation>(invalid)</translation>
    </message>
    <message>
        <location filename="../src/Replace.ui" line="31"></location>
        <source>Replace:</source>
        <translation>置換対象:</translation>
    </message>
    <message>
        <location filename="../src/Replace.ui" line="67"></location>
        <source>With:</source>
        <translation>置換結果:</translation>
    </message>
    <message>
        <location filename="../src/Replace.ui" line="107"></location>
        <source>&amp;Wrap around</source>
        <translation>折り返して置換する(&amp;b)</translation>
    </message>
    <message>
        <location filename="../src/Replace.ui" line="114"></location>
        <source>Find &amp;backwards</source>
        <translation>前を検索する(&amp;h)</translation>
    </message>
    <message>
        <location filename="../src/Replace.ui" line="121"></location>
        <source>Replace within &amp;selection</source>
        <translation>選択範囲を置換する(&amp;s)</translation>
    </message>
    <message>
        <location filename="../src/Replace.ui" line="128"></location>
        <source>Replace in all &amp;open files</source>
        <translation>開いているファイル全てを置換対象にする(&amp;o)</translation>
    </message>
    <message>
        <location filename="../src/Replace.ui" line="139"></location>
        <source>&amp;Case sensitive</source>
        <translation>大文字小文字を区別する(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/Replace.ui" line="146"></location>
        <source>W&amp;hole words</source>
        <translation>完全一致(&amp;h)</translation>
    </message>
    <message>
        <location filename="../src/Replace.ui" line="153"></location>
        <source>&amp;Regular expression</source>
        <translation>正規表現(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ResourcesDialog</name>
    <message>
        <location filename="../src/ResourcesDialog.ui" line="17"></location>
        <source>TeXworks Settings and Resources</source>
        <translation>TeXworks設定ファイルの場所</translation>
    </message>
    <message>
        <location filename="../src/ResourcesDialog.ui" line="23"></location>
        <source>Storage Locations</source>
        <translation>設定ファイルの場所</translation>
    </message>
    <message>
        <location filename="../src/ResourcesDialog.ui" line="41"></location>
        <source>Settings:</source>
        <translation>設定ファイル:</translation>
    </message>
    <message>
        <location filename="../src/ResourcesDialog.ui" line="67"></location>
        <source>Resources:</source>
        <translation>データ格納先:</translation>
    </message>
    <message>
        <location filename="../src/ResourcesDialog.ui" line="93"></location>
        <source>Dictionaries:</source>
        <translation>辞書:</translation>
    </message>
    <message>
        <location filename="../src/ResourcesDialog.cpp" line="42"></location>
        <source>Registry (%1)</source>
        <translation>レジストリ (%1)</translation>
    </message>
</context>
<context>
    <name>ScreenCalibrationWidget</name>
    <message>
        <source>Drag the ruler or change the value to match real world lengths.
Common paper sizes are marked as well (you may need to resize the dialog window to see them).
Use the context menu to change the units.</source>
        <translation type="vanished">実際の長さと合うようにルーラーをドラッグするか、値を入力してください。
一般的な用紙サイズはあらかじめ設定済みです（確認するにはダイアログウィンドウのサイズを変更しなければならないかもしれません）。
長さの単位はコンテキストメニューで変更可能です。</translation>
    </message>
    <message>
        <source> dpi</source>
        <extracomment>dots per inch</extracomment>
        <translation type="vanished"> dpi</translation>
    </message>
    <message>
        <source>DIN A4</source>
        <translation type="vanished">A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="vanished">レター</translation>
    </message>
    <message>
        <source>cm</source>
        <extracomment>this refers to the length unit of centimeters</extracomment>
        <translation type="vanished">cm</translation>
    </message>
    <message>
        <source>in</source>
        <extracomment>this refers to the length unit of inches</extracomment>
        <translation type="vanished">in</translation>
    </message>
</context>
<context>
    <name>ScriptAPI</name>
    <message>
        <source>Internal error</source>
        <translation type="vanished">内部エラー</translation>
    </message>
    <message>
        <source>Failed to execute system command: %1</source>
        <translation type="vanished">システムコマンド %1 を実行できませんでした</translation>
    </message>
    <message>
        <source>Error executing system command: %1</source>
        <translation type="vanished">システムコマンド %1 の実行時エラー</translation>
    </message>
    <message>
        <source>System command execution is disabled (see Preferences)</source>
        <translation type="vanished">システムコマンドの実行は許可されていません (設定を確認してください)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation type="vanished">&quot;%1&quot; が開けません</translation>
    </message>
    <message>
        <source>Reading all files is disabled (see Preferences)</source>
        <translation type="vanished">全てのファイルの読み込み許可がありません (設定を確認してください)</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened for reading</source>
        <translation type="vanished">ファイル &quot;%1&quot; を読み込むことができません</translation>
    </message>
</context>
<context>
    <name>ScriptManagerWidget</name>
    <message>
        <location filename="../src/ScriptManagerWidget.ui" line="14"></location>
        <source>Manage Scripts</source>
        <translation>スクリプトの管理</translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.ui" line="34"></location>
        <source>Standalone Scripts</source>
        <translation>単独動作するスクリプト</translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.ui" line="53"></location>
        <source>Hook Scripts</source>
        <translation>TeX入出力をフックするスクリプト</translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.cpp" line="192"></location>
        <source>Name: </source>
        <translation>名前: </translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.cpp" line="193"></location>
        <source>Context: </source>
        <translation>使用法: </translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.cpp" line="194"></location>
        <source>Description: </source>
        <translation>説明: </translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.cpp" line="195"></location>
        <source>Author: </source>
        <translation>作者: </translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.cpp" line="196"></location>
        <source>Version: </source>
        <translation>バージョン: </translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.cpp" line="197"></location>
        <source>Shortcut: </source>
        <translation>ショートカット: </translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.cpp" line="198"></location>
        <source>File: </source>
        <translation>ファイル: </translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.cpp" line="210"></location>
        <source>Language: </source>
        <translation>言語: </translation>
    </message>
    <message>
        <location filename="../src/ScriptManagerWidget.cpp" line="214"></location>
        <source>Hook: </source>
        <translation>フック: </translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../src/FindDialog.cpp" line="528"></location>
        <location filename="../src/FindDialog.cpp" line="530"></location>
        <source>...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="536"></location>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="536"></location>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="536"></location>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="536"></location>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="536"></location>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../src/SearchResults.ui" line="16"></location>
        <source>Search Results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../src/FindDialog.cpp" line="472"></location>
        <source>Search Results - %1 (%2 found)</source>
        <translation>検索結果 - %1 (%2 件見つかりました)</translation>
    </message>
</context>
<context>
    <name>TWApp</name>
    <message>
        <location filename="../src/TWApp.cpp" line="217"></location>
        <location filename="../src/TWApp.cpp" line="464"></location>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="219"></location>
        <location filename="../src/TWApp.cpp" line="465"></location>
        <source>New</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="224"></location>
        <location filename="../src/TWApp.cpp" line="467"></location>
        <source>New from Template...</source>
        <translation>テンプレートから新規作成</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="448"></location>
        <source>Preferences...</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="228"></location>
        <location filename="../src/TWApp.cpp" line="469"></location>
        <source>Open...</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="233"></location>
        <location filename="../src/TWApp.cpp" line="474"></location>
        <source>Open Recent</source>
        <translation>最近開いたファイル</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="240"></location>
        <location filename="../src/TWApp.cpp" line="476"></location>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>About </source>
        <translation type="vanished">TeXworksについて</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="242"></location>
        <location filename="../src/TWApp.cpp" line="478"></location>
        <source>Go to TeXworks home page</source>
        <translation>TeXworksのホームページへ</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="245"></location>
        <location filename="../src/TWApp.cpp" line="479"></location>
        <source>Email to the mailing list</source>
        <translation>メーリングリストに投稿する</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="266"></location>
        <source>Insert the given text in the top-most TeX editor window (only works if TeXworks is already running)</source>
        <translation>引数に指定したテキストを、最前面のTeXエディタウィンドウに挿入する (TeXworksがすでに起動している場合のみ有効)</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="267"></location>
        <source>Alias for --insert-text</source>
        <translation>--insert-textのエイリアス</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="454"></location>
        <location filename="../src/TWApp.cpp" line="477"></location>
        <source>About %1...</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="466"></location>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="468"></location>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="470"></location>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="486"></location>
        <source>&lt;p&gt;%1 is a simple environment for editing, typesetting, and previewing TeX documents.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 はTeX文書の編集・タイプセット・プレビューのためのシンプルな統合環境です&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="489"></location>
        <source>&lt;br&gt;Version %1</source>
        <translation>&lt;br&gt;バージョン %1</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="490"></location>
        <source>&lt;p&gt;Distributed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 2 or (at your option) any later version.</source>
        <translation>&lt;p&gt;Distributed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 2 or (at your option) any later version.</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="492"></location>
        <source>&lt;br&gt;&lt;a href=&quot;https://poppler.freedesktop.org/&quot;&gt;Poppler&lt;/a&gt; PDF rendering library by Kristian H&amp;#xF8;gsberg, Albert Astals Cid and others.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="494"></location>
        <source>&lt;br&gt;Concept and resources from &lt;a href=&quot;https://pages.uoregon.edu/koch/texshop/&quot;&gt;TeXShop&lt;/a&gt; by Richard Koch.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="495"></location>
        <source>&lt;br&gt;&lt;a href=&quot;https://itexmac.sourceforge.net/SyncTeX.html&quot;&gt;SyncTeX&lt;/a&gt; technology by J&amp;#xE9;r&amp;#xF4;me Laurens.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="496"></location>
        <source>&lt;br&gt;Some icons used are from the &lt;a href=&quot;https://tango.freedesktop.org/&quot;&gt;Tango Desktop Project&lt;/a&gt;.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="497"></location>
        <source>&lt;p&gt;%1 translation kindly contributed by %2.</source>
        <translation>&lt;p&gt;%1の翻訳は%2がおこないました。</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="497"></location>
        <source>[language name]</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="497"></location>
        <source>[translator&apos;s name/email]</source>
        <translation>田中健太 (Kenta TANAKA)</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="501"></location>
        <source>About %1</source>
        <translation>%1について</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="508"></location>
        <source>Unable to access &quot;%1&quot;; perhaps your browser or mail application is not properly configured?</source>
        <translation>&quot;%1&quot;にアクセスできませんでした。ブラウザの設定を確認してください</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="819"></location>
        <source>Unable to create window</source>
        <translation>ウィンドウを作成することができません</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="820"></location>
        <source>Something is badly wrong; %1 was unable to create a document window. The application will now quit.</source>
        <translation>%1は文書ウィンドウを作成できませんでした。何か設定が誤っているかもしれません。TeXworksは終了します</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="872"></location>
        <location filename="../src/TWApp.cpp" line="887"></location>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="1067"></location>
        <source>No default binary directory found</source>
        <translation>バイナリディレクトリが見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="1068"></location>
        <source>None of the predefined directories for TeX-related programs could be found.&lt;p&gt;&lt;small&gt;To run any processes, you will need to set the binaries directory (or directories) for your TeX distribution using the Typesetting tab of the Preferences dialog.&lt;/small&gt;</source>
        <translation>TeX関連プログラムがインストールされたディレクトリが見つかりません。&lt;p&gt;&lt;small&gt;プロセスを起動するためには、お使いのTeXディストリビューションに合わせたディレクトリ設定を[設定]-[タイプセット]ダイアログでおこなっておく必要があります&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="1427"></location>
        <source>Unable to find help file.</source>
        <translation>ヘルプファイルが見つかりません</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="1546"></location>
        <source>Permission request</source>
        <translation>アクセス権の要求</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="1547"></location>
        <source>The script &quot;%1&quot; is trying to open the file &quot;%2&quot; without sufficient permissions. Do you want to open the file?</source>
        <translation>スクリプト &quot;%1&quot; はファイル &quot;%2&quot; を開くことができませんでした。アクセス権を確認してください。ファイルを開きますか?</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="234"></location>
        <source>Clear Recent Files</source>
        <translation>最近開いたファイル一覧のクリア</translation>
    </message>
    <message>
        <source>&lt;br&gt;Version %1 (%2) [r.%3, %4]</source>
        <translation type="vanished">&lt;br&gt;バージョン %1 (%2) [r.%3, %4]</translation>
    </message>
    <message>
        <source>&lt;br&gt;Version %1 (%2)</source>
        <translation type="vanished">&lt;br&gt;バージョン %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="443"></location>
        <location filename="../src/TWApp.cpp" line="471"></location>
        <source>Quit TeXworks</source>
        <translation>TeXworksを終了する</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="491"></location>
        <source>&lt;p&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt application framework&lt;/a&gt; v%1 by The Qt Company.</source>
        <translation>&lt;p&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt application framework&lt;/a&gt; v%1 by The Qt Company.</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="493"></location>
        <source>&lt;br&gt;&lt;a href=&quot;https://hunspell.github.io/&quot;&gt;Hunspell&lt;/a&gt; spell checker by L&amp;#xE1;szl&amp;#xF3; N&amp;#xE9;meth.</source>
        <translation>&lt;br&gt;&lt;a href=&quot;https://hunspell.github.io/&quot;&gt;Hunspell&lt;/a&gt; spell checker by L&amp;#xE1;szl&amp;#xF3; N&amp;#xE9;meth.</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="264"></location>
        <source>Display this message</source>
        <translation>このメッセージを表示する</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="265"></location>
        <source>Open the following file at the given position (line or page)</source>
        <translation>ファイルを開始位置を指定して開く(行またはページ)</translation>
    </message>
    <message>
        <location filename="../src/TWApp.cpp" line="268"></location>
        <source>Display version information</source>
        <translation>バージョン情報を表示する</translation>
    </message>
</context>
<context>
    <name>TWScriptableWindow</name>
    <message>
        <location filename="../src/TWScriptableWindow.cpp" line="149"></location>
        <location filename="../src/TWScriptableWindow.cpp" line="157"></location>
        <source>Script &quot;%1&quot;: %2</source>
        <translation>スクリプト &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../src/TWScriptableWindow.cpp" line="151"></location>
        <source>Script result</source>
        <translation>実行結果</translation>
    </message>
    <message>
        <location filename="../src/TWScriptableWindow.cpp" line="156"></location>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location filename="../src/TWScriptableWindow.cpp" line="157"></location>
        <source>Script error</source>
        <translation>スクリプトエラー</translation>
    </message>
    <message>
        <location filename="../src/TWScriptableWindow.cpp" line="178"></location>
        <source>Scripts may be used to add new commands to %1, and to extend or modify its behavior.</source>
        <translation>%1 に新しい機能を追加するまたは機能を拡張するためのスクリプトです</translation>
    </message>
    <message>
        <location filename="../src/TWScriptableWindow.cpp" line="181"></location>
        <source>For more information on creating and using scripts, see %1&lt;/p&gt;</source>
        <translation>スクリプトについて詳しくは %1 をご覧ください&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/TWScriptableWindow.cpp" line="183"></location>
        <source>Scripting languages currently available in this copy of %1:</source>
        <translation>このバージョンの%1 では、以下の言語が利用できます:</translation>
    </message>
    <message>
        <location filename="../src/TWScriptableWindow.cpp" line="202"></location>
        <source>(disabled in the preferences)</source>
        <extracomment>This string is appended to a script language name to indicate it is currently disabled</extracomment>
        <translation>(設定で無効化されています)</translation>
    </message>
    <message>
        <location filename="../src/TWScriptableWindow.cpp" line="206"></location>
        <source>About Scripts</source>
        <translation>スクリプトについて</translation>
    </message>
</context>
<context>
    <name>TWSystemCmd</name>
    <message>
        <source>ERROR: failure code %1</source>
        <translation type="vanished">エラーコード: %1</translation>
    </message>
    <message>
        <source>ERROR: exit code %1</source>
        <translation type="vanished">終了コード: %1</translation>
    </message>
</context>
<context>
    <name>TagsDock</name>
    <message>
        <location filename="../src/TeXDocks.cpp" line="47"></location>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../src/TeXDocks.cpp" line="69"></location>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location filename="../src/TeXDocks.cpp" line="74"></location>
        <source>Outline</source>
        <translation>文書のアウトライン</translation>
    </message>
    <message>
        <location filename="../src/TeXDocks.cpp" line="110"></location>
        <source>No tags</source>
        <translation>タグがありません</translation>
    </message>
</context>
<context>
    <name>TeXDocumentWindow</name>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="77"></location>
        <source>New document</source>
        <translation>新しい文書</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="190"></location>
        <source>Open Recent</source>
        <translation>最近開いた文書</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="790"></location>
        <location filename="../src/TeXDocumentWindow.ui" line="947"></location>
        <location filename="../src/TeXDocumentWindow.ui" line="958"></location>
        <location filename="../src/TeXDocumentWindow.ui" line="999"></location>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="608"></location>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="807"></location>
        <source>Save File</source>
        <translation>ファイルの保存</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="845"></location>
        <source>The document &quot;%1&quot; has been modified.
Do you want to save your changes?</source>
        <translation>ファイル&quot;%1&quot;はすでに存在します。
変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="876"></location>
        <source>Do you want to discard all changes to the document &quot;%1&quot;, and revert to the last saved version?</source>
        <translation>ファイル&quot;%1&quot;への変更を全て取り消し、最後に保存した状態へ戻しますか？</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="878"></location>
        <source>Revert</source>
        <translation>復旧</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="990"></location>
        <source>Unrecognized encoding</source>
        <translation>解釈できない文字コードです</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="991"></location>
        <source>The text encoding %1 used in %2 is not supported.

It will be interpreted as %3 instead, which may result in incorrect text.</source>
        <translation>ファイル%2で使われている文字コード%1はサポートされていません。

かわりに%3として表示しますが、表示がおかしくなる場合があります</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1238"></location>
        <location filename="../src/TeXDocumentWindow.cpp" line="1296"></location>
        <location filename="../src/TeXDocumentWindow.cpp" line="1393"></location>
        <source>File changed on disk</source>
        <translation>ディスク上でファイルが変更されました</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1239"></location>
        <source>%1 has been modified by another program.

Do you want to discard your current changes, and reload the file from disk?</source>
        <translation>ファイル%1は他のプログラムによって変更されました。

編集した内容を全て取り消して、ファイルを再読み込みしますか？</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1394"></location>
        <source>%1 has been modified by another program.

Do you want to proceed with saving this file, overwriting the version on disk?</source>
        <translation>ファイル%1は他のプログラムによって変更されました。

編集内容を保存して、ファイルの内容を上書きしますか？</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1387"></location>
        <source>Document &quot;%1&quot; was not saved</source>
        <translation>文書&quot;%1&quot;は保存されていません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1418"></location>
        <source>Text cannot be converted</source>
        <translation>テキストの変換ができません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1419"></location>
        <source>This document contains characters that cannot be represented in the encoding %1.

If you proceed, they will be replaced with default codes. Alternatively, you may wish to use a different encoding (such as UTF-8) to avoid loss of data.</source>
        <translation>この文書は文字コード%1に存在しない文字を含んでいます。

続行すると、文字はコード表記に置き換えられます。他の文字コード (UTF-8など) で保存したほうが、データの損失などを避けられるかもしれません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1506"></location>
        <source>untitled-%1.tex</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1524"></location>
        <location filename="../src/TeXDocumentWindow.cpp" line="1569"></location>
        <source>%1[*] - %2</source>
        <extracomment>Format for the window title (ex. &quot;file.tex[*] - TeXworks&quot;)</extracomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1632"></location>
        <source>Line %1 of %2; col %3</source>
        <translation>全%2行の%1行目、%3文字目</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1834"></location>
        <source>Go to Line</source>
        <translation>行を指定して移動</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1835"></location>
        <source>Line number:</source>
        <translation>行番号:</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2319"></location>
        <location filename="../src/TeXDocumentWindow.cpp" line="2426"></location>
        <source>Invalid regular expression</source>
        <translation>正規表現が正しくありません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2359"></location>
        <location filename="../src/TeXDocumentWindow.cpp" line="2397"></location>
        <location filename="../src/TeXDocumentWindow.cpp" line="2514"></location>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/TeXDocumentWindow.cpp" line="2364"></location>
        <source>Found %n occurrence(s)</source>
        <translation>
            <numerusform>%n 個見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/TeXDocumentWindow.cpp" line="2532"></location>
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>%n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/TeXDocumentWindow.cpp" line="2533"></location>
        <source>%n documents</source>
        <translation>
            <numerusform>%n 個の文書</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2534"></location>
        <source>Replaced %1 in %2</source>
        <translation>%2中の%1が置換されました</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/TeXDocumentWindow.cpp" line="2546"></location>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n 個置換されました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2740"></location>
        <source>Cannot process unsaved document</source>
        <translation>保存されていない文書を処理できません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2751"></location>
        <source>Root document %1 is not readable</source>
        <translation>マスターファイル%1が読み込めません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2757"></location>
        <source>%1 is not properly configured</source>
        <translation>%1の設定が適切になされていないようです</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2762"></location>
        <source>%1 is already being processed</source>
        <translation>%1はすでに処理済みです</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2819"></location>
        <source>Unable to execute %1</source>
        <translation>%1を実行できません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2820"></location>
        <source>The program &quot;%1&quot; was not found.</source>
        <translation>プログラム&quot;%1&quot;が見つかりません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2831"></location>
        <source>Searched in directories:</source>
        <translation>ディレクトリから検索:</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2882"></location>
        <source>Go to typesetting</source>
        <translation>タイプセットメニューへ</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="3123"></location>
        <source>Set engine to &quot;%1&quot;</source>
        <translation>&quot;%1&quot;で処理する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="3127"></location>
        <source>Engine &quot;%1&quot; not defined</source>
        <translation>&quot;%1&quot;は定義されていません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="3187"></location>
        <source>No files found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="3188"></location>
        <source>No auxiliary files associated with this document at the moment.</source>
        <translation>現在、この文書に対応する補助ファイルはありません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="17"></location>
        <source>untitled.tex[*]</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="186"></location>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="211"></location>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="215"></location>
        <source>Spelling</source>
        <translation>スペルチェック</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="222"></location>
        <source>Change Case</source>
        <translation>大文字小文字を変換する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="246"></location>
        <source>Typeset</source>
        <comment>menu title</comment>
        <translation>タイプセット</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="253"></location>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="257"></location>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="274"></location>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="290"></location>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="294"></location>
        <source>Auto-indent Mode</source>
        <translation>自動インデント</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="301"></location>
        <source>Syntax Coloring</source>
        <translation>構文の色付け</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="308"></location>
        <source>Smart Quotes</source>
        <translation>引用符の形式</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="331"></location>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="366"></location>
        <source>Typeset Toolbar</source>
        <translation>タイプセットツールバー</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="390"></location>
        <source>Edit Toolbar</source>
        <translation>編集ツールバー</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="436"></location>
        <source>New</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="439"></location>
        <source>Ctrl+N</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="450"></location>
        <source>Open...</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="453"></location>
        <source>Ctrl+O</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="461"></location>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="464"></location>
        <source>Ctrl+W</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="475"></location>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="478"></location>
        <source>Ctrl+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="486"></location>
        <source>Save As...</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="489"></location>
        <source>Ctrl+Shift+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="500"></location>
        <source>Revert to Saved</source>
        <translation>保存した内容を取り消す</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="514"></location>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="517"></location>
        <source>Ctrl+Z</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="531"></location>
        <source>Redo</source>
        <translation>繰り返す</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="534"></location>
        <source>Ctrl+Shift+Z</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="548"></location>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="551"></location>
        <source>Ctrl+X</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="565"></location>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="568"></location>
        <source>Ctrl+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="582"></location>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="585"></location>
        <source>Ctrl+V</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="596"></location>
        <source>Clear</source>
        <translation>選択範囲を削除</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="607"></location>
        <location filename="../src/TeXDocumentWindow.cpp" line="2889"></location>
        <source>Typeset</source>
        <translation>タイプセット</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="610"></location>
        <source>Ctrl+T</source>
        <comment>action</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="621"></location>
        <source>Find...</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="624"></location>
        <source>Ctrl+F</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="632"></location>
        <source>Find Again</source>
        <translation>再度検索する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="635"></location>
        <source>Ctrl+G</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="646"></location>
        <source>Replace...</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="649"></location>
        <source>Ctrl+R</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="657"></location>
        <source>Copy to Find</source>
        <translation>コピーして検索する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="660"></location>
        <source>Ctrl+E</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="668"></location>
        <source>Copy to Replace</source>
        <translation>コピーして置換する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="671"></location>
        <source>Ctrl+Shift+E</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="679"></location>
        <source>Go to Line...</source>
        <translation>行を指定して移動</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="682"></location>
        <source>Ctrl+L</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="690"></location>
        <source>Find Selection</source>
        <translation>選択範囲を検索する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="693"></location>
        <source>Ctrl+H</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="701"></location>
        <source>Select All</source>
        <translation>全て選択</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="704"></location>
        <source>Ctrl+A</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="712"></location>
        <source>Font...</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="723"></location>
        <source>Indent</source>
        <translation>インデント</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="726"></location>
        <source>Ctrl+]</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="737"></location>
        <source>Unindent</source>
        <translation>インデントの解除</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="740"></location>
        <source>Ctrl+[</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="748"></location>
        <source>Comment</source>
        <translation>コメントアウト</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="751"></location>
        <source>Ctrl+Shift+]</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="759"></location>
        <source>Uncomment</source>
        <translation>コメントアウトの解除</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="762"></location>
        <source>Ctrl+Shift+[</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="776"></location>
        <source>Wrap Lines</source>
        <translation>行の折り返し</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="798"></location>
        <source>About TeXworks...</source>
        <translation>TeXworksについて</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="806"></location>
        <source>Stack</source>
        <translation>積み重ねる</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="814"></location>
        <source>Tile</source>
        <translation>タイル</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="825"></location>
        <source>Preferences...</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="836"></location>
        <source>Go to Preview</source>
        <translation>プレビューを表示</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="839"></location>
        <source>Ctrl+&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="850"></location>
        <source>Ctrl+\</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="858"></location>
        <source>New from Template...</source>
        <translation>テンプレートから新規作成</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="861"></location>
        <source>Ctrl+Shift+N</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="869"></location>
        <source>Show Selection</source>
        <translation>選択範囲を表示</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="872"></location>
        <source>Ctrl+=</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="883"></location>
        <source>ALL UPPERCASE</source>
        <translation>全て大文字にする</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="894"></location>
        <source>all lowercase</source>
        <translation>全て小文字にする</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="902"></location>
        <source>Balance Delimiters</source>
        <translation>対応するカッコ内をハイライト</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="905"></location>
        <source>Ctrl+B</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="913"></location>
        <source>Go to TeXworks home page</source>
        <translation>TeXworksのホームページへ</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="918"></location>
        <source>Email to the mailing list</source>
        <translation>メーリングリストに投稿する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="926"></location>
        <source>Side by Side</source>
        <translation>横に並べる</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="931"></location>
        <source>Place on Left</source>
        <translation>左に表示</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="936"></location>
        <source>Place on Right</source>
        <translation>右に表示</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="963"></location>
        <source>Replace Again</source>
        <translation>再度置換する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="966"></location>
        <source>Ctrl+Shift+R</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="974"></location>
        <source>Remove Aux Files...</source>
        <translation>補助ファイルを削除する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="982"></location>
        <source>Quit TeXworks</source>
        <translation>TeXworksを終了する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="985"></location>
        <source>Ctrl+Q</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1010"></location>
        <source>Toggle Case</source>
        <translation>大文字小文字の変換</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1018"></location>
        <source>Hard Wrap...</source>
        <translation>折り返し(改行)</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1029"></location>
        <source>Line Numbers</source>
        <translation>行番号表示</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2915"></location>
        <source>Process interrupted by user</source>
        <translation>処理はユーザによって中断されました</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="73"></location>
        <source>Console output</source>
        <translation>ログの表示</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="341"></location>
        <source>Scripts</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1037"></location>
        <source>Show Scripts Folder</source>
        <translation>スクリプトフォルダを開く</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1053"></location>
        <source>Manage Scripts</source>
        <translation>スクリプトの管理</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="345"></location>
        <source>Scripting TeXworks</source>
        <translation>TeXworksスクリプト</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1045"></location>
        <source>Reload Script List</source>
        <translation>スクリプト一覧の更新</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1067"></location>
        <source>Auto-Follow Focus</source>
        <translation>マウスフォーカスを追従する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1075"></location>
        <source>About Scripts...</source>
        <translation>スクリプトについて</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1083"></location>
        <source>Apply to Selection</source>
        <translation>選択範囲に適用する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1091"></location>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1094"></location>
        <source>Ctrl+Alt+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="850"></location>
        <source>Ctrl+D</source>
        <comment>shortcut: Don&apos;t Save</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="879"></location>
        <source>Ctrl+R</source>
        <comment>shortcut: Revert</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="974"></location>
        <source>Cannot read file &quot;%1&quot;:
%2</source>
        <translation>ファイル&quot;%1&quot;が開けません:
%2</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1128"></location>
        <source>File &quot;%1&quot; loaded</source>
        <translation>ファイル &quot;%1&quot; が読み込まれました</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1297"></location>
        <source>%1 is constantly being modified by another program.

Please use &quot;File &gt; Revert to Saved&quot; manually when the external process has finished.</source>
        <translation>ファイル%1は他のプログラムによって変更されました。

外部プロセスを終了させ、&quot;ファイル － 保存した内容を取り消す&quot; を手動で適用してください</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1436"></location>
        <source>Cannot write file &quot;%1&quot;:
%2</source>
        <translation>ファイル&quot;%1&quot;に書き込めません:
%2</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1455"></location>
        <source>Error writing file</source>
        <translation>書き込みエラー</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1456"></location>
        <source>An error may have occurred while saving the file. You might like to save a copy in a different location.</source>
        <translation>ファイルを保存する際にエラーが発生しました。別の場所に保存したほうがよいかもしれません</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1471"></location>
        <source>File &quot;%1&quot; saved</source>
        <translation>&quot;%1&quot; が保存されました</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2874"></location>
        <source>Abort typesetting</source>
        <translation>タイプセットの中止</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1102"></location>
        <source>Settings and Resources...</source>
        <translation>設定とリソース</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1686"></location>
        <source>Reload using selected encoding</source>
        <extracomment>Item in the encoding popup menu</extracomment>
        <translation>選択した文字コードで再読み込みする</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1688"></location>
        <source>Reloads the current file with the encoding selected from this menu.

The selected encoding replaces the default one and overrides all &quot;%!TEX encoding&quot; lines.</source>
        <extracomment>Tooltip for &quot;Reload using selected encoding&quot;</extracomment>
        <translation>選択した文字コードで現在のファイルを再読み込みします

選択した文字コードでデフォルト設定及び &quot;%!TEX encoding&quot; 行の設定は上書きされます</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1711"></location>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1712"></location>
        <source>The file you are trying to reload has unsaved changes.

Do you want to discard your current changes, and reload the file from disk with the encoding %1?</source>
        <translation>再読み込みしようとしているファイルには未保存の変更があります

変更点を保存せずに、ディスクから選択した文字コード %1 でファイルを再読み込みしますか?</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1113"></location>
        <source>Clear Recent Files</source>
        <translation>最近開いたファイル一覧のクリア</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="676"></location>
        <source>Abort typesetting?</source>
        <translation>タイプセットを中止しますか?</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="676"></location>
        <source>A typesetting process is still running and must be stopped before closing this window.
Do you want to stop it now?</source>
        <translation>タイプセットを実行中です。ウィンドウを閉じる前に、タイプセットのプロセスを停止させる必要があります。
停止させますか?</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2822"></location>
        <source>You need a &lt;b&gt;TeX distribution&lt;/b&gt; like &lt;a href=&quot;https://tug.org/texlive/&quot;&gt;TeX Live&lt;/a&gt; or &lt;a href=&quot;https://miktex.org/&quot;&gt;MiKTeX&lt;/a&gt; installed on your system to typeset your document.</source>
        <translatorcomment>MikTeX is not so popular. Then URL changed to Japanese famous distribution.</translatorcomment>
        <translation>適切な&lt;b&gt;TeXディストリビューション&lt;/b&gt;を導入してください。タイプセットをおこなうには&lt;a href=&quot;https://tug.org/texlive/&quot;&gt;TeX Live&lt;/a&gt;や&lt;a href=&quot;https://w32tex.org/&quot;&gt;W32TeX&lt;/a&gt;がシステムにインストールされている必要があります。</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2824"></location>
        <source>You need a &lt;b&gt;TeX distribution&lt;/b&gt; like &lt;a href=&quot;https://tug.org/mactex/&quot;&gt;MacTeX&lt;/a&gt; installed on your system to typeset your document.</source>
        <translation>適切な&lt;b&gt;TeXディストリビューション&lt;/b&gt;を導入してください。タイプセットをおこなうには&lt;a href=&quot;https://tug.org/mactex/&quot;&gt;MacTeX&lt;/a&gt;等がシステムにインストールされている必要があります。</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2826"></location>
        <source>You need a &lt;b&gt;TeX distribution&lt;/b&gt; like &lt;a href=&quot;https://tug.org/texlive/&quot;&gt;TeX Live&lt;/a&gt; installed on your system to typeset your document. On most systems such a TeX distribution is available as prebuilt package.</source>
        <translation>適切な&lt;b&gt;TeXディストリビューション&lt;/b&gt;を導入してください。タイプセットをおこなうには&lt;a href=&quot;https://tug.org/texlive/&quot;&gt;TeX Live&lt;/a&gt;等がシステムにインストールされている必要があります。多くのシステムで、TeXディストリビューションをパッケージ管理システムから導入可能です。</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2828"></location>
        <source>When a TeX distribution is installed you may need to tell TeXworks where to find it in Edit -&gt; Preferences -&gt; Typesetting.</source>
        <translation>TeXディストリビューションを導入したら、そのパスをTeXworksの[編集] - [設定] - [タイプセット]で指定してください。</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="2833"></location>
        <source>Check the configuration of the %1 tool and the path settings in the Preferences dialog.</source>
        <translation>設定ダイアログで %1 の設定と、パスの指定を確認してください</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="847"></location>
        <location filename="../src/TeXDocumentWindow.cpp" line="3053"></location>
        <source>Hide Console Output</source>
        <translation>コンソール出力を表示しない</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1095"></location>
        <source>Layout Problem</source>
        <translation>レイアウトの問題</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1095"></location>
        <source>A problem occurred while laying out the loaded document in the editor. This is caused by an issue in the underlying Qt framework and can cause TeXworks to crash under certain circumstances. The symptoms of this problem are hidden or overlapping lines. To work around this, please try one of the following:
 -) Turn syntax highlighting off and on
 -) Turn line numbers off and on
 -) Resize the window

We are sorry for the inconvenience.</source>
        <translation>エディタでファイルを読み込み、表示する際に問題が発生しました。これはQtフレームワークに起因する問題で、TeXworksは特定の状況でクラッシュすることがあります。問題の原因は、見えないあるいは帰された行にあります。暫定的な解決法として、以下のいずれかを試してみてください。
 -) 構文の色付けを有効または無効にする
 -) 行番号表示を有効または無効にする
 -) ウィンドウサイズを変更する

ご不便をおかけして申し訳ありません。</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="3060"></location>
        <source>Show Console Output</source>
        <translation>コンソール出力を表示する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1689"></location>
        <source>Write UTF-8 byte order mark</source>
        <translation>UTF-8のBOMを付与する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1118"></location>
        <source>Insert Citations...</source>
        <translation>文献情報を挿入する</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.ui" line="1121"></location>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>%1 - %2 (%3)</source>
        <extracomment>Format to display spell-checking dictionaries (ex. &quot;English - United States (en_US)&quot;)</extracomment>
        <translation type="vanished">%1 - %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Format to display spell-checking dictionaries (ex. &quot;English (en_US)&quot;)</extracomment>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1642"></location>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1645"></location>
        <source>CRLF</source>
        <translation>CRLF</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1648"></location>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1652"></location>
        <source>*</source>
        <translation>*</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1659"></location>
        <source>LF (Unix, Mac OS X)</source>
        <translation>LF (Unix, macOS)</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1660"></location>
        <source>CRLF (Windows)</source>
        <translation>CRLF (Windows)</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1661"></location>
        <source>CR (Mac Classic)</source>
        <translation>CR (Mac Classic)</translation>
    </message>
    <message>
        <location filename="../src/TeXDocumentWindow.cpp" line="1975"></location>
        <source>No &apos;%!TEX bibfile&apos; modline found</source>
        <translation>&apos;%!TEX bibfile&apos; 行がありません</translation>
    </message>
</context>
<context>
    <name>TeXHighlighter</name>
    <message>
        <location filename="../src/TeXHighlighter.cpp" line="191"></location>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../src/TemplateDialog.ui" line="13"></location>
        <source>New File using Template</source>
        <translation>テンプレートを使って新規作成する</translation>
    </message>
    <message>
        <location filename="../src/TemplateDialog.ui" line="25"></location>
        <source>Choose template for the new document:</source>
        <translation>テンプレートを指定してください:</translation>
    </message>
</context>
<context>
    <name>ToolConfig</name>
    <message>
        <location filename="../src/PrefsDialog.cpp" line="960"></location>
        <source>NewArgument</source>
        <translation>新しい引数</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.cpp" line="911"></location>
        <source>Select program file</source>
        <translation>プログラムの選択</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.cpp" line="916"></location>
        <source>Invalid program</source>
        <translation>不明なプログラム</translation>
    </message>
    <message>
        <location filename="../src/PrefsDialog.cpp" line="917"></location>
        <source>The file &apos;%1&apos; is not executable!</source>
        <translation>ファイル &apos;%1&apos; を実行することができません!</translation>
    </message>
</context>
<context>
    <name>ToolConfigDialog</name>
    <message>
        <location filename="../src/ToolConfig.ui" line="14"></location>
        <source>Tool Configuration</source>
        <translation>タイプセットの方法を設定する</translation>
    </message>
    <message>
        <location filename="../src/ToolConfig.ui" line="26"></location>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/ToolConfig.ui" line="40"></location>
        <source>Program:</source>
        <translation>プログラム:</translation>
    </message>
    <message>
        <location filename="../src/ToolConfig.ui" line="67"></location>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <location filename="../src/ToolConfig.ui" line="144"></location>
        <source>View PDF after running</source>
        <translation>実行後、PDFを表示する</translation>
    </message>
    <message>
        <location filename="../src/ToolConfig.ui" line="60"></location>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
</context>
<context>
    <name>Tw::Document::SpellCheckManager</name>
    <message>
        <location filename="../src/document/SpellCheckManager.cpp" line="51"></location>
        <source>%1 - %2 (%3)</source>
        <extracomment>Format to display spell-checking dictionaries (ex. &quot;English - United States (en_US)&quot;)</extracomment>
        <translation>%1 - %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/document/SpellCheckManager.cpp" line="55"></location>
        <source>%1 (%2)</source>
        <extracomment>Format to display spell-checking dictionaries (ex. &quot;English (en)&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Tw::Document::SpellChecker</name>
    <message>
        <source>%1 - %2 (%3)</source>
        <extracomment>Format to display spell-checking dictionaries (ex. &quot;English - United States (en_US)&quot;)</extracomment>
        <translation type="vanished">%1 - %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Format to display spell-checking dictionaries (ex. &quot;English (en)&quot;)</extracomment>
        <translation type="vanished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Tw::Scripting::ECMAScript</name>
    <message>
        <location filename="../src/scripting/ECMAScript.cpp" line="55"></location>
        <source>

Stack trace:
</source>
        <translation>

スタックトレース: 
</translation>
    </message>
</context>
<context>
    <name>Tw::Scripting::ScriptAPI</name>
    <message>
        <location filename="../src/scripting/ScriptAPI.cpp" line="225"></location>
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <location filename="../src/scripting/ScriptAPI.cpp" line="244"></location>
        <source>Failed to execute system command: %1</source>
        <translation>システムコマンド %1 を実行できませんでした</translation>
    </message>
    <message>
        <location filename="../src/scripting/ScriptAPI.cpp" line="253"></location>
        <source>Error executing system command: %1</source>
        <translation>システムコマンド %1 の実行時エラー</translation>
    </message>
    <message>
        <location filename="../src/scripting/ScriptAPI.cpp" line="274"></location>
        <location filename="../src/scripting/ScriptAPI.cpp" line="296"></location>
        <source>System command execution is disabled (see Preferences)</source>
        <translation>システムコマンドの実行は許可されていません (設定を確認してください)</translation>
    </message>
    <message>
        <location filename="../src/scripting/ScriptAPI.cpp" line="292"></location>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>&quot;%1&quot; が開けません</translation>
    </message>
    <message>
        <location filename="../src/scripting/ScriptAPI.cpp" line="338"></location>
        <source>Reading all files is disabled (see Preferences)</source>
        <translation>全てのファイルの読み込み許可がありません (設定を確認してください)</translation>
    </message>
    <message>
        <location filename="../src/scripting/ScriptAPI.cpp" line="346"></location>
        <source>The file &quot;%1&quot; could not be opened for reading</source>
        <translation>ファイル &quot;%1&quot; を読み込むことができません</translation>
    </message>
</context>
<context>
    <name>Tw::UI::RemoveAuxFilesDialog</name>
    <message>
        <location filename="../src/ui/RemoveAuxFilesDialog.cpp" line="35"></location>
        <source>Confirm file deletion</source>
        <translation>ファイルを削除してもよろしいですか？</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoveAuxFilesDialog.cpp" line="36"></location>
        <source>Auxiliary files to be deleted:</source>
        <translation>補助ファイルは削除されました:</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoveAuxFilesDialog.cpp" line="37"></location>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoveAuxFilesDialog.cpp" line="58"></location>
        <source>Unable to delete</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <location filename="../src/ui/RemoveAuxFilesDialog.cpp" line="59"></location>
        <source>Some of the auxiliary files could not be removed. Perhaps you don&apos;t have permission to delete them.</source>
        <translation>いくつかの補助ファイルが削除できませんでした。権限を確認してください。</translation>
    </message>
</context>
<context>
    <name>Tw::UI::ScreenCalibrationWidget</name>
    <message>
        <location filename="../src/ui/ScreenCalibrationWidget.cpp" line="51"></location>
        <source>Drag the ruler or change the value to match real world lengths.
Common paper sizes are marked as well (you may need to resize the dialog window to see them).
Use the context menu to change the units.</source>
        <translation>実際の長さと合うようにルーラーをドラッグするか、値を入力してください。
一般的な用紙サイズはあらかじめ設定済みです（確認するにはダイアログウィンドウのサイズを変更しなければならないかもしれません）。
長さの単位はコンテキストメニューで変更可能です。</translation>
    </message>
    <message>
        <location filename="../src/ui/ScreenCalibrationWidget.cpp" line="82"></location>
        <source> dpi</source>
        <extracomment>dots per inch</extracomment>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../src/ui/ScreenCalibrationWidget.cpp" line="85"></location>
        <source>DIN A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/ui/ScreenCalibrationWidget.cpp" line="86"></location>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <location filename="../src/ui/ScreenCalibrationWidget.cpp" line="90"></location>
        <location filename="../src/ui/ScreenCalibrationWidget.cpp" line="96"></location>
        <source>cm</source>
        <extracomment>this refers to the length unit of centimeters</extracomment>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../src/ui/ScreenCalibrationWidget.cpp" line="92"></location>
        <location filename="../src/ui/ScreenCalibrationWidget.cpp" line="102"></location>
        <source>in</source>
        <extracomment>this refers to the length unit of inches</extracomment>
        <translation>in</translation>
    </message>
</context>
<context>
    <name>Tw::Utils::SystemCommand</name>
    <message>
        <location filename="../src/utils/SystemCommand.cpp" line="61"></location>
        <source>ERROR: failure code %1</source>
        <translation>エラーコード: %1</translation>
    </message>
    <message>
        <location filename="../src/utils/SystemCommand.cpp" line="78"></location>
        <source>ERROR: exit code %1</source>
        <translation>終了コード: %1</translation>
    </message>
</context>
</TS>
