<?xml version="1.0" ?><!DOCTYPE TS><TS language="ja_JP" version="2.1">
<context>
    <name>ARMRegisters</name>
    <message>
        <location filename="../../src/citra_qt/debugger/registers.ui" line="14"/>
        <source>ARM Registers</source>
        <translation>ARMレジスタ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/registers.ui" line="25"/>
        <source>Register</source>
        <translation>レジスタ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/registers.ui" line="30"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/citra_qt/aboutdialog.ui" line="14"/>
        <source>About Citra</source>
        <translation>Citraについて</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/aboutdialog.ui" line="30"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/citra.png&quot;/&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/citra.png&quot;/&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/aboutdialog.ui" line="60"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:28pt;&quot;&gt;Citra&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:28pt;&quot;&gt;Citra&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/aboutdialog.ui" line="73"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;%1 | %2-%3 (%4)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;%1 | %2-%3 (%4)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/aboutdialog.ui" line="86"/>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:'Ubuntu'; font-size:11pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:'MS Shell Dlg 2'; font-size:12pt;&quot;&gt;Citra is a free and open source 3DS emulator licensed under GPLv2.0 or any later version.&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px; font-family:'MS Shell Dlg 2'; font-size:8pt;&quot;&gt;&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;MS Shell Dlg 2&apos;; font-size:12pt;&quot;&gt;This software should not be used to play games you have not legally obtained.&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Ubuntu&apos;; font-size:11pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;MS Shell Dlg 2&apos;; font-size:12pt;&quot;&gt;CitraはGPLv2.0またはそれ以降のバージョンでライセンスされたフリーのオープンソース3DSエミュレータです。&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot;-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px; font-family:&apos;MS Shell Dlg 2&apos;; font-size:8pt;&quot;&gt;&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;MS Shell Dlg 2&apos;; font-size:12pt;&quot;&gt;このソフトウェアは、法的に取得していないゲームをプレイする為に使用すべきではありません.&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/aboutdialog.ui" line="118"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://citra-emu.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#039be5;&quot;&gt;Website&lt;/span&gt;&lt;/a&gt; | &lt;a href=&quot;https://community.citra-emu.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#039be5;&quot;&gt;Forum&lt;/span&gt;&lt;/a&gt; | &lt;a href=&quot;https://github.com/citra-emu&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#039be5;&quot;&gt;Source Code&lt;/span&gt;&lt;/a&gt; | &lt;a href=&quot;https://github.com/citra-emu/citra/graphs/contributors&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#039be5;&quot;&gt;Contributors&lt;/span&gt;&lt;/a&gt; | &lt;a href=&quot;https://github.com/citra-emu/citra/blob/master/license.txt&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#039be5;&quot;&gt;License&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://citra-emu.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#039be5;&quot;&gt;ウェブサイト&lt;/span&gt;&lt;/a&gt; | &lt;a href=&quot;https://community.citra-emu.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#039be5;&quot;&gt;フォーラム&lt;/span&gt;&lt;/a&gt; | &lt;a href=&quot;https://github.com/citra-emu&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#039be5;&quot;&gt;ソースコード&lt;/span&gt;&lt;/a&gt; | &lt;a href=&quot;https://github.com/citra-emu/citra/graphs/contributors&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#039be5;&quot;&gt;開発チーム&lt;/span&gt;&lt;/a&gt; | &lt;a href=&quot;https://github.com/citra-emu/citra/blob/master/license.txt&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#039be5;&quot;&gt;ライセンス&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/aboutdialog.ui" line="134"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:7pt;&quot;&gt;&amp;quot;3DS&amp;quot; is a trademark of Nintendo. Citra is not affiliated with Nintendo in any way.&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:7pt;&quot;&gt;「3DS」は任天堂の商標です。Citraは任天堂と提携していません。&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>BreakPointModel</name>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="119"/>
        <source>Pica command loaded</source>
        <translation>Pica command loaded</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="121"/>
        <source>Pica command processed</source>
        <translation>Pica command processed</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="123"/>
        <source>Incoming primitive batch</source>
        <translation>Incoming primitive batch</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="125"/>
        <source>Finished primitive batch</source>
        <translation>Finished primitive batch</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="127"/>
        <source>Vertex shader invocation</source>
        <translation>Vertex shader invocation</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="129"/>
        <source>Incoming display transfer</source>
        <translation>Incoming display transfer</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="131"/>
        <source>GSP command processed</source>
        <translation>GSP command processed</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="133"/>
        <source>Buffers swapped</source>
        <translation>Buffers swapped</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="137"/>
        <source>Unknown debug context event</source>
        <translation>Unknown debug context event</translation>
    </message>
</context>
<context>
    <name>CalibrationConfigurationDialog</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="22"/>
        <source>Communicating with the server...</source>
        <translation>サーバーと通信中…</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="23"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="40"/>
        <source>Touch the top left corner &lt;br&gt;of your touchpad.</source>
        <translation>タッチパッド&lt;br&gt;の左上隅に触れてください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="43"/>
        <source>Now touch the bottom right corner &lt;br&gt;of your touchpad.</source>
        <translation>タッチパッド&lt;br&gt;の右下隅に触れてください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="46"/>
        <source>Configuration completed!</source>
        <translation>設定完了！</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="51"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ChatRoom</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.ui" line="14"/>
        <source>Room Window</source>
        <translation>ルームウィンドウ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.ui" line="40"/>
        <source>Send Chat Message</source>
        <translation>チャットメッセージを入力</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.ui" line="47"/>
        <source>Send Message</source>
        <translation>チャット送信</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="166"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="298"/>
        <source>%1 has joined</source>
        <translation>%1がチャットに参加する</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="301"/>
        <source>%1 has left</source>
        <translation>%1がチャットから抜ける</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="304"/>
        <source>%1 has been kicked</source>
        <translation>%1 は強制退出されました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="307"/>
        <source>%1 has been banned</source>
        <translation>%1 はBANされました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="310"/>
        <source>%1 has been unbanned</source>
        <translation>%1 のBANは解除されました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="428"/>
        <source>View Profile</source>
        <translation>プロフィールを見る</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="441"/>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="451"/>
        <source>Block Player</source>
        <translation>このプレイヤーをブロック</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="452"/>
        <source>When you block a player, you will no longer receive chat messages from them.&lt;br&gt;&lt;br&gt;Are you sure you would like to block %1?</source>
        <translation>ブロックすると、対象者からのチャットメッセージは受け取れなくなります。&lt;br&gt;&lt;br&gt;本当に %1 をブロックしますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="465"/>
        <source>Kick</source>
        <translation>このプレイヤーを強制退出</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="466"/>
        <source>Ban</source>
        <translation>このプレイヤーをBAN</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="470"/>
        <source>Kick Player</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="471"/>
        <source>Are you sure you would like to &lt;b&gt;kick&lt;/b&gt; %1?</source>
        <translation>本当にプレイヤー %1 を&lt;b&gt;強制退出&lt;/b&gt;させますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="479"/>
        <source>Ban Player</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="480"/>
        <source>Are you sure you would like to &lt;b&gt;kick and ban&lt;/b&gt; %1?

This would ban both their forum username and their IP address.</source>
        <translation>本当にプレイヤー %1 を&lt;b&gt;BAN&lt;/b&gt;しますか？

このBANはフォーラム上でも有効になります</translation>
    </message>
</context>
<context>
    <name>CheatDialog</name>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="23"/>
        <location filename="../../src/citra_qt/cheats.cpp" line="72"/>
        <source>Cheats</source>
        <translation>チート</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="36"/>
        <source>Title ID:</source>
        <translation>タイトルID</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="50"/>
        <source>Add Cheat</source>
        <translation>チートを追加</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="71"/>
        <source>Available Cheats:</source>
        <translation>利用可能なチート</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="105"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="110"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="131"/>
        <source>Save</source>
        <translation>セーブ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="141"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="157"/>
        <source>Name:</source>
        <translation>名:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="169"/>
        <source>Notes:</source>
        <translation>ノート</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="179"/>
        <source>Code:</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.ui" line="204"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.cpp" line="31"/>
        <source>Title ID: %1</source>
        <translation>タイトルID: %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.cpp" line="72"/>
        <source>Would you like to save the current cheat?</source>
        <translation>現在のチートを保存しますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.cpp" line="84"/>
        <location filename="../../src/citra_qt/cheats.cpp" line="88"/>
        <location filename="../../src/citra_qt/cheats.cpp" line="100"/>
        <source>Save Cheat</source>
        <translation>チートを保存</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.cpp" line="84"/>
        <source>Please enter a cheat name.</source>
        <translation>チート名を入力してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.cpp" line="88"/>
        <source>Please enter the cheat code.</source>
        <translation>コードを入力してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.cpp" line="101"/>
        <source>Cheat code line %1 is not valid.
Would you like to ignore the error and continue?</source>
        <translation>コード行 ％1 は無効です
無視して続行しますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/cheats.cpp" line="233"/>
        <location filename="../../src/citra_qt/cheats.cpp" line="236"/>
        <source>[new cheat]</source>
        <translation>[新しいチート]</translation>
    </message>
</context>
<context>
    <name>ClientRoom</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/client_room.ui" line="14"/>
        <source>Room Window</source>
        <translation>ルームウィンドウ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/client_room.ui" line="27"/>
        <source>Room Description</source>
        <translation>ルームの説明</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/client_room.ui" line="47"/>
        <source>Moderation...</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/client_room.ui" line="57"/>
        <source>Leave Room</source>
        <translation>ルームから抜ける</translation>
    </message>
</context>
<context>
    <name>ClientRoomWindow</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/client_room.cpp" line="79"/>
        <source>Connected</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/client_room.cpp" line="88"/>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/client_room.cpp" line="101"/>
        <source>%1 (%2/%3 members) - connected</source>
        <translation>%1 (%2/%3 人) - 接続中</translation>
    </message>
