<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>QObject</name>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="184"/>
      <source>&amp;Photoshop</source>
      <translation>Photoshop(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="195"/>
      <source>Pic&amp;asa</source>
      <translation>Picasa(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="206"/>
      <source>Picasa Ph&amp;oto Viewer</source>
      <translation>Picasa Photo ビューアー(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="217"/>
      <source>&amp;IrfanView</source>
      <translation>IrfanView(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="227"/>
      <source>&amp;Explorer</source>
      <translation>エクスプローラー(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="363"/>
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="406"/>
      <source>&amp;Open With</source>
      <translation>別のアプリで開く(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="428"/>
      <source>S&amp;ort</source>
      <translation>並べ替え(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="442"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="668"/>
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="500"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="674"/>
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="522"/>
      <source>&amp;Adjustments</source>
      <translation>調整(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="538"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="652"/>
      <source>&amp;Panels</source>
      <translation>パネル(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="540"/>
      <source>Tool&amp;bars</source>
      <translation>ツールバー(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="571"/>
      <source>&amp;Tools</source>
      <translation>ツール(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="595"/>
      <source>&amp;?</source>
      <translation>&amp;?</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="611"/>
      <source>&amp;Sync</source>
      <translation>同期(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="614"/>
      <source>&amp;Synchronize</source>
      <translation>同期(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="957"/>
      <source>&amp;Open</source>
      <translation>ファイルを開く(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="959"/>
      <source>Open an image</source>
      <translation>画像を開く</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="961"/>
      <source>Open &amp;Directory</source>
      <translation>ディレクトリを開く(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="963"/>
      <source>Open a directory and load its first image</source>
      <translation>ディレクトリを開いて最初の画像を読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="965"/>
      <source>&amp;Open Tabs</source>
      <translation>タブを開く(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="966"/>
      <source>Open a texfile containing a list of filepaths, and open tabs for them</source>
      <translation>ファイルパスのリストを含むテキストファイルを開き、それらのタブを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="968"/>
      <source>&amp;Quick Launch</source>
      <translation>クイック起動(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="975"/>
      <source>&amp;Manage Applications</source>
      <translation>アプリを管理(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="976"/>
      <source>Manage Applications which are Automatically Opened</source>
      <translation>自動で開くアプリケーションを管理する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="979"/>
      <source>Re&amp;name</source>
      <translation>名前を変更(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="982"/>
      <source>Rename an image</source>
      <translation>画像の名前を変更する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="984"/>
      <source>&amp;Go To</source>
      <translation>移動(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="986"/>
      <source>Go To an image</source>
      <translation>画像に移動する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="988"/>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="990"/>
      <source>Save an image</source>
      <translation>画像を保存する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="992"/>
      <source>S&amp;ave As</source>
      <translation>別名で保存(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="994"/>
      <source>Save an image as</source>
      <translation>画像を別名で保存する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="996"/>
      <source>Sa&amp;ve a Copy</source>
      <translation>コピーを保存(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="997"/>
      <source>Copy the Image</source>
      <translation>画像をコピーする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="999"/>
      <source>&amp;Save Tabs</source>
      <translation>タブを保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1000"/>
      <source>Save a newline separated list of the filenames of the open tabs</source>
      <translation>開いているタブのファイル名を、改行で区切って保存する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1002"/>
      <source>&amp;Save for Web</source>
      <translation>Web用に保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1003"/>
      <source>Save an Image for Web Applications</source>
      <translation>Web用の画像を保存する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1005"/>
      <source>&amp;Print</source>
      <translation>印刷(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1007"/>
      <source>Print an image</source>
      <translation>画像を印刷する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1009"/>
      <source>&amp;Recent Files</source>
      <translation>最近使用したファイル(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1013"/>
      <source>Show Recent Files</source>
      <translation>最近使用したファイルを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1015"/>
      <source>&amp;Reload File</source>
      <translation>ファイルを再読み込み(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1018"/>
      <source>Reload File</source>
      <translation>ファイルを再読み込み</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1020"/>
      <source>Ne&amp;xt File</source>
      <translation>次のファイル(&amp;X)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1023"/>
      <source>Load next image</source>
      <translation>次の画像を読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1025"/>
      <source>Pre&amp;vious File</source>
      <translation>前のファイル(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1028"/>
      <source>Load previous file</source>
      <translation>前のファイルを読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1030"/>
      <source>St&amp;art New Instance</source>
      <translation>新しいインスタンスを起動(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1032"/>
      <source>Open file in new instance</source>
      <translation>新しいインスタンスでファイルを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1034"/>
      <source>St&amp;art Private Instance</source>
      <translation>プライベートインスタンスを起動(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1036"/>
      <source>Open private instance</source>
      <translation>プライベートインスタンスを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1038"/>
      <source>&amp;Find &amp;&amp; Filter</source>
      <translation>検索&amp;&amp;絞り込み(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1040"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1391"/>
      <source>Find an image</source>
      <translation>画像を検索する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1042"/>
      <source>Scan Folder Re&amp;cursive</source>
      <translation>フォルダーを再帰的にスキャン(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1043"/>
      <source>Step through Folder and Sub Folders</source>
      <translation>フォルダーとサブフォルダーをステップスルー</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1047"/>
      <source>&amp;Exit</source>
      <translation>終了(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1048"/>
      <source>Exit</source>
      <translation>終了する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1053"/>
      <source>by &amp;Filename</source>
      <translation>ファイル名(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1055"/>
      <source>Sort by Filename</source>
      <translation>ファイル名で並べ替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1059"/>
      <source>by Date &amp;Created</source>
      <translation>作成日時(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1061"/>
      <source>Sort by Date Created</source>
      <translation>作成日時で並べ替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1065"/>
      <source>by Date Modified</source>
      <translation>更新日時</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1067"/>
      <source>Sort by Date Last Modified</source>
      <translation>最終更新日時で並べ替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1071"/>
      <source>Random</source>
      <translation>ランダム</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1073"/>
      <source>Sort in Random Order</source>
      <translation>ランダムに並べ替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1077"/>
      <source>&amp;Ascending</source>
      <translation>昇順(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1079"/>
      <source>Sort in Ascending Order</source>
      <translation>昇順に並べ替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1083"/>
      <source>&amp;Descending</source>
      <translation>降順(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1085"/>
      <source>Sort in Descending Order</source>
      <translation>降順に並べ替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1092"/>
      <source>9&amp;0%1 Clockwise</source>
      <translation>90%1時計回り(&amp;0)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1095"/>
      <source>rotate the image 90%1 clockwise</source>
      <translation>画像を90%1時計回りに回転する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1097"/>
      <source>&amp;90%1 Counter Clockwise</source>
      <translation>90%1反時計回り(&amp;9)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1100"/>
      <source>rotate the image 90%1 counter clockwise</source>
      <translation>画像を90%1反時計回りに回転する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1102"/>
      <source>180%1</source>
      <translation>180%1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1103"/>
      <source>rotate the image by 180%1</source>
      <translation>画像を180%1回転する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1105"/>
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1108"/>
      <source>Undo Last Action</source>
      <translation>直前の操作を元に戻す</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1110"/>
      <source>&amp;Redo</source>
      <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1113"/>
      <source>Redo Last Action</source>
      <translation>最後の操作をやり直す</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1115"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1494"/>
      <source>&amp;Copy</source>
      <translation>コピー(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1118"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1123"/>
      <source>copy image</source>
      <translation>画像をコピーする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1120"/>
      <source>Copy &amp;Buffer</source>
      <translation>バッファコピー(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1125"/>
      <source>Copy Co&amp;lor</source>
      <translation>色をコピー(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1128"/>
      <source>copy pixel color value as HEX</source>
      <translation>ピクセルカラーの値を16進数でコピーする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1133"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1497"/>
      <source>&amp;Paste</source>
      <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1136"/>
      <source>paste image</source>
      <translation>画像を貼り付ける</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1138"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1491"/>
      <source>&amp;Delete</source>
      <translation>削除(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1141"/>
      <source>delete current fileInfo</source>
      <translation>現在のファイルを削除する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1143"/>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1145"/>
      <source>lets you customize your keyboard shortcuts</source>
      <translation>キーボードショートカットをカスタマイズする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1147"/>
      <source>&amp;Settings</source>
      <translation>設定(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1149"/>
      <source>settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1152"/>
      <source>Image &amp;Adjustments</source>
      <translation>画像の調整(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1155"/>
      <source>open image manipulation toolbox</source>
      <translation>画像操作ツールボックスを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1158"/>
      <source>R&amp;esize Image</source>
      <translation>サイズを変更(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1161"/>
      <source>resize the current image</source>
      <translation>現在の画像のサイズを変更する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1163"/>
      <source>Cr&amp;op Image</source>
      <translation>切り抜き(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1166"/>
      <source>cut the current image</source>
      <translation>現在の画像を切り抜く</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1172"/>
      <source>Show &amp;Menu</source>
      <translation>メニューを表示(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1173"/>
      <source>Hides the Menu and Shows it Again on ALT</source>
      <translation>メニューを非表示にし、ALTで再表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1176"/>
      <source>Tool&amp;bar</source>
      <translation>ツールバー(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1178"/>
      <source>Show Toolbar</source>
      <translation>ツールバーを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1181"/>
      <source>&amp;Statusbar</source>
      <translation>ステータスバー(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1183"/>
      <source>Show Statusbar</source>
      <translation>ステータスバーを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1186"/>
      <source>&amp;Pseudocolor Function</source>
      <translation>疑似カラー機能(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1188"/>
      <source>Show Pseudocolor Function</source>
      <translation>疑似カラー機能を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1192"/>
      <source>O&amp;verview</source>
      <translation>オーバービュー(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1194"/>
      <source>Shows the Zoom Overview</source>
      <translation>ズームの概要を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1198"/>
      <source>Pla&amp;yer</source>
      <translation>プレイヤー(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1200"/>
      <source>Shows the Slide Show Player</source>
      <translation>スライドショープレイヤーを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1203"/>
      <source>&amp;Hide All Panels</source>
      <translation>すべてのパネルを隠す(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1205"/>
      <source>Hide all panels</source>
      <translation>すべてのパネルを隠す</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1209"/>
      <source>File &amp;Explorer</source>
      <translation>ファイルエクスプローラー(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1211"/>
      <source>Show File Explorer</source>
      <translation>ファイルエクスプローラーを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1214"/>
      <source>Metadata &amp;Info</source>
      <translation>メタデータ情報(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1216"/>
      <source>Show Metadata Info</source>
      <translation>メタデータ情報を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1219"/>
      <source>&amp;Thumbnails</source>
      <translation>サムネイル(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1221"/>
      <source>Show Thumbnails</source>
      <translation>サムネイルを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1224"/>
      <source>&amp;Thumbnail Preview</source>
      <translation>サムネイルプレビュー(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1226"/>
      <source>Show Thumbnails Preview</source>
      <translation>サムネイルプレビューを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1229"/>
      <source>&amp;Folder Scrollbar</source>
      <translation>フォルダースクロールバー(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1230"/>
      <source>Show Folder Scrollbar</source>
      <translation>フォルダースクロールバーを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1233"/>
      <source>&amp;Metadata Ribbon</source>
      <translation>メタデータリボン(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1235"/>
      <source>Shows the Metadata Panel</source>
      <translation>メタデータパネルを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1238"/>
      <source>File &amp;Info</source>
      <translation>ファイル情報(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1240"/>
      <source>Shows the Info Panel</source>
      <translation>情報パネルを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1243"/>
      <source>&amp;Histogram</source>
      <translation>ヒストグラム(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1245"/>
      <source>Shows the Histogram Panel</source>
      <translation>ヒストグラムパネルを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1248"/>
      <source>Image &amp;Notes</source>
      <translation>画像メモ(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1250"/>
      <source>Shows Image Notes</source>
      <translation>画像メモを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1253"/>
      <source>Edit &amp;History</source>
      <translation>編集履歴(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1254"/>
      <source>Shows the edit history</source>
      <translation>編集履歴を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1258"/>
      <source>Show &amp;Log</source>
      <translation>ログを表示(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1259"/>
      <source>Shows the log window</source>
      <translation>ログウィンドウを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1266"/>
      <source>New &amp;Tab</source>
      <translation>新しいタブ(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1268"/>
      <source>Open a new tab</source>
      <translation>新しいタブを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1270"/>
      <source>&amp;Close Tab</source>
      <translation>タブを閉じる(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1272"/>
      <source>Close current tab</source>
      <translation>現在のタブを閉じる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1274"/>
      <source>&amp;Close All Tabs</source>
      <translation>すべてのタブを閉じる(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1275"/>
      <source>Close all open tabs</source>
      <translation>開いているタブをすべて閉じる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1277"/>
      <source>&amp;Fit Window to Image</source>
      <translation>ウィンドウサイズを画像に合わせる(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1305"/>
      <source>&amp;Fit Image to Window</source>
      <translation>画像サイズをウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1307"/>
      <source>Zoom image to fit window</source>
      <translation>ウィンドウサイズに合うように画像をズームする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1279"/>
      <source>Fit window to the image</source>
      <translation>ウィンドウのサイズを画像に合わせる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1281"/>
      <source>F&amp;irst Tab</source>
      <translation>最初のタブ(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1282"/>
      <source>Switch to first tab</source>
      <translation>最初のタブに切り替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1284"/>
      <source>&amp;Previous Tab</source>
      <translation>前のタブ(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1286"/>
      <source>Switch to previous tab</source>
      <translation>前のタブに切り替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1288"/>
      <source>&amp;Go to Tab</source>
      <translation>タブに移動(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1289"/>
      <source>Go to tab by index</source>
      <translation>インデックスを使用して、タブに移動する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1291"/>
      <source>&amp;Next Tab</source>
      <translation>次のタブ(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1293"/>
      <source>Switch to next tab</source>
      <translation>次のタブに切り替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1295"/>
      <source>La&amp;st Tab</source>
      <translation>最後のタブ(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1296"/>
      <source>Switch to last tab</source>
      <translation>最後のタブに切り替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1301"/>
      <source>Fu&amp;ll Screen</source>
      <translation>全画面表示(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1303"/>
      <source>Full Screen</source>
      <translation>全画面表示</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1309"/>
      <source>Show &amp;100%</source>
      <translation>100%表示(&amp;1)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1311"/>
      <source>Shows the image at 100%</source>
      <translation>100%のサイズで表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1313"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1474"/>
      <source>Zoom &amp;In</source>
      <translation>拡大(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1315"/>
      <source>zoom in</source>
      <translation>拡大する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1317"/>
      <source>&amp;Zoom Out</source>
      <translation>縮小(&amp;Z)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1319"/>
      <source>zoom out</source>
      <translation>縮小する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1321"/>
      <source>&amp;Anti Aliasing</source>
      <translation>アンチエイリアス(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1323"/>
      <source>if checked images are smoother</source>
      <translation>チェックを入れると画像が滑らかになります</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1327"/>
      <source>&amp;Transparency Pattern</source>
      <translation>透明パターン(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1329"/>
      <source>if checked, a pattern will be displayed for transparent objects</source>
      <translation>チェックを入れると透明な部分に対してパターンが表示されます</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1333"/>
      <source>&amp;Frameless</source>
      <translation>縁無し(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1335"/>
      <source>shows a frameless window</source>
      <translation>フチなしで表示</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1339"/>
      <source>&amp;Change Opacity</source>
      <translation>不透明度を変更(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1341"/>
      <source>change the window opacity</source>
      <translation>ウィンドウの不透明度を変更する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1343"/>
      <source>Opacity &amp;Up</source>
      <translation>不透明度を上げる(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1345"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1349"/>
      <source>changes the window opacity</source>
      <translation>ウィンドウの不透明度を変更する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1347"/>
      <source>Opacity &amp;Down</source>
      <translation>不透明度を下げる(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1351"/>
      <source>To&amp;ggle Opacity</source>
      <translation>不透明度を切り替え(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1353"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1444"/>
      <source>toggle the window opacity</source>
      <translation>ウィンドウの不透明度を切り替える</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1355"/>
      <source>Lock &amp;Window</source>
      <translation>ウィンドウをロック(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1357"/>
      <source>lock the window</source>
      <translation>ウィンドウをロックする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1361"/>
      <source>&amp;Toggle Slideshow</source>
      <translation>スライドショーを切り換え(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1362"/>
      <source>Start/Pause the slideshow</source>
      <translation>スライドショーの開始/一時停止</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1365"/>
      <source>&amp;Pause Movie</source>
      <translation>映像を一時停止(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1366"/>
      <source>pause the current movie</source>
      <translation>現在の映像を一時停止する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1370"/>
      <source>P&amp;revious Frame</source>
      <translation>前のフレーム(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1371"/>
      <source>show previous frame</source>
      <translation>前のフレームを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1373"/>
      <source>&amp;Next Frame</source>
      <translation>次のフレーム(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1374"/>
      <source>show next frame</source>
      <translation>次のフレームを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1376"/>
      <source>Choose &amp;Monitor</source>
      <translation>モニターを選択(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1377"/>
      <source>Choose the Monitor to run nomacs</source>
      <translation>nomacsを実行するモニターを選択する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1379"/>
      <source>Show Image Location</source>
      <translation>画像の場所を表示</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1380"/>
      <source>shows where the image was taken in Google maps</source>
      <translation>画像が撮影された場所をGoogleマップで表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1386"/>
      <source>Compute &amp;Thumbnails</source>
      <translation>サムネイルを算出(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1387"/>
      <source>compute all thumbnails of the current folder</source>
      <translation>現在のフォルダーのすべてのサムネイルを算出する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1390"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1488"/>
      <source>&amp;Filter</source>
      <translation>絞り込み(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1395"/>
      <source>Export Multipage &amp;TIFF</source>
      <translation>マルチページTIFFをエクスポート(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1396"/>
      <source>Export TIFF pages to multiple tiff files</source>
      <translation>TIFFのページを複数のTIFFファイルにエクスポートする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1398"/>
      <source>Extract From Archive</source>
      <translation>アーカイブからの取り出し</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1399"/>
      <source>Extract images from an archive (%1)</source>
      <translation>アーカイブ(%1)から画像を取り出す</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1402"/>
      <source>&amp;Mosaic Image</source>
      <translation>モザイク画像(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1403"/>
      <source>Create a Mosaic Image</source>
      <translation>モザイク画像を作成する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1405"/>
      <source>Batch Processing</source>
      <translation>バッチ処理</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1406"/>
      <source>Apply actions to multiple images</source>
      <translation>複数の画像にアクションを適用する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1409"/>
      <source>&amp;Wallpaper</source>
      <translation>壁紙(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1410"/>
      <source>set the current image as wallpaper</source>
      <translation>現在の画像を壁紙として設定する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1412"/>
      <source>Add Image Format</source>
      <translation>画像フォーマットを追加</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1413"/>
      <source>Add a new image format to nomacs</source>
      <translation>nomacsに新しい画像フォーマットを追加する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1417"/>
      <source>&amp;About Nomacs</source>
      <translation>nomacsについて(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1419"/>
      <source>about</source>
      <translation>このアプリケーションについて</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1421"/>
      <source>&amp;Documentation</source>
      <translation>ドキュメント(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1422"/>
      <source>Online Documentation</source>
      <translation>オンラインドキュメント</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1424"/>
      <source>&amp;Report a Bug</source>
      <translation>バグを報告(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1425"/>
      <source>Report a Bug</source>
      <translation>バグを報告する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1427"/>
      <source>&amp;Check for Updates</source>
      <translation>更新を確認(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1428"/>
      <source>check for updates</source>
      <translation>更新を確認する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1431"/>
      <source>&amp;Update Translation</source>
      <translation>翻訳を更新(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1432"/>
      <source>Checks for a new version of the translations of the current language</source>
      <translation>現在の言語の新しい版の翻訳を確認する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1437"/>
      <source>Synchronize &amp;View</source>
      <translation>表示を同期(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1439"/>
      <source>synchronize the current view</source>
      <translation>現在の表示を同期させる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1442"/>
      <source>&amp;Window Overlay</source>
      <translation>ウィンドウオーバーレイ(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1447"/>
      <source>Arrange Instances</source>
      <translation>インスタンスを均等に配置する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1449"/>
      <source>arrange connected instances</source>
      <translation>つなぎ合わせたインスタンスを均等に配置する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1452"/>
      <source>Connect &amp;All</source>
      <translation>全て接続(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1455"/>
      <source>connect all instances</source>
      <translation>すべてのインスタンスをつなぎ合わせる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1457"/>
      <source>&amp;Sync All Actions</source>
      <translation>全ての動作を同期(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1458"/>
      <source>Transmit All Signals Automatically.</source>
      <translation>すべての信号を自動的に送信する。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1464"/>
      <source>&amp;Plugin Manager</source>
      <translation>プラグインマネージャー(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1465"/>
      <source>manage installed plugins and download new ones</source>
      <translation>インストールされているプラグインを管理し、新しいものをダウンロードする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1470"/>
      <source>Select &amp;All</source>
      <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1477"/>
      <source>Zoom &amp;Out</source>
      <translation>縮小(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1480"/>
      <source>Display &amp;Squares</source>
      <translation>正方形で表示(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1484"/>
      <source>Show &amp;Filename</source>
      <translation>ファイル名を表示(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1500"/>
      <source>&amp;Rename</source>
      <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1503"/>
      <source>&amp;Batch Process</source>
      <translation>バッチ処理(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1504"/>
      <source>Adds selected files to batch processing.</source>
      <translation>選択されたファイルをバッチ処理に追加する。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1507"/>
      <source>&amp;Batch Print</source>
      <translation>バッチ印刷(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1508"/>
      <source>Prints selected files.</source>
      <translation>選択されたファイルを印刷します</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1523"/>
      <source>Start pong</source>
      <translation>ポンを始める</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1526"/>
      <source>First File</source>
      <translation>最初のファイル</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1527"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1543"/>
      <source>Jump to first file</source>
      <translation>最初のファイルにジャンプする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1530"/>
      <source>Last File</source>
      <translation>最後のファイル</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1531"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1547"/>
      <source>Jump to the end of the current folder</source>
      <translation>現在のフォルダーの末尾にジャンプする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1534"/>
      <source>Skip Previous Images</source>
      <translation>前の画像をスキップ</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1535"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1551"/>
      <source>Jumps 10 images before the current image</source>
      <translation>現在の画像の10枚前にジャンプする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1538"/>
      <source>Skip Next Images</source>
      <translation>次の画像をスキップ</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1539"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1555"/>
      <source>Jumps 10 images after the current image</source>
      <translation>現在の画像の10枚後ろにジャンプする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1542"/>
      <source>First File Sync</source>
      <translation>最初のファイルから同期</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1546"/>
      <source>Last File Sync</source>
      <translation>最後のファイルを同期</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1550"/>
      <source>Skip Previous Images Sync</source>
      <translation>前の画像の同期をスキップ</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1554"/>
      <source>Skip Next Images Sync</source>
      <translation>次の画像の同期をスキップ</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1558"/>
      <source>Delete File Silent</source>
      <translation>確認なしで削除</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1559"/>
      <source>Deletes a file without warning</source>
      <translation>警告なしでファイルを削除する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1562"/>
      <source>Star Rating 0</source>
      <translation>星評価0</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1563"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1567"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1571"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1575"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1579"/>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1583"/>
      <source>Star rating which is saved to an image&apos;s metadata</source>
      <translation>画像のメタデータに保存される星評価</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1566"/>
      <source>Star Rating 1</source>
      <translation>星評価1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1570"/>
      <source>Star Rating 2</source>
      <translation>星評価2</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1574"/>
      <source>Star Rating 3</source>
      <translation>星評価3</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1578"/>
      <source>Star Rating 4</source>
      <translation>星評価4</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1582"/>
      <source>Star Rating 5</source>
      <translation>星評価5</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1586"/>
      <source>Pan Image Up</source>
      <translation>画像を上に一回転させる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1587"/>
      <source>Pans the image up if zoomed.</source>
      <translation>ズームした場合に、画像を上に一回転させる。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1590"/>
      <source>Pan Image Down</source>
      <translation>画像を下に一回転させる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1591"/>
      <source>Pans the image down if zoomed.</source>
      <translation>ズームした場合に、画像を下に一回転させる。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1594"/>
      <source>Pan Image Left</source>
      <translation>画像を左に一回転させる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1595"/>
      <source>Pans the image left if zoomed.</source>
      <translation>ズームした場合に、画像を左に一回転させる。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1598"/>
      <source>Pan Image Right</source>
      <translation>画像を右に一回転させる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1599"/>
      <source>Pans the image right if zoomed.</source>
      <translation>ズームした場合に、画像を右に一回転させる。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageContainer.cpp" line="141"/>
      <source>Cropped</source>
      <translation>トリミング済み</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="84"/>
      <source>&amp;Grayscale</source>
      <translation>グレースケール(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="85"/>
      <source>Convert to Grayscale</source>
      <translation>グレースケールに変換する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="89"/>
      <source>&amp;Auto Adjust</source>
      <translation>自動調整(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="91"/>
      <source>Auto Adjust Image Contrast and Color Balance</source>
      <translation>コントラストとカラーバランスを自動調整する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="95"/>
      <source>Nor&amp;malize Image</source>
      <translation>画像をノーマライズ(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="97"/>
      <source>Normalize the Image</source>
      <translation>画像をノーマライズする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="101"/>
      <source>Flip &amp;Horizontal</source>
      <translation>左右反転(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="102"/>
      <source>Flip Image Horizontally</source>
      <translation>画像の左右を反転させる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="106"/>
      <source>Flip &amp;Vertical</source>
      <translation>上下反転(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="107"/>
      <source>Flip Image Vertically</source>
      <translation>画像の上下を反転させる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="111"/>
      <source>&amp;Invert Image</source>
      <translation>画像の色を反転(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="112"/>
      <source>Invert the Image</source>
      <translation>画像を反転させる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="117"/>
      <source>&amp;Tiny Planet...</source>
      <translation>タイニープラネット(&amp;T)...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="118"/>
      <source>Create a Tiny Planet</source>
      <translation>球面加工する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="122"/>
      <source>&amp;Background Color...</source>
      <translation>背景色(&amp;B)...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="123"/>
      <source>Add a background color</source>
      <translation>背景色を追加する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="127"/>
      <source>&amp;Blur...</source>
      <translation>ぼかし(&amp;B)...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="128"/>
      <source>Blur the image</source>
      <translation>画像をぼかす</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="132"/>
      <source>&amp;Sharpen...</source>
      <translation>シャープ(&amp;S)...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="133"/>
      <source>Sharpens the image by applying an unsharp mask</source>
      <translation>アンシャープマスクを適用して画像をシャープにする</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="137"/>
      <source>&amp;Rotate...</source>
      <translation>回転(&amp;R)...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="138"/>
      <source>Rotate the image</source>
      <translation>画像を回転させる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="142"/>
      <source>&amp;Resize...</source>
      <translation>サイズ変更(&amp;R)...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="143"/>
      <source>Resize the image</source>
      <translation>画像のサイズを変更する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="147"/>
      <source>&amp;Threshold...</source>
      <translation>しきい値(&amp;T)...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="148"/>
      <source>Threshold the image</source>
      <translation>画像のしきい値</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="152"/>
      <source>&amp;Hue/Saturation...</source>
      <translation>色相/彩度(&amp;H)...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="153"/>
      <source>Change Hue and Saturation</source>
      <translation>色相と彩度を変更する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="157"/>
      <source>&amp;Exposure...</source>
      <translation>露出(&amp;E)...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulators.cpp" line="158"/>
      <source>Change the Exposure and Gamma</source>
      <translation>露出とガンマを変更する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="54"/>
      <source>Could not convert to grayscale</source>
      <translation>グレースケールに変換できませんでした</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="71"/>
      <source>Cannot auto adjust</source>
      <translation>自動調整ができません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="89"/>
      <source>The Image is Already Normalized...</source>
      <translation>画像はすでにノーマライズされています...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="104"/>
      <source>Cannot invert image</source>
      <translation>画像の色を反転できません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="117"/>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="129"/>
      <source>Cannot flip image</source>
      <translation>画像を反転できません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="152"/>
      <source>Sorry, I could not create a tiny planet</source>
      <translation>残念ながら、タイニープラネットを作成できませんでした...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="208"/>
      <source>Cannot blur image</source>
      <translation>画像にぼかしを適用できません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="236"/>
      <source>Cannot sharpen image</source>
      <translation>画像をシャープにできません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="274"/>
      <source>Cannot rotate image</source>
      <translation>画像を回転できません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="303"/>
      <source>Cannot resize image</source>
      <translation>画像のサイズを変更できません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="344"/>
      <source>Cannot threshold image</source>
      <translation>画像を2値化できません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="382"/>
      <source>Cannot change Hue/Saturation</source>
      <translation>色相/彩度を変更できません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="432"/>
      <source>Cannot apply exposure</source>
      <translation>露出を適用できません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkManipulatorsIpl.cpp" line="484"/>
      <source>Cannot draw background color</source>
      <translation>背景色を描画できません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="407"/>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="881"/>
      <source>&lt;data too large to display&gt;</source>
      <translation>&lt;データが大きすぎるため表示できません&gt;</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="522"/>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="835"/>
      <source>Filename</source>
      <translation>ファイル名</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="525"/>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="836"/>
      <source>Path</source>
      <translation>パス</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="529"/>
      <source>Target</source>
      <translation>ターゲット</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="533"/>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="837"/>
      <source>Size</source>
      <translation>サイズ</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="537"/>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="540"/>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="543"/>
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="537"/>
      <source>Created</source>
      <translation>作成日時</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="540"/>
      <source>Last Modified</source>
      <translation>最終更新日時</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="543"/>
      <source>Last Read</source>
      <translation>最後の読み込み</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="547"/>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="560"/>
      <source>Owner</source>
      <translation>所有者</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="551"/>
      <source>OwnerID</source>
      <translation>所有者ID</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="555"/>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="574"/>
      <source>Group</source>
      <translation>グループ</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="560"/>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="567"/>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="574"/>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="581"/>
      <source>Permissions</source>
      <translation>アクセス許可</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="567"/>
      <source>User</source>
      <translation>ユーザー</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="581"/>
      <source>Other</source>
      <translation>その他</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="591"/>
      <source>File</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1462"/>
      <source>not defined</source>
      <translation>未定義</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1463"/>
      <source>manual</source>
      <translation>マニュアル</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1464"/>
      <source>normal</source>
      <translation>ノーマルプログラム</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1465"/>
      <source>aperture priority</source>
      <translation>絞り優先</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1466"/>
      <source>shutter priority</source>
      <translation>シャッター優先</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1467"/>
      <source>program creative</source>
      <translation>creativeプログラム</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1468"/>
      <source>high-speed program</source>
      <translation>actionプログラム</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1469"/>
      <source>portrait mode</source>
      <translation>ポートレートモード</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1470"/>
      <source>landscape mode</source>
      <translation>ランドスケープモード</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1473"/>
      <source>No Flash</source>
      <translation>ストロボ発光せず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1474"/>
      <source>Fired</source>
      <translation>ストロボ発光</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1475"/>
      <source>Fired, Return not detected</source>
      <translation>ストロボ発光、リターン検出されず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1476"/>
      <source>Fired, Return detected</source>
      <translation>ストロボ発光、リターン検出</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1477"/>
      <source>On, Did not fire</source>
      <translation>強制発光モード、ストロボ発光せず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1478"/>
      <source>On, Fired</source>
      <translation>強制発光モード、ストロボ発光</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1479"/>
      <source>On, Return not detected</source>
      <translation>強制発光モード、リターン検出されず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1480"/>
      <source>On, Return detected</source>
      <translation>強制発光モード、リターン検出</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1481"/>
      <source>Off, Did not fire</source>
      <translation>強制非発光モード、ストロボ発光せず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1482"/>
      <source>Off, Did not fire, Return not detected</source>
      <translation>強制非発光モード、ストロボ発光せず、リターン検出されず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1483"/>
      <source>Auto, Did not fire</source>
      <translation>自動発光モード、ストロボ発光せず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1484"/>
      <source>Auto, Fired</source>
      <translation>自動発光モード、ストロボ発光</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1485"/>
      <source>Auto, Fired, Return not detected</source>
      <translation>自動発光モード、ストロボ発光、リターン検出されず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1486"/>
      <source>Auto, Fired, Return detected</source>
      <translation>自動発光モード、ストロボ発光、リターン検出</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1487"/>
      <source>No flash function</source>
      <translation>ストロボ機能なし</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1488"/>
      <source>Off, No flash function</source>
      <translation>ストロボ機能なし、強制非発光モード</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1489"/>
      <source>Fired, Red-eye reduction</source>
      <translation>ストロボ発光、赤目軽減有り</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1490"/>
      <source>Fired, Red-eye reduction, Return not detected</source>
      <translation>ストロボ発光、赤目軽減有り、リターン検出されず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1491"/>
      <source>Fired, Red-eye reduction, Return detected</source>
      <translation>ストロボ発光、赤目軽減有り、リターン検出</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1492"/>
      <source>On, Red-eye reduction</source>
      <translation>強制発光モード、赤目軽減有り</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1493"/>
      <source>On, Red-eye reduction, Return not detected</source>
      <translation>強制発光モード、赤目軽減有り、リターン検出されず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1494"/>
      <source>On, Red-eye reduction, Return detected</source>
      <translation>強制発光モード、赤目軽減有り、リターン検出</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1495"/>
      <source>Off, Red-eye reduction</source>
      <translation>強制非発光モード、赤目軽減有り</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1496"/>
      <source>Auto, Did not fire, Red-eye reduction</source>
      <translation>自動発光モード、ストロボ発光せず、赤目軽減有り</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1497"/>
      <source>Auto, Fired, Red-eye reduction</source>
      <translation>自動発光モード、ストロボ発光、赤目軽減有り</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1498"/>
      <source>Auto, Fired, Red-eye reduction, Return not detected</source>
      <translation>自動発光モード、ストロボ発光、赤目軽減有り、リターン検出されず</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1499"/>
      <source>Auto, Fired, Red-eye reduction, Return detected</source>
      <translation>自動発光モード、ストロボ発光、赤目軽減有り、リターン検出</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1502"/>
      <source>Uncompressed</source>
      <translation>非圧縮</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1503"/>
      <source>CCITT 1D</source>
      <translation>CCITT 1D</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1504"/>
      <source>T4/Group 3 Fax</source>
      <translation>T4/Group 3 Fax</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1505"/>
      <source>T6/Group 4 Fax</source>
      <translation>T6/Group 4 Fax</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1506"/>
      <source>LZW</source>
      <translation>LZW</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1507"/>
      <source>JPEG (old-style)</source>
      <translation>JPEG (old-style)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1508"/>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1512"/>
      <source>JPEG</source>
      <translation>JPEG</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1509"/>
      <source>Adobe Deflate</source>
      <translation>Adobe Deflate</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1510"/>
      <source>JBIG B&amp;W</source>
      <translation>JBIG B&amp;W</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1511"/>
      <source>JBIG Color</source>
      <translation>JBIG Color</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1513"/>
      <source>Kodak 262</source>
      <translation>Kodak 262</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1514"/>
      <source>Next</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1515"/>
      <source>Sony ARW Compressed</source>
      <translation>Sony ARW Compressed</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1516"/>
      <source>Packed RAW</source>
      <translation>Packed RAW</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1517"/>
      <source>Samsung SRW Compressed</source>
      <translation>Samsung SRW Compressed</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1518"/>
      <source>CCIRLEW</source>
      <translation>CCIRLEW</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1519"/>
      <source>Samsung SRW Compressed 2</source>
      <translation>Samsung SRW Compressed 2</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1520"/>
      <source>PackBits</source>
      <translation>PackBits</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1521"/>
      <source>Thunderscan</source>
      <translation>Thunderscan</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1522"/>
      <source>Kodak KDC Compressed</source>
      <translation>Kodak KDC Compressed</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1523"/>
      <source>IT8CTPAD</source>
      <translation>IT8CTPAD</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1524"/>
      <source>IT8LW</source>
      <translation>IT8LW</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1525"/>
      <source>IT8MP</source>
      <translation>IT8MP</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1526"/>
      <source>IT8BL</source>
      <translation>IT8BL</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1527"/>
      <source>PixarFilm</source>
      <translation>PixarFilm</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1528"/>
      <source>PixarLog</source>
      <translation>PixarLog</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1529"/>
      <source>Deflate</source>
      <translation>Deflate</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1530"/>
      <source>DCS</source>
      <translation>DCS</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1531"/>
      <source>Aperio JPEG 2000 YCbCr</source>
      <translation>Aperio JPEG 2000 YCbCr</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1532"/>
      <source>Aperio JPEG 2000 RGB</source>
      <translation>Aperio JPEG 2000 RGB</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1533"/>
      <source>JBIG</source>
      <translation>JBIG</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1534"/>
      <source>SGILog</source>
      <translation>SGILog</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1535"/>
      <source>SGILog24</source>
      <translation>SGILog24</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1536"/>
      <source>JPEG 2000</source>
      <translation>JPEG 2000</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1537"/>
      <source>Nikon NEF Compressed</source>
      <translation>Nikon NEF Compressed</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1538"/>
      <source>JBIG2 TIFF FX</source>
      <translation>JBIG2 TIFF FX</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1539"/>
      <source>Microsoft Document Imaging(MDI) Binary Level Codec</source>
      <translation>Microsoft Document Imaging(MDI) Binary Level Codec</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1540"/>
      <source>Microsoft Document Imaging(MDI) Progressive Transform Codec</source>
      <translation>Microsoft Document Imaging(MDI) Progressive Transform Codec</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1541"/>
      <source>Microsoft Document Imaging(MDI) Vector</source>
      <translation>Microsoft Document Imaging(MDI) Vector</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1542"/>
      <source>ESRI Lerc</source>
      <translation>ESRI Lerc</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1543"/>
      <source>Lossy JPEG</source>
      <translation>Lossy JPEG</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1544"/>
      <source>LZMA2</source>
      <translation>LZMA2</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1545"/>
      <source>Zstd</source>
      <translation>Zstd</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1546"/>
      <source>WebP</source>
      <translation>WebP</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1547"/>
      <source>PNG</source>
      <translation>PNG</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1548"/>
      <source>JPEG XR</source>
      <translation>JPEG XR</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1549"/>
      <source>Kodak DCR Compressed</source>
      <translation>Kodak DCR Compressed</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMetaData.cpp" line="1550"/>
      <source>Pentax PEF Compressed</source>
      <translation>Pentax PEF Compressed</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="1103"/>
      <source>Plugin Manager</source>
      <translation>プラグインマネージャー</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="1104"/>
      <source>The dll could not be deleted!
Please restart nomacs and try again.</source>
      <translation>dllを削除できませんでした。
nomacsを起動し直して再試行してください。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="1278"/>
      <source>Close plugin</source>
      <translation>プラグインを閉じる</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="1280"/>
      <source>Please close the currently opened plugin.</source>
      <translation>現在開いているプラグインを閉じてください。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="82"/>
      <source>Batch Action</source>
      <translation>バッチアクション</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="128"/>
      <source>[Transform Batch]</source>
      <translation>[変換バッチ]</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="276"/>
      <location filename="../../src/DkCore/DkProcess.cpp" line="415"/>
      <location filename="../../src/DkCore/DkProcess.cpp" line="544"/>
      <source>%1 inactive -&gt; skipping</source>
      <translation>%1 非アクティブ -&gt; スキップ</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="318"/>
      <source>transformed</source>
      <translation>変換済み</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="321"/>
      <source>%1 image transformed.</source>
      <translation>%1 画像を変換しました。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="324"/>
      <source>%1 image resized, scale factor: %2%</source>
      <translation>画像 %1 をスケール因子 %2% でサイズ変更</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="326"/>
      <source>%1 image resized, new side: %2 px</source>
      <translation>画像 %1 を新しい幅 %2 px でサイズ変更</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="329"/>
      <source>%1 image transformed and cropped.</source>
      <translation>%1 画像が変換およびトリミングされました。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="333"/>
      <source>%1 error, could not transform image.</source>
      <translation>%1 エラー。画像を変換できませんでした。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="366"/>
      <source>%1 I need to increase the image size, but the option is set to &apos;decrease only&apos; -&gt; skipping.</source>
      <translation>画像 (%1) のサイズを大きくする必要がありますが、オプションでは小さくするように設定されています -&gt; スキップします。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="370"/>
      <source>%1 I need to decrease the image size, but the option is set to &apos;increase only&apos; -&gt; skipping.</source>
      <translation>画像 (%1) のサイズを小さくする必要がありますが、オプションでは大きくするように設定されています -&gt; スキップします。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="374"/>
      <source>%1 image size matches scale factor -&gt; skipping.</source>
      <translation>画像 (%1) のサイズはスケール因子と一致します -&gt; スキップします。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="426"/>
      <source>%1 %2 applied.</source>
      <translation>%1 %2 が適用されました。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="429"/>
      <location filename="../../src/DkCore/DkProcess.cpp" line="583"/>
      <source>%1 Cannot apply %2.</source>
      <translation>%1 は %2 を適用できません。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="435"/>
      <source>%1 error, could not apply image adjustments.</source>
      <translation>%1 エラー。画像の調整を適用できませんでした。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="443"/>
      <source>[Adjustment Batch]</source>
      <translation>[調整バッチ]</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="575"/>
      <source>%1 Cannot cast batch plugin %2.</source>
      <translation>%1 はバッチプラグイン %2 をキャストできません。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="586"/>
      <source>%1 illegal plugin interface: %2</source>
      <translation>%1 は不正なプラグインインターフェースです: %2</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="589"/>
      <source>%1 Cannot apply plugin because it is NULL.</source>
      <translation>%1 はNULLのためプラグインを適用できません。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="593"/>
      <source>%1 error, could not apply plugins.</source>
      <translation>%1 エラー。プラグインを適用できませんでした。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="597"/>
      <source>%1 plugins applied.</source>
      <translation>%1 プラグインが適用されました。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="603"/>
      <source>[Plugin Batch]</source>
      <translation>[プラグインバッチ]</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="716"/>
      <source>%1 already exists -&gt; skipping (check &apos;overwrite&apos; if you want to overwrite the file)</source>
      <translation>%1 はすでに存在します -&gt; スキップ (ファイルを上書きしたい場合は「上書きする」をチェックしてください)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="721"/>
      <source>Error: input file does not exist</source>
      <translation>エラー: 入力ファイルが存在しません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="722"/>
      <location filename="../../src/DkCore/DkProcess.cpp" line="895"/>
      <source>Input: %1</source>
      <translation>入力: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="727"/>
      <source>Skipping: nothing to do here.</source>
      <translation>スキップ: ここでは何も行いません。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="766"/>
      <source>processing %1</source>
      <translation>処理中 %1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="771"/>
      <source>Error while loading...</source>
      <translation>読み込み中にエラーが発生しました...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="779"/>
      <source>Error: cannot process a NULL function.</source>
      <translation>エラー: NULL関数を処理できません。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="785"/>
      <source>%1 failed</source>
      <translation>%1 失敗</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="800"/>
      <source>%1 not saved - option &apos;Do not Save&apos; is checked...</source>
      <translation>%1 は保存されません。「保存しない」オプションがチェックされています...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="806"/>
      <location filename="../../src/DkCore/DkProcess.cpp" line="839"/>
      <location filename="../../src/DkCore/DkProcess.cpp" line="902"/>
      <source>Original filename added to Exif</source>
      <translation>オリジナルのファイル名をExifに追加</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="810"/>
      <source>%1 saved...</source>
      <translation>%1 は保存されました...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="813"/>
      <source>Could not save: %1</source>
      <translation>保存できませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="828"/>
      <source>Error: could not rename file, the target file exists already.</source>
      <translation>エラー: ファイルの名前を変更できませんでした。対象のファイルはすでに存在します。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="844"/>
      <source>Error: could not rename file</source>
      <translation>エラー: ファイルの名前を変更できませんでした</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="849"/>
      <source>Renaming: %1 -&gt; %2</source>
      <translation>リネーム中: %1 -&gt; %2</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="878"/>
      <source>I should copy the file, but &apos;Do not Save&apos; is checked - so I will do nothing...</source>
      <translation>ファイルをコピーする必要がありますが、「保存しない」がチェックされているため、何も行いません...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="894"/>
      <source>Error: could not copy file</source>
      <translation>エラー: ファイルをコピーできませんでした</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="896"/>
      <source>Output: %1</source>
      <translation>出力: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="904"/>
      <source>Copying: %1 -&gt; %2</source>
      <translation>コピー中: %1 -&gt; %2</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="923"/>
      <source>Error: back-up (%1) file already exists</source>
      <translation>エラー: バックアップファイル (%1) はすでに存在します</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="931"/>
      <source>Error: could not rename existing file to %1</source>
      <translation>エラー: 既存のファイルの名前を %1 に変更できませんでした</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="949"/>
      <source>Error: could not delete existing file</source>
      <translation>エラー: 既存のファイルを削除できませんでした</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="960"/>
      <source>Ui - a lot of things went wrong. Your original file can be found here: %1</source>
      <translation>UI - 多数の間違いがありました。元のファイルはこちらにあります: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="965"/>
      <source>I could not save to %1 so I restored the original file.</source>
      <translation>%1 に保存できなかったため、元のファイルを復元しました。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="981"/>
      <source>%1 deleted.</source>
      <translation>%1 を削除しました。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="984"/>
      <source>I could not delete %1</source>
      <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="989"/>
      <source>I did not delete the original because I detected %1 failure(s).</source>
      <translation>%1 エラーを検出したため、元のファイルを削除しませんでした。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="1082"/>
      <source>Image</source>
      <translation>画像</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="1104"/>
      <source>nomacs - Image Lounge is a lightweight image viewer.</source>
      <translation>nomacs - Image Loungeは、軽量な画像ビューアーです。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="789"/>
      <source>Binary</source>
      <translation>バイナリー</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="790"/>
      <source>Indexed 8-bit</source>
      <translation>8bit インデックス</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="796"/>
      <source>RGB 32-bit</source>
      <translation>32bit RGB</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="802"/>
      <source>ARGB 32-bit</source>
      <translation>32bit ARGB</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="805"/>
      <source>RGB 16-bit</source>
      <translation>16bit RGB</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="808"/>
      <source>ARGB 24-bit</source>
      <translation>24bit ARGB</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="810"/>
      <source>RGB 24-bit</source>
      <translation>24bit RGB</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="811"/>
      <source>ARGB 16-bit</source>
      <translation>16bit ARGB</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="814"/>
      <source>BGR 32-bit</source>
      <translation>32bit BGR</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="815"/>
      <source>ABGR 32-bit</source>
      <translation>32bit ABGR</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="816"/>
      <source>Grayscale 8-bit</source>
      <translation>8bit グレースケール</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="817"/>
      <source>Alpha 8-bit</source>
      <translation>8bit アルファ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="229"/>
      <source>New Tab</source>
      <translation>新しいタブ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="232"/>
      <source>Thumbnail Preview</source>
      <translation>サムネイルプレビュー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="234"/>
      <source>Recent Files</source>
      <translation>最近使用したファイル</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="236"/>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="238"/>
      <source>Batch</source>
      <translation>バッチ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPong.h" line="88"/>
      <source>Player 1</source>
      <translation>Player 1</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPong.h" line="89"/>
      <source>Player 2</source>
      <translation>Player 2</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPong.h" line="99"/>
      <source>Anonymous</source>
      <translation>Anonymous</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="1201"/>
      <source>Edit ToolBar</source>
      <translation>編集ツールバー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="1245"/>
      <source>Movie ToolBar</source>
      <translation>映像ツールバー</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="117"/>
      <source>An input image.</source>
      <translation>入力画像</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="120"/>
      <source>Start in fullscreen.</source>
      <translation>全画面表示で起動する。</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="123"/>
      <source>Start slideshow playback</source>
      <translation>スライドショーの再生を開始する</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="126"/>
      <source>Start Pong.</source>
      <translation>ポンを始める。</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="129"/>
      <source>Start in private mode.</source>
      <translation>プライベートモードで起動する。</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="133"/>
      <source>Set the viewing mode &lt;mode&gt;.</source>
      <translation>表示モード&lt;mode&gt;を設定する。</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="134"/>
      <source>default | frameless | pseudocolor</source>
      <translation>default | frameless | pseudocolor</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="138"/>
      <source>Load all files of a &lt;directory&gt;.</source>
      <translation>&lt;directory&gt;のすべてのファイルを読み込む。</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="139"/>
      <source>directory</source>
      <translation>directory</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="143"/>
      <source>Load &lt;images&gt; to tabs.</source>
      <translation>&lt;images&gt;をタブに読み込む。</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="144"/>
      <source>images</source>
      <translation>images（画像）</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="148"/>
      <source>Batch processing of &lt;batch-settings.pnm&gt;.</source>
      <translation>&lt;batch-settings.pnm&gt;のバッチ処理を行う。</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="149"/>
      <source>batch-settings-path</source>
      <translation>batch-settings-path</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="153"/>
      <source>Saves batch log to &lt;log-path.txt&gt;.</source>
      <translation>&lt;log-path.txt&gt;にバッチのログを保存する。</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="154"/>
      <source>log-path.txt</source>
      <translation>log-path.txt</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="158"/>
      <source>Imports the settings from &lt;settings-path.ini&gt; and saves them.</source>
      <translation>&lt;settings-path.ini&gt;から設定をインポート、保存する。</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="159"/>
      <source>settings-path.ini</source>
      <translation>settings-path.ini</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="162"/>
      <source>Register file associations (Windows only).</source>
      <translation>ファイルの関連付けを登録します（Windowsのみ）。</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="332"/>
      <source>Critical Error</source>
      <translation>重大なエラー</translation>
    </message>
    <message>
      <location filename="../../src/main.cpp" line="333"/>
      <source>Sorry, nomacs ran out of memory...</source>
      <translation>残念ながら、nomacsを実行するメモリが不足しています...</translation>
    </message>
  </context>
  <context>
    <name>QObject::QObject</name>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1514"/>
      <source>Lena</source>
      <translation>レナ(Lena)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1515"/>
      <source>Show test image</source>
      <translation>テスト画像を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1518"/>
      <source>All Images</source>
      <translation>すべての画像</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1519"/>
      <source>Generates all images in the world</source>
      <translation>世界中のすべての画像を生成する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkActionManager.cpp" line="1522"/>
      <source>Pong</source>
      <translation>ポン</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkAdvancedPreference</name>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1348"/>
      <source>Always Load JPG if Embedded</source>
      <translation>埋め込まれていれば常にJPGを読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1349"/>
      <source>Load JPG if it Fits the Screen Resolution</source>
      <translation>画面解像度に適合すればJPGを読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1350"/>
      <source>Always Load RAW Data</source>
      <translation>常にRAWデータを読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1361"/>
      <source>Apply Noise Filtering to RAW Images</source>
      <translation>RAW画像に、ノイズフィルターを適用する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1363"/>
      <source>If checked, a noise filter is applied which reduced color noise</source>
      <translation>チェックを入れると、カラーノイズを低減するノイズフィルターが適用されます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1366"/>
      <source>RAW Loader Settings</source>
      <translation>RAWローダー設定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1374"/>
      <source>Ask to Save Deleted Files</source>
      <translation>削除されたファイルを保存するか確認する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1376"/>
      <source>If checked, nomacs asks to save files which were deleted by other applications</source>
      <translation>チェックを入れると、nomacsは他のアプリケーションによって削除されたファイルを保存するか確認するダイアログを表示します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1379"/>
      <source>Ignore Exif Orientation when Loading</source>
      <translation>読み込み時にExifのOrientationを無視する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1381"/>
      <source>If checked, images are NOT rotated with respect to their Exif orientation</source>
      <translation>チェックを入れると、画像はExifの向きに対して回転しません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1384"/>
      <source>Save Exif Orientation</source>
      <translation>ExifのOrientationを保存する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1386"/>
      <source>If checked, orientation is written to the Exif rather than rotating the image Matrix
</source>
      <translation>チェックを入れると、画像自体を回転するのではなくExifにOrientationが書き込まれます
</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1387"/>
      <source>NOTE: this allows for rotating JPGs without losing information.</source>
      <translation>備考: これにより、情報を失わずにJPGを回転させることが可能になります。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1390"/>
      <source>File Loading/Saving</source>
      <translation>ファイルの読み込み/保存</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1398"/>
      <source>Choose the number of Threads in the thread pool</source>
      <translation>スレッドプール内のスレッド数を選択する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1403"/>
      <source>Number of Threads</source>
      <translation>スレッド数</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1407"/>
      <source>Enable Native File Dialogs</source>
      <translation>環境固有のファイルダイアログを有効にする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1409"/>
      <source>If checked, native system dialogs are used for opening/saving files.</source>
      <translation>チェックを入れると、ファイルを開く/保存するときにシステム固有のダイアログを使用します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1412"/>
      <source>Native Dialogs</source>
      <translation>環境固有のダイアログ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1416"/>
      <source>Use Log File</source>
      <translation>ログファイルを使用する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1418"/>
      <source>If checked, a log file will be created.</source>
      <translation>チェックを入れると、ログファイルが作成されます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1421"/>
      <source>Open Log</source>
      <translation>ログを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1429"/>
      <source>Logging</source>
      <translation>ログ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1477"/>
      <source>Please Restart nomacs to apply changes</source>
      <translation>変更を適用するにはnomacsを再起動してください</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkAppManagerDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="485"/>
      <source>Manage Applications</source>
      <translation>関連付けアプリケーションの管理</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="508"/>
      <source>&amp;Run</source>
      <translation>実行(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="511"/>
      <source>&amp;Add</source>
      <translation>追加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="514"/>
      <source>&amp;Delete</source>
      <translation>削除(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="520"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="521"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="553"/>
      <source>Executable Files (*.exe);;</source>
      <translation>実行可能ファイル (*.exe);;</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="563"/>
      <source>Open Application</source>
      <translation>アプリケーションを開く</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkArchiveExtractionDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3812"/>
      <source>Extract images from an archive</source>
      <translation>アーカイブから画像を取り出す</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3821"/>
      <source>Archive (%1)</source>
      <translation>アーカイブ (%1)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3828"/>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3837"/>
      <source>&amp;Browse</source>
      <translation>参照(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3832"/>
      <source>Extract to</source>
      <translation>取り出し先</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3845"/>
      <source>Remove Subfolders</source>
      <translation>サブフォルダーを取り除く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3851"/>
      <source>&amp;Extract</source>
      <translation>展開(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3853"/>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4083"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3933"/>
      <source>Open Archive</source>
      <translation>アーカイブを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3935"/>
      <source>Archives (%1)</source>
      <translation>アーカイブ (%1)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3951"/>
      <source>Open Directory</source>
      <translation>ディレクトリを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3987"/>
      <source>Not a valid archive.</source>
      <translation>有効なアーカイブではありません。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4016"/>
      <source>Number of images: </source>
      <translation>画像の数: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4018"/>
      <source>The archive does not contain any images.</source>
      <translation>アーカイブに画像が含まれていません。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4043"/>
      <source>The images could not be extracted!</source>
      <translation>画像を抽出できませんでした ！</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4085"/>
      <source>Extracting files...</source>
      <translation>ファイルを展開しています...</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4094"/>
      <source>Extracting file %1 of %2</source>
      <translation>%1/%2 個のファイルを展開中</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBasicLoader</name>
    <message>
      <location filename="../../src/DkCore/DkBasicLoader.cpp" line="346"/>
      <location filename="../../src/DkCore/DkBasicLoader.cpp" line="1033"/>
      <source>Original Image</source>
      <translation>元の画像</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkBasicLoader.cpp" line="1191"/>
      <source>Sorry, I could not save: %1</source>
      <translation>残念ながら、保存できませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBatchButtonsWidget</name>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2268"/>
      <source>Start/Cancel Batch Processing (%1)</source>
      <translation>バッチ処理の開始/キャンセル (%1)</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBatchInput</name>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="350"/>
      <source>File Explorer</source>
      <translation>ファイルエクスプローラー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="362"/>
      <source>Thumbnails</source>
      <translation>サムネイル</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="363"/>
      <source>File List</source>
      <translation>ファイルリスト</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="415"/>
      <source>Open an Image Directory</source>
      <translation>画像ディレクトリを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="481"/>
      <source>No Files Selected</source>
      <translation>ファイルが選択されていません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="483"/>
      <source>%1 File Selected</source>
      <translation>%1個のファイルが選択されています</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="485"/>
      <source>%1 Files Selected</source>
      <translation>%1個のファイルが選択されています</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="510"/>
      <location filename="../../src/DkGui/DkBatch.cpp" line="524"/>
      <source>Results</source>
      <translation>結果</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBatchManipulatorWidget</name>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1765"/>
      <source>Select Image Adjustments</source>
      <translation>画像の調整を選択</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1989"/>
      <source>inactive</source>
      <translation>非アクティブ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1991"/>
      <source>%1 manipulators selected</source>
      <translation>%1個の操作が選択されています</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBatchOutput</name>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="752"/>
      <source>Output Directory</source>
      <translation>出力ディレクトリ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="755"/>
      <source>Browse</source>
      <translation>参照</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="757"/>
      <source>Select a Directory</source>
      <translation>ディレクトリを選択してください</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="762"/>
      <source>Overwrite Existing Files</source>
      <translation>既存のファイルに上書きする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="763"/>
      <source>If checked, existing files are overwritten.
This option might destroy your images - so be careful!</source>
      <translation>チェックを入れると、既存のファイルが上書きされます。
このオプションは「画像を破壊する」可能性があるので、注意してください！</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="767"/>
      <source>Do not Save Output Images</source>
      <translation>出力画像を保存しない</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="768"/>
      <source>If checked, output images are not saved at all.
This option is only useful if plugins save sidecar files - so be careful!</source>
      <translation>チェックを入れると、出力画像は一切保存されません。
このオプションは、プラグインがサイドカーファイルを保存する場合にのみ有効なので、ご注意ください！</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="772"/>
      <source>Use Input Folder</source>
      <translation>入力フォルダーを使用する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="773"/>
      <source>If checked, the batch is applied to the input folder - so be careful!</source>
      <translation>チェックを入れると、バッチは入力フォルダーに適用されます。ご注意ください！</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="777"/>
      <source>Delete Input Files</source>
      <translation>入力ファイルを削除する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="778"/>
      <source>If checked, the original file will be deleted if the conversion was successful.
 So be careful!</source>
      <translation>チェックを入れると、変換が成功した場合は元のファイルが削除されます。
ご注意ください。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="796"/>
      <source>Filename</source>
      <translation>ファイル名</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="817"/>
      <source>Keep Extension</source>
      <translation>拡張子を維持する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="818"/>
      <source>Convert To</source>
      <translation>変換する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="828"/>
      <source>Best Quality</source>
      <translation>最高品質</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="829"/>
      <source>High Quality</source>
      <translation>高品質</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="830"/>
      <source>Medium Quality</source>
      <translation>中品質</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="831"/>
      <source>Low Quality</source>
      <translation>低品質</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="832"/>
      <source>Bad Quality</source>
      <translation>不十分な品質</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="842"/>
      <source>Preview</source>
      <translation>プレビュー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="845"/>
      <source>Old Filename: </source>
      <translation>元のファイル名: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="850"/>
      <source>New Filename: </source>
      <translation>新しいファイル名: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="885"/>
      <source>Open an Image Directory</source>
      <translation>画像ディレクトリを開く</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBatchPluginWidget</name>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1504"/>
      <source>Select Plugins</source>
      <translation>プラグインを選択</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1674"/>
      <source> Settings</source>
      <translation> 設定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1749"/>
      <source>inactive</source>
      <translation>非アクティブ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1751"/>
      <source>%1 plugins selected</source>
      <translation>%1個のプラグインが選択されています</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBatchProcessing</name>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="1255"/>
      <source>[OK]</source>
      <translation>[OK]</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkProcess.cpp" line="1257"/>
      <source>[FAIL]</source>
      <translation>[FAIL]</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBatchTransformWidget</name>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2005"/>
      <source>Resize</source>
      <translation>サイズ変更</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2010"/>
      <source>Percent</source>
      <translation>パーセント</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2010"/>
      <source>Long Side</source>
      <translation>長い方</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2010"/>
      <source>Short Side</source>
      <translation>短い方</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2010"/>
      <source>Width</source>
      <translation>幅</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2010"/>
      <source>Height</source>
      <translation>高さ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2014"/>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2019"/>
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2025"/>
      <source>Transform All</source>
      <translation>すべて変換</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2025"/>
      <source>Shrink Only</source>
      <translation>縮小のみ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2025"/>
      <source>Enlarge Only</source>
      <translation>拡大のみ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2039"/>
      <source>Orientation</source>
      <translation>画像の向き</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2042"/>
      <source>Do &amp;Not Rotate</source>
      <translation>回転しない(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2044"/>
      <source>90%1 Counter Clockwise</source>
      <translation>90%1反時計回り</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2045"/>
      <source>90%1 Clockwise</source>
      <translation>90%1時計回り</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2046"/>
      <source>180%1</source>
      <translation>180%1</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2055"/>
      <source>Transformations</source>
      <translation>変換</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2058"/>
      <source>&amp;Crop from Metadata</source>
      <translation>メタデータから切り抜き(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2061"/>
      <source>&amp;Crop Rectangle</source>
      <translation>矩形に切り抜き(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2124"/>
      <source>inactive</source>
      <translation>非アクティブ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2130"/>
      <source>Resize by: %1%</source>
      <translation>次でサイズ変更: %1%</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2134"/>
      <source>Resize %1 to: %2 px</source>
      <translation>%1 を %2 px にサイズ変更</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2140"/>
      <source>Rotating by: %1</source>
      <translation>回転: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2146"/>
      <source>Crop</source>
      <translation>トリミング</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBatchWidget</name>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2360"/>
      <source>next</source>
      <translation>次へ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2365"/>
      <source>previous</source>
      <translation>前へ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2386"/>
      <source>Input</source>
      <translation>入力</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2386"/>
      <source>no files selected</source>
      <translation>ファイルが選択されていません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2391"/>
      <source>Adjustments</source>
      <translation>調整</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2391"/>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2394"/>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2398"/>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2406"/>
      <source>inactive</source>
      <translation>非アクティブ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2394"/>
      <source>Transform</source>
      <translation>変形</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2398"/>
      <source>Plugins</source>
      <translation>プラグイン</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2402"/>
      <source>Output</source>
      <translation>出力</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2402"/>
      <source>not set</source>
      <translation>設定されていません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2406"/>
      <source>Profiles</source>
      <translation>プロファイル</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2587"/>
      <source>Please select files for processing.</source>
      <translation>処理対象のファイルを選択してください。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2594"/>
      <source>I am missing a widget.</source>
      <translation>ウィジェットがありません。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2608"/>
      <source>Please check &apos;Overwrite Existing Files&apos; or choose a different output directory.</source>
      <translation>「既存のファイルに上書きする」にチェックを入れるか、別の出力ディレクトリを選択してください。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2629"/>
      <source>Create Output Directory</source>
      <translation>出力ディレクトリを作成する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2630"/>
      <source>Should I create:
%1</source>
      <translation>作成する必要があります:
%1</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2647"/>
      <source>Please select an output directory.</source>
      <translation>出力ディレクトリを選択してください。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2652"/>
      <source>Sorry, I cannot create %1.</source>
      <translation>残念ながら、%1 を作成できません。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2657"/>
      <source>Sorry, I cannot find files to process.</source>
      <translation>残念ながら、処理するファイルが見つかりません。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2662"/>
      <source>Sorry, the file pattern is empty.</source>
      <translation>残念ながら、ファイルパターンが空です。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2672"/>
      <source>Sorry, I cannot start processing - please check the configuration.</source>
      <translation>残念ながら、処理を開始できません。設定を確認して下さい。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2714"/>
      <source>Canceling...</source>
      <translation>キャンセルしています...</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2768"/>
      <source>%1/%2 files processed... %3 failed.</source>
      <translation>%1/%2 ファイルを処理... %3 件が失敗</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2794"/>
      <source>Batch Log</source>
      <translation>バッチのログ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2865"/>
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="2865"/>
      <source>Sorry, I cannot save the settings...</source>
      <translation>残念ながら、設定を保存できません...</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBlurWidget</name>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="306"/>
      <source>Sigma</source>
      <translation>シグマ</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkBrowseExplorer</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="425"/>
      <source>Choose Root Directory</source>
      <translation>ルートディレクトリを選択</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="448"/>
      <source>Browse</source>
      <translation>参照</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkCentralWidget</name>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="284"/>
      <source>Go to Tab</source>
      <translation>タブに移動</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="284"/>
      <source>Go to tab number: </source>
      <translation>移動するタブの数値: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="509"/>
      <source>General</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="515"/>
      <source>Display</source>
      <translation>表示</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="521"/>
      <source>File</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="527"/>
      <source>File Associations</source>
      <translation>ファイルの関連付け</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="533"/>
      <source>Advanced</source>
      <translation>高度な設定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="539"/>
      <source>Editor</source>
      <translation>エディター</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="1175"/>
      <source>I could not load &quot;%1&quot;</source>
      <translation>&quot;%1&quot; を読み込めませんでした</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="1230"/>
      <source>Unable to load file &quot;%1&quot;</source>
      <translation>&quot;%1&quot; を読み込めません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="1238"/>
      <source>&quot;%1&quot; cannot be loaded</source>
      <translation>&quot;%1&quot; を読み込むことができません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="1248"/>
      <source>downloading &quot;%1&quot;</source>
      <translation>&quot;%1&quot; をダウンロードしています</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="1272"/>
      <source>Sorry, I could not drop the content.</source>
      <translation>残念ながら、コンテンツを削除できませんでした。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="1394"/>
      <source>Save File</source>
      <translation>ファイルを保存</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkCentralWidget.cpp" line="1407"/>
      <source>%1 vec files merged</source>
      <translation>%1 個のVECファイルをマージしました</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkChooseMonitorDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4423"/>
      <source>Remember Monitor Settings</source>
      <translation>モニター設定を記憶する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4427"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4428"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkClientManager</name>
    <message>
      <location filename="../../src/DkGui/DkNetwork.cpp" line="239"/>
      <source>connected with: </source>
      <translation>接続しました: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNetwork.cpp" line="242"/>
      <source>disconnected with: </source>
      <translation>切断しました: </translation>
    </message>
  </context>
  <context>
    <name>nmc::DkColorChooser</name>
    <message>
      <location filename="../../src/DkCore/DkBasicWidgets.cpp" line="362"/>
      <source>Reset</source>
      <translation>リセット</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkColorSlider</name>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="117"/>
      <source>Drag the slider downwards for elimination</source>
      <translation>取り除くにはスライダーを下にドラッグします</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkCommentTextEdit</name>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1182"/>
      <source>Click here to add notes</source>
      <translation>メモの追加はここをクリック</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkCommentWidget</name>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1201"/>
      <source>NOTES</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1215"/>
      <source>Enter your notes here. They will be saved to the image metadata.</source>
      <translation>メモに入力すると、画像メタデータに保存されます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1221"/>
      <source>Save Note (CTRL + ENTER)</source>
      <translation>メモの保存 (CTRL + ENTER)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1228"/>
      <source>Discard Changes (ESC)</source>
      <translation>変更を破棄 (ESC)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1269"/>
      <source>Sorry, I cannot save comments for this image format.</source>
      <translation>残念ながら、この画像形式ではコメントを保存できません。</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkCompressDialog</name>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="176"/>
      <source>JPG Settings</source>
      <translation>JPGの設定</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="178"/>
      <source>J2K Settings</source>
      <translation>J2Kの設定</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="187"/>
      <source>WebP Settings</source>
      <translation>WebPの設定</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="199"/>
      <source>AVIF Settings</source>
      <translation>AVIFの設定</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="211"/>
      <source>Save for Web</source>
      <translation>Web用に保存する</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="224"/>
      <source>Original</source>
      <translation>元の画像</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="226"/>
      <source>New</source>
      <translation>新しい画像</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="247"/>
      <source>Small  (800 x 600)</source>
      <translation>小 (800 x 600)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="248"/>
      <source>Medium (1024 x 786)</source>
      <translation>中 (1024 x 786)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="249"/>
      <source>Large  (1920 x 1080)</source>
      <translation>大 (1920 x 1080)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="250"/>
      <source>Original Size</source>
      <translation>元のサイズ</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="255"/>
      <source>Best Quality</source>
      <translation>最高品質</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="256"/>
      <source>High Quality</source>
      <translation>高品質</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="257"/>
      <source>Medium Quality</source>
      <translation>中品質</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="258"/>
      <source>Low Quality</source>
      <translation>低品質</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="259"/>
      <source>Bad Quality</source>
      <translation>不十分な品質</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="264"/>
      <source>Lossless Compression</source>
      <translation>可逆圧縮</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="271"/>
      <source>Background Color</source>
      <translation>背景色</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="294"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="297"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="417"/>
      <source>File Size: --</source>
      <translation>ファイルの大きさ: --</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="431"/>
      <source>File Size: ~%1</source>
      <translation>ファイルの大きさ: ~%1</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkControlWidget</name>
    <message>
      <location filename="../../src/DkGui/DkControlWidget.cpp" line="558"/>
      <source>Closing Plugin</source>
      <translation>プラグインを閉じる</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkControlWidget.cpp" line="559"/>
      <source>Apply plugin changes?</source>
      <translation>プラグインの変更を適用しますか？</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkCropToolBar</name>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="937"/>
      <source>Crop (ENTER)</source>
      <translation>切り抜き(ENTER)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="941"/>
      <source>Cancel (ESC)</source>
      <translation>キャンセル(ESC)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="945"/>
      <source>Pan</source>
      <translation>一回転する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="953"/>
      <source>User Defined</source>
      <translation>ユーザー定義</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="954"/>
      <source>No Aspect Ratio</source>
      <translation>アスペクト比がありません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="962"/>
      <source>Horizontal Constraint</source>
      <translation>水平コンストレイント</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="965"/>
      <source>Swap</source>
      <translation>入れ替え</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="967"/>
      <source>Swap Dimensions</source>
      <translation>寸法を入れ替え</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="973"/>
      <source>Vertical Constraint</source>
      <translation>垂直コンストレイント</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="987"/>
      <source>Background Color</source>
      <translation>背景色</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="996"/>
      <source>Guides</source>
      <translation>ガイド</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="996"/>
      <source>Rule of Thirds</source>
      <translation>三分割法</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="996"/>
      <source>Grid</source>
      <translation>グリッド</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="1000"/>
      <source>Show Guides in the Preview</source>
      <translation>プレビューにガイドを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="1003"/>
      <source>Invert Crop Tool Color</source>
      <translation>トリミング（切り抜き）ツールを反転（逆色）させる</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="1008"/>
      <source>Show Info</source>
      <translation>情報を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="1013"/>
      <source>Crop to Metadata</source>
      <translation>メタデータへ切り抜き</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkCropWidget</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2130"/>
      <source>Crop Toolbar</source>
      <translation>切り抜きツールバー</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkDescriptionEdit</name>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="996"/>
      <source>No metadata available!</source>
      <translation>利用可能なメタデータがありません</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkDialogManager</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4145"/>
      <source>Preview</source>
      <translation>プレビュー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4160"/>
      <source>Shortcuts</source>
      <translation>ショートカット</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4200"/>
      <source>Mosaic</source>
      <translation>モザイク</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkDirectoryChooser</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2618"/>
      <source>...</source>
      <translation>...</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2634"/>
      <source>Open an Image Directory</source>
      <translation>画像ディレクトリを開く</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkDisplayPreference</name>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="675"/>
      <source>Invert mouse wheel behaviour for zooming</source>
      <translation>マウスホイールによるズームの動作を逆にする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="677"/>
      <source>If checked, the mouse wheel behaviour is inverted while zooming.</source>
      <translation>チェックを入れると、マウスホイールを上下させてズームする機能の動作が反転します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="681"/>
      <source>Display Images with High Quality Anti Aliasing</source>
      <translation>高品質なアンチエイリアスで画像を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="683"/>
      <source>NOTE: if checked, nomacs might be slow while zooming.</source>
      <translation>注意: チェックを入れると、nomacsはズーム中の動きが遅くなることがあります。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="687"/>
      <source>Show Scrollbars when zooming into images</source>
      <translation>画像のズーミング時に、スクロールバーを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="689"/>
      <source>If checked, scrollbars will appear that allow panning with the mouse.</source>
      <translation>チェックを入れると、マウスで操作可能なスクロールバーが表示されます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="692"/>
      <source>Show pixels if zoom level is above</source>
      <translation>ズームレベルが、設定値を上回る場合にはピクセルを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="696"/>
      <source>nomacs will not interpolate images if the zoom level is larger.</source>
      <translation>nomacsはズームレベルが大きいと画像を補間しません。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="704"/>
      <source>Use Fixed Zoom Levels</source>
      <translation>固定ズームレベルを使用する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="706"/>
      <source>If checked, predefined zoom levels are used when zooming.</source>
      <translation>チェックを入れると、ズーム時に定義済みのズームレベルが使用されます。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="713"/>
      <source>Load Defaults</source>
      <translation>デフォルトを読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="724"/>
      <source>Zoom</source>
      <translation>ズーム</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="736"/>
      <source>Always keep zoom</source>
      <translation>常にズームを維持する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="737"/>
      <source>Keep zoom if the size is the same</source>
      <translation>サイズが同一ならば、ズームを維持する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="738"/>
      <source>If checked, the zoom level is only kept, if the image loaded has the same level as the previous.</source>
      <translation>チェックを入れると、読み込まれた画像が前の画像と同じレベルの場合にのみ、ズームレベルが維持されます。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="739"/>
      <source>Never keep zoom</source>
      <translation>ズームを維持しない</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="741"/>
      <source>Always zoom to fit</source>
      <translation>常にズームしてフィットさせる</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="754"/>
      <source>When Displaying New Images</source>
      <translation>新しい画像を表示する場合</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="763"/>
      <source>Define the icon size in pixel.</source>
      <translation>アイコンのサイズをピクセル単位で定義します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="769"/>
      <source>Icon Size</source>
      <translation>アイコンの大きさ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="773"/>
      <source>Show Navigation Arrows</source>
      <translation>ナビゲーション用の矢印を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="775"/>
      <source>If checked, navigation arrows will be displayed on top of the image</source>
      <translation>チェックを入れると、画像の上にナビゲーション用の矢印を表示します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="778"/>
      <source>Navigation</source>
      <translation>ナビゲーション</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="783"/>
      <source>Image Transition</source>
      <translation>トランジション</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="788"/>
      <source>Choose a transition when loading a new image</source>
      <translation>新しい画像を読み込む際のトランジションを選択する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="792"/>
      <source>Unknown Transition</source>
      <translation>不明なトランジション</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="795"/>
      <source>Appear</source>
      <translation>表示のみ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="796"/>
      <source>Swipe</source>
      <translation>スワイプ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="797"/>
      <source>Fade</source>
      <translation>フェード</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="806"/>
      <source>Define the image transition speed.</source>
      <translation>トランジションの速度を定義する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="813"/>
      <source>Always Animate Image Loading</source>
      <translation>画像読み込み時に常にアニメーションする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="815"/>
      <source>If unchecked, loading is only animated if nomacs is fullscreen</source>
      <translation>チェックが入っていないと、読み込み時のアニメーションはnomacsがフルスクリーンの時のみとなります</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="818"/>
      <source>Display Time</source>
      <translation>表示時間</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="822"/>
      <source>Define the time an image is displayed.</source>
      <translation>画像を表示する時間を定義する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="829"/>
      <source>Show Player</source>
      <translation>プレイヤーを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="833"/>
      <source>Slideshow</source>
      <translation>スライドショー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="843"/>
      <source>Show crop rectangle</source>
      <translation>切り抜いた部分 (矩形) を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="847"/>
      <source>Show Metadata Cropping</source>
      <translation>メタデータの切り抜きの表示</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="893"/>
      <source>Please Restart nomacs to apply changes</source>
      <translation>変更を適用するにはnomacsを再起動してください</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkExplorer</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="480"/>
      <source>Open Image</source>
      <translation>画像を開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="559"/>
      <source>Editable</source>
      <translation>編集可能</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="565"/>
      <source>Open Selected Image</source>
      <translation>選択された画像を開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="575"/>
      <source>Adjust Columns</source>
      <translation>列を調整</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkExportTiffDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2438"/>
      <source>Export Multi-Page TIFF</source>
      <translation>マルチページTIFFをエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2484"/>
      <source>Multi-Page TIFF:</source>
      <translation>マルチページTIFF:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2487"/>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2496"/>
      <source>&amp;Browse</source>
      <translation>参照(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2490"/>
      <source>No Multi-Page TIFF loaded</source>
      <translation>マルチページのTIFFが読み込まれていません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2493"/>
      <source>Save Folder:</source>
      <translation>保存するフォルダー:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2499"/>
      <source>Specify a Save Folder</source>
      <translation>保存するフォルダーを指定してください</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2502"/>
      <source>Filename:</source>
      <translation>ファイル名:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2513"/>
      <source>Export Pages</source>
      <translation>エクスポートするページ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2520"/>
      <source>Overwrite</source>
      <translation>上書きする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2552"/>
      <source>&amp;Export</source>
      <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2553"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2572"/>
      <source>Open TIFF</source>
      <translation>TIFFを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2588"/>
      <source>Open an Image Directory</source>
      <translation>画像ディレクトリを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2677"/>
      <source>%1 exists, skipping...</source>
      <translation>%1 は存在するためスキップします...</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2682"/>
      <source>Sorry, I could not load page: %1</source>
      <translation>残念ながら、ページを読み込めませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2690"/>
      <source>Sorry, I could not save: %1</source>
      <translation>残念ながら、保存できませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkExposureWidget</name>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="587"/>
      <source>Exposure</source>
      <translation>露光</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="594"/>
      <source>Offset</source>
      <translation>オフセット</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="601"/>
      <source>Gamma</source>
      <translation>ガンマ</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkFileAssociationsPreference</name>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1192"/>
      <source>Filter</source>
      <translation>フィルター</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1193"/>
      <source>Browse</source>
      <translation>参照</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1194"/>
      <source>Register</source>
      <translation>登録</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1212"/>
      <source>Set File Associations</source>
      <translation>ファイルの関連付けを設定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1215"/>
      <source>Set as Default Viewer</source>
      <translation>既定のビューアーとして設定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1233"/>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1245"/>
      <source>Please Restart nomacs to apply changes</source>
      <translation>変更を適用するにはnomacsを再起動してください</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1312"/>
      <source>Image</source>
      <translation>画像</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkFileInfoLabel</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1206"/>
      <source>Info Box</source>
      <translation>情報ボックス</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1207"/>
      <source>All information fields are currently hidden.
Do you want to show them again?</source>
      <translation>現在すべての情報フィールドが非表示になっています。
再度表示しますか？</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkFilePreference</name>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1002"/>
      <source>Screenshots are automatically saved to this folder</source>
      <translation>スクリーンショットはこのフォルダーに自動的に保存されます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1004"/>
      <source>Use Temporary Folder</source>
      <translation>使用する一時フォルダー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1019"/>
      <source>We recommend to set a moderate cache value around 100 MB. [%1-%2 MB]</source>
      <translation>100MB程度が推奨値です [%1-%2 MB]</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1022"/>
      <source>Maximal Cache Size</source>
      <translation>最大キャッシュサイズ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1036"/>
      <source>We recommend to set a moderate edit history value around 100 MB. [%1-%2 MB]</source>
      <translation>100MB程度が推奨値です [%1-%2 MB]</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1039"/>
      <source>History Size</source>
      <translation>履歴サイズ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1045"/>
      <source>Skip Images</source>
      <translation>画像をスキップする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1046"/>
      <source>Images are skipped until the Next key is released</source>
      <translation>←キー、または→キーを押し続けている間は画像をスキップします</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1047"/>
      <source>Wait for Images to be Loaded</source>
      <translation>画像が読み込まれるまで待つ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1048"/>
      <source>The next image is loaded after the current image is shown.</source>
      <translation>現在の画像が表示された後、次の画像が読み込まれます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1059"/>
      <source>Image Loading Policy</source>
      <translation>画像読み込みの法則</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1065"/>
      <source>Load Saved Images</source>
      <translation>保存された画像を読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1066"/>
      <source>After saving, the saved image will be loaded in place</source>
      <translation>保存した後、その画像を読み込みます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1067"/>
      <source>Load to Tab</source>
      <translation>タブに読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1068"/>
      <source>After saving, the saved image will be loaded to a tab.</source>
      <translation>保存した後、保存した画像がタブに読み込まれます。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1069"/>
      <source>Do Nothing</source>
      <translation>何もしない</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1070"/>
      <source>The saved image will not be loaded.</source>
      <translation>保存した画像を読み込みません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1078"/>
      <source>Image Saving Policy</source>
      <translation>画像保存の法則</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="1093"/>
      <source>Number of Skipped Images on PgUp/PgDown</source>
      <translation>[Page up] や [Page down] キーでスキップされる画像の数</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkFilePreview</name>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="199"/>
      <source>Show Left</source>
      <translation>左に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="200"/>
      <source>Shows the Thumbnail Bar on the Left</source>
      <translation>サムネイルバーを左に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="203"/>
      <source>Show Top</source>
      <translation>上に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="204"/>
      <source>Shows the Thumbnail Bar at the Top</source>
      <translation>サムネイルバーを上に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="207"/>
      <source>Show Right</source>
      <translation>右に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="208"/>
      <source>Shows the Thumbnail Bar on the Right</source>
      <translation>サムネイルバーを右に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="211"/>
      <source>Show Bottom</source>
      <translation>下に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="212"/>
      <source>Shows the Thumbnail Bar at the Bottom</source>
      <translation>サムネイルバーを下に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="215"/>
      <source>Undock</source>
      <translation>ドッキングを解除</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="216"/>
      <source>Undock the thumbnails</source>
      <translation>サムネイルのドッキングを解除する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="219"/>
      <source>File Preview Menu</source>
      <translation>ファイルプレビューメニュー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="582"/>
      <source>Name: </source>
      <translation>名前: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="583"/>
      <source>Size: </source>
      <translation>サイズ: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="584"/>
      <source>Created: </source>
      <translation>作成日時: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="601"/>
      <source>CTRL+Zoom resizes the thumbnails</source>
      <translation>CTRL + ズームでサムネイルのサイズを変更します</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkFilenameWidget</name>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="553"/>
      <source>Current Filename</source>
      <translation>現在のファイル名</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="554"/>
      <source>Text</source>
      <translation>テキスト</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="555"/>
      <source>Number</source>
      <translation>数字</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="561"/>
      <source>Keep Case</source>
      <translation>大文字小文字を維持する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="562"/>
      <source>To lowercase</source>
      <translation>小文字に</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="563"/>
      <source>To UPPERCASE</source>
      <translation>大文字に</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="574"/>
      <source>1 digit</source>
      <translation>1桁</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="575"/>
      <source>2 digits</source>
      <translation>2桁</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="576"/>
      <source>3 digits</source>
      <translation>3桁</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="577"/>
      <source>4 digits</source>
      <translation>4桁</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="578"/>
      <source>5 digits</source>
      <translation>5桁</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkForceThumbDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3710"/>
      <source>Overwrite Existing Thumbnails</source>
      <translation>既存のサムネイルを上書きする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3715"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3716"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3733"/>
      <source>Compute thumbnails for all images in:
 %1
</source>
      <translation>すべての画像のサムネイルを算出:
%1
</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkGeneralPreference</name>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="301"/>
      <source>Icon Color</source>
      <translation>アイコンの色</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="306"/>
      <source>Background Color</source>
      <translation>背景色</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="311"/>
      <source>Fullscreen Color</source>
      <translation>全画面表示の色</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="316"/>
      <source>Color Settings</source>
      <translation>色の設定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="323"/>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="581"/>
      <source>Reset All Settings</source>
      <translation>すべての設定をリセット</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="327"/>
      <source>&amp;Import Settings</source>
      <translation>設定をインポート(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="331"/>
      <source>&amp;Export Settings</source>
      <translation>設定をエクスポート(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="335"/>
      <source>Default Settings</source>
      <translation>既定の設定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="350"/>
      <source>Show Recent Files on Start-Up</source>
      <translation>起動時に最近使用したファイルを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="352"/>
      <source>Show the History Panel on Start-Up</source>
      <translation>起動時に履歴パネルを表示します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="355"/>
      <source>Remember Recent Files History</source>
      <translation>最近使用したファイルの履歴を記録する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="357"/>
      <source>If checked, recent files will be saved.</source>
      <translation>チェックを入れると、最近使用したファイルを記録します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="360"/>
      <source>Check for Duplicates on Open</source>
      <translation>開いた際に重複をチェックする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="362"/>
      <source>If any files are opened which are already open in a tab, don&apos;t open them again.</source>
      <translation>ファイルをタブですでに開いている場合は開き直しません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="365"/>
      <source>Show extra options related to tabs</source>
      <translation>タブに関連する追加オプションを表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="367"/>
      <source>Enables the &quot;Go to Tab&quot;, &quot;First Tab&quot;, and &quot;Last Tab&quot; options in the View menu, and the &quot;Open Tabs&quot; and &quot;Save Tabs&quot; options in the File menu.</source>
      <translation>表示メニューの「タブに移動」「最初のタブ」「最後のタブ」、ファイルメニューの「タブを開く」「タブを保存」を有効にします</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="370"/>
      <source>Loop Images</source>
      <translation>画像をループする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="372"/>
      <source>Start with the first image in a folder after showing the last.</source>
      <translation>最後の画像を表示した後、フォルダー内の最初の画像に戻ります</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="375"/>
      <source>Mouse Wheel Zooms</source>
      <translation>マウスホイールでズームする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="377"/>
      <source>If checked, the mouse wheel zooms - otherwise it is used to switch between images.</source>
      <translation>チェックを入れると、マウスホイールは「ズーム機能」になり、チェックが外れていれば「画像の切り替え」に使われます。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="380"/>
      <source>Next Image on Horizontal Zoom</source>
      <translation>次の画像を水平ズームで表示</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="382"/>
      <source>If checked, horizontal wheel events load the next/previous images.</source>
      <translation>チェックを入れると、マウスの水平スクロールで「次/前の画像」を読み込みます。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="385"/>
      <source>Double Click Opens Fullscreen</source>
      <translation>ダブルクリックでフルスクリーン表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="387"/>
      <source>If checked, a double click on the canvas opens the fullscreen mode.</source>
      <translation>チェックを入れると、表示領域上でのダブルクリックでフルスクリーンモードへの切り換えが可能になります</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="390"/>
      <source>Show Background Image</source>
      <translation>背景画像を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="392"/>
      <source>If checked, the nomacs logo is shown in the bottom right corner.</source>
      <translation>チェックを入れると、nomacsのロゴがウィンドウの右下に表示されます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="395"/>
      <source>Switch CTRL with ALT</source>
      <translation>ALT と CTRL を切り替える</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="397"/>
      <source>If checked, CTRL + Mouse is switched with ALT + Mouse.</source>
      <translation>チェックを入れると、CTRL + Mouse が ALT + Mouse で切り替わります。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="400"/>
      <source>Close on ESC</source>
      <translation>Escキーで閉じる</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="402"/>
      <source>Close nomacs if ESC is pressed.</source>
      <translation>Escキーが押された場合、nomacsのウィンドウを閉じます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="405"/>
      <source>Check For Updates</source>
      <translation>更新を確認する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="407"/>
      <source>Check for updates on start-up.</source>
      <translation>起動時に更新を確認します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="411"/>
      <source>General</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="429"/>
      <source>Choose your preferred language.</source>
      <translation>利用したい言語を選択してください</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="434"/>
      <source>Info on how to translate nomacs.</source>
      <translation>nomacsの翻訳について</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="437"/>
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="457"/>
      <source>Please Restart nomacs to apply changes</source>
      <translation>変更を適用するにはnomacsを再起動してください</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="581"/>
      <source>This will reset all personal settings!</source>
      <translation>これにより、すべての個人設定がリセットされます！</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="595"/>
      <source>Import Settings</source>
      <translation>設定をインポート</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="615"/>
      <source>Export Settings</source>
      <translation>設定をエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="639"/>
      <source>Settings exported</source>
      <translation>設定をエクスポートしました</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkGenericProfileWidget</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2852"/>
      <source>Set As Default</source>
      <translation>既定値として設定する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2910"/>
      <source>Profile Name</source>
      <translation>プロファイル名</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2911"/>
      <source>Profile Name:</source>
      <translation>プロファイル名:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2923"/>
      <source>Profile Already Exists</source>
      <translation>プロファイルはすでに存在します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2924"/>
      <source>Do you want to overwrite %1?</source>
      <translation>%1 を上書きしますか？</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2988"/>
      <source>No Profiles</source>
      <translation>プロファイルがありません</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkGlobalSettingsWidget</name>
    <message>
      <location filename="../../src/DkCore/DkUtils.cpp" line="367"/>
      <source>English</source>
      <extracomment>this should be the name of the language in which nomacs is translated to</extracomment>
      <translation>日本語</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkHistogram</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2192"/>
      <source>Show Statistics</source>
      <translation>統計を表示</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="2197"/>
      <source>Histogram Settings</source>
      <translation>ヒストグラムの設定</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkHudNavigation</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1471"/>
      <source>Show previous image</source>
      <translation>前の画像を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1478"/>
      <source>Show next image</source>
      <translation>次の画像を表示する</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkHueWidget</name>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="534"/>
      <source>Hue</source>
      <translation>色相</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="541"/>
      <source>Saturation</source>
      <translation>彩度</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="548"/>
      <source>Brightness</source>
      <translation>輝度</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkImageContainerT</name>
    <message>
      <location filename="../../src/DkCore/DkImageContainer.cpp" line="683"/>
      <source>Sorry, the file: %1 does not exist... </source>
      <translation>残念ながら、ファイル: %1 は存在しません...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageContainer.cpp" line="690"/>
      <source>Sorry, you are not allowed to read: %1</source>
      <translation>残念ながら、読み込むことができません: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageContainer.cpp" line="808"/>
      <source>updated...</source>
      <translation>更新されました...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageContainer.cpp" line="816"/>
      <source>Sorry, I could not load: %1</source>
      <translation>残念ながら、読み込むことができませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageContainer.cpp" line="872"/>
      <source>Sorry, I could not download:
%1</source>
      <translation>残念ながら、ダウンロードできませんでした:
%1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageContainer.cpp" line="943"/>
      <source>I can&apos;t save an empty file, sorry...
</source>
      <translation>申し訳ありませんが、空のファイルは保存できません...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageContainer.cpp" line="948"/>
      <source>Sorry, the directory: %1  does not exist
</source>
      <translation>残念ながら、ディレクトリ: %1 は存在しません
</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageContainer.cpp" line="953"/>
      <source>Sorry, I can&apos;t write to the file: %1</source>
      <translation>申し訳ありません、ファイルに書き込むことができません: %1</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkImageLoader</name>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="203"/>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="239"/>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="275"/>
      <source>%1 
 does not contain any image</source>
      <translation>%1 には画像が含まれていません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="569"/>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="631"/>
      <source>You have reached the beginning</source>
      <translation>先頭に達しました</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="575"/>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="636"/>
      <source>You have reached the end</source>
      <translation>最後尾に達しました</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="747"/>
      <source>Save Image</source>
      <translation>画像を保存</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="748"/>
      <source>Do you want to save changes to:
%1</source>
      <translation>次のファイルの変更を保存しますか？
%1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="866"/>
      <source>sorry, %1 does not exist anymore...</source>
      <translation>残念ながら、%1 はすでに存在しません...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="884"/>
      <source>Sorry, I could not find the GPS coordinates...</source>
      <translation>申し訳ありませんが、GPS座標を見つけられませんでした...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="971"/>
      <source>%1 of %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1008"/>
      <source>Save Directory</source>
      <translation>ディレクトリに保存します</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1063"/>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1123"/>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1201"/>
      <source>Save File %1</source>
      <translation>%1 を保存</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1140"/>
      <source>Sorry, I could not copy the image...</source>
      <translation>申し訳ありませんが、画像をコピーすることができませんでした...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1187"/>
      <source>Overwrite File</source>
      <translation>ファイルを上書き</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1188"/>
      <source>Do you want to overwrite:
%1?</source>
      <translation>次のファイルを上書きしますか？
%1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1336"/>
      <source>Sorry, I cannot save an empty image...</source>
      <translation>残念ながら、空の画像は保存できません...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1476"/>
      <source>%1 deleted...</source>
      <translation>%1 は削除されました...</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1480"/>
      <source>Sorry, I could not delete: %1</source>
      <translation>残念ながら、削除できませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1530"/>
      <source>Rotated</source>
      <translation>回転</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageLoader.cpp" line="1790"/>
      <source>Error</source>
      <translation>エラー</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkImageStorage</name>
    <message>
      <location filename="../../src/DkCore/DkImageStorage.cpp" line="1515"/>
      <source>Anti Aliasing Enabled</source>
      <translation>アンチエイリアスが有効になりました</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkImageStorage.cpp" line="1515"/>
      <source>Anti Aliasing Disabled</source>
      <translation>アンチエイリアスが無効になりました</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkInstalledPluginsModel</name>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="785"/>
      <source>Uninstall</source>
      <translation>アンインストール</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="798"/>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="800"/>
      <source>Version</source>
      <translation>バージョン</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="802"/>
      <source>Uninstall plugin</source>
      <translation>プラグインのアンインストール</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkListWidget</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.h" line="900"/>
      <source>Drag Items Here</source>
      <translation>ここにアイテムをドラッグ</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkManipulatorWidget</name>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="124"/>
      <source>Undo</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="132"/>
      <source>Redo</source>
      <translation>やり直し</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkMessageBox</name>
    <message>
      <location filename="../../src/DkCore/DkMessageBox.cpp" line="68"/>
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkMessageBox.cpp" line="102"/>
      <source>Remember my choice</source>
      <translation>選択を記憶する</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkMetaData</name>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="66"/>
      <source>Image Size</source>
      <translation>画像のサイズ</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="67"/>
      <source>Orientation</source>
      <translation>画像の向き</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="68"/>
      <source>Make</source>
      <translation>撮影したカメラの情報</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="69"/>
      <source>Model</source>
      <translation>機種・型式</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="70"/>
      <source>Aperture Value</source>
      <translation>絞り値</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="71"/>
      <source>ISO</source>
      <translation>ISO</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="72"/>
      <source>Flash</source>
      <translation>フラッシュ</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="73"/>
      <source>Focal Length</source>
      <translation>焦点距離</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="74"/>
      <source>Exposure Mode</source>
      <translation>露出モード</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="75"/>
      <source>Exposure Time</source>
      <translation>露出時間</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="76"/>
      <source>Compression</source>
      <translation>圧縮</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="79"/>
      <source>Rating</source>
      <translation>評価</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="80"/>
      <source>User Comment</source>
      <translation>ユーザーコメント</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="81"/>
      <source>Date Time</source>
      <translation>日付時刻</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="82"/>
      <source>Date Time Original</source>
      <translation>オリジナルの日付時間</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="83"/>
      <source>Image Description</source>
      <translation>画像の説明</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="84"/>
      <source>Creator</source>
      <translation>作成者</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="85"/>
      <source>Creator Title</source>
      <translation>作成者名</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="86"/>
      <source>City</source>
      <translation>都市名</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="87"/>
      <source>Country</source>
      <translation>国・地域</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="88"/>
      <source>Headline</source>
      <translation>見出し</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="89"/>
      <source>Caption</source>
      <translation>キャプション</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="90"/>
      <source>Copyright</source>
      <translation>著作権</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="91"/>
      <source>Keywords</source>
      <translation>キーワード</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="92"/>
      <source>Path</source>
      <translation>パス</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSettings.cpp" line="93"/>
      <source>File Size</source>
      <translation>ファイルのサイズ</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkMetaDataDock</name>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="398"/>
      <source>Filter</source>
      <translation>フィルター</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="412"/>
      <source>Thumbnail</source>
      <translation>サムネイル</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkMetaDataHUD</name>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="720"/>
      <source>Image Information</source>
      <translation>画像情報</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="767"/>
      <source>Change Entries</source>
      <translation>エントリーを変更</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="768"/>
      <source>You can customize the entries displayed here.</source>
      <translation>ここに表示されるエントリーをカスタマイズできます。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="771"/>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1152"/>
      <source>Number of Columns</source>
      <translation>列の数</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="772"/>
      <source>Select the desired number of columns.</source>
      <translation>必要な列数を選択する。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="775"/>
      <source>Set to Default</source>
      <translation>既定値に戻す</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="776"/>
      <source>Reset the metadata panel.</source>
      <translation>メタデータパネルをリセットする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="780"/>
      <source>Show Left</source>
      <translation>左に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="781"/>
      <source>Shows the Metadata on the Left</source>
      <translation>メタデータを左に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="784"/>
      <source>Show Top</source>
      <translation>上に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="785"/>
      <source>Shows the Metadata at the Top</source>
      <translation>メタデータを上に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="788"/>
      <source>Show Right</source>
      <translation>右に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="789"/>
      <source>Shows the Metadata on the Right</source>
      <translation>メタデータを右に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="792"/>
      <source>Show Bottom</source>
      <translation>下に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="793"/>
      <source>Shows the Metadata at the Bottom</source>
      <translation>メタデータを下に表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1068"/>
      <source>Metadata Menu</source>
      <translation>メタデータメニュー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1123"/>
      <source>Change Metadata Entries</source>
      <translation>メタデータのエントリーを変更</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1130"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1131"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="1152"/>
      <source>Number of columns (-1 is default)</source>
      <translation>列の数 (既定値は-1)</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkMetaDataModel</name>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="64"/>
      <source>Key</source>
      <translation>キー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="64"/>
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="145"/>
      <source>Data.</source>
      <translation>Data.</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkMetaDataSelection</name>
    <message>
      <location filename="../../src/DkGui/DkMetaDataWidgets.cpp" line="587"/>
      <source>Check All</source>
      <translation>すべてチェック</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkMosaicDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2753"/>
      <source>Create Mosaic Image</source>
      <translation>モザイク画像を作成する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2816"/>
      <source>Darken</source>
      <translation>暗くします</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2817"/>
      <source>Lighten</source>
      <translation>明るくします</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2818"/>
      <source>Saturation</source>
      <translation>彩度</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2826"/>
      <source>Mosaic Image:</source>
      <translation>モザイク画像:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2829"/>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2839"/>
      <source>&amp;Browse</source>
      <translation>参照(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2831"/>
      <source>Choose which image to mosaic.</source>
      <translation>モザイクをかける画像を選択します。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2833"/>
      <source>No Image loaded</source>
      <translation>画像が読み込まれていません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2836"/>
      <source>Mosaic Elements Folder:</source>
      <translation>モザイク要素フォルダー:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2841"/>
      <source>Specify the root folder of images used for mosaic elements.</source>
      <translation>モザイク要素に使用する画像のルートフォルダーを指定します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2843"/>
      <source>Specify an Image Database</source>
      <translation>画像データベースを指定します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2846"/>
      <source>Resolution:</source>
      <translation>解像度:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2850"/>
      <source>Pixel Width</source>
      <translation>ピクセルの幅</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2855"/>
      <source>Pixel Height</source>
      <translation>ピクセルの高さ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2862"/>
      <source>Patches:</source>
      <translation>パッチ:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2866"/>
      <source>Number of Horizontal Patches</source>
      <translation>水平方向のパッチ数</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2871"/>
      <source>Number of Vertical Patches</source>
      <translation>垂直方向のパッチ数</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2876"/>
      <source>If this label turns red, the computation might be slower.</source>
      <translation>このラベルが赤くなると、計算が遅くなる可能性があります。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2879"/>
      <source>Filters:</source>
      <translation>フィルター:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2884"/>
      <source>You can split multiple ignore words with ;</source>
      <translation>複数の単語を無視し分割するには ;</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2888"/>
      <source>All Images</source>
      <translation>すべての画像</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2937"/>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2938"/>
      <source>&amp;Generate</source>
      <translation>生成(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2939"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2961"/>
      <source>Open TIFF</source>
      <translation>TIFFを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2977"/>
      <source>Open an Image Directory</source>
      <translation>画像ディレクトリを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3001"/>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3013"/>
      <source>%1 x %2 cm @150 dpi</source>
      <translation>%1 x %2 cm @150 dpi</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3058"/>
      <source>Patch Resolution: %1 px</source>
      <translation>パッチ解像度: %1 px</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3256"/>
      <source>Filling empty areas...</source>
      <translation>空いている部分を埋める...</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3260"/>
      <source>I need to use some images twice - maybe the database is too small?</source>
      <translation>いくつかの画像を二度使いされるようですが、データベースが小さすぎるのでは？</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3265"/>
      <source>Sorry, it seems that i cannot create your mosaic with this database.</source>
      <translation>残念ながら、このデータベースでモザイクを作成することはできないようです。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3382"/>
      <source>Something is seriously wrong, I could not load: %1</source>
      <translation>何か深刻な問題があり、読み込みできませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3630"/>
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3630"/>
      <source>Sorry, I could not mix the image...</source>
      <translation>残念ながら、画像をミックスすることができませんでした...</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkNoMacs</name>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="251"/>
      <source>Pl&amp;ugins</source>
      <translation>プラグイン(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="347"/>
      <source>Quit nomacs</source>
      <translation>nomacsの終了</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="348"/>
      <source>Do you want nomacs to save your tabs?</source>
      <translation>タブを保存しますか？</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="350"/>
      <source>&amp;Save and Quit</source>
      <translation>保存して終了(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="351"/>
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="715"/>
      <source>Recursive Folder Scan is Now Enabled</source>
      <translation>再帰的フォルダー走査が有効になりました</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="717"/>
      <source>Recursive Folder Scan is Now Disabled</source>
      <translation>再帰的フォルダー走査が無効になりました</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="726"/>
      <source>Change Opacity</source>
      <translation>不透明度を変更</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="803"/>
      <source>Window Locked
To unlock: gain focus (ALT+Tab),
then press %1</source>
      <translation>ウィンドウがロックされました
アンロック方法: フォーカスを取得(Alt + Tab)、
%1を押す</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="807"/>
      <source>You should first reduce opacity
 before working through the window.</source>
      <translation>ウィンドウを介して作業する前に、まず不透明度を下げる必要があります。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="903"/>
      <source>File Explorer</source>
      <translation>ファイルエクスプローラー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="933"/>
      <source>Meta Data Info</source>
      <translation>メタデータ情報</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="954"/>
      <source>Edit Image</source>
      <translation>画像を編集</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="975"/>
      <source>History</source>
      <translation>履歴</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="997"/>
      <source>Console</source>
      <translation>コンソール</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1039"/>
      <source>Thumbnails</source>
      <translation>サムネイル</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1079"/>
      <source>Open an Image Directory</source>
      <translation>画像ディレクトリを開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1094"/>
      <source>All Files (*.*)</source>
      <translation>すべてのファイル (*. *)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1099"/>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1155"/>
      <source>Open Image</source>
      <translation>画像を開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1135"/>
      <source>The following duplicates were not opened:</source>
      <translation>次の重複分は開かれませんでした:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1149"/>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1186"/>
      <source>Text file (*.txt)</source>
      <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1150"/>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1187"/>
      <source>All files (*.*)</source>
      <translation>すべてのファイル (*. *)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1191"/>
      <source>Save Tab List</source>
      <translation>タブのリストを保存する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1269"/>
      <source>Sorry, the directory: %1 does not exist
</source>
      <translation>残念ながら、ディレクトリ: %1 は存在しません
</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1273"/>
      <source>Sorry, I can&apos;t write to the fileInfo: %1</source>
      <translation>申し訳ありません、ファイル情報に書き込むことができません: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1282"/>
      <source>Rename:</source>
      <translation>名前を変更:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1297"/>
      <source>Question</source>
      <translation>質問</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1298"/>
      <source>The fileInfo: %1  already exists.
 Do you want to replace it?</source>
      <translation>%1 はすでに存在します。
置き換えますか？</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1312"/>
      <source>Sorry, I can&apos;t delete: %1</source>
      <translation>申し訳ありません、削除できません: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1328"/>
      <source>Sorry, I can&apos;t rename: %1</source>
      <translation>申し訳ありません、名前を変更できません: %1</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1409"/>
      <source>Go To Image</source>
      <translation>画像に移動</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1409"/>
      <source>Image Index:</source>
      <translation>画像のインデックス:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1465"/>
      <source>Save Thumbnails</source>
      <translation>サムネイルを保存</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1727"/>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1744"/>
      <source> [Private Mode]</source>
      <translation> [プライベートモード]</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1825"/>
      <source>Already downloading update</source>
      <translation>すでに更新をダウンロードしています</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1852"/>
      <source>Downloading update...</source>
      <translation>更新をダウンロードしています...</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1852"/>
      <source>Cancel Update</source>
      <translation>更新の中止</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1886"/>
      <source>Unable to install new version&lt;br&gt;</source>
      <translation>新しいバージョンをインストールできません&lt;br&gt;</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1887"/>
      <source>You can download the new version from our web page</source>
      <translation>私達のウェブページから新しいバージョンをダウンロードすることができます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1901"/>
      <source>Downloading new translations...</source>
      <translation>新しい翻訳をダウンロードしています...</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="1901"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkNoMacsFrameless</name>
    <message>
      <location filename="../../src/DkGui/DkNoMacs.cpp" line="2124"/>
      <source>Choose a Monitor</source>
      <translation>モニターを選択する</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkOpacityDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2417"/>
      <source>Window Opacity</source>
      <translation>ウィンドウの不透明度</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2422"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2423"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkPlayer</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1317"/>
      <source>Show previous image</source>
      <translation>前の画像を表示する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1329"/>
      <source>Play/Pause</source>
      <translation>再生/一時停止</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1341"/>
      <source>Show next image</source>
      <translation>次の画像を表示する</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkPluginContainer</name>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="437"/>
      <source>Author:</source>
      <translation>作者:</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="438"/>
      <source>Company:</source>
      <translation>会社:</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="439"/>
      <source>Created:</source>
      <translation>作成日:</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="440"/>
      <source>Last Modified:</source>
      <translation>最終更新日:</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkPluginManagerDialog</name>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="549"/>
      <source>Plugin Manager</source>
      <translation>プラグインマネージャー</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="561"/>
      <source>&amp;Close</source>
      <translation>閉じる(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkPluginTableWidget</name>
    <message>
      <location filename="../../src/DkCore/DkPluginManager.cpp" line="620"/>
      <source>Search plugins</source>
      <translation>プラグインを検索</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkPongPort</name>
    <message>
      <location filename="../../src/DkGui/DkPong.cpp" line="336"/>
      <source>PAUSED</source>
      <translation>イチジテイシ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPong.cpp" line="337"/>
      <source>Press &lt;SPACE&gt; to start.</source>
      <translation>始めるには &lt;スペース&gt; を押して下さい。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPong.cpp" line="485"/>
      <source>%1 won!</source>
      <translation>%1ガカチマシタ！</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPong.cpp" line="486"/>
      <source>Hit &lt;SPACE&gt; to start a new Game</source>
      <translation>新たなゲームを開始するには &lt;スペース&gt; を押して下さい。</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkPreferenceWidget</name>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="71"/>
      <source>next</source>
      <translation>次へ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="76"/>
      <source>previous</source>
      <translation>前へ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkPreferenceWidgets.cpp" line="96"/>
      <source>Restart nomacs</source>
      <translation>nomacsを再起動する</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkPrintPreviewDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2069"/>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2161"/>
      <source>Print Preview</source>
      <translation>印刷プレビュー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2130"/>
      <source>Fit Width</source>
      <translation>幅に合わせる</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2131"/>
      <source>Fit Page</source>
      <translation>ページに合わせる</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2133"/>
      <source>Zoom in</source>
      <translation>拡大</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2136"/>
      <source>Zoom out</source>
      <translation>縮小</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2139"/>
      <source>keep ALT key pressed to zoom with the mouse wheel</source>
      <translation>マウスホイールでズームするには、ALTキーを押したままにします</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2150"/>
      <source>Portrait</source>
      <translation>縦</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2153"/>
      <source>Landscape</source>
      <translation>横</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2157"/>
      <source>Page setup</source>
      <translation>ページ設定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2158"/>
      <source>Print</source>
      <translation>印刷</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkProfileSummaryWidget</name>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1175"/>
      <source>Summary: </source>
      <translation>概要: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1176"/>
      <source>Files</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1205"/>
      <source>Input</source>
      <translation>入力</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1209"/>
      <source>Output</source>
      <translation>出力</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1213"/>
      <source>Functions</source>
      <translation>機能</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1232"/>
      <source>Update</source>
      <translation>更新</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1237"/>
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1242"/>
      <source>Export</source>
      <translation>エクスポート</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkProfileWidget</name>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1273"/>
      <source>Create New Profile</source>
      <translation>新しいプロファイルを作成</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1276"/>
      <source>Apply Default</source>
      <translation>既定値を適用</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1314"/>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1370"/>
      <source>inactive</source>
      <translation>非アクティブ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1339"/>
      <source>Default</source>
      <translation>既定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1406"/>
      <source>Deleting Profile</source>
      <translation>プロファイルを削除しています</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1407"/>
      <source>Sorry, I cannot delete %1</source>
      <translation>残念ながら、%1 を削除できません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1425"/>
      <source>Export Batch Profile</source>
      <translation>バッチプロファイルをエクスポート</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1427"/>
      <source>nomacs Batch Profile (*.%1)</source>
      <translation>nomacsバッチプロファイル (*.%1)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1442"/>
      <source>Profile Name</source>
      <translation>プロファイル名</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1443"/>
      <source>Profile Name:</source>
      <translation>プロファイル名:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1454"/>
      <source>Profile Already Exists</source>
      <translation>プロファイルはすでに存在します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkBatch.cpp" line="1455"/>
      <source>Do you want to overwrite %1?</source>
      <translation>%1 を上書きしますか？</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkQuickAccessEdit</name>
    <message>
      <location filename="../../src/DkGui/DkQuickAccess.cpp" line="140"/>
      <source>Quick Launch (%1)</source>
      <translation>クイック起動 (%1)</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkRatingLabel</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1099"/>
      <source>one star</source>
      <translation>星1つ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1103"/>
      <source>two stars</source>
      <translation>星2つ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1107"/>
      <source>three star</source>
      <translation>星3つ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1111"/>
      <source>four star</source>
      <translation>星4つ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="1115"/>
      <source>five star</source>
      <translation>星5つ</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkRecentDirWidget</name>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="2160"/>
      <source>Load the directory</source>
      <translation>ディレクトリを読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="2170"/>
      <source>Pin this directory</source>
      <translation>このディレクトリをピン留め</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="2178"/>
      <source>Remove this directory</source>
      <translation>このディレクトリを削除</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkRectWidget</name>
    <message>
      <location filename="../../src/DkCore/DkBasicWidgets.cpp" line="765"/>
      <source>x:</source>
      <translation>x:</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkBasicWidgets.cpp" line="769"/>
      <source>y:</source>
      <translation>y:</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkBasicWidgets.cpp" line="773"/>
      <source>width:</source>
      <translation>幅:</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkBasicWidgets.cpp" line="777"/>
      <source>height:</source>
      <translation>高さ:</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkBasicWidgets.cpp" line="782"/>
      <source> px</source>
      <translation> px</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkResizeDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="911"/>
      <source>Resize Image</source>
      <translation>画像のサイズを変更</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="930"/>
      <source>Original</source>
      <translation>元の画像</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="932"/>
      <source>New</source>
      <translation>新しい画像</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="961"/>
      <location filename="../../src/DkGui/DkDialog.cpp" line="997"/>
      <source>Width: </source>
      <translation>幅: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="973"/>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1011"/>
      <source>Height: </source>
      <translation>高さ: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1037"/>
      <source>Resolution: </source>
      <translation>解像度: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1046"/>
      <source>pixel/inch</source>
      <translation>ピクセル/インチ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1047"/>
      <source>pixel/cm</source>
      <translation>ピクセル/cm</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1058"/>
      <source>Resample Image:</source>
      <translation>画像の再サンプル:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1065"/>
      <source>Nearest Neighbor</source>
      <translation>ニアレストネイバー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1066"/>
      <source>Area (best for downscaling)</source>
      <translation>エリア (ダウンスケーリングに最適)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1067"/>
      <source>Linear</source>
      <translation>リニア</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1068"/>
      <source>Bicubic (4x4 pixel interpolation)</source>
      <translation>バイキュービック (4x4画素補完)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1069"/>
      <source>Lanczos (8x8 pixel interpolation)</source>
      <translation>Lanczos (8x8画素補完)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1078"/>
      <source>Gamma Correction</source>
      <translation>ガンマ補正</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1089"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1090"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1454"/>
      <source>Sorry, but the image size %1 x %2 is illegal.</source>
      <translation>残念ながら、画像サイズ %1 x %2 は不正です。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1466"/>
      <source>Sorry, the image is too large: %1</source>
      <translation>残念ながら、画像があまりにも大き過ぎます: %1</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkResizeWidget</name>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="415"/>
      <source>Scale</source>
      <translation>スケール</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="425"/>
      <source>Nearest Neighbor</source>
      <translation>ニアレストネイバー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="426"/>
      <source>Area (best for downscaling)</source>
      <translation>エリア (ダウンスケーリングに最適)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="427"/>
      <source>Linear</source>
      <translation>リニア</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="428"/>
      <source>Bicubic (4x4 interpolatia)</source>
      <translation>バイキュービック法 (4x4バイキュービック補間)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="429"/>
      <source>Lanczos (8x8 interpolation)</source>
      <translation>ランチョス法 (8x8補間)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="432"/>
      <source>Gamma Correction</source>
      <translation>ガンマ補正</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkRotateWidget</name>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="374"/>
      <source>Angle</source>
      <translation>角度</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkSearchDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="648"/>
      <source>Find &amp; Filter</source>
      <translation>検索 &amp; 絞り込み</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="650"/>
      <source>Load All</source>
      <translation>すべてを読み込む</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="658"/>
      <source>Type search words or a regular expression</source>
      <translation>検索する単語または正規表現を入力してください</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="669"/>
      <source>&amp;Filter</source>
      <translation>絞り込み(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="674"/>
      <source>F&amp;ind</source>
      <translation>検索(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="716"/>
      <source>No Matching Items</source>
      <translation>一致するアイテムがありません</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkSettingsModel</name>
    <message>
      <location filename="../../src/DkGui/DkSettingsWidget.cpp" line="299"/>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkSettingsWidget.cpp" line="299"/>
      <source>Value</source>
      <translation>値</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkSettingsWidget</name>
    <message>
      <location filename="../../src/DkGui/DkSettingsWidget.cpp" line="131"/>
      <source>Filter Settings</source>
      <translation>設定を絞り込む</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkSettingsWidget.cpp" line="157"/>
      <source>Delete</source>
      <translation>削除</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkShortcutsDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1862"/>
      <source>Keyboard Shortcuts</source>
      <translation>キーボードショートカット</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1898"/>
      <source>Set to &amp;Default</source>
      <translation>既定値に戻す(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1899"/>
      <source>Removes All Custom Shortcuts</source>
      <translation>すべてのカスタムショートカットを削除する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1912"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1913"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkShortcutsModel</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1593"/>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1593"/>
      <source>Shortcut</source>
      <translation>ショートカット</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1775"/>
      <source>%1 already used by %2 &gt; %3
Press ESC to undo changes</source>
      <translation>%1 は既に %2 &gt; %3 で使われています
変更を取り消すには、ESCを押してください</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1781"/>
      <source>%1 already used by %2
Press ESC to undo changes</source>
      <translation>%1 は既に %2 で使われています
変更を取り消すにはESCを押してください</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkSplashScreen</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="145"/>
      <source>Close (ESC)</source>
      <translation>閉じる (ESC)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="270"/>
      <source>Portable</source>
      <translation>ポータブル</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkSvgSizeDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4344"/>
      <source>width:</source>
      <translation>幅:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4351"/>
      <source>height:</source>
      <translation>高さ:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4367"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="4368"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkTcpMenu</name>
    <message>
      <location filename="../../src/DkGui/DkMenu.cpp" line="214"/>
      <source>no clients found</source>
      <translation>クライアントが見つかりません</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkTextDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1958"/>
      <source>Text Editor</source>
      <translation>テキストエディター</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1968"/>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1969"/>
      <source>&amp;Close</source>
      <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1993"/>
      <source>Text File (*.txt)</source>
      <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1993"/>
      <source>All Files (*.*)</source>
      <translation>すべてのファイル (*. *)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="1998"/>
      <source>Save Text File</source>
      <translation>テキストファイルを保存</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2015"/>
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2015"/>
      <source>Could not save: %1
%2</source>
      <translation>保存できませんでした: %1
%2</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkThresholdWidget</name>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="472"/>
      <source>Threshold</source>
      <translation>しきい値</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="479"/>
      <source>Color</source>
      <translation>色</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkThumbLabel</name>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="892"/>
      <source>Name: </source>
      <translation>名前: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="893"/>
      <source>Size: </source>
      <translation>サイズ: </translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="894"/>
      <source>Created: </source>
      <translation>作成日時: </translation>
    </message>
  </context>
  <context>
    <name>nmc::DkThumbScene</name>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1261"/>
      <source> selected</source>
      <translation> 個選択中</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1263"/>
      <source> images</source>
      <translation> 個の画像</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1265"/>
      <source>%1 | %2</source>
      <translation>%1 | %2</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1451"/>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1534"/>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1580"/>
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1451"/>
      <source>Sorry, I cannot %1 %2</source>
      <translation>残念ながら、%2 を %1 できません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1463"/>
      <source>move</source>
      <translation>移動</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1474"/>
      <source>create link</source>
      <translation>リンクを作成</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1482"/>
      <source>copy</source>
      <translation>コピー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1504"/>
      <source>Shall I move %1 file(s) to trash?</source>
      <translation>%1 ファイルをごみ箱に移動しますか？</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1506"/>
      <source>Are you sure you want to permanently delete %1 file(s)?</source>
      <translation>%1 ファイルを完全に削除してもよろしいですか？</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1511"/>
      <source>Delete File</source>
      <translation>ファイルの削除</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1535"/>
      <source>Sorry, I cannot delete:
%1</source>
      <translation>残念ながら、削除できません:
%1</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1562"/>
      <source>Rename File(s)</source>
      <translation>ファイル名の変更</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1563"/>
      <source>New Filename:</source>
      <translation>新しいファイル名:</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1581"/>
      <source>Sorry, I cannot rename: %1 to %2</source>
      <translation>残念ながら、%1 から %2 へ名前を変更できません</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkThumbScrollWidget</name>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1874"/>
      <source>Thumb Preview Toolbar</source>
      <translation>サムネイルプレビューツールバー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1892"/>
      <source>&amp;Sort</source>
      <translation>並べ替え(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1907"/>
      <source>Filter Files (Ctrl + F)</source>
      <translation>ファイルを絞り込む (Ctrl + F)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1920"/>
      <source>Thumb</source>
      <translation>サムネイル</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkThumbsWidgets.cpp" line="1935"/>
      <source>Open Image</source>
      <translation>画像を開く</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkThumbsSaver</name>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="296"/>
      <source>
Creating thumbnails...
</source>
      <translation>
サムネイルを作成しています...
</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="297"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkWidgets.cpp" line="301"/>
      <source>Thumbnails</source>
      <translation>サムネイル</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkTifDialog</name>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="65"/>
      <source>TIF compression</source>
      <translation>TIF compression</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="68"/>
      <source>&amp;no compression</source>
      <translation>圧縮なし(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="69"/>
      <source>&amp;LZW compression (lossless)</source>
      <translation>&amp;LZW圧縮(ロスレス)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="79"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkSaveDialog.cpp" line="80"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkTinyPlanetWidget</name>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="256"/>
      <source>Planet Size</source>
      <translation>球面の大きさ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="262"/>
      <source>Angle</source>
      <translation>角度</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="268"/>
      <source>Invert Planet</source>
      <translation>球面を反転</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkTrainDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="299"/>
      <source>Add New Image Format</source>
      <translation>画像フォーマットの追加</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="308"/>
      <source>Load New Image Format</source>
      <translation>新しい画像フォーマットをロード</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="315"/>
      <source>&amp;Browse</source>
      <translation>参照(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="328"/>
      <source>&amp;Add</source>
      <translation>追加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="330"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="364"/>
      <source>Open Image</source>
      <translation>画像を開く</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="366"/>
      <source>All Files (*.*)</source>
      <translation>すべてのファイル (*. *)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="415"/>
      <source>Sorry, currently we don&apos;t support: *.%1 files</source>
      <translation>申し訳ありませんが、*.%1 ファイルは現在サポートしていません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="420"/>
      <source>*.%1 is already supported.</source>
      <translation>*.%1 はサポート済みです。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="424"/>
      <source>*.%1 is supported.</source>
      <translation>*.%1 はサポートされています。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="441"/>
      <source>Please name the new format:</source>
      <translation>新しいフォーマットの名前をつけてください:</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkTransferToolBar</name>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="527"/>
      <source>Pseudo Color Toolbar</source>
      <translation>疑似カラーツールバー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="532"/>
      <source>Enable</source>
      <translation>有効</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="533"/>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="783"/>
      <source>Enables the Pseudo Color function</source>
      <translation>疑似カラー機能を有効にする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="542"/>
      <source>Changes the displayed color channel</source>
      <translation>表示されるカラーチャンネルを変更する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="547"/>
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="562"/>
      <source>Click into the field for a new slider</source>
      <translation>フィールド内でクリックすると新しいスライダーが表示されます</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="606"/>
      <source>Reset</source>
      <translation>リセット</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="607"/>
      <source>Resets the Pseudo Color function</source>
      <translation>疑似カラー機能をリセットする</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="612"/>
      <source>Select Color</source>
      <translation>色を選択</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="613"/>
      <source>Adds a slider at the selected color value</source>
      <translation>クリックした部分の色の値でスライダーを追加します</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="618"/>
      <source>Save Gradient</source>
      <translation>グラディエントを保存</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="619"/>
      <source>Saves the current Gradient</source>
      <translation>現在のグラディエントを保存する</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="747"/>
      <source>Gray</source>
      <translation>グレー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="750"/>
      <source>RGB</source>
      <translation>RGB</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="751"/>
      <source>Red</source>
      <translation>赤</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="752"/>
      <source>Green</source>
      <translation>緑</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="753"/>
      <source>Blue</source>
      <translation>青</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkToolbars.cpp" line="781"/>
      <source>Disables the Pseudo Color function</source>
      <translation>疑似カラー機能を無効にする</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkTranslationUpdater</name>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="368"/>
      <source>Updates Disabled</source>
      <translation>更新が無効です</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="369"/>
      <source>nomacs updates are disabled.
Please contact your system administrator for further information.</source>
      <translation>nomacsの更新が無効化されています。
詳細についてはシステムの管理者にお問い合わせください。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="416"/>
      <source>Unable to download translation</source>
      <translation>翻訳をダウンロードできません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="416"/>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="433"/>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="455"/>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="460"/>
      <source>update</source>
      <translation>更新</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="433"/>
      <source>Unable to update translation</source>
      <translation>翻訳を更新できません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="455"/>
      <source>Translation updated</source>
      <translation>翻訳を更新しました</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="460"/>
      <source>No newer translations found</source>
      <translation>新しい翻訳が見つかりません</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkUnsharpMaskWidget</name>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="334"/>
      <source>Sigma</source>
      <translation>シグマ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkManipulatorWidgets.cpp" line="339"/>
      <source>Amount</source>
      <translation>量</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkUpdateDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2038"/>
      <source>nomacs updater</source>
      <translation>nomacsアップデーター</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2046"/>
      <source>Install Now</source>
      <translation>今すぐインストール</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="2047"/>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkUpdater</name>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="161"/>
      <source>Updates Disabled</source>
      <translation>更新が無効です</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="162"/>
      <source>nomacs updates are disabled.
Please contact your system administrator for further information.</source>
      <translation>nomacsの更新が無効化されています。
詳細についてはシステムの管理者にお問い合わせください。</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="249"/>
      <source>sorry, I could not check for newer versions</source>
      <translation>残念ながら、新しいバージョンを確認できませんでした</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="249"/>
      <source>Updates</source>
      <translation>更新</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="261"/>
      <source>A new version</source>
      <translation>新しいバージョン</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="261"/>
      <source>is available</source>
      <translation>が利用可能です</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="262"/>
      <source>Do you want to download and install it now?</source>
      <translation>今すぐダウンロードしてインストールしますか？</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="263"/>
      <source>For more information see </source>
      <translation>詳細はこちら: </translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="269"/>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="272"/>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="280"/>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="350"/>
      <source>updates</source>
      <translation>更新</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="272"/>
      <source>nomacs is up-to-date</source>
      <translation>nomacsは最新です</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="280"/>
      <source>sorry, unable to download the new version</source>
      <translation>残念ながら、新バージョンをダウンロードできません</translation>
    </message>
    <message>
      <location filename="../../src/DkCore/DkUpdater.cpp" line="350"/>
      <source>Unable to connect to server ... please try again later</source>
      <translation>サーバーに接続できません...時間を置いてからもう一度やり直してください</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkViewPort</name>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="275"/>
      <source>Original Image</source>
      <translation>元の画像</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="717"/>
      <source>Resize</source>
      <translation>サイズ変更</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="741"/>
      <source>Shall I move %1 to trash?</source>
      <translation>%1をごみ箱に移動しますか？</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="743"/>
      <source>Do you want to permanently delete %1?</source>
      <translation>%1 を永久に削除しますか？</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="748"/>
      <source>Delete File</source>
      <translation>ファイルの削除</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="819"/>
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="819"/>
      <source>Sorry, I could not create a wallpaper...</source>
      <translation>残念ながら、壁紙を作成できませんでした...</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="862"/>
      <source>Busy</source>
      <translation>ビジー</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="1560"/>
      <source>Transparency Pattern Enabled</source>
      <translation>透明パターンが有効になりました</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="1560"/>
      <source>Transparency Pattern Disabled</source>
      <translation>透明パターンが無効になりました</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="1598"/>
      <source>Lenna</source>
      <translation>画像サンプル「Lenna」</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="1598"/>
      <source>A remarkable woman</source>
      <translation>注目すべき女性</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="1608"/>
      <source>you cannot cancel this</source>
      <translation>これは中止できません</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="1616"/>
      <source>did you understand the brainteaser?</source>
      <translation>この難問が分かりましたか。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="1618"/>
      <source>%1 is wrong...</source>
      <translation>%1は違います…</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="1651"/>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="1674"/>
      <source>Attempted to set NULL image</source>
      <translation>NULL画像を設定しようとしました</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkViewPortFrameless</name>
    <message>
      <location filename="../../src/DkGui/DkViewPort.cpp" line="2161"/>
      <source>Press F10 to exit Frameless view</source>
      <translation>フレームなしビューを終了するにはF10を押してください</translation>
    </message>
  </context>
  <context>
    <name>nmc::DkWelcomeDialog</name>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3739"/>
      <source>Welcome</source>
      <translation>ようこそ</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3748"/>
      <source>Welcome to nomacs, please choose your preferred language below.</source>
      <translation>nomacsへようこそ。以下からお好みの言語を選択してください。</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3753"/>
      <source>&amp;Register File Associations</source>
      <translation>ファイルの関連付けを登録(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3756"/>
      <source>Set As &amp;Default Viewer</source>
      <translation>既定のビューアーとして設定(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3761"/>
      <source>&amp;OK</source>
      <translation>OK(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../src/DkGui/DkDialog.cpp" line="3762"/>
      <source>&amp;Cancel</source>
      <translation>キャンセル(&amp;C)</translation>
    </message>
  </context>
</TS>
