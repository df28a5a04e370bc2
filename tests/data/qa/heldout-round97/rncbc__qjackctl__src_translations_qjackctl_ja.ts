<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>PortAudioProber</name>
    <message>
        <location filename="../qjackctlInterfaceComboBox.cpp" line="156"/>
        <source>Probing...</source>
        <translation>検査中...</translation>
    </message>
    <message>
        <location filename="../qjackctlInterfaceComboBox.cpp" line="157"/>
        <source>Please wait, PortAudio is probing audio hardware.</source>
        <translation>お待ちください。PortAudioがオーディオハードウェアを検査中です。</translation>
    </message>
    <message>
        <location filename="../qjackctlInterfaceComboBox.cpp" line="191"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../qjackctlInterfaceComboBox.cpp" line="192"/>
        <source>Audio hardware probing timed out.</source>
        <translation>オーディオハードウェア検査がタイムアウトしました。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../qjackctlSetup.cpp" line="50"/>
        <source>(default)</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/38</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="607"/>
        <source>Usage: %1 [options] [command-and-args]</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="610"/>
        <source>Options:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="612"/>
        <source>Start JACK audio server immediately</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="614"/>
        <source>Set default settings preset name</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="616"/>
        <source>Set active patchbay definition file</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="618"/>
        <source>Set default JACK audio server name</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="620"/>
        <source>Show help about command line options</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="622"/>
        <source>Show version information</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="658"/>
        <source>Option -p requires an argument (preset).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="667"/>
        <source>Option -a requires an argument (path).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetup.cpp" line="677"/>
        <source>Option -n requires an argument (name).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlJackConnect.cpp" line="178"/>
        <source>%1 (%2 frames)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphCommand.cpp" line="131"/>
        <source>Move</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphCommand.cpp" line="184"/>
        <source>Rename</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>qjackctlAboutForm</name>
    <message>
        <location filename="../qjackctlAboutForm.ui" line="37"/>
        <source>About</source>
        <translation>QjackCtlについて</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.ui" line="77"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.ui" line="87"/>
        <source>About Qt</source>
        <translation>Qtについて</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="85"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="44"/>
        <source>Debugging option enabled.</source>
        <translation>デバッグオプションは有効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="47"/>
        <source>System tray disabled.</source>
        <translation>システムトレイは無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="50"/>
        <source>Transport status control disabled.</source>
        <translation>トランスポートステータスコントロールは無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="53"/>
        <source>Realtime status disabled.</source>
        <translation>リアルタイムステータスは無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="56"/>
        <source>XRUN delay status disabled.</source>
        <translation>XRUN遅延検出は無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="59"/>
        <source>Maximum delay status disabled.</source>
        <translation>最大遅延ステータスは無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="62"/>
        <source>JACK Port aliases support disabled.</source>
        <translation>Jackポートエイリアスサポートは無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="65"/>
        <source>JACK MIDI support disabled.</source>
        <translation>JACK MIDIサポートは無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="68"/>
        <source>JACK Session support disabled.</source>
        <translation>JACKセッションサポートは無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="72"/>
        <source>ALSA/MIDI sequencer support disabled.</source>
        <translation>ALSA/MIDIシーケンサーサポートは無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="77"/>
        <source>D-Bus interface support disabled.</source>
        <translation>D-Busインターフェイスサポートは無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="93"/>
        <source>Using: Qt %1</source>
        <translation>Qt %1 を使用</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="99"/>
        <source>JACK %1</source>
        <translation>JACK %1</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="103"/>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="108"/>
        <source>This program is free software; you can redistribute it and/or modify it</source>
        <translation>このプログラムはフリーソフトウェアです; GNU一般公衆ライセンスバージョン2以降の</translation>
    </message>
    <message>
        <location filename="../qjackctlAboutForm.cpp" line="109"/>
        <source>under the terms of the GNU General Public License version 2 or later.</source>
        <translation>条件の元で、あなたはこのプログラムを再配布かつ/あるいは変更できます。</translation>
    </message>
</context>
<context>
    <name>qjackctlClientListView</name>
    <message>
        <location filename="../qjackctlConnect.cpp" line="797"/>
        <source>Readable Clients / Output Ports</source>
        <translation>出力可能クライアント/出力ポート</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="799"/>
        <source>Writable Clients / Input Ports</source>
        <translation>入力可能クライアント/入力ポート</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1111"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1112"/>
        <source>Alt+C</source>
        <comment>Connect</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1115"/>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1116"/>
        <source>Alt+D</source>
        <comment>Disconnect</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1119"/>
        <source>Disconnect &amp;All</source>
        <translation>すべて切断(&amp;A)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1120"/>
        <source>Alt+A</source>
        <comment>Disconnect All</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1125"/>
        <source>Re&amp;name</source>
        <translation>リネーム(&amp;N)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1126"/>
        <source>Alt+N</source>
        <comment>Rename</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1132"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1133"/>
        <source>Alt+R</source>
        <comment>Refresh</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>qjackctlConnect</name>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1940"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1941"/>
        <source>This will suspend sound processing
from all client applications.

Are you sure?</source>
        <translation>すべてのクライアントアプリケーションの
サウンド処理をサスペンドします。

よろしいですか?</translation>
    </message>
</context>
<context>
    <name>qjackctlConnectionsForm</name>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="44"/>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="63"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="98"/>
        <location filename="../qjackctlConnectionsForm.ui" line="233"/>
        <location filename="../qjackctlConnectionsForm.ui" line="368"/>
        <source>Connect currently selected ports</source>
        <translation>選択しているポートを接続します</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="101"/>
        <location filename="../qjackctlConnectionsForm.ui" line="236"/>
        <location filename="../qjackctlConnectionsForm.ui" line="371"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="111"/>
        <location filename="../qjackctlConnectionsForm.ui" line="246"/>
        <location filename="../qjackctlConnectionsForm.ui" line="381"/>
        <source>Disconnect currently selected ports</source>
        <translation>選択しているポートを切断します</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="114"/>
        <location filename="../qjackctlConnectionsForm.ui" line="249"/>
        <location filename="../qjackctlConnectionsForm.ui" line="384"/>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="124"/>
        <location filename="../qjackctlConnectionsForm.ui" line="259"/>
        <location filename="../qjackctlConnectionsForm.ui" line="394"/>
        <source>Disconnect all currently connected ports</source>
        <translation>接続しているすべてのポートを切断します</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="127"/>
        <location filename="../qjackctlConnectionsForm.ui" line="262"/>
        <location filename="../qjackctlConnectionsForm.ui" line="397"/>
        <source>Disconnect &amp;All</source>
        <translation>すべて切断(&amp;A)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="153"/>
        <location filename="../qjackctlConnectionsForm.ui" line="288"/>
        <location filename="../qjackctlConnectionsForm.ui" line="423"/>
        <source>Expand all client ports</source>
        <translation>すべてのクライアントポートを展開します</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="156"/>
        <location filename="../qjackctlConnectionsForm.ui" line="291"/>
        <location filename="../qjackctlConnectionsForm.ui" line="426"/>
        <source>E&amp;xpand All</source>
        <translation>すべて展開(&amp;X)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="182"/>
        <location filename="../qjackctlConnectionsForm.ui" line="317"/>
        <location filename="../qjackctlConnectionsForm.ui" line="452"/>
        <source>Refresh current connections view</source>
        <translation>接続の表示を更新します</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="185"/>
        <location filename="../qjackctlConnectionsForm.ui" line="320"/>
        <location filename="../qjackctlConnectionsForm.ui" line="455"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="198"/>
        <source>MIDI</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlConnectionsForm.ui" line="333"/>
        <source>ALSA</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>qjackctlConnectorView</name>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1310"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1311"/>
        <source>Alt+C</source>
        <comment>Connect</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1314"/>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1315"/>
        <source>Alt+D</source>
        <comment>Disconnect</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1318"/>
        <source>Disconnect &amp;All</source>
        <translation>すべて切断(&amp;A)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1319"/>
        <source>Alt+A</source>
        <comment>Disconnect All</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1324"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlConnect.cpp" line="1325"/>
        <source>Alt+R</source>
        <comment>Refresh</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>qjackctlGraphCanvas</name>
    <message>
        <location filename="../qjackctlGraph.cpp" line="1756"/>
        <location filename="../qjackctlGraph.cpp" line="1882"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../qjackctlGraph.cpp" line="1952"/>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
