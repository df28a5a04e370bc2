<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ExportersManager</name>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager_ui.py" line="165"/>
        <source>Manage Exporters</source>
        <translation>出力機能の管理</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager_ui.py" line="169"/>
        <source>Manuskript</source>
        <translation>Manuskript</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager_ui.py" line="171"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager_ui.py" line="172"/>
        <source>Offers export to</source>
        <translation>へのエクスポートを提供</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager_ui.py" line="173"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager_ui.py" line="174"/>
        <source>Status:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager_ui.py" line="175"/>
        <source>Version:</source>
        <translation>バージョン：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager_ui.py" line="176"/>
        <source>Path:</source>
        <translation>パス：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager_ui.py" line="177"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager_ui.py" line="178"/>
        <source>{HelpText}</source>
        <translation type="unfinished">{ヘルプテキスト}</translation>
    </message>
</context>
<context>
    <name>FrequencyAnalyzer</name>
    <message>
        <location filename="../manuskript/ui/tools/frequency_ui.py" line="107"/>
        <source>Frequency Analyzer</source>
        <translation>頻度数アナライザ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/frequency_ui.py" line="112"/>
        <source>Word frequency</source>
        <translation>単語の頻度</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/frequency_ui.py" line="108"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/frequency_ui.py" line="109"/>
        <source>Minimum size:</source>
        <translation>最小サイズ：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/frequency_ui.py" line="110"/>
        <source>Exclude words (comma separated):</source>
        <translation>カンマ区切りの単語を除外：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/frequency_ui.py" line="115"/>
        <source>Analyze</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/frequency_ui.py" line="116"/>
        <source>Phrase frequency</source>
        <translation>フレーズの頻度</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/frequency_ui.py" line="113"/>
        <source>Number of words: from</source>
        <translation>字数：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/frequency_ui.py" line="114"/>
        <source>to</source>
        <translation>から</translation>
    </message>
</context>
<context>
    <name>GenericListDialog</name>
    <message>
        <location filename="../manuskript/ui/listDialog_ui.py" line="43"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/listDialog_ui.py" line="44"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageTooltip.manager</name>
    <message>
        <location filename="../manuskript/ui/views/MDEditView.py" line="619"/>
        <source>The image path or URL is incomplete or malformed.</source>
        <translation>画像のパスもしくはURLは不完全もしくは不正です。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/MDEditView.py" line="631"/>
        <source>The protocol &quot;{}&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MDEditCompleter</name>
    <message>
        <location filename="../manuskript/ui/views/MDEditCompleter.py" line="73"/>
        <source>Insert reference</source>
        <translation>参照を挿入</translation>
    </message>
