<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>FeatherPad::AboutDialog</name>
    <message>
        <location filename="../../about.ui" line="177"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>FeatherPad::FPwin</name>
    <message>
        <location filename="../../fp.ui" line="71"/>
        <source>Go to line:</source>
        <translation>指定行へ移動:</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="107"/>
        <source>Select text from cursor to this line
(Ctrl+Shift+J)</source>
        <translation>カーソル位置からこの行までのテキストを選択
(Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="111"/>
        <source>Select Text</source>
        <translation>テキストを選択</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="114"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="149"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="153"/>
        <source>Recently &amp;Modified</source>
        <translation>最近更新したファイル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="189"/>
        <location filename="../../fp.ui" line="787"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="219"/>
        <source>&amp;Options</source>
        <translation>オプション(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="223"/>
        <source>&amp;Encoding</source>
        <translation>エンコーディング(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="242"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="250"/>
        <location filename="../../fp.ui" line="709"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="305"/>
        <location filename="../../fpwin.cpp" line="4151"/>
        <location filename="../../replace.cpp" line="63"/>
        <location filename="../../replace.cpp" line="114"/>
        <source>Replacement</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="353"/>
        <source>Find:</source>
        <translation>検索する文字列:</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="369"/>
        <source>To be replaced</source>
        <translation>どの文字列を置換するのか</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="382"/>
        <source>Replace with:</source>
        <translation>置換する文字列:</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="398"/>
        <source>Replacing text</source>
        <translation>どの文字列に置換するのか</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="457"/>
        <source>&amp;New</source>
        <translation>新規作成(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="460"/>
        <source>New tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="463"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="468"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="471"/>
        <source>Open a file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="474"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="482"/>
        <location filename="../../fpwin.cpp" line="1367"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="485"/>
        <source>Save the current tab</source>
        <translation>現在のタブを保存</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="488"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="496"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="499"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="502"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="510"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="513"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="516"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="524"/>
        <location filename="../../fp.ui" line="527"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="530"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="535"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="538"/>
        <source>Focus/hide search bar</source>
        <translation>検索バーの表示/非表示</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="541"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="546"/>
        <source>&amp;Replace</source>
        <translation>置換(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="549"/>
        <source>Show/hide replacement dock</source>
        <translation>置換バーの表示/非表示</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="552"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="557"/>
        <source>Save &amp;As</source>
        <translation>名前を付けて保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="560"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="565"/>
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="568"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="573"/>
        <source>Documen&amp;t Properties</source>
        <translation>文書のプロパティ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="576"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="581"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="584"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="589"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="592"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="600"/>
        <source>&amp;Cut</source>
        <translation>切り取り(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="603"/>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="611"/>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="614"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="619"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="622"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="630"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="635"/>
        <source>&amp;Select All</source>
        <translation>すべて選択(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="638"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="643"/>
        <source>&amp;Font</source>
        <translation>フォント(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="651"/>
        <source>&amp;Line Numbers</source>
        <translation>行番号の表示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="654"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="665"/>
        <source>&amp;Wrap Lines</source>
        <translation>行の折り返し(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="668"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="679"/>
        <source>&amp;Auto-Indentation</source>
        <translation>自動インデント(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="682"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="693"/>
        <source>&amp;Syntax Highlighting</source>
        <translation>構文のハイライト表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="696"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="701"/>
        <source>&amp;Preferences</source>
        <translation>設定(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="704"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="712"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="717"/>
        <source>&amp;About</source>
        <translation>FeatherPad について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="725"/>
        <source>&amp;Other</source>
        <translation>その他(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="733"/>
        <source>Enforce UTF-8</source>
        <translation>UTF-8 を強制</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="744"/>
        <source>&amp;UTF-8</source>
        <translation>UTF-8(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="755"/>
        <source>UTF-&amp;16</source>
        <translation>UTF-16(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="766"/>
        <source>&amp;ISO-8859-1</source>
        <translation>ISO-8859-1(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="771"/>
        <source>Save with &amp;Encoding</source>
        <translation>エンコードして保存(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="776"/>
        <source>&amp;Jump to</source>
        <translation>指定行へ移動(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="779"/>
        <source>Show/hide jump bar</source>
        <translation>指定行へ移動バーの表示/非表示</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="782"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="790"/>
        <source>Edit text</source>
        <translation>テキストを編集</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="793"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="801"/>
        <source>&amp;Detach Tab</source>
        <translation>タブを分離(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="804"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="809"/>
        <source>Close Ne&amp;xt Tabs</source>
        <translation>次のタブを閉じる(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="814"/>
        <source>Close &amp;Previous Tabs</source>
        <translation>前のタブを閉じる(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="819"/>
        <source>Close &amp;All Tabs</source>
        <translation>すべてのタブを閉じる(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="824"/>
        <source>Close &amp;Other Tabs</source>
        <translation>他のタブを閉じる(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="829"/>
        <source>&amp;Copy File Name</source>
        <translation>ファイル名をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="834"/>
        <source>Copy File &amp;Path</source>
        <translation>ファイルパスをコピー(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="842"/>
        <source>Ne&amp;xt Tab</source>
        <translation>次のタブへ(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="845"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="853"/>
        <source>Previous Ta&amp;b</source>
        <translation>前のタブへ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="856"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="864"/>
        <source>&amp;First Tab</source>
        <translation>最初のタブへ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="867"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="875"/>
        <source>&amp;Last Tab</source>
        <translation>最後のタブへ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="878"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="883"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="888"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="891"/>
        <source>Execute</source>
        <translation>実行する</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="894"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="899"/>
        <source>&amp;Clear</source>
        <translation>消去(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="902"/>
        <source>Clear the list of recently modified files</source>
        <translation>最近更新したファイル一覧を消去</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="910"/>
        <source>Save/Restore Session</source>
        <translation>セッションの保存/復元</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="907"/>
        <source>Sa&amp;ve/Restore Session</source>
        <translation>セッションの保存/復元(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="913"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="918"/>
        <source>Side-Pane</source>
        <translation>サイドペインの表示/非表示</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="921"/>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="926"/>
        <source>Paste Date and Time</source>
        <translation>日付と時刻を貼り付け</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="929"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="934"/>
        <location filename="../../fp.ui" line="937"/>
        <source>To Upper Case</source>
        <translation>大文字にする</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="940"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="945"/>
        <location filename="../../fp.ui" line="948"/>
        <source>To Lower Case</source>
        <translation>小文字にする</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="951"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="956"/>
        <location filename="../../fp.ui" line="959"/>
        <source>To Start Case</source>
        <translation>大文字で始める</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="967"/>
        <location filename="../../fp.ui" line="970"/>
        <source>Last Active Tab</source>
        <translation>前回のアクティブなタブへ</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="973"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="978"/>
        <location filename="../../fp.ui" line="981"/>
        <source>Sort Lines</source>
        <translation>行を並べ替える</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="986"/>
        <location filename="../../fp.ui" line="989"/>
        <source>Sort Lines Reversely</source>
        <translation>行を逆順に並べ替える</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="994"/>
        <source>Check Spelling</source>
        <translation>スペルチェック</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="997"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="1002"/>
        <location filename="../../fp.ui" line="1005"/>
        <source>Save All Files</source>
        <translation>すべてのファイルを保存</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="1010"/>
        <location filename="../../fp.ui" line="1013"/>
        <source>User Dictionary</source>
        <translation>ユーザー辞書</translation>
    </message>
    <message>
        <location filename="../../fp.ui" line="1018"/>
        <source>Text Tabs to Spaces</source>
        <translation>テキストのタブをスペースに</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="100"/>
        <source>Calculate number of words</source>
        <translation>単語数を数える</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="115"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="116"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="117"/>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="450"/>
        <location filename="../../fpwin.cpp" line="4045"/>
        <location filename="../../fpwin.cpp" line="5046"/>
        <location filename="../../fpwin.cpp" line="5307"/>
        <location filename="../../fpwin.cpp" line="6396"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="452"/>
        <location filename="../../fpwin.cpp" line="1574"/>
        <location filename="../../fpwin.cpp" line="1627"/>
        <location filename="../../fpwin.cpp" line="2246"/>
        <location filename="../../fpwin.cpp" line="2308"/>
        <location filename="../../fpwin.cpp" line="3080"/>
        <location filename="../../fpwin.cpp" line="3100"/>
        <location filename="../../fpwin.cpp" line="3103"/>
        <location filename="../../fpwin.cpp" line="4047"/>
        <location filename="../../fpwin.cpp" line="4751"/>
        <location filename="../../fpwin.cpp" line="5048"/>
        <location filename="../../fpwin.cpp" line="5309"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="632"/>
        <source>&amp;Recently Opened</source>
        <translation>最近開いたファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="833"/>
        <location filename="../../fpwin.cpp" line="4597"/>
        <source>Position:</source>
        <translation>桁位置:</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="881"/>
        <location filename="../../fpwin.cpp" line="4615"/>
        <location filename="../../fpwin.cpp" line="4635"/>
        <source>Normal</source>
        <translation>ノーマル</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="996"/>
        <source>Another FeatherPad window has a modal dialog!</source>
        <translation>別の FeatherPad ウィンドウにモーダルダイアログがあります！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="997"/>
        <source>Please attend to that window or just close its dialog!</source>
        <translation>そのウィンドウに移動したり、ダイアログを閉じてください！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1353"/>
        <source>Save changes?</source>
        <translation>変更内容を保存しますか？</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1355"/>
        <location filename="../../fpwin.cpp" line="2742"/>
        <location filename="../../fpwin.cpp" line="5988"/>
        <source>The file does not exist.</source>
        <translation>ファイルは存在しません。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1357"/>
        <source>The document has been modified.</source>
        <translation>文書が変更されています。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1368"/>
        <source>&amp;Discard changes</source>
        <translation>変更の破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1369"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1371"/>
        <source>&amp;No to all</source>
        <translation>すべて無視(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1579"/>
        <location filename="../../fpwin.cpp" line="1628"/>
        <source>Unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2980"/>
        <location filename="../../fpwin.cpp" line="4551"/>
        <source>Encoding</source>
        <translation>エンコーディング</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2982"/>
        <location filename="../../fpwin.cpp" line="3685"/>
        <location filename="../../fpwin.cpp" line="3696"/>
        <location filename="../../fpwin.cpp" line="3703"/>
        <location filename="../../fpwin.cpp" line="4556"/>
        <location filename="../../fpwin.cpp" line="6188"/>
        <location filename="../../fpwin.cpp" line="6199"/>
        <location filename="../../fpwin.cpp" line="6206"/>
        <source>Lines</source>
        <translation>全行数</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="4557"/>
        <location filename="../../fpwin.cpp" line="4572"/>
        <source>Sel. Chars</source>
        <translation>選択文字数</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="4559"/>
        <location filename="../../fpwin.cpp" line="4573"/>
        <source>Words</source>
        <translation>単語数</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1740"/>
        <source>Open Link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1756"/>
        <source>Copy Link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1969"/>
        <source>Another process is running in this tab!</source>
        <translation>このタブで別のプロセスが実行中です！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="1970"/>
        <source>Only one process is allowed per tab.</source>
        <translation>タブごとに許可されるプロセスは1つだけです。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2063"/>
        <source>Script Output</source>
        <translation>スクリプトの出力</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2067"/>
        <source>Script File</source>
        <translation>スクリプトファイル</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2076"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2079"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2698"/>
        <source>Huge file(s) not opened!</source>
        <translation>大きすぎるファイルは開けません！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2699"/>
        <source>FeatherPad does not open files larger than 100 MiB.</source>
        <translation>FeatherPad は 100 MiB 以上のファイルを開けません。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2707"/>
        <source>Non-text file(s) not opened!</source>
        <translation>テキスト以外のファイルは開けません！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2708"/>
        <source>See Preferences → Files → Do not permit opening of non-text files</source>
        <translation>次の設定を確認してください: 設定 → ファイル → テキスト以外のファイルを開くことを許可しない</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2717"/>
        <source>Some file(s) could not be opened!</source>
        <translation>一部のファイルを開くことができませんでした！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2718"/>
        <source>You may not have the permission to read.</source>
        <translation>おそらく読み取り権限がありません。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2728"/>
        <source>Uneditable file(s)!</source>
        <translation>編集できないファイルです！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2729"/>
        <source>Non-text files or files with huge lines cannot be edited.</source>
        <translation>テキスト形式ではないファイルや大きすぎるファイルは編集できません。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2802"/>
        <source>Root Instance</source>
        <translation>Root 権限のインスタンス</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2883"/>
        <source>Open file...</source>
        <translation>ファイルを開く...</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3118"/>
        <location filename="../../fpwin.cpp" line="3156"/>
        <source>Save as...</source>
        <translation>名前を付けて保存...</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3192"/>
        <source>Keep encoding and save as...</source>
        <translation>エンコードして保存...</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3509"/>
        <source>Saving as root.</source>
        <translation>root として保存します。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3510"/>
        <source>Waiting for authentication...</source>
        <translation>認証を待っています...</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3629"/>
        <source>&quot;pkexec&quot; is not found. Please install Polkit!</source>
        <translation>&quot;pkexec&quot; が見つかりません。Polkit をインストールして下さい！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3312"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3313"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3314"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3315"/>
        <source>Do you want to use &lt;b&gt;MS Windows&lt;/b&gt; end-of-lines?</source>
        <translation>&lt;b&gt;MS Windows&lt;/b&gt; の改行コード (CR LF) を使いますか？</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3316"/>
        <source>This may be good for readability under MS Windows.</source>
        <translation>これにより、MS Windows で文章が読みやすくなります。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3681"/>
        <location filename="../../fpwin.cpp" line="3687"/>
        <location filename="../../fpwin.cpp" line="3695"/>
        <location filename="../../fpwin.cpp" line="4554"/>
        <location filename="../../fpwin.cpp" line="6184"/>
        <location filename="../../fpwin.cpp" line="6190"/>
        <location filename="../../fpwin.cpp" line="6198"/>
        <source>Syntax</source>
        <translation>構文</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3420"/>
        <location filename="../../fpwin.cpp" line="3524"/>
        <location filename="../../fpwin.cpp" line="3628"/>
        <location filename="../../fpwin.cpp" line="3640"/>
        <source>Cannot be saved!</source>
        <translation>保存できません！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2749"/>
        <source>Huge column!</source>
        <translation>列が巨大です！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2750"/>
        <source>Columns with more than 1000 rows are not supported.</source>
        <translation>1000 行を超える列はサポートされていません。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="2874"/>
        <location filename="../../fpwin.cpp" line="2879"/>
        <location filename="../../fpwin.cpp" line="3061"/>
        <location filename="../../fpwin.cpp" line="3067"/>
        <location filename="../../fpwin.cpp" line="3089"/>
        <source>All Files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3784"/>
        <source>Text tabs are converted to spaces.</source>
        <translation>テキストのタブはスペースに変換されます。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3894"/>
        <source>The selected text was too long.</source>
        <translation>選択したテキストが長すぎます。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="3895"/>
        <source>It is not fully processed.</source>
        <translation>完全には処理されていません。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="4057"/>
        <location filename="../../fpwin.cpp" line="4291"/>
        <source>This file has been modified elsewhere or in another way!</source>
        <translation>このファイルは他の場所で更新されています！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="4058"/>
        <location filename="../../fpwin.cpp" line="4292"/>
        <source>Please be careful about reloading or saving this document!</source>
        <translation>この文書の再読み込みや保存には注意してください！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="4704"/>
        <source>Printing in progress...</source>
        <translation>印刷中です...</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="4770"/>
        <source>Print Document</source>
        <translation>文書の印刷</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="4776"/>
        <source>Printing completed.</source>
        <translation>印刷が完了しました。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5440"/>
        <location filename="../../fpwin.cpp" line="5573"/>
        <source>%1 Pages</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5472"/>
        <location filename="../../fpwin.cpp" line="5609"/>
        <source>Copy Target Path</source>
        <translation>対象のパスをコピー</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5476"/>
        <location filename="../../fpwin.cpp" line="5613"/>
        <source>Open Target Here</source>
        <translation>対象をここで開く</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5495"/>
        <location filename="../../fpwin.cpp" line="5633"/>
        <source>Copy Final Target Path</source>
        <translation>最終的な対象のパスをコピー</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5499"/>
        <location filename="../../fpwin.cpp" line="5637"/>
        <source>Open Final Target Here</source>
        <translation>最終的な対象をここで開く</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5519"/>
        <location filename="../../fpwin.cpp" line="5658"/>
        <source>Open Containing Folder</source>
        <translation>このファイルのあるフォルダを開く</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5784"/>
        <source>You need to add a Hunspell dictionary.</source>
        <translation>Hunspell 辞書を追加してください。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5785"/>
        <location filename="../../fpwin.cpp" line="5792"/>
        <location filename="../../fpwin.cpp" line="5802"/>
        <source>See Preferences → Text → Spell Checking!</source>
        <translation>設定 → テキスト → スペルチェック を参照してください！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5791"/>
        <source>The Hunspell dictionary does not exist.</source>
        <translation>Hunspell 辞書が存在しません。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5801"/>
        <source>The Hunspell dictionary is not accompanied by an affix file.</source>
        <translation>Hunspell 辞書に付属ファイルがありません。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5824"/>
        <location filename="../../fpwin.cpp" line="5842"/>
        <location filename="../../fpwin.cpp" line="5857"/>
        <source>No misspelling in document.</source>
        <translation>文書にスペルミスはありません。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5826"/>
        <location filename="../../fpwin.cpp" line="5844"/>
        <location filename="../../fpwin.cpp" line="5859"/>
        <source>No misspelling from text cursor.</source>
        <translation>テキストのカーソル位置から、スペルミスはありません。</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="5875"/>
        <source>Spell Checking</source>
        <translation>スペルチェック</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="6222"/>
        <source>Some files cannot be saved!</source>
        <translation>いくつかのファイルは保存できませんでした！</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="6258"/>
        <source>A lightweight, tabbed, plain-text editor</source>
        <translation>軽量なタブ機能付きのプレーンテキストエディター</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="6259"/>
        <source>based on Qt</source>
        <translation>Qt ベース</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="6260"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="6261"/>
        <source>aka.</source>
        <translation>aka.</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="6262"/>
        <location filename="../../fpwin.cpp" line="6263"/>
        <source>About FeatherPad</source>
        <translation>FeatherPad について</translation>
    </message>
    <message>
        <location filename="../../fpwin.cpp" line="6262"/>
        <source>Translators</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <location filename="../../replace.cpp" line="285"/>
        <source>No Replacement</source>
        <translation>置換なし</translation>
    </message>
    <message>
        <location filename="../../replace.cpp" line="287"/>
        <source>One Replacement</source>
        <translation>1 個置換</translation>
    </message>
    <message numerus="yes">
        <location filename="../../replace.cpp" line="289"/>
        <source>%Ln Replacements</source>
        <translation>
            <numerusform>%Ln 個置換</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../replace.cpp" line="293"/>
        <source>The first 1000 replacements are highlighted.</source>
        <translation>最初の1000個の置換がハイライトされます。</translation>
    </message>
    <message>
        <location filename="../../syntax.cpp" line="314"/>
        <source>The size limit for syntax highlighting is exceeded.</source>
        <translation>構文のハイライト表示のサイズ制限を超えています。</translation>
    </message>
</context>
<context>
    <name>FeatherPad::FileDialog</name>
    <message>
        <location filename="../../filedialog.h" line="49"/>
        <source>Ctrl+H</source>
        <comment>Toggle showing hidden files</comment>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../filedialog.h" line="50"/>
        <source>Alt+.</source>
        <comment>Toggle showing hidden files</comment>
        <translation>Alt+.</translation>
    </message>
</context>
<context>
    <name>FeatherPad::FontDialog</name>
    <message>
        <location filename="../../fontDialog.ui" line="14"/>
        <source>Select Font</source>
        <translation>フォントを選択</translation>
    </message>
    <message>
        <location filename="../../fontDialog.ui" line="38"/>
        <source>Programming Fonts</source>
        <translation>プログラミング用フォント</translation>
    </message>
    <message>
        <location filename="../../fontDialog.ui" line="45"/>
        <location filename="../../fontDialog.ui" line="55"/>
        <source>Font:</source>
        <translation>フォント:</translation>
    </message>
    <message>
        <location filename="../../fontDialog.ui" line="69"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../../fontDialog.ui" line="89"/>
        <source>Weight:</source>
        <translation>ウェイト:</translation>
    </message>
    <message>
        <location filename="../../fontDialog.ui" line="103"/>
        <source>Normal</source>
        <translation>ノーマル</translation>
    </message>
    <message>
        <location filename="../../fontDialog.ui" line="108"/>
        <source>Medium</source>
        <translation>ミディアム</translation>
    </message>
    <message>
        <location filename="../../fontDialog.ui" line="113"/>
        <source>Bold</source>
        <translation>ボールド</translation>
    </message>
    <message>
        <location filename="../../fontDialog.ui" line="118"/>
        <source>Black</source>
        <translation>ブラック</translation>
    </message>
    <message>
        <location filename="../../fontDialog.ui" line="126"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../../fontDialog.ui" line="149"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
</context>
<context>
    <name>FeatherPad::LineEdit</name>
    <message>
        <location filename="../../lineedit.cpp" line="34"/>
        <source>Clear text (Ctrl+K)</source>
        <translation>テキストの消去 (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>FeatherPad::PrefDialog</name>
    <message>
        <location filename="../../prefDialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="30"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="69"/>
        <source>Window Settings</source>
        <translation>ウィンドウの設定</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="75"/>
        <source>Remember window &amp;size on closing</source>
        <translation>閉じる時にウィンドウのサイズを記憶する(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="84"/>
        <location filename="../../prefDialog.ui" line="97"/>
        <location filename="../../prefDialog.ui" line="107"/>
        <location filename="../../prefDialog.ui" line="120"/>
        <source>Window frame is excluded.</source>
        <translation>ウィンドウ枠は除外します。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="87"/>
        <source>Start with this size: </source>
        <translation>このサイズで起動: </translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="100"/>
        <location filename="../../prefDialog.ui" line="123"/>
        <source> px</source>
        <translation> ピクセル</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="110"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="148"/>
        <source>Enforcing a window position is not recommended
and may not work with some window managers.</source>
        <translation>ウィンドウの位置を指定することは推奨されません。
一部のウィンドウマネージャーでは動作しない可能性があります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="152"/>
        <source>Remember window &amp;position on closing</source>
        <translation>閉じる時にウィンドウの位置を記憶する(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="159"/>
        <source>Most suitable with sessions
but without tab functionality.</source>
        <translation>セッションには最適ですが、
タブ機能はありません。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="163"/>
        <source>Start with side-pane mode</source>
        <translation>サイドペインモードで起動する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="188"/>
        <source>Uncheck for 1/5 of the width.</source>
        <translation>チェックしないときは、幅は1/5になります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="191"/>
        <source>Remember splitter position</source>
        <translation>分割位置を記憶する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="200"/>
        <source>Do not show &amp;toolbar</source>
        <translation>ツールバーを表示しない(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="207"/>
        <source>If the menubar is hidden,
a menu button appears on the toolbar.</source>
        <translation>メニューバーが非表示の場合、
ツールバーにメニューボタンが表示されます。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="211"/>
        <source>Do not show &amp;menubar</source>
        <translation>メニューバーを表示しない(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="218"/>
        <source>Double clicking on the title toggles the maximized state.
The title also has a right click menu when a file is opened.</source>
        <translation>タイトルをダブルクリックすると、最大化の状態が切り替わります。
ファイルを開いた時、タイトルは右クリックメニューもあります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="222"/>
        <source>Show window title on menubar</source>
        <translation>メニューバーにウインドウのタイトルを表示する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="229"/>
        <source>Menubar accelerators are activated by Alt
and may interfere with customized shortcuts.</source>
        <translation>メニューバーのアクセラレーターは Alt キーによってアクティブになり
カスタマイズされたショートカットと干渉する可能性があります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="233"/>
        <source>Disable menubar accelerators</source>
        <translation>メニューバーのアクセラレーターを無効にする</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="240"/>
        <source>Internal icons are used by default.</source>
        <translation>デフォルトで内蔵アイコンを使用する。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="243"/>
        <source>Use system icons where possible</source>
        <translation>可能であればシステムアイコンを使用する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="250"/>
        <source>Hide search &amp;bar by default</source>
        <translation>デフォルトで検索バーを表示しない(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="257"/>
        <source>By default, each search entry
has a separate search history.</source>
        <translation>デフォルトでは、各検索エントリーには
個別の検索履歴があります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="261"/>
        <source>Use a shared search history</source>
        <translation>検索履歴を共有する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="268"/>
        <source>Always show st&amp;atus bar</source>
        <translation>常にステータスバーを表示する(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="293"/>
        <source>Show cursor position on status bar</source>
        <translation>ステータスバーにカーソル位置を表示する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="304"/>
        <location filename="../../prefDialog.ui" line="314"/>
        <source>Will take effect after closing this dialog.</source>
        <translation>このダイアログを閉じた後に有効になります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="307"/>
        <source>Tab position: </source>
        <translation>タブの位置: </translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="318"/>
        <source>North</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="323"/>
        <source>South</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="328"/>
        <source>West</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="333"/>
        <source>East</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="359"/>
        <source>This means that, for LTR, Alt+Right goes to the first tab
after the last tab is activated, and the same for Alt+Left.

Tab navigation with mouse wheel is not affected.</source>
        <translation>最後のタブを表示している状態で Alt+Right を押すと最初のタブに移動し、
最初のタブを表示している状態で Alt+Left を押すと最後のタブに移動します。

マウスホイールを使用したタブナビゲーションには影響しません。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="365"/>
        <source>Tab navigation wraps &amp;around</source>
        <translation>タブのナビゲーションを折り返す(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="372"/>
        <source>If this is checked, not only you will lose the informative
tooltip and context menu of a single tab but you could not
merge a single tabbed window into another one by tab drag-
and-drop either.</source>
        <translation>これがチェックされている場合、タブ情報ツールチップや
コンテキストメニューが表示されなくなり、タブが一つだ
けのウィンドウを他のタブ付きウィンドウにドラッグアン
ドドロップしてマージすることができなくなります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="378"/>
        <source>&amp;Do not show a single tab</source>
        <translation>タブが単一の時は表示しない(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="385"/>
        <source>Close window on closing its last tab</source>
        <translation>最後のタブを閉じる時にウィンドウも閉じる</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="392"/>
        <source>By default, if a FeatherPad window exists on the
current desktop, files will be opened in its tabs.

However, some desktop environments may not
report that they have multiple desktops.</source>
        <translation>デフォルトでは、FeatherPad のウィンドウがデスクトップに
存在する場合、そのウィンドウのタブでファイルを開きます。

ただし、デスクトップ環境によっては複数の (仮想) デスクトッ
プがあることを確認できない場合があります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="399"/>
        <source>Always open in separate windows</source>
        <translation>常に別のウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="406"/>
        <source>If this is checked, the file dialog provided by the current
desktop environment will be used instead of the Qt file dialog.

Some desktop environments, like KDE and LXQt, provide files dialogs.</source>
        <translation>これがチェックされている場合、Qt のファイルダイアログの代わりに、
現在のデスクトップ環境のファイルダイアログを使用します。

KDE や LXQt のようなデスクトップ環境は、独自のファイルダイアログを提供します。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="412"/>
        <source>Native file dialog</source>
        <translation>本来のファイルダイアログ</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="443"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="482"/>
        <source>Text Editor</source>
        <translation>テキストエディター</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="488"/>
        <source>Uncheck for Monospace.</source>
        <translation>チェックしない時は Monospace になります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="491"/>
        <source>Remember &amp;font</source>
        <translation>フォントを記憶する(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="498"/>
        <source>&amp;Wrap lines by default</source>
        <translation>デフォルトで行を折り返す(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="505"/>
        <source>Auto-&amp;indent by default</source>
        <translation>デフォルトで自動的にインデントする(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="512"/>
        <source>This covers parentheses, braces, brackets and quotes.</source>
        <translation>これは、カッコ、中括弧、角括弧、および引用符を扱います。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="515"/>
        <source>Auto-&amp;bracket</source>
        <translation>自動でカッコを閉じる(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="522"/>
        <source>By default, a triple period is replaced with an ellipsis
and a double hyphen with a long dash while typing,
under proper circumstances.</source>
        <translation>デフォルトでは、適切な状況下での入力中に、
3連続ピリオド (...) を3点リーダー (…) に、
2連続ハイフン (--) を長いダッシュ (—) に置き換えます。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="527"/>
        <source>Replace triple periods and double hyphens while typing</source>
        <translation>入力中に3連続ピリオドと2連続ハイフンを置換する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="534"/>
        <source>Always show line &amp;numbers</source>
        <translation>常に行番号を表示する(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="541"/>
        <source>Highlight case-sensitive and whole matches
of the selected text.</source>
        <translation>選択したテキストの大文字小文字を区別して完全一致をハイライトします。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="545"/>
        <source>Selection highlighting</source>
        <translation>選択ハイライト表示する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="552"/>
        <source>Highlight s&amp;yntax by default</source>
        <translation>デフォルトで構文をハイライト表示する(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="577"/>
        <source>This creates a menu button on the
status bar for changing the syntax.</source>
        <translation>これにより、
ステータスバーに構文を変更するための
メニューボタンが作成されます。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="581"/>
        <source>Support syntax override</source>
        <translation>構文の上書きをサポートする</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="608"/>
        <source>Never highlight syntax for files &gt; </source>
        <translation>構文をハイライト表示しないファイルの上限 </translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="615"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="646"/>
        <source>Show spaces, tabs and tab lines
when the syntax is highlighted.</source>
        <translation>構文がハイライト表示されている時、
スペース、タブ、インデントを表示します。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="650"/>
        <source>Show whitespaces</source>
        <translation>空白マークを表示する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="657"/>
        <source>Show line and document ends</source>
        <translation>行末と文書の末尾を示すマークを表示する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="666"/>
        <location filename="../../prefDialog.ui" line="677"/>
        <source>The vertical position lines will be drawn only if
the editor font has a fixed pitch (like Monospace).</source>
        <translation>垂直位置線は、エディターのフォントが等幅フォント
(Monospace など) の場合にのみ表示されます。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="670"/>
        <source>Show vertical lines starting from this position:</source>
        <translation>この位置から垂直線を表示:</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="709"/>
        <source>Needs window reopening to take effect.</source>
        <translation>有効にするにはウィンドウを開き直して下さい。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="712"/>
        <source>Dark c&amp;olor scheme</source>
        <translation>暗い色のスキームを使う(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="737"/>
        <location filename="../../prefDialog.ui" line="754"/>
        <source>The color value of the background.
255 means white while 0 means black.

For the light background, it can be
between 230 and 255; for the dark
background, between 0 and 50.

Needs window reopening to take effect.</source>
        <translation>背景色の値です。
255は白、0は黒になります。

明るい背景は、230~255の範囲で、230が目にやさしいと思います。
暗い背景は、0〜50の範囲で、50が目にやさしいと思います。

反映させるには、ウィンドウを開き直して下さい。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="747"/>
        <source>Background color value: </source>
        <translation>背景色の値: </translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="786"/>
        <source>Add a small margin around text</source>
        <translation>テキストの周囲に小さな余白を追加する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="795"/>
        <location filename="../../prefDialog.ui" line="808"/>
        <source>Used for pasting the date and time.
Leave empty for the system default.

Takes effect after closing this dialog.</source>
        <translation>日付と時刻の貼り付けに使用されます。
システムの既定値の場合は空のままにします。

このダイアログを閉じると有効になります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="801"/>
        <source>Date and time format:</source>
        <translation>日付と時刻の形式:</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="828"/>
        <source>Text tab size:</source>
        <translation>タブ文字のサイズ:</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="835"/>
        <source> spaces</source>
        <translation> 個のスペース</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="869"/>
        <source>Some text editors cannot open a document
whose last line is not empty.</source>
        <translation>一部のテキストエディターは最後の行が
空でない文書を開けません。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="873"/>
        <source>Ensure an empty last line on saving</source>
        <translation>保存時に最後の行が空かどうかを確認する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="880"/>
        <source>Remove trailing spaces on saving</source>
        <translation>保存時に末尾のスペースを削除する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="887"/>
        <source>Thick text cursor</source>
        <translation>テキストカーソルを太くする</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="894"/>
        <source>Should the mouse wheel scrolling be inertial
if the cursor is inside the text view?</source>
        <translation>カーソルがテキストビュー内にある場合に、
マウスホイールで慣性スクロールを使いますか？</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="898"/>
        <source>Inertial scrolling with mouse wheel</source>
        <translation>マウスホイールでの慣性スクロールを使う</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="905"/>
        <source>Spell Checking</source>
        <translation>スペルチェック</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="913"/>
        <location filename="../../prefDialog.ui" line="925"/>
        <source>A Hunspell dictionary has a name that ends with &quot;.dic&quot;
and should be alongside an affix file with the same
name but ending with &quot;.aff&quot;.</source>
        <translation>Hunspell 辞書は、&quot;.dic&quot; で終わる名前と
&quot;.aff&quot; で終わる同じ名前の付属ファイルを
一緒にする必要があります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="918"/>
        <source>Hunspell dictionary path:</source>
        <translation>Hunspell 辞書のパス:</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="937"/>
        <location filename="../../pref.cpp" line="1802"/>
        <source>Add dictionary...</source>
        <translation>辞書を追加...</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="949"/>
        <source>If this is unchecked, spell checking
will be started from the document start.</source>
        <translation>これがチェックされていない場合、
文書の先頭からスペルチェックを行います。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="953"/>
        <source>Start spell checking from text cursor</source>
        <translation>テキストカーソル位置からスペルチェックを開始する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="987"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="993"/>
        <source>File Management</source>
        <translation>ファイル管理</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1001"/>
        <location filename="../../prefDialog.ui" line="1015"/>
        <source>The maximum number of recently modified or
opened files FeatherPad shows. The default
is 10.

Needs application restart to take effect.</source>
        <translation>FeatherPad に表示する、最近更新したファイル
または最近開いたファイルの最大数です。
既定値は 10 です。

有効にするには、アプリケーションを再起動して下さい。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1008"/>
        <source>Number of recent files: </source>
        <translation>記憶しておく最近のファイルの数: </translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1068"/>
        <source>Show recentl&amp;y modified files</source>
        <translation>最近更新したファイルを表示する(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1098"/>
        <source>Show recentl&amp;y opened files</source>
        <translation>最近開いたファイルを表示する(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1107"/>
        <source>Only if their number is not greater than 50.</source>
        <translation>その数が50を超えない場合のみ。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1110"/>
        <source>Start with files of last window</source>
        <translation>最後のウィンドウのファイルを開いて起動する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1117"/>
        <source>This only includes executable files written
in script languages like Shell and Python.

If it is checked and the opened file is
executable, the file will be executed by clicking
the Run button, that appears on the toolbar/filemenu
when needed, or by its shortcut Ctrl+E. Then, the
process could be killed by Ctrl+Alt+E.</source>
        <translation>実行可能なファイルは、シェルや Python のようなスクリプト
言語で書かれたファイルです。

これがチェックされ、開いているファイルが実行可能な時、
ツールバー/ファイルメニューに表示される [実行] ボタンを押
すか、ショートカット Ctrl+E を押すと実行できます。また、
Ctrl+Alt+E でプロセスを終了できます。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1127"/>
        <source>Run executable scripts</source>
        <translation>実行可能なスクリプトを実行する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1152"/>
        <location filename="../../prefDialog.ui" line="1171"/>
        <source>This can be any starting command with
arguments, for example, &quot;xterm -hold&quot;
for running the process in XTerm.

If the command is left empty, the file
will be executed directly.

If the script is not run in a terminal
emulator, the output and error messages
will be shown by a popup dialog.</source>
        <translation>これは実行したいコマンドと、その引数です。
例えば、XTerm 内でプロセスを実行するには &quot;xterm -hold&quot; のように指定します。

コマンドを空のままにすると、ファイルを直接実行します。

スクリプトが端末エミュレーターで実行されていない場合、
出力やエラーメッセージはポップアップダイアログで表示します。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1164"/>
        <source>Start with this command: </source>
        <translation>次のコマンドで開始: </translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1183"/>
        <source>Command + Arguments</source>
        <translation>コマンド + 引数</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1194"/>
        <location filename="../../prefDialog.ui" line="1204"/>
        <source>Only for files that exist and can be saved.</source>
        <translation>実在し保存可能なファイルのみ。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1197"/>
        <source>Save changes to opened files every:</source>
        <translation>開いているファイルの変更を指定間隔で保存:</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1207"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1238"/>
        <source>If this is checked, the Save button/menu-item could
be used also when the opened file is not modified.

This can be useful under certain circumstances,
e.g. for changing the time stamp or removing the
trailing spaces of a text file.</source>
        <translation>これがチェックされている場合、開いているファイルを
変更していない場合でも、保存ボタン/メニュー項目を
使用できます。

これは例えば、ファイルのタイムスタンプを更新したい
場合や、テキストファイルの末尾のスペースを削除した
い場合といった、特定の条件下で役立ちます。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1246"/>
        <source>Allow saving unmodified files</source>
        <translation>未更新ファイルの保存を許可する</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1253"/>
        <source>Show a warning instead.</source>
        <translation>代わりに警告を表示します。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1256"/>
        <source>Do not permit opening of non-text files</source>
        <translation>テキスト以外のファイルを開くことを許可しない</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1263"/>
        <source>By default, when files are copied, they will
be opened if they are pasted into FeatherPad.</source>
        <translation>デフォルトでは、ファイルをコピーして、
FeatherPad に貼り付ける場合はそのファイルを開きます。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1267"/>
        <source>Paste paths instead of files</source>
        <translation>ファイルではなくパスを貼り付ける</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1294"/>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1316"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1321"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1329"/>
        <source>Restore default shortcuts.</source>
        <translation>ショートカットを初期設定に戻します。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1332"/>
        <location filename="../../prefDialog.ui" line="1406"/>
        <location filename="../../prefDialog.ui" line="1454"/>
        <source>Default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1343"/>
        <source>Syntax Colors</source>
        <translation>構文の色</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1438"/>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1443"/>
        <source>Text Color</source>
        <translation>文字の色</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1360"/>
        <source>Whitespace color value:</source>
        <translation>ホワイトスペースの色の値:</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1393"/>
        <location filename="../../prefDialog.ui" line="1403"/>
        <source>Has effect only if line numbers are shown.</source>
        <translation>行番号が表示されている場合のみ効果があります。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1396"/>
        <source>Current line highlight value:</source>
        <translation>現在行の強調表示の値:</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1451"/>
        <source>Restore default syntax colors.</source>
        <translation>構文の色を初期設定に戻します。</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1475"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../../prefDialog.ui" line="1486"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="113"/>
        <source>Press a modifier key to clear a shortcut
in the editing mode.</source>
        <translation>ショートカットをクリアするには、編集モードで
修飾キー（訳注: Alt,Ctrl,Shift のみ）を押します。</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="119"/>
        <source>Double click a color to change it.</source>
        <translation>変更する色をダブルクリックしてください。</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="355"/>
        <location filename="../../pref.cpp" line="1498"/>
        <source>files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="355"/>
        <location filename="../../pref.cpp" line="1498"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="422"/>
        <location filename="../../pref.cpp" line="1617"/>
        <source>Warning: Ambiguous shortcut detected!</source>
        <translation>警告: 不正なショートカットを検出しました！</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="455"/>
        <source>Functions, URLs,…</source>
        <translation>関数, URL, …</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="456"/>
        <source>Built-in Functions</source>
        <translation>組み込み関数</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="457"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="458"/>
        <source>Quotations</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="459"/>
        <source>Types</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="460"/>
        <source>Key Words</source>
        <translation>キーワード</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="461"/>
        <source>Numbers</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="462"/>
        <source>Regular Expressions, Code Blocks,…</source>
        <translation>正規表現, コードブロック,…</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="463"/>
        <source>Document Blocks, XML/HTML Elements,…</source>
        <translation>文書ブロック, XML/HTML 要素,…</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="464"/>
        <source>Markdown Headings, CSS Values,…</source>
        <translation>マークダウンの見出し, CSS の値,…</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="465"/>
        <source>Extra Elements</source>
        <translation>その他の要素</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="647"/>
        <source>Application restart is needed for changes to take effect.</source>
        <translation>変更を有効にするには、アプリケーションを再起動して下さい。</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="668"/>
        <source>Window reopening is needed for changes to take effect.</source>
        <translation>変更を有効にするには、ウィンドウを開き直して下さい。</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="1524"/>
        <source>&amp;Recently Opened</source>
        <translation>最近開いたファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="1525"/>
        <source>Recently &amp;Modified</source>
        <translation>最近更新したファイル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="1600"/>
        <source>The typed shortcut was reserved.</source>
        <translation>入力したショートカットは予約済みでした。</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="1804"/>
        <source>Hunspell Dictionary Files</source>
        <translation>Hunspell 辞書ファイル</translation>
    </message>
    <message>
        <location filename="../../pref.cpp" line="523"/>
        <location filename="../../pref.cpp" line="1890"/>
        <source>Select Syntax Color</source>
        <translation>構文の色を選択</translation>
    </message>
</context>
<context>
    <name>FeatherPad::SearchBar</name>
    <message>
        <location filename="../../searchbar.cpp" line="94"/>
        <location filename="../../searchbar.cpp" line="173"/>
        <source>Search...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../../searchbar.cpp" line="120"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../searchbar.cpp" line="121"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../searchbar.cpp" line="125"/>
        <source>Match Case</source>
        <translation>大文字・小文字の区別</translation>
    </message>
    <message>
        <location filename="../../searchbar.cpp" line="132"/>
        <source>Whole Word</source>
        <translation>単語全体</translation>
    </message>
    <message>
        <location filename="../../searchbar.cpp" line="139"/>
        <source>Regular Expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../../searchbar.cpp" line="171"/>
        <source>Search with regex...</source>
        <translation>正規表現で検索...</translation>
    </message>
</context>
<context>
    <name>FeatherPad::SessionDialog</name>
    <message>
        <location filename="../../sessionDialog.ui" line="14"/>
        <source>Session Manager</source>
        <translation>セッションの管理</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="45"/>
        <source>&lt;b&gt;Save/Restore Session&lt;/b&gt;</source>
        <translation>&lt;b&gt;セッションの保存/復元&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="68"/>
        <source>Filter...</source>
        <translation>絞り込み...</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="81"/>
        <source>Open the selected session(s).</source>
        <translation>選択したセッションを開きます。</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="84"/>
        <location filename="../../sessionDialog.ui" line="299"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="110"/>
        <location filename="../../sessionDialog.ui" line="120"/>
        <source>Del</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="113"/>
        <location filename="../../sessionDialog.ui" line="294"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="127"/>
        <location filename="../../sessionDialog.ui" line="137"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="130"/>
        <source>Remove &amp;All</source>
        <translation>すべて削除(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="147"/>
        <source>Save the current session under the given title.</source>
        <translation>現在のセッションを指定したタイトルで保存します。</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="150"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="161"/>
        <source>Type a name to save session</source>
        <translation>セッションを保存する名前を入力してください</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="171"/>
        <source>By default, all files that are opened in all
windows will be included in the saved session.</source>
        <translation>デフォルトでは、すべてのウィンドウで開いたすべてのファイルが、
保存されるセッションに含まれます。</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="175"/>
        <source>Save only from this &amp;window</source>
        <translation>このウィンドウからのみ保存する(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="204"/>
        <source>&lt;b&gt;Warning&lt;/b&gt;</source>
        <translation>&lt;b&gt;警告&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="250"/>
        <location filename="../../session.cpp" line="332"/>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="257"/>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="284"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sessionDialog.ui" line="307"/>
        <source>Re&amp;name</source>
        <translation>名前を変更(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../session.cpp" line="183"/>
        <source>Nothing saved.&lt;br&gt;No file was opened.</source>
        <translation>保存しません。&lt;br&gt;ファイルを開いていません。</translation>
    </message>
    <message>
        <location filename="../../session.cpp" line="281"/>
        <source>No file exists or can be opened.</source>
        <translation>ファイルが存在しないか、開くことができません。</translation>
    </message>
    <message>
        <location filename="../../session.cpp" line="283"/>
        <source>Not all files exist or can be opened.</source>
        <translation>すべてのファイルが存在しない、または開くことができません。</translation>
    </message>
    <message>
        <location filename="../../session.cpp" line="318"/>
        <source>&amp;OK</source>
        <translation>OK(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../session.cpp" line="337"/>
        <source>Do you really want to remove all saved sessions?</source>
        <translation>本当に保存したすべてのセッションを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../session.cpp" line="343"/>
        <source>Do you really want to remove the selected sessions?</source>
        <translation>本当に選択したセッションを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../session.cpp" line="345"/>
        <source>Do you really want to remove the selected session?</source>
        <translation>本当に選択したセッションを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../session.cpp" line="350"/>
        <source>A session with the same name exists.&lt;br&gt;Do you want to overwrite it?</source>
        <translation>同じ名前のセッションが存在します。&lt;br&gt;上書きしますか？</translation>
    </message>
</context>
<context>
    <name>FeatherPad::SidePane</name>
    <message>
        <location filename="../../sidepane.cpp" line="196"/>
        <source>Filter...</source>
        <translation>絞り込み...</translation>
    </message>
</context>
<context>
    <name>FeatherPad::SpellDialog</name>
    <message>
        <location filename="../../spellDialog.ui" line="25"/>
        <source>Unknown word:</source>
        <translation>未知の単語:</translation>
    </message>
    <message>
        <location filename="../../spellDialog.ui" line="51"/>
        <source>Add To Dictionary</source>
        <translation>辞書に追加</translation>
    </message>
    <message>
        <location filename="../../spellDialog.ui" line="62"/>
        <source>Replace with:</source>
        <translation>置換する文字列:</translation>
    </message>
    <message>
        <location filename="../../spellDialog.ui" line="129"/>
        <source>Correct Once</source>
        <translation>1つ置換</translation>
    </message>
    <message>
        <location filename="../../spellDialog.ui" line="142"/>
        <source>Correct All</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../../spellDialog.ui" line="87"/>
        <source>Ignore Once</source>
        <translation>1つ無視</translation>
    </message>
    <message>
        <location filename="../../spellDialog.ui" line="100"/>
        <source>Ignore All</source>
        <translation>すべて無視</translation>
    </message>
</context>
<context>
    <name>FeatherPad::TextEdit</name>
    <message>
        <location filename="../../textedit.cpp" line="152"/>
        <source>Double click to center current line</source>
        <translation>ダブルクリックすると現在の行を中央に表示します</translation>
    </message>
</context>
</TS>
