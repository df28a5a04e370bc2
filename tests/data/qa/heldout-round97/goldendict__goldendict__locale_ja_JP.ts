<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="1.1" language="ja">
<context>
    <name>About</name>
    <message>
        <location filename="../about.ui" line="17"/>
        <source>About</source>
        <translation>バージョン情報</translation>
    </message>
    <message>
        <location filename="../about.ui" line="48"/>
        <source>GoldenDict dictionary lookup program, version </source>
        <translation>GoldenDict 辞書検索プログラム version </translation>
    </message>
    <message>
        <location filename="../about.ui" line="70"/>
        <source>(c) 2008-2011 Konstantin Isakov (ikm@goldendict.org)</source>
        <translation>(c) 2008-2011 Konstantin Isakov (ikm@goldendict.org)</translation>
    </message>
    <message>
        <location filename="../about.ui" line="94"/>
        <source>Credits:</source>
        <translation>クレジット:</translation>
    </message>
    <message>
        <location filename="../about.ui" line="80"/>
        <source>Licensed under GNU GPLv3 or later</source>
        <translation>GNU GPLv3 以降の下でライセンスされています</translation>
    </message>
    <message>
        <location filename="../about.cc" line="16"/>
        <source>[Unknown]</source>
        <translation>[不明]</translation>
    </message>
</context>
<context>
    <name>ArticleMaker</name>
    <message>
        <location filename="../article_maker.cc" line="111"/>
        <source>No translation for &lt;b&gt;%1&lt;/b&gt; was found in group &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>グループ &lt;b&gt;%2&lt;/b&gt; に &lt;b&gt;%1&lt;/b&gt; の翻訳が見つかりません。</translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="116"/>
        <source>No translation was found in group &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>グループ &lt;b&gt;%1&lt;/b&gt; に翻訳が見つかりません。</translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="135"/>
        <source>Welcome!</source>
        <translation>ようこそ!</translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="137"/>
        <source>&lt;h3 align=&quot;center&quot;&gt;Welcome to &lt;b&gt;GoldenDict&lt;/b&gt;!&lt;/h3&gt;&lt;p&gt;To start working with the program, first visit &lt;b&gt;Edit|Dictionaries&lt;/b&gt; to add some directory paths where to search for the dictionary files, set up various Wikipedia sites or other sources, adjust dictionary order or create dictionary groups.&lt;p&gt;And then you&apos;re ready to look up your words! You can do that in this window by using a pane to the left, or you can &lt;a href=&quot;Working with popup&quot;&gt;look up words from other active applications&lt;/a&gt;. &lt;p&gt;To customize program, check out the available preferences at &lt;b&gt;Edit|Preferences&lt;/b&gt;. All settings there have tooltips, be sure to read them if you are in doubt about anything.&lt;p&gt;Should you need further help, have any questions, suggestions or just wonder what the others think, you are welcome at the program&apos;s &lt;a href=&quot;http://goldendict.org/forum/&quot;&gt;forum&lt;/a&gt;.&lt;p&gt;Check program&apos;s &lt;a href=&quot;http://goldendict.org/&quot;&gt;website&lt;/a&gt; for the updates. &lt;p&gt;(c) 2008-2011 Konstantin Isakov. Licensed under GPLv3 or later.</source>
        <translation>&lt;h3 align=&quot;center&quot;&gt;&lt;b&gt;GoldenDict&lt;/b&gt; へようこそ!&lt;/h3&gt;&lt;p&gt;このプログラムでの作業を開始するには、まず &lt;b&gt;[編集|辞書]&lt;/b&gt; を開いて辞書ファイルを検索するディレクトリのパスを追加したり、さまざまな Wikipedia のサイトやその他のソースを設定したり、辞書の順序を調整したり辞書グループを作成したりします。&lt;p&gt;次にはもう単語を検索する準備ができています! このウィンドウの左のペインを使用するか、&lt;a href=&quot;Working with popup&quot;&gt;他のアクティブなアプリケーションから単語を検索します&lt;/a&gt;。&lt;p&gt;プログラムをカスタマイズするには、&lt;b&gt;[編集|環境設定]&lt;/b&gt; で利用可能なオプションをチェックしてください。そこにある設定にはすべてツールチップがあります、何か疑問に思った場合はそれらを読むようにしてください。&lt;p&gt;さらなるヘルプを必要とする場合、質問、提案やその他気になることがある場合は、プログラムの&lt;a href=&quot;http://goldendict.org/forum/&quot;&gt;フォーラム&lt;/a&gt;で歓迎されます。&lt;p&gt;更新はプログラムの&lt;a href=&quot;http://goldendict.org/&quot;&gt;Web サイト&lt;/a&gt;をチェックしてください。&lt;p&gt;(c) 2008-2011 Konstantin Isakov. GPLv3 以降の下でライセンスされています。</translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="153"/>
        <source>Working with popup</source>
        <translation>ポップアップ作業</translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="155"/>
        <source>&lt;h3 align=&quot;center&quot;&gt;Working with the popup&lt;/h3&gt;To look up words from other active applications, you would need to first activate the &lt;i&gt;&quot;Scan popup functionality&quot;&lt;/i&gt; in &lt;b&gt;Preferences&lt;/b&gt;, and then enable it at any time either by triggering the &apos;Popup&apos; icon above, or by clicking the tray icon down below with your right mouse button and choosing so in the menu you&apos;ve popped. </source>
        <translation>&lt;h3 align=&quot;center&quot;&gt;ポップアップ作業&lt;/h3&gt;他のアクティブなアプリケーションから単語を検索するには、まず &lt;b&gt;[環境設定]&lt;/b&gt; で &lt;i&gt;&quot;スキャン ポップアップ機能&quot;&lt;/i&gt; を有効にする必要があり、次からは上の &apos;ポップアップ アイコンを切り替えるか、または右マウス ボタンで下のトレイ アイコンをクリックしてポップしているメニューで選択することによっていつでも有効にできます。</translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="162"/>
        <source>Then just stop the cursor over the word you want to look up in another application, and a window would pop up which would describe it to you.</source>
        <translation>次に他のアプリケーションで検索したい単語の上でカーソルを止めると、説明のウィンドウがポップアップします。</translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="165"/>
        <source>Then just select any word you want to look up in another application by your mouse (double-click it or swipe it with mouse with the button pressed), and a window would pop up which would describe the word to you.</source>
        <translation>次に他のアプリケーションで検索したい単語をマウスで選択 (ダブルクリックまたは長押し) すると、単語を説明するウィンドウがポップアップします。</translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="242"/>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