</context>
<context>
    <name>MDEditView</name>
    <message>
        <location filename="../manuskript/ui/views/MDEditView.py" line="543"/>
        <source>{} (CTRL+Click to open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1553"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1489"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1490"/>
        <source>Subtitle</source>
        <translation>サブタイトル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1491"/>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1492"/>
        <source>Volume</source>
        <translation>巻</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1493"/>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1494"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1495"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1551"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1497"/>
        <source>Email</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1543"/>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1499"/>
        <source>Situation:</source>
        <translation>シチュエーション：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1539"/>
        <source>Summary:</source>
        <translation>要約：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1502"/>
        <source>One sentence</source>
        <translation>一文</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1544"/>
        <source>One paragraph</source>
        <translation>一段落</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1545"/>
        <source>One page</source>
        <translation>一ページ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1546"/>
        <source>Full</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1507"/>
        <source>One sentence summary</source>
        <translation>一文の要約</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1509"/>
        <source>One paragraph summary</source>
        <translation>一段落の要約</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1510"/>
        <source>Expand each sentence of your one paragraph summary to a paragraph</source>
        <translation>段落の要約の各文を、段落に展開</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1511"/>
        <source>One page summary</source>
        <translation>1ページの要約</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1512"/>
        <source>Full summary</source>
        <translation>全体の要約</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1500"/>
        <source>What if...?</source>
        <translation>もし……？</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/searchMenu.py" line="24"/>
        <source>Characters</source>
        <translation>登場人物</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1514"/>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1548"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1538"/>
        <source>Basic info</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1534"/>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1519"/>
        <source>Motivation</source>
        <translation>動機づけ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1520"/>
        <source>Goal</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1521"/>
        <source>Conflict</source>
        <translation>対立</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1522"/>
        <source>Epiphany</source>
        <translation>本質・意味・悟り</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1523"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p align=&quot;right&quot;&gt;One sentence&lt;br/&gt;summary&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p align=&quot;right&quot;&gt;一文&lt;br/&gt;要約&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1524"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p align=&quot;right&quot;&gt;One paragraph&lt;br/&gt;summary&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p align=&quot;right&quot;&gt;一段落&lt;br/&gt;要約&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1527"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1529"/>
        <source>Detailed info</source>
        <translation>詳細情報</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1562"/>
        <source>Plots</source>
        <translation>プロット</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/searchMenu.py" line="27"/>
        <source>Plot</source>
        <translation>プロット</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1535"/>
        <source>Character(s)</source>
        <translation>登場人物</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1552"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1537"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1542"/>
        <source>Resolution steps</source>
        <translation>解決手順</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/searchMenu.py" line="26"/>
        <source>World</source>
        <translation>世界</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1550"/>
        <source>Populates with empty data</source>
        <translation>空データの生成</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1556"/>
        <source>More</source>
        <translation>もっと</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1554"/>
        <source>Source of passion</source>
        <translation>情熱の源 (行動原理)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1555"/>
        <source>Source of conflict</source>
        <translation>対立の原因</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/searchMenu.py" line="23"/>
        <source>Outline</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1559"/>
        <source>Editor</source>
        <translation>エディタ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1566"/>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/searchMenu.py" line="25"/>
        <source>FlatData</source>
        <translation>フラットデータ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1561"/>
        <source>Persos</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1565"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1567"/>
        <source>&amp;File</source>
        <translation>ファイル (&amp;F)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1568"/>
        <source>&amp;Recent</source>
        <translation>最近使用したファイル (&amp;R)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1569"/>
        <source>&amp;Help</source>
        <translation>ヘルプ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1570"/>
        <source>&amp;Tools</source>
        <translation>ツール (&amp;T)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1571"/>
        <source>&amp;Edit</source>
        <translation>編集 (&amp;E)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1574"/>
        <source>&amp;View</source>
        <translation>表示 (&amp;V)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1575"/>
        <source>&amp;Mode</source>
        <translation>モード (&amp;M)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1578"/>
        <source>Cheat Sheet</source>
        <translation type="unfinished">備忘録</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1580"/>
        <source>&amp;Navigation</source>
        <translation>ナビゲーション (&amp;N)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1581"/>
        <source>&amp;Open</source>
        <translation>開く (&amp;O)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1582"/>
        <source>&amp;Save</source>
        <translation>保存 (&amp;S)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1583"/>
        <source>Sa&amp;ve as...</source>
        <translation>名前を付けて保存(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1584"/>
        <source>&amp;Quit</source>
        <translation>終了 (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1585"/>
        <source>&amp;Show help texts</source>
        <translation>ヘルプ文書を表示 (&amp;S)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1586"/>
        <source>&amp;Spellcheck</source>
        <translation>スペルチェック</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1587"/>
        <source>&amp;Labels...</source>
        <translation>ラベル(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1588"/>
        <source>&amp;Status...</source>
        <translation>状態(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1589"/>
        <source>Tree</source>
        <translation>ツリー</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1590"/>
        <source>&amp;Simple</source>
        <translation>シンプル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1591"/>
        <source>&amp;Fiction</source>
        <translation>フィクション</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1592"/>
        <source>Index cards</source>
        <translation>索引カード</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1594"/>
        <source>S&amp;ettings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1595"/>
        <source>&amp;Close project</source>
        <translation>プロジェクトを閉じる (&amp;C)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1596"/>
        <source>Co&amp;mpile</source>
        <translation>コンパイル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1597"/>
        <source>&amp;Frequency Analyzer</source>
        <translation>単語の頻度数解析</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1488"/>
        <source>Book information</source>
        <translation>本の情報</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1598"/>
        <source>&amp;About</source>
        <translation>Manuskriptについて (&amp;A)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1599"/>
        <source>About Manuskript</source>
        <translation>Manuskriptについて</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1085"/>
        <source>Manuskript</source>
        <translation>Manuskript</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1217"/>
        <source>Project {} saved.</source>
        <translation>プロジェクト {} が保存されました。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1221"/>
        <source>WARNING: Project {} not saved.</source>
        <translation>警告：プロジェクト {} は保存されていません。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1240"/>
        <source>Project {} loaded.</source>
        <translation>プロジェクト {} が読み込まれました。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1246"/>
        <source>Project {} loaded with some errors.</source>
        <translation>プロジェクト {} にいくつかのエラーが読み込まれました。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1622"/>
        <source> (~{} pages)</source>
        <translation> (~{} ページ)</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1625"/>
        <source>Words: {}{}</source>
        <translation>単語数：{}{}</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1633"/>
        <source>Book summary</source>
        <translation>本の要約</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1634"/>
        <source>Project tree</source>
        <translation>プロジェクトツリー</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1635"/>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1636"/>
        <source>Story line</source>
        <translation>ストーリーライン</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1701"/>
        <source>Enter information about your book, and yourself.</source>
        <translation>あなたの本とあなた自身に関する情報を入力してください。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1704"/>
        <source>The basic situation, in the form of a &apos;What if...?&apos; question. Ex: &apos;What if the most dangerous
                     evil wizard wasn&apos;t able to kill a baby?&apos; (Harry Potter)</source>
        <translation>基本的な状況、「もしも・・・？」形式の質問です。 例：「最も危険で邪悪な
                     魔法使いが、赤ん坊を殺せなかったら？」 (ハリー・ポッター)</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1709"/>
        <source>Take time to think about a one sentence (~50 words) summary of your book. Then expand it to
                     a paragraph, then to a page, then to a full summary.</source>
        <translation>あなたの本の要約を50単語ほどで考えてください。この作業は時間をかけるべきでしょう。
                     それを段落、ページに落とし込み、最後に完全な要約を書きます。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1714"/>
        <source>Create your characters.</source>
        <translation>あなたの登場人物を作りましょう。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1717"/>
        <source>Develop plots.</source>
        <translation>プロットを作成します。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1720"/>
        <source>Build worlds.  Create hierarchy of broad categories down to specific details.</source>
        <translation>世界を創造しましょう。Manuskriptは、一般的なものから詳細なものまで、様々な設定を作成します。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1723"/>
        <source>Create the outline of your masterpiece.</source>
        <translation>あなたの傑作の輪郭を作ります。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1726"/>
        <source>Write.</source>
        <translation>書く。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1729"/>
        <source>Debug info. Sometimes useful.</source>
        <translation>デバッグ情報。時に便利なものです。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1743"/>
        <source>Dictionary</source>
        <translation>辞書</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1891"/>
        <source>Nothing</source>
        <translation>無し</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1892"/>
        <source>POV</source>
        <translation>POV</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1893"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1894"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1895"/>
        <source>Compile</source>
        <translation>編纂</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1918"/>
        <source>Icon color</source>
        <translation>アイコンの色</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1919"/>
        <source>Text color</source>
        <translation>文字色</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1920"/>
        <source>Background color</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1911"/>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1912"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1913"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1914"/>
        <source>Border</source>
        <translation>境界線</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1915"/>
        <source>Corner</source>
        <translation>角</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1540"/>
        <source>Add plot step</source>
        <translation>手順を追加</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1600"/>
        <source>&amp;Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1601"/>
        <source>&amp;Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1602"/>
        <source>C&amp;ut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1603"/>
        <source>&amp;Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1604"/>
        <source>&amp;Split…</source>
        <translation>分割…</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1605"/>
        <source>Sp&amp;lit at cursor</source>
        <translation>カーソル位置で分割</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1609"/>
        <source>&amp;Move Up</source>
        <translation>上に移動 (&amp;M)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1610"/>
        <source>M&amp;ove Down</source>
        <translation>下に移動 (&amp;O)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1607"/>
        <source>Dupl&amp;icate</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1608"/>
        <source>&amp;Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1613"/>
        <source>&amp;Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1576"/>
        <source>Organi&amp;ze</source>
        <translation>整理</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1606"/>
        <source>M&amp;erge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1572"/>
        <source>&amp;Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1573"/>
        <source>&amp;Header</source>
        <translation>ヘッダ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1614"/>
        <source>&amp;Level 1 (setext)</source>
        <translation>&amp;レベル1 (setext)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1615"/>
        <source>Level &amp;2</source>
        <translation>レベル &amp;2</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1616"/>
        <source>Level &amp;1 (atx)</source>
        <translation>レベル &amp;1 (atx)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1617"/>
        <source>L&amp;evel 2</source>
        <translation>レベル &amp;2</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1618"/>
        <source>Level &amp;3</source>
        <translation>レベル &amp;3</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1619"/>
        <source>Level &amp;4</source>
        <translation>レベル &amp;4</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1620"/>
        <source>Level &amp;5</source>
        <translation>レベル &amp;5</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1621"/>
        <source>Level &amp;6</source>
        <translation>レベル &amp;6</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1622"/>
        <source>&amp;Bold</source>
        <translation>太字(&amp;B)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1623"/>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1624"/>
        <source>&amp;Strike</source>
        <translation>取消し線(&amp;S)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1625"/>
        <source>&amp;Verbatim</source>
        <translation>等幅(&amp;V)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1626"/>
        <source>Su&amp;perscript</source>
        <translation>上付き文字(&amp;P)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1627"/>
        <source>Subsc&amp;ript</source>
        <translation>下付き文字(&amp;R)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1628"/>
        <source>Co&amp;mment block</source>
        <translation>コメントブロック(&amp;M)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1629"/>
        <source>Clear &amp;formats</source>
        <translation>書式をクリア(&amp;F)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1630"/>
        <source>&amp;Comment line(s)</source>
        <translation>注釈行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1631"/>
        <source>&amp;Ordered list</source>
        <translation>番号リスト(&amp;O)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1632"/>
        <source>&amp;Unordered list</source>
        <translation>番号なしリスト(&amp;U)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1633"/>
        <source>B&amp;lockquote</source>
        <translation>引用符(&amp;L)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1541"/>
        <source>Remove selected plot step(s)</source>
        <translation>選択したプロットを削除する</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="923"/>
        <source>The file {} does not exist. Has it been moved or deleted?</source>
        <translation>ファイル {} は存在しません。移動または削除しましたか？</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1757"/>
        <source>Install {}{} to use spellcheck</source>
        <translation>スペルチェックを使用するには {}{} をインストールします</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1799"/>
        <source>{} has no installed dictionaries</source>
        <translation>{} には辞書がインストールされていません</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1820"/>
        <source>{}{} is not installed</source>
        <translation>{}{} がインストールされていません</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1028"/>
        <source>Save project?</source>
        <translation>プロジェクトを保存しますか？</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1028"/>
        <source>Save changes to project &quot;{}&quot; before closing?</source>
        <translation>閉じる前にプロジェクト &quot;{}&quot; への変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1028"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>保存しないと、変更内容は失われます。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="2018"/>
        <source>PyQt / Qt versions 5.11 and 5.12 are known to cause a crash which might result in a loss of data.</source>
        <translation>PyQt / Qtバージョン5.11および5.12は、データの損失につながる可能性のあるクラッシュを引き起こすことがわかっています。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="2019"/>
        <source>PyQt {} and Qt {} are in use.</source>
        <translation>PyQt {} と Qt {} が使用されています。</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="2025"/>
        <source>Proceed with import at your own risk</source>
        <translation>自己責任でインポートを続行</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1518"/>
        <source>Allow POV</source>
        <translation>POVを許可</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1636"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1637"/>
        <source>&amp;Technical Support</source>
        <translation>技術的サポート(&amp;T)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1638"/>
        <source>How to obtain technical support for Manuskript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1639"/>
        <source>&amp;Locate log file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1640"/>
        <source>Locate log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1641"/>
        <source>Locate the diagnostic log file used for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1557"/>
        <source>Sorry!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1557"/>
        <source>This session is not being logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1566"/>
        <source>A log file is a Work in Progress!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1566"/>
        <source>The log file &quot;{}&quot; will continue to be written to until Manuskript is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1566"/>
        <source>It will now be displayed in your file manager, but is of limited use until you close Manuskript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1582"/>
        <source>Error!</source>
        <translation>エラー！</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1582"/>
        <source>An error was encountered while trying to show the log file below in your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/search.py" line="51"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/search.py" line="52"/>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/search.py" line="56"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/search.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished">状態</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1634"/>
        <source>&amp;Targets</source>
        <translation>目標(T)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1635"/>
        <source>Draft and session word count targets</source>
        <translation>原稿とセッションの単語数目標</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="385"/>
        <source>Value</source>
        <translation type="unfinished">値</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="393"/>
        <source>Bulk Info Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="438"/>
        <source>No Entries!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="438"/>
        <source>Please add entries to apply to the selected characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="449"/>
        <source>Bulk Info Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="449"/>
        <source>The bulk info has been applied to the selected characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="521"/>
        <source>Un-applied data!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="521"/>
        <source>There are un-applied entries in this tab. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1577"/>
        <source>&amp;Navigate</source>
        <translation>ナビゲート(N)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1611"/>
        <source>Go &amp;back</source>
        <translation>戻る(b)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/mainWindow.py" line="1612"/>
        <source>Go &amp;forward</source>
        <translation>進む(f)</translation>
    </message>
    <message>
        <location filename="../manuskript/mainWindow.py" line="1251"/>
        <source>Loading project {} failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../manuskript/ui/search.py" line="46"/>
        <source>No results found</source>
        <translation>見つかりませんでした</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1766"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1770"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1800"/>
        <source>Revisions</source>
        <translation>改訂</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1774"/>
        <source>Views</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1962"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1963"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1964"/>
        <source>Fullscreen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1782"/>
        <source>General settings</source>
        <translation>全般の設定</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1783"/>
        <source>Application settings</source>
        <translation>アプリケーションの設定</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1790"/>
        <source>Loading</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1791"/>
        <source>Automatically load last project on startup</source>
        <translation>起動時、前回の終了時に開いていたプロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1792"/>
        <source>Saving</source>
        <translation>自動保存</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1793"/>
        <source>Automatically save every</source>
        <translation>自動保存の間隔</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1794"/>
        <source>minutes.</source>
        <translation>分。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1795"/>
        <source>If no changes during</source>
        <translation>変更がない場合</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1796"/>
        <source>seconds.</source>
        <translation>秒。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1797"/>
        <source>Save on project close</source>
        <translation>プロジェクト終了時に保存</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1798"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If you check this option, your project will be saved as one single file. Easier to copy or backup, but does not allow collaborative editing, or versioning.&lt;br/&gt;If this is unchecked, your project will be saved as a folder containing many small files.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この設定を有効にすると、プロジェクトは単一のファイルとして保存されます。コピーやバックアップは簡単ですが、多人数での共同編集やバージョン管理には不向きです。&lt;br/&gt;この設定を無効にした場合、プロジェクトは多数の小さなファイルとして、指定のフォルダに保存されます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1799"/>
        <source>Save to one single file</source>
        <translation>単一のファイルに保存</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1801"/>
        <source>Revisions are a way to keep track of modifications. For each text item, it stores any changes you make to the main text, allowing you to see and restoring previous versions.</source>
        <translation>改訂は、変更を追跡するための機能です。各テキストは、メインテキストに加えた変更点を保存し、以前のバージョンを表示・複合できるようになっています。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1802"/>
        <source>Keep revisions</source>
        <translation>改訂の継続</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1803"/>
        <source>S&amp;mart remove</source>
        <translation>定期的な削除</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1804"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1805"/>
        <source>Smart remove allows you to keep only a certain number of revisions. It is strongly recommended to use it, lest your files would be bloated with thousands of insignificant changes.</source>
        <translation>定期的な削除を利用すると、改訂の保存数を制限できます。この機能は、有効にすることを強くお勧めします。この機能を使用しない場合、改訂のファイルが数千もの数に膨らむ恐れがあります。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1806"/>
        <source>revisions per day for the last month</source>
        <translation>先月の一日あたりの改訂</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1807"/>
        <source>revisions per minute for the last 10 minutes</source>
        <translation>過去10分間における1分あたりの改訂</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1808"/>
        <source>revisions per hour for the last day</source>
        <translation>最終日の1時間あたりの改訂</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1809"/>
        <source>revisions per 10 minutes for the last hour</source>
        <translation>過去1時間における10分ごとの改訂</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1810"/>
        <source>revisions per week till the end of time</source>
        <translation>終了時まで週ごとの改訂</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1812"/>
        <source>Views settings</source>
        <translation>外観の設定</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1849"/>
        <source>Tree</source>
        <translation>ツリー</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1917"/>
        <source>Colors</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1886"/>
        <source>Icon color:</source>
        <translation>アイコンの色：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1911"/>
        <source>Nothing</source>
        <translation>無し</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1912"/>
        <source>POV</source>
        <translation>POV</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1913"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1914"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1915"/>
        <source>Compile</source>
        <translation>編纂</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1892"/>
        <source>Text color:</source>
        <translation>文字色：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1898"/>
        <source>Background color:</source>
        <translation>背景色：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1836"/>
        <source>Folders</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1837"/>
        <source>Show ite&amp;m count</source>
        <translation>項目数を表示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1847"/>
        <source>Show summary</source>
        <translation>要約を表示</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1842"/>
        <source>&amp;Nothing</source>
        <translation>無し(&amp;N)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1843"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1878"/>
        <source>Outline</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1869"/>
        <source>Visible columns</source>
        <translation>表示列</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1870"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1871"/>
        <source>Word count</source>
        <translation>単語数</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1872"/>
        <source>Percentage</source>
        <translation>割合(%)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1877"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1916"/>
        <source>Index cards</source>
        <translation>索引目録</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1885"/>
        <source>Item colors</source>
        <translation>項目の色</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1904"/>
        <source>Border color:</source>
        <translation>線の色：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1910"/>
        <source>Corner color:</source>
        <translation>角の色：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1879"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2000"/>
        <source>Color:</source>
        <translation>色：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1976"/>
        <source>Image:</source>
        <translation>画像：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1961"/>
        <source>Text editor</source>
        <translation>テキストエディタ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1922"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1923"/>
        <source>Family:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2002"/>
        <source>Size:</source>
        <translation>大きさ：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2003"/>
        <source>Misspelled:</source>
        <translation>綴り間違い：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1918"/>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1933"/>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2004"/>
        <source>Line spacing:</source>
        <translation>行間隔：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2005"/>
        <source>Single</source>
        <translation>シングル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2006"/>
        <source>1.5 lines</source>
        <translation>1.5 行</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2007"/>
        <source>Double</source>
        <translation>2倍</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2008"/>
        <source>Proportional</source>
        <translation>プロポーショナル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2009"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2010"/>
        <source>Tab width:</source>
        <translation>タブ幅：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2014"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2015"/>
        <source>Indent 1st line</source>
        <translation>1行目を字下げ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2012"/>
        <source>Spacing:</source>
        <translation>間隔：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1965"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1966"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1967"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1968"/>
        <source>Theme name:</source>
        <translation>主題名：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1969"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1970"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1971"/>
        <source>Window Background</source>
        <translation>ウィンドウの背景</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1972"/>
        <source>Text Background</source>
        <translation>テキストの背景</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1973"/>
        <source>Text Options</source>
        <translation>テキストオプション</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1974"/>
        <source>Paragraph Options</source>
        <translation>段落オプション</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1977"/>
        <source>Type:</source>
        <translation>型：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1978"/>
        <source>No Image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1979"/>
        <source>Tiled</source>
        <translation>タイル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1980"/>
        <source>Centered</source>
        <translation>中央揃え</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1991"/>
        <source>Stretched</source>
        <translation>伸縮</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1982"/>
        <source>Scaled</source>
        <translation>縮尺</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1983"/>
        <source>Zoomed</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1985"/>
        <source>Opacity:</source>
        <translation>透明度：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1987"/>
        <source>Position:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2016"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2017"/>
        <source>Center</source>
        <translation>中央</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2018"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1992"/>
        <source>Width:</source>
        <translation>幅：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1995"/>
        <source>Corner radius:</source>
        <translation>角の半径：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1996"/>
        <source>Margins:</source>
        <translation>外側余白：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1998"/>
        <source>Padding:</source>
        <translation>内側余白：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2001"/>
        <source>Font:</source>
        <translation>フォント：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1882"/>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1951"/>
        <source>Cursor</source>
        <translation>カーソル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1952"/>
        <source>Use block insertion of</source>
        <translation>ブロック挿入を使用</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1934"/>
        <source>Alignment:</source>
        <translation>位置合わせ：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2019"/>
        <source>Justify</source>
        <translation>校正</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="2020"/>
        <source>Alignment</source>
        <translation>位置合わせ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1832"/>
        <source>Icon Size</source>
        <translation>アイコンの大きさ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1833"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1954"/>
        <source>Disable blinking</source>
        <translation>点滅を無効にする</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1926"/>
        <source>Text area</source>
        <translation>文字領域</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1927"/>
        <source>Max width</source>
        <translation>最大幅</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1929"/>
        <source>Left/Right margins:</source>
        <translation>左右の外側余白：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1931"/>
        <source>Top/Bottom margins:</source>
        <translation>上下の外側余白：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1840"/>
        <source>S&amp;how progress</source>
        <translation>進捗状況を表示 (&amp;H)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1841"/>
        <source>Show summar&amp;y</source>
        <translation>要約を表示 (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1846"/>
        <source>Show p&amp;rogress</source>
        <translation>進行状況を表示 (&amp;S)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1883"/>
        <source>Old st&amp;yle</source>
        <translation>古いスタイル(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1919"/>
        <source>Transparent</source>
        <translation>透過</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1921"/>
        <source>Restore defaults</source>
        <translation>デフォルトに戻す</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1785"/>
        <source>Style:</source>
        <translation>スタイル：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1786"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1787"/>
        <source>Font size:</source>
        <translation>フォントサイズ：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1784"/>
        <source>Restarting Manuskript ensures all settings take effect.</source>
        <translation>設定を有効にするためには、Manuskriptを再起動してください。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1838"/>
        <source>Show &amp;word count</source>
        <translation>単語数を表示 (&amp;W)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1844"/>
        <source>&amp;Show word count</source>
        <translation>単語数を表示 (&amp;S)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1884"/>
        <source>&amp;New style</source>
        <translation>新しいスタイル(&amp;N)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1955"/>
        <source>Typewriter mode</source>
        <translation>タイプライターモード</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1956"/>
        <source>Focus mode</source>
        <translation>集中モード</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1957"/>
        <source>None</source>
        <translation>無し</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1958"/>
        <source>Sentence</source>
        <translation>文</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1959"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1960"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1811"/>
        <source>&lt;p&gt;&lt;b&gt;The Revisions feature has been at the source of many reported issues. In this version of Manuskript it has been turned off by default for new projects in order to provide the best experience.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Why aren&apos;t these issues fixed already? &lt;a href=&quot;https://www.theologeek.ch/manuskript/contribute/&quot;&gt;We need your help to make Manuskript better!&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;改訂機能は、多数報告された問題の原因となっています。このバージョンのManuskriptでは、最高のエクスペリエンスを提供するために、新規プロジェクトの既定でオフになっています。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;なぜ問題はまだ修正されていないのですか？&lt;a href=&quot;https://www.theologeek.ch/manuskript/contribute/&quot;&gt;Manuskriptをより良くするために、あなたの助けが必要です！&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1788"/>
        <source>Show progress in chars next
 to words</source>
        <translation>進捗状況を単語数の代わりに
 文字数で表示</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1834"/>
        <source>Char/Word Counter</source>
        <translation>文字/単語カウンター</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1835"/>
        <source>Count spaces as chars</source>
        <translation>空白を文字として数える</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1839"/>
        <source>Show char c&amp;ount</source>
        <translation>文字数を表示(&amp;O)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/settings_ui.py" line="1845"/>
        <source>Sho&amp;w char count</source>
        <translation>文字数を表示(&amp;W)</translation>
    </message>
</context>
<context>
    <name>SpellAction</name>
    <message>
        <location filename="../manuskript/ui/views/textEditView.py" line="622"/>
        <source>Spelling Suggestions</source>
        <translation>綴りの候補</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/textEditView.py" line="641"/>
        <source>&amp;Add to dictionary</source>
        <translation>辞書を追加 (&amp;A)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/textEditView.py" line="694"/>
        <source>&amp;Remove from custom dictionary</source>
        <translation>カスタム辞書から削除 (&amp;R)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/textEditView.py" line="549"/>
        <source>&amp;New Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/textEditView.py" line="556"/>
        <source>&amp;New Plot Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/textEditView.py" line="563"/>
        <source>&amp;New World Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/textEditView.py" line="665"/>
        <source>&amp;Correction Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/textEditView.py" line="674"/>
        <source>&amp;Correction Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../manuskript/ui/about_ui.py" line="54"/>
        <source>About Manuskript</source>
        <translation>Manuskriptについて</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/about_ui.py" line="55"/>
        <source>Manuskript</source>
        <translation>Manuskript</translation>
    </message>
</context>
<context>
    <name>aboutDialog</name>
    <message>
        <location filename="../manuskript/ui/about.py" line="31"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/about.py" line="44"/>
        <source>Software Versions in Use:</source>
        <translation>使用中のソフトウェアバージョン：</translation>
    </message>
</context>
<context>
    <name>abstractModel</name>
    <message>
        <location filename="../manuskript/models/abstractModel.py" line="215"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../manuskript/models/abstractModel.py" line="217"/>
        <source>POV</source>
        <translation>POV</translation>
    </message>
    <message>
        <location filename="../manuskript/models/abstractModel.py" line="219"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../manuskript/models/abstractModel.py" line="221"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../manuskript/models/abstractModel.py" line="223"/>
        <source>Compile</source>
        <translation>編纂</translation>
    </message>
    <message>
        <location filename="../manuskript/models/abstractModel.py" line="225"/>
        <source>Word count</source>
        <translation>単語数</translation>
    </message>
    <message>
        <location filename="../manuskript/models/abstractModel.py" line="227"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
</context>
<context>
    <name>basicItemView</name>
    <message>
        <location filename="../manuskript/ui/views/basicItemView_ui.py" line="65"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/basicItemView_ui.py" line="66"/>
        <source>POV:</source>
        <translation>POV：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/basicItemView_ui.py" line="67"/>
        <source>Goal:</source>
        <translation>目的：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/basicItemView_ui.py" line="68"/>
        <source>Word count</source>
        <translation>単語数</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/basicItemView_ui.py" line="69"/>
        <source>One line summary</source>
        <translation>一行の要約</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/basicItemView_ui.py" line="70"/>
        <source>Few sentences summary:</source>
        <translation>文章の要約：</translation>
    </message>
</context>
<context>
    <name>characterModel</name>
    <message>
        <location filename="../manuskript/models/characterModel.py" line="206"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../manuskript/models/characterModel.py" line="215"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../manuskript/models/characterModel.py" line="179"/>
        <source>New character</source>
        <translation>新しい登場人物</translation>
    </message>
    <message>
        <location filename="../manuskript/models/characterModel.py" line="215"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>characterTreeView</name>
    <message>
        <location filename="../manuskript/ui/views/characterTreeView.py" line="33"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/characterTreeView.py" line="33"/>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/characterTreeView.py" line="33"/>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
</context>
<context>
    <name>cheatSheet</name>
    <message>
        <location filename="../manuskript/ui/cheatSheet_ui.py" line="89"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/cheatSheet_ui.py" line="90"/>
        <source>Filter (type the name of anything in your project)</source>
        <translation>絞り込み（プロジェクト内の任意の名前を入力）</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/cheatSheet.py" line="113"/>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/cheatSheet.py" line="113"/>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/cheatSheet.py" line="113"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/cheatSheet.py" line="91"/>
        <source>Characters</source>
        <translation>登場人物</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/cheatSheet.py" line="104"/>
        <source>Texts</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/cheatSheet.py" line="116"/>
        <source>Plots</source>
        <translation>プロット</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/cheatSheet.py" line="120"/>
        <source>World</source>
        <translation>世界</translation>
    </message>
</context>
<context>
    <name>cmbOutlineCharacterChoser</name>
    <message>
        <location filename="../manuskript/ui/views/cmbOutlineCharacterChoser.py" line="34"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/cmbOutlineCharacterChoser.py" line="36"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/cmbOutlineCharacterChoser.py" line="36"/>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/cmbOutlineCharacterChoser.py" line="36"/>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/cmbOutlineCharacterChoser.py" line="136"/>
        <source>Various</source>
        <translation>雑多</translation>
    </message>
</context>
<context>
    <name>cmbOutlineLabelChoser</name>
    <message>
        <location filename="../manuskript/ui/views/cmbOutlineLabelChoser.py" line="113"/>
        <source>Various</source>
        <translation>雑多</translation>
    </message>
</context>
<context>
    <name>cmbOutlineStatusChoser</name>
    <message>
        <location filename="../manuskript/ui/views/cmbOutlineStatusChoser.py" line="112"/>
        <source>Various</source>
        <translation>雑多</translation>
    </message>
</context>
<context>
    <name>collapsibleDockWidgets</name>
    <message>
        <location filename="../manuskript/ui/collapsibleDockWidgets.py" line="26"/>
        <source>Dock Widgets Toolbar</source>
        <translation>ウィジェットをツールバーと結合</translation>
    </message>
</context>
<context>
    <name>completer</name>
    <message>
        <location filename="../manuskript/ui/editors/completer_ui.py" line="34"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
</context>
<context>
    <name>corkDelegate</name>
    <message>
        <location filename="../manuskript/ui/views/corkDelegate.py" line="70"/>
        <source>One line summary</source>
        <translation>一行の要約</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/corkDelegate.py" line="100"/>
        <source>Full summary</source>
        <translation>すべての要約</translation>
    </message>
</context>
<context>
    <name>dlg</name>
    <message>
        <location filename="../manuskript/load_save/version_1.py" line="435"/>
        <source>Files not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/load_save/version_1.py" line="436"/>
        <source>The following files were not saved and appear to be open in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/load_save/version_1.py" line="932"/>
        <source>Files not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/load_save/version_1.py" line="933"/>
        <source>The following files were not loaded and appear to be open in another program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editorWidget_ui</name>
    <message>
        <location filename="../manuskript/ui/editors/editorWidget_ui.py" line="75"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
</context>
<context>
    <name>exporter</name>
    <message>
        <location filename="../manuskript/ui/exporters/exporter_ui.py" line="70"/>
        <source>Export</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exporter_ui.py" line="67"/>
        <source>Export to:</source>
        <translation>出力先：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exporter_ui.py" line="68"/>
        <source>Manage exporters</source>
        <translation>出力機能の管理</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exporter_ui.py" line="72"/>
        <source>Preview</source>
        <translation>事前確認 (プレビュー)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exporter_ui.py" line="71"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>exporterDialog</name>
    <message>
        <location filename="../manuskript/ui/exporters/exporter.py" line="64"/>
        <source>{} (not implemented yet)</source>
        <translation>{} (まだ実装されていません)</translation>
    </message>
</context>
<context>
    <name>exporterSettings</name>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="512"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="527"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="513"/>
        <source>Decide here what will be included in the final export.</source>
        <translation>最終的に出力する物を決定します。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="515"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="517"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="519"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="520"/>
        <source>I need more granularity</source>
        <translation>もっと細かくする必要があります</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="521"/>
        <source>Fi&amp;lters</source>
        <translation>絞り込み (&amp;L)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="522"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Filters what items will be included in the final export.&lt;br/&gt;&lt;span style=&quot; color:#773333;&quot;&gt;(Not fully implemented yet.)&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;最終の出力に含める項目を絞り込みます。&lt;br/&gt;&lt;span style=&quot; color:#773333;&quot;&gt;(注意：この機能は、まだ完全ではなく、実験的な実装です)&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="523"/>
        <source>Ignore compile status (include all items)</source>
        <translation>編纂の状態を無視する (すべての項目を含める)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="524"/>
        <source>Subitems of:</source>
        <translation>子項目：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="525"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="526"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="540"/>
        <source>Separations</source>
        <translation>分離</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="528"/>
        <source>Between folders:</source>
        <translation>フォルダ間：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="538"/>
        <source>Empty line</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="539"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="531"/>
        <source>Between texts:</source>
        <translation>文章間：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="534"/>
        <source>Between folder and text:</source>
        <translation>フォルダとテキストの間：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="537"/>
        <source>Between text and folder:</source>
        <translation>テキストとフォルダの間：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="557"/>
        <source>Transformations</source>
        <translation>変換</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="541"/>
        <source>Typographic replacements:</source>
        <translation>構文の置換：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="544"/>
        <source>Replace double quotes (&quot;) with:</source>
        <translation>二重引用符 (&quot;) を、次に置き換える：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="545"/>
        <source>Replace single quotes (&apos;) with:</source>
        <translation>一重引用符 (') を、次に置き換える：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="546"/>
        <source>Remove multiple spaces</source>
        <translation>重複した空白を削除</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="547"/>
        <source>Custom replacements:</source>
        <translation>カスタム置換：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="549"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="551"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="553"/>
        <source>With</source>
        <translation>と</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="555"/>
        <source>RegExp</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="556"/>
        <source>If checked, uses regular expression for replacement. If unchecked, replaced as plain text.</source>
        <translation>チェックすると、置換には正規表現を使用します。チェックしない場合は、通常のテキストとして置換します。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="561"/>
        <source>Preview</source>
        <translation>事前確認 (プレビュー)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="558"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="559"/>
        <source>Font:</source>
        <translation>フォント：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="560"/>
        <source>Font size:</source>
        <translation>フォントサイズ：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings.py" line="320"/>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings.py" line="343"/>
        <source>{}Level {} folder</source>
        <translation>{}レベル {} フォルダ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings.py" line="346"/>
        <source>{}Level {} text</source>
        <translation>{}レベル {} テキスト</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="542"/>
        <source>Replace ... with …</source>
        <translation>… を … に置き換える</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/manuskript/plainTextSettings_ui.py" line="543"/>
        <source>Replace --- with —</source>
        <translation>--- を — に置き換える</translation>
    </message>
</context>
<context>
    <name>exportersManager</name>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager.py" line="81"/>
        <source>Installed</source>
        <translation>インストール済</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager.py" line="87"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager.py" line="93"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager.py" line="96"/>
        <source>{} not found. Install it, or set path manually.</source>
        <translation>{} は、見つかりません。インストールするか、もしくは、実行ファイルを手動でパスに指定してください。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager.py" line="124"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; uninstalled.</source>
        <translation>&lt;b&gt;状態：&lt;/b&gt; uninstalled.</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager.py" line="126"/>
        <source>&lt;b&gt;Requires:&lt;/b&gt; </source>
        <translation>&lt;b&gt;必要：&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../manuskript/ui/exporters/exportersManager.py" line="133"/>
        <source>Set {} executable path.</source>
        <translation>実行パスを {} に設定します。</translation>
    </message>
</context>
<context>
    <name>frequencyAnalyzer</name>
    <message>
        <location filename="../manuskript/ui/tools/frequencyAnalyzer.py" line="70"/>
        <source>Phrases</source>
        <translation>成句</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/frequencyAnalyzer.py" line="108"/>
        <source>Frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/frequencyAnalyzer.py" line="108"/>
        <source>Word</source>
        <translation>単語</translation>
    </message>
</context>
<context>
    <name>fullScreenEditor</name>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="133"/>
        <source>Theme:</source>
        <translation>テーマ：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="364"/>
        <source>{} words / {}</source>
        <translation>{} 単語 / {}</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="368"/>
        <source>{} words</source>
        <translation>{} 単語</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="153"/>
        <source>Spellcheck</source>
        <translation>綴り照合</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="154"/>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="155"/>
        <source>New Text</source>
        <translation>新規テキスト</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="156"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="157"/>
        <source>Title: Show Full Path</source>
        <translation>表題：フルパスを表示</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="159"/>
        <source>Theme selector</source>
        <translation>主題の選択</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="160"/>
        <source>Word count</source>
        <translation>単語数</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="161"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="162"/>
        <source>Progress: Auto Show/Hide</source>
        <translation>進捗： Auto Show/Hide</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="163"/>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="164"/>
        <source>Clock: Show Seconds</source>
        <translation>時計: 秒を表示</translation>
    </message>
</context>
<context>
    <name>generalSettings</name>
    <message>
        <location filename="../manuskript/ui/importers/generalSettings_ui.py" line="67"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/importers/generalSettings_ui.py" line="62"/>
        <source>Split scenes at:</source>
        <translation>シーンの分割:</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/importers/generalSettings_ui.py" line="63"/>
        <source>\n---\n</source>
        <translation>\n---\n</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/importers/generalSettings_ui.py" line="64"/>
        <source>Trim long titles (&gt; 32 chars)</source>
        <translation>長い表題を削る (表題は32文字まで)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/importers/generalSettings_ui.py" line="65"/>
        <source>Import under:</source>
        <translation>インポート元:</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/importers/generalSettings_ui.py" line="66"/>
        <source>Import in a top-level folder</source>
        <translation>最上位フォルダにインポート</translation>
    </message>
</context>
<context>
    <name>helpLabel</name>
    <message>
        <location filename="../manuskript/ui/helpLabel.py" line="12"/>
        <source>If you don&apos;t wanna see me, you can hide me in Help menu.</source>
        <translation>これを見たくない場合、ヘルプメニューで非表示にできます。</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <location filename="../manuskript/ui/importers/importer_ui.py" line="103"/>
        <source>Import</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/importers/importer_ui.py" line="99"/>
        <source>Format:</source>
        <translation>フォーマット:</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/importers/importer_ui.py" line="100"/>
        <source>Choose file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/importers/importer_ui.py" line="101"/>
        <source>Clear file</source>
        <translation>ファイルを消去</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/importers/importer_ui.py" line="105"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/importers/importer_ui.py" line="104"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>lineEditView</name>
    <message>
        <location filename="../manuskript/ui/views/lineEditView.py" line="114"/>
        <source>Various</source>
        <translation>雑多</translation>
    </message>
</context>
<context>
    <name>locker</name>
    <message>
        <location filename="../manuskript/ui/editors/locker_ui.py" line="52"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker_ui.py" line="53"/>
        <source>Lock screen:</source>
        <translation>画面ロック:</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker_ui.py" line="54"/>
        <source>Word target</source>
        <translation>対象単語</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker_ui.py" line="55"/>
        <source>Time target</source>
        <translation>時間目標</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker_ui.py" line="56"/>
        <source> words</source>
        <translation> 単語</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker_ui.py" line="57"/>
        <source> minutes</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker_ui.py" line="58"/>
        <source>Lock !</source>
        <translation>ロック！</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker.py" line="94"/>
        <source>~{} h.</source>
        <translation>~{} 時.</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker.py" line="96"/>
        <source>~{} mn.</source>
        <translation>~{} 分.</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker.py" line="100"/>
        <source>{}:{}</source>
        <translation>{}:{}</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker.py" line="102"/>
        <source>{} s.</source>
        <translation>{} 秒.</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker.py" line="104"/>
        <source>{} remaining</source>
        <translation>残り {}</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/locker.py" line="109"/>
        <source>{} words remaining</source>
        <translation>{} 余剰単語</translation>
    </message>
</context>
<context>
    <name>mainEditor</name>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor_ui.py" line="93"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor_ui.py" line="96"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor_ui.py" line="97"/>
        <source>Index cards</source>
        <translation>索引目録</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor_ui.py" line="98"/>
        <source>Outline</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor_ui.ui" line="198"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor_ui.py" line="94"/>
        <source>Go to parent item</source>
        <translation>親の項目に移動</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor_ui.ui" line="57"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor.py" line="258"/>
        <source>Root</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor.py" line="397"/>
        <source>{} words </source>
        <translation>{} 単語 </translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor.py" line="378"/>
        <source>({} chars) {}  words / {} </source>
        <translation>({} 文字) {}  単語 / {} </translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor.py" line="384"/>
        <source>{}  words / {} </source>
        <translation>{}  単語 / {} </translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor.py" line="399"/>
        <source>{} chars</source>
        <translation>{} 文字</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/mainEditor.py" line="393"/>
        <source>{} chars </source>
        <translation>{} 文字 </translation>
    </message>
</context>
<context>
    <name>markdownSettings</name>
    <message>
        <location filename="../manuskript/exporter/manuskript/markdown.py" line="58"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>metadataView</name>
    <message>
        <location filename="../manuskript/ui/views/metadataView_ui.py" line="94"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/metadataView_ui.py" line="95"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/metadataView_ui.py" line="96"/>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/metadataView_ui.py" line="97"/>
        <source>One line summary</source>
        <translation>一行の要約</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/metadataView_ui.py" line="98"/>
        <source>Full summary</source>
        <translation>すべての要約</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/metadataView_ui.py" line="100"/>
        <source>Notes / References</source>
        <translation>備考/参照</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/metadataView_ui.py" line="101"/>
        <source>Revisions</source>
        <translation>改訂</translation>
    </message>
</context>
<context>
    <name>myPanel</name>
    <message>
        <location filename="../manuskript/ui/editors/fullScreenEditor.py" line="599"/>
        <source>Auto-hide</source>
        <translation>自動的に隠す</translation>
    </message>
</context>
<context>
    <name>outlineCharacterDelegate</name>
    <message>
        <location filename="../manuskript/ui/views/outlineDelegates.py" line="141"/>
        <source>None</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/outlineDelegates.py" line="143"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/outlineDelegates.py" line="143"/>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/outlineDelegates.py" line="143"/>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
</context>
<context>
    <name>pandocSettings</name>
    <message>
        <location filename="../manuskript/exporter/pandoc/abstractPlainText.py" line="254"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../manuskript/exporter/pandoc/abstractPlainText.py" line="256"/>
        <source>Table of Content</source>
        <translation>目次</translation>
    </message>
    <message>
        <location filename="../manuskript/exporter/pandoc/abstractPlainText.py" line="255"/>
        <source>Custom settings for {}</source>
        <translation>{}のカスタム設定</translation>
    </message>
</context>
<context>
    <name>persosProxyModel</name>
    <message>
        <location filename="../manuskript/models/persosProxyModel.py" line="16"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../manuskript/models/persosProxyModel.py" line="17"/>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location filename="../manuskript/models/persosProxyModel.py" line="18"/>
        <source>Minors</source>
        <translation>マイナー</translation>
    </message>
</context>
<context>
    <name>plotDelegate</name>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Promise</source>
        <translation>約束</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Try / Fail</source>
        <translation>試み / 失敗</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>No and</source>
        <translation>いいえ、それで</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Yes but</source>
        <translation>はい、でも</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Freytag&apos;s pyramid</source>
        <translation>フライタークの三角形</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Exposition</source>
        <translation>主題の提示</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Rising action</source>
        <translation>緊張の高まり</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Climax</source>
        <translation>クライマックス</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Falling action</source>
        <translation>悲劇的な働き</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Three acts</source>
        <translation>三幕</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>1. Setup</source>
        <translation>1. 設定</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>1. Inciting event</source>
        <translation>1. 誘発イベント</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>1. Turning point</source>
        <translation>1. 転換点</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>2. Choice</source>
        <translation>2. 選択</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>2. Reversal</source>
        <translation>2. 逆転</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>2. Disaster</source>
        <translation>2. 災害</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>3. Stand up</source>
        <translation>3. 立ち上がる</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>3. Climax</source>
        <translation>3. クライマックス</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>3. Ending</source>
        <translation>3. 結末</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Hero&apos;s journey</source>
        <translation>主人公の旅</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Ordinary world</source>
        <translation>普段の世界</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Call to adventure</source>
        <translation>冒険への呼び掛け</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Refusal of the call</source>
        <translation>呼び掛けの拒否</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Meeting with mentor</source>
        <translation>導き手との出会い</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Tests</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Approach</source>
        <translation>アプローチ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Abyss</source>
        <translation>深淵</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Reward / Revelation</source>
        <translation>報酬 / 発覚</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Transformation</source>
        <translation>変容</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Atonement</source>
        <translation>償い</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Return</source>
        <translation>帰還</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Plot Turn 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Pinch 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Pinch 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Plot Turn 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotDelegate.py" line="33"/>
        <source>Dan Wells 7-point plot format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plotModel</name>
    <message>
        <location filename="../manuskript/models/plotModel.py" line="145"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../manuskript/models/plotModel.py" line="147"/>
        <source>Meta</source>
        <translation>メタ</translation>
    </message>
    <message>
        <location filename="../manuskript/models/plotModel.py" line="180"/>
        <source>New step</source>
        <translation>新しい段階</translation>
    </message>
    <message>
        <location filename="../manuskript/models/plotModel.py" line="250"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../manuskript/models/plotModel.py" line="250"/>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location filename="../manuskript/models/plotModel.py" line="250"/>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <location filename="../manuskript/models/plotModel.py" line="110"/>
        <source>New plot</source>
        <translation>新しいプロット</translation>
    </message>
</context>
<context>
    <name>plotTreeView</name>
    <message>
        <location filename="../manuskript/ui/views/plotTreeView.py" line="131"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotTreeView.py" line="131"/>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotTreeView.py" line="131"/>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/plotTreeView.py" line="191"/>
        <source>**Plot:** {}</source>
        <translation>**プロット:** {}</translation>
    </message>
</context>
<context>
    <name>plotsProxyModel</name>
    <message>
        <location filename="../manuskript/models/plotsProxyModel.py" line="22"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../manuskript/models/plotsProxyModel.py" line="23"/>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location filename="../manuskript/models/plotsProxyModel.py" line="24"/>
        <source>Minors</source>
        <translation>マイナー</translation>
    </message>
</context>
<context>
    <name>propertiesView</name>
    <message>
        <location filename="../manuskript/ui/views/propertiesView_ui.py" line="173"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/propertiesView_ui.py" line="180"/>
        <source>POV</source>
        <translation type="unfinished">POV</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/propertiesView_ui.py" line="181"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/propertiesView_ui.py" line="182"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/propertiesView_ui.py" line="183"/>
        <source>Compile</source>
        <translation>編纂</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/propertiesView_ui.py" line="184"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/propertiesView_ui.py" line="185"/>
        <source>Word count</source>
        <translation>単語数</translation>
    </message>
</context>
<context>
    <name>revisions</name>
    <message>
        <location filename="../manuskript/ui/revisions_ui.py" line="86"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions_ui.py" line="87"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="257"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="258"/>
        <source>Delete</source>
        <translation type="unfinished">削除</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="45"/>
        <source>Show modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="52"/>
        <source>Show ancient version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="60"/>
        <source>Show spaces</source>
        <translation>空白を表示</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="66"/>
        <source>Show modifications only</source>
        <translation>変更のみを表示</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="110"/>
        <source>{} years ago</source>
        <translation>{} 年前</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="112"/>
        <source>{} months ago</source>
        <translation>{} ヶ月前</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="114"/>
        <source>{} days ago</source>
        <translation>{} 日前</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="116"/>
        <source>1 day ago</source>
        <translation>1 日前</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="118"/>
        <source>{} hours ago</source>
        <translation>{} 時間前</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="120"/>
        <source>{} minutes ago</source>
        <translation>{} 分前</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="122"/>
        <source>{} seconds ago</source>
        <translation>{} 秒前</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="182"/>
        <source>Line {}:</source>
        <translation>行 {}：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/revisions.py" line="261"/>
        <source>Clear all</source>
        <translation>すべて消去</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../manuskript/ui/search_ui.py" line="47"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/search_ui.py" line="48"/>
        <source>Search for...</source>
        <translation>検索する...</translation>
    </message>
</context>
<context>
    <name>searchMenu</name>
    <message>
        <location filename="../manuskript/ui/searchMenu.py" line="31"/>
        <source>Case sensitive</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/searchMenu.py" line="32"/>
        <source>Match words</source>
        <translation>一致する単語</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/searchMenu.py" line="33"/>
        <source>Regex</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/searchMenu.py" line="39"/>
        <source>Search in:</source>
        <translation>検索範囲：</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/searchMenu.py" line="51"/>
        <source>Options:</source>
        <translation>オプション：</translation>
    </message>
</context>
<context>
    <name>settingsWindow</name>
    <message>
        <location filename="../manuskript/settingsWindow.py" line="674"/>
        <source>New status</source>
        <translation>新しい状態</translation>
    </message>
    <message>
        <location filename="../manuskript/settingsWindow.py" line="695"/>
        <source>New label</source>
        <translation>新しいラベル</translation>
    </message>
    <message>
        <location filename="../manuskript/settingsWindow.py" line="731"/>
        <source>newtheme</source>
        <translation>新しい主題</translation>
    </message>
    <message>
        <location filename="../manuskript/settingsWindow.py" line="741"/>
        <source>New theme</source>
        <translation>新しい主題</translation>
    </message>
    <message>
        <location filename="../manuskript/settingsWindow.py" line="773"/>
        <source> (read-only)</source>
        <translation> (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../manuskript/settingsWindow.py" line="534"/>
        <source>Open Image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <location filename="../manuskript/settingsWindow.py" line="534"/>
        <source>Image files (*.jpg; *.jpeg; *.png)</source>
        <translation>画像 (*.jpg; *.jpeg; *.png)</translation>
    </message>
    <message>
        <location filename="../manuskript/settingsWindow.py" line="550"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../manuskript/settingsWindow.py" line="547"/>
        <source>Unable to load selected file</source>
        <translation>選択したファイルを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../manuskript/settingsWindow.py" line="550"/>
        <source>Unable to add selected image:
{}</source>
        <translation>選択した画像を追加できません：
{}</translation>
    </message>
</context>
<context>
    <name>sldImportance</name>
    <message>
        <location filename="../manuskript/ui/views/sldImportance_ui.py" line="37"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/sldImportance_ui.py" line="38"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/sldImportance.py" line="29"/>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/sldImportance.py" line="30"/>
        <source>Secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/sldImportance.py" line="31"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
</context>
<context>
    <name>splitDialog</name>
    <message>
        <location filename="../manuskript/ui/tools/splitDialog.py" line="19"/>
        <source>
            &lt;p&gt;Split selected item(s) at the given mark.&lt;/p&gt;

            &lt;p&gt;If one of the selected item is a folder, it will be applied
            recursively to &lt;i&gt;all&lt;/i&gt; of it&apos;s children items.&lt;/p&gt;

            &lt;p&gt;The split mark can contain following escape sequences:
                &lt;ul&gt;
                    &lt;li&gt;&lt;b&gt;&lt;code&gt;\n&lt;/code&gt;&lt;/b&gt;: line break&lt;/li&gt;
                    &lt;li&gt;&lt;b&gt;&lt;code&gt;\t&lt;/code&gt;&lt;/b&gt;: tab&lt;/li&gt;
                &lt;/ul&gt;
            &lt;/p&gt;

            &lt;p&gt;&lt;b&gt;Mark:&lt;/b&gt;&lt;/p&gt;
            </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/splitDialog.py" line="47"/>
        <source>Split &apos;{}&apos;</source>
        <translation>分割 '{}'</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/splitDialog.py" line="51"/>
        <source>Split items</source>
        <translation>選択した項目を分割する</translation>
    </message>
</context>
<context>
    <name>storylineView</name>
    <message>
        <location filename="../manuskript/ui/views/storylineView_ui.py" line="58"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/storylineView.py" line="36"/>
        <source>Show Plots</source>
        <translation>プロットを表示</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/storylineView.py" line="43"/>
        <source>Show Characters</source>
        <translation>登場人物を表示</translation>
    </message>
</context>
<context>
    <name>tabSplitter</name>
    <message>
        <location filename="../manuskript/ui/editors/tabSplitter.py" line="68"/>
        <source>Open selected items in that view.</source>
        <translation>この画面で選択した項目を開きます。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/tabSplitter.py" line="172"/>
        <source>Split horizontally</source>
        <translation>画面を水平方向に分割する</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/tabSplitter.py" line="182"/>
        <source>Close split</source>
        <translation>画面の分割を閉じる</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/tabSplitter.py" line="218"/>
        <source>Split vertically</source>
        <translation>縦に分割</translation>
    </message>
</context>
<context>
    <name>targets</name>
    <message>
        <location filename="../manuskript/ui/tools/targets_ui.py" line="131"/>
        <source>Project Targets</source>
        <translation>プロジェクトの目標</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/targets_ui.py" line="132"/>
        <source>Draft Target</source>
        <translation>原稿の目標</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/targets_ui.py" line="139"/>
        <source>0</source>
        <translation type="unfinished">0</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/targets_ui.py" line="140"/>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/targets_ui.py" line="135"/>
        <source>10,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/targets_ui.py" line="136"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/targets_ui.py" line="137"/>
        <source>Session Target</source>
        <translation>セッションの目標</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/targets_ui.py" line="138"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/tools/targets_ui.py" line="141"/>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textEditView</name>
    <message>
        <location filename="../manuskript/ui/views/textEditView.py" line="334"/>
        <source>Various</source>
        <translation>雑多</translation>
    </message>
</context>
<context>
    <name>textFormat</name>
    <message>
        <location filename="../manuskript/ui/editors/textFormat_ui.py" line="90"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/textFormat.py" line="18"/>
        <source>CTRL+B</source>
        <translation>CTRL+B</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/textFormat.py" line="19"/>
        <source>CTRL+I</source>
        <translation>CTRL+I</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/textFormat.py" line="20"/>
        <source>CTRL+U</source>
        <translation>CTRL+U</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/textFormat.py" line="21"/>
        <source>CTRL+P</source>
        <translation>CTRL+P</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/textFormat.py" line="22"/>
        <source>CTRL+L</source>
        <translation>CTRL+L</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/textFormat.py" line="23"/>
        <source>CTRL+E</source>
        <translation>CTRL+E</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/textFormat.py" line="24"/>
        <source>CTRL+R</source>
        <translation>CTRL+R</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/editors/textFormat.py" line="25"/>
        <source>CTRL+J</source>
        <translation>CTRL+J</translation>
    </message>
</context>
<context>
    <name>treeView</name>
    <message>
        <location filename="../manuskript/ui/views/treeView.py" line="48"/>
        <source>Expand {}</source>
        <translation>展開 {}</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/treeView.py" line="52"/>
        <source>Collapse {}</source>
        <translation>折り畳む {}</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/treeView.py" line="59"/>
        <source>Expand All</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/views/treeView.py" line="63"/>
        <source>Collapse All</source>
        <translation>すべて折り畳む</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <location filename="../manuskript/ui/welcome_ui.py" line="126"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome_ui.py" line="127"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome_ui.py" line="130"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome_ui.py" line="131"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="225"/>
        <source>Novel</source>
        <translation>小説</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="230"/>
        <source>Novella</source>
        <translation>中編小説</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="235"/>
        <source>Short Story</source>
        <translation>短編小説</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="247"/>
        <source>Research paper</source>
        <translation>研究論文</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="429"/>
        <source>Demo projects</source>
        <translation>デモプロジェクト</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome_ui.py" line="138"/>
        <source>Add level</source>
        <translation>レベルを追加</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome_ui.py" line="139"/>
        <source>Add word count</source>
        <translation>増加した単語数</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome_ui.py" line="140"/>
        <source>Next time, automatically open last project</source>
        <translation>次回起動時は、前回終了時に開いていたプロジェクトを自動的に開く</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome_ui.py" line="141"/>
        <source>Open...</source>
        <translation>開く...</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome_ui.py" line="142"/>
        <source>Recent</source>
        <translation>最近使った</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome_ui.py" line="143"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="158"/>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="158"/>
        <source>Manuskript project (*.msk);;All files (*)</source>
        <translation>Manuskript プロジェクト (*.msk);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="172"/>
        <source>Save project as...</source>
        <translation>名前を付けてプロジェクトを保存...</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="196"/>
        <source>Manuskript project (*.msk)</source>
        <translation>Manuskript プロジェクト (*.msk)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="188"/>
        <source>Manuskript</source>
        <translation>Manuskript</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="196"/>
        <source>Create New Project</source>
        <translation>新しいプロジェクトを作成する</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="208"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="208"/>
        <source>Overwrite existing project {} ?</source>
        <translation>既存のプロジェクト {} を上書きしますか？</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="224"/>
        <source>Empty fiction</source>
        <translation>空のフィクション</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="459"/>
        <source>Chapter</source>
        <translation>チャプター</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="460"/>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="239"/>
        <source>Trilogy</source>
        <translation>三部作</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="239"/>
        <source>Book</source>
        <translation>本</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="247"/>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="246"/>
        <source>Empty non-fiction</source>
        <translation>空のノンフィクション</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="309"/>
        <source>words each.</source>
        <translation>単語 (各項目)。</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="312"/>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="336"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="339"/>
        <source>Something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="395"/>
        <source>&lt;b&gt;Total:&lt;/b&gt; {} words (~ {} pages)</source>
        <translation>&lt;b&gt;合計：&lt;/b&gt; {} 単語 (約 {} ページ)</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="416"/>
        <source>Fiction</source>
        <translation>フィクション</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="422"/>
        <source>Non-fiction</source>
        <translation>ノンフィクション</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="457"/>
        <source>Idea</source>
        <translation>アイディア</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="458"/>
        <source>Note</source>
        <translation>ノート</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="461"/>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="468"/>
        <source>TODO</source>
        <translation>TODO</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="469"/>
        <source>First draft</source>
        <translation>初稿</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="470"/>
        <source>Second draft</source>
        <translation>第二稿</translation>
    </message>
    <message>
        <location filename="../manuskript/ui/welcome.py" line="471"/>
        <source>Final</source>
        <translation>決定稿</translation>
    </message>
</context>
<context>
    <name>worldModel</name>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="136"/>
        <source>New item</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>Fantasy world building</source>
        <translation>空想の世界を築く</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>Physical</source>
        <translation>自然</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>Climate</source>
        <translation>気候</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>Topography</source>
        <translation>地形</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>Astronomy</source>
        <translation>天文</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>Wild life</source>
        <translation>野生動物</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>Flora</source>
        <translation>植物</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>History</source>
        <translation>歴史</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>Races</source>
        <translation>人種・民族・種族</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>Diseases</source>
        <translation>病気</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Cultural</source>
        <translation>文化</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Customs</source>
        <translation>風習</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Food</source>
        <translation>食</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Education</source>
        <translation>学問</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Dresses</source>
        <translation>服装</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Science</source>
        <translation>科学</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Calendar</source>
        <translation>暦</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Bodily language</source>
        <translation>身体言語</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Ethics</source>
        <translation>倫理</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Government</source>
        <translation>統治体</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Politics</source>
        <translation>政治</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Gender roles</source>
        <translation>性別による役割</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Music and arts</source>
        <translation>音楽と芸術</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Architecture</source>
        <translation>建築術</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Military</source>
        <translation>軍事</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Technology</source>
        <translation>技術</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Courtship</source>
        <translation>求婚</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Demography</source>
        <translation>人口統計</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Transportation</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="262"/>
        <source>Medicine</source>
        <translation>医療</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="285"/>
        <source>Magic system</source>
        <translation>魔術体系</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="285"/>
        <source>Rules</source>
        <translation>規則・規範</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="285"/>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="285"/>
        <source>Magical objects</source>
        <translation>魔術道具</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="285"/>
        <source>Magical places</source>
        <translation>魔術の場所</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="285"/>
        <source>Magical races</source>
        <translation>魔術による品種</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="292"/>
        <source>Important places</source>
        <translation>重要な場所</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="293"/>
        <source>Important objects</source>
        <translation>重要な道具</translation>
    </message>
    <message>
        <location filename="../manuskript/models/worldModel.py" line="251"/>
        <source>Natural resources</source>
        <translation>天然資源</translation>
    </message>
</context>
</TS>
