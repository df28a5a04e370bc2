<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.0" language="ja_JP">
<defaultcodec>UTF-8</defaultcodec>
<context>
    <name>CardDeckStyleReader</name>
    <message>
        <location filename="../src/gui/qt/styles/carddeckstylereader.cpp" line="68"/>
        <location filename="../src/gui/qt/styles/carddeckstylereader.cpp" line="123"/>
        <location filename="../src/gui/qt/styles/carddeckstylereader.cpp" line="132"/>
        <location filename="../src/gui/qt/styles/carddeckstylereader.cpp" line="145"/>
        <location filename="../src/gui/qt/styles/carddeckstylereader.cpp" line="156"/>
        <source>Card Deck Style Error</source>
        <translation>カードデッキスタイルエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/carddeckstylereader.cpp" line="124"/>
        <source>Selected card deck style &quot;%1&quot; seems to be outdated. 
 The current PokerTH card deck style version is &quot;%2&quot;, but this style has version &quot;%3&quot; set. 

Please contact the card deck style builder %4.</source>
        <translation>選択されたカードデッキスタイル &quot;%1&quot; はバージョンが正しくない可能性があります。
実行中の PokerTH カードデッキスタイルのバージョンは &quot;%2&quot; ですが、このスタイルは &quot;%3&quot; バージョンです。

カードデッキスタイルの作者 %4 に確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/carddeckstylereader.cpp" line="146"/>
        <source>Selected card deck style &quot;%1&quot; seems to be incomplete or defective. 

The value(s) of &quot;%2&quot; is/are missing. 

Please contact the card deck style builder %3.</source>
        <translation>選択されたカードデッキスタイル &quot;%1&quot; に不備がある可能性があります。

&quot;%2&quot; が見つかりません。

カードデッキスタイルの作者 %3 に確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/carddeckstylereader.cpp" line="133"/>
        <source>Cannot load card deck style file: %1 

Please check the style file or choose another style!</source>
        <translation>カードデッキスタイル &quot;%1&quot; は読み込むことができません。

スタイルファイルを確認するか別のスタイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/carddeckstylereader.cpp" line="157"/>
        <source>Selected card deck style &quot;%1&quot; seems to be incomplete or defective. 
The card picture(s) &quot;%2&quot; is/are not available. 

Please contact the card deck style builder %3.</source>
        <translation>選択されたカードデッキスタイル &quot;%1&quot; に不備がある可能性があります。
カード画像 &quot;%2&quot; が見つかりません。

カードデッキスタイルの作者 %3 に確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/carddeckstylereader.cpp" line="69"/>
        <source>A game table style was selected instead of a card deck style.
Please select a card deck style and try again!</source>
        <translation>カードデッキスタイルではなくテーブルスタイルが選択されています。
カードデッキスタイルを選択しなおして下さい。</translation>
    </message>
</context>
<context>
    <name>GameTableStyleReader</name>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="102"/>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="632"/>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="1010"/>
        <source>Game Table Style Error</source>
        <translation>ゲームテーブルスタイルエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="660"/>
        <source>Selected game table style &quot;%1&quot; seems to be incomplete or defective. 

The value(s) of: 
%2 
is/are missing. 

Anyway you can play with this style, because the missing content will be filled up by PokerTH default style. 

Please contact the game table style builder via &quot;%3&quot;.</source>
        <translation>選択されたゲームテーブルスタイル &quot;%1&quot; に不備がある可能性があります。

&quot;%2&quot; が見つかりません。

見つからないデータはデフォルトスタイルより補完されるため、このままでも遊ぶことが出来ます。

ゲームテーブルスタイルの作者に %3 より確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="660"/>
        <source>Game Table Style Error - Fields content missing</source>
        <translation>ゲームテーブルスタイルエラー - フィールドコンテンツが見つかりません</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="674"/>
        <source>One or more pictures from current game table style &quot;%1&quot; were not found: 

%2 

Anyway you can play with this style, because the missing content will be filled up by PokerTH default style. 

Please contact the game table style builder via &quot;%3&quot;.</source>
        <translation>一つ、またはそれ以上の画像ゲームテーブルスタイル &quot;%1&quot; より見つかりませんでした：

%2 

見つからないデータはデフォルトスタイルより補完されるため、このままでも遊ぶことが出来ます。

ゲームテーブルスタイルの作者に %3 より確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="674"/>
        <source>Game Table Style Error - Pictures missing</source>
        <translation>ゲームテーブルスタイルエラー - 画像が見つかりません</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="686"/>
        <source>Selected game table style &quot;%1&quot; seems to be outdated. 
The current PokerTH game table style version is &quot;%2&quot;, but this style has version &quot;%3&quot; set. 

Anyway you can play with this style, because the missing content will be filled up by PokerTH default style. 

Please contact the game table style builder  via &quot;%4&quot;.</source>
        <translation>選択されたゲームテーブルスタイル &quot;%1&quot; はバージョンが正しくない可能性があります。
実行中の PokerTH ゲームテーブルスタイルのバージョンは &quot;%2&quot; ですが、このスタイルは &quot;%3&quot; バージョンです。

見つからないデータはデフォルトスタイルより補完されるため、このままでも遊ぶことが出来ます。

ゲームテーブルスタイルの作者に %4 より確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="686"/>
        <source>Game Table Style Error - Outdated</source>
        <translation>ゲームテーブルスタイルエラー - 対応外</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="1035"/>
        <source>Everything OK!</source>
        <translation>全てOK！</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="1037"/>
        <source>Some pictures are missing, please contact style maintainer for this issue.</source>
        <translation>いくつかの画像が見つかりません、ゲームテーブルスタイルの作者にこの問題を報告してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="1039"/>
        <source>Some style fields are missing, please contact style maintainer for this issue.</source>
        <translation>いくつかのフィールド見つかりません、ゲームテーブルスタイルの作者にこの問題を報告してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="1041"/>
        <source>This style is outdated, please contact style maintainer for this issue.</source>
        <translation>このスタイルは対応外です。ゲームテーブルスタイルの作者にこの問題を報告してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="633"/>
        <source>Cannot load game table style file: %1 

Please check the style file or choose another style!</source>
        <translation>テーブルスタイルファイル &quot;%1&quot; は読み込むことができません。

このスタイルファイルを確認するか、別のスタイルファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="103"/>
        <location filename="../src/gui/qt/styles/gametablestylereader.cpp" line="1011"/>
        <source>A card deck style was selected instead of a game table style.
Please select a game table style and try again!</source>
        <translation>テーブルスタイルではなくカードデッキスタイルが選択されています。
テーブルスタイルを選択しなおして下さい。</translation>
    </message>
</context>
<context>
    <name>MyAvatarLabel</name>
    <message>
        <location filename="../src/gui/qt/gametable/myavatarlabel.cpp" line="28"/>
        <source>Start vote to kick this player</source>
        <translation>このプレイヤーを kick する投票を開始</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/myavatarlabel.cpp" line="30"/>
        <source>Ignore Player</source>
        <translation>プレイヤーを無視</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/myavatarlabel.cpp" line="32"/>
        <source>Report inappropriate avatar</source>
        <translation>不適切なアバターを報告</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/myavatarlabel.cpp" line="193"/>
        <source>You will no longer receive chat messages or game invitations from this user.&lt;br&gt;Do you really want to put player &lt;b&gt;%1&lt;/b&gt; on ignore list?</source>
        <translation>以後、このプレイヤーからのチャットメッセージとゲームの招待を受けることができなくなります &lt;br&gt; 本当にプレイヤー %1 を無視リストに入れますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/myavatarlabel.cpp" line="193"/>
        <location filename="../src/gui/qt/gametable/myavatarlabel.cpp" line="219"/>
        <source>PokerTH - Question</source>
        <translation>PokerTH - 質問</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/myavatarlabel.cpp" line="220"/>
        <source>Are you sure you want to report the avatar of &quot;%1&quot; as inappropriate?</source>
        <translation>本当に %1 のアバターが不適切であることを報告しますか？</translation>
    </message>
</context>
<context>
    <name>ServerListDialog</name>
    <message>
        <location filename="../src/gui/qt/serverlistdialog.ui" line="14"/>
        <source>Server List</source>
        <translation>サーバーリスト</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/serverlistdialog.ui" line="27"/>
        <source>Server Name</source>
        <translation>サーバーネーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/serverlistdialog.ui" line="32"/>
        <source>Country/Region</source>
        <translation>国/地域</translation>
    </message>
