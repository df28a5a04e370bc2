<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.0" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/common/AboutDialog.ui" line="14"/>
        <source>About Merkaartor</source>
        <translation>Merkaartorについて</translation>
    </message>
    <message>
        <location filename="../src/common/AboutDialog.ui" line="159"/>
        <source>This program is licensed under the GNU General Public License v2</source>
        <translation>このプログラムは、GNU一般公衆使用許諾バージョン2のもとでライセンスされています。</translation>
    </message>
    <message>
        <location filename="../src/common/AboutDialog.ui" line="59"/>
        <source>Merkaartor version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/AboutDialog.ui" line="89"/>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/AboutDialog.ui" line="99"/>
        <source>PROJ.4 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/AboutDialog.ui" line="109"/>
        <source>GDAL version</source>
        <translation type="unfinished"></translation>
    </message>
    <message utf8="true">
        <location filename="../src/common/AboutDialog.ui" line="152"/>
        <source>Copyright Bart Vanhauwaert, Chris Browet, Ladislav Láska and others, 2006-2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/AboutDialog.ui" line="185"/>
        <source>Changelog</source>
        <translation>変更ログ</translation>
    </message>
    <message>
        <location filename="../src/common/AboutDialog.ui" line="228"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ActionsDialog</name>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="21"/>
        <source>Description</source>
        <translation>記述</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="21"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="46"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="47"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="48"/>
        <source>&amp;Default</source>
        <translation>デフォルト(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="49"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="50"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="77"/>
        <source>Shortcut Editor</source>
        <translation>ショートカットの編集</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="121"/>
        <source>Load Shortcut scheme</source>
        <translation>ショートカット設定をロード</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="121"/>
        <location filename="../src/Tools/ActionsDialog.cpp" line="148"/>
        <source>Merkaartor shortcut scheme (*.mss)</source>
        <translation>Merkaartorショートカット設定 (*.mss)</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="125"/>
        <source>Unable to open file</source>
        <translation>ファイルを開けません。</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="125"/>
        <source>%1 could not be opened.</source>
        <translation>%1 を開けません。</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="148"/>
        <source>Save Shortcut scheme</source>
        <translation>ショートカット設定の保存</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="148"/>
        <source>untitled</source>
        <translation>タイトルなし</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="148"/>
        <source>All Files (*)</source>
        <translation>全てのファイル(*)</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="164"/>
        <source>Unable to open save file</source>
        <translation>保存ファイルを開くことができません。</translation>
    </message>
    <message>
        <location filename="../src/Tools/ActionsDialog.cpp" line="164"/>
        <source>%1 could not be opened for writing.</source>
        <translation>%1 を書き込み用に開けません。</translation>
    </message>
</context>
<context>
    <name>BuildBridgeInteraction</name>
    <message>
        <location filename="../src/Interactions/BuildBridgeInteraction.cpp" line="106"/>
        <location filename="../src/Interactions/BuildBridgeInteraction.cpp" line="131"/>
        <location filename="../src/Interactions/BuildBridgeInteraction.cpp" line="138"/>
        <source>BridgeBuilder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/BuildBridgeInteraction.cpp" line="106"/>
        <source>Sorry, I don&apos;t know how to build bridge from THAT. Please, give me two nodes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/BuildBridgeInteraction.cpp" line="111"/>
        <source>Convert segment to bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/BuildBridgeInteraction.cpp" line="131"/>
        <source>Selected segment is already tagged as bridge/tunnel. Please, make sure you know what you&apos;re doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/BuildBridgeInteraction.cpp" line="138"/>
        <source>Unsupported action: The bridge does not seem to be a single way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../src/Commands/Command.cpp" line="25"/>
        <source>No description</source>
        <translation>記述がありません。</translation>
    </message>
</context>
<context>
    <name>CreateDoubleWayDock</name>
    <message>
        <location filename="../src/Interactions/CreateDoubleWayDock.ui" line="13"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateDoubleWayDock.ui" line="25"/>
        <source>Driving at the right side of the road</source>
        <translation>車は右側通行</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateDoubleWayDock.ui" line="40"/>
        <source>Distance between two roads</source>
        <translation>二つの道路間の距離</translation>
    </message>
</context>
<context>
    <name>CreateRoundaboutDock</name>
    <message>
        <location filename="../src/Interactions/CreateRoundaboutDock.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateRoundaboutDock.ui" line="28"/>
        <source>Precision (meters/segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateRoundaboutDock.ui" line="35"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateRoundaboutDock.ui" line="56"/>
        <source>Roundabout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateRoundaboutDock.ui" line="61"/>
        <source>Plain circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateRoundaboutDock.ui" line="70"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateRoundaboutDock.ui" line="75"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateRoundaboutDock.ui" line="83"/>
        <source>Driving side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirtyDock</name>
    <message>
        <location filename="../src/Docks/DirtyDock.cpp" line="67"/>
        <source>There is &lt;b&gt;no&lt;/b&gt; dirty object</source>
        <translation>変更されたオブジェクトは&lt;b&gt;ありません&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/Docks/DirtyDock.cpp" line="70"/>
        <source>There is &lt;b&gt;one&lt;/b&gt; dirty object</source>
        <translation>&lt;b&gt;一つ&lt;/b&gt;の変更されたオブジェクトがあります</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/Docks/DirtyDock.cpp" line="74"/>
        <source>There are &lt;b&gt;%n&lt;/b&gt; dirty objects</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/Docks/DirtyDock.cpp" line="194"/>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../src/Docks/DirtyDock.cpp" line="195"/>
        <source>Center map</source>
        <translation>中央に表示</translation>
    </message>
    <message>
        <location filename="../src/Docks/DirtyDock.cpp" line="196"/>
        <source>Center &amp;&amp; Zoom map</source>
        <translation>中央に表示してズーム</translation>
    </message>
</context>
<context>
    <name>DirtyDockWidget</name>
    <message>
        <location filename="../src/Docks/DirtyDock.ui" line="14"/>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../src/Docks/DirtyDock.ui" line="37"/>
        <source>There are &lt;b&gt;no&lt;/b&gt; dirty objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Docks/DirtyDock.ui" line="56"/>
        <source>Cleanup</source>
        <translation>クリーンアップ</translation>
    </message>
</context>
<context>
    <name>DirtyLayerWidget</name>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="642"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
</context>
<context>
    <name>DirtyListExecutor</name>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="345"/>
        <location filename="../src/Sync/DirtyList.cpp" line="598"/>
        <source>ADD road %1</source>
        <translation>道路 %1 を追加</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="354"/>
        <location filename="../src/Sync/DirtyList.cpp" line="632"/>
        <source>ADD trackpoint %1</source>
        <translation>トラックポイント %1 の追加</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="363"/>
        <location filename="../src/Sync/DirtyList.cpp" line="565"/>
        <source>ADD relation %1</source>
        <translation>関連 %1 を追加</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="372"/>
        <location filename="../src/Sync/DirtyList.cpp" line="729"/>
        <source>UPDATE trackpoint %1</source>
        <translation>トラックポイント %1 のアップデート</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="381"/>
        <location filename="../src/Sync/DirtyList.cpp" line="667"/>
        <source>UPDATE relation %1</source>
        <translation>関連 %1 のアップデート</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="390"/>
        <location filename="../src/Sync/DirtyList.cpp" line="698"/>
        <source>UPDATE road %1</source>
        <translation>道路 %1 のアップデート</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="399"/>
        <location filename="../src/Sync/DirtyList.cpp" line="762"/>
        <source>REMOVE trackpoint %1</source>
        <translation>トラックポイント%1の削除</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="408"/>
        <location filename="../src/Sync/DirtyList.cpp" line="789"/>
        <source>REMOVE road %1</source>
        <translation>道路%1の削除</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="417"/>
        <location filename="../src/Sync/DirtyList.cpp" line="816"/>
        <source>REMOVE relation %1</source>
        <translation>関連%1の削除</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="451"/>
        <location filename="../src/Sync/DirtyList.cpp" line="458"/>
        <location filename="../src/Sync/DirtyList.cpp" line="474"/>
        <source>Error uploading request</source>
        <translation>アップロード要求のエラー</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="452"/>
        <source>Please check your username and password in the Preferences menu</source>
        <translation>設定メニューでユーザ名、パスワードをチェックしてください。</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="455"/>
        <location filename="../src/Sync/DirtyList.cpp" line="475"/>
        <source>There was an error uploading this request (%1)
Server message is &apos;%2&apos;</source>
        <translation>この要求(%1)のアップロードでエラーが発生しました。
サーバからのメッセージは&apos;%2&apos;です。</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="457"/>
        <source>
API message is &apos;%1&apos;</source>
        <translation>
APIメッセージは&apos;%1&apos;です</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="492"/>
        <source>Uploading changes...</source>
        <translation>変更点をアップロード中...</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="518"/>
        <source>OPEN changeset</source>
        <translation>変更セットのオープン</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="545"/>
        <source>CLOSE changeset</source>
        <translation>チェンジセットを閉じる</translation>
    </message>
</context>
<context>
    <name>DirtyListExecutorOSC</name>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="64"/>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="71"/>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="85"/>
        <source>Error uploading request</source>
        <translation>アップロード要求のエラー</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="65"/>
        <source>Please check your username and password in the Preferences menu</source>
        <translation>設定メニューでユーザ名、パスワードをチェックしてください。</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="68"/>
        <source>There was an error uploading this request (%1)
Server message is &apos;%2&apos;</source>
        <translation>この要求(%1)のアップロードでエラーが発生しました。
サーバからのメッセージは&apos;%2&apos;です。</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="70"/>
        <source>
API message is &apos;%1&apos;</source>
        <translation>
APIメッセージは&apos;%1&apos;です</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="86"/>
        <source>There was an error uploading this request (%1)
&quot;%2&quot;
Please redownload the problematic feature to handle the conflict.</source>
        <translation>要求 (%1) をアップロード中にエラーが発生しました。
&quot;%2&quot;
衝突を処理するために、問題のある地物を再ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="102"/>
        <source>Checking changes...</source>
        <translation>変更をチェック中...</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="184"/>
        <source>OPEN changeset</source>
        <translation>変更セットのオープン</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="301"/>
        <source>CLOSE changeset</source>
        <translation>チェンジセットを閉じる</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="308"/>
        <source>Changeset could not be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="308"/>
        <source>An unknown error has occurred. It might already be closed, or will be closed automatically. If you want to be sure, please, check manually on the osm.org website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="356"/>
        <source>ADD relation %1</source>
        <translation>関連 %1 を追加</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="370"/>
        <source>ADD road %1</source>
        <translation>道路 %1 を追加</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="385"/>
        <source>ADD trackpoint %1</source>
        <translation>トラックポイント %1 の追加</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="401"/>
        <source>UPDATE relation %1</source>
        <translation>関連 %1 のアップデート</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="416"/>
        <source>UPDATE road %1</source>
        <translation>道路 %1 のアップデート</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="430"/>
        <source>UPDATE trackpoint %1</source>
        <translation>トラックポイント %1 のアップデート</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="444"/>
        <source>REMOVE trackpoint %1</source>
        <translation>トラックポイント%1の削除</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="458"/>
        <source>REMOVE road %1</source>
        <translation>道路%1の削除</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="472"/>
        <source>REMOVE relation %1</source>
        <translation>関連%1の削除</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../src/common/Document.cpp" line="91"/>
        <location filename="../src/common/Document.cpp" line="103"/>
        <location filename="../src/common/Document.cpp" line="113"/>
        <source>untitled</source>
        <translation>タイトルなし</translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="173"/>
        <location filename="../src/common/Document.cpp" line="501"/>
        <source>Dirty layer</source>
        <translation>変更された</translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="176"/>
        <source>Uploaded layer</source>
        <translation>アップロードされたレイヤー</translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="373"/>
        <source>Background imagery</source>
        <translation>背景画像</translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="390"/>
        <source>Drawing layer #%1</source>
        <translation>描画レイヤー#%1</translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="399"/>
        <source>Filter layer #%1</source>
        <translation>フィルタレイヤー#%1</translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="593"/>
        <source>OSM Export</source>
        <translation>OSMエクスポート</translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="603"/>
        <source>Exporting OSM...</source>
        <translation>OSMをエクスポート中...</translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="896"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="1226"/>
        <source>History rebuild: Create node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="1232"/>
        <source>History rebuild: Update node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="1238"/>
        <source>History rebuild: Delete node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="1244"/>
        <source>History rebuild: Create way %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="1250"/>
        <source>History rebuild: Update way %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="1256"/>
        <source>History rebuild: Delete way %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="1262"/>
        <source>History rebuild: Create relation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="1268"/>
        <source>History rebuild: Update relation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/Document.cpp" line="1274"/>
        <source>History rebuild: Delete relation %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadMapDialog</name>
    <message>
        <location filename="../src/common/DownloadMapDialog.ui" line="14"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/common/DownloadMapDialog.ui" line="32"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../src/common/DownloadMapDialog.ui" line="40"/>
        <source>Bookmark</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location filename="../src/common/DownloadMapDialog.ui" line="62"/>
        <source>Current view</source>
        <translation>現在のビュー</translation>
    </message>
    <message>
        <location filename="../src/common/DownloadMapDialog.ui" line="74"/>
        <source>WWW link (OSM/Google maps)</source>
        <translation>WWWリンク(OSM/Googleマップ)</translation>
    </message>
    <message>
        <location filename="../src/common/DownloadMapDialog.ui" line="88"/>
        <source>Xapi selector</source>
        <translation>Xapiセレクタ</translation>
    </message>
    <message>
        <location filename="../src/common/DownloadMapDialog.ui" line="100"/>
        <source>From the map below (map provided by the OpenStreetMap project)</source>
        <translation>下の地図から（地図はOpenStreetMapプロジェクトから提供されています）</translation>
    </message>
    <message>
        <location filename="../src/common/DownloadMapDialog.ui" line="112"/>
        <source>Also download raw GPS tracks</source>
        <translation>生GPSトラックデータもダウンロード</translation>
    </message>
    <message>
        <location filename="../src/common/DownloadMapDialog.ui" line="119"/>
        <source>Resolve all relations</source>
        <translation>全てのリレーションを解決</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <location filename="../src/ImportExport/ImportExportOSC.cpp" line="64"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="465"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="580"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="703"/>
        <source>%1 download</source>
        <translation>%1 ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="340"/>
        <source>Downloading unresolved...</source>
        <translation>未解決部をダウンロード中...</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="347"/>
        <source>Downloading unresolved %1 of %2</source>
        <translation>未解決の %2分の%1  をダウンロード</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="356"/>
        <source>Parsing unresolved %1 of %2</source>
        <translation>%2中%1の未解決をパース中</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="460"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="391"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="529"/>
        <source>Parsing...</source>
        <translation>パース中...</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="466"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="398"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="536"/>
        <source>Parsing XML</source>
        <translation>XMLのパース</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="474"/>
        <source>Conflicts from %1</source>
        <translation>%1からの矛盾</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="544"/>
        <source>Empty roads/relations detected</source>
        <translation>空の道路や関連を見つけました。</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="545"/>
        <source>Empty roads/relations are probably errors.
Do you want to mark them for deletion?</source>
        <translation>空の道路や関連はおそらく誤りです。
これらに削除マークをつけますか？</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="553"/>
        <source>Remove empty feature %1</source>
        <translation>空のフィーチャを削除します。 %1</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="565"/>
        <source>Conflicts have been detected</source>
        <translation>矛盾を検出しました。</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportOSM.cpp" line="566"/>
        <source>This means that some of the feature you modified since your last download have since been modified by someone else on the server.
The features have been duplicated as &quot;conflict_...&quot; on the &quot;Conflicts...&quot; layer.
Before being able to upload your changes, you will have to manually merge the two versions and remove the one from the &quot;Conflicts...&quot; layer.</source>
        <translation>これは、あなたが最後にダウンロードした以降に変更した地物がサーバー上の誰かによって変更されたことを意味します。
これらの地物は「競合...」レイヤーの&quot;conflict_...&quot;として複製されています。
変更をアップロードする前に、手動で二つのバージョンをマージして、「競合...」レイヤーから取り除く必要があります。</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="141"/>
        <source>Uploading...</source>
        <translation>アップロード中...</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="166"/>
        <source>Preparing changes</source>
        <translation>変更の準備中</translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyListExecutorOSC.cpp" line="168"/>
        <source>Waiting for server response</source>
        <translation>サーバの応答待ち</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="120"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/Sync/DownloadOSM.cpp" line="162"/>
        <source>Downloading from OSM (%n bytes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/Sync/DownloadOSM.cpp" line="164"/>
        <source>Downloading from OSM (%n kBytes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="284"/>
        <source>Downloading...</source>
        <translation>ダウンロード中...</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="294"/>
        <source>Downloading from OSM (connecting)</source>
        <translation>OSMデータのダウンロード(接続中)</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="321"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="333"/>
        <source>Unexpected http status code (%1)
Server message is &apos;%2&apos;</source>
        <translation>予期していないhttp状態コード(%1)
サーバメッセージは&apos;%2&apos;です。</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="323"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="335"/>
        <source>
API message is &apos;%1&apos;</source>
        <translation>
APIメッセージは&apos;%1&apos;です</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="324"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="330"/>
        <location filename="../src/Sync/DownloadOSM.cpp" line="336"/>
        <source>Download failed</source>
        <translation>ダウンロード失敗</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="330"/>
        <source>Username/password invalid</source>
        <translation>ユーザ名/パスワードが不正です。</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="348"/>
        <source>Unresolved conflicts</source>
        <translation>解決できない矛盾</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="348"/>
        <source>Please resolve existing conflicts first</source>
        <translation>既存の矛盾を先に解決してください。</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="406"/>
        <source>Downloading trackpoints %1-%2</source>
        <translation>トラックポイント %1-%2のダウンロード</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="425"/>
        <source>Downloaded track - nodes %1-%2</source>
        <translation>トラック-ノードのダウンロード %1-%2</translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="519"/>
        <source>MapDust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/DownloadOSM.cpp" line="542"/>
        <source>Downloading points</source>
        <translation>ダウンロードするポイント</translation>
    </message>
    <message>
        <location filename="../src/Utils/SlippyMapWidget.cpp" line="76"/>
        <source>Downloading %1,%2 (zoom %3)...</source>
        <translation>%1,%2 (ズーム %3)のダウンロード...</translation>
    </message>
</context>
<context>
    <name>DrawingLayerWidget</name>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="301"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="306"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>EditInteraction</name>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="279"/>
        <source>Cannot delete</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="279"/>
        <source>Cannot delete the selection because it is outside the downloaded area.</source>
        <translation>ダウンロード領域外なので選択されたものを削除できません。</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="282"/>
        <source>Cannot delete everything</source>
        <translation>全てを削除できません</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="283"/>
        <source>The complete selection cannot be deleted because part of it is outside the downloaded area.
Delete what can be?</source>
        <translation>選択されたものの一部がダウンロード領域の外側なので、完全に削除することはできません。
削除できるものだけを削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="328"/>
        <source>Reverse way %1</source>
        <translation>ウェイ%1を反転</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="328"/>
        <source>Reverse %1 ways</source>
        <translation>%1ウェイを反転</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../src/ImportExport/ExportDialog.ui" line="13"/>
        <source>Export</source>
        <translation>エキスポート</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ExportDialog.ui" line="25"/>
        <source>What do you want to export?</source>
        <translation>何をエキスポートしますか?</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ExportDialog.ui" line="38"/>
        <source>All visible (i.e. not hidden)</source>
        <translation>表示されているもの全て(何も隠さない)</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ExportDialog.ui" line="45"/>
        <source>Viewport</source>
        <translation>ビューポート</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ExportDialog.ui" line="52"/>
        <source>Selected</source>
        <translation>選択</translation>
    </message>
</context>
<context>
    <name>FeaturesDock</name>
    <message>
        <location filename="../src/Docks/FeaturesDock.cpp" line="457"/>
        <source>Features</source>
        <translation>地物</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.cpp" line="458"/>
        <source>Center map</source>
        <translation>中央に表示</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.cpp" line="459"/>
        <source>Center &amp;&amp; Zoom map</source>
        <translation>中央に表示してズーム</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.cpp" line="460"/>
        <source>Download missing children</source>
        <translation>不足している子要素をダウンロードする</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.cpp" line="461"/>
        <source>Add to selection</source>
        <translation>選択に追加</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.cpp" line="462"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.cpp" line="469"/>
        <source>Relations</source>
        <translation>関連</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.cpp" line="470"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.cpp" line="471"/>
        <source>POI&apos;s</source>
        <translation>POI</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.cpp" line="472"/>
        <source>All</source>
        <translation>全て</translation>
    </message>
</context>
<context>
    <name>FeaturesDockWidget</name>
    <message>
        <location filename="../src/Docks/FeaturesDock.ui" line="14"/>
        <source>Features</source>
        <translation>地物</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.ui" line="72"/>
        <source>Only features fully within the viewport</source>
        <translation>ビューポートに完全に含まれている地物のみ</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.ui" line="75"/>
        <source>Filter by viewport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.ui" line="104"/>
        <source>Find...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.ui" line="122"/>
        <source>Only show features intersecting current selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.ui" line="125"/>
        <source>Filter by selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Docks/FeaturesDock.ui" line="151"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
</context>
<context>
    <name>FilterEditDialog</name>
    <message>
        <location filename="../src/Layers/FilterEditDialog.ui" line="14"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../src/Layers/FilterEditDialog.ui" line="20"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/Layers/FilterEditDialog.ui" line="30"/>
        <source>Filter</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../src/Layers/FilterEditDialog.ui" line="42"/>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>FilterLayerWidget</name>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="689"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>FilterPreferencesDialog</name>
    <message>
        <location filename="../src/Preferences/FilterPreferencesDialog.ui" line="14"/>
        <source>Filters setup</source>
        <translation>フィルタ設定</translation>
    </message>
    <message>
        <location filename="../src/Preferences/FilterPreferencesDialog.ui" line="20"/>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../src/Preferences/FilterPreferencesDialog.ui" line="47"/>
        <source>Filter list:</source>
        <translation>フィルタリスト:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/FilterPreferencesDialog.ui" line="76"/>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <location filename="../src/Preferences/FilterPreferencesDialog.ui" line="93"/>
        <source>Filter</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../src/Preferences/FilterPreferencesDialog.ui" line="105"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/Preferences/FilterPreferencesDialog.ui" line="127"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/Preferences/FilterPreferencesDialog.ui" line="134"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/Preferences/FilterPreferencesDialog.ui" line="141"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>GeoImageDock</name>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="78"/>
        <source>Network timeout</source>
        <translation>ネットワークタイムアウト</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="78"/>
        <source>Cannot read the photo&apos;s details from the Walking Papers server.</source>
        <translation>Walking Papersサーバから写真の詳細を読み込めません。</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="98"/>
        <source>Please specify Walking Papers URL</source>
        <translation>Walking PapersのURLを指定してください</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="99"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="113"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="997"/>
        <source>Geo Images</source>
        <translation>ジオイメージ</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="121"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="998"/>
        <source>Center map</source>
        <translation>中央に表示</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="122"/>
        <source>c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="123"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="999"/>
        <source>Remove Images</source>
        <translation>画像の削除</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="124"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="1000"/>
        <source>Copy filename to clipboard</source>
        <translation>ファイル名をクリップボードにコピーする</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="125"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="1001"/>
        <source>Select next image</source>
        <translation>次のイメージを選択</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="126"/>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="128"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="1002"/>
        <source>Select previous image</source>
        <translation>前のイメージを選択</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="129"/>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="131"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="1003"/>
        <source>Save geotagged image...</source>
        <translation>ジオタグ付き画像を保存...</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="339"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="465"/>
        <source>Photo layer</source>
        <translation>写真レイヤー</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="383"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="509"/>
        <source>Load geotagged Images</source>
        <translation>ジオタグされた画像のロード</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="384"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="510"/>
        <source>Select the layer to which the images belong:</source>
        <translation>イメージが関連づくレイヤーの選択</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="397"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="523"/>
        <source>Layer is read-only</source>
        <translation>レイヤーは読み込み専用</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="398"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="524"/>
        <source>The used layer is not writeable. Should it be made writeable?
If not, you can&apos;t load images that belong to it.</source>
        <translation>使っているレイヤーは書き込みできません。書き込み可能にしますか?
そうでなければ、これに画像を読み込むことはできません。</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="531"/>
        <source>Loading Images ...</source>
        <translation>画像のロード...</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="531"/>
        <source>Abort loading</source>
        <translation>読み込みの停止</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="543"/>
        <source>No such file</source>
        <translation>そのようなファイルはありません</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="543"/>
        <source>Can&apos;t find image &quot;%1&quot;.</source>
        <translation>画像&quot;%1&quot;が見つかりません。</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="551"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="553"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="941"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="945"/>
        <source>Exiv2</source>
        <translation>Exiv2</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="551"/>
        <source>Error while opening &quot;%2&quot;:
%1</source>
        <translation>&quot;%2&quot;読み込み時エラー:
%1</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="553"/>
        <location filename="../src/Docks/GeoImageDock.cpp" line="945"/>
        <source>Error while loading EXIF-data from &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;からのEXIFデータ読み込み時エラー</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="726"/>
        <source>Specify offset</source>
        <translation>オフセットの指定</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="728"/>
        <source>Position images more to the:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="729"/>
        <source>end of the track</source>
        <translation>トラックの終了点</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="730"/>
        <source>beginning of the track</source>
        <translation>トラックの開始点</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="734"/>
        <source>hh:mm:ss</source>
        <translation>hh:mm:ss</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="792"/>
        <source>No TrackPoints</source>
        <translation>トラックポイントがない</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="792"/>
        <source>No TrackPoints found for image &quot;%1&quot;</source>
        <translation>画像&quot;%1&quot;にあうトラックポイントがありません。</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="799"/>
        <source>ss &apos;seconds&apos;</source>
        <translation>ss &apos;秒&apos;</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="801"/>
        <source>mm &apos;minutes and&apos; ss &apos;seconds&apos;</source>
        <translation>mm &apos;分&apos; ss &apos;秒&apos;</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="803"/>
        <source>hh &apos;hours,&apos; mm &apos;minutes and&apos; ss &apos;seconds&apos;</source>
        <translation>hh &apos;時&apos; mm &apos;分&apos; ss &apos;秒&apos;</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="804"/>
        <source>Wrong image?</source>
        <translation>画像間違えた？</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="805"/>
        <source>Image &quot;%1&quot; was taken %2 before the next trackpoint was recorded.
Do you still want to use it?</source>
        <translation>イメージ &quot;%1&quot;は最初のトラックポイントが記録される前%2に取られました。
それでもこれを使いますか?</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="806"/>
        <source>Image &quot;%1&quot; was taken %2 after the last trackpoint was recorded.
Do you still want to use it?</source>
        <translation>イメージ &quot;%1&quot;は最後のトラックポイントが記録された後%2に取られました。
それでもこれを使いますか?</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="859"/>
        <source>Specify output filename</source>
        <translation>出力ファイル名を指定</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="859"/>
        <source>JPEG Images (*.jpg)</source>
        <translation>JPEG画像(*.jpg)</translation>
    </message>
    <message>
        <location filename="../src/Docks/GeoImageDock.cpp" line="941"/>
        <source>Error while opening &quot;%1&quot;:
%2</source>
        <translation>&quot;%1&quot;読み込み時エラー:
%2</translation>
    </message>
</context>
<context>
    <name>GotoDialog</name>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="14"/>
        <source>Go To</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="28"/>
        <source>Bookmark</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="61"/>
        <source>WWW link (OSM/Google maps)</source>
        <translation>WWWリンク(OSM/Googleマップ)</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="80"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="92"/>
        <source>Show projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="107"/>
        <source>lonMin, latMin, lonMax, latMax</source>
        <translation>最小経度、最小緯度、最大経度、最大緯度</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="134"/>
        <source>latCent, lonCent, latSpan, lonSpan</source>
        <translation>緯度（1/100単位), 経度(1/100単位), 緯度(巾), 経度(巾)</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="156"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="176"/>
        <source>OSM API Url</source>
        <translation>OSM API Url</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="203"/>
        <source>OSM XAPI url</source>
        <translation>OSM XAPI url</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.ui" line="225"/>
        <location filename="../src/common/GotoDialog.ui" line="244"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.cpp" line="97"/>
        <source>Invalid OSM url</source>
        <translation>不正なOSMのURL</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.cpp" line="98"/>
        <source>The specified url is invalid!</source>
        <translation>指定されたURLは不正です。</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.cpp" line="106"/>
        <location filename="../src/common/GotoDialog.cpp" line="117"/>
        <source>Invalid Coordinates format</source>
        <translation>不正なCoordinatesフォーマット</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.cpp" line="107"/>
        <source>Coordinates must be: &apos;&lt;left lon&gt;, &lt;bottom lat&gt;, &lt;right lon&gt;, &lt;top lat&gt;&apos;</source>
        <translation>座標は次のものでなければなりません: &apos;&lt;左経度&gt;, &lt;下緯度&gt;, &lt;右経度&gt;, &lt;上緯度&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../src/common/GotoDialog.cpp" line="118"/>
        <source>Coordinates must be: &apos;&lt;center lat&gt;, &lt;center lon&gt;, &lt;span lat&gt;, &lt;span lon&gt;&apos;</source>
        <translation>座標は次のものでなければなりません: &apos;&lt;中心緯度&gt;, &lt;中心経度&gt;, &lt;緯度幅&gt;, &lt;経度幅&gt;&apos;</translation>
    </message>
</context>
<context>
    <name>ImageLayerWidget</name>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="318"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="325"/>
        <source>Shape adapter</source>
        <translation>形状アダプタ</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="408"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="415"/>
        <source>Set view projection to layer&apos;s</source>
        <translation>ビューの投影法をレイヤーに設定</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="420"/>
        <source>Reset alignment adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="425"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="433"/>
        <source>WMS adapter</source>
        <translation>WMSアダプター</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="449"/>
        <source>TMS adapter</source>
        <translation>TMSアダプター</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="465"/>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
</context>
<context>
    <name>ImageMapLayer</name>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="80"/>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="173"/>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="288"/>
        <source>Map - None</source>
        <translation>マップ - なし</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="207"/>
        <source>Map - WMS - %1</source>
        <translation>マップ - WMS - %1</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="210"/>
        <source>Map - WMS-C - %1</source>
        <translation>地図 - WMS-C - %1</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="213"/>
        <source>Map - WMS-Tiled - %1</source>
        <translation>地図 - WMS-Tiled - %1</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="228"/>
        <source>Map - TMS - %1</source>
        <translation>マップ - TMS - %1</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="240"/>
        <source>Map - %1</source>
        <translation>マップ - %1</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="265"/>
        <source>Licensing Terms: %1</source>
        <translation>ライセンス条項: %1</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="272"/>
        <source>License Terms not accepted</source>
        <translation>ライセンス条項を承諾していない</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="272"/>
        <source>You have not ticked the checkbox expressing your agreement with the licensing terms.
As such, you won&apos;t be able to use this source as a map layer.
Is it really what you meant?</source>
        <translation>あなたは、ライセンス規約に了承の意思表示のチェックボックスに入力をしていません。
そのため、このソースをまっプレイヤーとして利用できません。
本当にやりたいことですか？</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="1025"/>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="1028"/>
        <source>Tile size</source>
        <translation>タイルのサイズ</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="1030"/>
        <source>Min/Max zoom</source>
        <translation>最小/最大ズーム</translation>
    </message>
    <message>
        <location filename="../src/Layers/ImageMapLayer.cpp" line="1034"/>
        <source>Projection</source>
        <translation>投影法</translation>
    </message>
</context>
<context>
    <name>ImportCSVDialog</name>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="14"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="26"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="75"/>
        <source>OSM Preview</source>
        <translation>OSMプレビュー</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="93"/>
        <source>Specifications</source>
        <translation>仕様</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="105"/>
        <source>First line contains headers</source>
        <translation>先頭行にヘッダを含む</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="112"/>
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="124"/>
        <source>Colon (,)</source>
        <translation>カンマ(,)</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="131"/>
        <source>Semicolon (;)</source>
        <translation>セミコロン(;)</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="138"/>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="145"/>
        <source>Other:</source>
        <translation>その他:</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="171"/>
        <source>String Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="177"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="184"/>
        <source>Single quote (&apos;)</source>
        <translation>シングルクオート(&apos;)</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="191"/>
        <source>Double quote (&quot;)</source>
        <translation>ダブルクオート(&quot;)</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="214"/>
        <source>Projection (in PROJ4 format; leave blank for latitude/longitude)</source>
        <translation>投影法 (PROJ4 形式; 緯度/経度形式の場合は空白にする)</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="227"/>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="254"/>
        <source>Field list:</source>
        <translation>フィールドリスト:</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="283"/>
        <source>Field Name (= tag key) :</source>
        <translation>フィールド名(=タグキー) :</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="300"/>
        <source>Field Type:</source>
        <translation>フィールド型:</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="310"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="336"/>
        <source>Import range</source>
        <translation>インポート範囲</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="342"/>
        <source>From (0 from start):</source>
        <translation>開始位置(0が先頭):</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="352"/>
        <source>To (0 to End):</source>
        <translation>末尾(0は最後):</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="367"/>
        <source>Load settings...</source>
        <translation>設定を読み込む...</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.ui" line="374"/>
        <source>Save settings...</source>
        <translation>設定を保存...</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="32"/>
        <source>String</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="33"/>
        <source>Integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="34"/>
        <source>Float</source>
        <translation>実数</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="35"/>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="36"/>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="376"/>
        <source>Invalid projection</source>
        <translation>不正な投影法</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="376"/>
        <source>Unable to set projection.</source>
        <translation>投影法を設定できません。</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="395"/>
        <source>No coordinates</source>
        <translation>座標なし</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="396"/>
        <source>Latitude or Longitude field missing. It will be impossible to import the file.
Do you really want to exit?</source>
        <translation>緯度又は経度のフィールドがありません。このファイルをインポートすることはできません。
本当に終了しますか?</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="433"/>
        <source>Load CSV import settings</source>
        <translation>CSV インポート設定を読み込む</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="433"/>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="544"/>
        <source>Merkaartor import settings (*.mis)</source>
        <translation>Merkaartorインポート設定 (*.mis)</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="439"/>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="452"/>
        <source>Invalid file</source>
        <translation>不正なファイル</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="439"/>
        <source>%1 could not be opened.</source>
        <translation>%1 を開けません。</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="452"/>
        <source>%1 is not a CSV import settings file</source>
        <translation>%1はCSVインポート設定ファイルではありません</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="544"/>
        <source>Save CSV import settings</source>
        <translation>CSVインポート設定を保存</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="544"/>
        <source>untitled</source>
        <translation>タイトルなし</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="544"/>
        <source>All Files (*)</source>
        <translation>全てのファイル(*)</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="560"/>
        <source>Unable to open save import settings</source>
        <translation>インポートする設定を保存するためにオープンできません</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportCSVDialog.cpp" line="560"/>
        <source>%1 could not be opened for writing.</source>
        <translation>%1 を書き込み用に開けません。</translation>
    </message>
</context>
<context>
    <name>ImportExportGdal</name>
    <message>
        <location filename="../src/ImportExport/ImportExportGdal.cpp" line="377"/>
        <source>Confirm projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportExportGdal.cpp" line="379"/>
        <source>Unable to set projection; please specify one</source>
        <translation>投影法を設定できません; 一つ選択してください</translation>
    </message>
</context>
<context>
    <name>InfoDock</name>
    <message>
        <location filename="../src/Docks/InfoDock.cpp" line="24"/>
        <location filename="../src/Docks/InfoDock.cpp" line="96"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>Layer</name>
    <message>
        <location filename="../src/Layers/Layer.cpp" line="416"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/Layers/Layer.cpp" line="416"/>
        <source>%n features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Layers/Layer.cpp" line="433"/>
        <source>Features</source>
        <translation>地物</translation>
    </message>
</context>
<context>
    <name>LayerDock</name>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="243"/>
        <location filename="../src/Docks/LayerDock.cpp" line="352"/>
        <source>Show All</source>
        <translation>全て表示</translation>
    </message>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="248"/>
        <location filename="../src/Docks/LayerDock.cpp" line="356"/>
        <source>Hide All</source>
        <translation>全て隠す</translation>
    </message>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="255"/>
        <source>Readonly All</source>
        <translation>全て読み込み専用</translation>
    </message>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="260"/>
        <source>Readonly None</source>
        <translation>全て読み込み専用解除</translation>
    </message>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="267"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="395"/>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="401"/>
        <source>All</source>
        <translation>全て</translation>
    </message>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="402"/>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="403"/>
        <source>Draw</source>
        <translation>描画</translation>
    </message>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="404"/>
        <source>Tracks</source>
        <translation>トラック</translation>
    </message>
    <message>
        <location filename="../src/Docks/LayerDock.cpp" line="491"/>
        <source>Reset Layers to default</source>
        <translation>レイヤーをデフォルトにリセットする</translation>
    </message>
</context>
<context>
    <name>LayerWidget</name>
    <message>
        <location filename="../src/Layers/LayerWidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="173"/>
        <source>Visible</source>
        <translation>可視</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="179"/>
        <source>Readonly</source>
        <translation>読み込み専用</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="187"/>
        <source>Low</source>
        <translation>薄い</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="187"/>
        <source>High</source>
        <translation>濃い</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="187"/>
        <source>Opaque</source>
        <translation>不透明</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="190"/>
        <source>Opacity</source>
        <translation>表示濃度</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="215"/>
        <source>Layer CLose: Dirty objects present</source>
        <translation>レイヤークローズ: 変更オブジェクトが存在</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="216"/>
        <source>There are dirty features on this layer.
Are you sure you want to close it? (no Undo possible)</source>
        <translation>このレイヤーには変更された地物があります。
本当に閉じますか?(元には戻せません)</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="221"/>
        <source>Layer CLose: Not empty</source>
        <translation>レイヤークローズ: 空でない</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="222"/>
        <source>Are you sure you want to close this layer? (no Undo possible)</source>
        <translation>本当にこのレイヤーを閉じてもいいですか?(元には戻せません)</translation>
    </message>
</context>
<context>
    <name>LicenseDisplayDialog</name>
    <message>
        <location filename="../src/Layers/LicenseDisplayDialog.ui" line="14"/>
        <source>Licensing Terms</source>
        <translation>ライセンス条項</translation>
    </message>
    <message>
        <location filename="../src/Layers/LicenseDisplayDialog.ui" line="21"/>
        <source>about:blank</source>
        <translation>about:blank</translation>
    </message>
    <message>
        <location filename="../src/Layers/LicenseDisplayDialog.ui" line="29"/>
        <source>I have read and agree to the licensing terms</source>
        <translation>ライセンス条項を読み、承諾しました</translation>
    </message>
</context>
<context>
    <name>MDiscardableDialog</name>
    <message>
        <location filename="../src/Utils/MDiscardableDialog.cpp" line="24"/>
        <source>Don&apos;t ask me this again</source>
        <translation>今後確認しない。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../src/Main.cpp" line="185"/>
        <source>%1 v%2
Loading plugins...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Main.cpp" line="223"/>
        <source>%1 v%2
Initializing...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/MainWindow.ui" line="14"/>
        <source>Merkaartor</source>
        <translation>Merkaartor</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="32"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="38"/>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="51"/>
        <location filename="../src/MainWindow.ui" line="648"/>
        <source>&amp;Road</source>
        <translation>道路(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="70"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="92"/>
        <source>&amp;View</source>
        <translation>ビュー(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="96"/>
        <source>&amp;Bookmarks</source>
        <translation>ブックマーク(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="104"/>
        <source>Set &amp;projection</source>
        <translation>投影法の設定(&amp;p)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="109"/>
        <source>Set Areas &amp;opacity</source>
        <translation>領域の表示濃度設定(&amp;o)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="127"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="131"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="141"/>
        <source>Re&amp;cent open</source>
        <translation>最近開いたファイル(&amp;c)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="146"/>
        <source>Recen&amp;t import</source>
        <translation>最近のインポート(&amp;t)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="175"/>
        <source>T&amp;ools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="179"/>
        <source>&amp;Style</source>
        <translation>スタイル(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="190"/>
        <source>Ta&amp;g templates</source>
        <translation>タグテンプレート(&amp;g)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="215"/>
        <location filename="../src/MainWindow.ui" line="666"/>
        <source>&amp;Node</source>
        <translation>ノード(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="224"/>
        <source>&amp;Window</source>
        <translation>ウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="228"/>
        <location filename="../src/MainWindow.ui" line="992"/>
        <source>&amp;Docks</source>
        <translation>ドック (&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="247"/>
        <source>Fea&amp;ture</source>
        <translation>フィーチャ(&amp;t)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="259"/>
        <location filename="../src/MainWindow.ui" line="1017"/>
        <source>&amp;Layers</source>
        <translation>レイヤー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="269"/>
        <source>&amp;Gps</source>
        <translation>&amp;Gps</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="282"/>
        <source>Rel&amp;ation</source>
        <translation>関連(&amp;a)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="290"/>
        <source>S&amp;how</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="294"/>
        <source>Show directional &amp;Arrows</source>
        <translation>方向矢印の表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="339"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="388"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="399"/>
        <source>&amp;About</source>
        <translation>情報(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="414"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="417"/>
        <source>Create a new document and import a file</source>
        <translation>新規文書を作成して、ファイルをインポート</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="429"/>
        <source>Zoom &amp;all</source>
        <translation>全てズーム(&amp;a)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="437"/>
        <source>Zoom &amp;window</source>
        <translation>ウィンドウズーム(&amp;w)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="440"/>
        <location filename="../src/MainWindow.ui" line="443"/>
        <source>Zoom window</source>
        <translation>ズームウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="455"/>
        <source>Zoom &amp;out</source>
        <translation>ズームアウト(&amp;o)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="467"/>
        <source>Zoom &amp;in</source>
        <translation>ズームイン(&amp;i)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="470"/>
        <location filename="../src/MainWindow.ui" line="473"/>
        <source>Zoom in</source>
        <translation>ズームイン</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="481"/>
        <location filename="../src/MainWindow.ui" line="484"/>
        <location filename="../src/MainWindow.ui" line="487"/>
        <source>Curved link</source>
        <translation>曲がったリンク</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="499"/>
        <location filename="../src/MainWindow.ui" line="1087"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="511"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="526"/>
        <source>&amp;Move</source>
        <translation>移動(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="553"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="556"/>
        <source>Import a file into the current document</source>
        <translation>現在の文書にファイルをインポート</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="568"/>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="571"/>
        <source>Download map data for a new area</source>
        <translation>新規エリアの地図データをダウンロード</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="579"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="582"/>
        <location filename="../src/MainWindow.ui" line="585"/>
        <source>Create link</source>
        <translation>リンクの作成</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="588"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="600"/>
        <source>&amp;Select</source>
        <translation>選択(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="612"/>
        <source>&amp;Upload</source>
        <translation>アップロード(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="615"/>
        <source>Upload changes to the server</source>
        <translation>変更をサーバにアップロード</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="630"/>
        <source>R&amp;emove</source>
        <translation>削除(&amp;e)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="633"/>
        <source>Remove selected features</source>
        <translation>選択したフィーチャを削除</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="651"/>
        <source>Create new road</source>
        <translation>新規道路の作成</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="669"/>
        <source>Create new node</source>
        <translation>新規ノードの作成</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="684"/>
        <source>&amp;Reverse</source>
        <translation>逆転(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="687"/>
        <source>Reverse road direction</source>
        <translation>道路の進行方向を反転</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="699"/>
        <source>&amp;Go To...</source>
        <translation>移動(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="707"/>
        <source>&amp;Double carriage way</source>
        <translation>2車線にする</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="710"/>
        <source>Create Double carriage way</source>
        <translation>2車線道の作成</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="718"/>
        <source>R&amp;oundabout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="721"/>
        <source>Create Roundabout</source>
        <translation>ロータリーの作成</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="736"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="739"/>
        <source>Create a new document</source>
        <translation>新規文書の作成</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="751"/>
        <source>&amp;Split</source>
        <translation>分割(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="754"/>
        <source>Split road into separate (connected) roads</source>
        <translation>道路を分割して、複数のつながった道路とします。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="766"/>
        <source>&amp;Join</source>
        <translation>接合(&amp;J)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="769"/>
        <source>Join connected roads to a single road</source>
        <translation>接続された道路を一つの道路として結合</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="781"/>
        <source>&amp;Break apart</source>
        <translation>切り離す(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="784"/>
        <source>Break</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="787"/>
        <source>Break apart connected roads</source>
        <translation>接続された道路を切り離す</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="795"/>
        <source>Re&amp;lation</source>
        <translation>関連(&amp;l)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="798"/>
        <source>Create Relation</source>
        <translation>関連の作成</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="813"/>
        <source>&amp;Area</source>
        <translation>領域(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="816"/>
        <source>Create new area</source>
        <translation>新規エリアの作成</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="824"/>
        <source>&amp;Edit...</source>
        <translation>編集(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="832"/>
        <location filename="../src/MainWindow.ui" line="948"/>
        <source>Save &amp;As...</source>
        <translation>名前をつけて保存(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="840"/>
        <location filename="../src/MainWindow.ui" line="1507"/>
        <source>&amp;Load...</source>
        <translation>読み込み(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="848"/>
        <source>&amp;Curved road</source>
        <translation>カーブ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="857"/>
        <source>&amp;Preferences...</source>
        <translation>設定(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="868"/>
        <location filename="../src/MainWindow.ui" line="876"/>
        <source>&amp;All...</source>
        <translation>全て(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="871"/>
        <location filename="../src/MainWindow.ui" line="879"/>
        <source>Export all visible layers to a file</source>
        <translation>全ての表示中レイヤーをファイルに書き出す</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="888"/>
        <source>&amp;Find...</source>
        <translation>検索(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="891"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="894"/>
        <source>Find and select items</source>
        <translation>検索とアイテムの選択</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="902"/>
        <location filename="../src/MainWindow.ui" line="910"/>
        <source>&amp;Viewport...</source>
        <translation>ビューポート...(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="905"/>
        <location filename="../src/MainWindow.ui" line="913"/>
        <source>Export the features in the viewport to a file</source>
        <translation>ビューポートの地物をファイルにエクスポートする</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="918"/>
        <source>&amp;Add...</source>
        <translation>追加(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="926"/>
        <source>&amp;Remove...</source>
        <translation>削除(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="934"/>
        <source>&amp;Merge</source>
        <translation>マージ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="937"/>
        <source>Node Merge</source>
        <translation>ノードの結合</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="940"/>
        <source>Merge the selected nodes (first selected will remain)</source>
        <translation>選択されたノードをマージする(最初に選択されたものが残る)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="960"/>
        <location filename="../src/MainWindow.ui" line="2072"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="963"/>
        <source>Save to file</source>
        <translation>ファイルに保存</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="975"/>
        <source>Download more</source>
        <translation>更新ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="978"/>
        <source>Download more map data for the current area</source>
        <translation>現在のエリアの地図データをダウンロード</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="981"/>
        <location filename="../src/MainWindow.ui" line="984"/>
        <source>Download the current view to the previous download layer</source>
        <translation>現在の表示範囲を、前回ダウンロードしたレイヤーにダウンロード</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1000"/>
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1003"/>
        <location filename="../src/MainWindow.ui" line="1006"/>
        <source>Hide/Show the Properties dock</source>
        <translation>プロパティ枠の表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1020"/>
        <location filename="../src/MainWindow.ui" line="1023"/>
        <source>Hide/Show the Layers dock</source>
        <translation>レイヤー枠の表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1034"/>
        <source>&amp;Info</source>
        <translation>情報(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1037"/>
        <location filename="../src/MainWindow.ui" line="1040"/>
        <source>Hide/Show the Info dock</source>
        <translation>情報枠の表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1052"/>
        <source>&amp;Align</source>
        <translation>整列(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1055"/>
        <source>Align nodes</source>
        <translation>ノードの整列</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1058"/>
        <source>Align selected nodes. First two selected give the line.</source>
        <translation>選択したノードを整列させます。最初に選択した２つの線上にならべます。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1070"/>
        <source>&amp;Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1073"/>
        <source>Spread nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1076"/>
        <source>Align and spread selected nodes equally.</source>
        <translation>選択されたノードを均等割り付け</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1090"/>
        <location filename="../src/MainWindow.ui" line="1093"/>
        <source>Hide/Show the Undo dock</source>
        <translation>やり直し枠の表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1104"/>
        <source>Show &amp;downloaded areas</source>
        <translation>ダウンロードした領域の表示(&amp;d)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1116"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1119"/>
        <source>Copy selected features and tags to the clipboard</source>
        <translation>選択したフィーチャーとタグをクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1122"/>
        <source>Copy the selected feature&apos;s tags to the clipboard; if the feature is a trackpoint, copy the coordinates, too.</source>
        <translation>選択した地物のタグをクリップボードにコピーします;地物がトラックポイントなら、緯度経度もコピーします。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1130"/>
        <source>Paste Tags (&amp;Overwrite)</source>
        <translation>タグを上書き貼り付け(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1133"/>
        <source>Paste (and overwrite) the tags in the clipboard to the selected feature.</source>
        <translation>クリップボードのタグを選択したーフィーチャーに貼り付け（し上書き）</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1145"/>
        <source>Paste Tags (&amp;Merge)</source>
        <translation>タグを追加貼り付け(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1148"/>
        <source>Paste tags</source>
        <translation>タグを貼り付け</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1151"/>
        <source>Paste tags from the clipboard (Merge with existing tags)</source>
        <translation>クリップボードからタグを貼り付け（既存のタグに追加）</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1154"/>
        <source>Merge the tags in the clipboard with the ones of the selected feature.</source>
        <translation>選択したフィーチャーのタグと、クリップボードのタグを混ぜる</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1162"/>
        <location filename="../src/MainWindow.ui" line="1167"/>
        <source>Selected...</source>
        <translation>選択...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1176"/>
        <source>Paste Feature(s)</source>
        <translation>地物を貼り付け</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1179"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1182"/>
        <source>Paste features from the clipboard</source>
        <translation>クリップボードからタグを貼り付け</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1185"/>
        <source>Paste the features in the clipboard; If the features&apos;id are already in the document, overwrite them.</source>
        <translation>クリップボードのフィーチャーを貼り付けます；もしフィーチャーIDがすでに文書にある場合は上書きされます。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1193"/>
        <source>OSM (XML)</source>
        <translation>OSM (XML)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1201"/>
        <source>OSM (Binary)</source>
        <translation>OSM (バイナリー形式)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1206"/>
        <source>&amp;Force Upload</source>
        <translation>強制的にアップロードする(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1209"/>
        <source>Commit feature to the dirty layer</source>
        <translation>地物を変更レイヤーにコミットする</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1212"/>
        <location filename="../src/MainWindow.ui" line="1215"/>
        <source>Commit the selected feature from a non-uploadable layer (e.g.Track or Extract) to the dirty layer, ready for upload</source>
        <translation>選択した地物をアップロードできないレイヤー(トラックや展開)から「変更されたレイヤー」に移して、アップロードできるようにする</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1223"/>
        <source>GPX</source>
        <translation>GPX</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1231"/>
        <source>KML</source>
        <translation>KML</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1239"/>
        <source>Toggle Toolbar</source>
        <translation>ツールバーのトグル</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1242"/>
        <location filename="../src/MainWindow.ui" line="1245"/>
        <source>Hide/Show the Toolbar</source>
        <translation>ツールバー枠の表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1253"/>
        <source>Hide All</source>
        <translation>全て隠す</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1261"/>
        <source>Show All</source>
        <translation>全て表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1272"/>
        <source>&amp;Image layer</source>
        <translation>画像レイヤー(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1277"/>
        <source>&amp;Raster/SVG</source>
        <translation>ラスタ/SVG(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1285"/>
        <source>Show &amp;nodes</source>
        <translation>ノードを表示(&amp;n)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1296"/>
        <source>Show na&amp;mes</source>
        <translation>名前を表示(&amp;m)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1304"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1307"/>
        <source>Start GPS</source>
        <translation>GPSの開始</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1315"/>
        <source>&amp;Replay...</source>
        <translation>再生(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1318"/>
        <source>Replay GPS</source>
        <translation>GPSの再生</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1329"/>
        <source>&amp;GPS</source>
        <translation>&amp;GPS</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1332"/>
        <location filename="../src/MainWindow.ui" line="1335"/>
        <source>Hide/Show the GPS dock</source>
        <translation>GPS枠の表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1346"/>
        <source>S&amp;top</source>
        <translation>ストップ(&amp;t)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1349"/>
        <source>Stop GPS</source>
        <translation>GPSの停止</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1360"/>
        <source>&amp;Center on GPS</source>
        <translation>GPS位置を中心にする(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1371"/>
        <source>Show track &amp;segments</source>
        <translation>トラックの要素を表示(&amp;s)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1382"/>
        <source>Show &amp;scale</source>
        <translation>スケールを表示(&amp;s)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1393"/>
        <source>Show &amp;relations</source>
        <translation>関連を表示(&amp;r)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1404"/>
        <source>Show roads background</source>
        <translation>道路の背景を表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1415"/>
        <source>Show roads boundary</source>
        <translation>道路境界を標示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1426"/>
        <source>Show touchup</source>
        <translation>パターンを表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1440"/>
        <location filename="../src/MainWindow.ui" line="1443"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1446"/>
        <source>Record GPS</source>
        <translation>GPS記録</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1460"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1463"/>
        <source>Pause GPS</source>
        <translation>GPSを一時停止</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1474"/>
        <source>G&amp;eoImage</source>
        <translation>ジオイメージ(&amp;e)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1477"/>
        <location filename="../src/MainWindow.ui" line="1480"/>
        <source>Hide/Show the GeoImage dock</source>
        <translation>ジオイメージ枠の表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1488"/>
        <source>World OSB manager...</source>
        <translation>World OSB 管理...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1499"/>
        <source>&amp;Shortcut Editor...</source>
        <translation>ショートカット編集(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1515"/>
        <source>&amp;Merge...</source>
        <translation>結合(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1523"/>
        <source>&amp;Save...</source>
        <translation>保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1531"/>
        <source>&amp;Add member</source>
        <translation>メンバー追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1539"/>
        <source>&amp;Remove member</source>
        <translation>メンバー削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1550"/>
        <source>&amp;Never</source>
        <translation>表示しない(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1561"/>
        <source>for &amp;Oneway roads</source>
        <translation>一方通行道路のみ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1572"/>
        <source>&amp;Always</source>
        <translation>常に(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1584"/>
        <source>&amp;Detach</source>
        <translation>分離(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1587"/>
        <source>Detach node from a road</source>
        <translation>道路からノードを切り離す</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1590"/>
        <source>Detach a node from a Road</source>
        <translation>道路からノードを切り離す</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1605"/>
        <source>&amp;Work Offline</source>
        <translation>オフライン作業(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1613"/>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1621"/>
        <source>&amp;Styles</source>
        <translation>スタイル(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1624"/>
        <location filename="../src/MainWindow.ui" line="1627"/>
        <source>Hide/Show the Styles dock</source>
        <translation>スタイル枠の表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2152"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1635"/>
        <source>&amp;WMS Servers Editor...</source>
        <translation>WMSサーバの編集(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="538"/>
        <source>&amp;Import using GDAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="541"/>
        <source>Import a file into the current document using GDAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1643"/>
        <source>&amp;TMS Servers Editor...</source>
        <translation>TMSサーバの編集(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1651"/>
        <source>&amp;Reset Discardable dialogs status</source>
        <translation>捨てられるダイアログ状態を初期化する (&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1663"/>
        <source>GPS Menu</source>
        <translation>GPSメニュー</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1672"/>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1677"/>
        <source>Create &amp;Junction</source>
        <translation>交差点を作成する (&amp;J)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1692"/>
        <source>Rotate</source>
        <translation>回転</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1700"/>
        <source>&amp;Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1708"/>
        <source>Rectangular &amp;building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1716"/>
        <source>Add new &amp;Image layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1727"/>
        <source>Features</source>
        <translation>地物</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1735"/>
        <source>Add street &amp;numbers (Karlsruhe scheme)</source>
        <translation>街路番号(Karlsruhe scheme)を追加 (&amp;n)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1747"/>
        <source>&amp;Subdivide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1750"/>
        <source>Subdivide segment equally</source>
        <translation>セグメントを等間隔に分割する</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1753"/>
        <source>Subdivide a selected way segment (the way and two adjacent nodes) into segments of equal length.</source>
        <translation>選択されたウェイのセグメント(ウェイと隣接した二つのノード)を等間隔のセグメントに分割します。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1764"/>
        <source>Show &amp;virtual nodes</source>
        <translation>仮想ノードを表示(&amp;v)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1775"/>
        <source>Show lat/lon &amp;grid</source>
        <translation>緯度/経度グリッドを表示(&amp;g)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1786"/>
        <source>&amp;Lock zoom to tiled background</source>
        <translation>背景タイルのズームを固定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1794"/>
        <source>&amp;Projections Editor...</source>
        <translation>投影法エディタ(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1805"/>
        <source>Show &amp;Photos on map</source>
        <translation>写真を地図に表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1813"/>
        <source>OsmChange (OSC)</source>
        <translation>OsmChange (OSC)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1821"/>
        <source>Force Delete</source>
        <translation>強制的に削除する</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1829"/>
        <source>Add OpenStreet&amp;Bugs layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1834"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1839"/>
        <source>S&amp;implify</source>
        <translation>単純化(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1842"/>
        <source>Simplify road(s)</source>
        <translation>道路を単純化する</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1845"/>
        <source>Simplify way by removing unnecessary child nodes</source>
        <translation>不要な子ノードを削除することで道路を単純化します</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1853"/>
        <source>&amp;Filters Editor...</source>
        <translation>フィルタエディタ(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1864"/>
        <source>&amp;None</source>
        <translation>なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1873"/>
        <source>&amp;Join Areas</source>
        <translation>領域を結合(&amp;J)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1876"/>
        <source>Join touching areas</source>
        <translation>接している領域を結合</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1879"/>
        <source>Join areas which are touching.</source>
        <translation>接している領域を結合する。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1891"/>
        <source>&amp;Split Area</source>
        <translation>領域を分割する(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1894"/>
        <source>Split area between two nodes</source>
        <translation>領域を二つのノードで分割する</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1897"/>
        <source>Split a selected area between two selected nodes into two separate areas.</source>
        <translation>選択された領域を、選択された二つのノードの間で、二つの領域に分割します。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1909"/>
        <source>&amp;Terrace</source>
        <translation>テラスハウス(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1912"/>
        <source>Terrace area into residences</source>
        <translation>領域をテラスハウス化する</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1915"/>
        <source>Split a selected area into terraced residences.</source>
        <translation>選択された領域をテラスハウスに分割します。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1923"/>
        <source>Toolbar Editor...</source>
        <translation>ツールバーの編集...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1935"/>
        <source>A&amp;xis Align</source>
        <translation>軸を合わせる(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1938"/>
        <source>Align edges to regular axes</source>
        <translation>等間隔の軸に端を合わせる</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1941"/>
        <source>Align edges to a certain number of regularly spaced axes.</source>
        <translation>等間隔に空いた軸に端を合わせる</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1949"/>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1957"/>
        <source>Print preview...</source>
        <translation>印刷プレビュー...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1962"/>
        <location filename="../src/MainWindow.cpp" line="402"/>
        <source>Properties...</source>
        <translation>プロパティ...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1973"/>
        <source>Highlight dirt&amp;y features</source>
        <translation>変更した地物をハイライトする(&amp;y)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1981"/>
        <source>Add new &amp;Drawing layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="1993"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;t)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2001"/>
        <source>Add new &amp;Filter layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2012"/>
        <source>E&amp;xtrude</source>
        <translation>押し出し(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2015"/>
        <source>Extrude interaction for ways (JOSM style)</source>
        <translation>ウェイ押し出し(JOSM形式)の説明</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2023"/>
        <source>Select toggle</source>
        <translation>トグルを選択</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2028"/>
        <source>Include children in selection</source>
        <translation>選択に子ノードも含む</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2043"/>
        <source>Scale</source>
        <translation>拡大縮小</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2051"/>
        <source>Save as Template Document...</source>
        <translation>テンプレート文書として保存...</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2059"/>
        <source>Create Multipolygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2064"/>
        <source>Add to Multi&amp;polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2080"/>
        <source>GDAL SQLite/SpatiLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2088"/>
        <source>Bing Road Detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2096"/>
        <source>Rebuild &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2104"/>
        <source>Add Map&amp;Dust layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2115"/>
        <source>Wireframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2123"/>
        <source>Select parent(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2131"/>
        <source>Download missing children</source>
        <translation>不足している子要素をダウンロードする</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2146"/>
        <source>&amp;Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.ui" line="2149"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Transform way to a bridge&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="718"/>
        <source>Clear Tag &apos;%1&apos; on %2</source>
        <translation>%2のタグ&apos;%1&apos;をクリアー</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="726"/>
        <source>Clear %1 tags on %2</source>
        <translation>%2の%1タグをクリア</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="759"/>
        <source>Set &quot;source&quot; tag on %1</source>
        <translation>%1に&quot;source&quot;タグを設定</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="782"/>
        <source>Remove member &apos;%1&apos; on %2</source>
        <translation>%2のメンバー&apos;%1&apos;の削除</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="859"/>
        <location filename="../src/Docks/PropertiesDock.cpp" line="904"/>
        <source>Reorder members in relation %1</source>
        <translation>関連%1のメンバーを再整列する</translation>
    </message>
    <message>
        <location filename="../src/Features/Relation.cpp" line="795"/>
        <source>Relation Modified %1</source>
        <translation>リレーションが修正されました。 %1</translation>
    </message>
    <message>
        <location filename="../src/Interactions/BuildBridgeInteraction.cpp" line="36"/>
        <location filename="../src/Interactions/CreateNodeInteraction.cpp" line="33"/>
        <source>Create node Interaction</source>
        <translation>ノード作成の説明</translation>
    </message>
    <message>
        <location filename="../src/Interactions/BuildBridgeInteraction.cpp" line="158"/>
        <location filename="../src/Interactions/CreateNodeInteraction.cpp" line="112"/>
        <location filename="../src/Interactions/MoveNodeInteraction.cpp" line="261"/>
        <source>Create node in Road: %1</source>
        <translation>道路にノードを作成する: %1</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateAreaInteraction.cpp" line="37"/>
        <source>Create Area Interaction</source>
        <translation>領域作成の説明</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateAreaInteraction.cpp" line="105"/>
        <source>Create Area %1</source>
        <translation>エリア %1 を作成する</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateAreaInteraction.cpp" line="140"/>
        <source>Area: Create Road %1</source>
        <translation>領域: 道路作成 %1</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateAreaInteraction.cpp" line="168"/>
        <source>Add a hole.</source>
        <translation>穴の追加</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateAreaInteraction.cpp" line="169"/>
        <source>Do you want to add a(nother) hole to this area?</source>
        <translation>この領域に穴を追加しますか?</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateAreaInteraction.cpp" line="173"/>
        <source>Area: Finish Road %1</source>
        <translation>領域: 道路終了 %1</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateAreaInteraction.cpp" line="188"/>
        <location filename="../src/Interactions/CreateAreaInteraction.cpp" line="199"/>
        <source>Area: Add node %1 to Road %2</source>
        <translation>エリア: ノード %1 を道路 %2 に追加</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateAreaInteraction.cpp" line="269"/>
        <source>Close Area %1</source>
        <translation>領域%1を閉じる</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateDoubleWayInteraction.cpp" line="49"/>
        <source>Create double way Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateDoubleWayInteraction.cpp" line="173"/>
        <source>Add nodes to double-way Road %1</source>
        <translation>2車線道路%1にノードを追加</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateDoubleWayInteraction.cpp" line="224"/>
        <source>Create double-way Road %1</source>
        <translation>2車線道路%1を作成する</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateNodeInteraction.cpp" line="121"/>
        <source>Create POI %1</source>
        <translation>POI %1 を作成</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreatePolygonInteraction.cpp" line="36"/>
        <source>LEFT-CLICK to start;DRAG to scale;SHIFT-DRAG to rotate;LEFT-CLICK to end</source>
        <translation>左クリックで開始; ドラッグで拡大縮小; SHIFT-ドラッグで回転; 左クリックで終了</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreatePolygonInteraction.cpp" line="41"/>
        <source>Create Polygon Interaction</source>
        <translation>多角形作成の説明</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreatePolygonInteraction.cpp" line="90"/>
        <source>Create Polygon %1</source>
        <translation>多角形 %1 を作成する</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateRoundaboutInteraction.cpp" line="59"/>
        <source>Create roundabout Interaction</source>
        <translation>ラウンドアバウト作成の説明</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateRoundaboutInteraction.cpp" line="89"/>
        <source>Create Roundabout %1</source>
        <translation>ロータリー%1の作成</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateSingleWayInteraction.cpp" line="59"/>
        <location filename="../src/Interactions/ExtrudeInteraction.cpp" line="43"/>
        <source>Create way Interaction</source>
        <translation>ウェイ作成の説明</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateSingleWayInteraction.cpp" line="238"/>
        <location filename="../src/Interactions/CreateSingleWayInteraction.cpp" line="298"/>
        <location filename="../src/Interactions/CreateSingleWayInteraction.cpp" line="309"/>
        <source>Create Node %1 in Road %2</source>
        <translation>道路 %2 にノード %1 を作成</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateSingleWayInteraction.cpp" line="282"/>
        <source>Create Road: %1</source>
        <translation>道路%1の作成</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateSingleWayInteraction.cpp" line="290"/>
        <source>Create Node: %1</source>
        <translation>ノード作成：%1</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateSingleWayInteraction.cpp" line="312"/>
        <source>Add Node %1 to Road %2</source>
        <translation>ノード %1 を 道路 %2 に追加</translation>
    </message>
    <message>
        <location filename="../src/Interactions/CreateSingleWayInteraction.cpp" line="351"/>
        <source>Close Road %1</source>
        <translation>道路%1を閉じる</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="52"/>
        <source>LEFT-CLICK to select;RIGHT-CLICK to pan;CTRL-LEFT-CLICK to toggle selection;SHIFT-LEFT-CLICK to add to selection;LEFT-DRAG for area selection;CTRL-RIGHT-DRAG for zoom;DOUBLE-CLICK to create a node;DOUBLE-CLICK on a node to start a way;</source>
        <translation>左クリックで選択; 右クリックでスクロール; CTRL-左クリックで選択のオン/オフ; SHIFT-左クリックで選択へ追加; 左ドラッグで領域選択; CTRL-右ドラッグでズーム; ダブルクリックでノード作成; ノード上でのダブルクリックでウェイの開始;</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="54"/>
        <source>CLICK to select/move;CTRL-CLICK to toggle selection;SHIFT-CLICK to add to selection;SHIFT-DRAG for area selection;CTRL-DRAG for zoom;DOUBLE-CLICK to create a node;DOUBLE-CLICK on a node to start a way;</source>
        <translation>クリックで選択; CTRL-クリックで選択のオン/オフ; SHIFT-クリックで選択へ追加; SHIFT-ドラッグで領域選択; CTRL-ドラッグでズーム; ダブルクリックでノード作成; ノード上でのダブルクリックでウェイの開始;</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="59"/>
        <source>Edit Interaction</source>
        <translation>編集の説明</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="291"/>
        <source>Remove feature %1</source>
        <translation>フィーチャ%1の削除</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="293"/>
        <source>Remove features</source>
        <translation>地物の削除</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="303"/>
        <source>Delete Children.</source>
        <translation>子の削除</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="304"/>
        <source>Do you want to delete the children nodes also?
Note that OSM nodes outside the downloaded area will be kept.</source>
        <translation>子ノードも削除しますか?
ダウンロード領域外のOSMノードは保持されることに注意してください。</translation>
    </message>
    <message>
        <location filename="../src/Interactions/EditInteraction.cpp" line="329"/>
        <source>Reverse %1 ways</source>
        <translation>%1ウェイを反転</translation>
    </message>
    <message>
        <location filename="../src/Interactions/ExtrudeInteraction.cpp" line="133"/>
        <source>Extrude Road %1</source>
        <translation>ウェイ%1の押し出し</translation>
    </message>
    <message>
        <location filename="../src/Interactions/MoveNodeInteraction.cpp" line="42"/>
        <source>LEFT-CLICK to select;LEFT-DRAG to move</source>
        <translation>左クリックで選択; 左ドラッグで移動</translation>
    </message>
    <message>
        <location filename="../src/Interactions/MoveNodeInteraction.cpp" line="47"/>
        <source>Move node Interaction</source>
        <translation>ノード移動の説明</translation>
    </message>
    <message>
        <location filename="../src/Interactions/MoveNodeInteraction.cpp" line="154"/>
        <source>Move Nodes</source>
        <translation>ノードの移動</translation>
    </message>
    <message>
        <location filename="../src/Interactions/MoveNodeInteraction.cpp" line="158"/>
        <source>Move Node %1</source>
        <translation>ノード%1の移動</translation>
    </message>
    <message>
        <location filename="../src/Interactions/MoveNodeInteraction.cpp" line="211"/>
        <source>Nodes at the same position found.</source>
        <translation>同じ位置のノードが見つかりました。</translation>
    </message>
    <message>
        <location filename="../src/Interactions/MoveNodeInteraction.cpp" line="212"/>
        <source>Do you want to merge all nodes at the drop position?</source>
        <translation>ドロップした位置の全てのノードをマージしますか?</translation>
    </message>
    <message>
        <location filename="../src/Interactions/MoveNodeInteraction.cpp" line="221"/>
        <location filename="../src/MainWindow.cpp" line="2747"/>
        <source>Merge Nodes into %1</source>
        <translation>ノードを%1にマージします</translation>
    </message>
    <message>
        <location filename="../src/Interactions/RotateInteraction.cpp" line="39"/>
        <source>HOVER to select;LEFT-DRAG to rotate</source>
        <translation>マウスカーソルを置くと選択; 左ドラッグで回転</translation>
    </message>
    <message>
        <location filename="../src/Interactions/RotateInteraction.cpp" line="44"/>
        <source>Rotate Interaction</source>
        <translation>回転の説明</translation>
    </message>
    <message>
        <location filename="../src/Interactions/RotateInteraction.cpp" line="139"/>
        <source>Rotate Feature</source>
        <translation>地物を回転</translation>
    </message>
    <message>
        <location filename="../src/Interactions/ScaleInteraction.cpp" line="39"/>
        <source>HOVER to select;LEFT-DRAG to scale</source>
        <translation>マウスカーソルを置くと選択; 左ドラッグで拡大縮小</translation>
    </message>
    <message>
        <location filename="../src/Interactions/ScaleInteraction.cpp" line="44"/>
        <source>Scale Interaction</source>
        <translation>拡大縮小の説明</translation>
    </message>
    <message>
        <location filename="../src/Interactions/ScaleInteraction.cpp" line="139"/>
        <source>Scale Feature</source>
        <translation>地物を拡大縮小</translation>
    </message>
    <message>
        <location filename="../src/Interactions/ZoomInteraction.cpp" line="27"/>
        <source>LEFT-CLICK to first corner -&gt; LEFT-DRAG to specify area -&gt; LEFT-CLICK to zoom</source>
        <translation>左クリックで最初の角-&gt;左ドラッグで領域指定-&gt;左クリックでズーム</translation>
    </message>
    <message>
        <location filename="../src/Interactions/ZoomInteraction.cpp" line="30"/>
        <source>Zoom Interaction</source>
        <translation>ズームの説明</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="191"/>
        <source>GPS Exchange format (*.gpx)
</source>
        <translation>GPS 交換フォーマット (*.gpx)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="192"/>
        <source>OpenStreetMap format (*.osm)
</source>
        <translation>OpenStreetMapフォーマット(*.osm)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="193"/>
        <source>OpenStreetMap change format (*.osc)
</source>
        <translation>OpenStreetMap change format (*.osc)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="194"/>
        <source>Noni GPSPlot format (*.ngt)
</source>
        <translation>Noni GPSPlotフォーマット(*.ngt)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="195"/>
        <source>NMEA GPS log format (*.nmea *.nma)
</source>
        <translation>NMEA GPSログフォーマット(*.nmea *.nma)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="196"/>
        <source>KML file (*.kml)
</source>
        <translation>KMLファイル (*.kml)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="197"/>
        <source>Comma delimited format (*.csv)
</source>
        <translation>カンマ区切り形式(*.csv)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="200"/>
        <source>Geotagged images (*.jpg)
</source>
        <translation>ジオタグされた画像(*.jpg)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="202"/>
        <source>ESRI Shapefile (*.shp)
</source>
        <translation>ESRIシェイプファイル (*.shp)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="202"/>
        <source>Geography Markup Language (*.gml)
</source>
        <translation>Geography Markup Language (*.gml)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="204"/>
        <source>Protobuf Binary Format (*.pbf)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="209"/>
        <location filename="../src/MainWindow.cpp" line="213"/>
        <location filename="../src/MainWindow.cpp" line="2963"/>
        <source>Supported formats</source>
        <translation>サポートされたフォーマット</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="207"/>
        <location filename="../src/MainWindow.cpp" line="210"/>
        <source>Merkaartor document (*.mdc)
</source>
        <translation>Merkaartor文書(*.mdc)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="211"/>
        <location filename="../src/MainWindow.cpp" line="215"/>
        <location filename="../src/MainWindow.cpp" line="3144"/>
        <location filename="../src/MainWindow.cpp" line="3154"/>
        <location filename="../src/MainWindow.cpp" line="3338"/>
        <location filename="../src/MainWindow.cpp" line="3353"/>
        <location filename="../src/MainWindow.cpp" line="3374"/>
        <location filename="../src/MainWindow.cpp" line="3409"/>
        <location filename="../src/MainWindow.cpp" line="4133"/>
        <source>All Files (*)</source>
        <translation>全てのファイル(*)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="248"/>
        <source>tile %v / %m</source>
        <translation>タイル %v / %m</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="425"/>
        <source>Cannot load Projections file</source>
        <translation>投影法ファイルをロードできません</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="425"/>
        <source>&quot;Projections.xml&quot; could not be opened anywhere. Aborting.</source>
        <translation>&quot;Projections.xml&quot; はどこからも開けませんでした。中断します。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="432"/>
        <source>Low</source>
        <translation>薄い</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="432"/>
        <source>High</source>
        <translation>濃い</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="432"/>
        <source>Opaque</source>
        <translation>不透明</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="601"/>
        <location filename="../src/MainWindow.cpp" line="1121"/>
        <source>Feature</source>
        <translation>フィーチャ</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="610"/>
        <location filename="../src/MainWindow.cpp" line="1122"/>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="618"/>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="626"/>
        <location filename="../src/MainWindow.cpp" line="1124"/>
        <source>Relation</source>
        <translation>関連</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="742"/>
        <source>Load image</source>
        <translation>画像を読み込む</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="744"/>
        <source>Add node position to image</source>
        <translation>ノードの位置をイメージに追加</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="746"/>
        <source>Geotag image with this position</source>
        <translation>この位置にイメージをジオタグする</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="748"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1113"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1114"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1115"/>
        <source>View</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1116"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1117"/>
        <source>Directional Arrows</source>
        <translation>方向付き矢印</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1118"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1119"/>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1120"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1123"/>
        <source>Way</source>
        <translation>ウエイ</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1125"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1126"/>
        <source>Windows</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1127"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1284"/>
        <source>Cut Features</source>
        <translation>地物の切り取り</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1416"/>
        <source>Clipboard invalid</source>
        <translation>クリップボードが不正です</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1416"/>
        <source>Clipboard do not contain valid data.</source>
        <translation>クリップボードには有効なデータがありません。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1574"/>
        <source>GDAL import warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1575"/>
        <source>You are about to import file(s) using GDAL. This feature is rather experimental, and may or may NOT work, possibly causing a crash. Make sure you won&apos;t loose any data in case it doesn&apos;t work out.
Please do report bugs in case of a crash, but don&apos;t be surprised about it.

Continue with import?
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1595"/>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1621"/>
        <location filename="../src/MainWindow.cpp" line="4311"/>
        <source>Unsaved changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1622"/>
        <source>The current map contains unsaved changes that will be lost when starting a new one.
Do you want to cancel starting a new map or continue and discard the old changes?</source>
        <translation>現在の地図には保存されていない変更があり、新しい地図を開いたときに失われます。
新しい地図の開始をキャンセルしますか？それとも、継続して古い変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1629"/>
        <source>Unsaved Style changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1630"/>
        <source>You have modified the current style.
Do you want to save your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1655"/>
        <source>Waypoints</source>
        <translation>ウエイポイント</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1672"/>
        <source>Track %1</source>
        <translation>トラック %1</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1717"/>
        <source>Big Fat Copyright Warning</source>
        <translation>重大な著作権の警告</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1718"/>
        <source>You are trying to import a KML file. Please be aware that:

 - You cannot import to OSM a KML file created from Google Earth. While you might
   think that nodes you created from GE are yours, they are not!
   They are still a derivative work from GE, and, as such, cannot be used in OSM.

 - If you downloaded it from the Internet, chances are that there is a copyright on it.
   Please be absolutely sure that using those data in OSM is permitted by the author, or
   that the data is public domain.

If unsure, please seek advice on the &quot;legal&quot; or &quot;talk&quot; openstreetmap mailing lists.

Are you absolutely sure this KML can legally be imported in OSM?</source>
        <translation>あなたはKMLファイルをインポートしようとしています。次のことを確認してください:

 - OSMにGoogleアースから作成したKMLファイルをインポートすることはできません。GEから作られた
   ノードがあなたのものだと思っているかもしれませんが、そうではないのです!
   それでも、GEからの派生物になります。だから、OSMで使えないのです。

 - インターネットからそれをダウンロードしたならば、変更も著作者に帰属します。
   それらのデータがOSMで使うことを、著者によって完全に許諾されていますでしょうか。あるいは
   データがパブリックドメインにありますか。（日本では、法的にパブリックドメインは存在しません。）

もし、わからないならば、&quot;legal&quot;や&quot;talk&quot;といったopenstreetmap メーリングリストでアドバイスを求めてみてください。
このKMLをOSMにインポートすることが、法的に完全に確認できていますか？</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1833"/>
        <source>No valid file</source>
        <translation>不正なファイルです</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1833"/>
        <location filename="../src/MainWindow.cpp" line="3277"/>
        <source>%1 could not be opened.</source>
        <translation>%1 を開けません。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1872"/>
        <source>Incoming Remote Control Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1873"/>
        <source>Wanted to load object &apos;%1&apos;, but don&apos;t know how to do that. Sorry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1916"/>
        <source>Remote add POI %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1971"/>
        <source>Incoming Remote control request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1971"/>
        <source>Unknown action url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1993"/>
        <source>Old Qt version detected</source>
        <translation>古い Qt のバージョンが見つかりました</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1994"/>
        <source>Your setup uses Qt %1, which contains various known errors in uploading data to OpenStreetMap leading to 401 server response codes. Are you sure you want to continue (which is not recommended).
For more information see http://wiki.openstreetmap.org/index.php/Problem_uploading_with_Merkaartor</source>
        <translation>あなたの設定は、Qt %1を使用しています。これには、OpenStreetMapにデータをアップロードをするときに知られているいろんなエラーがあり、401サーバ応答コードになってしまうことがあります。（推奨されていませんが、）続けますか？
さらなる情報は、http://wiki.openstreetmap.org/index.php/Problem_uploading_with_Merkaartor で知ることができます。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2002"/>
        <source>Upload OSM</source>
        <translation>OSMのアップロード</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2002"/>
        <source>You don&apos;t seem to have specified your
OpenStreetMap username and password.
Do you want to do this now?</source>
        <translation>OpenStreetMapユーザ名とパスワード
を指定していないようです。
いま指定しますか？</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2018"/>
        <location filename="../src/MainWindow.cpp" line="2077"/>
        <source>Error downloading</source>
        <translation>ダウンロードエラー</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2018"/>
        <location filename="../src/MainWindow.cpp" line="2077"/>
        <source>The map could not be downloaded</source>
        <translation>地図をダウンロードできません。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2066"/>
        <source>Error downloading MapDust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2066"/>
        <source>The MapDust bugs could not be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2405"/>
        <source>Create Polygon</source>
        <translation>多角形を作成する</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2405"/>
        <source>Specify the number of sides</source>
        <translation>辺の数を指定してください</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2459"/>
        <source>Join Roads</source>
        <translation>道路の結合</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2473"/>
        <source>Split Roads</source>
        <translation>道路の分割</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2487"/>
        <source>Break Roads</source>
        <translation>道路分割</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2501"/>
        <source>Simplify Roads</source>
        <translation>道路を単純化する</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2574"/>
        <source>Force Feature upload</source>
        <translation>地物を強制的にアップロードする</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="1981"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2587"/>
        <source>Create Junction</source>
        <translation>交差点を作成する</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2591"/>
        <source>Multiple intersection.</source>
        <translation>複数交差</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2592"/>
        <source>Those roads have multiple intersections.
Do you still want to create a junction for each one (Unwanted junctions can still be deleted afterhand)?</source>
        <translation>これらの道路には複数の交差があります。
それでもそれぞれに交差点を造りますか?(不要な交差点は後で削除できます)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2609"/>
        <source>Add Street Numbers</source>
        <translation>街路番号を追加する</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2626"/>
        <location filename="../src/MainWindow.cpp" line="2631"/>
        <source>Number of segments to divide into</source>
        <translation>分割する数</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2626"/>
        <source>Specify the number of segments</source>
        <translation>セグメントの数を指定してください</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2635"/>
        <source>Subdivide road into %1</source>
        <translation>ウェイを%1個に分割</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2658"/>
        <source>Axis Align</source>
        <translation>軸合わせ</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2659"/>
        <source>Specify the number of regular axes to align edges on (e.g. 4 for rectangular)</source>
        <translation>辺を合わせるための軸の数を指定してください(例えば直交なら4)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2666"/>
        <source>triangular</source>
        <translation>3角形</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2667"/>
        <source>rectangular</source>
        <translation>4角形</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2668"/>
        <source>pentagonal</source>
        <translation>5角形</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2669"/>
        <source>hexagonal</source>
        <translation>6角形</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2670"/>
        <source>heptagonal</source>
        <translation>7角形</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2671"/>
        <source>octagonal</source>
        <translation>8角形</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2675"/>
        <source>Align onto %1 axes</source>
        <translation>%1軸に合わせる</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2677"/>
        <source>Align onto %1 regular axes</source>
        <translation>%1等間隔軸に合わせる</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2684"/>
        <location filename="../src/MainWindow.cpp" line="2687"/>
        <source>Unable to align to axes</source>
        <translation>軸に合わせられません</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2685"/>
        <source>Align to axes operation failed. Please adjust any sharp corners and try again.</source>
        <translation>軸合わせ操作に失敗しました。鋭角の角を調整してもう一度試してください。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2688"/>
        <source>Align to axes operation failed and did not converge on a solution.</source>
        <translation>軸合わせ操作に失敗し、解決法が収束しませんでした。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2704"/>
        <source>Bing Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2719"/>
        <source>Align Nodes</source>
        <translation>ノードの整列</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2733"/>
        <source>Spread Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2762"/>
        <source>Detach Node %1</source>
        <translation>ノード %1 の切り離し</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2776"/>
        <source>Add member to relation</source>
        <translation>関連にメンバーを追加</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2788"/>
        <source>Remove member from relation</source>
        <translation>関連からメンバーの削除</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2800"/>
        <source>Add to Multipolygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2812"/>
        <source>Join areas</source>
        <translation>領域を結合</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2824"/>
        <source>Split area</source>
        <translation>領域の分割</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2839"/>
        <source>Terrace area into %1</source>
        <translation>領域をテラスハウス化する %1</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2867"/>
        <source>Create Relation %1</source>
        <translation>関連%1の作成</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2941"/>
        <source>Save map style</source>
        <translation>マップスタイルの保存</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2941"/>
        <source>Merkaartor map style (*.mas)</source>
        <translation>Merkaartorマップスタイル(*.mas)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2962"/>
        <source>Load map style</source>
        <translation>マップスタイルのロード</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2964"/>
        <source>Merkaartor map style (*.mas)
</source>
        <translation>Merkaartor地図スタイル (*.mas)
</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="2965"/>
        <source>MapCSS stylesheet (*.css)</source>
        <translation>MapCSSスタイルシート(*.css)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3024"/>
        <source>Rebuild History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3024"/>
        <source>An attempt will be made to rebuild the history.
No guarantee, though, and no Undo.
Are you sure you want to try this? </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3128"/>
        <location filename="../src/MainWindow.cpp" line="3325"/>
        <source>untitled</source>
        <translation>タイトルなし</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3144"/>
        <source>Save Merkaartor document</source>
        <translation>Merkaartor文書を保存</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3144"/>
        <location filename="../src/MainWindow.cpp" line="3154"/>
        <source>Merkaartor documents Files (*.mdc)</source>
        <translation>Merkaartor文書ファイル (*.mdc)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3154"/>
        <source>Save Merkaartor template document</source>
        <translation>Merkaartorテンプレート文書を保存</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3199"/>
        <source>Unable to open save file</source>
        <translation>保存ファイルを開くことができません。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3199"/>
        <location filename="../src/MainWindow.cpp" line="3215"/>
        <source>%1 could not be opened for writing.</source>
        <translation>%1 を書き込み用に開けません。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3215"/>
        <source>Unable to open save template document</source>
        <translation>テンプレート情報を保存するためにオープンできません</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3232"/>
        <location filename="../src/MainWindow.cpp" line="3277"/>
        <source>Invalid file</source>
        <translation>不正なファイル</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3232"/>
        <source>%1 is not a valid Merkaartor document.</source>
        <translation>%1 は、ただしい Merkaartor データファイルではありません。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3338"/>
        <source>Export OSM</source>
        <translation>OSMのエキスポート</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3338"/>
        <source>OSM Files (*.osm)</source>
        <translation>OSM ファイル (*.osm)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3353"/>
        <source>Export osmChange</source>
        <translation>osmChangeをエクスポート</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3353"/>
        <source>osmChange Files (*.osc)</source>
        <translation>osmChangeファイル(*.osc)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3374"/>
        <source>Export GPX</source>
        <translation>GPXのエキスポート</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3374"/>
        <source>GPX Files (*.gpx)</source>
        <translation>GPXファイル (*.gpx)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3409"/>
        <source>Export KML</source>
        <translation>KMLのエキスポート</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3409"/>
        <source>KML Files (*.kml)</source>
        <translation>KMLファイル(*.kml)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3501"/>
        <source>Feature extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3511"/>
        <source>Extracting features...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3594"/>
        <source>Hide tool buttons labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3705"/>
        <source>%1 (int)</source>
        <translation>%1 (int)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3757"/>
        <source>Add Bookmark</source>
        <translation>ブックマークに追加</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3758"/>
        <source>Specify the name of the bookmark.</source>
        <translation>ブックマークの名前を指定</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3761"/>
        <source>Invalid bookmark name</source>
        <translation>不正なブックマーク名</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3762"/>
        <source>Bookmark cannot be blank.</source>
        <translation>ブックマークは空白にできません。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3766"/>
        <source>Warning: Bookmark name already exists</source>
        <translation>警告!ブックマークの名前がすでに存在しています。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3767"/>
        <source>Enter a new one, keep the same to overwrite or cancel.</source>
        <translation>上書きするならこのまま、さもなければ新しい名前を入力するか、キャンセルしてください。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3805"/>
        <source>Remove Bookmark</source>
        <translation>ブックマークの削除</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3806"/>
        <source>Select the bookmark to remove.</source>
        <translation>削除するブックマークを選択</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3866"/>
        <location filename="../src/MainWindow.cpp" line="3875"/>
        <source>Invalid projection</source>
        <translation>不正な投影法</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="3866"/>
        <location filename="../src/MainWindow.cpp" line="3875"/>
        <source>Unable to set projection &quot;%1&quot;.</source>
        <translation>投影法を&quot;%1&quot;に設定できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="4007"/>
        <source>GPS error</source>
        <translation>GPSエラー</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="4008"/>
        <source>Unable to open GPS port.</source>
        <translation>GPSポートを開けません。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="4017"/>
        <source>Open NMEA log file</source>
        <translation>NMEAログファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="4133"/>
        <source>Save Tag Templates</source>
        <translation>タグテンプレートの保存</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="4133"/>
        <source>Merkaartor tag templates (*.mat)</source>
        <translation>Merkaartorタグテンプレート(*.mat)</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="4142"/>
        <location filename="../src/MainWindow.cpp" line="4156"/>
        <source>Open Tag Templates</source>
        <translation>タグテンプレートを開く</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="4233"/>
        <source>Warning! Could not load the Merkaartor translations for the &quot;%1&quot; language. Switching to default English.</source>
        <translation>警告! &quot;%1&quot;言語用のMerkaartor翻訳ファイルを読み込めません。デフォルトの英語に切り替えます。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="4291"/>
        <source>Unresolved conflicts</source>
        <translation>解決できない矛盾</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="4291"/>
        <source>Please resolve existing conflicts first</source>
        <translation>既存の矛盾を先に解決してください。</translation>
    </message>
    <message>
        <location filename="../src/MainWindow.cpp" line="4312"/>
        <source>It is strongly recommended to save the changes to your document after an upload.
Do you want to do this now?</source>
        <translation>アップロード後に、これら変更をあなたの文書として保存することを強く推奨します。
そうしますか？</translation>
    </message>
    <message>
        <location filename="../src/common/TagModel.cpp" line="142"/>
        <location filename="../src/common/TagModel.cpp" line="173"/>
        <source>Set Tags on multiple features</source>
        <translation>複数のフィーチャーのタグを設定</translation>
    </message>
    <message>
        <location filename="../src/common/TagModel.cpp" line="144"/>
        <location filename="../src/common/TagModel.cpp" line="175"/>
        <source>Set Tags on %1</source>
        <translation>%1にタグを設定</translation>
    </message>
</context>
<context>
    <name>MapFeature</name>
    <message>
        <location filename="../src/Features/Feature.cpp" line="1057"/>
        <source>&lt;i&gt;V: &lt;/i&gt;&lt;b&gt;%1&lt;/b&gt; </source>
        <translation>&lt;i&gt;V: &lt;/i&gt;&lt;b&gt;%1&lt;/b&amp;gt; </translation>
    </message>
    <message>
        <location filename="../src/Features/Feature.cpp" line="1059"/>
        <source>&lt;i&gt;last: &lt;/i&gt;&lt;b&gt;%1&lt;/b&gt; by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;i&gt;last: &lt;/i&gt;&lt;b&gt;%1&lt;/b&gt; by &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/Features/Feature.cpp" line="1061"/>
        <source>&lt;i&gt;last: &lt;/i&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;i&gt;last: &lt;/i&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/Features/Feature.cpp" line="1064"/>
        <source>&lt;br/&gt;&lt;i&gt;layer: &lt;/i&gt;&lt;b&gt;%1&lt;/b&gt; </source>
        <translation>&lt;br/&gt;&lt;i&gt;レイヤー: &lt;/i&gt;&lt;b&gt;%1&lt;/b&amp;gt; </translation>
    </message>
    <message>
        <location filename="../src/Features/Feature.cpp" line="1088"/>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Features/Node.cpp" line="375"/>
        <location filename="../src/Features/Node.cpp" line="638"/>
        <source>Waypoint</source>
        <translation>ウエイポイント</translation>
    </message>
    <message>
        <location filename="../src/Features/Node.cpp" line="376"/>
        <location filename="../src/Features/Node.cpp" line="639"/>
        <source>coord</source>
        <translation>coord</translation>
    </message>
    <message>
        <location filename="../src/Features/Node.cpp" line="379"/>
        <location filename="../src/Features/Node.cpp" line="646"/>
        <source>description</source>
        <translation>記述</translation>
    </message>
    <message>
        <location filename="../src/Features/Node.cpp" line="381"/>
        <location filename="../src/Features/Node.cpp" line="648"/>
        <source>comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../src/Features/Node.cpp" line="383"/>
        <location filename="../src/Features/Node.cpp" line="650"/>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location filename="../src/Features/Node.cpp" line="642"/>
        <source>elevation</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../src/Features/Node.cpp" line="644"/>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../src/Features/Relation.cpp" line="705"/>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/Features/Relation.cpp" line="705"/>
        <source>members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../src/Features/Relation.cpp" line="708"/>
        <location filename="../src/Features/Way.cpp" line="911"/>
        <source>Topleft</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../src/Features/Relation.cpp" line="710"/>
        <location filename="../src/Features/Way.cpp" line="913"/>
        <source>Botright</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../src/Features/Relation.cpp" line="712"/>
        <source>Relation</source>
        <translation>関連</translation>
    </message>
    <message>
        <location filename="../src/Features/Relation.cpp" line="774"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../src/Features/Relation.cpp" line="776"/>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../src/Features/Way.cpp" line="903"/>
        <source>Closed way</source>
        <translation>閉じたウェイ</translation>
    </message>
    <message>
        <location filename="../src/Features/Way.cpp" line="906"/>
        <source>Length</source>
        <translation>距離</translation>
    </message>
    <message>
        <location filename="../src/Features/Way.cpp" line="908"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/Features/Way.cpp" line="908"/>
        <source>%1 nodes</source>
        <translation>%1 ノード</translation>
    </message>
    <message>
        <location filename="../src/Features/Way.cpp" line="915"/>
        <source>Area</source>
        <translation>エリア</translation>
    </message>
    <message>
        <location filename="../src/Features/Way.cpp" line="915"/>
        <source>Way</source>
        <translation>ウエイ</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../src/common/MapView.cpp" line="339"/>
        <source>%1 m/pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/MapView.cpp" line="345"/>
        <source>Align: %1m @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/MapView.cpp" line="351"/>
        <source>%1ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/MapView.cpp" line="384"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../src/common/MapView.cpp" line="386"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../src/common/MapView.cpp" line="1163"/>
        <source>View</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <location filename="../src/common/MapView.cpp" line="1164"/>
        <source>Bounding Box</source>
        <translation>境界</translation>
    </message>
    <message>
        <location filename="../src/common/MapView.cpp" line="1176"/>
        <source>Projection</source>
        <translation>投影法</translation>
    </message>
</context>
<context>
    <name>MerkaartorPreferences</name>
    <message>
        <location filename="../src/Preferences/BookmarksList.cpp" line="20"/>
        <location filename="../src/Preferences/BookmarksList.cpp" line="27"/>
        <source>New Bookmark</source>
        <translation>新規ブックマーク</translation>
    </message>
    <message>
        <location filename="../src/Preferences/MerkaartorPreferences.cpp" line="408"/>
        <location filename="../src/Preferences/MerkaartorPreferences.cpp" line="411"/>
        <source>Preferences upload failed</source>
        <translation>設定のアップロード失敗</translation>
    </message>
    <message>
        <location filename="../src/Preferences/MerkaartorPreferences.cpp" line="408"/>
        <source>Duplicate key</source>
        <translation>重複したキー</translation>
    </message>
    <message>
        <location filename="../src/Preferences/MerkaartorPreferences.cpp" line="411"/>
        <source>More than 150 preferences</source>
        <translation>150以上の設定項目</translation>
    </message>
    <message>
        <location filename="../src/Preferences/MerkaartorPreferences.cpp" line="414"/>
        <source>Preferences communication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/MerkaartorPreferences.cpp" line="414"/>
        <source>Communication error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/TmsServersList.cpp" line="20"/>
        <location filename="../src/Preferences/TmsServersList.cpp" line="38"/>
        <location filename="../src/Preferences/WmsServersList.cpp" line="20"/>
        <location filename="../src/Preferences/WmsServersList.cpp" line="40"/>
        <source>New Server</source>
        <translation>新規サーバ</translation>
    </message>
</context>
<context>
    <name>MultiProperties</name>
    <message>
        <location filename="../src/common/MultiProperties.ui" line="13"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/common/MultiProperties.ui" line="33"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../src/common/MultiProperties.ui" line="53"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/common/MultiProperties.ui" line="73"/>
        <source>Selected items</source>
        <translation>選択したアイテム</translation>
    </message>
</context>
<context>
    <name>NameFinder::NameFinderTableModel</name>
    <message>
        <location filename="../src/NameFinder/namefindertablemodel.cpp" line="69"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../src/NameFinder/namefindertablemodel.cpp" line="72"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/NameFinder/namefindertablemodel.cpp" line="75"/>
        <source>Unknown field</source>
        <translation>不明なフィールド</translation>
    </message>
</context>
<context>
    <name>NameFinder::NameFinderWidget</name>
    <message>
        <location filename="../src/NameFinder/namefinderwidget.cpp" line="91"/>
        <source>Error!</source>
        <translation>エラー!</translation>
    </message>
    <message>
        <location filename="../src/NameFinder/namefinderwidget.cpp" line="93"/>
        <source>Name finder service requires authentication.</source>
        <translation>地名検索サービスは、認証が必要です。</translation>
    </message>
</context>
<context>
    <name>NameFinderWidgetUi</name>
    <message>
        <location filename="../src/NameFinder/namefinderwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
</context>
<context>
    <name>NativeRenderDialog</name>
    <message>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="161"/>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="189"/>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="223"/>
        <source>Output filename</source>
        <translation>出力ファイル名</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="161"/>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="189"/>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="223"/>
        <source>untitled</source>
        <translation>タイトルなし</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル(*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="161"/>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="189"/>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="223"/>
        <source>All Files (*)</source>
        <translation>全てのファイル(*)</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="189"/>
        <source>Image files (*.png *.jpg)</source>
        <translation>画像ファイル (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.cpp" line="223"/>
        <source>SVG files (*.svg)</source>
        <translation>SVGファイル (*.svg)</translation>
    </message>
</context>
<context>
    <name>NativeRenderWidget</name>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="14"/>
        <source>Raster/SVG export</source>
        <translation>ラスタ/SVGのエクスポート</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="26"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="49"/>
        <source>min lat/Lon</source>
        <translation>最小 緯度/経度</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="90"/>
        <source>max lat/Lon</source>
        <translation>最大緯度/経度</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="174"/>
        <source>Show Nodes</source>
        <translation>ノードを表示</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="181"/>
        <source>Show Relations</source>
        <translation>関連を表示</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="191"/>
        <source>Show Scale</source>
        <translation>スケールを表示</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="204"/>
        <source>Show Lat/Lon Grid</source>
        <translation>緯度/経度グリッドを表示</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="214"/>
        <source>Show unstyled features</source>
        <translation>スタイル指定されていない地物を表示</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="232"/>
        <source>Export to PDF...</source>
        <translation>PDFとしてエクスポート...</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="239"/>
        <source>Export to SVG...</source>
        <translation>SVGとしてエクスポート...</translation>
    </message>
    <message>
        <location filename="../src/Render/NativeRenderDialog.ui" line="246"/>
        <source>Export to Raster...</source>
        <translation>ラスタデータとしてエクスポート...</translation>
    </message>
</context>
<context>
    <name>OsmServerWidget</name>
    <message>
        <location filename="../src/Preferences/OsmServerWidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/Preferences/OsmServerWidget.ui" line="25"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/OsmServerWidget.ui" line="35"/>
        <location filename="../src/Preferences/OsmServerWidget.ui" line="46"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/Preferences/OsmServerWidget.ui" line="74"/>
        <source>User:</source>
        <translation>ユーザ:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/OsmServerWidget.ui" line="84"/>
        <source>Pwd:</source>
        <translation>パスワード:</translation>
    </message>
</context>
<context>
    <name>PaintStyleEditor</name>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="14"/>
        <source>Map style editor</source>
        <translation>マップスタイル編集</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="20"/>
        <source>Global</source>
        <translation>グローバル</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="37"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="456"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="53"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="96"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="273"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="289"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="340"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="486"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="681"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="791"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="997"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1289"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1363"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1608"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="80"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="142"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="532"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="837"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1043"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1216"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1457"/>
        <source>Proportional thickness</source>
        <translation>比例幅</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="162"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="552"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="857"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1063"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1236"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1477"/>
        <source>Fixed thickness</source>
        <translation>固定幅</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="206"/>
        <source>Filter</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="230"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="237"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="244"/>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="330"/>
        <source>Tag selection</source>
        <translation>タグの選択</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="357"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="413"/>
        <source>meter/pixel</source>
        <translation>メートル/ピクセル</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="383"/>
        <source>Visible up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="390"/>
        <source>Visible from scale</source>
        <translation>スケールから見える</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="470"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="775"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1347"/>
        <source>Draw with color</source>
        <translation>カラーで表示</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="614"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1125"/>
        <source>Dashed</source>
        <translation>点線</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="628"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1139"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="665"/>
        <source>Fill area</source>
        <translation>領域を埋める</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="730"/>
        <source>Fill with Touchup icon</source>
        <translation>アイコンパターンで塗りつぶす</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="761"/>
        <source>Boundary</source>
        <translation>境界</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="913"/>
        <source>Interior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="923"/>
        <source>Exteriror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="967"/>
        <source>Touchup</source>
        <translation>パターン</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="981"/>
        <source>Draw steps</source>
        <translation>階段を表示</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1176"/>
        <source>Draw icon</source>
        <translation>アイコンを表示</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1273"/>
        <source>Draw Traffic Direction Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1333"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1370"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1417"/>
        <source>Label tag</source>
        <translation>ラベルタグ</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1533"/>
        <source>Halo</source>
        <translation>ハロ</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1543"/>
        <source>Area</source>
        <translation>エリア</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1592"/>
        <source>Draw with background color</source>
        <translation>背景色を表示</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.ui" line="1648"/>
        <source>Label with background tag</source>
        <translation>背景タグのラベル</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="50"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="51"/>
        <source>Always</source>
        <translation>常に</translation>
    </message>
    <message>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="313"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="331"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="372"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="455"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="543"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="574"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="650"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="756"/>
        <location filename="../src/PaintStyle/PaintStyleEditor.cpp" line="803"/>
        <source>Select Color</source>
        <translation>色の選択</translation>
    </message>
</context>
<context>
    <name>PhotoLoadErrorDialog</name>
    <message>
        <location filename="../src/Docks/PhotoLoadErrorDialog.ui" line="14"/>
        <source>No Valid geotag</source>
        <translation>有効なジオタグなし</translation>
    </message>
    <message>
        <location filename="../src/Docks/PhotoLoadErrorDialog.ui" line="20"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../src/Docks/PhotoLoadErrorDialog.ui" line="27"/>
        <source>This photo does not contain geo-tagging EXIF data.
What do you want to do next?</source>
        <translation>この写真にはジオタグEXIFデータがありません。
次にどうしますか?</translation>
    </message>
    <message>
        <location filename="../src/Docks/PhotoLoadErrorDialog.ui" line="44"/>
        <source>Try to match with a track node</source>
        <translation>トラックノードとマッチングしようとする</translation>
    </message>
    <message>
        <location filename="../src/Docks/PhotoLoadErrorDialog.ui" line="63"/>
        <source>Load without associated node</source>
        <translation>関連するノードなしで読み込む</translation>
    </message>
    <message>
        <location filename="../src/Docks/PhotoLoadErrorDialog.ui" line="73"/>
        <source>Extract info from barcode (Walking Papers)</source>
        <translation>情報をバーコードから抽出 (Walking Papers)</translation>
    </message>
    <message>
        <location filename="../src/Docks/PhotoLoadErrorDialog.ui" line="89"/>
        <source>Ignore it</source>
        <translation>無視</translation>
    </message>
    <message>
        <location filename="../src/Docks/PhotoLoadErrorDialog.ui" line="99"/>
        <source>Do this for all current photos.</source>
        <translation>これを現在の写真全てに対して行う。</translation>
    </message>
</context>
<context>
    <name>PictureViewerDialog</name>
    <message>
        <location filename="../src/Utils/PictureViewerDialog.ui" line="13"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../src/Utils/PictureViewerDialog.cpp" line="40"/>
        <location filename="../src/Utils/PictureViewerDialog.cpp" line="56"/>
        <source>Output filename</source>
        <translation>出力ファイル名</translation>
    </message>
    <message>
        <location filename="../src/Utils/PictureViewerDialog.cpp" line="40"/>
        <location filename="../src/Utils/PictureViewerDialog.cpp" line="56"/>
        <source>untitled</source>
        <translation>タイトルなし</translation>
    </message>
    <message>
        <location filename="../src/Utils/PictureViewerDialog.cpp" line="40"/>
        <source>SVG files (*.svg)</source>
        <translation>SVGファイル (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/Utils/PictureViewerDialog.cpp" line="40"/>
        <location filename="../src/Utils/PictureViewerDialog.cpp" line="56"/>
        <source>All Files (*)</source>
        <translation>全てのファイル(*)</translation>
    </message>
    <message>
        <location filename="../src/Utils/PictureViewerDialog.cpp" line="56"/>
        <source>Image files (*.png *.jpg)</source>
        <translation>画像ファイル (*.png *.jpg)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="15"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="28"/>
        <source>Visual</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="34"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="42"/>
        <source>Zoom Out/in (%)</source>
        <translation>ズーム アウト/イン(%)</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="66"/>
        <source>Opacity low/high</source>
        <translation>表示濃度の濃淡</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="97"/>
        <source>Single mouse button interaction</source>
        <translation>シングルクリックでマウス操作</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="104"/>
        <source>Use custom Qt style</source>
        <translation>カスタムQtスタイルを使う</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="111"/>
        <source>Allow node/way creation in select mode</source>
        <translation>選択モードでノード/ウェイ作成を可能にする</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="118"/>
        <source>Separate Move mode</source>
        <translation>分離移動モード</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="125"/>
        <source>Use Virtual nodes (new session required)</source>
        <translation>仮想ノードを使用する(新しいセッションが必要)</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="132"/>
        <source>Relations selectable while hidden</source>
        <translation>隠れている関連を選択可能にする</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="165"/>
        <source>Colors</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="171"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="186"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="236"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="301"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="347"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="393"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="446"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="513"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="746"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="864"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="995"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1219"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1555"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="199"/>
        <source>Overwrite style</source>
        <translation>スタイルの上書き</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="221"/>
        <source>GPX track</source>
        <translation>GPXトラック</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="252"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="317"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="363"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="409"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="462"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="529"/>
        <source>Pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="259"/>
        <source>Use simple GPX track appearance</source>
        <translation>シンプルなGPXトラック表現を使う</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="287"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="431"/>
        <source>Hover</source>
        <translation>上にある時</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="484"/>
        <source>Relations</source>
        <translation>関連</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="491"/>
        <source>Focus</source>
        <translation>フォーカス</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="498"/>
        <source>Highlight</source>
        <translation>ハイライト</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="551"/>
        <source>Dirty</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="575"/>
        <source>Locale</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="581"/>
        <source>You may need to restart the program for these changes to take effect</source>
        <translation>これらの変更が有効になるには、プログラムを再起動する必要があるかもしれません。</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="590"/>
        <source>Use language</source>
        <translation>多国語を使う</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="625"/>
        <source>Translate standard tags</source>
        <translation>標準タグを翻訳</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="646"/>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="652"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="658"/>
        <source>Use Anti-aliasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="665"/>
        <source>Disable Anti-alisaing while panning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="672"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If enabled, wireframe rendering (View-Wireframe) will use the current style for colors and fill. Only the fixed thickness will be used for width. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="675"/>
        <source>Use current style for wireframe rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="685"/>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="691"/>
        <source>Quick editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="698"/>
        <source>Wireframe editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="705"/>
        <source>Full render editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="715"/>
        <source>Map style</source>
        <translation>マップスタイル</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="723"/>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="503"/>
        <source>Custom styles directory</source>
        <translation>カスタムスタイルディレクトリ</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="757"/>
        <source>Current style</source>
        <translation>現在のスタイル</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="779"/>
        <source>Disable styles for track layers</source>
        <translation>トラックレイヤーのスタイルを無効にする</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="803"/>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="809"/>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="512"/>
        <source>Tag Template</source>
        <translation>タグのテンプレート</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="817"/>
        <source>Built-in</source>
        <translation>内蔵</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="841"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="890"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="902"/>
        <source>OSM API (URL is, e.g., &quot;http://www.openstreetmap.org/api/0.6&quot;</source>
        <translation>OSM API (URL の例: &quot;http://www.openstreetmap.org/api/0.6&quot;</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="916"/>
        <source>XAPI</source>
        <translation>XAPI</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="924"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="956"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="945"/>
        <source>Nominatim (Geo Search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="968"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="979"/>
        <source>Autoload template document</source>
        <translation>テンプレート文書を自動的に読み込む</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1004"/>
        <source>Autosave documents after upload</source>
        <translation>アップロード後文書を自動保存</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1014"/>
        <source>Tracks</source>
        <translation>トラック</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1022"/>
        <source>Automatically extract tracks on open</source>
        <translation>オープン時に自動的にトラックを展開する</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1029"/>
        <source>Track layers readonly by default</source>
        <translation>トラックレイヤーは既定で読み込み専用</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1040"/>
        <source>Don&apos;t connect GPX nodes separated by more than (in km; 0 to disable)</source>
        <translation>次以上離れたGPXノードは接続しない（単位km; 0で無効）</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1059"/>
        <source>GDAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1065"/>
        <source>Confirm projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1089"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1095"/>
        <source>GPS input</source>
        <translation>GPS入力</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1101"/>
        <source>gpsd</source>
        <translation>gpsd</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1108"/>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1130"/>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1168"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1158"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1196"/>
        <source>Save NMEA log</source>
        <translation>NMEAログを保存</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1237"/>
        <source>Set system time to GPS</source>
        <translation>システム時間をGPSで合わせる</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1258"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1264"/>
        <source>Proxy settings</source>
        <translation>プロキシー設定</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1270"/>
        <source>Use Proxy</source>
        <translation>プロキシーを使う</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1277"/>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1300"/>
        <source>User:</source>
        <translation>ユーザ:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1307"/>
        <source>Port:</source>
        <translation>ポート：</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1314"/>
        <source>Host:</source>
        <translation>ホスト：</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1365"/>
        <source>Network Timeout (sec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1403"/>
        <source>Enable JOSM-compatible local server on port 8111</source>
        <translation>JOSM互換のローカルサーバーをポート8111で有効にする</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1424"/>
        <source>Background Image</source>
        <translation>背景画像</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1430"/>
        <source>Tiles Caching (not active for Yahoo! due to legal restrictions)</source>
        <translation>タイルキャッシング(法的な制限のためにYahoo!では無効です)</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1436"/>
        <source>Cache directory</source>
        <translation>キャッシュディレクトリ</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1446"/>
        <source>Cache size (in Mb; 0 to disable)</source>
        <translation>キャッシュサイズ(Mb；０で無効)</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1465"/>
        <source>Map Adapter</source>
        <translation>マップアダプタ</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1471"/>
        <source>Automatically add &quot;source&quot; tag when creating features over a background map</source>
        <translation>背景地図の上に地物を作成するときに自動的に&quot;source&quot;タグを追加する</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1500"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1518"/>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1528"/>
        <source>Path:</source>
        <translation>パス：</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1577"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1584"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.ui" line="1591"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="162"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="163"/>
        <source>Arabic</source>
        <translation>アラビア数字</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="164"/>
        <source>Croatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="165"/>
        <source>Czech</source>
        <translation>Czech</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="166"/>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="167"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="168"/>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="169"/>
        <source>Hungarian</source>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="170"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="171"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="172"/>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="173"/>
        <source>Portuguese</source>
        <translation>ポルトガル語</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="174"/>
        <source>Brazilian Portuguese</source>
        <translation>ポルトガル語（ブラジル）</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="175"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="176"/>
        <source>Slovak</source>
        <translation>スロバキア語</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="177"/>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="178"/>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="179"/>
        <source>Ukrainian</source>
        <translation>ウクライナ語</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="512"/>
        <source>Merkaartor tag template (*.mat)</source>
        <translation>Merkaartorタグテンプレート(*.mat)</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="520"/>
        <source>Select Color</source>
        <translation>色の選択</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="593"/>
        <source>Tool already exists</source>
        <translation>ツールがすでに存在します</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="594"/>
        <source>A tool of this name already exists.
Please select another name or click the &lt;Apply&gt; button if you want to modify the existing one</source>
        <translation>この名前のツールはすでに存在しています。
他の名前を選択するか、既存の名前を変更して&lt;適用&gt;ボタンをおしてください。</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="613"/>
        <source>Cannot delete preset tool</source>
        <translation>プリセットツールを削除できません</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="614"/>
        <source>Cannot delete preset tool &quot;%1&quot;</source>
        <translation>プリセットツール&quot;%1&quot;を削除できません</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="632"/>
        <source>Cannot modify preset tool name</source>
        <translation>プリセットツールの名前を変更できません</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="633"/>
        <source>Cannot modify preset tool &quot;%1&quot;&apos;s name</source>
        <translation>プリセットツールの&quot;%1&quot;の名前を変更できません。</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="658"/>
        <source>Select tool executable</source>
        <translation>ツールの実行ファイルを選択</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="666"/>
        <source>Select template document</source>
        <translation>テンプレート文書を選択</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="666"/>
        <source>Merkaartor document (*.mdc)</source>
        <translation>Merkaartor文書(*.mdc)</translation>
    </message>
    <message>
        <location filename="../src/Preferences/PreferencesDialog.cpp" line="674"/>
        <source>Select Log directory</source>
        <translation>ログディレクトリを選択</translation>
    </message>
</context>
<context>
    <name>ProjPreferencesDialog</name>
    <message>
        <location filename="../src/Preferences/ProjPreferencesDialog.ui" line="14"/>
        <source>Projections setup</source>
        <translation>投影法設定</translation>
    </message>
    <message>
        <location filename="../src/Preferences/ProjPreferencesDialog.ui" line="20"/>
        <source>Projections</source>
        <translation>投影法</translation>
    </message>
    <message>
        <location filename="../src/Preferences/ProjPreferencesDialog.ui" line="47"/>
        <source>Projection list:</source>
        <translation>投影法リスト</translation>
    </message>
    <message>
        <location filename="../src/Preferences/ProjPreferencesDialog.ui" line="76"/>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <location filename="../src/Preferences/ProjPreferencesDialog.ui" line="93"/>
        <source>PROJ4 string</source>
        <translation>PROJ4文字列</translation>
    </message>
    <message>
        <location filename="../src/Preferences/ProjPreferencesDialog.ui" line="105"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/Preferences/ProjPreferencesDialog.ui" line="127"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/Preferences/ProjPreferencesDialog.ui" line="134"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/Preferences/ProjPreferencesDialog.ui" line="141"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/Preferences/ProjPreferencesDialog.cpp" line="48"/>
        <source>Please specify projection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <location filename="../src/common/Projection.cpp" line="341"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
</context>
<context>
    <name>ProjectionChooser</name>
    <message>
        <location filename="../src/Utils/ProjectionChooser.ui" line="20"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../src/Utils/ProjectionChooser.ui" line="28"/>
        <source>Predefined</source>
        <translation>事前定義</translation>
    </message>
    <message>
        <location filename="../src/Utils/ProjectionChooser.ui" line="35"/>
        <source>Standard (EPSG:...)</source>
        <translation>標準(EPSG:...)</translation>
    </message>
    <message>
        <location filename="../src/Utils/ProjectionChooser.ui" line="61"/>
        <source>Custom PROJ4(+proj=...)</source>
        <translation>カスタムPROJ4(+proj=...)</translation>
    </message>
    <message>
        <location filename="../src/Utils/ProjectionChooser.ui" line="71"/>
        <source>WKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Utils/ProjectionChooser.cpp" line="82"/>
        <location filename="../src/Utils/ProjectionChooser.cpp" line="97"/>
        <location filename="../src/Utils/ProjectionChooser.cpp" line="105"/>
        <source>Error in WKT string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Utils/ProjectionChooser.cpp" line="82"/>
        <location filename="../src/Utils/ProjectionChooser.cpp" line="105"/>
        <source>Cannot export to PROJ4 format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Utils/ProjectionChooser.cpp" line="97"/>
        <source>Invalid WKT string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../src/common/PropertiesDialog.ui" line="14"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="343"/>
        <source>%1/%1 selected item(s)</source>
        <translation>%1/%1 の選択したアイテム</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="366"/>
        <source>%1/%2 selected item(s)</source>
        <translation>%1/%2 の選択したアイテム</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="430"/>
        <source>Selected items</source>
        <translation>選択したアイテム</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="439"/>
        <source>Properties - Multiple elements</source>
        <translation>プロパティ - 複数要素</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="456"/>
        <source>Properties - Node</source>
        <translation>プロパティ - ノード</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="471"/>
        <source>Properties - Road</source>
        <translation>プロパティ - 道路</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="492"/>
        <source>Properties - Relation</source>
        <translation>プロパティ - 関連</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="504"/>
        <location filename="../src/Docks/PropertiesDock.cpp" line="1163"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="1054"/>
        <source>Error reading template file</source>
        <translation>テンプレートファイル読み込みエラー</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="1164"/>
        <source>Center map</source>
        <translation>中央に表示</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="1165"/>
        <source>Center &amp;&amp; Zoom map</source>
        <translation>中央に表示してズーム</translation>
    </message>
    <message>
        <location filename="../src/Docks/PropertiesDock.cpp" line="1166"/>
        <source>Select member</source>
        <translation>メンバーを選択</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../src/Commands/DocumentCommands.cpp" line="132"/>
        <source>Cascaded cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Commands/FeatureCommands.cpp" line="66"/>
        <location filename="../src/Commands/FeatureCommands.cpp" line="74"/>
        <location filename="../src/Commands/FeatureCommands.cpp" line="188"/>
        <source>Set Tag &apos;%1=%2&apos; on %3</source>
        <translation>%3に&apos;%1=%2&apos;のタグを設定</translation>
    </message>
    <message>
        <location filename="../src/Commands/FeatureCommands.cpp" line="314"/>
        <location filename="../src/Commands/FeatureCommands.cpp" line="400"/>
        <source>Clear Tag &apos;%1&apos; on %2</source>
        <translation>%2のタグ&apos;%1&apos;をクリアー</translation>
    </message>
    <message>
        <location filename="../src/Commands/NodeCommands.cpp" line="17"/>
        <location filename="../src/Commands/NodeCommands.cpp" line="25"/>
        <location filename="../src/Commands/NodeCommands.cpp" line="111"/>
        <source>Move node %1</source>
        <translation>ノード %1 の移動</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ExportGPX.cpp" line="46"/>
        <source>Exporting GPX...</source>
        <translation>GPXをエクスポート中...</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ExportGPX.cpp" line="46"/>
        <location filename="../src/ImportExport/ImportExportGdal.cpp" line="405"/>
        <location filename="../src/ImportExport/ImportExportPBF.cpp" line="565"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportExportGdal.cpp" line="405"/>
        <location filename="../src/ImportExport/ImportExportPBF.cpp" line="565"/>
        <source>Importing...</source>
        <translation>インポート中...</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportExportGdal.cpp" line="455"/>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportExportOSC.cpp" line="60"/>
        <source>Import osmChange</source>
        <translation>osmChangeをインポート</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportNGT.cpp" line="21"/>
        <source>Import NGT</source>
        <translation>NGTのインポート</translation>
    </message>
    <message>
        <location filename="../src/ImportExport/ImportNMEA.cpp" line="46"/>
        <source>Import NMEA</source>
        <translation>NMEAのインポート</translation>
    </message>
    <message>
        <location filename="../src/common/FeatureManipulations.cpp" line="794"/>
        <location filename="../src/common/FeatureManipulations.cpp" line="804"/>
        <location filename="../src/common/FeatureManipulations.cpp" line="809"/>
        <source>Bing Road Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/FeatureManipulations.cpp" line="794"/>
        <source>Cannot get output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/FeatureManipulations.cpp" line="804"/>
        <source>No valid data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/FeatureManipulations.cpp" line="809"/>
        <source>Cannot parse output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="329"/>
        <source>Use empty changeset comment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/DirtyList.cpp" line="330"/>
        <source>The changeset comment is empty. It&apos;s considered a courtesy to your fellow mappers to provide a good comment, so everyone knows what your change does and with what intention.
Do you still wish to commit empty changeset comment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGPS</name>
    <message>
        <location filename="../src/GPS/qgps.cpp" line="91"/>
        <location filename="../src/GPS/qgps.cpp" line="150"/>
        <source>Invalid</source>
        <translation>不正</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgps.cpp" line="93"/>
        <location filename="../src/GPS/qgps.cpp" line="165"/>
        <location filename="../src/GPS/qgps.cpp" line="222"/>
        <source>No Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/GPS/qgps.cpp" line="94"/>
        <location filename="../src/GPS/qgps.cpp" line="170"/>
        <location filename="../src/GPS/qgps.cpp" line="223"/>
        <source>No Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/GPS/qgps.cpp" line="135"/>
        <source>Meters</source>
        <translation>メートル</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgps.cpp" line="140"/>
        <source>km/h</source>
        <translation>km/h</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgps.cpp" line="147"/>
        <source>Unavailable</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgps.cpp" line="153"/>
        <source>2D</source>
        <translation>2次元</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgps.cpp" line="156"/>
        <source>3D</source>
        <translation>3次元</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgps.cpp" line="162"/>
        <source>Fix OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/GPS/qgps.cpp" line="221"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
</context>
<context>
    <name>QGPSComDevice</name>
    <message>
        <location filename="../src/GPS/qgpsdevice.cpp" line="692"/>
        <source>GPS log error</source>
        <translation>GPSログエラー</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsdevice.cpp" line="693"/>
        <source>Unable to create GPS log file: %1.</source>
        <translation>GPSログファイル %1を作成できません。</translation>
    </message>
</context>
<context>
    <name>QGPSDDevice</name>
    <message>
        <location filename="../src/GPS/qgpsdevice.cpp" line="974"/>
        <source>Unable to connect to %1:%2</source>
        <translation>%1に接続できない:%2</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsdevice.cpp" line="1102"/>
        <source>GPS log error</source>
        <translation>GPSログエラー</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsdevice.cpp" line="1103"/>
        <source>Unable to create GPS log file: %1.</source>
        <translation>GPSログファイル %1を作成できません。</translation>
    </message>
</context>
<context>
    <name>QGPSMainWindowUI</name>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="14"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="22"/>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="29"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="63"/>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="80"/>
        <source>99 99&apos; 99&quot;</source>
        <translation>99 99&apos; 99&quot;</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="70"/>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="87"/>
        <source>Altitude</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="97"/>
        <source>1000 meter</source>
        <translation>1000 メーター</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="104"/>
        <source># Satellites</source>
        <translation># 衛星</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="114"/>
        <source>00</source>
        <translation>00</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="121"/>
        <source>Fix Type</source>
        <translation>位置補正タイプ</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="131"/>
        <source>Invalid</source>
        <translation>不正</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="138"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="148"/>
        <source>000 km/h</source>
        <translation>000 km/h</translation>
    </message>
    <message>
        <location filename="../src/GPS/qgpsmainwindowui.ui" line="155"/>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/NameFinder/xmlstreamreader.cpp" line="45"/>
        <source>Not a proper results stream!</source>
        <translation>適切な結果ストリームではありません!</translation>
    </message>
</context>
<context>
    <name>QtToolBarDialog</name>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="16"/>
        <source>Customize Toolbars</source>
        <translation>ツールバーをカスタマイズ</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="31"/>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="46"/>
        <source>Toolbars</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="53"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="60"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="67"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="84"/>
        <source>Restore All</source>
        <translation>全てを元に戻す</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="104"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="111"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="118"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="143"/>
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="158"/>
        <source>&lt;-</source>
        <translation>&lt;-</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="173"/>
        <source>-&gt;</source>
        <translation>-&gt;</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="188"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.ui" line="213"/>
        <source>Current Toolbar Actions</source>
        <translation>現在のツールバーアクション</translation>
    </message>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.cpp" line="1798"/>
        <source>&lt; S E P A R A T O R &gt;</source>
        <translation>&lt;区切り&gt;</translation>
    </message>
</context>
<context>
    <name>QtToolBarDialogPrivate</name>
    <message>
        <location filename="../src/QToolBarDialog/qttoolbardialog.cpp" line="1247"/>
        <source>Custom Toolbar</source>
        <translation>カスタムツールバー</translation>
    </message>
</context>
<context>
    <name>QuaGzipFile</name>
    <message>
        <location filename="../3rdparty/quazip-0.7/quazip/quagzipfile.cpp" line="60"/>
        <source>QIODevice::Append is not supported for GZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../3rdparty/quazip-0.7/quazip/quagzipfile.cpp" line="66"/>
        <source>Opening gzip for both reading and writing is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../3rdparty/quazip-0.7/quazip/quagzipfile.cpp" line="74"/>
        <source>You can open a gzip either for reading or for writing. Which is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../3rdparty/quazip-0.7/quazip/quagzipfile.cpp" line="80"/>
        <source>Could not gzopen() file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuaZIODevice</name>
    <message>
        <location filename="../3rdparty/quazip-0.7/quazip/quaziodevice.cpp" line="145"/>
        <source>QIODevice::Append is not supported for QuaZIODevice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../3rdparty/quazip-0.7/quazip/quaziodevice.cpp" line="150"/>
        <source>QIODevice::ReadWrite is not supported for QuaZIODevice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuaZipFile</name>
    <message>
        <location filename="../3rdparty/quazip-0.7/quazip/quazipfile.cpp" line="218"/>
        <source>ZIP/UNZIP API error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationProperties</name>
    <message>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="31"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="51"/>
        <source>Remove selected member(s)</source>
        <translation>選択したメンバーを削除</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="54"/>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="84"/>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="100"/>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="167"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="122"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="148"/>
        <source>Add &quot;source&quot; tag</source>
        <translation>&quot;source&quot;タグを追加</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="151"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRelationProperties.ui" line="164"/>
        <source>Remove selected tag(s)</source>
        <translation>選択したタグを削除</translation>
    </message>
</context>
<context>
    <name>RoadProperties</name>
    <message>
        <location filename="../src/Docks/MinimumRoadProperties.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRoadProperties.ui" line="34"/>
        <source>xxx</source>
        <translation>xxx</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRoadProperties.ui" line="41"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRoadProperties.ui" line="61"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRoadProperties.ui" line="87"/>
        <source>Add &quot;source&quot; tag</source>
        <translation>&quot;source&quot;タグを追加</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRoadProperties.ui" line="90"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRoadProperties.ui" line="103"/>
        <source>Remove selected tag(s)</source>
        <translation>選択したタグを削除</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumRoadProperties.ui" line="106"/>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>SatelliteStrengthView</name>
    <message>
        <location filename="../src/GPS/SatelliteStrengthView.cpp" line="50"/>
        <source>No satellites</source>
        <translation>衛星が見つかりません</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <location filename="../src/Utils/SelectionDialog.ui" line="14"/>
        <source>Selection</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../src/Utils/SelectionDialog.ui" line="25"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../src/Utils/SelectionDialog.ui" line="32"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../src/Utils/SelectionDialog.ui" line="45"/>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <location filename="../src/Utils/SelectionDialog.ui" line="55"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/Utils/SelectionDialog.ui" line="81"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../src/Utils/SelectionDialog.ui" line="88"/>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <location filename="../src/Utils/SelectionDialog.ui" line="106"/>
        <source>Maximum returned results (0 for all)</source>
        <translation>返される結果の最大値(0は全て)</translation>
    </message>
</context>
<context>
    <name>SpecialLayerWidget</name>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="607"/>
        <source>Refresh layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="612"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>StyleDock</name>
    <message>
        <location filename="../src/Docks/StyleDock.cpp" line="102"/>
        <source>Styles</source>
        <translation>スタイル</translation>
    </message>
</context>
<context>
    <name>StyleDockWidget</name>
    <message>
        <location filename="../src/Docks/StyleDock.ui" line="14"/>
        <source>Styles</source>
        <translation>スタイル</translation>
    </message>
</context>
<context>
    <name>SyncListDialog</name>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="14"/>
        <source>Upload to Openstreetmap</source>
        <translation>Openstreetmapにアップロードする</translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="28"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="45"/>
        <source>A good comment should concisely and adequately describe the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="59"/>
        <source>The following changes will be committed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="81"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="94"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="107"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="120"/>
        <source>Ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="133"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="146"/>
        <source>Relations</source>
        <translation type="unfinished">関連</translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="215"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="269"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/Sync/SyncListDialog.ui" line="276"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>TMSPreferencesDialog</name>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="14"/>
        <source>TMS servers setup</source>
        <translation>TMSサーバ設定</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="20"/>
        <source>TMS Servers</source>
        <translation>TMSサーバ</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="47"/>
        <source>Server list:</source>
        <translation>サーバリスト:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="78"/>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="99"/>
        <source>Server Url:</source>
        <translation>サーバURL:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="111"/>
        <source>Get Services</source>
        <translation>Servicesを取得</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="133"/>
        <source>Services :</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="146"/>
        <source>This is a standard TMS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="167"/>
        <source>Projection:</source>
        <translation>投影法:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="175"/>
        <source>Mercator (EPSG:900913)</source>
        <translation>Mercator (EPSG:900913)</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="180"/>
        <source>Lat/Lon (EPSG:4326)</source>
        <translation>緯度/経度(EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="190"/>
        <source>Origin is bottom-left</source>
        <translation>原点は左下</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="199"/>
        <source>Tile size:</source>
        <translation>タイルサイズ</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="220"/>
        <source>Min zoom:</source>
        <translation>最小ズーム:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="230"/>
        <source>Max zoom:</source>
        <translation>最大ズーム:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="247"/>
        <source>&quot;source&quot; tag value:</source>
        <translation>&quot;source&quot;タグの値:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="261"/>
        <source>License URL:</source>
        <translation>ライセンス URL:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="288"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="295"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.ui" line="302"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.cpp" line="219"/>
        <location filename="../src/Preferences/TMSPreferencesDialog.cpp" line="272"/>
        <source>Merkaartor: GetServices</source>
        <translation>Merkaartor: GetServices</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.cpp" line="219"/>
        <source>Address and Path cannot be blank.</source>
        <translation>アドレスやパスは空白にできません</translation>
    </message>
    <message>
        <location filename="../src/Preferences/TMSPreferencesDialog.cpp" line="272"/>
        <source>Error reading services. The server probably does not support this feature.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <location filename="../src/common/TagModel.cpp" line="106"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../src/common/TagModel.cpp" line="108"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../src/common/TagModel.cpp" line="129"/>
        <source>Tag editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/TagModel.cpp" line="129"/>
        <source>Tag with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/common/TagModel.h" line="22"/>
        <source>Edit this to add...</source>
        <translation>これを追加用に編集...</translation>
    </message>
</context>
<context>
    <name>TagSelectorWidget</name>
    <message>
        <location filename="../src/Utils/TagSelectorWidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/Utils/TagSelectorWidget.ui" line="34"/>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <location filename="../src/Utils/TagSelectorWidget.ui" line="44"/>
        <source>AND</source>
        <translation>かつ</translation>
    </message>
    <message>
        <location filename="../src/Utils/TagSelectorWidget.ui" line="54"/>
        <source>NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Utils/TagSelectorWidget.ui" line="64"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/Utils/TagSelectorWidget.ui" line="76"/>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Utils/TagSelectorWidget.ui" line="81"/>
        <source>isoneof</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagTemplateWidgetCombo</name>
    <message>
        <location filename="../src/TagTemplate/TagTemplate.cpp" line="196"/>
        <source>Undefined</source>
        <translation>未定義</translation>
    </message>
</context>
<context>
    <name>TagTemplates</name>
    <message>
        <location filename="../src/TagTemplate/TagTemplate.cpp" line="911"/>
        <source>Undefined</source>
        <translation>未定義</translation>
    </message>
</context>
<context>
    <name>TerraceDialog</name>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="6"/>
        <source>Terrace</source>
        <translation>テラスハウス</translation>
    </message>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="15"/>
        <source>No House Numbering</source>
        <translation>住居番号なし</translation>
    </message>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="27"/>
        <source>Number of houses</source>
        <translation>住居の数</translation>
    </message>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="46"/>
        <source>Add House Numbering (Karlsruhe scheme)</source>
        <translation>住居番号を追加(Karlsruhe scheme)</translation>
    </message>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="68"/>
        <source>Ranges</source>
        <translation>範囲</translation>
    </message>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="81"/>
        <source>For example &quot;1-9;15-17;19,19A&quot;</source>
        <translation>例: &quot;1-9;15-17;19,19A&quot;</translation>
    </message>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="88"/>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="99"/>
        <source>All numbers</source>
        <translation>全ての番号</translation>
    </message>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="104"/>
        <source>Odd numbers</source>
        <translation>奇数</translation>
    </message>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="109"/>
        <source>Even numbers</source>
        <translation>偶数</translation>
    </message>
    <message>
        <location filename="../src/common/TerraceDialog.ui" line="123"/>
        <source>Optionally you can also select a node in the area and house numbering will start at that end.</source>
        <translation>オプションとして、領域の中のノードを選択して、住居番号をそちら側から開始させることもできます。</translation>
    </message>
</context>
<context>
    <name>TrackLayer</name>
    <message>
        <location filename="../src/Layers/Layer.cpp" line="633"/>
        <source>Extract - %1</source>
        <translation>展開中 - %1</translation>
    </message>
    <message>
        <location filename="../src/Layers/Layer.cpp" line="724"/>
        <source># of track segments</source>
        <translation>トラックセグメント数</translation>
    </message>
    <message>
        <location filename="../src/Layers/Layer.cpp" line="724"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/Layers/Layer.cpp" line="725"/>
        <source>Total distance</source>
        <translation>合計距離</translation>
    </message>
    <message>
        <location filename="../src/Layers/Layer.cpp" line="725"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../src/Layers/Layer.cpp" line="726"/>
        <source>Total duration</source>
        <translation>合計時間</translation>
    </message>
    <message>
        <location filename="../src/Layers/Layer.cpp" line="726"/>
        <source>%1h %2m</source>
        <translation>%1時間 %2分</translation>
    </message>
</context>
<context>
    <name>TrackLayerWidget</name>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="563"/>
        <source>Extract Drawing layer</source>
        <translation>描画レイヤーに展開する</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="568"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="576"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>TrackPointProperties</name>
    <message>
        <location filename="../src/Docks/MinimumTrackPointProperties.ui" line="14"/>
        <source>Trackpoint</source>
        <translation>トラックポイント</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumTrackPointProperties.ui" line="34"/>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumTrackPointProperties.ui" line="44"/>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumTrackPointProperties.ui" line="51"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumTrackPointProperties.ui" line="58"/>
        <source>xxx</source>
        <translation>xxx</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumTrackPointProperties.ui" line="81"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumTrackPointProperties.ui" line="107"/>
        <source>Add &quot;source&quot; tag</source>
        <translation>&quot;source&quot;タグを追加</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumTrackPointProperties.ui" line="110"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumTrackPointProperties.ui" line="123"/>
        <source>Remove selected tag(s)</source>
        <translation>選択したタグを削除</translation>
    </message>
    <message>
        <location filename="../src/Docks/MinimumTrackPointProperties.ui" line="126"/>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>UploadMapDialog</name>
    <message>
        <location filename="../src/common/UploadMapDialog.ui" line="13"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../src/common/UploadMapDialog.ui" line="36"/>
        <source>Website</source>
        <translation>Webサイト</translation>
    </message>
    <message>
        <location filename="../src/common/UploadMapDialog.ui" line="49"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/common/UploadMapDialog.ui" line="56"/>
        <source>Username</source>
        <translation>ユーザ名</translation>
    </message>
    <message>
        <location filename="../src/common/UploadMapDialog.ui" line="63"/>
        <source>Use proxy</source>
        <translation>プロキシーを使う</translation>
    </message>
    <message>
        <location filename="../src/common/UploadMapDialog.ui" line="88"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../src/common/UploadMapDialog.ui" line="104"/>
        <source>99999; </source>
        <translation>99999; </translation>
    </message>
</context>
<context>
    <name>UploadedLayerWidget</name>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="662"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../src/Layers/LayerWidget.cpp" line="667"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>WMSPreferencesDialog</name>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="14"/>
        <source>WMS servers setup</source>
        <translation>WMSサーバ設定</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="20"/>
        <source>WMS Servers</source>
        <translation>WMSサーバ群</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="47"/>
        <source>Server list:</source>
        <translation>サーバリスト:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="78"/>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="99"/>
        <source>Server Url:</source>
        <translation>サーバURL:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="113"/>
        <source>Layers:</source>
        <translation>レイヤー:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="139"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="167"/>
        <source>Projection:</source>
        <translation>投影法:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="198"/>
        <source>Tile it</source>
        <translation>タイル表示</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="218"/>
        <source>Zoom levels</source>
        <translation>ズームレベル</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="240"/>
        <source>Image format:</source>
        <translation>画像形式:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="264"/>
        <source>Styles:</source>
        <translation>スタイル:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="294"/>
        <source>&quot;source&quot; tag value:</source>
        <translation>&quot;source&quot;タグの値:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="308"/>
        <source>License URL:</source>
        <translation>ライセンス URL:</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="322"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="329"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.ui" line="336"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.cpp" line="367"/>
        <source>Merkaartor: GetCapabilities</source>
        <translation>Merkaartor: GetCapabilities</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.cpp" line="367"/>
        <source>Address and Path cannot be blank.</source>
        <translation>アドレスやパスは空白にできません</translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.cpp" line="587"/>
        <source>Unnamed layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.cpp" line="600"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.cpp" line="665"/>
        <source>This is a caching WMS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.cpp" line="668"/>
        <source>Could not contact WMS server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/Preferences/WMSPreferencesDialog.cpp" line="671"/>
        <source>Could not get capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