</context>
<context>
    <name>CompatDB</name>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="20"/>
        <source>Report Compatibility</source>
        <translation>互換性の問題を報告</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="27"/>
        <location filename="../../src/citra_qt/compatdb.ui" line="63"/>
        <source>Report Game Compatibility</source>
        <translation>ゲームの互換性の問題を報告する</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="36"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:10pt;&quot;&gt;Should you choose to submit a test case to the &lt;/span&gt;&lt;a href=&quot;https://citra-emu.org/game/&quot;&gt;&lt;span style=&quot; font-size:10pt; text-decoration: underline; color:#0000ff;&quot;&gt;Citra Compatibility List&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:10pt;&quot;&gt;, The following information will be collected and displayed on the site:&lt;/span&gt;&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Hardware Information (CPU / GPU / Operating System)&lt;/li&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Which version of Citra you are running&lt;/li&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;The connected Citra account&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:10pt;&quot;&gt;テストケースを報告すると、&lt;/span&gt;&lt;a href=&quot;https://citra-emu.org/game/&quot;&gt;&lt;span style=&quot; font-size:10pt; text-decoration: underline; color:#0000ff;&quot;&gt;Citra互換性リスト&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:10pt;&quot;&gt;に以下の情報が登録されます。&lt;/span&gt;&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;ハードウェア情報（CPU/GPU/OS）&lt;/li&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;実行しているCitraのバージョン&lt;/li&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;接続されたCitraアカウント&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="72"/>
        <source>Perfect</source>
        <translation>カンペキ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="79"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Game functions flawlessly with no audio or graphical glitches.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;音声や描画の問題が全くなく、ゲームは完璧に動作する&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="89"/>
        <source>Great </source>
        <translation>サクサク</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="96"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Game functions with minor graphical or audio glitches and is playable from start to finish. May require some workarounds.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;音声や描画に問題がある箇所があり、場合によって回避策が必要なこともあるが、基本的にはタイトルからゲームクリアまでプレイ可能&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="106"/>
        <source>Okay</source>
        <translation>ソコソコ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="113"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Game functions with major graphical or audio glitches, but game is playable from start to finish with workarounds.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;プレイに大きく影響する音声や描画の問題が見られるものの、ゲームクリアは可能&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="123"/>
        <source>Bad</source>
        <translation>ガタガタ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="130"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Game functions, but with major graphical or audio glitches. Unable to progress in specific areas due to glitches even with workarounds.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ゲームの動作、音声や描画に大きな問題があり、特定の箇所までしか進むことができない&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="140"/>
        <source>Intro/Menu</source>
        <translation>イントロ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="147"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Game is completely unplayable due to major graphical or audio glitches. Unable to progress past the Start Screen.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ゲームの動作、音声や描画に重大な問題があり、タイトルやメニュー画面より先に進むことができない&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="157"/>
        <source>Won&apos;t Boot</source>
        <translation>ダメダメ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="170"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;The game crashes when attempting to startup.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;起動時にクラッシュするためプレイ不可&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="182"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Independent of speed or performance, how well does this game play from start to finish on this version of Citra?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;エミュレーション速度以外の部分で、このゲームはどの程度動作しますか？&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.ui" line="206"/>
        <source>Thank you for your submission!</source>
        <translation>ご報告いただき、ありがとうございました！</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.cpp" line="58"/>
        <source>Submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.cpp" line="71"/>
        <source>Communication error</source>
        <translation>通信エラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.cpp" line="72"/>
        <source>An error occured while sending the Testcase</source>
        <translation>テストケースの送信中にエラーが発生しました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/compatdb.cpp" line="74"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>ConfigureAudio</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="17"/>
        <source>Audio</source>
        <translation>サウンド設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="28"/>
        <source>Emulation:</source>
        <translation>エミュレーション</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="42"/>
        <source>Output Engine</source>
        <translation>出力エンジン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="54"/>
        <source>This post-processing effect adjusts audio speed to match emulation speed and helps prevent audio stutter. This however increases audio latency.</source>
        <translation>この後処理エフェクトを有効にすると、エミュレーション速度に合わせて音声を伸長し、音声のカクつきを低減させます。ただし、レイテンシが増加します。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="57"/>
        <source>Enable audio stretching</source>
        <translation>タイムストレッチを有効化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="66"/>
        <source>Audio Device</source>
        <translation>出力デバイス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="83"/>
        <source>Volume:</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="128"/>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="143"/>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="151"/>
        <source>Input Type</source>
        <translation>入力タイプ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="159"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="164"/>
        <source>Real Device</source>
        <translation>接続されているデバイス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="169"/>
        <source>Static Noise</source>
        <translation>固定ノイズ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.ui" line="181"/>
        <source>Input Device</source>
        <translation>入力デバイス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.cpp" line="30"/>
        <source>HLE (fast)</source>
        <translation>HLE （速度重視）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.cpp" line="31"/>
        <source>LLE (accurate)</source>
        <translation>LLE （精度重視）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.cpp" line="32"/>
        <source>LLE multi-core</source>
        <translation>LLE マルチコア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.cpp" line="39"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_audio.cpp" line="114"/>
        <source>%1%</source>
        <comment>Volume percentage (e.g. 50%)</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ConfigureCamera</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="20"/>
        <source>Camera</source>
        <translation>カメラ設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="28"/>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="38"/>
        <source>Select the camera to configure</source>
        <translation>設定を行うカメラを選択してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="31"/>
        <source>Camera to configure:</source>
        <translation>設定を行うカメラ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="42"/>
        <source>Front</source>
        <translation>前面</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="47"/>
        <source>Rear</source>
        <translation>背面</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="59"/>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="69"/>
        <source>Select the camera mode (single or double)</source>
        <translation>カメラモードを選択してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="62"/>
        <source>Camera mode:</source>
        <translation>カメラモード</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="73"/>
        <source>Single (2D)</source>
        <translation>シングル (2D)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="78"/>
        <source>Double (3D)</source>
        <translation>ダブル (3D)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="90"/>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="100"/>
        <source>Select the position of camera to configure</source>
        <translation>設定するカメラの位置を選択してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="93"/>
        <source>Camera position:</source>
        <translation>カメラの位置</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="104"/>
        <source>Left</source>
        <translation>左側</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="109"/>
        <source>Right</source>
        <translation>右側</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="122"/>
        <source>Configuration</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="130"/>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="140"/>
        <source>Select where the image of the emulated camera comes from. It may be an image or a real camera.</source>
        <translation>カメラに表示する画像もしくは実際に接続されているカメラを選択</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="133"/>
        <source>Camera Image Source:</source>
        <translation>カメラに表示する画像（映像）選択</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="144"/>
        <source>Blank (blank)</source>
        <translation>空の画像 (blank)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="149"/>
        <source>Still Image (image)</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="154"/>
        <source>System Camera (qt)</source>
        <translation>接続中のカメラ (qt)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="169"/>
        <source>File:</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="179"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="193"/>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="215"/>
        <source>Select the system camera to use</source>
        <translation>使用するシステムカメラを選択</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="196"/>
        <source>Camera:</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="219"/>
        <source>&lt;Default&gt;</source>
        <translation>&lt;Default&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="234"/>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="259"/>
        <source>Select the image flip to apply</source>
        <translation>適用する効果を選択してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="237"/>
        <source>Flip:</source>
        <translation>フリップ効果</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="263"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="268"/>
        <source>Horizontal</source>
        <translation>水平</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="273"/>
        <source>Vertical</source>
        <translation>垂直</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="278"/>
        <source>Reverse</source>
        <translation>反転</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="288"/>
        <source>Select an image file every time before the camera is loaded</source>
        <translation>カメラ使用時に毎回画像選択を行います</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="291"/>
        <source>Prompt before load</source>
        <translation>プレイ中のカメラ使用時に選択する</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="301"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="313"/>
        <source>Resolution: 512*384</source>
        <translation>解像度 : 512*384</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.ui" line="323"/>
        <source>Click to preview</source>
        <translation>ここをクリックしてプレビュー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.cpp" line="189"/>
        <source>Resolution: %1*%2</source>
        <translation>解像度: %1*%2</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.cpp" line="278"/>
        <source>Supported image files (%1)</source>
        <translation>画像ファイル (%1)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_camera.cpp" line="279"/>
        <source>Open File</source>
        <translation>カメラからの画像として表示するファイルを選択</translation>
    </message>
</context>
<context>
    <name>ConfigureDebug</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_debug.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_debug.ui" line="22"/>
        <source>GDB</source>
        <translation>GDB</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_debug.ui" line="30"/>
        <source>Enable GDB Stub</source>
        <translation>GDBスタブを有効化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_debug.ui" line="50"/>
        <source>Port:</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_debug.ui" line="71"/>
        <source>Logging</source>
        <translation>ログの設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_debug.ui" line="79"/>
        <source>Global Log Filter</source>
        <translation>Global Log Filter</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_debug.ui" line="93"/>
        <source>Show Log Console (Windows Only)</source>
        <translation>ログコンソールを表示（Windowsのみ）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_debug.ui" line="100"/>
        <source>Open Log Location</source>
        <translation>ログファイルの保存先を開く</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_debug.ui" line="112"/>
        <source>Miscellaneous</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_debug.ui" line="118"/>
        <source>Enable CPU JIT</source>
        <translation>CPU JITを有効化</translation>
    </message>
</context>
<context>
    <name>ConfigureDialog</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="6"/>
        <source>Citra Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="28"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="79"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="128"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="33"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="80"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="129"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="38"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="130"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="43"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="131"/>
        <source>Hotkeys</source>
        <translation>ホットキー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="48"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="81"/>
        <source>Graphics</source>
        <translation>グラフィック</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="53"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="132"/>
        <source>Enhancements</source>
        <translation>強化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="58"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="82"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="134"/>
        <source>Audio</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="63"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="135"/>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="68"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="136"/>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="73"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="137"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure.ui" line="78"/>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="138"/>
        <source>UI</source>
        <translation>UI</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="83"/>
        <source>Controls</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_dialog.cpp" line="133"/>
        <source>Advanced</source>
        <translation>高度</translation>
    </message>
</context>
<context>
    <name>ConfigureGeneral</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="22"/>
        <source>General</source>
        <translation>基本設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="28"/>
        <source>Confirm exit while emulation is running</source>
        <translation>エミュレーション停止時に確認</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="35"/>
        <source>Pause emulation when in background</source>
        <translation>バックグラウンドでエミュレーションを一時停止する</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="42"/>
        <source>Hide mouse on inactivity</source>
        <translation>非アクティブ時にマウスを非表示にする</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="52"/>
        <source>Updates</source>
        <translation>自動更新の設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="58"/>
        <source>Check for updates on start</source>
        <translation>Citra起動時に確認</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="65"/>
        <source>Silently auto update after closing</source>
        <translation>Citra終了後に自動更新する</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="75"/>
        <source>Emulation</source>
        <translation>エミュレーション</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="82"/>
        <source>Auto-select</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="125"/>
        <source>Emulation Speed:</source>
        <translation>エミュレーション速度</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="132"/>
        <source>Use Alternate Speed:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="174"/>
        <source>Region:</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.ui" line="219"/>
        <source>Reset All Settings</source>
        <translation>すべての設定をリセット</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="30"/>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="40"/>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="45"/>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="51"/>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="56"/>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="80"/>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="85"/>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="97"/>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="102"/>
        <source>unthrottled</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="108"/>
        <source>Citra</source>
        <translation>Citra</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_general.cpp" line="109"/>
        <source>Are you sure you want to &lt;b&gt;reset your settings&lt;/b&gt; and close Citra?</source>
        <translation>すべての設定を&lt;b&gt;リセット&lt;/b&gt;してCitraを終了してもよろしいですか？</translation>
    </message>
</context>
<context>
    <name>ConfigureGraphics</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="20"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="26"/>
        <source>Renderer</source>
        <translation>グラフィックに関する設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="32"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Use OpenGL to accelerate rendering.&lt;/p&gt;&lt;p&gt;Disable to debug graphics-related problem.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;レンダリング速度を改善するためにOpenGLを使用します。&lt;/p&gt;&lt;p&gt;描画の問題をデバッグする際には無効にしてください。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="35"/>
        <source>Enable Hardware Renderer</source>
        <translation>ハードウェアレンダラーを有効化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="57"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Use OpenGL to accelerate shader emulation.&lt;/p&gt;&lt;p&gt;Requires a relatively powerful GPU for better performance.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;シェーダエミュレーション速度を改善するためにOpenGLを使用します。&lt;/p&gt;&lt;p&gt;効果を得るには比較的強力なGPUが必要です。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="60"/>
        <source>Enable Hardware Shader</source>
        <translation>ハードウェアシェーダーを有効化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="82"/>
        <source>Separable Shader (Intel GPUs only)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="89"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Correctly handle all edge cases in multiplication operation in shaders. &lt;/p&gt;&lt;p&gt;Some games requires this to be enabled for the hardware shader to render properly.&lt;/p&gt;&lt;p&gt;However this would reduce performance in most games.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;シェーダの乗算演算ですべての極端なケースを正しく扱います。&lt;/p&gt;&lt;p&gt;いくつかのゲームでハードウェアシェーダを正しくレンダリングするために必要です。&lt;/p&gt;&lt;p&gt;有効にすると多くのタイトルでパフォーマンスに影響が出る可能性があります。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="92"/>
        <source>Accurate Multiplication</source>
        <translation>Accurate Multiplication</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="105"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Use the JIT engine instead of the interpreter for software shader emulation. &lt;/p&gt;&lt;p&gt;Enable this for better performance.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ソフトウェアシェーダエミュレーションをインタプリタではなくJITで処理します。&lt;/p&gt;&lt;p&gt;有効にするとパフォーマンスが向上します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="108"/>
        <source>Enable Shader JIT</source>
        <translation>シェーダーJITを有効化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="118"/>
        <source>Advanced</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="124"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Reduce stuttering by storing and loading generated shaders to disk.&lt;/p&gt;&lt;p&gt;It cannot be used without Enable Hardware Shader or Accurate Multiplication.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="127"/>
        <source>Use Disk Shader Cache</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="134"/>
        <source>VSync prevents the screen from tearing, but some graphics cards have lower performance with VSync enabled. Keep it enabled if you don&apos;t notice a performance difference.</source>
        <translation>VSyncはティアリングを防止しますが、グラフィックカードによってはパフォーマンスが低下します。パフォーマンスに影響がないようなら有効にしてください。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.ui" line="137"/>
        <source>Enable VSync</source>
        <translation>Vsync有効</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.cpp" line="54"/>
        <source>Hardware Shader Warning</source>
        <translation>Hardware Shader Warning</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_graphics.cpp" line="55"/>
        <source>Separable Shader support is broken on macOS with Intel GPUs, and will cause graphical issues like showing a black screen.&lt;br&gt;&lt;br&gt;The option is only there for test/development purposes. If you experience graphical issues with Hardware Shader, please turn it off.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ConfigureHotkeys</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_hotkeys.ui" line="14"/>
        <source>Hotkey Settings</source>
        <translation>ホットキーのカスタマイズ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_hotkeys.ui" line="22"/>
        <source>Double-click on a binding to change it.</source>
        <translation>項目をダブルクリックして変更できます</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_hotkeys.cpp" line="20"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_hotkeys.cpp" line="20"/>
        <source>Hotkey</source>
        <translation>ホットキー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_hotkeys.cpp" line="20"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_hotkeys.cpp" line="90"/>
        <source>Conflicting Key Sequence</source>
        <translation>ホットキーの競合</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_hotkeys.cpp" line="91"/>
        <source>The entered key sequence is already assigned to another hotkey.</source>
        <translation>このキーの組み合せは他のホットキーに割り当てられています</translation>
    </message>
</context>
<context>
    <name>ConfigureInput</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="14"/>
        <source>ConfigureInput</source>
        <translation>入力の設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="22"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="45"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="52"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="59"/>
        <source>Rename</source>
        <translation>プロファイル名変更</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="70"/>
        <source>Face Buttons</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="84"/>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="102"/>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="120"/>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="138"/>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="157"/>
        <source>Directional Pad</source>
        <translation>十字ボタン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="171"/>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="381"/>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="539"/>
        <source>Up:</source>
        <translation>上:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="189"/>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="442"/>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="564"/>
        <source>Down:</source>
        <translation>下:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="207"/>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="417"/>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="521"/>
        <source>Left:</source>
        <translation>左:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="225"/>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="399"/>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="503"/>
        <source>Right:</source>
        <translation>右:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="244"/>
        <source>Misc.</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="258"/>
        <source>Start:</source>
        <translation>START:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="276"/>
        <source>Select:</source>
        <translation>SELECT:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="294"/>
        <source>Home:</source>
        <translation>HOME:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="312"/>
        <source>Circle Mod:</source>
        <translation>Circle Mod:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="330"/>
        <source>GPIO14:</source>
        <translation>GPIO14:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="348"/>
        <source>Debug:</source>
        <translation>デバッグ:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="367"/>
        <source>Circle Pad</source>
        <translation>スライドパッド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="433"/>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="555"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="409"/>
        <source>Set Analog Stick</source>
        <translation>アナログスティックを設定する</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="465"/>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="587"/>
        <source>Deadzone: 0</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="489"/>
        <source>C-Stick</source>
        <translation>Cスティック</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="611"/>
        <source>Shoulder Buttons</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="625"/>
        <source>ZR:</source>
        <translation>ZR:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="643"/>
        <source>ZL:</source>
        <translation>ZL:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="661"/>
        <source>L:</source>
        <translation>L:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="679"/>
        <source>R:</source>
        <translation>R:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="725"/>
        <source>Motion / Touch...</source>
        <translation>モーション/タッチ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="766"/>
        <source>Clear All</source>
        <translation>すべてクリア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.ui" line="794"/>
        <source>Restore Defaults</source>
        <translation>ボタン設定の初期化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="185"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="222"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="187"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="224"/>
        <source>[not set]</source>
        <translation>[未設定]</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="191"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="228"/>
        <source>Restore Default</source>
        <translation>設定の初期化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="244"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="245"/>
        <source>After pressing OK, first move your joystick horizontally, and then vertically.</source>
        <translation>OKを押してこの画面を閉じたら、まず水平方向にジョイスティックを動かし、続けて垂直方向へ動かしてください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="262"/>
        <source>Deadzone: %1%</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="266"/>
        <source>Modifier Scale: %1%</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="424"/>
        <source>Deadzone: 0%</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="434"/>
        <source>Modifier Scale: 0%</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="447"/>
        <source>[press key]</source>
        <translation>[キーを入力...]</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="494"/>
        <source>Error!</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="495"/>
        <source>You&apos;re using a key that&apos;s already bound.</source>
        <translation>このキーは他の操作に割当済です</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="516"/>
        <source>New Profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="516"/>
        <source>Enter the name for the new profile.</source>
        <translation>新しいプロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="536"/>
        <source>Delete Profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="536"/>
        <source>Delete profile %1?</source>
        <translation>プロファイル %1 を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="549"/>
        <source>Rename Profile</source>
        <translation>プロファイル名の変更</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="549"/>
        <source>New name:</source>
        <translation>新しいプロファイル名を入力</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="568"/>
        <source>Duplicate profile name</source>
        <translation>プロファイル名の競合</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="569"/>
        <source>Profile name already exists. Please choose a different name.</source>
        <translation>このプロファイル名は既に使用されています、他の名前を入力してください</translation>
    </message>