</context>
<context>
    <name>qjackctlGraphForm</name>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="33"/>
        <source>Graph</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="63"/>
        <source>&amp;Graph</source>
        <translation>グラフ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="72"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="82"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="86"/>
        <source>&amp;Zoom</source>
        <translation>拡大/縮小(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="99"/>
        <source>Co&amp;lors</source>
        <translation>色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="114"/>
        <source>S&amp;ort</source>
        <translation>並べ替え(&amp;O)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="139"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="187"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="190"/>
        <location filename="../qjackctlGraphForm.ui" line="193"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="196"/>
        <source>Connect selected ports</source>
        <translation>選択したポートを接続します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="199"/>
        <source>Ins</source>
        <translation>Insキー</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="207"/>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="210"/>
        <location filename="../qjackctlGraphForm.ui" line="213"/>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="216"/>
        <source>Disconnect selected ports</source>
        <translation>選択したポートを切断します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="219"/>
        <source>Del</source>
        <translation>Delキー</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="224"/>
        <source>Cl&amp;ose</source>
        <translation>閉じる(&amp;O)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="227"/>
        <location filename="../qjackctlGraphForm.ui" line="230"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="233"/>
        <source>Close this application window</source>
        <translation>このウィンドウを終了します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="241"/>
        <source>Select &amp;All</source>
        <translation>全て選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="244"/>
        <location filename="../qjackctlGraphForm.ui" line="247"/>
        <location filename="../qjackctlGraphForm.ui" line="250"/>
        <source>Select All</source>
        <translation>すべて選択します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="253"/>
        <source>Ctrl+A</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="258"/>
        <source>Select &amp;None</source>
        <translation>選択の解除(&amp;N)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="261"/>
        <location filename="../qjackctlGraphForm.ui" line="264"/>
        <location filename="../qjackctlGraphForm.ui" line="267"/>
        <source>Select None</source>
        <translation>選択を解除します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="270"/>
        <source>Ctrl+Shift+A</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="275"/>
        <source>Select &amp;Invert</source>
        <translation>選択の反転(&amp;I)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="278"/>
        <location filename="../qjackctlGraphForm.ui" line="281"/>
        <location filename="../qjackctlGraphForm.ui" line="284"/>
        <source>Select Invert</source>
        <translation>選択を反転します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="287"/>
        <source>Ctrl+I</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="295"/>
        <source>&amp;Rename...</source>
        <translation>アイテム名の変更(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="298"/>
        <source>Rename item</source>
        <translation>アイテム名を変更します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="301"/>
        <location filename="../qjackctlGraphForm.ui" line="304"/>
        <source>Rename Item</source>
        <translation>アイテム名の変更</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="315"/>
        <source>&amp;Menubar</source>
        <translation>メニューバー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="318"/>
        <location filename="../qjackctlGraphForm.ui" line="321"/>
        <source>Menubar</source>
        <translation>メニューバー</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="324"/>
        <source>Show/hide the main program window menubar</source>
        <translation>メインプログラムウィンドウのメニューバーの表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="327"/>
        <source>Ctrl+M</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="335"/>
        <source>&amp;Toolbar</source>
        <translation>ツールバー(&amp;T)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="338"/>
        <location filename="../qjackctlGraphForm.ui" line="341"/>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="344"/>
        <source>Show/hide main program window file toolbar</source>
        <translation>メインプログラムウィンドウのツールバーの表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="352"/>
        <source>&amp;Statusbar</source>
        <translation>ステータスバー(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="355"/>
        <location filename="../qjackctlGraphForm.ui" line="358"/>
        <source>Statusbar</source>
        <translation>ステータスバー</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="361"/>
        <source>Show/hide the main program window statusbar</source>
        <translation>メインプログラムウィンドウのステータスバーを表示したり隠したりします</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="372"/>
        <source>Text Beside &amp;Icons</source>
        <translation>アイコンテキストの表示(&amp;I)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="375"/>
        <location filename="../qjackctlGraphForm.ui" line="378"/>
        <source>Text beside icons</source>
        <translation>アイコンテキストの表示</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="381"/>
        <source>Show/hide text beside icons</source>
        <translation>アイコンテキストを表示したり隠したりします</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="389"/>
        <source>&amp;Center</source>
        <translation>中央寄せ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="392"/>
        <location filename="../qjackctlGraphForm.ui" line="395"/>
        <source>Center</source>
        <translation>中央寄せ</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="398"/>
        <source>Center view</source>
        <translation>中央寄せします</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="406"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="409"/>
        <location filename="../qjackctlGraphForm.ui" line="412"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="415"/>
        <source>Refresh view</source>
        <translation>ビューを更新します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="418"/>
        <source>F5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="426"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="429"/>
        <location filename="../qjackctlGraphForm.ui" line="432"/>
        <location filename="../qjackctlGraphForm.ui" line="435"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="438"/>
        <source>Ctrl++</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="446"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="449"/>
        <location filename="../qjackctlGraphForm.ui" line="452"/>
        <location filename="../qjackctlGraphForm.ui" line="455"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="458"/>
        <source>Ctrl+-</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="466"/>
        <source>Zoom &amp;Fit</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="469"/>
        <location filename="../qjackctlGraphForm.ui" line="472"/>
        <location filename="../qjackctlGraphForm.ui" line="475"/>
        <source>Zoom Fit</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="478"/>
        <source>Ctrl+0</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="486"/>
        <source>Zoom &amp;Reset</source>
        <translation>表示のリセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="489"/>
        <location filename="../qjackctlGraphForm.ui" line="492"/>
        <location filename="../qjackctlGraphForm.ui" line="495"/>
        <source>Zoom Reset</source>
        <translation>表示リセット</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="498"/>
        <source>Ctrl+1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="509"/>
        <source>&amp;Zoom Range</source>
        <translation>選択範囲の拡大(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="512"/>
        <location filename="../qjackctlGraphForm.ui" line="515"/>
        <location filename="../qjackctlGraphForm.ui" line="518"/>
        <source>Zoom Range</source>
        <translation>選択範囲を拡大します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="526"/>
        <source>JACK &amp;Audio...</source>
        <translation>JACK Audio (&amp;A)...</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="529"/>
        <location filename="../qjackctlGraphForm.ui" line="532"/>
        <location filename="../qjackctlGraphForm.ui" line="535"/>
        <source>JACK Audio color</source>
        <translation>JACK Audioの色</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="543"/>
        <source>JACK &amp;MIDI...</source>
        <translation>JACK MIDI (&amp;M)...</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="546"/>
        <source>JACK MIDI</source>
        <translation>JACK MIDI</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="549"/>
        <location filename="../qjackctlGraphForm.ui" line="552"/>
        <source>JACK MIDI color</source>
        <translation>JACK MIDIの色</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="560"/>
        <source>&amp;ALSA MIDI...</source>
        <translation>ALSA MIDI (&amp;A)...</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="563"/>
        <source>ALSA MIDI</source>
        <translation>ALSA MIDI</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="566"/>
        <location filename="../qjackctlGraphForm.ui" line="569"/>
        <source>ALSA MIDI color</source>
        <translation>ALSA MIDIの色</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="577"/>
        <source>JACK &amp;CV...</source>
        <translation>JACK CV (&amp;C)...</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="580"/>
        <location filename="../qjackctlGraphForm.ui" line="583"/>
        <location filename="../qjackctlGraphForm.ui" line="586"/>
        <source>JACK CV color</source>
        <translation>JACK CVの色</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="594"/>
        <source>JACK &amp;OSC...</source>
        <translation>JACK OSC(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="597"/>
        <source>JACK OSC</source>
        <translation>JACK OSC</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="600"/>
        <location filename="../qjackctlGraphForm.ui" line="603"/>
        <source>JACK OSC color</source>
        <translation>JACK OSCの色</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="611"/>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="614"/>
        <location filename="../qjackctlGraphForm.ui" line="617"/>
        <location filename="../qjackctlGraphForm.ui" line="620"/>
        <source>Reset colors</source>
        <translation>配色のリセット</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="631"/>
        <source>Port &amp;Name</source>
        <translation>ポート名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="634"/>
        <source>Port name</source>
        <translation>ポート名</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="637"/>
        <source>Sort by port name</source>
        <translation>ポート名で並べ替え</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="648"/>
        <source>Port &amp;Title</source>
        <translation>ポートタイトル(&amp;T)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="651"/>
        <source>Port title</source>
        <translation>ポートタイトル</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="654"/>
        <source>Sort by port title</source>
        <translation>ポートタイトルで並べ替え</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="665"/>
        <source>Port &amp;Index</source>
        <translation>ポートインデックス(&amp;I)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="668"/>
        <source>Port index</source>
        <translation>ポートインデックス</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="671"/>
        <source>Sort by port index</source>
        <translation>ポートインデックスで並べ替え</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="682"/>
        <source>&amp;Ascending</source>
        <translation>昇順(&amp;A)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="685"/>
        <source>Ascending</source>
        <translation>昇順で並べ替え</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="688"/>
        <source>Ascending sort order</source>
        <translation>昇順で並べ替えます</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="699"/>
        <source>&amp;Descending</source>
        <translation>降順(&amp;D)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="702"/>
        <source>Descending</source>
        <translation>降順で並べ替え</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="705"/>
        <source>Descending sort order</source>
        <translation>降順で並べ替えます</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="713"/>
        <source>&amp;About...</source>
        <translation>qjackctlについて(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="716"/>
        <source>About...</source>
        <translation>QjackCtlについて...</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="719"/>
        <source>About</source>
        <translation>QjackCtlについて</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="722"/>
        <source>Show information about this application program</source>
        <translation>このアプリケーションプログラムについての情報を表示します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="730"/>
        <source>About &amp;Qt...</source>
        <translation>Qtについて(&amp;Q)...</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="733"/>
        <source>About Qt...</source>
        <translation>Qtについて...</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="736"/>
        <source>About Qt</source>
        <translation>Qtについて</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.ui" line="739"/>
        <source>Show information about the Qt toolkit</source>
        <translation>Qtツールキットについての情報を表示します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.cpp" line="97"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.cpp" line="102"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.cpp" line="99"/>
        <source>Undo last edit action</source>
        <translation>直前の作業を取り消します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.cpp" line="104"/>
        <source>Redo last edit action</source>
        <translation>取り消した作業をやり直します</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.cpp" line="120"/>
        <source>Zoom</source>
        <translation>拡大率</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.cpp" line="433"/>
        <source>Ready</source>
        <translation>準備できました</translation>
    </message>
    <message>
        <location filename="../qjackctlGraphForm.cpp" line="507"/>
        <source>Colors - %1</source>
        <translation>色 - %1</translation>
    </message>
</context>
<context>
    <name>qjackctlMainForm</name>
    <message>
        <location filename="../qjackctlMainForm.ui" line="60"/>
        <source>Start the JACK server</source>
        <translation>JACKサーバーを開始します</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="63"/>
        <location filename="../qjackctlMainForm.cpp" line="4126"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="94"/>
        <source>Stop the JACK server</source>
        <translation>JACKサーバを停止します</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="97"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="145"/>
        <source>JACK server state</source>
        <translation>JACKサーバーの状態</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="172"/>
        <source>JACK server mode</source>
        <translation>JACKサーバーのモード</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="196"/>
        <source>DSP Load</source>
        <translation>DSPの負荷</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="220"/>
        <source>Sample rate</source>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="244"/>
        <source>XRUN Count (notifications)</source>
        <translation>XRUNの回数(通知)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="273"/>
        <source>Time display</source>
        <translation>時間の表示</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="300"/>
        <source>Transport state</source>
        <translation>トランスポートの状態</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="327"/>
        <source>Transport BPM</source>
        <translation>トランスポートのBPM</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="353"/>
        <source>Transport time</source>
        <translation>トランスポートの時間</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="387"/>
        <source>Quit processing and exit</source>
        <translation>処理を終わらせ終了します</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="390"/>
        <location filename="../qjackctlMainForm.cpp" line="594"/>
        <location filename="../qjackctlMainForm.cpp" line="4266"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="418"/>
        <source>Show/hide the session management window</source>
        <translation>セッション管理ウィンドウの表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="421"/>
        <location filename="../qjackctlMainForm.cpp" line="4166"/>
        <source>S&amp;ession</source>
        <translation>セッション(&amp;E)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="452"/>
        <source>Show/hide the messages log/status window</source>
        <translation>メッセージログ/状態ウィンドウを表示したり隠したりします</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="455"/>
        <location filename="../qjackctlMainForm.cpp" line="4211"/>
        <source>&amp;Messages</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="486"/>
        <source>Show settings and options dialog</source>
        <translation>設定とオプションダイアログを表示</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="489"/>
        <location filename="../qjackctlMainForm.cpp" line="598"/>
        <location filename="../qjackctlMainForm.cpp" line="4255"/>
        <source>Set&amp;up...</source>
        <translation>設定(&amp;U)...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="520"/>
        <source>Show/hide the graph window</source>
        <translation>グラフウィンドウの表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="554"/>
        <source>Show/hide the connections window</source>
        <translation>接続ウィンドウの表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="557"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="588"/>
        <source>Show/hide the patchbay editor window</source>
        <translation>パッチベイ編集ウィンドウの表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="591"/>
        <source>&amp;Patchbay</source>
        <translation>パッチベイ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="622"/>
        <source>Rewind transport</source>
        <translation>トランスポートを先頭に戻します</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="625"/>
        <location filename="../qjackctlMainForm.cpp" line="4238"/>
        <source>&amp;Rewind</source>
        <translation>先頭に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="650"/>
        <source>Backward transport</source>
        <translation>トランスポートを逆再生します</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="653"/>
        <source>&amp;Backward</source>
        <translation>逆再生(&amp;B)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="681"/>
        <source>Start transport rolling</source>
        <translation>トランスポートのローリングをスタートします</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="684"/>
        <location filename="../qjackctlMainForm.cpp" line="4244"/>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="712"/>
        <source>Stop transport rolling</source>
        <translation>トランスポートのローリングをストップします</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="715"/>
        <location filename="../qjackctlMainForm.cpp" line="4247"/>
        <source>Pa&amp;use</source>
        <translation>一時停止(&amp;U)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="740"/>
        <source>Forward transport</source>
        <translation>トランスポートを早送りします</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="743"/>
        <source>&amp;Forward</source>
        <translation>早送り(&amp;F)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="771"/>
        <source>Show information about this application</source>
        <translation>このアプリケーションについての情報を表示します</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="774"/>
        <location filename="../qjackctlMainForm.cpp" line="602"/>
        <location filename="../qjackctlMainForm.cpp" line="4261"/>
        <source>Ab&amp;out...</source>
        <translation>情報(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="835"/>
        <source>Could not open ALSA sequencer as a client.

ALSA MIDI patchbay will be not available.</source>
        <translation>クライアントとしてALSAシーケンサーを開くことができませんでした

ALSA MIDIパッチベイは利用できません。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2413"/>
        <source>D-BUS: Service is available (%1 aka jackdbus).</source>
        <translation>D-BUS: サービスを利用できます (%1 がjackdbusを意味します)。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2444"/>
        <source>D-BUS: Service not available (%1 aka jackdbus).</source>
        <translation>D-BUS: サービスを利用できません (%1 がjackdbusを意味します)。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="956"/>
        <location filename="../qjackctlMainForm.cpp" line="4274"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="958"/>
        <source>The program will keep running in the system tray.

To terminate the program, please choose &quot;Quit&quot;
in the context menu of the system tray icon.</source>
        <translation>このプログラムはシステムトレイに表示されます。

プログラムを終了する時は、システムトレイアイコンの
コンテキストメニューで&quot;Quit&quot;を選択して下さい。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="975"/>
        <source>Don&apos;t show this message again</source>
        <translation>このメッセージを再表示しません</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="997"/>
        <location filename="../qjackctlMainForm.cpp" line="1104"/>
        <location filename="../qjackctlMainForm.cpp" line="1138"/>
        <location filename="../qjackctlMainForm.cpp" line="1196"/>
        <location filename="../qjackctlMainForm.cpp" line="1355"/>
        <location filename="../qjackctlMainForm.cpp" line="3080"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1005"/>
        <source>JACK is currently running.

Do you want to terminate the JACK audio server?</source>
        <translation>JACKは動作中です。

JACKオーディオサーバーを終了しますか？</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1008"/>
        <source>%1 is about to terminate.

Are you sure?</source>
        <translation>%1を終了しようとしています:

よろしいですか?</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1307"/>
        <source>successfully</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1309"/>
        <source>with exit status=%1</source>
        <translation>終了ステータス = %1</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1356"/>
        <source>Could not start JACK.

Maybe JACK audio server is already started.</source>
        <translation>JACKを開始できませんでした。

おそらくJACKサウンドサーバーはもう開始しています。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1389"/>
        <source>Could not load preset &quot;%1&quot;.

Retrying with default.</source>
        <translation>プリセット &quot;%1&quot; をロードできません。

デフォルトの設定でリトライします。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1392"/>
        <source>Could not load default preset.

Sorry.</source>
        <translation>デフォルトのプリセットをロードできません。

ごめんなさい。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1426"/>
        <source>Startup script...</source>
        <translation>スタートアップスクリプト...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1427"/>
        <source>Startup script terminated</source>
        <translation>スタートアップスクリプトは終了しました</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1442"/>
        <source>D-BUS: JACK server is starting...</source>
        <translation>D-BUS: JACKサーバーを開始しています...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1445"/>
        <source>D-BUS: JACK server could not be started.

Sorry</source>
        <translation>D-BUS: JACKサーバーを開始できません。

ごめんなさい</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1674"/>
        <source>JACK is starting...</source>
        <translation>JACKを開始しています...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1198"/>
        <source>Some client audio applications
are still active and connected.

Do you want to stop the JACK audio server?</source>
        <translation>アクティブな接続を持っているオーディオの
クライアントがあります

JACKオーディオサーバーを終了しますか？</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1747"/>
        <source>Shutdown script...</source>
        <translation>シャットダウンスクリプト...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1748"/>
        <source>Shutdown script terminated</source>
        <translation>シャットダウンスクリプトは終了しました</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1754"/>
        <source>JACK is stopping...</source>
        <translation>JACKを終了しています...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1770"/>
        <source>D-BUS: JACK server is stopping...</source>
        <translation>D-BUS: JACKサーバーを終了しています...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1773"/>
        <source>D-BUS: JACK server could not be stopped.

Sorry</source>
        <translation>D-BUS: JACKサーバーを終了できませんでした。

ごめんなさい</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1860"/>
        <source>JACK was started with PID=%1.</source>
        <translation>JACKはプロセスID=%1で開始しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1872"/>
        <source>D-BUS: JACK server was started (%1 aka jackdbus).</source>
        <translation>D-BUS: JACKサーバーはスタートしました (%1 がjackdbusを意味します)。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1912"/>
        <source>JACK is being forced...</source>
        <translation>JACKを強制終了します...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1922"/>
        <source>JACK was stopped</source>
        <translation>JACKは終了しました</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1935"/>
        <source>D-BUS: JACK server was stopped (%1 aka jackdbus).</source>
        <translation>D-BUS: JACKサーバーは終了しました (%1 がjackdbusを意味します)。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1950"/>
        <source>Post-shutdown script...</source>
        <translation>ポストシャットダウンスクリプト...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1951"/>
        <source>Post-shutdown script terminated</source>
        <translation>ポストシャットダウンスクリプトは終了しました</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2120"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1020"/>
        <location filename="../qjackctlMainForm.cpp" line="1156"/>
        <location filename="../qjackctlMainForm.cpp" line="1209"/>
        <location filename="../qjackctlMainForm.cpp" line="3097"/>
        <source>Don&apos;t ask this again</source>
        <translation>この質問を繰り返さない</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1105"/>
        <source>The preset aliases have been changed:

&quot;%1&quot;

Do you want to save the changes?</source>
        <translation>プリセットのエイリアス名が変更されています:

&quot;%1&quot;

変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2267"/>
        <source>Transport BBT (bar.beat.ticks)</source>
        <translation>トランスポートのBBT(bar: beat, ticks)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2268"/>
        <source>Transport time code</source>
        <translation>トランスポートのタイムコード</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2279"/>
        <source>Elapsed time since last reset</source>
        <translation>最後のリセットからの経過時間</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2282"/>
        <source>Elapsed time since last XRUN</source>
        <translation>最後のXRUNからの経過時間</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2486"/>
        <source>Patchbay reset.</source>
        <translation>パッチベイのリセット。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2494"/>
        <source>Could not load active patchbay definition.

&quot;%1&quot;

Disabled.</source>
        <translation>アクティブなパッチベイ定義をロードできません。

&quot;%1&quot;

無効にしました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2498"/>
        <source>Patchbay activated.</source>
        <translation>パッチベイを有効にしました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2506"/>
        <source>Patchbay deactivated.</source>
        <translation>パッチベイを無効にしました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2598"/>
        <source>Statistics reset.</source>
        <translation>統計のリセット。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2737"/>
        <source>msec</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2754"/>
        <source>JACK connection graph change.</source>
        <translation>JACK接続グラフを変更しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2784"/>
        <source>XRUN callback (%1).</source>
        <translation>XRUNコールバック (%1)。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2794"/>
        <source>Buffer size change (%1).</source>
        <translation>バッファサイズを変更しました (%1)。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2803"/>
        <source>Shutdown notification.</source>
        <translation>シャットダウンの通知。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2817"/>
        <source>Freewheel started...</source>
        <translation>Freewheelで開始しました...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2818"/>
        <source>Freewheel exited.</source>
        <translation>Freewheelで終了しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2831"/>
        <source>Could not start JACK.

Sorry.</source>
        <translation>JACKを開始できませんでした。

ごめんなさい。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2838"/>
        <source>JACK has crashed.</source>
        <translation>JACKはクラッシュしました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2841"/>
        <source>JACK timed out.</source>
        <translation>JACKはタイムアウトしました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2844"/>
        <source>JACK write error.</source>
        <translation>JACK書き込みエラー。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2847"/>
        <source>JACK read error.</source>
        <translation>JACK読み出しエラー。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2851"/>
        <source>Unknown JACK error (%d).</source>
        <translation>不明なJACKエラー (%d)。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2863"/>
        <source>JACK property change.</source>
        <translation>JACKのプロパティーを変更しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2887"/>
        <source>ALSA connection graph change.</source>
        <translation>ALSA接続グラフを変更しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2925"/>
        <source>JACK active patchbay scan</source>
        <translation>JACKのアクティブなパッチベイのスキャン</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2935"/>
        <source>ALSA active patchbay scan</source>
        <translation>ALSAのアクティブなパッチベイのスキャン</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2982"/>
        <source>JACK connection change.</source>
        <translation>JACKの接続を変更しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="2991"/>
        <source>ALSA connection change.</source>
        <translation>ALSAのコネクションを変更しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3010"/>
        <source>checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3014"/>
        <source>connected</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3018"/>
        <source>disconnected</source>
        <translation>接続なし</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3023"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3082"/>
        <source>A patchbay definition is currently active,
which is probable to redo this connection:

%1 -&gt; %2

Do you want to remove the patchbay connection?</source>
        <translation>この接続を再度やり直すようなパッチベイ定義が
現在アクティブです:

%1 -&gt; %2

パッチベイ接続を削除しますか?</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3173"/>
        <source>Overall operation failed.</source>
        <translation>全操作が失敗しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3175"/>
        <source>Invalid or unsupported option.</source>
        <translation>不正なオプションか、サポートされていないオプションです。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3177"/>
        <source>Client name not unique.</source>
        <translation>重複したクライアント名です。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3179"/>
        <source>Server is started.</source>
        <translation>サーバーを開始しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3181"/>
        <source>Unable to connect to server.</source>
        <translation>サーバーに接続することができません。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3183"/>
        <source>Server communication error.</source>
        <translation>サーバーとのコミュニケーションエラーです。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3185"/>
        <source>Client does not exist.</source>
        <translation>クライアントが存在しません。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3187"/>
        <source>Unable to load internal client.</source>
        <translation>内部クライアントをロードできません。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3189"/>
        <source>Unable to initialize client.</source>
        <translation>クライアントを初期化できません。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3191"/>
        <source>Unable to access shared memory.</source>
        <translation>共有メモリーへアクセスできません。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3193"/>
        <source>Client protocol version mismatch.</source>
        <translation>クライアントのプロトコルバージョンが一致しません。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3195"/>
        <source>Could not connect to JACK server as client.
- %1
Please check the messages window for more info.</source>
        <translation>JACKサーバーとクライアントとして接続することができません。
- %1
メッセージウィンドウで詳細な情報を確認してください。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3271"/>
        <source>Server configuration saved to &quot;%1&quot;.</source>
        <translation>サーバー設定を &quot;%1&quot; に保存しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3311"/>
        <source>Client activated.</source>
        <translation>クライアントは有効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3322"/>
        <source>Post-startup script...</source>
        <translation>ポストスタートアップスクリプト...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3323"/>
        <source>Post-startup script terminated</source>
        <translation>ポストスタートアップスクリプトを終了しました</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3331"/>
        <source>Command line argument...</source>
        <translation>コマンドライン引数...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3332"/>
        <source>Command line argument started</source>
        <translation>コマンドライン引数の開始</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3354"/>
        <source>Client deactivated.</source>
        <translation>クライアントは無効です。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3633"/>
        <source>Transport rewind.</source>
        <translation>トランスポートを開始点まで戻します。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3654"/>
        <source>Transport backward.</source>
        <translation>トランスポートを逆再生します。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3683"/>
        <location filename="../qjackctlMainForm.cpp" line="3824"/>
        <location filename="../qjackctlMainForm.cpp" line="3980"/>
        <source>Starting</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3685"/>
        <source>Transport start.</source>
        <translation>トランスポートを開始しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3699"/>
        <location filename="../qjackctlMainForm.cpp" line="3987"/>
        <source>Stopping</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3701"/>
        <source>Transport stop.</source>
        <translation>トランスポートを停止しました。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3722"/>
        <source>Transport forward.</source>
        <translation>トランスポートを早送りします。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3739"/>
        <location filename="../qjackctlMainForm.cpp" line="3991"/>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3782"/>
        <source>%1 (%2%)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3786"/>
        <source>%1 (%2%, %3 xruns)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3794"/>
        <source>%1 %</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3796"/>
        <source>%1 Hz</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3798"/>
        <source>%1 frames</source>
        <translation>%1 フレーム</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3809"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3809"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3814"/>
        <source>FW</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3817"/>
        <source>RT</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3827"/>
        <source>Rolling</source>
        <translation>ローリング</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3830"/>
        <source>Looping</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3860"/>
        <source>%1 msec</source>
        <translation>%1ミリ秒</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3867"/>
        <source>XRUN callback (%1 skipped).</source>
        <translation>XRUNコールバック (%1 をスキップ)。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3984"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3994"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="3997"/>
        <source>Activating</source>
        <translation>有効化</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4002"/>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4116"/>
        <location filename="../qjackctlMainForm.cpp" line="4171"/>
        <source>&amp;Hide</source>
        <translation>隠す(&amp;H)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4867"/>
        <source>D-BUS: GetParameterConstraint(&apos;%1&apos;):

%2.
(%3)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4112"/>
        <source>Mi&amp;nimize</source>
        <translation>最小化(&amp;N)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4117"/>
        <location filename="../qjackctlMainForm.cpp" line="4171"/>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4113"/>
        <source>Rest&amp;ore</source>
        <translation>元に戻す(&amp;O)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4129"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4132"/>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4138"/>
        <source>&amp;Presets</source>
        <translation>プリセット(&amp;P)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4175"/>
        <source>&amp;Load...</source>
        <translation>読み出し(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4183"/>
        <source>&amp;Save...</source>
        <translation>保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4188"/>
        <source>Save and &amp;Quit...</source>
        <translation>保存して終了(&amp;Q)...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4192"/>
        <source>Save &amp;Template...</source>
        <translation>テンプレートを保存(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4198"/>
        <source>&amp;Versioning</source>
        <translation>バージョン(&amp;V)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4205"/>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4217"/>
        <source>St&amp;atus</source>
        <translation>状態(&amp;A)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4227"/>
        <source>&amp;Connections</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4231"/>
        <source>Patch&amp;bay</source>
        <translation>パッチベイ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.ui" line="523"/>
        <location filename="../qjackctlMainForm.cpp" line="4223"/>
        <source>&amp;Graph</source>
        <translation>グラフ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4236"/>
        <source>&amp;Transport</source>
        <translation>トランスポート(&amp;T)</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1140"/>
        <source>Server settings will be only effective after
restarting the JACK audio server.</source>
        <translation>サーバー設定はJACKオーディオサーバーを再起動後に
有効となります。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="1146"/>
        <source>Do you want to restart the JACK audio server?</source>
        <translation>JACKオーディオサーバーを再起動しますか?</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4276"/>
        <source>Some settings will be only effective
the next time you start this program.</source>
        <translation>いくつかの設定はこのプログラムを次回に起動した時に
有効となります。</translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4574"/>
        <source>D-BUS: SetParameterValue(&apos;%1&apos;, &apos;%2&apos;):

%3.
(%4)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4605"/>
        <source>D-BUS: ResetParameterValue(&apos;%1&apos;):

%2.
(%3)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlMainForm.cpp" line="4845"/>
        <source>D-BUS: GetParameterValue(&apos;%1&apos;):

%2.
(%3)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>qjackctlMessagesStatusForm</name>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="39"/>
        <source>Messages / Status</source>
        <translation>メッセージ/ステータス</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="55"/>
        <source>&amp;Messages</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="58"/>
        <source>Messages log</source>
        <translation>メッセージのログ</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="70"/>
        <source>Messages output log</source>
        <translation>メッセージ出力ログ</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="90"/>
        <source>&amp;Status</source>
        <translation>状態(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="93"/>
        <source>Status information</source>
        <translation>状態の情報</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="111"/>
        <source>Statistics since last server startup</source>
        <translation>最後にサーバーが開始してからの統計</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="133"/>
        <source>Description</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="138"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="146"/>
        <source>Reset XRUN statistic values</source>
        <translation>XRUN統計値をリセットします</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="149"/>
        <source>Re&amp;set</source>
        <translation>リセット(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="175"/>
        <source>Refresh XRUN statistic values</source>
        <translation>XRUN統計値を更新します</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.ui" line="178"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="86"/>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="88"/>
        <source>Server state</source>
        <translation>サーバーの状態</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="90"/>
        <source>DSP Load</source>
        <translation>DSP負荷</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="92"/>
        <source>Sample Rate</source>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="94"/>
        <source>Buffer Size</source>
        <translation>バッファサイズ</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="96"/>
        <source>Realtime Mode</source>
        <translation>リアルタイムモード</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="99"/>
        <source>Transport state</source>
        <translation>トランスポートの状態</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="102"/>
        <source>Transport Timecode</source>
        <translation>トランスポートのタイムコード</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="104"/>
        <source>Transport BBT</source>
        <translation>トランスポートのBBT</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="106"/>
        <source>Transport BPM</source>
        <translation>トランスポートのBPM</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="109"/>
        <source>XRUN count since last server startup</source>
        <translation>最後にサーバーが開始してからのXRUNの回数</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="112"/>
        <source>XRUN last time detected</source>
        <translation>XRUNが最後に検出された時間</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="114"/>
        <source>XRUN last</source>
        <translation>最後のXRUN</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="116"/>
        <source>XRUN maximum</source>
        <translation>XRUNの最大値</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="118"/>
        <source>XRUN minimum</source>
        <translation>XRUNの最小値</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="120"/>
        <source>XRUN average</source>
        <translation>XRUNの平均値</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="122"/>
        <source>XRUN total</source>
        <translation>XRUNの合計</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="126"/>
        <source>Maximum scheduling delay</source>
        <translation>スケジュール遅延の最大値</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="129"/>
        <source>Time of last reset</source>
        <translation>最後のリセットの時間</translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="221"/>
        <source>Logging stopped --- %1 ---</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlMessagesStatusForm.cpp" line="231"/>
        <source>Logging started --- %1 ---</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>qjackctlPaletteForm</name>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="40"/>
        <source>Color Themes</source>
        <translation>配色のテーマ</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="46"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="64"/>
        <source>Current color palette name</source>
        <translation>現在の色パレット名</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="77"/>
        <source>Save current color palette name</source>
        <translation>現在の色パレット名を保存します</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="80"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="90"/>
        <source>Delete current color palette name</source>
        <translation>現在の色パレット名を削除します</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="93"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="106"/>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="118"/>
        <source>Current color palette</source>
        <translation>現在の色パレット</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="128"/>
        <source>Generate:</source>
        <translation>作成:</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="144"/>
        <source>Base color to generate palette</source>
        <translation>パレットを作成するベースとなる色</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="151"/>
        <source>Reset all current palette colors</source>
        <translation>現在の色パレット名を全てリセットします</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="154"/>
        <source> Reset</source>
        <translation> リセット</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="177"/>
        <source>Import a custom color theme (palette) from file</source>
        <translation>ファイルからカスタム色テーマ(パレット)をインポートします</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="180"/>
        <source>Import...</source>
        <translation>インポート...</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="190"/>
        <source>Export a custom color theme (palette) to file</source>
        <translation>ファイルへカスタム色テーマ(パレット)をエクスポートします</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="193"/>
        <source>Export...</source>
        <translation>エクスポート...</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.ui" line="216"/>
        <source>Show Details</source>
        <translation>詳細表示</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="323"/>
        <source>Import File - %1</source>
        <translation>ファイルのインポート - %1</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="326"/>
        <location filename="../qjackctlPaletteForm.cpp" line="400"/>
        <source>Palette files (*.%1)</source>
        <translation>パレットファイル (*.%1)</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="327"/>
        <location filename="../qjackctlPaletteForm.cpp" line="401"/>
        <source>All files (*.*)</source>
        <translation>全ファイル (*.*)</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="387"/>
        <location filename="../qjackctlPaletteForm.cpp" line="820"/>
        <location filename="../qjackctlPaletteForm.cpp" line="828"/>
        <source>Warning - %1</source>
        <translation>警告 - %1</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="388"/>
        <source>Could not import from file:

%1

Sorry.</source>
        <translation>ファイルからインポートできませんでした:

%1

ごめんなさい。</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="397"/>
        <source>Export File - %1</source>
        <translation>ファイルのエクスポート - %1</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="821"/>
        <source>Some settings have been changed.

Do you want to discard the changes?</source>
        <translation>設定が変更されています。

変更を破棄しますか?</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="829"/>
        <source>Some settings have been changed:

&quot;%1&quot;.

Do you want to save the changes?</source>
        <translation>設定の一部が変更されています:

&quot;%1&quot;。

変更を保存しますか?</translation>
    </message>
</context>
<context>
    <name>qjackctlPaletteForm::PaletteModel</name>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="1072"/>
        <source>Color Role</source>
        <translation>色の役割</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="1075"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="1078"/>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../qjackctlPaletteForm.cpp" line="1081"/>
        <source>Disabled</source>
        <translation>使用不可</translation>
    </message>
</context>
<context>
    <name>qjackctlPatchbay</name>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1689"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1690"/>
        <source>This will disconnect all sockets.

Are you sure?</source>
        <translation>すべてのソケットを切断します

よろしいですか?</translation>
    </message>
</context>
<context>
    <name>qjackctlPatchbayForm</name>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="44"/>
        <source>Patchbay</source>
        <translation>パッチベイ</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="105"/>
        <location filename="../qjackctlPatchbayForm.ui" line="215"/>
        <source>Move currently selected output socket down one position</source>
        <translation>選択している出力ソケットを下へ移動します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="108"/>
        <location filename="../qjackctlPatchbayForm.ui" line="218"/>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="118"/>
        <source>Create a new output socket</source>
        <translation>新しい出力ソケットを作成します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="121"/>
        <location filename="../qjackctlPatchbayForm.ui" line="257"/>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="147"/>
        <source>Edit currently selected input socket properties</source>
        <translation>選択している入力ソケットのプロパティを編集します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="150"/>
        <location filename="../qjackctlPatchbayForm.ui" line="270"/>
        <source>Edit...</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="176"/>
        <location filename="../qjackctlPatchbayForm.ui" line="280"/>
        <source>Move currently selected output socket up one position</source>
        <translation>選択している出力ソケットを上に移動します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="179"/>
        <location filename="../qjackctlPatchbayForm.ui" line="283"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="189"/>
        <source>Remove currently selected output socket</source>
        <translation>選択している出力ソケットを削除します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="192"/>
        <location filename="../qjackctlPatchbayForm.ui" line="231"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="202"/>
        <source>Duplicate (copy) currently selected output socket</source>
        <translation>選択している出力ソケットを複製(コピー)します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="205"/>
        <location filename="../qjackctlPatchbayForm.ui" line="244"/>
        <source>Copy...</source>
        <translation>コピー...</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="228"/>
        <source>Remove currently selected input socket</source>
        <translation>選択している入力ソケットを削除します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="241"/>
        <source>Duplicate (copy) currently selected input socket</source>
        <translation>選択している入力ソケットを複製(コピー)します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="254"/>
        <source>Create a new input socket</source>
        <translation>新しい入力ソケットを作成します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="267"/>
        <source>Edit currently selected output socket properties</source>
        <translation>選択している出力ソケットのプロパティを編集します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="319"/>
        <source>Connect currently selected sockets</source>
        <translation>選択しているソケットを接続します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="322"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="332"/>
        <source>Disconnect currently selected sockets</source>
        <translation>選択しているソケットを切断します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="335"/>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="345"/>
        <source>Disconnect all currently connected sockets</source>
        <translation>接続されているすべてのソケットを切断します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="348"/>
        <source>Disconnect &amp;All</source>
        <translation>すべて切断(&amp;A)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="374"/>
        <source>Expand all items</source>
        <translation>すべてのアイテムを展開します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="377"/>
        <source>E&amp;xpand All</source>
        <translation>すべて展開(&amp;X)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="403"/>
        <source>Refresh current patchbay view</source>
        <translation>パッチベイの表示を更新します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="406"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="429"/>
        <source>Create a new patchbay profile</source>
        <translation>新しいパッチベイプロファイルを作成します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="432"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="445"/>
        <source>Load patchbay profile</source>
        <translation>パッチベイプロファイルを読み出します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="448"/>
        <source>&amp;Load...</source>
        <translation>読み込み(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="461"/>
        <source>Save current patchbay profile</source>
        <translation>パッチベイプロファイルを保存します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="464"/>
        <source>&amp;Save...</source>
        <translation>保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="491"/>
        <source>Current (recent) patchbay profile(s)</source>
        <translation>現在の(最近の)パッチベイプロファイル</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="498"/>
        <source>Toggle activation of current patchbay profile</source>
        <translation>現在のパッチベイプロファイルを有効にしたり無効にします</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.ui" line="501"/>
        <source>Acti&amp;vate</source>
        <translation>有効化(&amp;V)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="226"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="227"/>
        <source>The patchbay definition has been changed:

&quot;%1&quot;

Do you want to save the changes?</source>
        <translation>パッチベイの定義を変更しました:

&quot;%1&quot;

変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="283"/>
        <source>%1 [modified]</source>
        <translation>%1 [変更]</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="356"/>
        <source>Untitled%1</source>
        <translation>無題%1</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="375"/>
        <location filename="../qjackctlPatchbayForm.cpp" line="405"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="376"/>
        <source>Could not load patchbay definition file: 

&quot;%1&quot;</source>
        <translation>パッチベイ定義ファイルを読み出せません:

&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="406"/>
        <source>Could not save patchbay definition file: 

&quot;%1&quot;</source>
        <translation>パッチベイ定義ファイルを保存できません:

&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="451"/>
        <source>New Patchbay definition</source>
        <translation>新規パッチベイ定義</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="452"/>
        <source>Create patchbay definition as a snapshot
of all actual client connections?</source>
        <translation>現在有効な全クライアント接続をスナップショットとして
パッチベイ定義を作成しますか?</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="483"/>
        <source>Load Patchbay Definition</source>
        <translation>パッチベイの定義を読み出します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="485"/>
        <location filename="../qjackctlPatchbayForm.cpp" line="505"/>
        <source>Patchbay Definition files</source>
        <translation>パッチベイ定義ファイル</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="503"/>
        <source>Save Patchbay Definition</source>
        <translation>パッチベイの定義を保存します</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbayForm.cpp" line="610"/>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
</context>
<context>
    <name>qjackctlPatchbayView</name>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1243"/>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1245"/>
        <source>Edit...</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1248"/>
        <source>Copy...</source>
        <translation>コピー...</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1251"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1255"/>
        <source>Exclusive</source>
        <translation>排他的</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1261"/>
        <source>Forward</source>
        <translation>早送り</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1300"/>
        <source>(None)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1314"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1317"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1323"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1324"/>
        <source>Alt+C</source>
        <comment>Connect</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1327"/>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1328"/>
        <source>Alt+D</source>
        <comment>Disconnect</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1331"/>
        <source>Disconnect &amp;All</source>
        <translation>すべて切断(&amp;A)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1332"/>
        <source>Alt+A</source>
        <comment>Disconnect All</comment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1337"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="1338"/>
        <source>Alt+R</source>
        <comment>Refresh</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>qjackctlSessionForm</name>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="34"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="45"/>
        <source>Load session</source>
        <translation>セッションを読み出します</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="48"/>
        <location filename="../qjackctlSessionForm.cpp" line="809"/>
        <source>&amp;Load...</source>
        <translation>読み出し(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="58"/>
        <source>Recent session</source>
        <translation>最近のセッション</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="61"/>
        <location filename="../qjackctlSessionForm.cpp" line="242"/>
        <source>&amp;Recent</source>
        <translation>最近のセッション(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="81"/>
        <source>Save session</source>
        <translation>セッションを保存します</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="84"/>
        <location filename="../qjackctlSessionForm.cpp" line="245"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="94"/>
        <source>Save session versioning</source>
        <translation>セッションのバージョンを保存します</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="97"/>
        <location filename="../qjackctlSessionForm.cpp" line="827"/>
        <source>&amp;Versioning</source>
        <translation>バージョン(&amp;V)</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="117"/>
        <source>Update session</source>
        <translation>セッションの更新</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="120"/>
        <location filename="../qjackctlSessionForm.cpp" line="833"/>
        <location filename="../qjackctlSessionForm.cpp" line="999"/>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="136"/>
        <source>Session clients / connections</source>
        <translation>セッションのクライアント/接続</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="152"/>
        <source>Client / Ports</source>
        <translation>クライアント/ポート</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="157"/>
        <source>UUID</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="162"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="171"/>
        <source>Infra-clients / commands</source>
        <translation>インフラクライアント/コマンド</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="187"/>
        <source>Infra-client</source>
        <translation>インフラクライアント</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="192"/>
        <source>Infra-command</source>
        <translation>インフラコマンド</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="200"/>
        <source>Add infra-client</source>
        <translation>インフラクライアントを追加します</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="203"/>
        <location filename="../qjackctlSessionForm.cpp" line="989"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="213"/>
        <source>Edit infra-client</source>
        <translation>インフラクライアントを編集します</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="216"/>
        <location filename="../qjackctlSessionForm.cpp" line="992"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="226"/>
        <source>Remove infra-client</source>
        <translation>インフラクライアントを削除します</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.ui" line="229"/>
        <location filename="../qjackctlSessionForm.cpp" line="995"/>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="248"/>
        <location filename="../qjackctlSessionForm.cpp" line="815"/>
        <source>&amp;Save...</source>
        <translation>保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="252"/>
        <location filename="../qjackctlSessionForm.cpp" line="819"/>
        <source>Save and &amp;Quit...</source>
        <translation>保存して終了(&amp;Q)...</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="255"/>
        <location filename="../qjackctlSessionForm.cpp" line="822"/>
        <source>Save &amp;Template...</source>
        <translation>テンプレートを保存(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="459"/>
        <location filename="../qjackctlSessionForm.cpp" line="476"/>
        <source>Load Session</source>
        <translation>セッションを読み出し</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="464"/>
        <location filename="../qjackctlSessionForm.cpp" line="529"/>
        <source>Session directory</source>
        <translation>セッションのディレクトリ</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="513"/>
        <source>Save Session</source>
        <translation>セッションの保存</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="516"/>
        <source>and Quit</source>
        <translation>と終了</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="519"/>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="587"/>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="612"/>
        <location filename="../qjackctlSessionForm.cpp" line="658"/>
        <location filename="../qjackctlSessionForm.cpp" line="665"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="613"/>
        <source>A session could not be found in this folder:

&quot;%1&quot;</source>
        <translation>このフォルダーにセッションはありません:

&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="627"/>
        <source>%1: loading session...</source>
        <translation>%1: セッションを読み出しています...</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="640"/>
        <source>%1: load session %2.</source>
        <translation>%1: セッションの読み出し %2。</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="659"/>
        <source>A session already exists in this folder:

&quot;%1&quot;

Are you sure to overwrite the existing session?</source>
        <translation>セッションはすでにこのフォルダーにあります:

&quot;%1&quot;

存在するセッションを上書きしますか?</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="666"/>
        <source>This folder already exists and is not empty:

&quot;%1&quot;

Are you sure to overwrite the existing folder?</source>
        <translation>このフォルダーはすでに存在していて、空です:

&quot;%1&quot;

存在するフォルダーを上書きしますか?</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="683"/>
        <source>%1: saving session...</source>
        <translation>%1: セッションを保存しています...</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="712"/>
        <source>%1: save session %2.</source>
        <translation>%1: セッションの保存 %2。</translation>
    </message>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="846"/>
        <source>New Client</source>
        <translation>新規クライアント</translation>
    </message>
</context>
<context>
    <name>qjackctlSessionInfraClientItemEditor</name>
    <message>
        <location filename="../qjackctlSessionForm.cpp" line="137"/>
        <source>Infra-command</source>
        <translation>インフラコマンド</translation>
    </message>
</context>
<context>
    <name>qjackctlSetupForm</name>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="53"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="67"/>
        <source>Preset &amp;Name:</source>
        <translation>プリセット名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="86"/>
        <source>Settings preset name</source>
        <translation>プリセット設定名</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="93"/>
        <location filename="../qjackctlSetupForm.ui" line="300"/>
        <location filename="../qjackctlSetupForm.ui" line="902"/>
        <location filename="../qjackctlSetupForm.ui" line="1582"/>
        <location filename="../qjackctlSetupForm.ui" line="1645"/>
        <location filename="../qjackctlSetupForm.ui" line="3093"/>
        <location filename="../qjackctlSetupForm.ui" line="3184"/>
        <location filename="../qjackctlSetupForm.ui" line="4132"/>
        <source>(default)</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/38</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="117"/>
        <source>Save settings as current preset name</source>
        <translation>設定を現在のプリセット名として保存</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="120"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="133"/>
        <source>Delete current settings preset</source>
        <translation>現在のプリセットを削除します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="136"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="843"/>
        <source>jackd</source>
        <translatorcomment>DO NOT TRANSLATE</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="848"/>
        <source>jackdmp</source>
        <translatorcomment>DO NOT TRANSLATE</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="853"/>
        <source>jackstart</source>
        <translatorcomment>DO NOT TRANSLATE</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="867"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="895"/>
        <source>The JACK Audio Connection Kit sound server name</source>
        <translation>JACK Audio Connection Kitサウンドサーバー名</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="169"/>
        <source>Driv&amp;er:</source>
        <translation>ドライバー(&amp;E):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="191"/>
        <source>The audio backend driver interface to use</source>
        <translation>使用するオーディオバックエンドドライバーインターフェイス</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="198"/>
        <source>dummy</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="203"/>
        <source>sun</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="208"/>
        <source>oss</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="213"/>
        <source>alsa</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="218"/>
        <source>portaudio</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="223"/>
        <source>coreaudio</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="228"/>
        <source>firewire</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="233"/>
        <source>net</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="238"/>
        <source>netone</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="155"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="347"/>
        <source>MIDI Driv&amp;er:</source>
        <translation>MIDIドライバー(&amp;E):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="375"/>
        <source>The ALSA MIDI backend driver to use</source>
        <translation>使用するALSA MIDIバックエンドドライバー</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="382"/>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="387"/>
        <source>raw</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="392"/>
        <source>seq</source>
        <translatorcomment>DO NOT TRANSLATE - https://github.com/rncbc/qjackctl/issues/54</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2006"/>
        <source>Time in seconds that client is delayed after server startup</source>
        <translation>サーバーを開始してからのクライアントが遅延する時間(秒)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="710"/>
        <source>Latency:</source>
        <translation>レイテンシー:</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="735"/>
        <source>Output latency in milliseconds, calculated based on the period, rate and buffer settings</source>
        <translation>ピリオド、サンプルレートそしてバッファーサイズから計算した、出力のレイテンシ (ミリ秒)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="406"/>
        <source>Use realtime scheduling</source>
        <translation>リアルタイムスケジューリングを使用します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="409"/>
        <source>&amp;Realtime</source>
        <translation>リアルタイム(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="933"/>
        <source>Do not attempt to lock memory, even if in realtime mode</source>
        <translation>リアルタイムモードでなくても、メモリーをロックしないようにします</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="936"/>
        <source>No Memory Loc&amp;k</source>
        <translation>メモリーロックを無効(&amp;K)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="949"/>
        <source>Unlock memory of common toolkit libraries (GTK+, QT, FLTK, Wine)</source>
        <translation>一般的なツールキットライブラリーのメモリーをアンロックする (GTK+, QT, FLTK, Wine)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="952"/>
        <source>&amp;Unlock Memory</source>
        <translation>メモリーのアンロック(&amp;U)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="997"/>
        <source>Ignore xruns reported by the backend driver</source>
        <translation>バックエンドドライバーが報告するXRUNを無視します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1000"/>
        <source>So&amp;ft Mode</source>
        <translation>ソフトモード(&amp;F)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="981"/>
        <source>Provide output monitor ports</source>
        <translation>出力モニター用にポートを提供します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="984"/>
        <source>&amp;Monitor</source>
        <translation>モニター(&amp;M)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1013"/>
        <source>Force 16bit mode instead of failing over 32bit (default)</source>
        <translation>32ビットモード(デフォルト)で失敗する場合に16ビットモードを強制します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1016"/>
        <source>Force &amp;16bit</source>
        <translation>強制的に16bitを使用(&amp;1)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="965"/>
        <source>Enable hardware metering on cards that support it</source>
        <translation>ハードウェアメーターをサポートしているカードではそれを有効にします</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="968"/>
        <source>H/&amp;W Meter</source>
        <translation>H/Wメーターを有効(&amp;W)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1029"/>
        <source>Ignore hardware period/buffer size</source>
        <translation>ハードウェアのピリオド/バッファーサイズを無視します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1032"/>
        <source>&amp;Ignore H/W</source>
        <translation>H/Wを無視(&amp;I)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="681"/>
        <source>Whether to give verbose output on messages</source>
        <translation>メッセージに詳細な出力を行うかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="684"/>
        <source>&amp;Verbose messages</source>
        <translation>詳細なメッセージ(&amp;V)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1553"/>
        <source>&amp;Output Device:</source>
        <translation>出力デバイス(&amp;O):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="265"/>
        <source>&amp;Interface:</source>
        <translation>インターフェース(&amp;I):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1713"/>
        <source>Maximum input audio hardware channels to allocate</source>
        <translation>割り当てる入力オーディオハードウェアチャンネルの最大値</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1436"/>
        <source>&amp;Audio:</source>
        <translation>オーディオ(&amp;A):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1492"/>
        <source>Dit&amp;her:</source>
        <translation>ディザリング(&amp;H):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1819"/>
        <source>External output latency (frames)</source>
        <translation>外部出力のレイテンシー(フレーム)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1616"/>
        <source>&amp;Input Device:</source>
        <translation>入力デバイス(&amp;I):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1464"/>
        <source>Provide either audio capture, playback or both</source>
        <translation>音声の入力か出力、あるいは入出力から選択します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1468"/>
        <source>Duplex</source>
        <translation>入出力</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1473"/>
        <source>Capture Only</source>
        <translation>入力のみ</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1478"/>
        <source>Playback Only</source>
        <translation>出力のみ</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="293"/>
        <source>The PCM device name to use</source>
        <translation>使用するPCMデバイス名</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="305"/>
        <location filename="../qjackctlSetupForm.ui" line="1587"/>
        <location filename="../qjackctlSetupForm.ui" line="1650"/>
        <source>hw:0</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="310"/>
        <location filename="../qjackctlSetupForm.ui" line="1592"/>
        <location filename="../qjackctlSetupForm.ui" line="1655"/>
        <source>plughw:0</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="315"/>
        <location filename="../qjackctlSetupForm.ui" line="1597"/>
        <location filename="../qjackctlSetupForm.ui" line="1660"/>
        <source>/dev/audio</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="320"/>
        <location filename="../qjackctlSetupForm.ui" line="1602"/>
        <location filename="../qjackctlSetupForm.ui" line="1665"/>
        <source>/dev/dsp</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2150"/>
        <location filename="../qjackctlSetupForm.ui" line="2234"/>
        <location filename="../qjackctlSetupForm.ui" line="2296"/>
        <location filename="../qjackctlSetupForm.ui" line="2396"/>
        <source>&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1638"/>
        <source>Alternate input device for capture</source>
        <translation>録音のための入力デバイスを選択</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1741"/>
        <source>Maximum output audio hardware channels to allocate</source>
        <translation>割り当てるオーディオ出力ハードウェアチャンネルの最大値</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1575"/>
        <source>Alternate output device for playback</source>
        <translation>再生のための出力デバイス</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1791"/>
        <source>External input latency (frames)</source>
        <translation>外部入力のレイテンシー(フレーム)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1520"/>
        <source>Set dither mode</source>
        <translation>ディザリングモードを設定します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1524"/>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1529"/>
        <source>Rectangular</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1534"/>
        <source>Shaped</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1539"/>
        <source>Triangular</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="613"/>
        <source>Number of periods in the hardware buffer</source>
        <translation>ハードウェアバッファーのピリオド数</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1062"/>
        <source>Priorit&amp;y:</source>
        <translation>優先度(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="508"/>
        <source>&amp;Frames/Period:</source>
        <translation>フレーム/ピリオド(&amp;F):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="530"/>
        <source>Frames per period between process() calls</source>
        <translation>process()呼び出し間のピリオド毎のフレーム数</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="537"/>
        <location filename="../qjackctlSetupForm.ui" line="1135"/>
        <source>16</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="542"/>
        <location filename="../qjackctlSetupForm.ui" line="1140"/>
        <source>32</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="547"/>
        <location filename="../qjackctlSetupForm.ui" line="1145"/>
        <source>64</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="552"/>
        <location filename="../qjackctlSetupForm.ui" line="1282"/>
        <source>128</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="557"/>
        <location filename="../qjackctlSetupForm.ui" line="1287"/>
        <source>256</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="562"/>
        <location filename="../qjackctlSetupForm.ui" line="1292"/>
        <source>512</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="567"/>
        <location filename="../qjackctlSetupForm.ui" line="1297"/>
        <source>1024</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="572"/>
        <source>2048</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="577"/>
        <source>4096</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1244"/>
        <source>Port Ma&amp;ximum:</source>
        <translation>最大ポート数(&amp;X):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1203"/>
        <source>&amp;Channels:</source>
        <translation>チャンネル数(&amp;C):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1182"/>
        <source>Number of microseconds to wait between engine processes (dummy)</source>
        <translation>エンジンの処理間の待ち時間をマイクロ秒で指定します(dummy)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1189"/>
        <source>21333</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="444"/>
        <source>Sample rate in frames per second</source>
        <translation>サンプリングレートを1秒あたりのフレーム数で指定します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="451"/>
        <source>22050</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="456"/>
        <source>32000</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="461"/>
        <source>44100</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="466"/>
        <source>48000</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="471"/>
        <source>88200</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="476"/>
        <source>96000</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="481"/>
        <source>192000</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1084"/>
        <source>Scheduler priority when running realtime</source>
        <translation>リアルタイムモードで動作している場合のスケジューラーにおける優先度を設定します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1106"/>
        <source>&amp;Word Length:</source>
        <translation>ワード長(&amp;W):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="591"/>
        <source>Periods/&amp;Buffer:</source>
        <translation>ピリオド/バッファー(&amp;B):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1128"/>
        <source>Word length</source>
        <translation>ワード長</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1272"/>
        <source>Maximum number of ports the JACK server can manage</source>
        <translation>JACKサーバーが管理するポートの最大数</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1159"/>
        <source>&amp;Wait (usec):</source>
        <translation>待ち時間(マイクロ秒)(&amp;W):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="422"/>
        <source>Sample &amp;Rate:</source>
        <translation>サンプルレート(&amp;R):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1228"/>
        <source>Maximum number of audio channels to allocate</source>
        <translation>割り当てるオーディオチャンネルの最大値</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1312"/>
        <source>&amp;Timeout (msec):</source>
        <translation>タイムアウト(ミリ秒)(&amp;T):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1334"/>
        <source>Set client timeout limit in milliseconds</source>
        <translation>クライアントのタイムアウトの最大値をミリ秒で指定します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="34"/>
        <source>Setup</source>
        <translation>セットアップ</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1894"/>
        <source>Whether to restrict client self-connections</source>
        <translation>クライアントのセルフ接続モードを制限するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="650"/>
        <source>Whether to use server synchronous mode</source>
        <translation>サーバーのsynchronousモードを使用するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="653"/>
        <source>&amp;Use server synchronous mode</source>
        <translation>サーバーのsynchronousモードを使用する(&amp;U)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="781"/>
        <source>Please do not touch these settings unless you know what you are doing.</source>
        <translation>何をしようとしているか知っている場合に限りこれらの設定を変更してください。</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1344"/>
        <source>200</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1349"/>
        <location filename="../qjackctlSetupForm.ui" line="3343"/>
        <source>500</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1354"/>
        <location filename="../qjackctlSetupForm.ui" line="3348"/>
        <source>1000</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1359"/>
        <source>2000</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1364"/>
        <location filename="../qjackctlSetupForm.ui" line="3358"/>
        <source>5000</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1378"/>
        <source>Cloc&amp;k source:</source>
        <translation>クロックソース(&amp;K):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1400"/>
        <source>Clock source</source>
        <translation>クロックソース</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1878"/>
        <source>S&amp;elf connect mode:</source>
        <translation>セルフ接続モード(&amp;E):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2029"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2041"/>
        <source>Scripting</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2062"/>
        <source>Whether to execute a custom shell script before starting up the JACK audio server.</source>
        <translation>JACKオーディオサーバーを開始する前に任意のシェルスクリプトを実行するかどうか。</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2065"/>
        <source>Execute script on Start&amp;up:</source>
        <translation>スタートアップ時にスクリプトを実行(&amp;U):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2078"/>
        <source>Whether to execute a custom shell script after starting up the JACK audio server.</source>
        <translation>JACKオーディオサーバーを開始した直後に任意のシェルスクリプトを実行するかどうか。</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2081"/>
        <source>Execute script after &amp;Startup:</source>
        <translation>スタートアップ後にスクリプトを実行(&amp;S):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2094"/>
        <source>Whether to execute a custom shell script before shuting down the JACK audio server.</source>
        <translation>JACKオーディオサーバーを終了する直前に任意のシェルスクリプトを実行するかどうか。</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2097"/>
        <source>Execute script on Shut&amp;down:</source>
        <translation>シャットダウン時にスクリプトを実行(&amp;D):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2116"/>
        <source>Command line to be executed before starting up the JACK audio server</source>
        <translation>JACKオーディオサーバーを開始する前に実行するコマンドライン</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2147"/>
        <location filename="../qjackctlSetupForm.ui" line="2231"/>
        <location filename="../qjackctlSetupForm.ui" line="2293"/>
        <location filename="../qjackctlSetupForm.ui" line="2393"/>
        <source>Scripting argument meta-symbols</source>
        <translation>メタシンボルとして使えるスクリプト引数</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2178"/>
        <source>Browse for script to be executed before starting up the JACK audio server</source>
        <translation>JACKオーディオサーバーを開始する前に実行するスクリプトを参照します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2181"/>
        <location filename="../qjackctlSetupForm.ui" line="2265"/>
        <location filename="../qjackctlSetupForm.ui" line="2327"/>
        <location filename="../qjackctlSetupForm.ui" line="2427"/>
        <location filename="../qjackctlSetupForm.ui" line="2622"/>
        <location filename="../qjackctlSetupForm.ui" line="2754"/>
        <location filename="../qjackctlSetupForm.ui" line="3135"/>
        <source>...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2200"/>
        <source>Command line to be executed after starting up the JACK audio server</source>
        <translation>JACKオーディオサーバーを開始した後に実行するコマンドライン</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2262"/>
        <source>Browse for script to be executed after starting up the JACK audio server</source>
        <translation>JACKオーディオサーバーを開始した後に実行するスクリプトを参照します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2324"/>
        <source>Browse for script to be executed before shutting down the JACK audio server</source>
        <translation>JACKオーディオサーバーを終了する直前に実行するスクリプトを参照します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2346"/>
        <source>Command line to be executed before shutting down the JACK audio server</source>
        <translation>JACKオーディオサーバーを終了する直前に実行するコマンドライン</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2362"/>
        <source>Whether to execute a custom shell script after shuting down the JACK audio server.</source>
        <translation>JACKオーディオサーバーを終了した直後に任意のシェルスクリプトを実行するかどうか。</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2365"/>
        <source>Execute script after Shu&amp;tdown:</source>
        <translation>シャットダウン後にスクリプトを実行(&amp;T):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2424"/>
        <source>Browse for script to be executed after shutting down the JACK audio server</source>
        <translation>JACKオーディオサーバーを終了した直後に実行するスクリプトを参照します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2446"/>
        <source>Command line to be executed after shutting down the JACK audio server</source>
        <translation>JACKオーディオサーバーを終了した直後に実行するコマンドライン</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2465"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2486"/>
        <source>Whether to capture standard output (stdout/stderr) into messages window</source>
        <translation>メッセージウィンドウ中に標準出力(stdout/stderr)を記録するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2489"/>
        <source>&amp;Capture standard output</source>
        <translation>標準出力の記録(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2502"/>
        <source>&amp;XRUN detection regex:</source>
        <translation>XRUN検出の正規表現(&amp;X):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2527"/>
        <source>Regular expression used to detect XRUNs on server output messages</source>
        <translation>サーバー出力メッセージ内においてXRUNを検出した際に使用される正規表現</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2534"/>
        <source>xrun of at least ([0-9|\.]+) msecs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2551"/>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2635"/>
        <source>Whether to reset all connections when a patchbay definition is activated.</source>
        <translation>パッチベイ定義を有効にした際に全接続をリセットするかどうか。</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2638"/>
        <source>&amp;Reset all connections on patchbay activation</source>
        <translation>パッチベイ有効化に伴い全接続をリセットする(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2651"/>
        <source>Whether to issue a warning on active patchbay port disconnections.</source>
        <translation>アクティブなパッチベイポート切断時に警告を表示するかどうか。</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2654"/>
        <source>&amp;Warn on active patchbay disconnections</source>
        <translation>アクティブなパッチベイ切断時に警告(&amp;W)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3046"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3067"/>
        <source>&amp;Color palette theme:</source>
        <translation>色パレットテーマ(&amp;C):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3086"/>
        <source>Custom color palette theme</source>
        <translation>カスタム色パレットテーマ</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3098"/>
        <source>Wonton Soup</source>
        <translatorcomment>DO NOT TRANSLATE</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3103"/>
        <source>KXStudio</source>
        <translatorcomment>DO NOT TRANSLATE</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3132"/>
        <source>Manage custom color palette themes</source>
        <translation>カスタム色パレットテーマを管理します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3161"/>
        <source>&amp;Widget style theme:</source>
        <translation>ウィジェットスタイルテーマ(&amp;W):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3177"/>
        <source>Custom widget style theme</source>
        <translation>カスタムウィジェットスタイルテーマ</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3885"/>
        <source>Whether to enable JACK D-Bus interface</source>
        <translation>JACK D-Busインターフェイスを有効にするかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3888"/>
        <source>&amp;Enable JACK D-Bus interface</source>
        <translation>JACK D-Busインターフェイスの有効化(&amp;E)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4051"/>
        <source>Whether to replace Connections with Graph button on the main window</source>
        <translation>メインウィンドウの接続ボタンをグラフボタンと置き換えるかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4054"/>
        <source>Replace Connections with &amp;Graph button</source>
        <translation>接続ボタンをグラフボタンと置き換える(&amp;G)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4157"/>
        <source>10</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2588"/>
        <source>Patchbay definition file to be activated as connection persistence profile</source>
        <translation>接続において持続して有効にするパッチベイ定義ファイルを指定します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2619"/>
        <source>Browse for a patchbay definition file to be activated</source>
        <translation>有効にするパッチベイ定義の参照</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2566"/>
        <source>Whether to activate a patchbay definition for connection persistence profile.</source>
        <translation>接続において持続して有効にするパッチベイ定義を有効にするかどうか。</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2569"/>
        <source>Activate &amp;Patchbay persistence:</source>
        <translation>パッチベイの持続を有効化(&amp;P):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2683"/>
        <source>Logging</source>
        <translation>ログの記録</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2720"/>
        <source>Messages log file</source>
        <translation>メッセージログファイル</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2751"/>
        <source>Browse for the messages log file location</source>
        <translation>メッセージログファイルの場所を参照します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2698"/>
        <source>Whether to activate a messages logging to file.</source>
        <translation>メッセージログをファイルに記録するかどうか。</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="811"/>
        <source>Server &amp;Prefix:</source>
        <translation>サーバー接頭辞(&amp;P):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="836"/>
        <source>Server path (command line prefix)</source>
        <translation>サーバーパス(コマンドライン接頭辞)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1679"/>
        <source>&amp;Channels I/O:</source>
        <translation>チャンネルI/O(&amp;C):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1757"/>
        <source>&amp;Latency I/O:</source>
        <translation>レイテンシーI/O(&amp;L):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1943"/>
        <source>Server Suffi&amp;x:</source>
        <translation>サーバー接尾辞(&amp;X):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1968"/>
        <source>Extra driver options (command line suffix)</source>
        <translation>任意のドライバーオプション(コマンドライン接尾辞)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="1984"/>
        <source>Start De&amp;lay:</source>
        <translation>開始ディレイ(&amp;L):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2009"/>
        <source> secs</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="744"/>
        <source>0 msecs</source>
        <translation>0ミリ秒</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="101"/>
        <source>Clear settings of current preset name</source>
        <translation>現在のプリセット名の設定をクリアします</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="104"/>
        <source>Clea&amp;r</source>
        <translation>クリア(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2701"/>
        <source>&amp;Messages log file:</source>
        <translation>メッセージログファイル(&amp;M):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2765"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2777"/>
        <source>Time Display</source>
        <translation>時間表示</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2800"/>
        <source>Transport &amp;Time Code</source>
        <translation>トランスポートのタイムコード(&amp;T)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2813"/>
        <source>Transport &amp;BBT (bar:beat.ticks)</source>
        <translation>トランスポートのBBT(bar: beat, ticks)(&amp;B)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2826"/>
        <source>Elapsed time since last &amp;Reset</source>
        <translation>最後のリセットからの経過時間(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2839"/>
        <source>Elapsed time since last &amp;XRUN</source>
        <translation>最後のXRUNからの経過時間(&amp;X)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2887"/>
        <source>Sample front panel normal display font</source>
        <translation>フロントパネルの通常表示のサンプルフォント</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2927"/>
        <source>Sample big time display font</source>
        <translation>ビッグタイム表示のフォントサンプル</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2955"/>
        <source>Big Time display:</source>
        <translation>ビッグタイム表示:</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2971"/>
        <source>Select font for front panel normal display</source>
        <translation>フロントパネルの通常表示に使用するフォントを選択します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2974"/>
        <location filename="../qjackctlSetupForm.ui" line="2993"/>
        <location filename="../qjackctlSetupForm.ui" line="3278"/>
        <location filename="../qjackctlSetupForm.ui" line="3446"/>
        <source>&amp;Font...</source>
        <translation>フォント(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="2990"/>
        <source>Select font for big time display</source>
        <translation>ビッグタイム表示に使用するフォントを選択します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3009"/>
        <source>Normal display:</source>
        <translation>通常表示:</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3025"/>
        <source>Whether to enable blinking (flashing) of the server mode (RT) indicator</source>
        <translation>サーバーモード(RT)インジケーターを点滅するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3028"/>
        <source>Blin&amp;k server mode indicator</source>
        <translation>サーバーモードインジケーターの点滅(&amp;K)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3214"/>
        <source>Messages Window</source>
        <translation>メッセージウィンドウ</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3247"/>
        <source>Sample messages text font display</source>
        <translation>メッセージテキスト表示に使用するフォントのサンプル</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3275"/>
        <source>Select font for the messages text display</source>
        <translation>メッセージテキスト表示に使用するフォントを選択します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3307"/>
        <source>Whether to keep a maximum number of lines in the messages window</source>
        <translation>メッセージビューに１度に表示できる行数の最大値</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3310"/>
        <source>&amp;Messages limit:</source>
        <translation>メッセージリミット(&amp;M):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3323"/>
        <source>The maximum number of message lines to keep in view</source>
        <translation>メッセージビューに１度に表示できる行数の最大値</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3333"/>
        <source>100</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3338"/>
        <source>250</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3353"/>
        <source>2500</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3388"/>
        <source>Connections Window</source>
        <translation>接続ウィンドウ</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3415"/>
        <source>Sample connections view font</source>
        <translation>接続ビューに使用するフォントのサンプル</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3443"/>
        <source>Select font for the connections view</source>
        <translation>接続ビューに使用するフォントを選択します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3475"/>
        <source>&amp;Icon size:</source>
        <translation>アイコンサイズ(&amp;I):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3497"/>
        <source>The icon size for each item of the connections view</source>
        <translation>コネクションビューに表示されるアイコンのサイズ</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3507"/>
        <source>16 x 16</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3512"/>
        <source>32 x 32</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3517"/>
        <source>64 x 64</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3544"/>
        <source>Whether to enable client/port name aliases on the connections window</source>
        <translation>接続ウィンドウでクライアント/ポートのエイリアス名を有効とするかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3547"/>
        <source>E&amp;nable client/port aliases</source>
        <translation>クライアント/ポートのエイリアス名の有効化(&amp;N)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3616"/>
        <source>Whether to enable in-place client/port name editing (rename)</source>
        <translation>クライアント/ポート名の編集（リネーム）</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3619"/>
        <source>Ena&amp;ble client/port aliases editing (rename)</source>
        <translation>クライアント/ポートのエイリアス名編集(リネーム)を有効化(&amp;B)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3560"/>
        <source>&amp;JACK client/port aliases:</source>
        <translation>JACKクライアント/ポート エイリアス(&amp;J):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="760"/>
        <source>Advanced</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3582"/>
        <source>JACK client/port aliases display mode</source>
        <translation>JACKのクライアント/ポートエイリアス表示モード</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3592"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3597"/>
        <source>First</source>
        <translation>1番目</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3602"/>
        <source>Second</source>
        <translation>2番目</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3632"/>
        <source>JACK client/port pretty-name (metadata) display mode</source>
        <translation>JACKクライアント/ポートのわかりやすい名前(メタデータ)表示モード</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3635"/>
        <source>Enable JA&amp;CK client/port pretty-names (metadata)</source>
        <translation>JACKクライアント/ポートのわかりやすい名前(メタデータ)を有効にします(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3646"/>
        <source>Misc</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3664"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3693"/>
        <source>Whether to start JACK audio server immediately on application startup</source>
        <translation>アプリケーション開始直後にJACKオーディオサーバーを開始するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3696"/>
        <source>&amp;Start JACK audio server on application startup</source>
        <translation>JACKオーディオサーバーの自動起動(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3709"/>
        <source>Whether to ask for confirmation on application exit</source>
        <translation>アプリケーションが終了する際に確認するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3712"/>
        <source>&amp;Confirm application close</source>
        <translation>アプリケーションの終了の確認(&amp;C)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3742"/>
        <source>Whether to keep all child windows on top of the main window</source>
        <translation>子ウィンドウを常に前面に表示するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3745"/>
        <source>&amp;Keep child windows always on top</source>
        <translation>子ウィンドウを常に前面表示(&amp;K)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3758"/>
        <source>Whether to enable the system tray icon</source>
        <translation>システムトレイアイコンを有効にするかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3761"/>
        <source>&amp;Enable system tray icon</source>
        <translation>システムトレイアイコンを有効(&amp;E)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3774"/>
        <source>Whether to show system tray message on main window close</source>
        <translation>メインウィンドウを閉じる時システムトレイメッセージを表示するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3777"/>
        <source>Sho&amp;w system tray message on close</source>
        <translation>終了時にシステムトレイメッセージを表示する(&amp;W)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3790"/>
        <source>Whether to start minimized to system tray</source>
        <translation>開始時にシステムトレイアイコンのみ表示するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3793"/>
        <source>Start minimi&amp;zed to system tray</source>
        <translation>開始時にシステムトレイに最小化する(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3917"/>
        <source>Whether to restrict to one single application instance (X11)</source>
        <translation>アプリケーションのインスタンスをひとつに制限するかどうか(X11)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3920"/>
        <source>Single application &amp;instance</source>
        <translation>シングルアプリケーションインスタンス(&amp;I)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3816"/>
        <source>Whether to save the JACK server command-line configuration into a local file (auto-start)</source>
        <translation>JACKサーバーのコマンドライン設定をローカルファイルに保存するかどうか(自動で保存されます)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3725"/>
        <source>Whether to ask for confirmation on JACK audio server shutdown and/or restart</source>
        <translation>JACKオーディオサーバーのシャットダウンと再起動時に確認するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3728"/>
        <source>Confirm server sh&amp;utdown and/or restart</source>
        <translation>サーバーのシャットダウンと再起動の確認(&amp;U)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3819"/>
        <source>S&amp;ave JACK audio server configuration to:</source>
        <translation>JACKオーディオサーバー設定の保存先(&amp;A):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3832"/>
        <source>The server configuration local file name (auto-start)</source>
        <translation>サーバー設定ローカルファイル名(自動起動)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3839"/>
        <source>.jackdrc</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3853"/>
        <source>Whether to enable ALSA Sequencer (MIDI) support on startup</source>
        <translation>開始時にALSAシーケンサー(MIDI)サポートを有効にするかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3856"/>
        <source>E&amp;nable ALSA Sequencer support</source>
        <translation>ALSAシーケンサーサポートを有効化(&amp;N)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3869"/>
        <source>Whether to enable D-Bus interface</source>
        <translation>D-Busインターフェイスを有効にするかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3872"/>
        <source>&amp;Enable D-Bus interface</source>
        <translation>D-Busインターフェースの有効化(&amp;E)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3901"/>
        <source>Whether to stop JACK audio server on application exit</source>
        <translation>アプリケーションが終了する時にJACKオーディオサーバーを停止するかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3904"/>
        <source>S&amp;top JACK audio server on application exit</source>
        <translation>JACKオーディオサーバーの自動終了(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3951"/>
        <source>Buttons</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3974"/>
        <source>Whether to hide the left button group on the main window</source>
        <translation>メインウィンドウ上の左側ボタングループを隠すかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3977"/>
        <source>Hide main window &amp;Left buttons</source>
        <translation>メインウィンドウ左側のボタンを隠す(&amp;L)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3990"/>
        <source>Whether to hide the right button group on the main window</source>
        <translation>メインウィンドウ上の右側ボタングループを隠すかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="3993"/>
        <source>Hide main window &amp;Right buttons</source>
        <translation>メインウィンドウ右側のボタンを隠す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4006"/>
        <source>Whether to hide the transport button group on the main window</source>
        <translation>メインウィンドウのトランスポートボタングループを隠すかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4009"/>
        <source>Hide main window &amp;Transport buttons</source>
        <translation>メインウィンドウのトランスポートボタンを隠す(&amp;T)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4022"/>
        <source>Whether to hide the text labels on the main window buttons</source>
        <translation>メインウィンドウボタン上のテキストラベルを隠すかどうか</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4025"/>
        <source>Hide main window &amp;button text labels</source>
        <translation>メインウィンドウボタンのテキストラベルを隠す(&amp;B)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4072"/>
        <source>Defaults</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4106"/>
        <source>&amp;Base font size:</source>
        <translation>基本フォントサイズ(&amp;B):</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4125"/>
        <source>Base application font size (pt.)</source>
        <translation>アプリケーションの基本フォントサイズ(pt)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4137"/>
        <source>6</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4142"/>
        <source>7</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4147"/>
        <source>8</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4152"/>
        <source>9</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4162"/>
        <source>11</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.ui" line="4167"/>
        <source>12</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="94"/>
        <source>System</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="95"/>
        <source>Cycle</source>
        <translation>サイクル</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="96"/>
        <source>HPET</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="101"/>
        <source>Don&apos;t restrict self connect requests (default)</source>
        <translation>セルフ接続の要求を制限しない(デフォルト)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="104"/>
        <source>Fail self connect requests to external ports only</source>
        <translation>外部ポートに対してのみセルフ接続の要求を失敗させる</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="107"/>
        <source>Ignore self connect requests to external ports only</source>
        <translation>外部ポートに対するセルフ接続の要求を無視する</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="110"/>
        <source>Fail all self connect requests</source>
        <translation>セルフ接続のすべての要求を失敗させます</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="113"/>
        <source>Ignore all self connect requests</source>
        <translation>セルフ接続のすべての要求を無視します</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1001"/>
        <location filename="../qjackctlSetupForm.cpp" line="1064"/>
        <location filename="../qjackctlSetupForm.cpp" line="2056"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1002"/>
        <source>Some settings have been changed:

&quot;%1&quot;

Do you want to save the changes?</source>
        <translation>設定の一部が変更されています:

&quot;%1&quot;

変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1065"/>
        <source>Delete preset:

&quot;%1&quot;

Are you sure?</source>
        <translation>プリセットを削除します:

&quot;%1&quot;

よろしいですか?</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1098"/>
        <source>msec</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1100"/>
        <source>n/a</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1386"/>
        <source>&amp;Preset Name</source>
        <translation>プリセット名(&amp;P)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1388"/>
        <source>&amp;Server Name</source>
        <translation>サーバー名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1389"/>
        <source>&amp;Server Path</source>
        <translation>サーバーパス(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1390"/>
        <source>&amp;Driver</source>
        <translation>ドライバー(&amp;D)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1391"/>
        <source>&amp;Interface</source>
        <translation>インターフェース(&amp;I)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1393"/>
        <source>Sample &amp;Rate</source>
        <translation>サンプルレート(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1394"/>
        <source>&amp;Frames/Period</source>
        <translation>フレーム/ピリオド(&amp;F)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1395"/>
        <source>Periods/&amp;Buffer</source>
        <translation>ピリオド/バッファー(&amp;B)</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1443"/>
        <source>Startup Script</source>
        <translation>スタートアップスクリプト</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1460"/>
        <source>Post-Startup Script</source>
        <translation>ポストスタートアップスクリプト</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1477"/>
        <source>Shutdown Script</source>
        <translation>シャットダウンスクリプト</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1494"/>
        <source>Post-Shutdown Script</source>
        <translation>ポストシャットダウンスクリプト</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1511"/>
        <source>Active Patchbay Definition</source>
        <translation>有効なパッチベイ定義</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1513"/>
        <source>Patchbay Definition files</source>
        <translation>パッチベイ定義ファイル</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1529"/>
        <source>Messages Log</source>
        <translation>メッセージログ</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1531"/>
        <source>Log files</source>
        <translation>ログファイル</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1903"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="1904"/>
        <source>Some settings may be only effective
next time you start this application.</source>
        <translation>いくつかの設定はこのプログラムを
次回に起動した時に有効となります。</translation>
    </message>
    <message>
        <location filename="../qjackctlSetupForm.cpp" line="2057"/>
        <source>Some settings have been changed.

Do you want to apply the changes?</source>
        <translation>設定が変更されました。

変更を適用しますか?</translation>
    </message>
</context>
<context>
    <name>qjackctlSocketForm</name>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="33"/>
        <source>Socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="52"/>
        <source>&amp;Socket</source>
        <translation>ソケット(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="64"/>
        <source>&amp;Name (alias):</source>
        <translation>名前(エイリアス)(&amp;N):</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="80"/>
        <source>Socket name (an alias for client name)</source>
        <translation>ソケット名(クライアント名のエイリアス)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="87"/>
        <source>Client name (regular expression)</source>
        <translation>クライアント名 (正規表現)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="97"/>
        <source>Add plug to socket plug list</source>
        <translation>プラグをソケットプラグリストに追加します</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="100"/>
        <source>Add P&amp;lug</source>
        <translation>プラグ追加(&amp;L)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="110"/>
        <source>&amp;Plug:</source>
        <translation>プラグ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="126"/>
        <source>Port name (regular expression)</source>
        <translation>ポート名 (正規表現)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="139"/>
        <source>Socket plug list</source>
        <translation>ソケットプラグのリスト</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="155"/>
        <source>Socket Plugs / Ports</source>
        <translation>ソケットプラグ/ポート</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="163"/>
        <source>Edit currently selected plug</source>
        <translation>選択しているプラグを編集します</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="166"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="176"/>
        <source>Remove currently selected plug from socket plug list</source>
        <translation>ソケットプラグリストから選択しているプラグを削除します</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="179"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="189"/>
        <source>&amp;Client:</source>
        <translation>クライアント(&amp;C):</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="205"/>
        <source>Move down currently selected plug in socket plug list</source>
        <translation>ソケットプラグリストで選択しているプラグを下に移動します</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="208"/>
        <source>&amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="218"/>
        <source>Move up current selected plug in socket plug list</source>
        <translation>ソケットプラグリストで選択しているプラグを上に移動します</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="221"/>
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="247"/>
        <source>Enforce only one exclusive cable connection</source>
        <translation>排他的なケーブル接続を強制します</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="250"/>
        <source>E&amp;xclusive</source>
        <translation>排他的(&amp;X)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="257"/>
        <source>&amp;Forward:</source>
        <translation>転送(&amp;F):</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="273"/>
        <source>Forward (clone) all connections from this socket</source>
        <translation>このソケットからすべての接続を転送(クローン)します</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="283"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="295"/>
        <source>Audio socket type (JACK)</source>
        <translation>オーディオソケットタイプ(JACK)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="298"/>
        <source>&amp;Audio</source>
        <translation>オーディオ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="305"/>
        <source>MIDI socket type (JACK)</source>
        <translation>MIDIソケットタイプ(JACK)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="308"/>
        <source>&amp;MIDI</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="315"/>
        <source>MIDI socket type (ALSA)</source>
        <translation>MIDIソケットタイプ(ALSA)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.ui" line="318"/>
        <source>AL&amp;SA</source>
        <translation>ALSA(&amp;S)</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="166"/>
        <source>Plugs / Ports</source>
        <translation>プラグ/ポート</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="349"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="350"/>
        <source>A socket named &quot;%1&quot; already exists.</source>
        <translation>ソケット名 &quot;%1&quot; はすでに存在します。</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="369"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="370"/>
        <source>Some settings have been changed.

Do you want to apply the changes?</source>
        <translation>設定が変更されました。

変更を適用しますか?</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="536"/>
        <source>Add Plug</source>
        <translation>プラグの追加</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="550"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="553"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="557"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="560"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../qjackctlSocketForm.cpp" line="742"/>
        <source>(None)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>qjackctlSocketList</name>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="326"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="336"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="349"/>
        <source>Socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="460"/>
        <source>&lt;New&gt; - %1</source>
        <translation>&lt;新規&gt; - %1</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="507"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="508"/>
        <source>%1 about to be removed:

&quot;%2&quot;

Are you sure?</source>
        <translation>%1を削除しようとしています:

&quot;%2&quot;

よろしいですか?</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="593"/>
        <source>%1 &lt;Copy&gt; - %2</source>
        <translation>%1 &lt;コピー&gt; - %2</translation>
    </message>
</context>
<context>
    <name>qjackctlSocketListView</name>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="754"/>
        <source>Output Sockets / Plugs</source>
        <translation>出力ソケット / プラグ</translation>
    </message>
    <message>
        <location filename="../qjackctlPatchbay.cpp" line="756"/>
        <source>Input Sockets / Plugs</source>
        <translation>入力ソケット / プラグ</translation>
    </message>
</context>
</TS>