</context>
<context>
    <name>aboutPokerth</name>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="31"/>
        <source>About</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="49"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Nimbus Sans L&apos;; font-size:8pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table border=&quot;0&quot; style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;- Poker engine for the popular &amp;quot;Texas Hold&apos;em&amp;quot; Poker&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;- Singleplayer games with up to 9 computer-opponents&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;- Multiplayer network games&lt;br /&gt;- Internet online games&lt;br /&gt;- Changeable gui with online style gallery&lt;br /&gt;- &lt;a href=&quot;http://online-ranking.pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;Online ranking website&lt;/span&gt;&lt;/a&gt; with result tables&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;© 2006-2010, FHammer, FThauer, LMay&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished">&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Nimbus Sans L&apos;; font-size:8pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table border=&quot;0&quot; style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;- 人気の &amp;quot;Texas Hold&apos;em&amp;quot; ポーカーエンジン&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;- 最大9人のコンピュータープレイヤーと対戦するシングルプレイヤーモード&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;- マルチプレイヤーネットワークゲーム&lt;br /&gt;- インターネットオンラインゲーム&lt;br /&gt;- オンラインスタイルギャラリーからテーブルやカードデザインを変更可能&lt;br /&gt;- ゲーム結果は&lt;a href=&quot;http://online-ranking.pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;オンラインランキング Web サイト&lt;/span&gt;&lt;/a&gt;対応&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;© 2006-2010, FHammer, FThauer, LMay&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="101"/>
        <source>&lt;a href=&quot;http://www.pokerth.net&quot; target=&quot;_blank&quot;&gt;http://www.pokerth.net&lt;a&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="115"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="130"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Nimbus Sans L&apos;; font-size:8pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table border=&quot;0&quot; style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Project page: &lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     &lt;a href=&quot;http://www.pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;http://www.pokerth.net&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;IRC: &lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     #pokerth (irc.freenode.net)&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Authors: &lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     Felix Hammer (&lt;a href=&quot;mailto:doitux@pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;doitux@pokerth.net&lt;/span&gt;&lt;/a&gt;)&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;          - initial idea, basic architecture, gui implementation, gui graphics editing, linux package&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     Florian Thauer (&lt;a href=&quot;mailto:floty@pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;floty@pokerth.net&lt;/span&gt;&lt;/a&gt;)&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;          - initial idea, basic architecture, engine development&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     Lothar May (&lt;a href=&quot;mailto:lotodore@pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;lotodore@pokerth.net&lt;/span&gt;&lt;/a&gt;)&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;          - basic architecture, network development, windows package, MacOS package&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     Oskar Lindqvist (&lt;a href=&quot;mailto:tranberry@pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;tranberry@pokerth.net&lt;/span&gt;&lt;/a&gt;)&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;          - initial gui graphics design&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished">&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Nimbus Sans L&apos;; font-size:8pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table border=&quot;0&quot; style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;プロジェクトページ: &lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     &lt;a href=&quot;http://www.pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;http://www.pokerth.net&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;IRC: &lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     #pokerth (irc.freenode.net)&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;作者: &lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     Felix Hammer (&lt;a href=&quot;mailto:doitux@pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;doitux@pokerth.net&lt;/span&gt;&lt;/a&gt;)&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;          - initial idea, basic architecture, gui implementation, gui graphics editing, linux package&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     Florian Thauer (&lt;a href=&quot;mailto:floty@pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;floty@pokerth.net&lt;/span&gt;&lt;/a&gt;)&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;          - initial idea, basic architecture, engine development&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     Lothar May (&lt;a href=&quot;mailto:lotodore@pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;lotodore@pokerth.net&lt;/span&gt;&lt;/a&gt;)&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;          - basic architecture, network development, windows package, MacOS package&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     Oskar Lindqvist (&lt;a href=&quot;mailto:tranberry@pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;tranberry@pokerth.net&lt;/span&gt;&lt;/a&gt;)&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;          - initial gui graphics design&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="162"/>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="174"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Nimbus Sans L&apos;; font-size:8pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table border=&quot;0&quot; style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;translator name - mail address&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Nimbus Sans L&apos;; font-size:8pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table border=&quot;0&quot; style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Akicks - akicks@gmail.com&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="192"/>
        <source>Thanks to</source>
        <translation>謝辞</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="204"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Nimbus Sans L&apos;; font-size:8pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table border=&quot;0&quot; style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://commons.wikimedia.org/wiki/Main_Page&quot;&gt;&lt;span style=&quot; font-weight:600; text-decoration: underline; color:#0000ff;&quot;&gt;Wikimedia Commons&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;     - &lt;/span&gt;for different popular avatar picture resources&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Benedikt, Erhard, Felix, Florian, Linus, Lothar, Steffi, Caro&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     - for people avatar pictures&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;ZeiZei&lt;/span&gt; &lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;    - for &amp;quot;misc&amp;quot; avatar pictures&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://kde-look.org/&quot;&gt;&lt;span style=&quot; font-weight:600; text-decoration: underline; color:#0000ff;&quot;&gt;http://kde-look.org/&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     - for different gpl licensed sounds&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;doc_dos&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     - for self recorded chip sounds&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;thiger, dunkanx, BerndA, coldz&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     - for different patches&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;kraut&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;     - for internet-game-server hosting and administration&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;danuxi&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;    - for startwindow background gfx and danuxi1 table background&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;heyn&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;    - for moderating forum and organise bugtracker and feature requests&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="239"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth.ui" line="286"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>aboutPokerthImpl</name>
    <message>
        <location filename="../src/gui/qt/aboutpokerth/aboutpokerthimpl.cpp" line="59"/>
        <source>PokerTH %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/aboutpokerth/aboutpokerthimpl.cpp" line="60"/>
        <source>About PokerTH %1</source>
        <translation>PokerTH について</translation>
    </message>
</context>
<context>
    <name>changeCompleteBlindsDialog</name>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="14"/>
        <source>Change Blinds Settings</source>
        <translation>ブラインド設定の変更</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="22"/>
        <source>First small blind:</source>
        <translation>初期スモールブラインド：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="41"/>
        <source>Raise blinds:</source>
        <translation>ブラインドの上昇：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="56"/>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="86"/>
        <source>Every:</source>
        <translation>毎：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="79"/>
        <source>hands</source>
        <translation>ハンド</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="106"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="122"/>
        <source>Raise mode:</source>
        <translation>上昇設定：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="131"/>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="226"/>
        <source>Always double blinds</source>
        <translation>常にブラインドが倍増</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="141"/>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="154"/>
        <source>Manual blinds order:</source>
        <translation>手動ブラインド設定：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="168"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="195"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="217"/>
        <source>Afterwards:</source>
        <translation>オプション：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="238"/>
        <source>Always raise by:</source>
        <translation>常に上昇する額：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="252"/>
        <source>$</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog.ui" line="261"/>
        <source>Keep last blind</source>
        <translation>前回のブラインドを保持</translation>
    </message>
</context>
<context>
    <name>changeCompleteBlindsDialogImpl</name>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog/changecompleteblindsdialogimpl.cpp" line="51"/>
        <source>Manual Blinds Order</source>
        <translation>手動ブラインド設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecompleteblindsdialog/changecompleteblindsdialogimpl.cpp" line="52"/>
        <source>You cannot set more than 30 manual blinds.</source>
        <translation>30 以上のブラインドは設定できません。</translation>
    </message>
</context>
<context>
    <name>changeContentDialog</name>
    <message>
        <location filename="../src/gui/qt/changecontentdialog.ui" line="20"/>
        <source>Network Error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecontentdialog.ui" line="31"/>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecontentdialog.ui" line="46"/>
        <source>Save in configuration</source>
        <translation>設定を保存</translation>
    </message>
</context>
<context>
    <name>changeContentDialogImpl</name>
    <message>
        <location filename="../src/gui/qt/changecontentdialog/changecontentdialogimpl.cpp" line="37"/>
        <source>You cannot join Internet-Game-Lobby with &quot;Human Player&quot; as nickname.
Please choose another one.</source>
        <translation>インターネットゲームロビーにニックネーム &quot;Human Player&quot; では入室できません。
別のニックネームを使用して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecontentdialog/changecontentdialogimpl.cpp" line="38"/>
        <location filename="../src/gui/qt/changecontentdialog/changecontentdialogimpl.cpp" line="47"/>
        <location filename="../src/gui/qt/changecontentdialog/changecontentdialogimpl.cpp" line="54"/>
        <source>Nick name:</source>
        <translation>ニックネーム：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecontentdialog/changecontentdialogimpl.cpp" line="46"/>
        <source>Your player name is already used by another player.
Please choose a different name.</source>
        <translation>あなたのニックネームは既に他のプレイヤーに使用されています。
別のニックネームを使用して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecontentdialog/changecontentdialogimpl.cpp" line="53"/>
        <source>The player name is too short, too long or invalid. Please choose another one.</source>
        <translation>ニックネームが短すぎるか長すぎる、または不正です。別のニックネームを使用して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecontentdialog/changecontentdialogimpl.cpp" line="60"/>
        <source>There is already a game with your chosen game name.
Please choose another one!</source>
        <translation>選択したゲーム名は既に存在します。
別のゲーム名を使用して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecontentdialog/changecontentdialogimpl.cpp" line="67"/>
        <source>There is a forbidden word in your chosen game name.
Please choose another one!</source>
        <translation>ゲーム名の中に禁止ワードが含まれています。
別のゲーム名を使用して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/changecontentdialog/changecontentdialogimpl.cpp" line="61"/>
        <location filename="../src/gui/qt/changecontentdialog/changecontentdialogimpl.cpp" line="68"/>
        <source>Game name:</source>
        <translation>ゲーム名：</translation>
    </message>
</context>
<context>
    <name>connectToServerDialog</name>
    <message>
        <location filename="../src/gui/qt/connecttoserverdialog.ui" line="13"/>
        <source>Connect to Server</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/connecttoserverdialog.ui" line="25"/>
        <source>Connecting to Server ...</source>
        <translation>サーバーに接続中...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/connecttoserverdialog.ui" line="66"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>connectToServerDialogImpl</name>
    <message>
        <location filename="../src/gui/qt/connecttoserverdialog/connecttoserverdialogimpl.cpp" line="46"/>
        <source>Resolving address...</source>
        <translation>アドレスを解決中...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/connecttoserverdialog/connecttoserverdialogimpl.cpp" line="50"/>
        <source>Connecting to server...</source>
        <translation>サーバーに接続中...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/connecttoserverdialog/connecttoserverdialogimpl.cpp" line="52"/>
        <source>Starting session...</source>
        <translation>セッションを開始しています...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/connecttoserverdialog/connecttoserverdialogimpl.cpp" line="54"/>
        <source>Connection established!</source>
        <translation>接続が確立されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/connecttoserverdialog/connecttoserverdialogimpl.cpp" line="48"/>
        <source>Reading server list...</source>
        <translation>サーバーリストを読込中...</translation>
    </message>