</context>
<context>
    <name>ConfigureMotionTouch</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="6"/>
        <source>Configure Motion / Touch</source>
        <translation>モーション/タッチ設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="20"/>
        <source>Motion</source>
        <translation>モーション</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="28"/>
        <source>Motion Provider:</source>
        <translation>モーション操作の提供元</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="42"/>
        <source>Sensitivity:</source>
        <translation>感度</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="76"/>
        <source>Touch</source>
        <translation>タッチ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="84"/>
        <source>Touch Provider:</source>
        <translation>タッチ操作の提供元</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="98"/>
        <source>Calibration:</source>
        <translation>キャリブレーション</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="105"/>
        <source>(100, 50) - (1800, 850)</source>
        <translation>(100, 50) - (1800, 850)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="121"/>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="154"/>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="223"/>
        <source>Configure</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="138"/>
        <source>Use button mapping:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="166"/>
        <source>CemuhookUDP Config</source>
        <translation>CemuhookUDPの設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="172"/>
        <source>You may use any Cemuhook compatible UDP input source to provide motion and touch input.</source>
        <translation>モーション操作やタッチ操作のためにCemuhook互換のUDP入力ソースを使用できます</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="187"/>
        <source>Server:</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="208"/>
        <source>Port:</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="229"/>
        <source>Pad:</source>
        <translation>パッド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="237"/>
        <source>Pad 1</source>
        <translation>パッド1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="242"/>
        <source>Pad 2</source>
        <translation>パッド2</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="247"/>
        <source>Pad 3</source>
        <translation>パッド3</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="252"/>
        <source>Pad 4</source>
        <translation>パッド4</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="264"/>
        <source>Learn More</source>
        <translation>もっと詳しく</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.ui" line="277"/>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="245"/>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="74"/>
        <source>Mouse (Right Click)</source>
        <translation>マウス（右クリック）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="75"/>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="79"/>
        <source>CemuhookUDP</source>
        <translation>CemuhookUDP</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="78"/>
        <source>Emulator Window</source>
        <translation>エミュレータウィンドウ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="93"/>
        <source>&lt;a href=&apos;https://citra-emu.org/wiki/using-a-controller-or-android-phone-for-motion-or-touch-input&apos;&gt;&lt;span style=&quot;text-decoration: underline; color:#039be5;&quot;&gt;Learn More&lt;/span&gt;&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;https://citra-emu.org/wiki/using-a-controller-or-android-phone-for-motion-or-touch-input&apos;&gt;&lt;span style=&quot;text-decoration: underline; color:#039be5;&quot;&gt;もっと詳しく&lt;/span&gt;&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="188"/>
        <source>Testing</source>
        <translation>テスト中...</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="205"/>
        <source>Configuring</source>
        <translation>設定中...</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="236"/>
        <source>Test Successful</source>
        <translation>テスト成功</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="237"/>
        <source>Successfully received data from the server.</source>
        <translation>サーバーからデータを正常に受信しました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="239"/>
        <source>Test Failed</source>
        <translation>テスト失敗</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="240"/>
        <source>Could not receive valid data from the server.&lt;br&gt;Please verify that the server is set up correctly and the address and port are correct.</source>
        <translation>サーバーから有効なデータを受信できませんでした。&lt;br&gt;サーバーが正しく設定されていることを確認した後、アドレスとポートが正しいことを確認してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="267"/>
        <source>Citra</source>
        <translation>Citra</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_motion_touch.cpp" line="268"/>
        <source>UDP Test or calibration configuration is in progress.&lt;br&gt;Please wait for them to finish.</source>
        <translation>UDPテスト中またはキャリブレーション設定中です。完了までお待ちください</translation>
    </message>