</context>
<context>
    <name>ArticleRequest</name>
    <message>
        <location filename="../article_maker.cc" line="401"/>
        <source>From </source>
        <translation>From </translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="414"/>
        <source>Query error: %1</source>
        <translation>クエリ エラー: %1</translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="513"/>
        <source>Close words: </source>
        <translation>類似語: </translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="584"/>
        <source>Compound expressions: </source>
        <translation>複合表現: </translation>
    </message>
    <message>
        <location filename="../article_maker.cc" line="612"/>
        <source>Individual words: </source>
        <translation>単語ごと: </translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../articleview.cc" line="1105"/>
        <source>GoldenDict</source>
        <translation>GoldenDict</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="705"/>
        <source>The referenced resource doesn&apos;t exist.</source>
        <translation>参照されたりソースが存在しません。</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="810"/>
        <source>&amp;Open Link</source>
        <translation>リンクを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="816"/>
        <source>Open Link in New &amp;Tab</source>
        <translation>新しいタブでリンクを開く(&amp;T)</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="823"/>
        <source>Open Link in &amp;External Browser</source>
        <translation>外部ブラウザーでリンクを開く(&amp;E)</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="836"/>
        <source>&amp;Look up &quot;%1&quot;</source>
        <translation>&quot;%1&quot; を検索(&amp;L)</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="844"/>
        <source>Look up &quot;%1&quot; in &amp;New Tab</source>
        <translation>新しいタブで &quot;%1&quot; を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="859"/>
        <source>Look up &quot;%1&quot; in %2</source>
        <translation>%2 から &quot;%1&quot; を検索</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="867"/>
        <source>Look up &quot;%1&quot; in %2 in &amp;New Tab</source>
        <translation>新しいタブで %2 から &quot;%1&quot; を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="1002"/>
        <source>Playing a non-WAV file</source>
        <translation>非 WAV ファイルの再生</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="1003"/>
        <source>To enable playback of files different than WAV, please go to Edit|Preferences, choose the Audio tab and select &quot;Play via DirectShow&quot; there.</source>
        <translation>WAV 以外のファイルの再生を有効にするには、[オーディオ] タブの &quot;DirectShow を通じて再生する&quot; を選択します。</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="1054"/>
        <source>Failed to run a player to play sound file: %1</source>
        <translation>サウンド ファイルを再生するプレーヤーの実行に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="1072"/>
        <source>Failed to create temporary file.</source>
        <translation>一時ファイルの作成に失敗しました。</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="1082"/>
        <source>Failed to auto-open resource file, try opening manually: %1.</source>
        <translation>リソース ファイルの自動オープンに失敗しました、手動で開いています: %1。</translation>
    </message>
    <message>
        <location filename="../articleview.cc" line="1105"/>
        <source>The referenced resource failed to download.</source>
        <translation>参照されたリソースのダウンロードに失敗しました。</translation>
    </message>
    <message>
        <location filename="../articleview.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../articleview.ui" line="36"/>
        <source>about:blank</source>
        <translation>about:blank</translation>
    </message>
    <message>
        <location filename="../articleview.ui" line="65"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../articleview.ui" line="79"/>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../articleview.ui" line="89"/>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P0</translation>
    </message>
    <message>
        <location filename="../articleview.ui" line="106"/>
        <source>&amp;Next</source>
        <translation>次へ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../articleview.ui" line="113"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../articleview.ui" line="126"/>
        <source>&amp;Case Sensitive</source>
        <translation>大文字と小文字を区別する(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DictGroupWidget</name>
    <message>
        <location filename="../dictgroupwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../dictgroupwidget.ui" line="37"/>
        <source>Group icon:</source>
        <translation>グループ アイコン:</translation>
    </message>
    <message>
        <location filename="../dictgroupwidget.ui" line="85"/>
        <source>Shortcut:</source>
        <translation>ショートカット:</translation>
    </message>
    <message>
        <location filename="../groups_widgets.cc" line="34"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../groups_widgets.cc" line="39"/>
        <source>From file...</source>
        <translation>ファイルから...</translation>
    </message>
    <message>
        <location filename="../groups_widgets.cc" line="79"/>
        <source>Choose a file to use as group icon</source>
        <translation>グループ アイコンとして使用するファイルを選択します</translation>
    </message>
    <message>
        <location filename="../groups_widgets.cc" line="81"/>
        <source>Images</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <location filename="../groups_widgets.cc" line="82"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../groups_widgets.cc" line="89"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../groups_widgets.cc" line="89"/>
        <source>Can&apos;t read the specified image file.</source>
        <translation>指定されたイメージ ファイルを読み取ることができません。</translation>
    </message>
</context>
<context>
    <name>DictGroupsWidget</name>
    <message>
        <location filename="../groups_widgets.cc" line="570"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../groups_widgets.cc" line="571"/>
        <source>Are you sure you want to generate a set of groups based on language pairs?</source>
        <translation>言語の組み合わせに基づいたグループのセットを生成しますか?</translation>
    </message>
</context>
<context>
    <name>DictListModel</name>
    <message>
        <location filename="../groups_widgets.cc" line="187"/>
        <source>%1 entries</source>
        <translation>%1 個のエントリ</translation>
    </message>
</context>
<context>
    <name>DictionaryBar</name>
    <message>
        <location filename="../dictionarybar.cc" line="12"/>
        <source>Dictionary Bar</source>
        <translation>辞書バー</translation>
    </message>
    <message>
        <location filename="../dictionarybar.cc" line="103"/>
        <source>Edit this group</source>
        <translation>このグループを編集</translation>
    </message>
</context>
<context>
    <name>EditDictionaries</name>
    <message>
        <location filename="../editdictionaries.cc" line="41"/>
        <source>&amp;Sources</source>
        <translation>ソース(&amp;S)</translation>
    </message>
    <message>
        <location filename="../editdictionaries.cc" line="198"/>
        <source>&amp;Dictionaries</source>
        <translation>辞書(&amp;D)</translation>
    </message>
    <message>
        <location filename="../editdictionaries.cc" line="201"/>
        <source>&amp;Groups</source>
        <translation>グループ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../editdictionaries.cc" line="94"/>
        <source>Sources changed</source>
        <translation>ソースが変更されました</translation>
    </message>
    <message>
        <location filename="../editdictionaries.cc" line="95"/>
        <source>Some sources were changed. Would you like to accept the changes?</source>
        <translation>いくつかのソースが変更されました。変更を承認しますか?</translation>
    </message>
    <message>
        <location filename="../editdictionaries.cc" line="98"/>
        <source>Accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../editdictionaries.cc" line="100"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../editdictionaries.ui" line="14"/>
        <source>Dictionaries</source>
        <translation>辞書</translation>
    </message>
</context>
<context>
    <name>Forvo::ForvoArticleRequest</name>
    <message>
        <location filename="../forvo.cc" line="203"/>
        <source>XML parse error: %1 at %2,%3</source>
        <translation>XML 分析エラー: %1 at %2,%3</translation>
    </message>
    <message>
        <location filename="../forvo.cc" line="279"/>
        <source>Added %1</source>
        <translation>%1 を追加しました</translation>
    </message>
    <message>
        <location filename="../forvo.cc" line="282"/>
        <source>by</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../forvo.cc" line="286"/>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <location filename="../forvo.cc" line="286"/>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../forvo.cc" line="288"/>
        <source>from</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../forvo.cc" line="326"/>
        <source>Go to Edit|Dictionaries|Sources|Forvo and apply for our own API key to make this error disappear.</source>
        <translation>このエラーを解消するには [編集|辞書|ソース|Forvo] で私たちの API キーを適用してください。</translation>
    </message>
</context>
<context>
    <name>GermanTranslit</name>
    <message>
        <location filename="../german.cc" line="48"/>
        <source>German Transliteration</source>
        <translation>ドイツ語音訳</translation>
    </message>
</context>
<context>
    <name>GreekTranslit</name>
    <message>
        <location filename="../greektranslit.cc" line="651"/>
        <source>Greek Transliteration</source>
        <translation>ギリシャ語音訳</translation>
    </message>
</context>
<context>
    <name>GroupComboBox</name>
    <message>
        <location filename="../groupcombobox.cc" line="12"/>
        <source>Choose a Group (Alt+G)</source>
        <translation>グループの選択 (Alt+G)</translation>
    </message>
</context>
<context>
    <name>GroupSelectorWidget</name>
    <message>
        <location filename="../groupselectorwidget.ui" line="13"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../groupselectorwidget.ui" line="19"/>
        <source>Look in</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../groups.cc" line="94"/>
        <source>Add group</source>
        <translation>グループの追加</translation>
    </message>
    <message>
        <location filename="../groups.cc" line="95"/>
        <source>Give a name for the new group:</source>
        <translation>新しいグループの名前:</translation>
    </message>
    <message>
        <location filename="../groups.cc" line="120"/>
        <source>Rename group</source>
        <translation>グループ名の変更</translation>
    </message>
    <message>
        <location filename="../groups.cc" line="121"/>
        <source>Give a new name for the group:</source>
        <translation>グループの新しい名前:</translation>
    </message>
    <message>
        <location filename="../groups.cc" line="132"/>
        <source>Remove group</source>
        <translation>グループの削除</translation>
    </message>
    <message>
        <location filename="../groups.cc" line="133"/>
        <source>Are you sure you want to remove the group &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>グループ &lt;b&gt;%1&lt;/b&gt; を削除してもよろしいですか?</translation>
    </message>
    <message>
        <location filename="../groups.cc" line="145"/>
        <source>Remove all groups</source>
        <translation>すべてのグループを削除</translation>
    </message>
    <message>
        <location filename="../groups.cc" line="146"/>
        <source>Are you sure you want to remove all the groups?</source>
        <translation>すべてのグループを削除してもよろしいですか?</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="22"/>
        <source>Dictionaries available:</source>
        <translation>利用可能な辞書:</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="61"/>
        <source>Add selected dictionaries to group (Ins)</source>
        <translation>選択された辞書をグループに追加します (Ins)</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="64"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="67"/>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="86"/>
        <source>Remove selected dictionaries from group (Del)</source>
        <translation>選択された辞書をグループから削除します (Del)</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="89"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="92"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="116"/>
        <source>Groups:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="130"/>
        <source>Tab 2</source>
        <translation>タブ 2</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="140"/>
        <source>Create new dictionary group</source>
        <translation>新しい辞書グループを作成します</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="143"/>
        <source>&amp;Add group</source>
        <translation>グループの追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="150"/>
        <source>Create language-based groups</source>
        <translation>言語ごとのグループを作成します</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="153"/>
        <source>Auto groups</source>
        <translation>自動グループ</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="160"/>
        <source>Rename current dictionary group</source>
        <translation>現在の辞書グループの名前を変更します</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="163"/>
        <source>Re&amp;name group</source>
        <translation>グループ名の変更(&amp;N)</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="170"/>
        <source>Remove current dictionary group</source>
        <translation>現在の辞書グループを削除します</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="173"/>
        <source>&amp;Remove group</source>
        <translation>グループの削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="180"/>
        <source>Remove all dictionary groups</source>
        <translation>すべての辞書グループを削除します</translation>
    </message>
    <message>
        <location filename="../groups.ui" line="194"/>
        <source>Drag&amp;drop dictionaries to and from the groups, move them inside the groups, reorder the groups using your mouse.</source>
        <translation>マウスを使ってグループ間で辞書をドラッグ アンド ドロップ、グループ内で移動、グループの順序を変更します。</translation>
    </message>
</context>
<context>
    <name>Hunspell</name>
    <message>
        <location filename="../hunspell.cc" line="202"/>
        <source>Spelling suggestions: </source>
        <translation>もしかして: </translation>
    </message>
    <message>
        <location filename="../hunspell.cc" line="733"/>
        <source>%1 Morphology</source>
        <translation>%1 形態</translation>
    </message>
</context>
<context>
    <name>HunspellDictsModel</name>
    <message>
        <location filename="../sources.cc" line="848"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="850"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>Initializing</name>
    <message>
        <location filename="../initializing.cc" line="17"/>
        <source>Please wait...</source>
        <translation>お待ちください...</translation>
    </message>
    <message>
        <location filename="../initializing.cc" line="26"/>
        <source>Please wait while indexing dictionary</source>
        <translation>辞書の索引を構築している間お待ちください</translation>
    </message>
    <message>
        <location filename="../initializing.ui" line="16"/>
        <source>GoldenDict - Initializing</source>
        <translation>GoldenDict - 初期化中</translation>
    </message>
    <message>
        <location filename="../initializing.ui" line="38"/>
        <source>Dictionary Name</source>
        <translation>辞書名</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../language.cc" line="50"/>
        <source>Afar</source>
        <translation>アファール語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="51"/>
        <source>Abkhazian</source>
        <translation>アブハズ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="52"/>
        <source>Avestan</source>
        <translation>アベスター語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="53"/>
        <source>Afrikaans</source>
        <translation>アフリカーンス語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="54"/>
        <source>Akan</source>
        <translation>アカン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="55"/>
        <source>Amharic</source>
        <translation>アムハラ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="56"/>
        <source>Aragonese</source>
        <translation>アラゴン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="57"/>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="58"/>
        <source>Assamese</source>
        <translation>アッサム語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="59"/>
        <source>Avaric</source>
        <translation>アバル語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="60"/>
        <source>Aymara</source>
        <translation>アイマラ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="61"/>
        <source>Azerbaijani</source>
        <translation>アゼルバイジャン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="62"/>
        <source>Bashkir</source>
        <translation>バシキール語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="63"/>
        <source>Belarusian</source>
        <translation>ベラルーシ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="64"/>
        <source>Bulgarian</source>
        <translation>ブルガリア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="65"/>
        <source>Bihari</source>
        <translation>ビハール語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="66"/>
        <source>Bislama</source>
        <translation>ビスラマ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="67"/>
        <source>Bambara</source>
        <translation>バンバラ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="68"/>
        <source>Bengali</source>
        <translation>ベンガル語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="69"/>
        <source>Tibetan</source>
        <translation>チベット語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="70"/>
        <source>Breton</source>
        <translation>ブリュターニュ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="71"/>
        <source>Bosnian</source>
        <translation>ボスニア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="72"/>
        <source>Catalan</source>
        <translation>カタロニア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="73"/>
        <source>Chechen</source>
        <translation>チェチェン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="74"/>
        <source>Chamorro</source>
        <translation>チャモロ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="75"/>
        <source>Corsican</source>
        <translation>コルシカ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="76"/>
        <source>Cree</source>
        <translation>クリー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="77"/>
        <source>Czech</source>
        <translation>チェコ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="78"/>
        <source>Church Slavic</source>
        <translation>教会スラブ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="79"/>
        <source>Chuvash</source>
        <translation>チュバシュ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="80"/>
        <source>Welsh</source>
        <translation>ウェールズ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="81"/>
        <source>Danish</source>
        <translation>デンマーク語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="82"/>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="83"/>
        <source>Divehi</source>
        <translation>ディベヒ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="84"/>
        <source>Dzongkha</source>
        <translation>ゾンカ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="85"/>
        <source>Ewe</source>
        <translation>エウェ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="86"/>
        <source>Greek</source>
        <translation>ギリシャ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="87"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="88"/>
        <source>Esperanto</source>
        <translation>エスペラント語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="89"/>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="90"/>
        <source>Estonian</source>
        <translation>エストニア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="91"/>
        <source>Basque</source>
        <translation>バスク語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="92"/>
        <source>Persian</source>
        <translation>ペルシャ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="93"/>
        <source>Fulah</source>
        <translation>ラフニ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="94"/>
        <source>Finnish</source>
        <translation>フィンランド語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="95"/>
        <source>Fijian</source>
        <translation>フィジー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="96"/>
        <source>Faroese</source>
        <translation>フェロー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="97"/>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="98"/>
        <source>Western Frisian</source>
        <translation>西フリジア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="99"/>
        <source>Irish</source>
        <translation>アイルランド語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="100"/>
        <source>Scottish Gaelic</source>
        <translation>スコットランドゲール語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="101"/>
        <source>Galician</source>
        <translation>ガリシア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="102"/>
        <source>Guarani</source>
        <translation>グアラニ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="103"/>
        <source>Gujarati</source>
        <translation>グジャラート語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="104"/>
        <source>Manx</source>
        <translation>マン島語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="105"/>
        <source>Hausa</source>
        <translation>ハウサ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="106"/>
        <source>Hebrew</source>
        <translation>ヘブライ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="107"/>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="108"/>
        <source>Hiri Motu</source>
        <translation>ヒリモツ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="109"/>
        <source>Croatian</source>
        <translation>クロアチア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="110"/>
        <source>Haitian</source>
        <translation>ハイチ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="111"/>
        <source>Hungarian</source>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="112"/>
        <source>Armenian</source>
        <translation>アルメニア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="113"/>
        <source>Herero</source>
        <translation>ヘレロ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="114"/>
        <source>Interlingua</source>
        <translation>インターリングア</translation>
    </message>
    <message>
        <location filename="../language.cc" line="115"/>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="116"/>
        <source>Interlingue</source>
        <translation>インターリング</translation>
    </message>
    <message>
        <location filename="../language.cc" line="117"/>
        <source>Igbo</source>
        <translation>イボ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="118"/>
        <source>Sichuan Yi</source>
        <translation>四川イ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="119"/>
        <source>Inupiaq</source>
        <translation>イヌピアク語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="120"/>
        <source>Ido</source>
        <translation>イド語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="121"/>
        <source>Icelandic</source>
        <translation>アイスランド語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="122"/>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="123"/>
        <source>Inuktitut</source>
        <translation>イヌクティトゥト語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="124"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="125"/>
        <source>Javanese</source>
        <translation>ジャワ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="126"/>
        <source>Georgian</source>
        <translation>グルジア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="127"/>
        <source>Kongo</source>
        <translation>コンゴ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="128"/>
        <source>Kikuyu</source>
        <translation>キクユ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="129"/>
        <source>Kwanyama</source>
        <translation>クワニャマ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="130"/>
        <source>Kazakh</source>
        <translation>カザフ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="131"/>
        <source>Kalaallisut</source>
        <translation>カラーリット語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="132"/>
        <source>Khmer</source>
        <translation>クメール語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="133"/>
        <source>Kannada</source>
        <translation>カンナダ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="134"/>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="135"/>
        <source>Kanuri</source>
        <translation>カヌリ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="136"/>
        <source>Kashmiri</source>
        <translation>カシミール語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="137"/>
        <source>Kurdish</source>
        <translation>クルド語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="138"/>
        <source>Komi</source>
        <translation>コミ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="139"/>
        <source>Cornish</source>
        <translation>コーンウォール語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="140"/>
        <source>Kirghiz</source>
        <translation>キルギス語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="141"/>
        <source>Latin</source>
        <translation>ラテン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="142"/>
        <source>Luxembourgish</source>
        <translation>ルクセンブルク語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="143"/>
        <source>Ganda</source>
        <translation>ガンダ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="144"/>
        <source>Limburgish</source>
        <translation>リンブルフ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="145"/>
        <source>Lingala</source>
        <translation>リンガラ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="146"/>
        <source>Lao</source>
        <translation>ラオ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="147"/>
        <source>Lithuanian</source>
        <translation>リトアニア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="148"/>
        <source>Luba-Katanga</source>
        <translation>ルバカタンガ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="149"/>
        <source>Latvian</source>
        <translation>ラトビア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="150"/>
        <source>Malagasy</source>
        <translation>マラガシ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="151"/>
        <source>Marshallese</source>
        <translation>マーシャル語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="152"/>
        <source>Maori</source>
        <translation>マオリ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="153"/>
        <source>Macedonian</source>
        <translation>マケドニア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="154"/>
        <source>Malayalam</source>
        <translation>マラヤーラム語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="155"/>
        <source>Mongolian</source>
        <translation>モンゴル語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="156"/>
        <source>Marathi</source>
        <translation>マラーティー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="157"/>
        <source>Malay</source>
        <translation>マレー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="158"/>
        <source>Maltese</source>
        <translation>マルタ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="159"/>
        <source>Burmese</source>
        <translation>ビルマ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="160"/>
        <source>Nauru</source>
        <translation>ナウル語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="161"/>
        <source>Norwegian Bokmal</source>
        <translation>ノルウェー語ブークモール</translation>
    </message>
    <message>
        <location filename="../language.cc" line="162"/>
        <source>North Ndebele</source>
        <translation>北ンデベレ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="163"/>
        <source>Nepali</source>
        <translation>ネパール語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="164"/>
        <source>Ndonga</source>
        <translation>ンドンガ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="165"/>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="166"/>
        <source>Norwegian Nynorsk</source>
        <translation>ノルウェー語ニーノシュク</translation>
    </message>
    <message>
        <location filename="../language.cc" line="167"/>
        <source>Norwegian</source>
        <translation>ノルウェー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="168"/>
        <source>South Ndebele</source>
        <translation>南ンデベレ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="169"/>
        <source>Navajo</source>
        <translation>ナバホ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="170"/>
        <source>Chichewa</source>
        <translation>チェワ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="171"/>
        <source>Occitan</source>
        <translation>オック語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="172"/>
        <source>Ojibwa</source>
        <translation>オジブワ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="173"/>
        <source>Oromo</source>
        <translation>オロモ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="174"/>
        <source>Oriya</source>
        <translation>オリヤー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="175"/>
        <source>Ossetian</source>
        <translation>オセット語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="176"/>
        <source>Panjabi</source>
        <translation>パンジャブ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="177"/>
        <source>Pali</source>
        <translation>パリ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="178"/>
        <source>Polish</source>
        <translation>ポーランド語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="179"/>
        <source>Pashto</source>
        <translation>パシュトー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="180"/>
        <source>Portuguese</source>
        <translation>ポルトガル語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="181"/>
        <source>Quechua</source>
        <translation>ケチュア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="182"/>
        <source>Raeto-Romance</source>
        <translation>レトロマン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="183"/>
        <source>Kirundi</source>
        <translation>キルンディ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="184"/>
        <source>Romanian</source>
        <translation>ルーマニア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="185"/>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="186"/>
        <source>Kinyarwanda</source>
        <translation>キニヤルワンダ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="187"/>
        <source>Sanskrit</source>
        <translation>サンスクリット語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="188"/>
        <source>Sardinian</source>
        <translation>サルデーニャ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="189"/>
        <source>Sindhi</source>
        <translation>シンド語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="190"/>
        <source>Northern Sami</source>
        <translation>北部サーミ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="191"/>
        <source>Sango</source>
        <translation>サンゴ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="192"/>
        <source>Serbo-Croatian</source>
        <translation>セルボ・クロアチア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="193"/>
        <source>Sinhala</source>
        <translation>シンハラ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="194"/>
        <source>Slovak</source>
        <translation>スロバキア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="195"/>
        <source>Slovenian</source>
        <translation>スロベニア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="196"/>
        <source>Samoan</source>
        <translation>サモア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="197"/>
        <source>Shona</source>
        <translation>ショナ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="198"/>
        <source>Somali</source>
        <translation>ソマリ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="199"/>
        <source>Albanian</source>
        <translation>アルバニア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="200"/>
        <source>Serbian</source>
        <translation>セルビア語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="201"/>
        <source>Swati</source>
        <translation>スワジ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="202"/>
        <source>Southern Sotho</source>
        <translation>北ソト語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="203"/>
        <source>Sundanese</source>
        <translation>スーダン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="204"/>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="205"/>
        <source>Swahili</source>
        <translation>スワヒリ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="206"/>
        <source>Tamil</source>
        <translation>タミル語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="207"/>
        <source>Telugu</source>
        <translation>テルグ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="208"/>
        <source>Tajik</source>
        <translation>タジク語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="209"/>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="210"/>
        <source>Tigrinya</source>
        <translation>ティグリニア語 </translation>
    </message>
    <message>
        <location filename="../language.cc" line="211"/>
        <source>Turkmen</source>
        <translation>トルクメン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="212"/>
        <source>Tagalog</source>
        <translation>タガログ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="213"/>
        <source>Tswana</source>
        <translation>ツワナ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="214"/>
        <source>Tonga</source>
        <translation>トンガ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="215"/>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="216"/>
        <source>Tsonga</source>
        <translation>ツォンガ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="217"/>
        <source>Tatar</source>
        <translation>タタール語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="218"/>
        <source>Twi</source>
        <translation>トウィ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="219"/>
        <source>Tahitian</source>
        <translation>タヒチ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="220"/>
        <source>Uighur</source>
        <translation>ウイグル語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="221"/>
        <source>Ukrainian</source>
        <translation>ウクライナ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="222"/>
        <source>Urdu</source>
        <translation>ウルドゥー語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="223"/>
        <source>Uzbek</source>
        <translation>ウズベク語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="224"/>
        <source>Venda</source>
        <translation>ベンダ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="225"/>
        <source>Vietnamese</source>
        <translation>ベトナム語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="226"/>
        <source>Volapuk</source>
        <translation>ヴォラピュク語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="227"/>
        <source>Walloon</source>
        <translation>ワロン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="228"/>
        <source>Wolof</source>
        <translation>ウォロフ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="229"/>
        <source>Xhosa</source>
        <translation>ホサ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="230"/>
        <source>Yiddish</source>
        <translation>イディッシュ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="231"/>
        <source>Yoruba</source>
        <translation>ヨルバ語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="232"/>
        <source>Zhuang</source>
        <translation>チワン語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="233"/>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <location filename="../language.cc" line="234"/>
        <source>Zulu</source>
        <translation>ズールー語</translation>
    </message>
</context>
<context>
    <name>LoadDictionaries</name>
    <message>
        <location filename="../loaddictionaries.cc" line="176"/>
        <source>Error loading dictionaries</source>
        <translation>辞書の読み込みエラー</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.cc" line="71"/>
        <source>Navigation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="74"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="75"/>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="82"/>
        <source>Scan Popup</source>
        <translation>スキャン ポップアップ</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="133"/>
        <source>Show &amp;Main Window</source>
        <translation>メイン ウィンドウの表示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="137"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="268"/>
        <source>Loading...</source>
        <translation>読み込んでいます...</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1683"/>
        <source>Skip This Release</source>
        <translation>このリリースをスキップ</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1859"/>
        <source>Page Setup</source>
        <translation>ページ設定</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1860"/>
        <source>No printer is available. Please install one first.</source>
        <translation>利用可能なプリンターがありません。まずインストールしてください。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1877"/>
        <source>Print Article</source>
        <translation>記事の印刷</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1898"/>
        <source>Save Article As</source>
        <translation>名前を付けて記事を保存</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1898"/>
        <source>Html files (*.html *.htm)</source>
        <translation>HTML ファイル (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1913"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1914"/>
        <source>Can&apos;t save article: %1</source>
        <translation>記事を保存できません: %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="622"/>
        <source>%1 dictionaries, %2 articles, %3 words</source>
        <translation>%1 個の辞書、%2 個の記事、 %3 個の単語</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1542"/>
        <source>Failed to initialize hotkeys monitoring mechanism.&lt;br&gt;Make sure your XServer has RECORD extension turned on.</source>
        <translation>ホットキー監視機構の初期化に失敗しました。&lt;br&gt;XServer の RECORD 拡張がオンになっていることを確認してください。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1676"/>
        <source>New Release Available</source>
        <translation>新しいリリースが利用可能です</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1677"/>
        <source>Version &lt;b&gt;%1&lt;/b&gt; of GoldenDict is now available for download.&lt;br&gt;Click &lt;b&gt;Download&lt;/b&gt; to get to the download page.</source>
        <translation>GoldenDict のバージョン &lt;b&gt;%1&lt;/b&gt; のダウンロードが利用可能です。&lt;br&gt;ダウンロード ページへ移動するには&lt;b&gt;ダウンロード&lt;/b&gt;をクリックします。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1682"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="633"/>
        <source>Look up in:</source>
        <translation>検索する場所:</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="37"/>
        <source>Show Names in Dictionary Bar</source>
        <translation>辞書バーに名前を表示する</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="92"/>
        <source>Pronounce Word (Alt+S)</source>
        <translation>単語の発音 (Alt+S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="101"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="103"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="105"/>
        <source>Normal Size</source>
        <translation>通常のサイズ</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="121"/>
        <source>Words Zoom In</source>
        <translation>単語の拡大</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="123"/>
        <source>Words Zoom Out</source>
        <translation>単語の縮小</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="125"/>
        <source>Words Normal Size</source>
        <translation>通常の単語のサイズ</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="172"/>
        <source>Close current tab</source>
        <translation>現在のタブを閉じる</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="182"/>
        <source>Close all tabs</source>
        <translation>すべてのタブを閉じる</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="190"/>
        <source>Close all tabs except current</source>
        <translation>現在以外のすべてのタブを閉じる</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="633"/>
        <source>Look up:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="651"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="745"/>
        <source>Opened tabs</source>
        <translation>開いているタブ</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="785"/>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1247"/>
        <source>WARNING: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="1541"/>
        <source>GoldenDict</source>
        <translation>GoldenDict</translation>
    </message>
    <message>
        <location filename="../mainwindow.cc" line="374"/>
        <source>Welcome!</source>
        <translation>ようこそ!</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="66"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="81"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="88"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="277"/>
        <source>&amp;Preferences...</source>
        <translation>環境設定(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="338"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="265"/>
        <source>&amp;Groups...</source>
        <translation>グループ(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="97"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="101"/>
        <source>&amp;Zoom</source>
        <translation>ズーム&amp;Z)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="108"/>
        <source>H&amp;istory</source>
        <translation>履歴(&amp;I)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="253"/>
        <source>&amp;Dictionaries...</source>
        <translation>辞書(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="268"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="280"/>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="285"/>
        <source>&amp;Homepage</source>
        <translation>ホーム ページ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="290"/>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="293"/>
        <source>About GoldenDict</source>
        <translation>GoldenDict のバージョン情報</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="296"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="304"/>
        <source>Quit from application</source>
        <translation>アプリケーションを終了します</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="307"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="312"/>
        <source>&amp;Forum</source>
        <translation>フォーラム(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="317"/>
        <source>&amp;Close To Tray</source>
        <translation>トレイへ閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="320"/>
        <source>Minimizes the window to tray</source>
        <translation>トレイへウィンドウを最小化します</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="323"/>
        <source>Ctrl+F4</source>
        <translation>Ctrl+F4</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="332"/>
        <source>&amp;Save Article</source>
        <translation>記事の保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="335"/>
        <source>Save Article</source>
        <translation>記事の保存</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="347"/>
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="350"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="355"/>
        <source>Page Set&amp;up</source>
        <translation>ページ設定(&amp;U)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="360"/>
        <source>Print Preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="365"/>
        <source>Rescan Files</source>
        <translation>ファイルの再スキャン</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="368"/>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="373"/>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../mainwindow.ui" line="122"/>
        <source>Search Pane</source>
        <translation>検索ペイン</translation>
    </message>
</context>
<context>
    <name>MediaWiki::MediaWikiArticleRequest</name>
    <message>
        <location filename="../mediawiki.cc" line="271"/>
        <source>XML parse error: %1 at %2,%3</source>
        <translation>XML 分析エラー: %1 at %2,%3</translation>
    </message>
</context>
<context>
    <name>MediaWiki::MediaWikiWordSearchRequest</name>
    <message>
        <location filename="../mediawiki.cc" line="149"/>
        <source>XML parse error: %1 at %2,%3</source>
        <translation>XML 分析エラー: %1 at %2,%3</translation>
    </message>
</context>
<context>
    <name>MediaWikisModel</name>
    <message>
        <location filename="../sources.cc" line="347"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="349"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="351"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
</context>
<context>
    <name>OrderAndProps</name>
    <message>
        <location filename="../orderandprops.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="26"/>
        <source>Dictionary order:</source>
        <translation>辞書の順序:</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="111"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="136"/>
        <source>Inactive (disabled) dictionaries:</source>
        <translation>非アクティブ (無効) な辞書:</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="150"/>
        <source>Dictionary information</source>
        <translation>辞書の情報</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="158"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="185"/>
        <source>Total articles:</source>
        <translation>辞書の合計:</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="192"/>
        <source>Total words:</source>
        <translation>単語の合計:</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="209"/>
        <source>Translates from:</source>
        <translation>翻訳元:</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="216"/>
        <source>Translates to:</source>
        <translation>翻訳先:</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="271"/>
        <source>Files comprising this dictionary:</source>
        <translation>この辞書を含むファイル:</translation>
    </message>
    <message>
        <location filename="../orderandprops.ui" line="336"/>
        <source>Adjust the order by dragging and dropping items in it. Drop dictionaries to the inactive group to disable their use.</source>
        <translation>アイテムをドラッグ アンド ドロップして順序を調整します。使用を無効にするには非アクティブなグループへ辞書をドロップします。</translation>
    </message>
</context>
<context>
    <name>PathsModel</name>
    <message>
        <location filename="../sources.cc" line="637"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="639"/>
        <source>Recursive</source>
        <translation>再帰</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../preferences.ui" line="14"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="41"/>
        <source>&amp;Interface</source>
        <translation>インターフェイス(&amp;I)</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="60"/>
        <source>Tabbed browsing</source>
        <translation>タブ ブラウズ</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="66"/>
        <source>Normally, opening a new tab switches to it immediately.
With this on however, new tabs will be opened without
switching to them.</source>
        <translation>通常、新しいタブを開くとすぐに切り替わります。
しかしこれがオンだと、新しいタブに切り替えずに
開きます。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="71"/>
        <source>Open new tabs in background</source>
        <translation>背景で新しいタブを開く</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="78"/>
        <source>With this on, new tabs are opened just after the
current, active one. Otherwise they are added to
be the last ones.</source>
        <translation>これがオンだと、新しいタブは現在の
アクティブなものの後に開かれます。
そうでなければ最後に追加されます。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="83"/>
        <source>Open new tabs after the current one</source>
        <translation>現在の後に新しいタブを開く</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="93"/>
        <source>When enabled, an icon appears in the sytem tray area which can be used
to open main window and perform other tasks.</source>
        <translation>有効だと、メイン ウィンドウを開いたりするのに使われる
アイコンがシステム トレイ領域に表示されます。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="97"/>
        <source>Enable system tray icon</source>
        <translation>システム トレイ アイコンを有効にする</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="115"/>
        <source>With this on, the application starts directly to system tray without showing
its main window.</source>
        <translation>これがオンだと、アプリケーションはメイン ウィンドウを表示することなく
直接システム トレイに入って起動します。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="119"/>
        <source>Start to system tray</source>
        <translation>システム トレイに入れて起動する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="126"/>
        <source>With this on, an attempt to close main window would hide it instead of closing
the application.</source>
        <translation>これがオンだと、メイン ウィンドウを閉じるとアプリケーションを閉じる代わりに
非表示になります。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="130"/>
        <source>Close to system tray</source>
        <translation>システム トレイへ閉じる</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="140"/>
        <source>Startup</source>
        <translation>スタートアップ</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="149"/>
        <source>Start with system</source>
        <translation>システムと起動する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="161"/>
        <source>Interface language:</source>
        <translation>インターフェイス言語:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="187"/>
        <source>Display style:</source>
        <translation>表示スタイル:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="241"/>
        <source>Double-click translates the word clicked</source>
        <translation>ダブルクリックでクリックされた単語を翻訳する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="290"/>
        <source>Chooses whether the scan popup mode is on by default or not. If checked,
the program would always start with the scan popup active.</source>
        <translation>スキャン ポップアップ モードを既定でオンにするかを選択します。チェックされている場合、
プログラムは常にスキャン ポップアップがアクティブで起動します。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="471"/>
        <source>Normally, in order to activate a popup you have to
maintain the chosen keys pressed while you select
a word. With this enabled, the chosen keys may also
be pressed shortly after the selection is done.</source>
        <translation>通常、ポップアップをアクティブにするには単語を
選択している間中選択されたキーを押している
必要があります。これが有効だと、選択されたキーは
選択が完了した直後にも押すことができます。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="551"/>
        <source>Hotkeys</source>
        <translation>ホットキー</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="570"/>
        <source>Use the following hotkey to show or hide the main window:</source>
        <translation>メイン ウィンドウを表示または非表示にするのに次のホットキーを使用します:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="601"/>
        <source>Use the following hotkey to translate a word from clipboard:</source>
        <translation>クリップボードからの単語を翻訳するのに次のホットキーを使用します:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="648"/>
        <source>The hotkeys are global and work from any program and within any context as long as GoldenDict is running in background.</source>
        <translation>ホットキーはグローバルであり、GoldenDict が背景で起動中であればすべてのプログラムで脈絡なく実行します。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="253"/>
        <source>&amp;Scan Popup</source>
        <translation>スキャン ポップアップ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="146"/>
        <source>Automatically starts GoldenDict after operation system bootup.</source>
        <translation>オペレーション システムのブートアップの後に GoldenDict が自動的に起動します。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="272"/>
        <source>When enabled, a translation popup window would be shown each time
you point your mouse on any word on the screen (Windows) or select
any word with mouse (Linux). When enabled, you can switch it on and
off from main window or tray icon.</source>
        <translation>有効だと、翻訳ポップアップ ウィンドウは画面上のある単語の上で
マウスをポイントする (Windows) か、またはマウスである単語を
選択する (Linux) たびに表示されます。有効だと、メイン ウィンドウ
またはトレイ アイコンからオンとオフを切り替えることができます。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="278"/>
        <source>Enable scan popup functionality</source>
        <translation>スキャン ポップアップ機能を有効にする</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="294"/>
        <source>Start with scan popup turned on</source>
        <translation>スキャン ポップアップをオンにして起動する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="301"/>
        <source>With this enabled, the popup would only show up if all chosen keys are
in the pressed state when the word selection changes.</source>
        <translation>これが有効だと、ポップアップは単語の選択範囲が変更したときに
すべての選択されたキーが押されている状態でのみ表示されます。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="305"/>
        <source>Only show popup when all selected keys are kept pressed:</source>
        <translation>すべての選択されたキーが押されているときのみポップアップを表示する:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="344"/>
        <source>Left Ctrl only</source>
        <translation>左 Ctrl のみ</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="347"/>
        <source>Left Ctrl</source>
        <translation>左 Ctrl</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="354"/>
        <source>Right Shift only</source>
        <translation>右 Shift のみ</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="357"/>
        <source>Right Shift</source>
        <translation>右 Shift</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="364"/>
        <source>Alt key</source>
        <translation>Alt キー</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="367"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="374"/>
        <source>Ctrl key</source>
        <translation>Ctrl キー</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="377"/>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="384"/>
        <source>Left Alt only</source>
        <translation>左 Alt のみ</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="387"/>
        <source>Left Alt</source>
        <translation>左 Al</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="394"/>
        <source>Shift key</source>
        <translation>Shift キー</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="397"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="404"/>
        <source>Right Alt only</source>
        <translation>右 Alt のみ</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="407"/>
        <source>Right Alt</source>
        <translation>右 Alt</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="414"/>
        <source>Right Ctrl only</source>
        <translation>右 Ctrl のみ</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="417"/>
        <source>Right Ctrl</source>
        <translation>右 Ctrl</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="424"/>
        <source>Left Shift only</source>
        <translation>左 Shift のみ</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="427"/>
        <source>Left Shift</source>
        <translation>左 Shift</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="434"/>
        <source>Windows key or Meta key</source>
        <translation>Windows キーまたは Meta キー</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="437"/>
        <source>Win/Meta</source>
        <translation>Win/Meta</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="477"/>
        <source>Keys may also be pressed afterwards, within</source>
        <translation>キーはその後</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="484"/>
        <source>To avoid false positives, the keys are only monitored
after the selection&apos;s done for a limited amount of
seconds, which is specified here.</source>
        <translation>誤判定を避けるため、ここで指定される
一定の秒数の間選択が完了した
後にのみ監視されます。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="508"/>
        <source>secs</source>
        <translation>秒まで押せる</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="658"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;DejaVu Sans&apos;; font-size:9pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; color:#ff0000;&quot;&gt;Note: You appear to be running an X.Org XServer release which has the RECORD extension broken. Hotkeys in GoldenDict will probably not work. This must be fixed in the server itself. Please refer to the following &lt;/span&gt;&lt;a href=&quot;https://bugs.freedesktop.org/show_bug.cgi?id=20500&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;bug entry&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; color:#ff0000;&quot;&gt; and leave a comment there if you like.&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;DejaVu Sans&apos;; font-size:9pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; color:#ff0000;&quot;&gt;注意: RECORD 拡張が破損した X.Org XServer リリースを実行しているようです。GoldenDict のホットキーが動作しない可能性があります。これはサーバー自体で修正される必要があります。次の&lt;/span&gt;&lt;a href=&quot;https://bugs.freedesktop.org/show_bug.cgi?id=20500&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;バグ エントリ&lt;/span&gt;&lt;/a&gt;を参照して&lt;span style=&quot; color:#ff0000;&quot;&gt;できればそこにコメントを残してください。&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="696"/>
        <source>&amp;Audio</source>
        <translation>オーディオ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="715"/>
        <source>Pronunciation</source>
        <translation>発音</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="721"/>
        <source>Auto-pronounce words in main window</source>
        <translation>メイン ウィンドウで単語を自動的に発音する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="728"/>
        <source>Auto-pronounce words in scan popup</source>
        <translation>スキャン ポップアップで単語を自動的に発音する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="738"/>
        <source>Playback</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="744"/>
        <source>Use Windows native playback API. Limited to .wav files only,
but works very well.</source>
        <translation>Использовать внутренние средства Windows для проигрывания. Поддерживаются
только файлы типа .wav, однако воспроизведение всегда работает хорошо.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="748"/>
        <source>Play via Windows native API</source>
        <translation>Windows 標準の API を通じて再生する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="755"/>
        <source>Play audio via Phonon framework. May be somewhat unstable,
but should support most audio file formats.</source>
        <translation>Phonon フレームワークを通じてオーディオを再生します。やや不安定かもしれませんが、
ほとんどのオーディオ ファイル フォーマットをサポートします。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="759"/>
        <source>Play via Phonon</source>
        <translation>Phonon を通じて再生する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="771"/>
        <source>Use any external program to play audio files</source>
        <translation>オーディオ ファイルの再生に外部プログラムを使用します</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="774"/>
        <source>Use external program:</source>
        <translation>外部プログラムを使用する:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="811"/>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="830"/>
        <source>Enable if you wish to use a proxy server
for all program&apos;s network requests.</source>
        <translation>すべてのプログラムのネットワーク要求にプロキシ
サーバーを使用したい場合は有効にします。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="834"/>
        <source>Use proxy server</source>
        <translation>プロキシ サーバーを使用する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="848"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="858"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="868"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="889"/>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="899"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="934"/>
        <source>Enabling this would make GoldenDict block most advertisements
by disallowing content (images, frames) not originating from the site
you are browsing. If some site breaks because of this, try disabling this.</source>
        <translation>これを有効にすると GoldenDict はブラウズ中のサイト以外の場所にある
コンテンツ (イメージ、フレーム) を無効にすることによってほとんどの広告を
ブロックします。特定のサイトが破損する場合は、これを無効にしてみてください。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="939"/>
        <source>Disallow loading content from other sites (hides most advertisements)</source>
        <translation>他のサイトからのコンテンツの読み込みを無効にする (ほとんどの広告を非表示にします)</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="962"/>
        <source>When this is enabled, the program periodically
checks if a new, updated version of GoldenDict
is available for download. If it is so, the program
informs the user about it and prompts to open a
download page.</source>
        <translation>これが有効だと、プログラムは GoldenDict の新しく更新された
バージョンのダウンロードが利用可能かを定期的にチェックします。
利用可能であれば、プログラムはそれをユーザーにお知らせし、
ダウンロード ページを開くか確認します。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="969"/>
        <source>Check for new program releases periodically</source>
        <translation>定期的に新しいプログラム リリースをチェックする</translation>
    </message>
    <message>
        <location filename="../preferences.cc" line="41"/>
        <source>System default</source>
        <translation>システム既定</translation>
    </message>
    <message>
        <location filename="../preferences.cc" line="73"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../preferences.cc" line="74"/>
        <source>Lingvo</source>
        <translation>Lingvo</translation>
    </message>
    <message>
        <location filename="../preferences.cc" line="131"/>
        <source>Play via DirectShow</source>
        <translation>DirectShow を通じて再生する</translation>
    </message>
    <message>
        <location filename="../preferences.cc" line="310"/>
        <source>Changing Language</source>
        <translation>言語の変更</translation>
    </message>
    <message>
        <location filename="../preferences.cc" line="311"/>
        <source>Restart the program to apply the language change.</source>
        <translation>言語の変更を適用するにはプログラムを再起動します。</translation>
    </message>
</context>
<context>
    <name>Romaji</name>
    <message>
        <location filename="../romaji.cc" line="107"/>
        <source>Hepburn Romaji for Hiragana</source>
        <translation>ヘボン式ローマ字のひらがな</translation>
    </message>
    <message>
        <location filename="../romaji.cc" line="116"/>
        <source>Hepburn Romaji for Katakana</source>
        <translation>ヘボン式ローマ字のカタカナ</translation>
    </message>
</context>
<context>
    <name>RussianTranslit</name>
    <message>
        <location filename="../russiantranslit.cc" line="107"/>
        <source>Russian Transliteration</source>
        <translation>ロシア語音訳</translation>
    </message>
</context>
<context>
    <name>ScanPopup</name>
    <message>
        <location filename="../scanpopup.ui" line="14"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../scanpopup.ui" line="60"/>
        <source>word</source>
        <translation>単語</translation>
    </message>
    <message>
        <location filename="../scanpopup.ui" line="67"/>
        <source>List Matches (Alt+M)</source>
        <translation>一覧の一致 (Alt+M)</translation>
    </message>
    <message>
        <location filename="../scanpopup.ui" line="83"/>
        <source>Alt+M</source>
        <translation>Alt+M</translation>
    </message>
    <message>
        <location filename="../scanpopup.ui" line="90"/>
        <source>Pronounce Word (Alt+S)</source>
        <translation>単語の発音 (Alt+S)</translation>
    </message>
    <message>
        <location filename="../scanpopup.ui" line="100"/>
        <source>Alt+S</source>
        <translation>Alt+S</translation>
    </message>
    <message>
        <location filename="../scanpopup.ui" line="123"/>
        <source>Shows or hides the dictionary bar</source>
        <translation>辞書バーの表示または非表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../scanpopup.ui" line="146"/>
        <source>Use this to pin down the window so it would stay on screen,
could be resized or managed in other ways.</source>
        <translation>ウィンドウを画面に固定してサイズの変更ができる
ようにするにはこのピンを使用します。</translation>
    </message>
    <message>
        <location filename="../scanpopup.ui" line="150"/>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>SoundDirsModel</name>
    <message>
        <location filename="../sources.cc" line="743"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="745"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../sources.cc" line="81"/>
        <source>(not available in portable version)</source>
        <translation>(ポータブル バージョンでは利用できません)</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="171"/>
        <source>Choose a directory</source>
        <translation>ディレクトリを選択します</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="222"/>
        <source>Confirm removal</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="159"/>
        <source>Remove directory &lt;b&gt;%1&lt;/b&gt; from the list?</source>
        <translation>一覧からディレクトリ &lt;b&gt;%1&lt;/b&gt; を削除しますか?</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="223"/>
        <source>Remove site &lt;b&gt;%1&lt;/b&gt; from the list?</source>
        <translation>一覧からサイト &lt;b&gt;%1&lt;/b&gt; を削除しますか?</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="34"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="40"/>
        <source>Paths to search for the dictionary files:</source>
        <translation>辞書ファイルを検索するパス:</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="300"/>
        <source>&amp;Add...</source>
        <translation>追加(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="307"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="81"/>
        <source>Re&amp;scan now</source>
        <translation>今すぐ再スキャン(&amp;S)</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="97"/>
        <source>Sound Dirs</source>
        <translation>サウンド ディレクトリ</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="103"/>
        <source>Make dictionaries from bunches of audiofiles by adding paths here:</source>
        <translation>ここにパスを追加してオーディオ ファイルのディレクトリを作成します:</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="153"/>
        <source>Morphology</source>
        <translation>形態</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="159"/>
        <source>Path to a directory with Hunspell/Myspell dictionaries:</source>
        <translation>Hunspell/Myspell 辞書のあるディレクトリへのパス:</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="175"/>
        <source>&amp;Change...</source>
        <translation>変更(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="184"/>
        <source>Available morphology dictionaries:</source>
        <translation>利用可能な形態辞書:</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="196"/>
        <source>Each morphology dictionary appears as a
separate auxiliary dictionary which
provides stem words for searches and
spelling suggestions for mistyped words.
Add appropriate dictionaries to the bottoms
of the appropriate groups to use them.</source>
        <translation>それぞれの形態辞書は検索の語幹と誤入力された単語のスペルの提案を提供する個別の補助辞書として表示されます。適切な辞書を使用するには適切なグループの末尾へそれらを追加します。</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="280"/>
        <source>Websites</source>
        <translation>Web サイト</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="286"/>
        <source>Any websites. A string %GDWORD% will be replaced with the query word:</source>
        <translation>どんな Web サイトでも。文字列 %GDWORD% がクエリの単語に置換されます:</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="331"/>
        <source>Alternatively, use %GD1251% for CP1251, %GDISO1% for ISO 8859-1.</source>
        <translation>また、CP1251 には %GD1251%、ISO 8859-1 には %GDISO1% を使用します。</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="343"/>
        <source>Forvo</source>
        <translation>Forvo</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="355"/>
        <source>Live pronunciations from &lt;a href=&quot;http://www.forvo.com/&quot;&gt;forvo.com&lt;/a&gt;. The site allows people to record and share word pronunciations. You can listen to them from GoldenDict.</source>
        <translation>&lt;a href=&quot;http://www.forvo.com/&quot;&gt;Forvo.com&lt;/a&gt; からの生の発音です。このサイトで人々は単語の発音を録音および共有します。GoldenDict からそれらを聴くことができます。</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="368"/>
        <source>Enable pronunciations from Forvo</source>
        <translation>Forvo からの発音を有効にする</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="398"/>
        <source>API Key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="405"/>
        <source>Use of Forvo currently requires an API key. Leave this field
blank to use the default key, which may become unavailable
in the future, or register on the site to get your own key.</source>
        <translation>現在 Forvo の利用には API が必要です。この欄を空にして
将来利用できなくなる可能性のある既定のキーを使用するか、
またはサイトで登録して自分のキーを取得します。</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="430"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;DejaVu Sans&apos;; font-size:9pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Get your own key &lt;a href=&quot;http://api.forvo.com/key/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;here&lt;/span&gt;&lt;/a&gt;, or leave blank to use the default one.&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;DejaVu Sans&apos;; font-size:9pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://api.forvo.com/key/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;こちら&lt;/span&gt;&lt;/a&gt;で自分のキーを取得するか、または空にして無効のものを使用します。&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="450"/>
        <source>Language codes (comma-separated):</source>
        <translation>言語コード (コンマ区切り):</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="457"/>
        <source>List of language codes you would like to have. Example: &quot;en, ru&quot;.</source>
        <translation>使用したい言語コードの一覧です。例: &quot;en, ja&quot;。</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="480"/>
        <source>Full list of language codes is available &lt;a href=&quot;http://www.forvo.com/languages-codes/&quot;&gt;here&lt;/a&gt;.</source>
        <translation>言語コードの完全な一覧は&lt;a href=&quot;http://www.forvo.com/languages-codes/&quot;&gt;こちら&lt;/a&gt;です。</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="522"/>
        <source>Transliteration</source>
        <translation>音訳</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="543"/>
        <source>Russian transliteration</source>
        <translation>ロシア語音訳</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="554"/>
        <source>Greek transliteration</source>
        <translation>ギリシャ語音訳</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="578"/>
        <source>German transliteration</source>
        <translation>ドイツ語音訳</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="604"/>
        <source>Enables to use the Latin alphabet to write the Japanese language</source>
        <translation>日本語の記述のラテン文字の使用を有効にします</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="607"/>
        <source>Japanese Romaji</source>
        <translation>日本語ローマ字</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="619"/>
        <source>Systems:</source>
        <translation>システム:</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="626"/>
        <source>The most widely used method of transcription of Japanese,
based on English phonology</source>
        <translation>英語の音韻に基づいた、最も広く使われている日本語の音写法です</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="630"/>
        <source>Hepburn</source>
        <translation>ヘボン式</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="640"/>
        <source>The most regular system, having a one-to-one relation to the
kana writing systems. Standardized as ISO 3602

Not implemented yet in GoldenDict.</source>
        <translation>仮名の表記法に 1 対 1 の関係を持つ、最も規則的な表記法です。
ISO 3602 として標準化されています

GoldenDict にはまだ実装されていません。</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="646"/>
        <source>Nihon-shiki</source>
        <translation>日本式</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="656"/>
        <source>Based on Nihon-shiki system, but modified for modern standard Japanese.
Standardized as ISO 3602

Not implemented yet in GoldenDict.</source>
        <translation>日本式に基づいていますが、現代の標準的な日本語に合わせて変更されています。
ISO 3602 として標準化されています

GoldenDict にはまだ実装されていません。</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="662"/>
        <source>Kunrei-shiki</source>
        <translation>訓令式</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="669"/>
        <source>Syllabaries:</source>
        <translation>仮名:</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="676"/>
        <source>Hiragana Japanese syllabary</source>
        <translation>ひらがな</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="679"/>
        <source>Hiragana</source>
        <translation>ひらがな</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="686"/>
        <source>Katakana Japanese syllabary</source>
        <translation>カタカナ</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="689"/>
        <source>Katakana</source>
        <translation>カタカナ</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="221"/>
        <source>Wikipedia</source>
        <translation>Wikipedia</translation>
    </message>
    <message>
        <location filename="../sources.ui" line="227"/>
        <source>Wikipedia (MediaWiki) sites:</source>
        <translation>Wikipedia (MediaWiki) サイト:</translation>
    </message>
</context>
<context>
    <name>WebSitesModel</name>
    <message>
        <location filename="../sources.cc" line="500"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="502"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../sources.cc" line="504"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
</context>
<context>
    <name>WordFinder</name>
    <message>
        <location filename="../wordfinder.cc" line="169"/>
        <source>Failed to query some dictionaries.</source>
        <translation>いくつかの辞書のクエリに失敗しました。</translation>
    </message>
</context>
</TS>