</context>
<context>
    <name>createInternetGameDialog</name>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="14"/>
        <source>Create Internet Game</source>
        <translation>インターネットゲームを作成</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="20"/>
        <source>Internet Game Settings</source>
        <translation>インターネットゲーム設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="28"/>
        <source>Default game name:</source>
        <translation>初期ゲーム名：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="46"/>
        <source>Game type:</source>
        <translation>ゲームタイプ：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="60"/>
        <source>Standard</source>
        <translation>スタンダード</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="69"/>
        <source>Registered players only</source>
        <translation>登録されたプレイヤーのみ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="78"/>
        <source>Invited players only</source>
        <translation>招待されたプレイヤーのみ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="87"/>
        <source>Ranking game</source>
        <translation>ランキングゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="139"/>
        <source>Maximum number of players:</source>
        <translation>プレイヤー人数の上限：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="162"/>
        <source>Start Cash:</source>
        <translation>開始金額：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="175"/>
        <source>$</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="194"/>
        <source>Blinds</source>
        <translation>ブラインド</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="203"/>
        <source>Use saved blinds settings</source>
        <translation>保存されたブラインド設定を使用</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="213"/>
        <source>Change blinds settings ...</source>
        <translation>ブラインド設定を変更...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="229"/>
        <source>Timeout for player action:</source>
        <translation>プレイヤーアクションのタイムアウト：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="239"/>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="271"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="109"/>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="255"/>
        <source>Delay between hands:</source>
        <translation>ハンド毎のディレイ：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="311"/>
        <source>Create Game</source>
        <translation>ゲーム作成</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog.ui" line="318"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>createInternetGameDialogImpl</name>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog/createinternetgamedialogimpl.cpp" line="43"/>
        <source>&lt;i&gt;First small blind: $%1&lt;/i&gt;</source>
        <translation>&lt;i&gt;初期スモールブラインド： -$%1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog/createinternetgamedialogimpl.cpp" line="44"/>
        <source>&lt;i&gt;Double blinds every %1&apos;th hand&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1 ハンド毎にブラインドが倍増&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createinternetgamedialog/createinternetgamedialogimpl.cpp" line="89"/>
        <source>%1&apos;s game</source>
        <translation>%1 のゲーム</translation>
    </message>