</context>
<context>
    <name>ConfigureSystem</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="22"/>
        <source>System Settings</source>
        <translation>システム設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="28"/>
        <source>Note: this can be overridden when region setting is auto-select</source>
        <translation>注：地域設定が自動選択の場合、この設定は無視されます。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="32"/>
        <source>Japanese (日本語)</source>
        <translation>日本語 (Japanese)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="37"/>
        <source>English</source>
        <translation>英語 (English)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="42"/>
        <source>French (français)</source>
        <translation>フランス語 (Français)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="47"/>
        <source>German (Deutsch)</source>
        <translation>ドイツ語 (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="52"/>
        <source>Italian (italiano)</source>
        <translation>イタリア語 (Italiano)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="57"/>
        <source>Spanish (español)</source>
        <translation>スペイン語 (Español)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="62"/>
        <source>Simplified Chinese (简体中文)</source>
        <translation>簡体字中国語 (简体中文)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="67"/>
        <source>Korean (한국어)</source>
        <translation>韓国語 (한국어)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="72"/>
        <source>Dutch (Nederlands)</source>
        <translation>オランダ語 (Nederlands)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="77"/>
        <source>Portuguese (português)</source>
        <translation>ポルトガル語 (Português)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="82"/>
        <source>Russian (Русский)</source>
        <translation>ロシア語 (Русский)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="87"/>
        <source>Traditional Chinese (正體中文)</source>
        <translation>繁体字中国語 (正體中文)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="108"/>
        <source>Username</source>
        <translation>ユーザーネーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="116"/>
        <source>Mono</source>
        <translation>モノラル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="121"/>
        <source>Stereo</source>
        <translation>ステレオ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="126"/>
        <source>Surround</source>
        <translation>サラウンド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="137"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="142"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="147"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="152"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="157"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="162"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="167"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="172"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="177"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="182"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="187"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="192"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="205"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="212"/>
        <source>Birthday</source>
        <translation>誕生日</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="219"/>
        <source>Sound output mode</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="229"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="237"/>
        <source>System Clock</source>
        <translation>システムの時刻を使用</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="242"/>
        <source>Fixed Time</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="250"/>
        <source>Clock</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="257"/>
        <source>Startup time</source>
        <translation>起動時の時刻</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="271"/>
        <source>Play Coins:</source>
        <translation>ゲームコインの枚数</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="287"/>
        <source>Regenerate</source>
        <translation>コンソールの再作成</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="294"/>
        <source>Console ID:</source>
        <translation>コンソールID:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="301"/>
        <source>yyyy-MM-ddTHH:mm:ss</source>
        <translation>yyyy-MM-dd THH:mm:ss</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="308"/>
        <source>Enable New 3DS mode</source>
        <translation>New 3DSモードを有効化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="318"/>
        <source>Advanced</source>
        <translation>高度なオプション</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="324"/>
        <source>CPU Clock Speed</source>
        <translation>CPUクロックスピード</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="331"/>
        <source>&lt;html&gt;&lt;body&gt;Changes the emulated CPU clock frequency.&lt;br&gt;Underclocking can increase performance but may cause the game to freeze.&lt;br&gt;Overclocking may reduce in game lag but also might cause freezes&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body&gt;エミュレートするCPUのクロック周波数を変更します。&lt;br&gt;周波数を下げるとパフォーマンスが向上しますが、ゲームがフリーズするかもしれません。&lt;br&gt;周波数を上げるとゲーム内での遅延が減少しますが、ゲームがフリーズするかもしれません。&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="375"/>
        <source>System settings are available only when game is not running.</source>
        <translation>ゲーム実行中にシステム設定を変更することはできません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.ui" line="385"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;CPU Clock Speed Information&lt;br/&gt;Underclocking can increase performance but may cause the game to freeze.&lt;br/&gt;Overclocking may reduce in game lag but also might cause freezes&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;CPUクロックスピード情報&lt;br/&gt;周波数を下げるとパフォーマンスが向上しますが、ゲームがフリーズするかもしれません。&lt;br/&gt;周波数を上げるとゲーム内での遅延が減少しますが、ゲームがフリーズするかもしれません。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="32"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="39"/>
        <source>Anguilla</source>
        <translation>アンギラ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="40"/>
        <source>Antigua and Barbuda</source>
        <translation>アンティグア・バーブーダ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="41"/>
        <source>Argentina</source>
        <translation>アルゼンチン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="42"/>
        <source>Aruba</source>
        <translation>アルバ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="43"/>
        <source>Bahamas</source>
        <translation>バハマ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="44"/>
        <source>Barbados</source>
        <translation>バルバドス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="45"/>
        <source>Belize</source>
        <translation>ベリーズ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="46"/>
        <source>Bolivia</source>
        <translation>ボリビア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="47"/>
        <source>Brazil</source>
        <translation>ブラジル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="48"/>
        <source>British Virgin Islands</source>
        <translation>イギリス領ヴァージン諸島</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="49"/>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="50"/>
        <source>Cayman Islands</source>
        <translation>ケイマン諸島</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="51"/>
        <source>Chile</source>
        <translation>チリ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="52"/>
        <source>Colombia</source>
        <translation>コロンビア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="53"/>
        <source>Costa Rica</source>
        <translation>コスタリカ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="54"/>
        <source>Dominica</source>
        <translation>ドミニカ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="55"/>
        <source>Dominican Republic</source>
        <translation>ドミニカ共和国</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="56"/>
        <source>Ecuador</source>
        <translation>エクアドル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="57"/>
        <source>El Salvador</source>
        <translation>エルサルバドル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="58"/>
        <source>French Guiana</source>
        <translation>フランス領ギアナ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="59"/>
        <source>Grenada</source>
        <translation>グレナダ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="60"/>
        <source>Guadeloupe</source>
        <translation>グアドループ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="61"/>
        <source>Guatemala</source>
        <translation>グアテマラ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="62"/>
        <source>Guyana</source>
        <translation>ガイアナ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="63"/>
        <source>Haiti</source>
        <translation>ハイチ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="64"/>
        <source>Honduras</source>
        <translation>ホンジュラス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="65"/>
        <source>Jamaica</source>
        <translation>ジャマイカ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="66"/>
        <source>Martinique</source>
        <translation>マルティニーク</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="67"/>
        <source>Mexico</source>
        <translation>メキシコ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="68"/>
        <source>Montserrat</source>
        <translation>モントセラト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="69"/>
        <source>Netherlands Antilles</source>
        <translation>オランダ領アンティル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="70"/>
        <source>Nicaragua</source>
        <translation>ニカラグア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="71"/>
        <source>Panama</source>
        <translation>パナマ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="72"/>
        <source>Paraguay</source>
        <translation>パラグアイ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="73"/>
        <source>Peru</source>
        <translation>ペルー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="74"/>
        <source>Saint Kitts and Nevis</source>
        <translation>セントクリストファー・ネイビス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="75"/>
        <source>Saint Lucia</source>
        <translation>セントルシア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="76"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>セントビンセント・グレナディーン諸島</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="77"/>
        <source>Suriname</source>
        <translation>スリナム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="78"/>
        <source>Trinidad and Tobago</source>
        <translation>トリニダード・トバゴ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="79"/>
        <source>Turks and Caicos Islands</source>
        <translation>タークス・カイコス諸島</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="80"/>
        <source>United States</source>
        <translation>アメリカ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="81"/>
        <source>Uruguay</source>
        <translation>ウルグアイ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="82"/>
        <source>US Virgin Islands</source>
        <translation>アメリカ領ヴァージン諸島</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="83"/>
        <source>Venezuela</source>
        <translation>ベネズエラ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="95"/>
        <source>Albania</source>
        <translation>アルバニア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="96"/>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="97"/>
        <source>Austria</source>
        <translation>オーストリア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="98"/>
        <source>Belgium</source>
        <translation>ベルギー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="99"/>
        <source>Bosnia and Herzegovina</source>
        <translation>ボスニア・ヘルツェゴビナ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="100"/>
        <source>Botswana</source>
        <translation>ボツワナ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="101"/>
        <source>Bulgaria</source>
        <translation>ブルガリア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="102"/>
        <source>Croatia</source>
        <translation>クロアチア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="103"/>
        <source>Cyprus</source>
        <translation>キプロス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="104"/>
        <source>Czech Republic</source>
        <translation>チェコ共和国</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="105"/>
        <source>Denmark</source>
        <translation>デンマーク</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="106"/>
        <source>Estonia</source>
        <translation>エストニア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="107"/>
        <source>Finland</source>
        <translation>フィンランド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="108"/>
        <source>France</source>
        <translation>フランス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="109"/>
        <source>Germany</source>
        <translation>ドイツ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="110"/>
        <source>Greece</source>
        <translation>ギリシャ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="111"/>
        <source>Hungary</source>
        <translation>ハンガリー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="112"/>
        <source>Iceland</source>
        <translation>アイスランド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="113"/>
        <source>Ireland</source>
        <translation>アイルランド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="114"/>
        <source>Italy</source>
        <translation>イタリア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="115"/>
        <source>Latvia</source>
        <translation>ラトビア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="116"/>
        <source>Lesotho</source>
        <translation>レソト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="117"/>
        <source>Liechtenstein</source>
        <translation>リヒテンシュタイン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="118"/>
        <source>Lithuania</source>
        <translation>リトアニア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="119"/>
        <source>Luxembourg</source>
        <translation>ルクセンブルク</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="120"/>
        <source>Macedonia</source>
        <translation>マケドニア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="121"/>
        <source>Malta</source>
        <translation>マルタ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="122"/>
        <source>Montenegro</source>
        <translation>モンテネグロ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="123"/>
        <source>Mozambique</source>
        <translation>モザンビーク</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="124"/>
        <source>Namibia</source>
        <translation>ナミビア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="125"/>
        <source>Netherlands</source>
        <translation>オランダ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="126"/>
        <source>New Zealand</source>
        <translation>ニュージーランド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="127"/>
        <source>Norway</source>
        <translation>ノルウェー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="128"/>
        <source>Poland</source>
        <translation>ポーランド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="129"/>
        <source>Portugal</source>
        <translation>ポルトガル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="130"/>
        <source>Romania</source>
        <translation>ルーマニア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="131"/>
        <source>Russia</source>
        <translation>ロシア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="132"/>
        <source>Serbia</source>
        <translation>セルビア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="133"/>
        <source>Slovakia</source>
        <translation>スロバキア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="134"/>
        <source>Slovenia</source>
        <translation>スロベニア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="135"/>
        <source>South Africa</source>
        <translation>南アフリカ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="136"/>
        <source>Spain</source>
        <translation>スペイン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="137"/>
        <source>Swaziland</source>
        <translation>スワジランド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="138"/>
        <source>Sweden</source>
        <translation>スウェーデン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="139"/>
        <source>Switzerland</source>
        <translation>スイス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="140"/>
        <source>Turkey</source>
        <translation>トルコ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="141"/>
        <source>United Kingdom</source>
        <translation>イギリス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="142"/>
        <source>Zambia</source>
        <translation>ザンビア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="143"/>
        <source>Zimbabwe</source>
        <translation>ジンバブエ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="144"/>
        <source>Azerbaijan</source>
        <translation>アゼルバイジャン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="145"/>
        <source>Mauritania</source>
        <translation>モーリタニア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="146"/>
        <source>Mali</source>
        <translation>マリ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="147"/>
        <source>Niger</source>
        <translation>ニジェール</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="148"/>
        <source>Chad</source>
        <translation>チャド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="149"/>
        <source>Sudan</source>
        <translation>スーダン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="150"/>
        <source>Eritrea</source>
        <translation>エリトリア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="151"/>
        <source>Djibouti</source>
        <translation>ジブチ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="152"/>
        <source>Somalia</source>
        <translation>ソマリア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="153"/>
        <source>Andorra</source>
        <translation>アンドラ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="154"/>
        <source>Gibraltar</source>
        <translation>ジブラルタル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="155"/>
        <source>Guernsey</source>
        <translation>ガーンジー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="156"/>
        <source>Isle of Man</source>
        <translation>マン島</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="157"/>
        <source>Jersey</source>
        <translation>ジャージー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="158"/>
        <source>Monaco</source>
        <translation>モナコ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="159"/>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="167"/>
        <source>South Korea</source>
        <translation>韓国</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="175"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="176"/>
        <source>Macau</source>
        <translation>マカオ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="183"/>
        <source>Indonesia</source>
        <translation>インドネシア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="184"/>
        <source>Singapore</source>
        <translation>シンガポール</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="185"/>
        <source>Thailand</source>
        <translation>タイ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="186"/>
        <source>Philippines</source>
        <translation>フィリピン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="187"/>
        <source>Malaysia</source>
        <translation>マレーシア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="191"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="199"/>
        <source>United Arab Emirates</source>
        <translation>アラブ首長国連邦</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="200"/>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="201"/>
        <source>Egypt</source>
        <translation>エジプト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="202"/>
        <source>Oman</source>
        <translation>オマーン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="203"/>
        <source>Qatar</source>
        <translation>カタール</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="204"/>
        <source>Kuwait</source>
        <translation>クウェート</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="205"/>
        <source>Saudi Arabia</source>
        <translation>サウジアラビア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="206"/>
        <source>Syria</source>
        <translation>シリア</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="207"/>
        <source>Bahrain</source>
        <translation>バーレーン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="208"/>
        <source>Jordan</source>
        <translation>ヨルダン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="215"/>
        <source>San Marino</source>
        <translation>サンマリノ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="216"/>
        <source>Vatican City</source>
        <translation>バチカン市国</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="217"/>
        <source>Bermuda</source>
        <translation>バミューダ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="320"/>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="451"/>
        <source>Console ID: 0x%1</source>
        <translation>コンソール ID: 0x%1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="437"/>
        <source>This will replace your current virtual 3DS with a new one. Your current virtual 3DS will not be recoverable. This might have unexpected effects in games. This might fail, if you use an outdated config savegame. Continue?</source>
        <translation>仮想3DSコンソールを新しく作り直します。現在使用中の仮想3DSコンソールを復元することはできず、ゲームに予期しない影響を与えることもあります。
この処理は古い設定のセーブデータが残っていると失敗する可能性があります

それでも続行しますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_system.cpp" line="441"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ConfigureTouchFromButton</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.ui" line="14"/>
        <source>Configure Touchscreen Mappings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.ui" line="22"/>
        <source>Mapping:</source>
        <translation>マッピング:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.ui" line="48"/>
        <source>New</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.ui" line="61"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.ui" line="74"/>
        <source>Rename</source>
        <translation>名前変更</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.ui" line="92"/>
        <source>Click the bottom area to add a point, then press a button to bind.
Drag points to change position, or double-click table cells to edit values.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.ui" line="116"/>
        <source>Delete Point</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="79"/>
        <source>Button</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="79"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="79"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="198"/>
        <source>New Profile</source>
        <translation>新規プロファイル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="198"/>
        <source>Enter the name for the new profile.</source>
        <translation>新規プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="209"/>
        <source>Delete Profile</source>
        <translation>プロファイル削除</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="209"/>
        <source>Delete profile %1?</source>
        <translation>プロファイル %1 を削除しますか?</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="222"/>
        <source>Rename Profile</source>
        <translation>プロファイル名の変更</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="222"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="231"/>
        <source>[press key]</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ConfigureUi</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="6"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="20"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="28"/>
        <source>Note: Changing language will apply your configuration.</source>
        <translation>注：言語を変更すると設定が適用されます。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="40"/>
        <source>Interface language:</source>
        <translation>UIの言語</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="54"/>
        <source>Theme:</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="71"/>
        <source>Game List</source>
        <translation>ゲームリスト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="81"/>
        <source>Icon Size:</source>
        <translation>アイコンサイズ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="89"/>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="159"/>
        <source>None</source>
        <translation>表示しない</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="94"/>
        <source>Small (24x24)</source>
        <translation>小（24×24）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="99"/>
        <source>Large (48x48)</source>
        <translation>大（48×48）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="111"/>
        <source>Row 1 Text:</source>
        <translation>1行目の表示項目</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="119"/>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="164"/>
        <source>File Name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="124"/>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="169"/>
        <source>Full Path</source>
        <translation>フルパス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="129"/>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="174"/>
        <source>Title Name (short)</source>
        <translation>タイトル名（短い）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="134"/>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="179"/>
        <source>Title ID</source>
        <translation>タイトルID</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="139"/>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="184"/>
        <source>Title Name (long)</source>
        <translation>タイトル名（長い）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="151"/>
        <source>Row 2 Text:</source>
        <translation>2行目の表示項目</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="194"/>
        <source>Hide Titles without Icon</source>
        <translation>アイコンのないタイトルを非表示</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.ui" line="201"/>
        <source>Single Line Mode</source>
        <translation>シングルラインモード</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.cpp" line="26"/>
        <source>&lt;System&gt;</source>
        <translation>&lt;System&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_ui.cpp" line="27"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
</context>
<context>
    <name>ConfigureWeb</name>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="22"/>
        <source>Citra Web Service</source>
        <translation>Citra Webサービス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="28"/>
        <source>By providing your username and token, you agree to allow Citra to collect additional usage data, which may include user identifying information.</source>
        <translation>ユーザー名とトークンを提供することにより、Citraへの追加の情報データの収集（ユーザー識別情報含む）へ同意したものとします。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="46"/>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="139"/>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="53"/>
        <source>Sign up</source>
        <translation>ユーザー登録</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="63"/>
        <source>Token: </source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="74"/>
        <source>Username: </source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="91"/>
        <source>What is my token?</source>
        <translation>トークンの取得</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="116"/>
        <source>Web Service configuration can only be changed when a public room isn&apos;t being hosted.</source>
        <translation>Web設定はPublicなルームをホスティング中は変更できません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="126"/>
        <source>Telemetry</source>
        <translation>テレメトリーの設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="132"/>
        <source>Share anonymous usage data with the Citra team</source>
        <translation>Citraチームに匿名で使用データを共有する</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="139"/>
        <source>Learn more</source>
        <translation>もっと詳しく</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="148"/>
        <source>Telemetry ID:</source>
        <translation>テレメトリーID</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="164"/>
        <source>Regenerate</source>
        <translation>再作成</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="178"/>
        <source>Discord Presence</source>
        <translation>Discord Presence</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.ui" line="184"/>
        <source>Show Current Game in your Discord Status</source>
        <translation>プレイ中のゲームをDiscordに表示</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="58"/>
        <source>&lt;a href=&apos;https://citra-emu.org/entry/telemetry-and-why-thats-a-good-thing/&apos;&gt;&lt;span style=&quot;text-decoration: underline; color:#039be5;&quot;&gt;Learn more&lt;/span&gt;&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;https://citra-emu.org/entry/telemetry-and-why-thats-a-good-thing/&apos;&gt;&lt;span style=&quot;text-decoration: underline; color:#039be5;&quot;&gt;もっと詳しく&lt;/span&gt;&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="66"/>
        <source>&lt;a href=&apos;https://profile.citra-emu.org/&apos;&gt;&lt;span style=&quot;text-decoration: underline; color:#039be5;&quot;&gt;Sign up&lt;/span&gt;&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;https://profile.citra-emu.org/&apos;&gt;&lt;span style=&quot;text-decoration: underline; color:#039be5;&quot;&gt;サインアップ&lt;/span&gt;&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="70"/>
        <source>&lt;a href=&apos;https://citra-emu.org/wiki/citra-web-service/&apos;&gt;&lt;span style=&quot;text-decoration: underline; color:#039be5;&quot;&gt;What is my token?&lt;/span&gt;&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;https://citra-emu.org/wiki/citra-web-service/&apos;&gt;&lt;span style=&quot;text-decoration: underline; color:#039be5;&quot;&gt;トークンの取得&lt;/span&gt;&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="76"/>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="150"/>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="87"/>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="110"/>
        <source>Telemetry ID: 0x%1</source>
        <translation>テレメトリーID: 0x%1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="102"/>
        <source>Token not verified</source>
        <translation>トークン未検証</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="103"/>
        <source>Token was not verified. The change to your token has not been saved.</source>
        <translation>トークンが未検証です。トークンの変更は保存されていません。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="129"/>
        <source>Verifying...</source>
        <translation>検証中…</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="151"/>
        <source>Verification failed</source>
        <translation>検証失敗</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_web.cpp" line="152"/>
        <source>Verification failed. Check that you have entered your token correctly, and that your internet connection is working.</source>
        <translation>検証に失敗しました。トークンが正しく入力されているか、ネット接続が正常に機能しているか確認してください。</translation>
    </message>
</context>
<context>
    <name>DirectConnect</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.ui" line="14"/>
        <source>Direct Connect</source>
        <translation>直接接続</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.ui" line="33"/>
        <source>IP Address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.ui" line="56"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.ui" line="63"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;IPv4 address of the host&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ホストのIPv4アドレス&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.ui" line="73"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.ui" line="80"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Port number the host is listening on&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;ホストが待ち受けているポート番号&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.ui" line="86"/>
        <source>24872</source>
        <translation>24872</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.ui" line="100"/>
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.ui" line="114"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.ui" line="156"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>DirectConnectWindow</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.cpp" line="114"/>
        <source>Connecting</source>
        <translation>接続中...</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/direct_connect.cpp" line="119"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>GMainWindow</name>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="127"/>
        <source>&lt;a href=&apos;https://citra-emu.org/entry/telemetry-and-why-thats-a-good-thing/&apos;&gt;Anonymous data is collected&lt;/a&gt; to help improve Citra. &lt;br/&gt;&lt;br/&gt;Would you like to share your usage data with us?</source>
        <translation>&lt;a href=&apos;https://citra-emu.org/entry/telemetry-and-why-thats-a-good-thing/&apos;&gt;匿名のデータ&lt;/a&gt;がCitraの改善のために収集されます&lt;br/&gt;&lt;br/&gt;利用状況データの提供に同意しますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="130"/>
        <source>Telemetry</source>
        <translation>テレメトリ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="276"/>
        <location filename="../../src/citra_qt/main.cpp" line="2390"/>
        <source>Current emulation speed. Values higher or lower than 100% indicate emulation is running faster or slower than a 3DS.</source>
        <translation>現在のエミュレーション速度です。100％以外の値は、エミュレーションが3DS実機より高速または低速で行われていることを表します。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="279"/>
        <location filename="../../src/citra_qt/main.cpp" line="2392"/>
        <source>How many frames per second the game is currently displaying. This will vary from game to game and scene to scene.</source>
        <translation>1秒当たりの表示フレーム数です。ゲームタイトルや場面によって変化することがあります。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="283"/>
        <location filename="../../src/citra_qt/main.cpp" line="2395"/>
        <source>Time taken to emulate a 3DS frame, not counting framelimiting or v-sync. For full-speed emulation this should be at most 16.67 ms.</source>
        <translation>3DSフレームをエミュレートするのにかかった時間です。フレームリミットや垂直同期の有効時にはカウントしません。フルスピードで動作させるには16.67ms以下に保つ必要があります。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="392"/>
        <source>Clear Recent Files</source>
        <translation>最近のファイルを消去</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="857"/>
        <source>Update Available</source>
        <translation>利用可能な更新</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="858"/>
        <source>An update is available. Would you like to install it now?</source>
        <translation>アップデートが利用可能です。今すぐインストールしますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="868"/>
        <source>No Update Found</source>
        <translation>アップデートなし</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="868"/>
        <source>No update is found.</source>
        <translation>利用可能なアップデートはありません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="897"/>
        <source>OpenGL 3.3 Unsupported</source>
        <translation>OpenGL 3.3は未サポート</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="898"/>
        <source>Your GPU may not support OpenGL 3.3, or you do not have the latest graphics driver.</source>
        <translation>GPUがOpenGL 3.3をサポートしていないか、最新のグラフィックドライバがありません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="915"/>
        <location filename="../../src/citra_qt/main.cpp" line="946"/>
        <source>Invalid ROM Format</source>
        <translation>無効なROMフォーマット</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="916"/>
        <location filename="../../src/citra_qt/main.cpp" line="947"/>
        <source>Your ROM format is not supported.&lt;br/&gt;Please follow the guides to redump your &lt;a href=&apos;https://citra-emu.org/wiki/dumping-game-cartridges/&apos;&gt;game cartridges&lt;/a&gt; or &lt;a href=&apos;https://citra-emu.org/wiki/dumping-installed-titles/&apos;&gt;installed titles&lt;/a&gt;.</source>
        <translation>このROMフォーマットはサポートされていません。&lt;br/&gt;ガイドに従って&lt;a href=&apos;https://citra-emu.org/wiki/dumping-game-cartridges/&apos;&gt;ゲームカートリッジ&lt;/a&gt;か&lt;a href=&apos;https://citra-emu.org/wiki/dumping-installed-titles/&apos;&gt;インストールされたタイトル&lt;/a&gt;を再ダンプしてください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="926"/>
        <source>ROM Corrupted</source>
        <translation>ROMの破損</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="927"/>
        <source>Your ROM is corrupted. &lt;br/&gt;Please follow the guides to redump your &lt;a href=&apos;https://citra-emu.org/wiki/dumping-game-cartridges/&apos;&gt;game cartridges&lt;/a&gt; or &lt;a href=&apos;https://citra-emu.org/wiki/dumping-installed-titles/&apos;&gt;installed titles&lt;/a&gt;.</source>
        <translation>このROMは破損しています。&lt;br/&gt;ガイドに従って&lt;a href=&apos;https://citra-emu.org/wiki/dumping-game-cartridges/&apos;&gt;ゲームカートリッジ&lt;/a&gt;か&lt;a href=&apos;https://citra-emu.org/wiki/dumping-installed-titles/&apos;&gt;インストールされたタイトル&lt;/a&gt;を再ダンプしてください。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="936"/>
        <source>ROM Encrypted</source>
        <translation>暗号化されたROM</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="937"/>
        <source>Your ROM is encrypted. &lt;br/&gt;Please follow the guides to redump your &lt;a href=&apos;https://citra-emu.org/wiki/dumping-game-cartridges/&apos;&gt;game cartridges&lt;/a&gt; or &lt;a href=&apos;https://citra-emu.org/wiki/dumping-installed-titles/&apos;&gt;installed titles&lt;/a&gt;.</source>
        <translation>このROMは暗号化されています。&lt;br/&gt;ガイドに従って&lt;a href=&apos;https://citra-emu.org/wiki/dumping-game-cartridges/&apos;&gt;ゲームカートリッジ&lt;/a&gt;か&lt;a href=&apos;https://citra-emu.org/wiki/dumping-installed-titles/&apos;&gt;インストールされたタイトル&lt;/a&gt;を再ダンプしてください。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="956"/>
        <location filename="../../src/citra_qt/main.cpp" line="966"/>
        <source>Video Core Error</source>
        <translation>ビデオコアエラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="957"/>
        <source>An error has occured. Please &lt;a href=&apos;https://community.citra-emu.org/t/how-to-upload-the-log-file/296&apos;&gt;see the log&lt;/a&gt; for more details. Ensure that you have the latest graphics drivers for your GPU.</source>
        <translation>エラーが発生しました。 詳細は&lt;a href=&apos;https://community.citra-emu.org/t/how-to-upload-the-log-file/296&apos;&gt;ログ&lt;/a&gt;を参照。GPUに最新のグラフィックドライバが適用されているか確認してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="967"/>
        <source>You are running default Windows drivers for your GPU. You need to install the proper drivers for your graphics card from the manufacturer&apos;s website.</source>
        <translation>デフォルトのWindows GPUドライバを使用しています。製造元のWebサイトからお使いのビデオカード用の適切なドライバをインストールする必要があります</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="978"/>
        <source>Error while loading ROM!</source>
        <translation>ROM読み込みエラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="979"/>
        <source>An unknown error occured. Please see the log for more details.</source>
        <translation>不明なエラーが発生しました。詳細はログを確認してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="999"/>
        <source>CIA must be installed before usage</source>
        <translation>CIAを使用前にインストールする必要有</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1000"/>
        <source>Before using this CIA, you must install it. Do you want to install it now?</source>
        <translation>CIAを使用するには先にインストールを行う必要があります。今すぐインストールしますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1073"/>
        <location filename="../../src/citra_qt/main.cpp" line="1365"/>
        <location filename="../../src/citra_qt/main.cpp" line="2006"/>
        <location filename="../../src/citra_qt/main.cpp" line="2178"/>
        <location filename="../../src/citra_qt/main.cpp" line="2278"/>
        <source>Citra</source>
        <translation>Citra</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1074"/>
        <location filename="../../src/citra_qt/main.cpp" line="2007"/>
        <source>Could not start video dumping.&lt;br&gt;Refer to the log for details.</source>
        <translation>ビデオのダンプを開始できませんでした。&lt;br&gt;詳細はログを参照してください。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1131"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1232"/>
        <location filename="../../src/citra_qt/main.cpp" line="1233"/>
        <source>Slot %1</source>
        <translation>スロット %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1236"/>
        <source>Slot %1 - %2</source>
        <translation>スロット %1 - %2</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1322"/>
        <source>Error Opening %1 Folder</source>
        <translation>フォルダ %1 を開く際のエラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1323"/>
        <location filename="../../src/citra_qt/main.cpp" line="1397"/>
        <source>Folder does not exist!</source>
        <translation>フォルダが見つかりません！</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1344"/>
        <source>Dumping...</source>
        <translation>ダンプ中...</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1344"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1366"/>
        <source>Could not dump base RomFS.
Refer to the log for details.</source>
        <translation>ベースRomFSをダンプできませんでした。
詳細はログを参照してください。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1397"/>
        <source>Error Opening %1</source>
        <translation>%1 を開く際のエラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1404"/>
        <source>Select Directory</source>
        <translation>3DSのROMがあるフォルダを選択</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1426"/>
        <source>3DS Executable (%1);;All Files (*.*)</source>
        <comment>%1 is an identifier for the 3DS executable file extensions.</comment>
        <translation>3DS実行ファイル (%1);;すべてのファイル (*.*)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1430"/>
        <source>Load File</source>
        <translation>ゲームファイルの読み込み</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1442"/>
        <source>Load Files</source>
        <translation>ファイルの読み込み</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1443"/>
        <source>3DS Installation File (*.CIA*)</source>
        <translation>3DS インストールファイル (.CIA *)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1443"/>
        <source>All Files (*.*)</source>
        <translation>すべてのファイル (*.*)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1479"/>
        <source>%1 has been installed successfully.</source>
        <translation>%1が正常にインストールされました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1482"/>
        <source>Unable to open File</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1483"/>
        <source>Could not open %1</source>
        <translation>%1を開くことができませんでした</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1487"/>
        <source>Installation aborted</source>
        <translation>インストール中止</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1488"/>
        <source>The installation of %1 was aborted. Please see the log for more details</source>
        <translation> %1のインストールは中断されました。詳細はログを参照してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1492"/>
        <source>Invalid File</source>
        <translation>無効なファイル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1492"/>
        <source>%1 is not a valid CIA</source>
        <translation>%1は有効なCIAではありません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1495"/>
        <source>Encrypted File</source>
        <translation>暗号化されたファイル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1496"/>
        <source>%1 must be decrypted before being used with Citra. A real 3DS is required.</source>
        <translation>%1 はCitraで使用する前に復号化する必要があります。3DS実機が必要です</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1520"/>
        <source>File not found</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1521"/>
        <source>File &quot;%1&quot; not found</source>
        <translation>ファイル%1が見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1545"/>
        <location filename="../../src/citra_qt/main.cpp" line="2148"/>
        <location filename="../../src/citra_qt/main.cpp" line="2353"/>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1585"/>
        <source>Missing Citra Account</source>
        <translation>Citraアカウントがありません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1586"/>
        <source>You must link your Citra account to submit test cases.&lt;br/&gt;Go to Emulation &amp;gt; Configure... &amp;gt; Web to do so.</source>
        <translation>テストケースを送信するには、Citraアカウントとの連携が必要です。&lt;br/&gt;エミュレーション→設定→Webからアカウントの連携をしてください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1762"/>
        <source>Amiibo File (%1);; All Files (*.*)</source>
        <translation>Amiiboファイル (%1);; すべてのファイル (*.*)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1763"/>
        <source>Load Amiibo</source>
        <translation>Amiiboを読込</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1782"/>
        <source>Error opening Amiibo data file</source>
        <translation>Amiiboデータファイルの読込時エラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1783"/>
        <source>Unable to open Amiibo file &quot;%1&quot; for reading.</source>
        <translation>読み取り用のAmiiboファイル %1 を開くことができません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1791"/>
        <source>Error reading Amiibo data file</source>
        <translation>Amiiboデータファイルの読み取りエラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1792"/>
        <source>Unable to fully read Amiibo data. Expected to read %1 bytes, but was only able to read %2 bytes.</source>
        <translation>Amiiboデータの一部しか読み取れません。%1 バイトの読み取りが必要ですが、%2 バイトしか読み取れませんでした</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1839"/>
        <location filename="../../src/citra_qt/main.cpp" line="1847"/>
        <location filename="../../src/citra_qt/main.cpp" line="1857"/>
        <location filename="../../src/citra_qt/main.cpp" line="1961"/>
        <source>Record Movie</source>
        <translation>操作を記録</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1840"/>
        <source>To keep consistency with the RNG, it is recommended to record the movie from game start.&lt;br&gt;Are you sure you still want to record movies now?</source>
        <translation>乱数の一貫性を保つためにゲーム開始時から操作の記録を行うことを推奨します。&lt;br&gt;現時点から操作の記録を行いますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1848"/>
        <location filename="../../src/citra_qt/main.cpp" line="1919"/>
        <source>Citra TAS Movie (*.ctm)</source>
        <translation>Citra TAS ムービー(*.ctm)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1858"/>
        <source>Recording will start once you boot a game.</source>
        <translation>ゲームを起動すると操作の記録が始まります</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1870"/>
        <source>The movie file you are trying to load was created on a different revision of Citra.&lt;br/&gt;Citra has had some changes during the time, and the playback may desync or not work as expected.&lt;br/&gt;&lt;br/&gt;Are you sure you still want to load the movie file?</source>
        <translation>読み込もうとしている操作記録ファイルは異なるリビジョンのCitraで作成されたものです。&lt;br/&gt;現在のCitraは記録時のリビジョンから色々と変更されているため、Desyncを起こしたり正常に動作しない可能性があります。&lt;br/&gt;&lt;br/&gt;それでもこの操作記録ファイルを読み込みますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1875"/>
        <source>The movie file you are trying to load was recorded with a different game.&lt;br/&gt;The playback may not work as expected, and it may cause unexpected results.&lt;br/&gt;&lt;br/&gt;Are you sure you still want to load the movie file?</source>
        <translation>別のタイトルの操作記録ファイルを読み込もうとしています。&lt;br/&gt;期待通りに動作しなかったり予期せぬ結果を招く可能性があります。&lt;br/&gt;&lt;br/&gt;それでもこの操作記録ファイルを読み込みますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1879"/>
        <location filename="../../src/citra_qt/main.cpp" line="1929"/>
        <source>The movie file you are trying to load is invalid.&lt;br/&gt;Either the file is corrupted, or Citra has had made some major changes to the Movie module.&lt;br/&gt;Please choose a different movie file and try again.</source>
        <translation>この操作記録ファイルは無効です。&lt;br/&gt;ファイルが破損しているか、Citraが操作記録モジュールに大きな変更を加えました。&lt;br/&gt;他の操作記録ファイルを試してみてください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1886"/>
        <source>Revision Dismatch</source>
        <translation>リビジョンの不一致</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1892"/>
        <source>Game Dismatch</source>
        <translation>ゲームタイトルの不一致</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1898"/>
        <location filename="../../src/citra_qt/main.cpp" line="1935"/>
        <source>Invalid Movie File</source>
        <translation>無効な操作記録ファイル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1909"/>
        <location filename="../../src/citra_qt/main.cpp" line="1918"/>
        <source>Play Movie</source>
        <translation>操作記録ファイルを再生</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1910"/>
        <source>To keep consistency with the RNG, it is recommended to play the movie from game start.&lt;br&gt;Are you sure you still want to play movies now?</source>
        <translation>乱数の一貫性を保つために、ゲーム開始時から操作記録を再生することを推奨します。&lt;br&gt;それでも操作記録を今すぐ再生しますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1940"/>
        <source>Game Not Found</source>
        <translation>ゲームタイトルなし</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1941"/>
        <source>The movie you are trying to play is from a game that is not in the game list. If you own the game, please add the game folder to the game list and try to play the movie again.</source>
        <translation>再生しようとしている操作記録のタイトルがゲームリストにありません。タイトルを所有している場合は、ゲームリストにそのフォルダを追加して、もう一度再生してみてください。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1961"/>
        <source>Movie recording cancelled.</source>
        <translation>操作の記録がキャンセルされました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1968"/>
        <source>Movie Saved</source>
        <translation>保存成功</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1969"/>
        <source>The movie is successfully saved.</source>
        <translation>操作記録を保存しました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1979"/>
        <source>Capture Screenshot</source>
        <translation>スクリーンキャプチャ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="1980"/>
        <source>PNG Image (*.png)</source>
        <translation>PNG画像ファイル (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2058"/>
        <location filename="../../src/citra_qt/main.cpp" line="2066"/>
        <source>Speed: %1%</source>
        <translation>スピード：%1%</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2061"/>
        <location filename="../../src/citra_qt/main.cpp" line="2068"/>
        <source>Speed: %1% / %2%</source>
        <translation>スピード：%1% / %2%</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2072"/>
        <source>Game: %1 FPS</source>
        <translation>ゲーム：%1 FPS</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2073"/>
        <source>Frame: %1 ms</source>
        <translation>フレーム：%1 ms</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2118"/>
        <source>%1 is missing. Please &lt;a href=&apos;https://citra-emu.org/wiki/dumping-system-archives-and-the-shared-fonts-from-a-3ds-console/&apos;&gt;dump your system archives&lt;/a&gt;.&lt;br/&gt;Continuing emulation may result in crashes and bugs.</source>
        <translation>%1 が見つかりません。&lt;a href=&apos;https://citra-emu.org/wiki/dumping-system-archives-and-the-shared-fonts-from-a-3ds-console/&apos;&gt;システムアーカイブをダンプしてください&lt;br/&gt;。このままエミュレーションを続行すると、クラッシュやバグが発生する可能性があります</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2126"/>
        <source>A system archive</source>
        <translation>システムアーカイブ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2129"/>
        <source>System Archive Not Found</source>
        <translation>システムアーカイブなし</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2130"/>
        <source>System Archive Missing</source>
        <translation>システムアーカイブが見つかりません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2132"/>
        <source>Save/load Error</source>
        <translation>セーブ/ロード エラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2135"/>
        <source>Fatal Error</source>
        <translation>致命的なエラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2137"/>
        <source>A fatal error occured. &lt;a href=&apos;https://community.citra-emu.org/t/how-to-upload-the-log-file/296&apos;&gt;Check the log&lt;/a&gt; for details.&lt;br/&gt;Continuing emulation may result in crashes and bugs.</source>
        <translation>致命的なエラーが発生しました。詳細については&lt;a href=&apos;https://community.citra-emu.org/t/how-to-upload-the-log-file/296&apos;&gt;ログ&lt;/a&gt;を参照してください。このままエミュレーションを続行すると、クラッシュやバグが発生する可能性があります</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2141"/>
        <source>Fatal Error encountered</source>
        <translation>致命的なエラーが発生しました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2149"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2178"/>
        <source>Would you like to exit now?</source>
        <translation>今すぐ終了しますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2278"/>
        <source>The game is still running. Would you like to stop emulation?</source>
        <translation>ゲーム実行中です。エミュレーションを中止しますか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2357"/>
        <source>Playback Completed</source>
        <translation>再生完了</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2357"/>
        <source>Movie playback completed.</source>
        <translation>操作記録の再生が完了しました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2367"/>
        <source>Citra %1</source>
        <translation>Citra %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.cpp" line="2369"/>
        <source>Citra %1| %2</source>
        <translation>Citra %1| %2</translation>
    </message>
</context>
<context>
    <name>GPUCommandListModel</name>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_cmdlists.cpp" line="97"/>
        <source>Command Name</source>
        <translation>Command Name</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_cmdlists.cpp" line="99"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_cmdlists.cpp" line="101"/>
        <source>Mask</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_cmdlists.cpp" line="103"/>
        <source>New Value</source>
        <translation>New Value</translation>
    </message>
</context>
<context>
    <name>GPUCommandListWidget</name>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_cmdlists.cpp" line="186"/>
        <source>Pica Command List</source>
        <translation>Pica Command List</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_cmdlists.cpp" line="204"/>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_cmdlists.cpp" line="235"/>
        <source>Start Tracing</source>
        <translation>Start Tracing</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_cmdlists.cpp" line="205"/>
        <source>Copy All</source>
        <translation>Copy All</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_cmdlists.cpp" line="231"/>
        <source>Finish Tracing</source>
        <translation>Finish Tracing</translation>
    </message>
</context>
<context>
    <name>GPUCommandStreamWidget</name>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics.cpp" line="67"/>
        <source>Graphics Debugger</source>
        <translation>Graphics Debugger</translation>
    </message>
</context>
<context>
    <name>GameList</name>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="309"/>
        <source>Name</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="310"/>
        <source>Compatibility</source>
        <translation>動作状況</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="311"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="312"/>
        <source>File type</source>
        <translation>ファイルの種類</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="313"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="476"/>
        <source>Open Save Data Location</source>
        <translation>セーブデータの保存先を開く</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="477"/>
        <source>Open Extra Data Location</source>
        <translation>拡張データの保存先を開く</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="478"/>
        <source>Open Application Location</source>
        <translation>アプリケーションの保存先を開く</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="479"/>
        <source>Open Update Data Location</source>
        <translation>アップデータの保存先を開く</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="480"/>
        <source>Open Texture Dump Location</source>
        <translation>テクスチャダンプの場所を開く</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="482"/>
        <source>Open Custom Texture Location</source>
        <translation>カスタムテクスチャの場所を開く</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="483"/>
        <source>Open Mods Location</source>
        <translation>Modを開く</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="484"/>
        <source>Dump RomFS</source>
        <translation>RomFSをダンプ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="485"/>
        <source>Navigate to GameDB entry</source>
        <translation>公式ゲームDBで動作状況を確認</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="563"/>
        <source>Scan Subfolders</source>
        <translation>サブフォルダも検索</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="564"/>
        <source>Remove Game Directory</source>
        <translation>ゲームフォルダを削除</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="584"/>
        <source>Open Directory Location</source>
        <translation>フォルダの場所を開く</translation>
    </message>
</context>
<context>
    <name>GameListItemCompat</name>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="251"/>
        <source>Perfect</source>
        <translation>カンペキ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="251"/>
        <source>Game functions flawless with no audio or graphical glitches, all tested functionality works as intended without
any workarounds needed.</source>
        <translation>音声や描画の問題は全くみられず、完璧に動作する</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="252"/>
        <source>Great</source>
        <translation>サクサク</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="252"/>
        <source>Game functions with minor graphical or audio glitches and is playable from start to finish. May require some
workarounds.</source>
        <translation>場面によって音声や描画に問題があり回避策が必要なこともあるが、タイトルからゲームクリアまでプレイは可能</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="253"/>
        <source>Okay</source>
        <translation>ソコソコ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="253"/>
        <source>Game functions with major graphical or audio glitches, but game is playable from start to finish with
workarounds.</source>
        <translation>プレイに大きく影響する音声や描画の問題があるものの、一応クリアは可能</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="254"/>
        <source>Bad</source>
        <translation>ガタガタ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="254"/>
        <source>Game functions, but with major graphical or audio glitches. Unable to progress in specific areas due to glitches
even with workarounds.</source>
        <translation>ゲームの動作や音声、描画に大きな問題があり、特定の場面までしか進めない</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="255"/>
        <source>Intro/Menu</source>
        <translation>イントロ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="255"/>
        <source>Game is completely unplayable due to major graphical or audio glitches. Unable to progress past the Start
Screen.</source>
        <translation>ゲームの動作や音声、描画に重大な問題があり、タイトルやメニュー画面より先に進めない</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="256"/>
        <source>Won&apos;t Boot</source>
        <translation>ダメダメ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="256"/>
        <source>The game crashes when attempting to startup.</source>
        <translation>起動時にクラッシュするためプレイ不可</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="257"/>
        <source>Not Tested</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="257"/>
        <source>The game has not yet been tested.</source>
        <translation>このゲームはまだテストされていない</translation>
    </message>
</context>
<context>
    <name>GameListPlaceholder</name>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="753"/>
        <source>Double-click to add a new folder to the game list</source>
        <translation>ダブルクリックして新しいフォルダーをゲームリストに追加</translation>
    </message>
</context>
<context>
    <name>GameListSearchField</name>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="91"/>
        <source>of</source>
        <translation>件ヒットしました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="94"/>
        <source>result</source>
        <translation>件中</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="96"/>
        <source>results</source>
        <translation>件中</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="139"/>
        <source>Filter:</source>
        <translation>タイトル名でフィルタ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list.cpp" line="142"/>
        <source>Enter pattern to filter</source>
        <translation>ゲームタイトルを入力</translation>
    </message>
</context>
<context>
    <name>GameRegion</name>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="92"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="93"/>
        <source>North America</source>
        <translation>North America</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="94"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="95"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="96"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="97"/>
        <source>Korea</source>
        <translation>Korea</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="98"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="103"/>
        <source>Invalid region</source>
        <translation>無効な地域</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="111"/>
        <source>Region free</source>
        <translation>リージョンフリー</translation>
    </message>
</context>
<context>
    <name>GraphicsBreakPointsWidget</name>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="142"/>
        <source>Pica Breakpoints</source>
        <translation>Pica Breakpoints</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="146"/>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="208"/>
        <source>Emulation running</source>
        <translation>エミュレーション実行中</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="147"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_breakpoints.cpp" line="198"/>
        <source>Emulation halted at breakpoint</source>
        <translation>Emulation halted at breakpoint</translation>
    </message>
</context>
<context>
    <name>GraphicsSurfaceWidget</name>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="52"/>
        <source>Pica Surface Viewer</source>
        <translation>Pica Surface Viewer</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="57"/>
        <source>Color Buffer</source>
        <translation>Color Buffer</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="58"/>
        <source>Depth Buffer</source>
        <translation>Depth Buffer</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="59"/>
        <source>Stencil Buffer</source>
        <translation>Stencil Buffer</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="60"/>
        <source>Texture 0</source>
        <translation>Texture 0</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="61"/>
        <source>Texture 1</source>
        <translation>Texture 1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="62"/>
        <source>Texture 2</source>
        <translation>Texture 2</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="63"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="105"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="124"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="148"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="154"/>
        <source>Physical Address:</source>
        <translation>Physical Address:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="160"/>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="166"/>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="172"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="184"/>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="190"/>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="284"/>
        <source>Pixel out of bounds</source>
        <translation>Pixel out of bounds</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="291"/>
        <source>(unable to access pixel data)</source>
        <translation>(unable to access pixel data)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="562"/>
        <source>(invalid surface address)</source>
        <translation>(invalid surface address)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="572"/>
        <source>(unknown surface format)</source>
        <translation>(unknown surface format)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="665"/>
        <source>Portable Network Graphic (*.png)</source>
        <translation>Portable Network Graphic (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="666"/>
        <source>Binary data (*.bin)</source>
        <translation>Binary data (*.bin)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="670"/>
        <source>Save Surface</source>
        <translation>Save Surface</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="685"/>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="690"/>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="700"/>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="708"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="685"/>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="700"/>
        <source>Failed to open file &apos;%1&apos;</source>
        <translation>ファイル &apos;%1&apos; を開けませんでした</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="691"/>
        <source>Failed to save surface data to file &apos;%1&apos;</source>
        <translation>表面データをファイル &apos;%1&apos; に保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_surface.cpp" line="709"/>
        <source>Failed to completely write surface data to file. The saved data will likely be corrupt.</source>
        <translation>表面データをファイルに完全に書き込めませんでした。保存されたデータはおそらく壊れている可能性があります。</translation>
    </message>
</context>
<context>
    <name>GraphicsTracingWidget</name>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_tracing.cpp" line="25"/>
        <source>CiTrace Recorder</source>
        <translation>CiTrace Recorder</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_tracing.cpp" line="29"/>
        <source>Start Recording</source>
        <translation>Start Recording</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_tracing.cpp" line="31"/>
        <source>Stop and Save</source>
        <translation>Stop and Save</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_tracing.cpp" line="32"/>
        <source>Abort Recording</source>
        <translation>Abort Recording</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_tracing.cpp" line="113"/>
        <source>Save CiTrace</source>
        <translation>Save CiTrace</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_tracing.cpp" line="113"/>
        <source>CiTrace File (*.ctf)</source>
        <translation>CiTrace File (*.ctf)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_tracing.cpp" line="162"/>
        <source>CiTracing still active</source>
        <translation>CiTracing still active</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_tracing.cpp" line="163"/>
        <source>A CiTrace is still being recorded. Do you want to save it? If not, all recorded data will be discarded.</source>
        <translation>A CiTrace is still being recorded. Do you want to save it? If not, all recorded data will be discarded.</translation>
    </message>
</context>
<context>
    <name>GraphicsVertexShaderModel</name>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="45"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="47"/>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="49"/>
        <source>Disassembly</source>
        <translation>Disassembly</translation>
    </message>
</context>
<context>
    <name>GraphicsVertexShaderWidget</name>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="345"/>
        <source>Save Shader Dump</source>
        <translation>Save Shader Dump</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="347"/>
        <source>Shader Binary (*.shbin)</source>
        <translation>Shader Binary (*.shbin)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="363"/>
        <source>Pica Vertex Shader</source>
        <translation>ピカ頂点シェーダー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="382"/>
        <source>(data only available at vertex shader invocation breakpoints)</source>
        <translation>(data only available at vertex shader invocation breakpoints)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="393"/>
        <source>Dump</source>
        <translation>Dump</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="415"/>
        <source>Input Data</source>
        <translation>Input Data</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="429"/>
        <source>Attribute %1</source>
        <translation>Attribute %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="456"/>
        <source>Cycle Index:</source>
        <translation>Cycle Index:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="563"/>
        <source>SRC1: %1, %2, %3, %4
</source>
        <translation>SRC1: %1, %2, %3, %4
</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="569"/>
        <source>SRC2: %1, %2, %3, %4
</source>
        <translation>SRC2: %1, %2, %3, %4
</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="575"/>
        <source>SRC3: %1, %2, %3, %4
</source>
        <translation>SRC3: %1, %2, %3, %4
</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="581"/>
        <source>DEST_IN: %1, %2, %3, %4
</source>
        <translation>DEST_IN: %1, %2, %3, %4
</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="587"/>
        <source>DEST_OUT: %1, %2, %3, %4
</source>
        <translation>DEST_OUT: %1, %2, %3, %4
</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="594"/>
        <source>Address Registers: %1, %2
</source>
        <translation>Address Registers: %1, %2
</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="598"/>
        <source>Compare Result: %1, %2
</source>
        <translation>Compare Result: %1, %2
</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="603"/>
        <source>Static Condition: %1
</source>
        <translation>Static Condition: %1
</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="605"/>
        <source>Dynamic Conditions: %1, %2
</source>
        <translation>Dynamic Conditions: %1, %2
</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="609"/>
        <source>Loop Parameters: %1 (repeats), %2 (initializer), %3 (increment), %4
</source>
        <translation>Loop Parameters: %1 (repeats), %2 (initializer), %3 (increment), %4
</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="616"/>
        <source>Instruction offset: 0x%1</source>
        <translation>Instruction offset: 0x%1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="618"/>
        <source> -&gt; 0x%2</source>
        <translation>-&gt; 0x%2</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/graphics/graphics_vertex_shader.cpp" line="620"/>
        <source> (last instruction)</source>
        <translation> (last instruction)</translation>
    </message>
</context>
<context>
    <name>HostRoom</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="14"/>
        <source>Create Room</source>
        <translation>新規ルーム作成</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="37"/>
        <source>Room Name</source>
        <translation>ルーム名</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="51"/>
        <source>Preferred Game</source>
        <translation>プレイ希望ゲーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="61"/>
        <source>Max Players</source>
        <translation>最大プレイヤー数</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="91"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="101"/>
        <source>(Leave blank for open game)</source>
        <translation>(空白のままで誰でも参加可能)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="118"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="125"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="139"/>
        <source>Room Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="153"/>
        <source>Load Previous Ban List</source>
        <translation>前回のBANリストを続けて使用</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="184"/>
        <source>Public</source>
        <translation>ルーム一覧に表示（Public）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="189"/>
        <source>Unlisted</source>
        <translation>ルーム一覧に表示させない（Unlisted）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.ui" line="197"/>
        <source>Host Room</source>
        <translation>ホストルーム</translation>
    </message>
</context>
<context>
    <name>HostRoomWindow</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.cpp" line="164"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/host_room.cpp" line="165"/>
        <source>Failed to announce the room to the public lobby. In order to host a room publicly, you must have a valid Citra account configured in Emulation -&gt; Configure -&gt; Web. If you do not want to publish a room in the public lobby, then select Unlisted instead.
Debug Message: </source>
        <translation>このルームをルーム一覧に登録できませんでした。
登録を行いたい場合は、エミュレーション→設定→Webで Citra アカウントを登録してください。
ルーム一覧に登録する必要がなければ、Unlistedを選択してください
以下デバッグ用：</translation>
    </message>
</context>
<context>
    <name>IPCRecorder</name>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.ui" line="14"/>
        <source>IPC Recorder</source>
        <translation>IPCレコーダー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.ui" line="21"/>
        <source>Enable Recording</source>
        <translation>録画を有効化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.ui" line="30"/>
        <source>Filter:</source>
        <translation>フィルタ:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.ui" line="37"/>
        <source>Leave empty to disable filtering</source>
        <translation>空のままにしてフィルタリングを無効</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.ui" line="50"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.ui" line="55"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.ui" line="60"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.ui" line="65"/>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.ui" line="82"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>IPCRecorderWidget</name>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.cpp" line="45"/>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.cpp" line="47"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.cpp" line="49"/>
        <source>Handling</source>
        <translation>取り扱い</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.cpp" line="52"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.cpp" line="54"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.cpp" line="56"/>
        <source>HLE Unimplemented</source>
        <translation>HLE未実装</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.cpp" line="72"/>
        <source>HLE</source>
        <translation>HLE</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.cpp" line="72"/>
        <source>LLE</source>
        <translation>LLE</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/recorder.cpp" line="143"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>LLEServiceModulesWidget</name>
    <message>
        <location filename="../../src/citra_qt/debugger/lle_service_modules.cpp" line="13"/>
        <source>Toggle LLE Service Modules</source>
        <translation>Toggle LLE Service Modules</translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <location filename="../../src/citra_qt/loading_screen.ui" line="111"/>
        <source>Loading Shaders 387 / 1628</source>
        <translation>シェーダをロード中 387 / 1628</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/loading_screen.ui" line="148"/>
        <source>Loading Shaders %v out of %m</source>
        <translation>シェーダをロード中 %v / %m</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/loading_screen.ui" line="162"/>
        <source>Estimated Time 5m 4s</source>
        <translation>予想時間 5分4秒</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/loading_screen.cpp" line="69"/>
        <source>Loading...</source>
        <translation>ロード中...</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/loading_screen.cpp" line="71"/>
        <source>Preparing Shaders %1 / %2</source>
        <translation>シェーダを準備中 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/loading_screen.cpp" line="73"/>
        <source>Loading Shaders %1 / %2</source>
        <translation>シェーダをロード中 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/loading_screen.cpp" line="74"/>
        <source>Launching...</source>
        <translation>起動中...</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/loading_screen.cpp" line="137"/>
        <source>Now Loading
%1</source>
        <translation>ロード中
%1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/loading_screen.cpp" line="185"/>
        <source>Estimated Time %1</source>
        <translation>予想時間 %1</translation>
    </message>
</context>
<context>
    <name>Lobby</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.ui" line="14"/>
        <source>Public Room Browser</source>
        <translation>ルーム一覧を表示（Publicのみ）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.ui" line="32"/>
        <location filename="../../src/citra_qt/multiplayer/lobby.ui" line="39"/>
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.ui" line="59"/>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.ui" line="66"/>
        <source>Search</source>
        <translation>ゲームタイトルで検索</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.ui" line="76"/>
        <source>Games I Own</source>
        <translation>所持タイトルのルームのみ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.ui" line="83"/>
        <source>Hide Full Rooms</source>
        <translation>満室でないルームのみ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.ui" line="103"/>
        <source>Refresh Lobby</source>
        <translation>ロビーを更新</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.cpp" line="106"/>
        <source>Password Required to Join</source>
        <translation>パスワードが必要です</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.cpp" line="106"/>
        <source>Password:</source>
        <translation>パスワードを入力</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.cpp" line="189"/>
        <source>Room Name</source>
        <translation>ルーム名</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.cpp" line="190"/>
        <source>Preferred Game</source>
        <translation>プレイ希望ゲーム</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.cpp" line="191"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.cpp" line="192"/>
        <source>Players</source>
        <translation>プレイヤー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.cpp" line="199"/>
        <source>Refreshing</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby.cpp" line="254"/>
        <source>Refresh List</source>
        <translation>リスト更新</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="14"/>
        <source>Citra</source>
        <translation>Citra</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="53"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="57"/>
        <source>Recent Files</source>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="62"/>
        <source>Amiibo</source>
        <translation>Amiibo</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="80"/>
        <source>&amp;Emulation</source>
        <translation>エミュレーション(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="84"/>
        <source>Save State</source>
        <translation>ステートセーブ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="91"/>
        <source>Load State</source>
        <translation>ステートロード</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="111"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="115"/>
        <source>Debugging</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="122"/>
        <source>Screen Layout</source>
        <translation>画面レイアウト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="147"/>
        <source>Multiplayer</source>
        <translation>マルチプレイヤー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="158"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="162"/>
        <source>Movie</source>
        <translation>操作の記録</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="170"/>
        <source>Frame Advance</source>
        <translation>Frame Advance</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="183"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="200"/>
        <source>Load File...</source>
        <translation>ファイルを開く...</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="205"/>
        <source>Install CIA...</source>
        <translation>CIAをインストール...</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="210"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="218"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="226"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="234"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="242"/>
        <source>Save</source>
        <translation>セーブ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="250"/>
        <source>Load</source>
        <translation>ロード</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="255"/>
        <source>FAQ</source>
        <translation>よくある質問</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="260"/>
        <source>About Citra</source>
        <translation>Citraについて</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="268"/>
        <source>Single Window Mode</source>
        <translation>シングルウィンドウモード</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="273"/>
        <source>Save to Oldest Slot</source>
        <translation>一番古いスロットにセーブ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="278"/>
        <source>Load from Newest Slot</source>
        <translation>一番新しいスロットからロード</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="283"/>
        <source>Configure...</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="288"/>
        <source>Cheats...</source>
        <translation>チート</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="296"/>
        <source>Display Dock Widget Headers</source>
        <translation>Dock Widget ヘッダを表示</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="304"/>
        <source>Show Filter Bar</source>
        <translation>フィルタバーを表示</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="312"/>
        <source>Show Status Bar</source>
        <translation>ステータスバーを表示</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="317"/>
        <source>Create Pica Surface Viewer</source>
        <translation>Create Pica Surface Viewer</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="325"/>
        <source>Record Movie</source>
        <translation>操作の記録を開始</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="333"/>
        <source>Play Movie</source>
        <translation>操作記録を再生</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="341"/>
        <source>Stop Recording / Playback</source>
        <translation>記録/再生を中止</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="352"/>
        <source>Enable Frame Advancing</source>
        <translation>フレームアドバンスを有効化</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="360"/>
        <source>Advance Frame</source>
        <translation>Advance Frame</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="368"/>
        <source>Capture Screenshot</source>
        <translation>スクリーンショット実行</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="376"/>
        <source>Dump Video</source>
        <translation>ビデオをダンプ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="384"/>
        <source>Browse Public Game Lobby</source>
        <translation>ルーム一覧をブラウズ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="392"/>
        <source>Create Room</source>
        <translation>新しくルームを作成</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="400"/>
        <source>Leave Room</source>
        <translation>退室</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="405"/>
        <source>Direct Connect to Room</source>
        <translation>指定ルームへ直接接続</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="413"/>
        <source>Show Current Room</source>
        <translation>現在のルームを表示</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="421"/>
        <source>Fullscreen</source>
        <translation>フルスクリーンで表示</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="426"/>
        <source>Modify Citra Install</source>
        <translation>Citraのインストール形態を変更</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="429"/>
        <source>Opens the maintenance tool to modify your Citra installation</source>
        <translation>Citraのインストール形態を変更するためのメンテナンスツールを開きます</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="437"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="445"/>
        <source>Single Screen</source>
        <translation>Single Screen</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="453"/>
        <source>Large Screen</source>
        <translation>Large Screen</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="461"/>
        <source>Side by Side</source>
        <translation>Side by Side</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="469"/>
        <source>Swap Screens</source>
        <translation>スクリーンの上下を入れ替える</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="477"/>
        <source>Rotate Upright</source>
        <translation>回転する</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="482"/>
        <source>Check for Updates</source>
        <translation>アップデートの確認</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="490"/>
        <source>Report Compatibility</source>
        <translation>動作状況を報告</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="501"/>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="509"/>
        <source>Load...</source>
        <translation>読込...</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="517"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/main.ui" line="522"/>
        <source>Open Citra Folder</source>
        <translation>Citra本体のあるフォルダを開く</translation>
    </message>
</context>
<context>
    <name>MicroProfileDialog</name>
    <message>
        <location filename="../../src/citra_qt/debugger/profiler.cpp" line="51"/>
        <source>MicroProfile</source>
        <translation>マイクロプロファイル</translation>
    </message>
</context>
<context>
    <name>ModerationDialog</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/moderation_dialog.ui" line="6"/>
        <source>Moderation</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/moderation_dialog.ui" line="20"/>
        <source>Ban List</source>
        <translation>BANリスト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/moderation_dialog.ui" line="41"/>
        <location filename="../../src/citra_qt/multiplayer/moderation_dialog.cpp" line="74"/>
        <source>Refreshing</source>
        <translation>更新中</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/moderation_dialog.ui" line="51"/>
        <source>Unban</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/moderation_dialog.cpp" line="41"/>
        <source>Subject</source>
        <translation>対象者</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/moderation_dialog.cpp" line="42"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/moderation_dialog.cpp" line="84"/>
        <source>Forum Username</source>
        <translation>フォーラムでのユーザー名</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/moderation_dialog.cpp" line="89"/>
        <source>IP Address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/moderation_dialog.cpp" line="96"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>MultiplayerState</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="47"/>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="88"/>
        <source>Current connection status</source>
        <translation>現在の接続状況を表示</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="48"/>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="91"/>
        <source>Not Connected. Click here to find a room!</source>
        <translation>ルームに接続されていません。ここをクリックで検索できます！</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="95"/>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="117"/>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="257"/>
        <source>Connected</source>
        <translation>接続済</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="97"/>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="122"/>
        <source>Not Connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="178"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="179"/>
        <source>Failed to update the room information. Please check your Internet connection and try hosting the room again.
Debug Message: </source>
        <translation>ルーム情報の更新に失敗
インターネット接続状況を確認して再度ルームを立ち上げてください
以下デバッグ用：</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/state.cpp" line="251"/>
        <source>New Messages Received</source>
        <translation>新しいメッセージを受信</translation>
    </message>
</context>
<context>
    <name>NetworkMessage</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="12"/>
        <source>Username is not valid. Must be 4 to 20 alphanumeric characters.</source>
        <translation>ユーザー名は4～20文字の半角英数字で設定してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="14"/>
        <source>Room name is not valid. Must be 4 to 20 alphanumeric characters.</source>
        <translation>ルーム名は4～20文字の半角英数字で設定してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="16"/>
        <source>Username is already in use or not valid. Please choose another.</source>
        <translation>このユーザー名は既に存在するか無効です。別の名前を入力してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="18"/>
        <source>IP is not a valid IPv4 address.</source>
        <translation>有効なIPv4アドレスではありません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="20"/>
        <source>Port must be a number between 0 to 65535.</source>
        <translation>ポート番号は0～65535の範囲で入力してください </translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="21"/>
        <source>You must choose a Preferred Game to host a room. If you do not have any games in your game list yet, add a game folder by clicking on the plus icon in the game list.</source>
        <translation>ルームの立ち上げにはゲームタイトルの選択が必須です。ゲームリストの+アイコンをクリックしてゲームファイルのあるフォルダを登録してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="25"/>
        <source>Unable to find an internet connection. Check your internet settings.</source>
        <translation>インターネット接続が見つかりません。インターネット設定を確認してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="27"/>
        <source>Unable to connect to the host. Verify that the connection settings are correct. If you still cannot connect, contact the room host and verify that the host is properly configured with the external port forwarded.</source>
        <translation>ホストに接続できません。設定に問題がないにも関わらず接続できない場合、ホスト側に連絡してポート開放が正しく行われているか確認してもらってください。</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="31"/>
        <source>Unable to connect to the room because it is already full.</source>
        <translation>このルームは満員です</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="33"/>
        <source>Creating a room failed. Please retry. Restarting Citra might be necessary.</source>
        <translation>ルーム作成に失敗しました。再試行してみてください。Citraの再起動が必要な場合があります</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="35"/>
        <source>The host of the room has banned you. Speak with the host to unban you or try a different room.</source>
        <translation>ホストからBANされました。ホストに連絡して解除してもらうか、他のルームを探してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="38"/>
        <source>Version mismatch! Please update to the latest version of Citra. If the problem persists, contact the room host and ask them to update the server.</source>
        <translation>バージョンが一致していません。Citraを最新版に更新しても問題が解決しない場合は、ホスト側にサーバーのアップデートを依頼してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="40"/>
        <source>Incorrect password.</source>
        <translation>パスワードが正しくありません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="42"/>
        <source>An unknown error occured. If this error continues to occur, please open an issue</source>
        <translation>不明なエラーが発生しました。このエラーが何度も発生する場合、開発側に報告してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="44"/>
        <source>Connection to room lost. Try to reconnect.</source>
        <translation>ルームとの接続が切れました。再接続を試みてください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="46"/>
        <source>You have been kicked by the room host.</source>
        <translation>ルームから強制退出されました</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="48"/>
        <source>MAC address is already in use. Please choose another.</source>
        <translation>このMACアドレスは既に使用されています。 別のものを入力してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="49"/>
        <source>Your Console ID conflicted with someone else's in the room.

Please go to Emulation &gt; Configure &gt; System to regenerate your Console ID.</source>
        <translation>あなたのコンソールIDがルーム内プレイヤーのコンソールIDと競合しました。
エミュレーション→設定→システムからコンソールIDを再生成してください</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="53"/>
        <source>You do not have enough permission to perform this action.</source>
        <translation>この操作を実行するための十分な権限がありません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="54"/>
        <source>The user you are trying to kick/ban could not be found.
They may have left the room.</source>
        <translation>強制退出/BAN対象のプレイヤーが見つかりませんでした
既に退出している可能性があります</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="69"/>
        <source>Leave Room</source>
        <translation>退室</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="70"/>
        <source>You are about to close the room. Any network connections will be closed.</source>
        <translation>ルームを閉じると現在の接続は失われます。よろしいですか？</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="75"/>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="76"/>
        <source>You are about to leave the room. Any network connections will be closed.</source>
        <translation>退室すると全てのネットワークは切断されます。続行しますか？</translation>
    </message>
</context>
<context>
    <name>NetworkMessage::ErrorManager</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/message.cpp" line="64"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby_p.h" line="231"/>
        <source>%1 is not playing a game</source>
        <translation>%1 は現在何もプレイしていません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/lobby_p.h" line="233"/>
        <source>%1 is playing %2</source>
        <translation>%1 は %2 をプレイ中</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/multiplayer/chat_room.cpp" line="134"/>
        <source>Not playing a game</source>
        <translation>何もプレイしていません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="289"/>
        <source>Invalid region</source>
        <translation>無効な地域</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="363"/>
        <source>Installed Titles</source>
        <translation>インストールされたタイトル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="367"/>
        <source>System Titles</source>
        <translation>システムタイトル</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/game_list_p.h" line="403"/>
        <source>Add New Game Directory</source>
        <translation>新しいゲームディレクトリを追加</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="22"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="33"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="24"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="35"/>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="26"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="37"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="36"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="57"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="93"/>
        <source>[not set]</source>
        <translation>[未設定]</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="48"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="69"/>
        <source>Hat %1 %2</source>
        <translation>Hat %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="55"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="76"/>
        <source>Axis %1%2</source>
        <translation>Axis %1%2</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="61"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="82"/>
        <source>Button %1</source>
        <translation>Button %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_touch_from_button.cpp" line="67"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="88"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="120"/>
        <source>[unknown]</source>
        <translation>[不明]</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="102"/>
        <source>[unused]</source>
        <translation>[未使用]</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="108"/>
        <location filename="../../src/citra_qt/configuration/configure_input.cpp" line="114"/>
        <source>Axis %1</source>
        <translation>Axis %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/camera/qt_camera_base.cpp" line="54"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/camera/qt_camera_base.cpp" line="55"/>
        <source>Couldn&apos;t load the camera</source>
        <translation>カメラをロードできませんでした</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/camera/qt_camera_base.cpp" line="56"/>
        <source>Couldn&apos;t load %1</source>
        <translation>%1 をロードできませんでした</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/camera/still_image_camera.cpp" line="46"/>
        <source>Supported image files (%1)</source>
        <translation>サポートしている画像ファイル (%1)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/camera/still_image_camera.cpp" line="48"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
</context>
<context>
    <name>QtKeyboard</name>
    <message>
        <location filename="../../src/citra_qt/applets/swkbd.cpp" line="129"/>
        <source>Software Keyboard</source>
        <translation>ソフトウェアキーボード</translation>
    </message>
</context>
<context>
    <name>QtKeyboardDialog</name>
    <message>
        <location filename="../../src/citra_qt/applets/swkbd.cpp" line="87"/>
        <source>Text length is not correct (should be %1 characters)</source>
        <translation>テキストの長さが正しくありません（%1 文字にしてください）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/applets/swkbd.cpp" line="90"/>
        <source>Text is too long (should be no more than %1 characters)</source>
        <translation>テキストが長すぎます（%1文字以内）</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/applets/swkbd.cpp" line="92"/>
        <source>Blank input is not allowed</source>
        <translation>空白だけの入力はできません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/applets/swkbd.cpp" line="93"/>
        <source>Empty input is not allowed</source>
        <translation>入力なしにはできません</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/applets/swkbd.cpp" line="95"/>
        <source>Validation error</source>
        <translation>入力エラー</translation>
    </message>
</context>
<context>
    <name>QtMiiSelectorDialog</name>
    <message>
        <location filename="../../src/citra_qt/applets/mii_selector.cpp" line="31"/>
        <source>Mii Selector</source>
        <translation>Mii Selector</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/applets/mii_selector.cpp" line="35"/>
        <source>Standard Mii</source>
        <translation>デフォルトの Mii</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="6"/>
        <source>View Record</source>
        <translation>レコードを表示</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="22"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="28"/>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="79"/>
        <source>Process:</source>
        <translation>プロセス:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="42"/>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="93"/>
        <source>Thread:</source>
        <translation>スレッド:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="56"/>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="107"/>
        <source>Session:</source>
        <translation>セッション:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="73"/>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="126"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="132"/>
        <source>Client Port:</source>
        <translation>クライアントポート:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="146"/>
        <source>Service:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="160"/>
        <source>Function:</source>
        <translation>関数:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="177"/>
        <source>Command Buffer</source>
        <translation>コマンドバッファ</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="185"/>
        <source>Select:</source>
        <translation>選択:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="193"/>
        <source>Request Untranslated</source>
        <translation>未翻訳リクエスト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="198"/>
        <source>Request Translated</source>
        <translation>翻訳されたリクエスト</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="203"/>
        <source>Reply Untranslated</source>
        <translation>未翻訳返信</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="208"/>
        <source>Reply Translated</source>
        <translation>翻訳された返信</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.ui" line="237"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/ipc/record_dialog.cpp" line="13"/>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>RegistersWidget</name>
    <message>
        <location filename="../../src/citra_qt/debugger/registers.cpp" line="17"/>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/registers.cpp" line="18"/>
        <source>VFP Registers</source>
        <translation>VFP Registers</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/registers.cpp" line="20"/>
        <source>VFP System Registers</source>
        <translation>VFP System Registers</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/registers.cpp" line="171"/>
        <source>Vector Length</source>
        <translation>Vector Length</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/registers.cpp" line="172"/>
        <source>Vector Stride</source>
        <translation>Vector Stride</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/registers.cpp" line="173"/>
        <source>Rounding Mode</source>
        <translation>Rounding Mode</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/registers.cpp" line="186"/>
        <source>Vector Iteration Count</source>
        <translation>Vector Iteration Count</translation>
    </message>
</context>
<context>
    <name>SequenceDialog</name>
    <message>
        <location filename="../../src/citra_qt/util/sequence_dialog/sequence_dialog.cpp" line="11"/>
        <source>Enter a hotkey</source>
        <translation>ホットキーを入力</translation>
    </message>
</context>
<context>
    <name>WaitTreeEvent</name>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="302"/>
        <source>reset type = %1</source>
        <translation>reset type = %1</translation>
    </message>
</context>
<context>
    <name>WaitTreeMutex</name>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="315"/>
        <source>locked %1 times by thread:</source>
        <translation>locked %1 times by thread:</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="318"/>
        <source>free</source>
        <translation>free</translation>
    </message>
</context>
<context>
    <name>WaitTreeMutexList</name>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="357"/>
        <source>holding mutexes</source>
        <translation>holding mutexes</translation>
    </message>
</context>
<context>
    <name>WaitTreeObjectList</name>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="162"/>
        <source>waiting for all objects</source>
        <translation>waiting for all objects</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="163"/>
        <source>waiting for one of the following objects</source>
        <translation>waiting for one of the following objects</translation>
    </message>
</context>
<context>
    <name>WaitTreeSemaphore</name>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="331"/>
        <source>available count = %1</source>
        <translation>available count = %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="332"/>
        <source>max count = %1</source>
        <translation>max count = %1</translation>
    </message>
</context>
<context>
    <name>WaitTreeThread</name>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="180"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="183"/>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="186"/>
        <source>waiting for address 0x%1</source>
        <translation>waiting for address 0x%1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="189"/>
        <source>sleeping</source>
        <translation>sleeping</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="192"/>
        <source>waiting for IPC response</source>
        <translation>waiting for IPC response</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="196"/>
        <source>waiting for objects</source>
        <translation>waiting for objects</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="199"/>
        <source>waiting for HLE return</source>
        <translation>waiting for HLE return</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="202"/>
        <source>dormant</source>
        <translation>dormant</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="205"/>
        <source>dead</source>
        <translation>dead</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="208"/>
        <source> PC = 0x%1 LR = 0x%2</source>
        <translation> PC = 0x%1 LR = 0x%2</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="250"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="253"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="256"/>
        <source>AppCore</source>
        <translation>AppCore</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="259"/>
        <source>SysCore</source>
        <translation>SysCore</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="262"/>
        <source>Unknown processor %1</source>
        <translation>Unknown processor %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="266"/>
        <source>object id = %1</source>
        <translation>object id = %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="267"/>
        <source>processor = %1</source>
        <translation>processor = %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="268"/>
        <source>thread id = %1</source>
        <translation>thread id = %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="271"/>
        <source>process = %1 (%2)</source>
        <translation>process = %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="275"/>
        <source>priority = %1(current) / %2(normal)</source>
        <translation>priority = %1(current) / %2(normal)</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="279"/>
        <source>last running ticks = %1</source>
        <translation>last running ticks = %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="282"/>
        <source>not holding mutex</source>
        <translation>not holding mutex</translation>
    </message>
</context>
<context>
    <name>WaitTreeThreadList</name>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="371"/>
        <source>waited by thread</source>
        <translation>waited by thread</translation>
    </message>
</context>
<context>
    <name>WaitTreeTimer</name>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="344"/>
        <source>reset type = %1</source>
        <translation>reset type = %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="346"/>
        <source>initial delay = %1</source>
        <translation>initial delay = %1</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="348"/>
        <source>interval delay = %1</source>
        <translation>interval delay = %1</translation>
    </message>
</context>
<context>
    <name>WaitTreeWaitObject</name>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="108"/>
        <source>[%1]%2 %3</source>
        <translation>[%1]%2 %3</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="136"/>
        <source>waited by no thread</source>
        <translation>waited by no thread</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="146"/>
        <source>one shot</source>
        <translation>one shot</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="148"/>
        <source>sticky</source>
        <translation>sticky</translation>
    </message>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="150"/>
        <source>pulse</source>
        <translation>pulse</translation>
    </message>
</context>
<context>
    <name>WaitTreeWidget</name>
    <message>
        <location filename="../../src/citra_qt/debugger/wait_tree.cpp" line="442"/>
        <source>Wait Tree</source>
        <translation>Wait Tree</translation>
    </message>
</context>
</TS>