</context>
<context>
    <name>createNetworkGameDialog</name>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="14"/>
        <source>Create Network Game</source>
        <translation>ネットワークゲーム作成</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="20"/>
        <source>Network Game Settings</source>
        <translation>ネットワークゲームの設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="29"/>
        <source>Maximum number of players:</source>
        <translation>プレイヤー人数の上限：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="52"/>
        <source>Start Cash:</source>
        <translation>開始金額：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="65"/>
        <source>$</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="81"/>
        <source>Blinds</source>
        <translation>ブラインド</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="90"/>
        <source>Use saved blinds settings</source>
        <translation>保存されたブラインド設定を使用</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="100"/>
        <source>Change blinds settings ...</source>
        <translation>ブラインド設定を変更...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="110"/>
        <source>Timeout for player action:</source>
        <translation>プレイヤーアクションのタイムアウト：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="120"/>
        <source>Delay between hands:</source>
        <translation>ハンド毎のディレイ：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="130"/>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="146"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="186"/>
        <source>Create Game</source>
        <translation>ゲーム作成</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/createnetworkgamedialog.ui" line="193"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>gameLobbyDialog</name>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="26"/>
        <source>Internet Game Lobby</source>
        <translation>インターネットゲームロビー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="116"/>
        <source>Game Info</source>
        <translation>ゲーム情報</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="194"/>
        <source>Game type:</source>
        <translation>ゲームタイプ：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="156"/>
        <source>Connected Players</source>
        <translation>接続中のプレイヤー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="59"/>
        <source>search for player ...</source>
        <translation>プレイヤーを検索...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="243"/>
        <source>Start Cash:</source>
        <translation>開始金額：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="269"/>
        <source>First small blind:</source>
        <translation>初期スモールブラインド：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="295"/>
        <source>Blinds raise interval:</source>
        <translation>ブラインド上昇の間隔：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="321"/>
        <source>Blinds raise mode:</source>
        <translation>ブラインド上昇設定：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="379"/>
        <source>Timeout for player action (sec):</source>
        <translation>プレイヤーアクションのタイムアウト（秒）：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="417"/>
        <source>Fill up with computer opponents</source>
        <translation>空席をコンピューターで埋める</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="478"/>
        <source>&amp;Start Game</source>
        <translation type="unfinished">ゲーム開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="523"/>
        <source>&amp;Kick Player</source>
        <translation type="unfinished">プレイヤーを kick(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="849"/>
        <source>Sort alphabetically</source>
        <translation>アルファベット順に並び替え</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="854"/>
        <source>Sort by country</source>
        <translation>国で並び替え</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="859"/>
        <source>Display idle players</source>
        <translation>待機中のプレイヤーを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="350"/>
        <source>Manual blinds list:</source>
        <translation>手動ブラインド設定リスト：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="575"/>
        <source>&amp;Leave Game</source>
        <translation type="unfinished">ゲームを離れる(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="627"/>
        <source>Join &amp;any game</source>
        <translation type="unfinished">どこかのゲームに参加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="654"/>
        <source>&amp;Create Game</source>
        <translation type="unfinished">ゲームを作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="665"/>
        <source>&amp;Join Game</source>
        <translation type="unfinished">ゲームに参加(&amp;J)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="765"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;table border=&quot;0&quot; style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://online-ranking.pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;Click here to view the online rankings&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;table border=&quot;0&quot; style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://online-ranking.pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;オンラインランキングを表示&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="67"/>
        <source>0 - No game list filter</source>
        <translation>0 - フィルターなし</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="72"/>
        <source>1 - Show open games</source>
        <translation>1 - オープンゲームを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="77"/>
        <source>2 - Show open &amp; non-full games</source>
        <translation>2 - オープン &amp; 埋まってない ゲームを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="82"/>
        <source>3 - Show open &amp; non-full &amp; non-private games</source>
        <translation>3 - オープン &amp; 埋まってない &amp; プライベートではない ゲームを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="87"/>
        <source>4 - Show open &amp; non-full &amp; private games</source>
        <translation>3 - オープン &amp; 埋まってない &amp; プライベートの ゲームを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="690"/>
        <source>Lobby-Chat</source>
        <translation>ロビーチャット</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog.ui" line="798"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://www.pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;http://www.pokerth.net&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gameLobbyDialogImpl</name>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="42"/>
        <source>Starting game. Please wait ...</source>
        <translation>ゲームを開始中。お待ち下さい...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="307"/>
        <source>Joining a private Game</source>
        <translation>プラベートゲームに参加しています</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="308"/>
        <source>You are about to join a private game. Please enter the password!</source>
        <translation>プライベートゲームに参加しようとしています。パスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="504"/>
        <source>open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="402"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="710"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1064"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1105"/>
        <source>Game Info</source>
        <translation>ゲーム情報</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="92"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="360"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="747"/>
        <source>Game</source>
        <translation>ゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="92"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="360"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="747"/>
        <source>Players</source>
        <translation>プレイヤー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="92"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="360"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="747"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="92"/>
        <source>R</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="92"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="360"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="747"/>
        <source>P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="114"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="369"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="763"/>
        <source>Available Players</source>
        <translation>有効なプレイヤー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="121"/>
        <source>Invite player</source>
        <translation>プレイヤーを招待</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="123"/>
        <source>Ignore player</source>
        <translation>プレイヤーを無視</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="125"/>
        <source>Player infos ...</source>
        <translation>プレイヤー情報...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="257"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="410"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1069"/>
        <source>Standard</source>
        <translation>スタンダード</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="262"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="415"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1074"/>
        <source>Registered players only</source>
        <translation>登録されたプレイヤーのみ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="267"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="420"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1079"/>
        <source>Invited players only</source>
        <translation>招待されたプレイヤーのみ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="272"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="425"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1084"/>
        <source>Ranking game</source>
        <translation>ランキングゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="283"/>
        <source>Connected players - max. %1</source>
        <translation type="unfinished">接続中プレイヤー - 最大 %1 人</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="360"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="747"/>
        <source>T</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="450"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1096"/>
        <source>Connected players - Max. %1</source>
        <translation type="unfinished">接続中プレイヤー - 最大 %1 人</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="500"/>
        <source>running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="612"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="774"/>
        <source>running games: %1</source>
        <translation>進行中のゲーム：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="613"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="775"/>
        <source>open games: %1</source>
        <translation>オープンゲーム：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1443"/>
        <source>Invite %1</source>
        <translation>招待 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1454"/>
        <source>Ignore %1</source>
        <translation>無視 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1526"/>
        <source>&lt;span style=&apos;color:blue;&apos;&gt;%1 has been invited to %2 by %3.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:blue;&apos;&gt;%1 は %2 に %3 によって招待されています。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1533"/>
        <source>&lt;span style=&apos;color:red;&apos;&gt;%1 has rejected the invitation to %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:red;&apos;&gt;%1 は %2 への招待を拒否しました。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1535"/>
        <source>&lt;span style=&apos;color:red;&apos;&gt;%1 cannot join %2 because he is busy.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:red;&apos;&gt;%1 は busy のため %2 に参加できません。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1589"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1600"/>
        <source>The game will start in&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; seconds.</source>
        <translation>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; 秒後にゲームが開始されます。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1492"/>
        <source>You have entered a game with type &quot;invite-only&quot;.
Feel free to invite other players by right-clicking on their nick in the available players list.</source>
        <translation>招待専用のゲームに参加しています。
右クリックでプレイヤーリストからニックネームを選択して他のプレイヤーを招待しましょう。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1511"/>
        <source>You have been invited to the game &lt;b&gt;%1&lt;/b&gt; by &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Would you like to join this game?</source>
        <translation>ゲーム &quot;&lt;b&gt;%1&lt;/b&gt;&quot; に &quot;&lt;b&gt;%2&lt;/b&gt;&quot;より招待されています。&lt;br&gt;
このゲームに参加しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1564"/>
        <source>You will no longer receive chat messages or game invitations from this user.&lt;br&gt;Do you really want to put player &lt;b&gt;%1&lt;/b&gt; on your ignore list?</source>
        <translation>以後、このプレイヤーからのチャットメッセージとゲームの招待を受けることができなくなります &lt;br&gt; 本当にプレイヤー %1 を無視リストに入れますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="623"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="773"/>
        <source>connected players: %1</source>
        <translation>接続中プレイヤー: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="715"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1110"/>
        <source>Connected players</source>
        <translation>接続中プレイヤー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1140"/>
        <source>hands</source>
        <translation>ハンド</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1141"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1143"/>
        <source>double blinds</source>
        <translation>ブラインド倍増</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1148"/>
        <source>manual blinds order</source>
        <translation>手動ブラインド設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1195"/>
        <source>Server Error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1196"/>
        <source>You should not kick yourself from this game!</source>
        <translation>自分自身をゲームから kick することはできません。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1241"/>
        <source>search for player ...</source>
        <translation>プレイヤー検索...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1428"/>
        <source>Chat is only available to registered players.</source>
        <translation>チャットは登録したプレイヤーのみ使用することができます。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1447"/>
        <source>Invite player ...</source>
        <translation>プレイヤーを招待...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1459"/>
        <source>Ignore player ...</source>
        <translation>プレイヤーを無視...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1466"/>
        <source>%1 is playing in &quot;%2&quot;.</source>
        <translation>%1 は &quot;%2&quot; でゲームしています。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1469"/>
        <source>%1 is not playing at the moment.</source>
        <translation>%1 は現在プレイ中ではありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1492"/>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1511"/>
        <source>PokerTH - Info Message</source>
        <translation>PokerTH - 情報メッセージ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gamelobbydialog/gamelobbydialogimpl.cpp" line="1564"/>
        <source>PokerTH - Question</source>
        <translation>PokerTH - 質問</translation>
    </message>
</context>
<context>
    <name>gameTable</name>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="29"/>
        <source>PokerTH 0.6-beta - The Open-Source Texas Holdem Engine</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="2778"/>
        <source>Hands</source>
        <translation>ハンド</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="2798"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3288"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3314"/>
        <source>Away</source>
        <translation>一時退席</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3323"/>
        <source>Manual Action (default)</source>
        <translation>手動での行動（デフォルト）</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3336"/>
        <source>Auto-Check / Auto-Fold</source>
        <translation>自動で Check / 自動で Fold</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3346"/>
        <source>Auto-Check / Auto-Call-Any</source>
        <translation>自動で Check / 自動で Call もする</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3471"/>
        <source>Speed:</source>
        <translation>スピード：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3639"/>
        <source>Start Local Game ...</source>
        <translation>ローカルゲームを開始...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3642"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3647"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3650"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3655"/>
        <source>About PokerTH ...</source>
        <translation>PokerTH について...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3660"/>
        <source>Settings ...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3665"/>
        <source>Create Network Game ...</source>
        <translation>ネットワークゲームを作成...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3668"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3673"/>
        <source>Join Network Game ...</source>
        <translation>ネットワークゲームに参加...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3676"/>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3685"/>
        <source>Fullscreen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3688"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3693"/>
        <source>Show/Hide Chat Window</source>
        <translation>チャットウインドウを表示 / 隠す</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3696"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3701"/>
        <location filename="../src/gui/qt/gametable.ui" line="3704"/>
        <location filename="../src/gui/qt/gametable.ui" line="3707"/>
        <source>Show/Hide Hands Window</source>
        <translation>ハンドウインドウを表示 / 隠す</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3710"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3715"/>
        <source>Show/Hide Log Window</source>
        <translation>ログウインドウを表示 / 隠す</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3718"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3723"/>
        <source>Internet Game ...</source>
        <translation>インターネットゲーム...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3726"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3731"/>
        <source>Show/Hide Away Window</source>
        <translation>一時退席ウインドウを表示 / 隠す</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3734"/>
        <source>Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="2827"/>
        <source>Kick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="2879"/>
        <source>Vote Timeout:</source>
        <translation>投票タイムアウト：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="2924"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="2937"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3367"/>
        <source>Chance</source>
        <translation>チャンス</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3743"/>
        <source>Configure PokerTH ...</source>
        <translation>PokerTH 設定...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3752"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3755"/>
        <source>Ctrl+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="2852"/>
        <source>Vote started by:</source>
        <translation>投票開始者：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3760"/>
        <source>Show/Hide Chance Window</source>
        <translation>チャンスウインドウを表示 / 隠す</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3763"/>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3618"/>
        <source>&amp;View</source>
        <translation type="unfinished">表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3630"/>
        <source>&amp;Settings</source>
        <translation type="unfinished">設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable.ui" line="3592"/>
        <source>Shortcut: &lt;Shift&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gameTableImpl</name>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="362"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2491"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2493"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2564"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2577"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2580"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2833"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2834"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="394"/>
        <source>PokerTH %1 - The Open-Source Texas Holdem Engine</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2338"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2340"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2430"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2433"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2571"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2568"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2869"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2870"/>
        <source>Lobby</source>
        <translation>ロビー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2852"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="2999"/>
        <source>Closing PokerTH during network game</source>
        <translation>ネットワークゲーム中に PokerTH を閉じる</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3000"/>
        <source>You are the hosting server. Do you want to close PokerTH anyway?</source>
        <translation>あなたはサーバーをホストしています。本当に PokerTH を閉じますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3016"/>
        <source>Really want to exit?</source>
        <translation>本当に退出しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3016"/>
        <source>PokerTH - Close Table?</source>
        <translation>PokerTH - テーブルを閉じますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3097"/>
        <source>PokerTH - Internet Game Message</source>
        <translation>PokerTH - インターネットゲームメッセージ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3097"/>
        <source>Attention! Do you really want to leave the current game
and go back to the lobby?</source>
        <translation>注意！
本当にこのゲームを離れ、ロビーに戻ってもよろしいですか？</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3428"/>
        <source>Chat is only available to registered players.</source>
        <translation>チャットは登録したプレイヤーのみ使用することができます。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3451"/>
        <source>PokerTH - Warning</source>
        <translation>PokerTH - 警告</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3452"/>
        <source>You have triggered a warning level of timeouts in a ranking game.
After %1 additional timeouts the server needs to kick you to provide a better game flow!

If you are temporarily away, you can use the &quot;away&quot; tools in the tool box on the right.</source>
        <translation>ランキングゲーム内でのタイムアウトが警告レベルに達しました。
さらに %1 回タイムアウトすると、ゲームの流れを保持するためサーバーから kick されます。

一時的な離席の場合、右ツールボックスの一時退席ツールを使用できます。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="546"/>
        <source>Chance</source>
        <translation>チャンス</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3121"/>
        <source>Kick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3150"/>
        <source>Do you want to kick &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;from this game?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;をこのゲームから kick しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3201"/>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3203"/>
        <source>&lt;b&gt;%1&lt;/b&gt; secs left</source>
        <translation>残り &lt;b&gt;%1&lt;/b&gt; 秒</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3209"/>
        <source>vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3210"/>
        <source>votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3214"/>
        <source>Player &lt;b&gt;%1&lt;/b&gt; has &lt;b&gt;%2&lt;/b&gt; %3&lt;br&gt;against him. &lt;b&gt;%4&lt;/b&gt; vote(s) needed to kick.</source>
        <translatorcomment>I dont know what %1-%4 will display...</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/gametable/gametableimpl.cpp" line="3217"/>
        <source>You have &lt;b&gt;%1&lt;/b&gt; %2 against you.&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; vote(s) needed to kick.</source>
        <translatorcomment>I dont know what %1-%4 will display...</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>internetGameLoginDialog</name>
    <message>
        <location filename="../src/gui/qt/internetgamelogindialog.ui" line="14"/>
        <source>Internet Game Login</source>
        <translation>インターネットゲームにログイン</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/internetgamelogindialog.ui" line="20"/>
        <source>Registered user</source>
        <translation>登録ユーザー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/internetgamelogindialog.ui" line="29"/>
        <source>Username:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/internetgamelogindialog.ui" line="39"/>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/internetgamelogindialog.ui" line="53"/>
        <source>Remember password (not recommended)</source>
        <translation>パスワードを記憶（非推奨）</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/internetgamelogindialog.ui" line="63"/>
        <source>Login as guest</source>
        <translation>ゲストとしてログイン</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/internetgamelogindialog.ui" line="85"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/internetgamelogindialog.ui" line="92"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/internetgamelogindialog.ui" line="101"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;table style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://create-gaming-account.pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;Create new user account&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;table style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://create-gaming-account.pokerth.net&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;新規ユーザーアカウントを作成&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>joinNetworkGameDialog</name>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="14"/>
        <source>Join Network Game</source>
        <translation>ネットワークゲームに参加</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="69"/>
        <source>Connect to Network Game</source>
        <translation>ネットワークゲームに接続</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="222"/>
        <source>Server Profiles</source>
        <translation>サーバープロファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="253"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="258"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="263"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="268"/>
        <source>IPv6</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="273"/>
        <source>SCTP</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="289"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="296"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="187"/>
        <source>Use SCTP</source>
        <translation>SCTP を使用</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="194"/>
        <source>&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-weight:400; font-style:normal; text-decoration:none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;  &lt;a href=&quot;http://en.wikipedia.org/wiki/Stream_Control_Transmission_Protocol&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;What is this?&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-weight:400; font-style:normal; text-decoration:none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;  &lt;a href=&quot;http://ja.wikipedia.org/wiki/SCTP&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;SCTPとは？&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="144"/>
        <source>Use IPv6</source>
        <translation>IPv6 を使用</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="151"/>
        <source>&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-weight:400; font-style:normal; text-decoration:none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;   &lt;a href=&quot;http://en.wikipedia.org/wiki/Ipv6&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;What is this?&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-weight:400; font-style:normal; text-decoration:none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;   &lt;a href=&quot;http://ja.wikipedia.org/wiki/IPv6&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;IPv6とは？&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="111"/>
        <source>Port:</source>
        <translation>ポート：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="98"/>
        <source>IP Address / Domain Name:</source>
        <translation>IP アドレス / ドメイン名</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="77"/>
        <source>Profile Name:</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="87"/>
        <source>myServerProfile1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="53"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog.ui" line="60"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>joinNetworkGameDialogImpl</name>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="120"/>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="165"/>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="191"/>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="258"/>
        <source>Load Server-Profile-File Error</source>
        <translation>サーバープロファイルの読み込みエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="121"/>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="166"/>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="192"/>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="259"/>
        <source>Could not load server-profiles-file:
</source>
        <translation>サーバープロファイルファイルが読み込めませんでした：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="204"/>
        <source>Save Server Profile Error</source>
        <translation>サーバープロファイルの保存エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="205"/>
        <source>A profile with the name: %1 already exists.
Would you like to overwrite ?</source>
        <translation>&quot;%1&quot;という名前のプロファイルが既に存在します。
上書きしますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="243"/>
        <source>Read Server-Profile List Error</source>
        <translation>サーバープロファイルリストの読み込みエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="244"/>
        <source>Could not read server-profiles list</source>
        <translation>サーバープロファイルリストを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="247"/>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="269"/>
        <source>Save Server-Profile-File Error</source>
        <translation>サーバープロファイルファイルの保存エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="248"/>
        <location filename="../src/gui/qt/joinnetworkgamedialog/joinnetworkgamedialogimpl.cpp" line="270"/>
        <source>Could not save server-profiles-file:
</source>
        <translation>サーバープロファイルファイルを保存できませんでした：</translation>
    </message>
</context>
<context>
    <name>manualBlindsOrderDialog</name>
    <message>
        <location filename="../src/gui/qt/manualblindsorderdialog.ui" line="14"/>
        <source>Manual Blinds Order</source>
        <translation>手動ブラインド設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/manualblindsorderdialog.ui" line="28"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/manualblindsorderdialog.ui" line="48"/>
        <location filename="../src/gui/qt/manualblindsorderdialog.ui" line="104"/>
        <source>$</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/manualblindsorderdialog.ui" line="64"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/manualblindsorderdialog.ui" line="73"/>
        <source>Afterwards:</source>
        <translation>オプション：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/manualblindsorderdialog.ui" line="85"/>
        <source>Always double blinds</source>
        <translation>常にブラインドが倍増</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/manualblindsorderdialog.ui" line="97"/>
        <source>Always raise by:</source>
        <translation>常に上昇する額：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/manualblindsorderdialog.ui" line="122"/>
        <source>Keep last blind</source>
        <translation>前回のブラインドを保持</translation>
    </message>
</context>
<context>
    <name>manualBlindsOrderDialogImpl</name>
    <message>
        <location filename="../src/gui/qt/settingsdialog/manualblindsorderdialog/manualblindsorderdialogimpl.cpp" line="49"/>
        <source>Manual Blinds Order</source>
        <translation>手動ブラインド設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/manualblindsorderdialog/manualblindsorderdialogimpl.cpp" line="50"/>
        <source>You cannot set more than 30 manual blinds.</source>
        <translation>30 以上のブラインドは設定できません。</translation>
    </message>
</context>
<context>
    <name>myMessageDialog</name>
    <message>
        <location filename="../src/gui/qt/mymessagedialog.ui" line="20"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/mymessagedialog.ui" line="41"/>
        <source>MessageText</source>
        <translation>メッセージテキスト</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/mymessagedialog.ui" line="64"/>
        <source>Do not show this message again.</source>
        <translation>このメッセージを再度表示しない</translation>
    </message>
</context>
<context>
    <name>newGameDialog</name>
    <message>
        <location filename="../src/gui/qt/newgamedialog.ui" line="14"/>
        <source>Start Local Game</source>
        <translation>ローカルゲームを開始</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/newgamedialog.ui" line="20"/>
        <source>Local Game Settings</source>
        <translation>ローカルゲーム設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/newgamedialog.ui" line="26"/>
        <source>Number of players:</source>
        <translation>プレイヤー数：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/newgamedialog.ui" line="49"/>
        <source>Start Cash:</source>
        <translation>開始金額：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/newgamedialog.ui" line="59"/>
        <source>$</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/newgamedialog.ui" line="78"/>
        <source>Blinds</source>
        <translation>ブラインド</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/newgamedialog.ui" line="87"/>
        <source>Use saved blinds settings</source>
        <translation>保存されたブラインド設定を使用</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/newgamedialog.ui" line="97"/>
        <source>Change blinds settings ...</source>
        <translation>ブラインド設定を変更...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/newgamedialog.ui" line="107"/>
        <source>Game Speed:</source>
        <translation>ゲームスピード：</translation>
    </message>
</context>
<context>
    <name>selectAvatarDialog</name>
    <message>
        <location filename="../src/gui/qt/selectavatardialog.ui" line="31"/>
        <source>Please select an avatar</source>
        <translation>アバターを選択してください</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/selectavatardialog.ui" line="37"/>
        <source>Select an avatar</source>
        <translation>アバターを選択</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/selectavatardialog.ui" line="50"/>
        <source>People</source>
        <translation>人々</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/selectavatardialog.ui" line="55"/>
        <source>Miscellaneous</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/selectavatardialog.ui" line="69"/>
        <source>Load avatar from external file</source>
        <translation>外部ファイルからアバターを読み込む</translation>
    </message>
</context>
<context>
    <name>selectAvatarDialogImpl</name>
    <message>
        <location filename="../src/gui/qt/settingsdialog/selectavatardialog/selectavatardialogimpl.cpp" line="229"/>
        <location filename="../src/gui/qt/settingsdialog/selectavatardialog/selectavatardialogimpl.cpp" line="245"/>
        <location filename="../src/gui/qt/settingsdialog/selectavatardialog/selectavatardialogimpl.cpp" line="254"/>
        <source>Avatar File Error</source>
        <translation>アバターファイルエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/selectavatardialog/selectavatardialogimpl.cpp" line="230"/>
        <source>Please select an avatar from the list!</source>
        <translation>アバターをリストから選択して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/selectavatardialog/selectavatardialogimpl.cpp" line="246"/>
        <source>The file size of the chosen picture is too big. (max. 30KB)
Please choose a smaller picture!</source>
        <translation>選択された画像のファイルサイズが大きすぎます (最大 30KB)
小さい画像を選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/selectavatardialog/selectavatardialogimpl.cpp" line="255"/>
        <source>The entered avatar picture doesn&apos;t exist.
Please enter an valid picture!</source>
        <translation>入力されたアバター画像が存在しません。
正しい画像を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/selectavatardialog/selectavatardialogimpl.cpp" line="272"/>
        <source>Select external avatar picture</source>
        <translation>外部アバター画像を選択</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/selectavatardialog/selectavatardialogimpl.cpp" line="272"/>
        <source>Images (*.png *.jpg *.gif)</source>
        <translation>画像 (*.png *.jpg *.gif)</translation>
    </message>
</context>
<context>
    <name>settingsDialog</name>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="20"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="53"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="138"/>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="154"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="191"/>
        <source>Show fade-out animation for non-winning cards</source>
        <translation>負けたカードにフェードアウト効果を適用する</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="233"/>
        <source>Show flip-card animation</source>
        <translation>カードめくり効果を適用する</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="205"/>
        <source>Show buttons for small blind and big blind</source>
        <translation>スモールブラインドとビッグブラインドのボタンを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="226"/>
        <source>Show own cards only on mouse click</source>
        <translation>マウスクリックした時のみ自分のカードを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="198"/>
        <source>Reverse order of F-Keys (F1 - F4)</source>
        <translation>ファンクションキー (F1 - F4) の順序を入れ替える</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="256"/>
        <source>Network / Internet Game</source>
        <translation>ネットワーク / インターネットゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="262"/>
        <source>Switch keyboard focus to bet-input-field if it&apos;s your turn</source>
        <translation>自分のターンの際、bet 入力フィールドにフォーカスを合わせる</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="71"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="692"/>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="247"/>
        <source>Disable splashscreen on startup</source>
        <translation>スプラッシュスクリーンを表示しない</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="269"/>
        <source>Show country flag in the corner of avatar</source>
        <translation>アバターの端に国旗を表示する</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="317"/>
        <source>Game Table</source>
        <translation>ゲームテーブル</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="434"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="564"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="439"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="569"/>
        <source>Maintainer</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="444"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="453"/>
        <source>Card Deck</source>
        <translation>カードデッキ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="578"/>
        <source>Card Back</source>
        <translation>カード裏面</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="584"/>
        <source>Use card back from card style</source>
        <translation>カードスタイルのカード裏面デザインを使用する</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="610"/>
        <source>Use custom card back picture:</source>
        <translation>カスタムカード裏面画像を使用：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="706"/>
        <source>Play sound effects</source>
        <translation>サウンドエフェクトを使用</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="726"/>
        <source>Sound Volume:</source>
        <translation>サウンドボリューム：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="739"/>
        <source>10</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="764"/>
        <source>Sound Categories </source>
        <translation>サウンドカテゴリ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="773"/>
        <source>Play game actions sounds like &quot;check&quot;, &quot;call&quot;, &quot;raise&quot;</source>
        <translation>&quot;check&quot;, &quot;call&quot;, &quot;raise&quot; のようなゲームアクションサウンドを鳴らす</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="780"/>
        <source>Play lobby chat notifications</source>
        <translation>ロビーチャットの通知音を鳴らす</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="787"/>
        <source>Play network/internet game notifications like &quot;player joined the game&quot;</source>
        <translation>&quot;プレイヤーが参加した&quot;のようなネットワークゲーム / インターネットゲーム通知音を鳴らす</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="823"/>
        <source>Local Game Settings</source>
        <translation>ローカルゲーム設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="839"/>
        <source>Number of players:</source>
        <translation>プレイヤー数：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="866"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1162"/>
        <source>Start Cash:</source>
        <translation>開始金額：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="876"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="906"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1172"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1202"/>
        <source>$</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="896"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1192"/>
        <source>First small blind:</source>
        <translation>初期スモールブラインド：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="923"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1225"/>
        <source>Raise blinds:</source>
        <translation>ブラインドの上昇：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="938"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="968"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1246"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1276"/>
        <source>Every:</source>
        <translation>毎：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="961"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1269"/>
        <source>hands</source>
        <translation>ハンド</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="988"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1296"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1017"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1331"/>
        <source>Raise mode:</source>
        <translation>上昇設定：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1026"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1352"/>
        <source>Always double blinds</source>
        <translation>常にブラインドが倍増</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1036"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1362"/>
        <source>Manual blinds order:</source>
        <translation>手動ブラインド設定：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1046"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1372"/>
        <source>Edit ...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1060"/>
        <source>Game Speed:</source>
        <translation>ゲームスピード：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1085"/>
        <source>Pause between hands (press &quot;start&quot; button to go on)</source>
        <translation>ハンド毎のポーズを有効化（&quot;start&quot;ボタンで続行）</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1092"/>
        <source>Show game settings dialog on every new game</source>
        <translation>ゲーム設定ダイアログを新規ゲーム毎に表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1119"/>
        <source>Network Game Settings</source>
        <translation>ネットワークゲーム設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1135"/>
        <source>Maximum number of players:</source>
        <translation>プレイヤー人数の上限：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1419"/>
        <source>Timeout for player action:</source>
        <translation>プレイヤーアクションのタイムアウト：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3473"/>
        <source>Export as html</source>
        <translation>html として書き出し</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3484"/>
        <source>Export as txt</source>
        <translation>txt として書き出し</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3495"/>
        <source>Save as ...</source>
        <translation>別名で保存...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3506"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3532"/>
        <source>Log File</source>
        <translation>ログファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1396"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1429"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1447"/>
        <source>Network Server Settings</source>
        <translation>ネットワークサーバー設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1455"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1624"/>
        <source>Server Port:</source>
        <translation>サーバーポート：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1503"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1689"/>
        <source>Use SCTP</source>
        <translation>SCTP を使用</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1486"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1659"/>
        <source>Use IPv6</source>
        <translation>IPv6 を使用</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1493"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1666"/>
        <source>&lt;a href=&quot;http://en.wikipedia.org/wiki/Ipv6&quot;&gt;What is this?&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;http://ja.wikipedia.org/wiki/IPv6&quot;&gt;IPv6とは？&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1510"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1696"/>
        <source>&lt;a href=&quot;http://en.wikipedia.org/wiki/Stream_Control_Transmission_Protocol&quot;&gt;What is this?&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;http://ja.wikipedia.org/wiki/SCTP&quot;&gt;SCTPとは？&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1543"/>
        <source>Internet Game Settings</source>
        <translation>インターネットゲーム設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1731"/>
        <source>&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot;font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-style:italic;&quot;&gt;Note: Default &lt;/span&gt;&lt;span style=&quot; font-weight:600; font-style:italic;&quot;&gt;Game Settings&lt;/span&gt;&lt;span style=&quot; font-style:italic;&quot;&gt; like &quot;Maximum number of players&quot;, &quot;Start Cash&quot; and &quot;Small Blind&quot; will be used &lt;/span&gt;&lt;span style=&quot; font-weight:600; font-style:italic;&quot;&gt;from Network Game Settings.&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot;font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-style:italic;&quot;&gt;注意:&quot;プレイヤー人数の上限&quot;, &quot;開始金額&quot;,&quot;スモールブラインド&quot;のようなデフォルトの&lt;/span&gt;&lt;span style=&quot; font-weight:600; font-style:italic;&quot;&gt;ゲーム設定&lt;/span&gt;&lt;span style=&quot; font-style:italic;&quot;&gt;は&lt;/span&gt;&lt;span style=&quot; font-weight:600; font-style:italic;&quot;&gt;ネットワークゲーム設定から適用&lt;/span&gt;&lt;span style=&quot; font-style:italic;&quot;&gt;されます。&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1607"/>
        <source>Server Address:</source>
        <translation>サーバーアドレス：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1820"/>
        <source>Use password for private game:</source>
        <translation>プライベートゲーム用のパスワード：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="2099"/>
        <source>Computer Engine</source>
        <translation>コンピューターエンジン</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="2903"/>
        <source>Opponent 6:</source>
        <translation>対戦相手 6：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="2671"/>
        <source>Opponent 5:</source>
        <translation>対戦相手 5：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="2563"/>
        <source>Opponent 4:</source>
        <translation>対戦相手 4：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="2405"/>
        <source>Opponent 3:</source>
        <translation>対戦相手 3：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="2297"/>
        <source>Opponent 2:</source>
        <translation>対戦相手 2：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="2164"/>
        <source>Opponent 1:</source>
        <translation>対戦相手 1：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3319"/>
        <source>&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot;font-weight:400; font-style:normal; text-decoration:none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-style:italic;&quot;&gt;Note: Best avatar quality with image ratio like &lt;/span&gt;&lt;span style=&quot; font-weight:600; font-style:italic;&quot;&gt;width=50, height=50.&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot;font-weight:400; font-style:normal; text-decoration:none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-style:italic;&quot;&gt;注意: 最高品質のための推奨アバター画像サイズは &lt;/span&gt;&lt;span style=&quot; font-weight:600; font-style:italic;&quot;&gt;width=50, height=50&lt;/span&gt;&lt;span style=&quot; font-style:italic;&quot;&gt; です。&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3355"/>
        <source>Enable/Disable Logging</source>
        <translation>ログを 有効化 / 無効化</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3367"/>
        <source>Store log files for</source>
        <translation>ログファイルの保存期間</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3431"/>
        <source>Log File Directory: </source>
        <translation>ログファイルのディレクトリ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3393"/>
        <source>Write log after every: </source>
        <translation>ログファイルの書込タイミング</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3413"/>
        <source>action (high frequent disc access)</source>
        <translation>アクション (ディスクアクセス頻度 - 高）</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3418"/>
        <source>hand (medium disc access)</source>
        <translation>ハンド (ディスクアクセス頻度 - 中）</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3423"/>
        <source>game (low disc access)</source>
        <translation>ゲーム (ディスクアクセス頻度 - 低）</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="116"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3546"/>
        <source>Log Messages</source>
        <translation>ログメッセージ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1932"/>
        <source>Player Nicks/Avatars</source>
        <translation>プレイヤーニックネーム / アバター</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="184"/>
        <source>Show right toolbox</source>
        <translation>右ツールボックスを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="240"/>
        <source>Show left toolbox</source>
        <translation>左ツールボックスを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1567"/>
        <source>Automatic Server Configuration URL</source>
        <translation>自動サーバー設定 URL</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1576"/>
        <source>Serverlist Address:</source>
        <translation>サーバーリストアドレス：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1595"/>
        <source>Manual Server Configuration</source>
        <translation>手動サーバー設定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3377"/>
        <source> Day(s)</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="80"/>
        <source>Local Game</source>
        <translation>ローカルゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="89"/>
        <source>Network Game</source>
        <translation>ネットワークゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="98"/>
        <source>Internet Game</source>
        <translation>インターネットゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="107"/>
        <source>Nicks/Avatars</source>
        <translation>ニックネーム / アバター</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="219"/>
        <source>Show cards chance monitor</source>
        <translation>チャンスカードモニターを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1647"/>
        <source>Avatar Server:</source>
        <translation>アバターサーバー：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="62"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="299"/>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="212"/>
        <source>Don&apos;t translate poker strings like check, call, raise from game table style</source>
        <translation>ゲームテーブルスタイルによる check, call, raise などを翻訳しない</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="325"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="461"/>
        <source>Add ...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="332"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="468"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="354"/>
        <location filename="../src/gui/qt/settingsdialog.ui" line="490"/>
        <source>Preview - Information:</source>
        <translation>プレビュー - 情報</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="395"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://gtstyles.pokerth.net/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;Get new PokerTH game table styles ...&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://gtstyles.pokerth.net/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;新しい PokerTH ゲームテーブルスタイルを入手...&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="531"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://cdstyles.pokerth.net/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;Get new PokerTH card deck styles ...&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;http://cdstyles.pokerth.net/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;新しい PokerTH カードデッキスタイルを入手...&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="649"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Nimbus Sans L&apos;; font-size:8pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-style:italic;&quot;&gt;Note: Best quality with image ratio like &lt;/span&gt;&lt;span style=&quot; font-weight:600; font-style:italic;&quot;&gt;width=48, height=76.&lt;/span&gt;&lt;/p&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Nimbus Sans L&apos;; font-size:8pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;table style=&quot;-qt-table-type: root; margin-top:4px; margin-bottom:4px; margin-left:4px; margin-right:4px;&quot;&gt;
&lt;tr&gt;
&lt;td style=&quot;border: none;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-style:italic;&quot;&gt;注意: 最高品質のための推奨画像サイズは &lt;/span&gt;&lt;span style=&quot; font-weight:600; font-style:italic;&quot;&gt;width=48, height=76&lt;/span&gt;&lt;span style=&quot; font-style:italic;&quot;&gt; です。&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1386"/>
        <source>Delay between hands:</source>
        <translation>ハンド毎のディレイ：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1561"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1725"/>
        <source>Game</source>
        <translation>ゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1746"/>
        <source>Default game name:</source>
        <translation>初期ゲーム名：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1760"/>
        <source>Default game type:</source>
        <translation>初期ゲームタイプ：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1774"/>
        <source>Standard</source>
        <translation>スタンダード</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1783"/>
        <source>Registered players only</source>
        <translation>登録プレイヤーのみ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1792"/>
        <source>Invited players only</source>
        <translation>招待されたプレイヤーのみ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1801"/>
        <source>Ranking game</source>
        <translation>ランキングゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1843"/>
        <source>Show lobby chat</source>
        <translation>ロビーチャットを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1864"/>
        <source>Ignored Players</source>
        <translation>無視プレイヤーリスト</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1883"/>
        <source>Player</source>
        <translation>プレイヤー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1891"/>
        <source>Remove Player</source>
        <translation>プレイヤーをリストから削除</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="1964"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-weight:400; font-style:normal;&quot;&gt;
&lt;p align=&quot;center&quot; style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Human Player:&lt;br /&gt;&lt;span style=&quot; font-style:italic;&quot;&gt;(This nick will also be used for the online game login)&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-weight:400; font-style:normal;&quot;&gt;
&lt;p align=&quot;center&quot; style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;自分のプレイヤー：&lt;br /&gt;&lt;span style=&quot; font-style:italic;&quot;&gt;（このニックネームはオンラインゲームでも使用されます）&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3036"/>
        <source>Opponent 7:</source>
        <translation>対戦相手 7：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3169"/>
        <source>Opponent 8:</source>
        <translation>対戦相手 8：</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog.ui" line="3302"/>
        <source>Opponent 9:</source>
        <translation>対戦相手 9：</translation>
    </message>
</context>
<context>
    <name>settingsDialogImpl</name>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="574"/>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="631"/>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="689"/>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="849"/>
        <source>Settings Error</source>
        <translation>設定エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="632"/>
        <source>The entered flipside picture doesn&apos;t exist.
Please enter an valid picture!</source>
        <translation>入力されたカード裏面画像が存在しません。
正しい画像を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="690"/>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="850"/>
        <source>The log file directory doesn&apos;t exist.
Please select an valid directory!</source>
        <translation>ログファイルのディレクトリが存在しません。
正しいディレクトリを設定して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="719"/>
        <source>Language Changed</source>
        <translation>言語が設定されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="720"/>
        <source>You have changed application language to %1.
Please restart PokerTH to load new language!</source>
        <translation>アプリケーションの言語が %1 に変更されました。
PokerTH を再起動して設定を適応して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="736"/>
        <source>Select your flipside picture</source>
        <translation>カード裏面画像を選択</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="738"/>
        <source>Images (*.png *.jpg *.gif)</source>
        <translation>画像 (*.png *.jpg *.gif)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="836"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="946"/>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="957"/>
        <source>Blinds Error</source>
        <translation>ブラインドエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="947"/>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="958"/>
        <source>The first element in your manual-blinds-list 
is smaller than current first-small-blind!
This first-small-blind-value will be set to maximum allowed value.</source>
        <translation>手動ブラインドリスト内の最初の要素が
現在の最初のブラインドより小さく設定されています。
この最初のブラインドの値は最大値になります。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="575"/>
        <source>The entered server list address is not a valid URL.
Please enter a valid server list address!</source>
        <translation>入力されたサーバーリストアドレスは不正な URL です。
正しいサーバーリストアドレスを入力して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="59"/>
        <source>Afrikaans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="60"/>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="61"/>
        <source>Catalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="62"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="63"/>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="64"/>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="65"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="66"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="67"/>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="68"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="69"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="70"/>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="71"/>
        <source>Hungarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="72"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="73"/>
        <source>Lithuania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="74"/>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="75"/>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="76"/>
        <source>Portuguese-Brazilian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="77"/>
        <source>Portuguese-Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="78"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="79"/>
        <source>Slovak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="80"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="81"/>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="82"/>
        <source>Tamil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="83"/>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="997"/>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1138"/>
        <source>Maintainer Name</source>
        <translation>作者名</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="998"/>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1139"/>
        <source>Maintainer EMail</source>
        <translation>作者のE-mail</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="999"/>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1140"/>
        <source>Create Date</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1000"/>
        <source>Windows Behaviour</source>
        <translation>ウインドウの性質</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1001"/>
        <source>scaleable</source>
        <translation>可変</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1002"/>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1003"/>
        <source>Minimum Size</source>
        <translation>最小サイズ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1004"/>
        <source>Maximum Size</source>
        <translation>最大サイズ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1005"/>
        <source>Fixed Size</source>
        <translation>固定サイズ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1006"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1057"/>
        <source>Please select your game table style</source>
        <translation>ゲームテーブルスタイルを選択して下さい</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1059"/>
        <source>PokerTH game table styles (*.xml)</source>
        <translation>PokerTH ゲームテーブルスタイル (*.xml)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1072"/>
        <source>Game Table Style Error</source>
        <translation>ゲームテーブルスタイルエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1073"/>
        <source>Selected game table style file is already in the list. 
Please select another one to add!</source>
        <translation>選択されたゲームテーブルスタイルは既にリストに追加されています。
追加するには別のゲームテーブルスタイルを選択して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1097"/>
        <source>Game Table Style File Error</source>
        <translation>ゲームテーブルスタイルファイルエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1098"/>
        <source>Could not load game table style file correctly. 
Style will not be placed into list!</source>
        <translation>ゲームテーブルスタイルファイルが正しく読み込めません。
スタイルはリストに追加されませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1180"/>
        <source>Please select your card deck style</source>
        <translation>カードデッキスタイルを選択して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1182"/>
        <source>PokerTH card deck styles (*.xml)</source>
        <translation>PokerTH カードデッキスタイル (*.xml)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1195"/>
        <source>Card Deck Style Error</source>
        <translation>カードデッキスタイルエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1196"/>
        <source>Selected card deck style file is already in the list. 
Please select another one to add!</source>
        <translation>選択されたカードデッキスタイルは既にリストに追加されています。
追加するには別のカードデッキスタイルを選択して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1214"/>
        <source>Card Deck Style File Error</source>
        <translation>カードデッキスタイルファイルエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1215"/>
        <source>Could not load card deck style file correctly. 
Style will not be placed into list!</source>
        <translation>カードデッキスタイルファイルが正しく読み込めません。
スタイルはリストに追加されませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1274"/>
        <source>PokerTH - Log file</source>
        <translation>PokerTH - ログファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1275"/>
        <source>Do you really want to delete the selected log file?</source>
        <translation>本当に選択したログファイルを削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1304"/>
        <source>Save PokerTH log file</source>
        <translation>PokerTH ログファイルを保存</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/settingsdialog/settingsdialogimpl.cpp" line="1306"/>
        <source>PokerTH SQL log (*.pdb)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>startNetworkGameDialog</name>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog.ui" line="13"/>
        <source>Start Network Game</source>
        <translation>ネットワークゲームを開始</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog.ui" line="20"/>
        <source>Connected Players</source>
        <translation>接続中のプレイヤー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog.ui" line="28"/>
        <source>Fill up with computer opponents</source>
        <translation>空席をコンピューターで埋める</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog.ui" line="52"/>
        <source>Maximum number of players:</source>
        <translation>プレイヤー数の上限</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog.ui" line="59"/>
        <source>0</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog.ui" line="79"/>
        <source>Kick Player</source>
        <translation>プレイヤーを kick</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog.ui" line="88"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog.ui" line="158"/>
        <source>Start Game</source>
        <translation>ゲーム開始</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog.ui" line="165"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>startNetworkGameDialogImpl</name>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog/startnetworkgamedialogimpl.cpp" line="158"/>
        <source>Server Error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startnetworkgamedialog/startnetworkgamedialogimpl.cpp" line="159"/>
        <source>You should not kick yourself from this game!</source>
        <translation>自分自身をゲームから kick することはできません。</translation>
    </message>
</context>
<context>
    <name>startWindow</name>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="26"/>
        <source>PokerTH 0.6.3 - The Open-Source Texas Holdem Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="102"/>
        <source>&amp;2 Internet Game</source>
        <translation>&amp;2 インターネットゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="131"/>
        <source>&amp;3 Create Network Game</source>
        <translation>&amp;3 ネットワークゲームを作成</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="160"/>
        <source>&amp;4 Join Network Game</source>
        <translation>&amp;4 ネットワークゲームに参加</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="73"/>
        <source>&amp;1 Start Local Game</source>
        <translation>&amp;1 ローカルゲームを開始</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="70"/>
        <location filename="../src/gui/qt/startwindow.ui" line="99"/>
        <location filename="../src/gui/qt/startwindow.ui" line="128"/>
        <location filename="../src/gui/qt/startwindow.ui" line="157"/>
        <source>QPushButton { text-align:left; font-weight:bold; padding-left: 1px; padding-bottom: 3px; padding-top: 3px; padding-right: 3px;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="219"/>
        <source>Network Game</source>
        <translation>ネットワークゲーム</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="246"/>
        <source>Start Local Game ...</source>
        <translation>ローカルゲームを開始...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="249"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="258"/>
        <source>Internet Game ...</source>
        <translation>インターネットゲーム...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="261"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="266"/>
        <source>About PokerTH</source>
        <translation>PokerTH</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="275"/>
        <source>Configure PokerTH ...</source>
        <translation>PokerTH 設定...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="284"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="296"/>
        <source>Create Network Game ...</source>
        <translation>ネットワークゲームを作成...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="305"/>
        <source>Join Network Game ...</source>
        <translation>ネットワークゲームに参加...</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="287"/>
        <source>Ctrl+Q</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="215"/>
        <source>&amp;PokerTH</source>
        <translation type="unfinished">PokerTH(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow.ui" line="232"/>
        <source>&amp;Settings</source>
        <translation type="unfinished">環境設定(&amp;S)</translation>
    </message>
</context>
<context>
    <name>startWindowImpl</name>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="582"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="587"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="592"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="597"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="602"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="607"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="612"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="617"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="622"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="627"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="632"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="637"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="642"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="648"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="653"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="658"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="663"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="669"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="674"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="679"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="684"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="689"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="696"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="701"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="706"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="714"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="719"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="724"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="735"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="740"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="745"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="750"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="755"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="760"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="766"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="772"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="778"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="784"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="789"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="794"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="800"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="805"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="810"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="815"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="820"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="825"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="829"/>
        <source>Network Error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="583"/>
        <source>Server address was not set.</source>
        <translation>サーバーアドレスが設定されていません。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="588"/>
        <source>An invalid port was set (ports 0-1023 are not allowed).</source>
        <translation>不正なポートが設定されています（0-1023番ポートは使用できません）。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="593"/>
        <source>Could not create a socket for TCP communication.</source>
        <translation>TCP 接続のための socket が作成できません。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="598"/>
        <source>Could not set the IP address.</source>
        <translation>IP アドレスが設定されていません。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="603"/>
        <source>Could not set the port for this type of address.</source>
        <translation>このタイプのアドレスのためのポートが設定できません。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="608"/>
        <source>The server name could not be resolved.</source>
        <translation>サーバー名が解決されませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="613"/>
        <source>Bind failed - please choose a different port.</source>
        <translation>Bind 失敗 - 別のポートを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="618"/>
        <source>Internal network error: &quot;listen&quot; failed.</source>
        <translation>内部ネットワークエラー： &quot;listen&quot; 失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="623"/>
        <source>Server execution was terminated.</source>
        <translatorcomment>I dont have this kind of knowledge to translate...</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="628"/>
        <source>Could not connect to the server.</source>
        <translation>サーバーに接続できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="633"/>
        <source>Connection timed out.
Please check the server address.

If the server is behind a NAT-Router, make sure port forwarding has been set up on server side.</source>
        <translation>接続がタイムアウトしました。
サーバーアドレスを確認してください。

NAT ルーターを介して接続している場合、サーバー用にポート開放設定がされていることを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="638"/>
        <source>Internal network error: &quot;select&quot; failed.</source>
        <translation>内部ネットワークエラー： &quot;select&quot; 失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="643"/>
        <source>Internal network error: &quot;send&quot; failed.</source>
        <translation>内部ネットワークエラー： &quot;send&quot; 失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="649"/>
        <source>Connection was closed by the server.</source>
        <translation>サーバーにより接続が切断されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="654"/>
        <source>Internal network error: Duplicate TCP connection.</source>
        <translation>内部ネットワークエラー：TCP 接続の重複</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="659"/>
        <source>An invalid network packet was received.
Please make sure that all players use the same version of PokerTH.</source>
        <translation>不正なパケットを受信しました。
全てのプレイヤーが同一バージョンの PokerTH を使用していることを確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="664"/>
        <source>Internal state error.
Please make sure that all players use the same version of PokerTH.</source>
        <translation>内部状態エラー。
全てのプレイヤーが同一バージョンの PokerTH を使用していることを確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="670"/>
        <source>Invalid server list URL.
Please correct the address in the settings.</source>
        <translation>不正なサーバーリスト URL を検出しました。
設定内のアドレスを正しいものにして下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="675"/>
        <source>Could not open the server list MD5 file.
Please make sure that the server list URL is correct.</source>
        <translation>サーバーリスト MD5 ファイルを開くことができません。
サーバーリストの URL が正しいか確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="680"/>
        <source>Synchronization of the PokerTH internet server list has failed.
Please make sure that the server list URL is correct.</source>
        <translation>PokerTH サーバーリストの同期に失敗しました。
サーバーリストの URL が正しいか確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="685"/>
        <source>The PokerTH internet server list contains invalid data.
If you use a custom server list, please make sure its format is correct.</source>
        <translation>PokerTH インターネットサーバーリストに含まれるデータが不正です。
カスタムサーバーリストを使用している場合、そのフォーマットが正しいか確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="690"/>
        <source>Could not unzip the PokerTH internet server list.</source>
        <translation>PokerTH インターネットサーバーリストが展開できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="697"/>
        <source>Could not download the PokerTH internet server list.
Please make sure you are directly connected to the internet.</source>
        <translation>PokerTH インターネットサーバーリストがダウンロードできませんでした。
直接インターネットに接続されているか確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="702"/>
        <source>Could not open the target file when downloading the server list.</source>
        <translation>サーバーリストをダウンロードする際にファイルを開くことができませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="707"/>
        <source>The PokerTH server does not support this version of the game.&lt;br&gt;Please go to &lt;a href=&quot;http://www.pokerth.net/&quot; target=&quot;_blank&quot;&gt;http://www.pokerth.net&lt;/a&gt; and download the latest version.</source>
        <translation>PokerTH サーバーはお使いのバージョンをサポートしていません。&lt;br&gt;&lt;a href=&quot;http://www.pokerth.net/&quot; target=&quot;_blank&quot;&gt;http://www.pokerth.net&lt;/a&gt; より最新版をダウンロードして下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="715"/>
        <source>Sorry, this server is already full.</source>
        <translation>このサーバーは既に満員です。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="720"/>
        <source>Invalid login.
Please check your username and password.</source>
        <translation>不正なログインです。
ユーザー名とパスワードを確認して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="779"/>
        <source>Your account is blocked indefinitely.</source>
        <translatorcomment>I can&apos;t imagine the meaning of indefinitely in this situation.</translatorcomment>
        <translation type="unfinished">あなたのアカウントはおそらくブロックされています。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="811"/>
        <source>You cannot login at this time. Please try again in a few seconds.</source>
        <translation>今回ログインできません。数秒後、再度お試し下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="847"/>
        <source>You cannot join this game, because another player in that game has your network address.</source>
        <translation>別のプレイヤーが同一のネットワークアドレスを持っているため、このゲームに参加できません。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="852"/>
        <source>Your connection to the server is very slow, the game had to start without you.</source>
        <translation>サーバーへの接続が遅すぎるため、ゲームに参加できない可能性があります。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="874"/>
        <source>This game is of type invite-only. You cannot join this game without being invited.</source>
        <translation>このゲームは招待専用のため、招待無しで参加することはできません。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="900"/>
        <source>Invalid password when joining the game.
Please reenter the password and try again.</source>
        <translation>ゲームに参加するパスワードが不正です。
パスワードを再度入力してもう一度お試し下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="955"/>
        <source>The avatar report was accepted by the server. Thank you.</source>
        <translation>アバターの報告は受け付けられました。ありがとうございます。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="958"/>
        <source>This avatar was already reported by another player.</source>
        <translation>このアバターは既に他のプレイヤーに報告されています。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="961"/>
        <source>An error occurred while reporting the avatar.</source>
        <translation>アバターの報告の際、エラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="725"/>
        <source>The password is too long. Please choose another one.</source>
        <translation>パスワードが長すぎます。別のパスワードを設定して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="736"/>
        <source>The game name is either too short or too long. Please choose another one.</source>
        <translation>ゲーム名が短すぎるか長すぎます。別のゲーム名を設定して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="741"/>
        <source>The game could not be found.</source>
        <translation>ゲームが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="746"/>
        <source>The chat text is invalid.</source>
        <translation>チャット文章が不正です。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="751"/>
        <source>The server referred to an unknown player. Aborting.</source>
        <translation>サーバーが不明なプレイヤーを参照しました。終了します。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="756"/>
        <source>Internal error: The current player could not be found.</source>
        <translation>内部エラー：現在のプレイヤーが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="761"/>
        <source>Internal error: The current player is not active.</source>
        <translation>内部エラー：現在のプレイヤーはアクティブではありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="767"/>
        <source>You were kicked from the server.</source>
        <translation>サーバーから kick されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="773"/>
        <source>You were temporarily banned from the server.</source>
        <translation>サーバーから一時的に BAN されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="785"/>
        <source>Your server connection timed out due to inactivity. You are very welcome to reconnect!</source>
        <translation>あなたの接続は静止状態が続くとタイムアウトします。再接続お待ちしております。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="790"/>
        <source>The client player count is invalid.</source>
        <translation>クライアントプレイヤー計算が不正です。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="795"/>
        <source>Too many manual blinds were set. Please reconfigure the manual blinds.</source>
        <translation>手動ブラインド設定が多すぎます。手動ブラインド設定を再設定して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="801"/>
        <source>An invalid avatar file was configured. Please choose a different avatar.</source>
        <translation>不正なアバターが設定されています。別のアバターを選択して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="806"/>
        <source>The selected avatar file is too large. Please choose a different avatar.</source>
        <translation>選択されたアバターファイルが大きすぎます。別のアバターを選択して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="816"/>
        <source>An internal avatar error occured. Please report this to an admin in the lobby chat.</source>
        <translation>内部アバターエラーが発生しました。ロビーチャット内の管理者に報告して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="821"/>
        <source>Could not start game: Synchronization failed.</source>
        <translation>ゲームが開始できません： 同期失敗。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="826"/>
        <source>The server is down for maintenance. Please try again later.</source>
        <translation>メンテナンスのためサーバーがダウンしています。後ほどお試し下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="830"/>
        <source>An internal error occured.</source>
        <translation>内部エラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="846"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="851"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="856"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="862"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="868"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="873"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="894"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="899"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="904"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="909"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="916"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="928"/>
        <source>Network Notification</source>
        <translation>ネットワーク通知</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="857"/>
        <source>You were kicked from the game.</source>
        <translation>ゲームから kick されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="863"/>
        <source>Sorry, this game is already full.</source>
        <translation>このゲームは既に満員です。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="869"/>
        <source>Unable to join - the server has already started the game.</source>
        <translation>参加できません - サーバーが既にゲームを開始しています。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="895"/>
        <source>Your admin state timed out due to inactivity. Feel free to create a new game!</source>
        <translation type="unfinished">静止状態で管理者状態はタイムアウトしました。新規ゲームを作成して下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="905"/>
        <source>You cannot join this type of game as guest.</source>
        <translation>このゲームタイプにはゲストとして参加することが出来ません。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="910"/>
        <source>The settings are invalid for this type of game.</source>
        <translation>このゲームタイプの設定は不正です。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="917"/>
        <source>A new release of PokerTH is available.&lt;br&gt;Please go to &lt;a href=&quot;http://www.pokerth.net/&quot; target=&quot;_blank&quot;&gt;http://www.pokerth.net&lt;/a&gt; and download the latest version.</source>
        <translation>新しいバージョンの PokerTH がリリースされました。&lt;a href=&quot;http://www.pokerth.net/&quot; target=&quot;_blank&quot;&gt;http://www.pokerth.net&lt;/a&gt; より最新版をダウンロードして下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="929"/>
        <source>This beta release of PokerTH is outdated.&lt;br&gt;Please go to &lt;a href=&quot;http://www.pokerth.net/&quot; target=&quot;_blank&quot;&gt;http://www.pokerth.net&lt;/a&gt; and download the latest version.</source>
        <translation>このベータリリースの PokerTH は期限切れです。&lt;a href=&quot;http://www.pokerth.net/&quot; target=&quot;_blank&quot;&gt;http://www.pokerth.net&lt;/a&gt; より最新版をダウンロードして下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="942"/>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="967"/>
        <source>Server Message</source>
        <translation>サーバーメッセージ</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/startwindow/startwindowimpl.cpp" line="70"/>
        <source>PokerTH %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>timeoutMsgBoxImpl</name>
    <message>
        <location filename="../src/gui/qt/timeoutmsgbox/timeoutmsgboximpl.cpp" line="20"/>
        <source>Timeout Warning</source>
        <translation>タイムアウト警告</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/timeoutmsgbox/timeoutmsgboximpl.cpp" line="22"/>
        <source>Please click &quot;OK&quot; to stop the countdown!</source>
        <translation>カウントダウンを停止するために OK をクリックして下さい。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/timeoutmsgbox/timeoutmsgboximpl.cpp" line="51"/>
        <source>You are game-admin of an open game which will time out in %1 seconds.</source>
        <translation>あなたが管理者になっているオープンゲームは残り %1 秒でタイムアウトになります。</translation>
    </message>
    <message>
        <location filename="../src/gui/qt/timeoutmsgbox/timeoutmsgboximpl.cpp" line="54"/>
        <source>Your connection is about to time out due to inactivity in %1 seconds.</source>
        <translation type="unfinished">あなたの接続は後 %1 秒静止状態が続くとタイムアウトします。</translation>
    </message>
</context>
</TS>
