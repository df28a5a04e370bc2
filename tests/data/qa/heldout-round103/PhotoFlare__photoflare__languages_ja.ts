<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
    <extra-po-header-language>ja_JP</extra-po-header-language>
    <extra-po-header-language_team></extra-po-header-language_team>
    <extra-po-header-last_translator>Takeshi Hamasaki &lt;hmatrjp@users.sourceforge.jp&gt;</extra-po-header-last_translator>
    <extra-po-header-po_revision_date></extra-po-header-po_revision_date>
    <extra-po-header-pot_creation_date></extra-po-header-pot_creation_date>
    <extra-po-header-project_id_version></extra-po-header-project_id_version>
    <extra-po-header-x_generator>Poedit 3.2.2</extra-po-header-x_generator>
    <extra-po-headers>Project-Id-Version,POT-Creation-Date,PO-Revision-Date,Last-Translator,Language-Team,Language,MIME-Version,Content-Type,Content-Transfer-Encoding,Plural-Forms,X-Language,X-Source-Language,X-Qt-Contexts,X-Generator</extra-po-headers>
<context>
    <name>BatchProgress</name>
    <message>
        <location filename="../src/progress/batchprogress.ui" line="14"/>
        <source>Batch progress</source>
        <translation>バッチ処理の進行</translation>
    </message>
    <message>
        <location filename="../src/progress/batchprogress.ui" line="39"/>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>BlurSettingsWidget</name>
    <message>
        <location filename="../src/toolSettings/BlurSettingsWidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/BlurSettingsWidget.ui" line="35"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/BlurSettingsWidget.ui" line="60"/>
        <source>Pressure</source>
        <translation>圧力</translation>
    </message>
</context>
<context>
    <name>BrushTypeComboBox</name>
    <message>
        <location filename="../src/widgets/BrushTypeComboBox.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
</context>
<context>
    <name>ColorBoxWidget</name>
    <message>
        <location filename="../src/widgets/ColorBoxWidget.ui" line="19354"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/ColorBoxWidget.ui" line="19367"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
</context>
<context>
    <name>CompressionDialog</name>
    <message>
        <location filename="../src/dialogs/compressiondialog.ui" line="17"/>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <location filename="../src/dialogs/compressiondialog.ui" line="45"/>
        <source>Compression:</source>
        <translation>圧縮率:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/compressiondialog.ui" line="58"/>
        <source>90</source>
        <translation>90</translation>
    </message>
    <message>
        <location filename="../src/dialogs/compressiondialog.ui" line="99"/>
        <source>Low quality</source>
        <translation>低画質</translation>
    </message>
    <message>
        <location filename="../src/dialogs/compressiondialog.ui" line="112"/>
        <source>Best quality</source>
        <translation>高画質</translation>
    </message>
    <message>
        <location filename="../src/dialogs/compressiondialog.ui" line="128"/>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>EraserSettingsWidget</name>
    <message>
        <location filename="../src/toolSettings/erasersettingswidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/erasersettingswidget.ui" line="26"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/erasersettingswidget.ui" line="73"/>
        <source>1</source>
        <translation>1</translation>
    </message>
</context>
<context>
    <name>GradientDialog</name>
    <message>
        <location filename="../src/dialogs/gradientdialog.ui" line="17"/>
        <source>Gradient</source>
        <translation>グラデーション</translation>
    </message>
    <message>
        <location filename="../src/dialogs/gradientdialog.ui" line="45"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../src/dialogs/gradientdialog.ui" line="227"/>
        <source>Duotone</source>
        <translation>2色</translation>
    </message>
    <message>
        <location filename="../src/dialogs/gradientdialog.ui" line="243"/>
        <source>Monochromatic</source>
        <translation>単色</translation>
    </message>
    <message>
        <location filename="../src/dialogs/gradientdialog.ui" line="258"/>
        <source>Color 1</source>
        <translation>色1</translation>
    </message>
    <message>
        <location filename="../src/dialogs/gradientdialog.ui" line="280"/>
        <location filename="../src/dialogs/gradientdialog.ui" line="357"/>
        <source>Opacity:</source>
        <translation>透明度:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/gradientdialog.ui" line="293"/>
        <location filename="../src/dialogs/gradientdialog.ui" line="370"/>
        <source>0%</source>
        <translation>0%</translation>
    </message>
    <message>
        <location filename="../src/dialogs/gradientdialog.ui" line="335"/>
        <source>Color 2</source>
        <translation>色2</translation>
    </message>
</context>
<context>
    <name>HueDialog</name>
    <message>
        <location filename="../src/dialogs/huedialog.ui" line="17"/>
        <source>Hue variation</source>
        <translation>色の選択</translation>
    </message>
    <message>
        <location filename="../src/dialogs/huedialog.ui" line="45"/>
        <source>0°</source>
        <translation>0°</translation>
    </message>
    <message>
        <location filename="../src/dialogs/huedialog.ui" line="61"/>
        <source>Color:</source>
        <translation>色:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/huedialog.ui" line="998"/>
        <source>Method1 / Colorize</source>
        <translation>方法1 / 色付け</translation>
    </message>
    <message>
        <location filename="../src/dialogs/huedialog.ui" line="1014"/>
        <source>Method2 / Hue</source>
        <translation>方法2 / 色彩</translation>
    </message>
</context>
<context>
    <name>ImagePositionWidget</name>
    <message>
        <location filename="../src/widgets/imagepositionwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
</context>
<context>
    <name>LineSettingsWidget</name>
    <message>
        <location filename="../src/toolSettings/LineSettingsWidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/LineSettingsWidget.ui" line="35"/>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/LineSettingsWidget.ui" line="55"/>
        <source>Opacity</source>
        <translation>透明度</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/LineSettingsWidget.ui" line="83"/>
        <source>Antialias</source>
        <translation>アンチエイリアス</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/LineSettingsWidget.ui" line="103"/>
        <source>Arrow</source>
        <translation>端の矢印</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/LineSettingsWidget.ui" line="188"/>
        <source>Style:</source>
        <translation>先の種類:</translation>
    </message>
</context>
<context>
    <name>MagicWandSettingsWidget</name>
    <message>
        <location filename="../src/toolSettings/MagicWandSettingsWidget.ui" line="14"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/MagicWandSettingsWidget.ui" line="35"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/toolSettings/MagicWandSettingsWidget.ui" line="72"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/mainwindow.ui" line="31"/>
        <source>Photoflare</source>
        <translation>Photoflare</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="96"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="100"/>
        <location filename="../src/mainwindow.ui" line="1149"/>
        <source>Recent Files</source>
        <translation>最近使用したファイル</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="121"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="125"/>
        <source>Purge</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="156"/>
        <source>&amp;Image</source>
        <translation>画像(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="160"/>
        <source>&amp;Mode</source>
        <translation>モード(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="167"/>
        <location filename="../src/mainwindow.ui" line="1276"/>
        <location filename="../src/mainwindow.ui" line="1450"/>
        <source>Transform</source>
        <translation>変換</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="201"/>
        <source>&amp;Selection</source>
        <translation>選択(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="228"/>
        <source>&amp;Adjust</source>
        <translation>調整(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="255"/>
        <source>&amp;Filter</source>
        <translation>フィルタ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="259"/>
        <source>Deform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="268"/>
        <source>Artistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="276"/>
        <location filename="../src/mainwindow.ui" line="1591"/>
        <source>Soften</source>
        <translation>柔らかく</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="283"/>
        <location filename="../src/mainwindow.ui" line="1600"/>
        <source>Sharpen</source>
        <translation>鋭く</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="290"/>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="296"/>
        <source>Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="302"/>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="313"/>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="321"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="333"/>
        <source>Visual Effect</source>
        <translation>視覚効果</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="357"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="372"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="384"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="412"/>
        <source>Main ToolBar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="572"/>
        <source>Eraser Tool</source>
        <translation>消しゴムツール</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="575"/>
        <location filename="../src/mainwindow.ui" line="613"/>
        <location filename="../src/mainwindow.ui" line="657"/>
        <location filename="../src/mainwindow.ui" line="695"/>
        <location filename="../src/mainwindow.ui" line="733"/>
        <location filename="../src/mainwindow.ui" line="771"/>
        <location filename="../src/mainwindow.ui" line="809"/>
        <location filename="../src/mainwindow.ui" line="847"/>
        <location filename="../src/mainwindow.ui" line="876"/>
        <location filename="../src/mainwindow.ui" line="914"/>
        <location filename="../src/mainwindow.ui" line="952"/>
        <location filename="../src/mainwindow.ui" line="990"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="610"/>
        <source>Spray Can</source>
        <translation>スプレー缶</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="648"/>
        <source>Pointer Tool</source>
        <translation>ポインターツール</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="692"/>
        <source>Line Tool</source>
        <translation>線ツール</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="730"/>
        <source>Magic Wand</source>
        <translation>魔法の杖</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="768"/>
        <source>Paint Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="806"/>
        <source>Advanced Paint Brush</source>
        <translation>ブラシ（詳細指定）</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="844"/>
        <source>Blur Tool</source>
        <translation>ぼかしツール</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="873"/>
        <source>Smudge Tool</source>
        <translation>にじみツール</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="911"/>
        <source>Clone Stamp</source>
        <translation>転写</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="949"/>
        <source>Paint Bucket</source>
        <translation>塗りつぶし</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="987"/>
        <source>Colour Picker</source>
        <translation>スポイト</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1042"/>
        <source>Extra ToolBar</source>
        <translation>拡張ツールバー</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1121"/>
        <source>&amp;New...</source>
        <translation>新規(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1136"/>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1144"/>
        <source>Revert</source>
        <translation>新規に戻す</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1158"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1166"/>
        <source>&amp;Save As...</source>
        <translation>名前を付けて保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1171"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1176"/>
        <source>Close &amp;All</source>
        <translation>すべて閉じる(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1185"/>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1193"/>
        <source>Image Properties</source>
        <translation>画像のプロパティ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1198"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1207"/>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1216"/>
        <source>Redo</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1221"/>
        <source>Fade</source>
        <translation>フェード</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1226"/>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1231"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1236"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1241"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1246"/>
        <source>Paste As New Image</source>
        <translation>新規画像として貼り付け</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1251"/>
        <source>Paste Special</source>
        <translation>特殊な貼り付け</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1256"/>
        <source>Stroke and Fill...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1261"/>
        <source>Optimized Clipping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1266"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1271"/>
        <source>Options...</source>
        <translation>オプション...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1281"/>
        <source>Define Pattern</source>
        <translation>パターンを定義</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1286"/>
        <source>Fill With Pattern</source>
        <translation>パターンで塗りつぶす</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1295"/>
        <source>Flip Vertical</source>
        <translation>垂直に反転</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1304"/>
        <source>Flip Horizontal</source>
        <translation>水平に反転</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1309"/>
        <source>Skew...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1318"/>
        <source>Image Size...</source>
        <translation>画像のサイズ...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1327"/>
        <source>Canvas Size...</source>
        <translation>キャンバスのサイズ...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1332"/>
        <source>Fit Image...</source>
        <translation>画像のサイズに合わせる...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1337"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1342"/>
        <source>Crop</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1347"/>
        <source>Automatic Crop</source>
        <translation>自動切り抜き</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1352"/>
        <source>Outside Frame...</source>
        <translation>外枠を付ける...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1357"/>
        <source>Outside Drop Shadow...</source>
        <translation>外枠に影を付ける...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1366"/>
        <source>Transparent Colour...</source>
        <translation>透明にする色...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1371"/>
        <source>Automatic Transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1376"/>
        <source>Transparency Mask...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1385"/>
        <source>Text...</source>
        <translation>文字入力...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1390"/>
        <source>Copyright...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1405"/>
        <source>Show Selection</source>
        <translation>選択範囲を表示する</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1410"/>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1415"/>
        <source>Set Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1420"/>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1425"/>
        <source>Manual Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1430"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1435"/>
        <source>Fit Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1440"/>
        <source>Contract...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1445"/>
        <source>Expand...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1455"/>
        <source>Antialiasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1460"/>
        <source>Bounding Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1465"/>
        <source>Paste and Text Bounding Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1470"/>
        <source>Copy Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1475"/>
        <source>Paste Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1480"/>
        <source>Load Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1485"/>
        <source>Save Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1490"/>
        <source>Bright/Contrast...</source>
        <translation>明るさ/コントラスト...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1495"/>
        <source>Hue/Saturation...</source>
        <translation>色彩/彩度...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1500"/>
        <source>Colour Balance...</source>
        <translation>色のバランス...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1505"/>
        <source>Gamma Correct...</source>
        <translation>ガンマ補正...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1514"/>
        <source>Auto Levels</source>
        <translation>自動レベル調整</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1523"/>
        <source>Auto Contrast</source>
        <translation>自動コントラスト</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1528"/>
        <source>More Shadows</source>
        <translation>もっと影を</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1533"/>
        <source>More Highlights</source>
        <translation>もっと照らす</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1538"/>
        <source>Levels...</source>
        <translation>レベル...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1543"/>
        <source>Swap RGB Channel...</source>
        <translation>RGBチャネルを入れ替え...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1548"/>
        <source>Replace Colour...</source>
        <translation>色の置き換え...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1553"/>
        <source>Replace Colour Range...</source>
        <translation>色の範囲を置き換える...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1558"/>
        <source>Duotone...</source>
        <translation>2色...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1563"/>
        <source>Dithering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1568"/>
        <source>Negative</source>
        <translation>反転</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1573"/>
        <source>Posterize...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1582"/>
        <source>Hue Variation...</source>
        <translation>色の選択...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1605"/>
        <source>Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1610"/>
        <source>Stylize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1615"/>
        <source>Aged Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1620"/>
        <source>Texture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1625"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1633"/>
        <source>Filterbar</source>
        <translation>フィルタバー</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1641"/>
        <source>Toolpalette</source>
        <translation>ツールパレット</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1649"/>
        <source>Show Grid...</source>
        <translation>グリッドを表示...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1654"/>
        <source>Snap To Grid</source>
        <translation>グリッドに合わせる</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1659"/>
        <source>Zoom In</source>
        <translation>ズームイン</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1664"/>
        <source>Zoom Out</source>
        <translation>ズームアウト</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1669"/>
        <source>Original Size</source>
        <translation>元の大きさ</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1674"/>
        <source>Auto Zoom</source>
        <translation>自動ズーム</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1682"/>
        <source>Full Screen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1691"/>
        <source>Automate/Batch...</source>
        <translation>自動/バッチ処理...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1696"/>
        <source>Set Wallpaper</source>
        <translation>壁紙に設定</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1701"/>
        <source>Export As Icon...</source>
        <translation>アイコンとしてエクスポート...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1710"/>
        <source>&amp;Preferences</source>
        <translation>環境設定(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1715"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1720"/>
        <source>&amp;About</source>
        <translation>Photoflareについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1729"/>
        <location filename="../src/mainwindow.ui" line="1732"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1747"/>
        <source>RGB Mode</source>
        <translation>RGBモード</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1759"/>
        <source>Indexed Mode</source>
        <translation>インデックスモード</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1768"/>
        <source>brightminus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1771"/>
        <source>Brightness (-)</source>
        <translation>明るさ (-)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1780"/>
        <source>Brightplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1783"/>
        <source>Brightness (+)</source>
        <translation>明るさ (+)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1792"/>
        <source>contrastminus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1795"/>
        <source>Contrast (-)</source>
        <translation>コントラスト (-)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1804"/>
        <source>contrastplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1807"/>
        <source>Contrast (+)</source>
        <translation>コントラスト (+)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1816"/>
        <source>saturationminus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1819"/>
        <source>Saturation (-)</source>
        <translation>彩度 (-)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1828"/>
        <source>saturationplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1831"/>
        <source>Saturation (+)</source>
        <translation>彩度 (+)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1840"/>
        <source>gammaCorrectminus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1843"/>
        <source>Gamma Correct (-)</source>
        <translation>ガンマ補正 (-)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1852"/>
        <source>gammaCorrectplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1855"/>
        <source>Gamma Correct (+)</source>
        <translation>ガンマ補正 (+)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1864"/>
        <location filename="../src/mainwindow.ui" line="1867"/>
        <source>Gray Scale</source>
        <translation>グレースケール</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1876"/>
        <source>Old Photo</source>
        <translation>古い写真</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1879"/>
        <source>Old Photography</source>
        <translation>古い写真</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1888"/>
        <location filename="../src/mainwindow.ui" line="1891"/>
        <source>Dust Reduction</source>
        <translation>ノイズ低減</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1900"/>
        <location filename="../src/mainwindow.ui" line="1903"/>
        <source>Blur</source>
        <translation>ぼかす</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1912"/>
        <location filename="../src/mainwindow.ui" line="1915"/>
        <source>Reinforce</source>
        <translation>強調</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1924"/>
        <source>gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1927"/>
        <source>Gradient</source>
        <translation>グラデーション</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1936"/>
        <source>Rotate CCW</source>
        <translation>90°反時計回り</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1945"/>
        <source>Rotate CW</source>
        <translation>90°時計回り</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1950"/>
        <source>&amp;Oil Paint</source>
        <translation>油絵(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1955"/>
        <source>&amp;Charcoal Drawing</source>
        <translation>木炭画(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1960"/>
        <source>Swirl</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1965"/>
        <source>Donate</source>
        <translation>寄付する</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1970"/>
        <source>Acquire image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1975"/>
        <source>Select source...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1980"/>
        <source>Solarize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1985"/>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1990"/>
        <source>Implode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="1995"/>
        <source>Emboss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2000"/>
        <source>Trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2005"/>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2010"/>
        <source>Impulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2015"/>
        <source>Laplacian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2020"/>
        <source>Poisson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2025"/>
        <source>MonoChromatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2030"/>
        <source>Equalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2035"/>
        <location filename="../src/mainwindow.ui" line="2038"/>
        <source>Crop center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2043"/>
        <location filename="../src/mainwindow.ui" line="2046"/>
        <source>Simple frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2051"/>
        <source>Motion blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2056"/>
        <source>Normalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2061"/>
        <source>3D frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2066"/>
        <source>Explode</source>
        <translation>爆発</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2071"/>
        <source>Despeckle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2080"/>
        <source>Sepia</source>
        <translation>セピア</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2085"/>
        <source>Black and white</source>
        <translation>白黒</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2090"/>
        <source>Opacity...</source>
        <translation>透明度...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2095"/>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2100"/>
        <source>Check for updates...</source>
        <translation>更新を確認する...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2105"/>
        <source>Colour Threshold</source>
        <translation>色のしきい値</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2110"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2115"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2120"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2125"/>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="2130"/>
        <source>Free Rotate...</source>
        <translation>回転...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="182"/>
        <location filename="../src/mainwindow.cpp" line="323"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="343"/>
        <location filename="../src/mainwindow.cpp" line="363"/>
        <source>Working...</source>
        <translation>作業中...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="390"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="392"/>
        <source>Image Files</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="404"/>
        <source>All Files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="455"/>
        <source>Please open a valid image file</source>
        <translation>有効な画像ファイルを開いてください</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="465"/>
        <source>Image does not exist at this file path</source>
        <translation>画像はこのパスに存在しません</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="542"/>
        <source>png (*.png)</source>
        <translation>png (*.png)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="543"/>
        <source>jpg (*.jpg *.jpeg)</source>
        <translation>jpg (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="544"/>
        <source>bmp (*.bmp)</source>
        <translation>bmp (*.bmp)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="545"/>
        <source>pbm (*.pbm)</source>
        <translation>pbm (*.pbm)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="546"/>
        <source>pgm (*.pgm)</source>
        <translation>pgm (*.pgm)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="547"/>
        <source>ppm (*.ppm)</source>
        <translation>ppm (*.ppm)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="548"/>
        <source>ico (*.ico)</source>
        <translation>ico (*.ico)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="565"/>
        <source>Save File</source>
        <translation>ファイルを保存する</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="625"/>
        <source>Unable to save image.</source>
        <translation>ファイルを保存できません。</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="903"/>
        <source>Set Rotate Degrees</source>
        <translation>回転角度を指定する</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="904"/>
        <source>Degrees:</source>
        <translation>角度:</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="919"/>
        <source>Resize Image</source>
        <translation>画像サイズの変更</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="936"/>
        <source>Resize Canvas</source>
        <translation>キャンバスサイズの変更</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1206"/>
        <source>Set Image Opacity</source>
        <translation>画像の透明度を設定</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1207"/>
        <source>Opacity:</source>
        <translation>透明度:</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1518"/>
        <source>Set Grid size</source>
        <translation>グリッドサイズを指定</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1519"/>
        <source>Cell width</source>
        <translation>セルの幅</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2282"/>
        <source>Unsaved Changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2282"/>
        <source>Save changes before leaving?</source>
        <translation>閉じる前に変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="2641"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>NewDialog</name>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="22"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="56"/>
        <location filename="../src/dialogs/NewDialog.ui" line="137"/>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="98"/>
        <source>Pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="103"/>
        <source>Cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="108"/>
        <source>Inches</source>
        <translation>インチ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="122"/>
        <source>Size in Pixels/Memory</source>
        <translation>画像の大きさ/メモリサイズ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="150"/>
        <location filename="../src/dialogs/NewDialog.ui" line="441"/>
        <source>Height:</source>
        <translation>高さ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="163"/>
        <source>Memory:</source>
        <translation>メモリ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="258"/>
        <source>New Size</source>
        <translation>新しいサイズ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="329"/>
        <source>Position:</source>
        <translation>位置:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="356"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="361"/>
        <source>100 x 100 pixels</source>
        <translation>100 x 100 ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="366"/>
        <source>640 x 480 pixels</source>
        <translation>640 x 480 ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="371"/>
        <source>800 x 600 pixels</source>
        <translation>800 x 600 ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="376"/>
        <source>1024 x 768 pixels</source>
        <translation>1024 x 768 ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="381"/>
        <source>1366 x 768 pixels</source>
        <translation>1366 x 768 ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="386"/>
        <source>1600 x 900 pixels</source>
        <translation>1600 x 900 ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="391"/>
        <source>1920 x 1080 pixels</source>
        <translation>1920 x 1080 ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="396"/>
        <source>2560 x 1440 pixels</source>
        <translation>2560 x 1440 ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="401"/>
        <source>3840 x 2160 pixels</source>
        <translation>3840 x 2160 ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="415"/>
        <source>Preset Size:</source>
        <translation>プリセットサイズ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="428"/>
        <source>Background colour:</source>
        <translation>背景色:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="476"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="489"/>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="516"/>
        <source>Pixels/cm</source>
        <translation>ピクセル/cm</translation>
    </message>
    <message>
        <location filename="../src/dialogs/NewDialog.ui" line="521"/>
        <source>Pixels/inch</source>
        <translation>ピクセル/インチ</translation>
    </message>
</context>
<context>
    <name>OuterFrameDialog</name>
    <message>
        <location filename="../src/dialogs/outerframedialog.ui" line="17"/>
        <source>Outside frame</source>
        <translation>外枠</translation>
    </message>
    <message>
        <location filename="../src/dialogs/outerframedialog.ui" line="55"/>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/outerframedialog.ui" line="68"/>
        <source>Colour:</source>
        <translation>色:</translation>
    </message>
</context>
<context>
    <name>PaintBrushAdvSettingsWidget</name>
    <message>
        <location filename="../src/toolSettings/PaintBrushAdvSettingsWidget.ui" line="14"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/PaintBrushAdvSettingsWidget.ui" line="73"/>
        <source>Pressure</source>
        <translation type="unfinished">圧力</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/PaintBrushAdvSettingsWidget.ui" line="107"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/toolSettings/PaintBrushAdvSettingsWidget.ui" line="140"/>
        <source>Fade</source>
        <translation type="unfinished">フェード</translation>
    </message>
</context>
<context>
    <name>PaintBrushSettingsWidget</name>
    <message>
        <location filename="../src/toolSettings/PaintBrushSettingsWidget.ui" line="14"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/PaintBrushSettingsWidget.ui" line="109"/>
        <location filename="../src/toolSettings/PaintBrushSettingsWidget.ui" line="132"/>
        <source>...</source>
        <translation type="unfinished">...</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/PaintBrushSettingsWidget.ui" line="34"/>
        <source>&amp;Radius:</source>
        <translation>半径(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/PaintBrushSettingsWidget.ui" line="27"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/PaintBrushSettingsWidget.ui" line="57"/>
        <source>Pressure</source>
        <translation type="unfinished">圧力</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/PaintBrushSettingsWidget.ui" line="20"/>
        <source>100</source>
        <translation>100</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/PaintBrushSettingsWidget.ui" line="64"/>
        <source>&amp;Anti-aliasing</source>
        <translation>アンチエイリアス(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PluginDialog</name>
    <message>
        <location filename="../src/dialogs/plugindialog.ui" line="17"/>
        <source>Plugin Manager</source>
        <translation>プラグイン管理</translation>
    </message>
    <message>
        <location filename="../src/dialogs/plugindialog.cpp" line="41"/>
        <source>No plugins installed</source>
        <translation>プラグインはインストールされていません</translation>
    </message>
</context>
<context>
    <name>PointerSettingsWidget</name>
    <message>
        <location filename="../src/toolSettings/pointersettingswidget.ui" line="14"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/pointersettingswidget.ui" line="26"/>
        <location filename="../src/toolSettings/pointersettingswidget.ui" line="81"/>
        <source>...</source>
        <translation type="unfinished">...</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/pointersettingswidget.ui" line="55"/>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/toolSettings/pointersettingswidget.ui" line="68"/>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointerTool</name>
    <message>
        <location filename="../src/tools/PointerTool.cpp" line="376"/>
        <source>Crop</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <location filename="../src/tools/PointerTool.cpp" line="385"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/tools/PointerTool.cpp" line="386"/>
        <source>Save as</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../src/tools/PointerTool.cpp" line="387"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/tools/PointerTool.cpp" line="390"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/tools/PointerTool.cpp" line="391"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../src/tools/PointerTool.cpp" line="399"/>
        <source>Image size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <location filename="../src/tools/PointerTool.cpp" line="400"/>
        <source>Canvas size</source>
        <translation>キャンバスサイズ</translation>
    </message>
    <message>
        <location filename="../src/tools/PointerTool.cpp" line="403"/>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../src/tools/PointerTool.cpp" line="404"/>
        <source>Redo</source>
        <translation>繰り返し</translation>
    </message>
</context>
<context>
    <name>PrefsDialog</name>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="17"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="49"/>
        <source>&amp;Folders</source>
        <translation>フォルダ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="61"/>
        <source>Opening folder</source>
        <translation>開くフォルダ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="84"/>
        <location filename="../src/dialogs/prefsdialog.ui" line="120"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="107"/>
        <source>Saving folder</source>
        <translation>保存フォルダ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="133"/>
        <source>Remember previous opened folder</source>
        <translation>開くフォルダを記憶する</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="146"/>
        <source>Remember previous save folder</source>
        <translation>保存フォルダを記憶する</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="152"/>
        <source>S&amp;aving</source>
        <translation>保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="164"/>
        <source>Default file format</source>
        <translation>デフォルトのファイルフォーマットを使用</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="180"/>
        <source>&amp;Compression</source>
        <translation>圧縮(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="192"/>
        <source>Always show dialog</source>
        <translation>常にダイアログを表示</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="211"/>
        <source>Set default compression</source>
        <translation>デフォルト圧縮率を設定</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="261"/>
        <source>Compression</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="274"/>
        <source>90</source>
        <translation>90</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="280"/>
        <source>&amp;Layout</source>
        <translation>レイアウト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="292"/>
        <source>Multi-Window Mode</source>
        <translation>マルチウィンドウモード</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="305"/>
        <source>Default Toolpalette Location</source>
        <translation>デフォルトのツールパレット配置</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="328"/>
        <source>Zoom direction</source>
        <translation>ズームの方向</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="344"/>
        <source>&amp;Default Values</source>
        <translation>デフォルトの値（&amp;D）</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="356"/>
        <source>Default Units</source>
        <translation>デフォルトの単位</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="370"/>
        <source>Pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="375"/>
        <source>CM</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="380"/>
        <source>Inches</source>
        <translation>インチ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="394"/>
        <source>Memorize parameters</source>
        <translation>パラメーターを記憶する</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="400"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="412"/>
        <source>Image History Size</source>
        <translation>履歴の数</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="450"/>
        <source>24</source>
        <translation>24</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="456"/>
        <source>&amp;Startup</source>
        <translation>起動時(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="468"/>
        <source>Maximize on Startup</source>
        <translation>起動時にウィンドウを最大化する</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="491"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.ui" line="510"/>
        <source>Restart to apply</source>
        <translation>再起動して適用</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="52"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="52"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="60"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="60"/>
        <source>Inverted</source>
        <translation>逆方向</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="73"/>
        <source>png (*.png)</source>
        <translation>png (*.png)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="74"/>
        <source>jpg (*.jpg *.jpeg)</source>
        <translation>jpg (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="75"/>
        <source>bmp (*.bmp)</source>
        <translation>bmp (*.bmp)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="76"/>
        <source>pbm (*.pbm)</source>
        <translation>pbm (*.pbm)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="77"/>
        <source>pgm (*.pgm)</source>
        <translation>pgm (*.pgm)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="78"/>
        <source>ppm (*.ppm)</source>
        <translation>ppm (*.ppm)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="79"/>
        <source>ico (*.ico)</source>
        <translation>ico (*.ico)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="90"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="91"/>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="92"/>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="93"/>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="94"/>
        <source>Chinese (CN)</source>
        <translation>中国語（繁体字）</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="95"/>
        <source>Chinese (TW)</source>
        <translation>中国語（簡体字）</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="96"/>
        <source>Czech Republic</source>
        <translation>チェコ語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="97"/>
        <source>Portuguese (PT)</source>
        <translation>ポルトガル語（ポルトガル）</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="98"/>
        <source>Portuguese (BR)</source>
        <translation>ポルトガル語（ブラジル）</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="99"/>
        <source>Sweden</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="100"/>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="101"/>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="102"/>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="103"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="104"/>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="197"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../src/dialogs/prefsdialog.cpp" line="206"/>
        <source>Save Directory</source>
        <translation>ディレクトリを保存</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/mainwindow.cpp" line="105"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>photoflare</source>
        <translation type="vanished">photoflare</translation>
    </message>
    <message>
        <source>1.6.4</source>
        <translation type="vanished">1.6.4</translation>
    </message>
    <message>
        <source>photoflare.io</source>
        <translation type="vanished">photoflare.io</translation>
    </message>
</context>
<context>
    <name>SmudgeSettingsWidget</name>
    <message>
        <location filename="../src/toolSettings/smudgesettingswidget.ui" line="14"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/smudgesettingswidget.ui" line="26"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/smudgesettingswidget.ui" line="39"/>
        <source>Pressure</source>
        <translation>圧力</translation>
    </message>
</context>
<context>
    <name>SprayCanSettingsWidget</name>
    <message>
        <location filename="../src/toolSettings/SprayCanSettingsWidget.ui" line="14"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/SprayCanSettingsWidget.ui" line="35"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/SprayCanSettingsWidget.ui" line="63"/>
        <source>Pressure</source>
        <translation>圧力</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/SprayCanSettingsWidget.ui" line="97"/>
        <source>Dispersion</source>
        <translation>散乱</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/SprayCanSettingsWidget.ui" line="130"/>
        <source>Rainbow</source>
        <translation>虹</translation>
    </message>
</context>
<context>
    <name>StampSettingsWidget</name>
    <message>
        <location filename="../src/toolSettings/StampSettingsWidget.ui" line="14"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/StampSettingsWidget.ui" line="35"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/StampSettingsWidget.ui" line="60"/>
        <source>Pressure</source>
        <translation>圧力</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/StampSettingsWidget.ui" line="94"/>
        <source>Step</source>
        <translation>間隔</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/StampSettingsWidget.ui" line="127"/>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/StampSettingsWidget.ui" line="134"/>
        <source>Precise</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../src/toolSettings/StampSettingsWidget.ui" line="141"/>
        <source>Diffuse</source>
        <translation>拡散</translation>
    </message>
</context>
<context>
    <name>TransparentDialog</name>
    <message>
        <location filename="../src/dialogs/transparentdialog.ui" line="17"/>
        <source>Transparent colour</source>
        <translation>透明にする色</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transparentdialog.ui" line="54"/>
        <source>Tolerance:</source>
        <translation>許容度:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transparentdialog.ui" line="67"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transparentdialog.ui" line="99"/>
        <source>Color:</source>
        <translation>色:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transparentdialog.ui" line="115"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transparentdialog.ui" line="128"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/dialogs/transparentdialog.ui" line="141"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>aboutDialog</name>
    <message>
        <location filename="../src/dialogs/aboutdialog.ui" line="25"/>
        <source>About</source>
        <translation>Photoflareについて</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.ui" line="37"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.ui" line="56"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:12pt; font-weight:600;&quot;&gt;TextLabel&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.ui" line="75"/>
        <location filename="../src/dialogs/aboutdialog.ui" line="91"/>
        <location filename="../src/dialogs/aboutdialog.ui" line="107"/>
        <source>TextLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.ui" line="163"/>
        <source>C&amp;redits</source>
        <translation>クレジット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.ui" line="180"/>
        <source>Developers</source>
        <translation>開発者</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.ui" line="210"/>
        <source>Graphics</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.ui" line="231"/>
        <source>Translators</source>
        <translation>翻訳者</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.ui" line="252"/>
        <source>Contributors</source>
        <translation>貢献者</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.cpp" line="31"/>
        <source>Commercial - ICS&lt;br&gt;Lead - Dylan Coakley&lt;br&gt;Developer - Marek Mosna&lt;br&gt;Developer - Dmitry Vasilenko&lt;br&gt;Debian package - Dylan Aïssi&lt;br&gt;AppImage package - probonopd</source>
        <translation>商品化 - ICS&lt;br&gt;リーダー - Dylan Coakley&lt;br&gt;開発者 - Marek Mosna&lt;br&gt;開発者 - Dmitry Vasilenko&lt;br&gt;Debian パッケージ - Dylan Aïssi&lt;br&gt;AppImage パッケージ - probonopd</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.cpp" line="39"/>
        <source>Main icon - Robert BM&lt;br&gt;Website graphics - Raqasa&lt;br&gt;Application icons - Attari B&lt;br&gt;Art Designer - Catherine Hegedusich&lt;br&gt;Advertising - Don Murphy</source>
        <translation>メインアイコン - Robert BM&lt;br&gt;ウェブサイトのグラフィックス - Raqasa&lt;br&gt;アプリケーションアイコン - Attari B&lt;br&gt;アートデザイナー - Catherine Hegedusich&lt;br&gt;広告 - Don Murphy</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.cpp" line="47"/>
        <source>FR - Ludovic, N.&lt;br&gt;NL - Freek P.&lt;br&gt;DE - Steffen G.&lt;br&gt;zh_TW - Coolshou&lt;br&gt;zh_CN - Nichts H.&lt;br&gt;CS - Pafri&lt;br&gt;pt_BR - eltonfabricio10&lt;br&gt;pt_PT - eltonfabricio10&lt;br&gt;SV - eson57&lt;br&gt;RU - Alex K.&lt;br&gt;ID - triyanwn&lt;br&gt;ES - darkshram&lt;br&gt;JA - hmatrjp&lt;br&gt;TR - sabriunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.cpp" line="63"/>
        <source>eltonfabricio10 - Code&lt;br&gt;AngryPenguinPL - Code&lt;br&gt;Carlo Vaccari - Code&lt;br&gt;Duzy Chan - Code&lt;br&gt;Samuel Cowen - Code&lt;br&gt;Richard Senior - GNU Autotools&lt;br&gt;Alexandre Kharlamov - Code&lt;br&gt;Michael Sheppard - Code&lt;br&gt;Helene Levernieux - Project Icon&lt;br&gt;&lt;br&gt;&lt;b&gt;Special thanks&lt;/b&gt;&lt;br&gt;I would like to thank Samantha for being an absolute gem of a person. You light up my life and I&apos;m so glad to have found you.</source>
        <translation>eltonfabricio10 - コード&lt;br&gt;AngryPenguinPL - コード&lt;br&gt;Carlo Vaccari - コード&lt;br&gt;Duzy Chan - コード&lt;br&gt;Samuel Cowen - コード&lt;br&gt;Richard Senior - GNU Autotools&lt;br&gt;Alexandre Kharlamov - コード&lt;br&gt;Michael Sheppard - コード&lt;br&gt;Helene Levernieux - プロジェクトアイコン&lt;br&gt;&lt;br&gt;&lt;b&gt;特別な感謝を&lt;/b&gt;&lt;br&gt;Samanthaへ。究極の宝石のような人でい続けていることに感謝します。 あなたが私の人生を照らしています、あなたを見つけることができて本当に良かったです。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.cpp" line="83"/>
        <source> Community Edition</source>
        <translation>コミュニティーエディション</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.cpp" line="84"/>
        <source>A simple but featureful editor.</source>
        <translation>シンプルで機能豊富な画像エディタです。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/aboutdialog.cpp" line="85"/>
        <source>&lt;a href=&apos;https://www.photoflare.io&apos;&gt;https://www.photoflare.io&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>batchDialog</name>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="17"/>
        <source>Automate/Batch</source>
        <translation>自動処理/バッチ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="52"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="92"/>
        <source>Source Format</source>
        <translation>入力画像形式</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="115"/>
        <source>Output Folder</source>
        <translation>出力先フォルダ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="141"/>
        <source>Output Format</source>
        <translation>出力画像形式</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="170"/>
        <source>Add Files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="183"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="189"/>
        <source>Image Size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="201"/>
        <source>Image size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="217"/>
        <location filename="../src/dialogs/batchdialog.ui" line="359"/>
        <source>Height:</source>
        <translation>高さ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="286"/>
        <location filename="../src/dialogs/batchdialog.ui" line="343"/>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="302"/>
        <source>Preserve aspect ratio</source>
        <translation>アスペクト比を保存</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="372"/>
        <source>Canvas size</source>
        <translation>キャンバスサイズ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="420"/>
        <source>Pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="425"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="442"/>
        <source>Unit:</source>
        <translation>単位:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="471"/>
        <source>Background:</source>
        <translation>背景:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="500"/>
        <source>Position:</source>
        <translation>位置:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="506"/>
        <source>Adjust Levels</source>
        <translation>レベル調整</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="628"/>
        <location filename="../src/dialogs/batchdialog.ui" line="673"/>
        <location filename="../src/dialogs/batchdialog.ui" line="718"/>
        <location filename="../src/dialogs/batchdialog.ui" line="763"/>
        <source>&lt;Alls&gt;</source>
        <translation>&lt;すべて&gt;</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="633"/>
        <location filename="../src/dialogs/batchdialog.ui" line="678"/>
        <location filename="../src/dialogs/batchdialog.ui" line="723"/>
        <location filename="../src/dialogs/batchdialog.ui" line="768"/>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="638"/>
        <location filename="../src/dialogs/batchdialog.ui" line="683"/>
        <location filename="../src/dialogs/batchdialog.ui" line="728"/>
        <location filename="../src/dialogs/batchdialog.ui" line="773"/>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="643"/>
        <location filename="../src/dialogs/batchdialog.ui" line="688"/>
        <location filename="../src/dialogs/batchdialog.ui" line="733"/>
        <location filename="../src/dialogs/batchdialog.ui" line="778"/>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="648"/>
        <location filename="../src/dialogs/batchdialog.ui" line="693"/>
        <location filename="../src/dialogs/batchdialog.ui" line="738"/>
        <location filename="../src/dialogs/batchdialog.ui" line="783"/>
        <source>Cyan</source>
        <translation>シアン</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="653"/>
        <location filename="../src/dialogs/batchdialog.ui" line="698"/>
        <location filename="../src/dialogs/batchdialog.ui" line="743"/>
        <location filename="../src/dialogs/batchdialog.ui" line="788"/>
        <source>Magenta</source>
        <translation>マゼンタ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="658"/>
        <location filename="../src/dialogs/batchdialog.ui" line="703"/>
        <location filename="../src/dialogs/batchdialog.ui" line="748"/>
        <location filename="../src/dialogs/batchdialog.ui" line="793"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="807"/>
        <source>Brightness</source>
        <translation>明度</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="820"/>
        <source>Contrast</source>
        <translation>コントラスト</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="833"/>
        <source>Saturation</source>
        <translation>彩度</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="846"/>
        <source>Gamma correct</source>
        <translation>ガンマ補正</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="859"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="872"/>
        <location filename="../src/dialogs/batchdialog.ui" line="885"/>
        <location filename="../src/dialogs/batchdialog.ui" line="898"/>
        <source>0%</source>
        <translation>0%</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="911"/>
        <source>1.00</source>
        <translation>1.00</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="917"/>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="929"/>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="952"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="978"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="994"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="1000"/>
        <source>Transform</source>
        <translation>変換</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="1027"/>
        <source>Rotate 90° CCW</source>
        <translation>90°反時計回り</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="1043"/>
        <source>Rotate 180°</source>
        <translation>180°回転</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="1056"/>
        <source>Rotate</source>
        <translation>回転</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="1072"/>
        <source>Rotate 90° CW</source>
        <translation>90°時計回り</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="1104"/>
        <source>Flip vertical</source>
        <translation>垂直に反転</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="1123"/>
        <source>Flip horizontal</source>
        <translation>水平に反転</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="1136"/>
        <source>Flip</source>
        <translation>反転</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.ui" line="1143"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="53"/>
        <source>All formats</source>
        <translation>すべての形式</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="67"/>
        <source>Oil</source>
        <translation>油絵</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="68"/>
        <source>Charcoal</source>
        <translation>木炭</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="69"/>
        <source>Swirl</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="70"/>
        <source>Solarize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="71"/>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="72"/>
        <location filename="../src/dialogs/batchdialog.cpp" line="80"/>
        <source>Implode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="73"/>
        <source>Soften</source>
        <translation>柔らかく</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="74"/>
        <source>Blur</source>
        <translation>ぼかす</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="75"/>
        <source>Sharpen</source>
        <translation>鋭く</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="76"/>
        <source>Reinforce</source>
        <translation>強調</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="77"/>
        <source>Grayscale</source>
        <translation>グレースケール</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="78"/>
        <source>Old Photo</source>
        <translation>古い写真</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="79"/>
        <source>Sepia</source>
        <translation>セピア</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="81"/>
        <source>Explode</source>
        <translation>爆発</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="82"/>
        <source>Simple Frame</source>
        <translation>シンプルなフレーム</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="83"/>
        <source>3D Frame</source>
        <translation>3Dフレーム</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="84"/>
        <source>Normalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="85"/>
        <source>Motion Blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="86"/>
        <source>Crop to center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="87"/>
        <source>Equalize colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="88"/>
        <source>Monochrome edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="89"/>
        <source>Gaussian noise</source>
        <translation>ガウシアンノイズ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="90"/>
        <source>Drop shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="91"/>
        <source>Opacity</source>
        <translation>透明度</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="138"/>
        <source>Batch files required</source>
        <translation>バッチファイルが必要です</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="139"/>
        <source>Please add files to the batch list.</source>
        <translation>バッチファイルのリストを追加してください。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="147"/>
        <source>Output directory required</source>
        <translation>出力ディレクトリが必要です</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="148"/>
        <source>Please set the output folder.</source>
        <translation>出力先フォルダを設定してください。</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="209"/>
        <source>Input files:</source>
        <translation>入力ファイル:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="214"/>
        <source>Output folder: </source>
        <translation>出力先フォルダ: </translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="218"/>
        <source>Image size: </source>
        <translation>画像サイズ: </translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="224"/>
        <source>Canvas size: </source>
        <translation>キャンバスサイズ: </translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="230"/>
        <source>Brightness adjustment: </source>
        <translation>明度の調整:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="236"/>
        <source>Contrast adjustment: </source>
        <translation>コントラストの調整:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="242"/>
        <source>Saturation adjustment: </source>
        <translation>彩度の調整:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="248"/>
        <source>Gamma adjustment: </source>
        <translation>ガンマ値の調整:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="267"/>
        <source>Rotate: </source>
        <translation>回転: </translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="281"/>
        <source>Flip: </source>
        <translation>反転: </translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="284"/>
        <source>Filters: </source>
        <translation>フィルタ: </translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="295"/>
        <source>Batch processing finished successfully !</source>
        <translation>バッチ処理が成功しました!</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="501"/>
        <source>Select Files</source>
        <translation>ファイル選択</translation>
    </message>
    <message>
        <location filename="../src/dialogs/batchdialog.cpp" line="501"/>
        <source>Image Files (*.png *.jpg *.jpeg *.gif);;All Files (*)</source>
        <translation>画像ファイル (*.png *.jpg *.jpeg *.gif);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Please add files to the batch file list and set output folder.</source>
        <translation type="vanished">バッチ処理の対象にファイルを追加し、出力先フォルダを指定してください。</translation>
    </message>
</context>
<context>
    <name>checkupdateDialog</name>
    <message>
        <location filename="../src/dialogs/checkupdatedialog.ui" line="17"/>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/dialogs/checkupdatedialog.ui" line="29"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/dialogs/checkupdatedialog.ui" line="42"/>
        <source>Checking for updates...</source>
        <translation>更新を確認しています...</translation>
    </message>
    <message>
        <location filename="../src/dialogs/checkupdatedialog.ui" line="55"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/dialogs/checkupdatedialog.cpp" line="64"/>
        <source>New version available</source>
        <translation>新しいバージョンがあります</translation>
    </message>
    <message>
        <location filename="../src/dialogs/checkupdatedialog.cpp" line="69"/>
        <source>No updates available</source>
        <translation>最新バージョンを使用中です</translation>
    </message>
</context>
<context>
    <name>colourManagerDialog</name>
    <message>
        <location filename="../src/dialogs/colourmanagerdialog.ui" line="17"/>
        <source>Colour palettes</source>
        <translation>カラーパレット</translation>
    </message>
    <message>
        <location filename="../src/dialogs/colourmanagerdialog.ui" line="76"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>dropshadowDialog</name>
    <message>
        <location filename="../src/dialogs/dropshadowdialog.ui" line="17"/>
        <source>Drop shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/dropshadowdialog.ui" line="45"/>
        <source>Blur radius</source>
        <translation>ぼかしの半径</translation>
    </message>
    <message>
        <location filename="../src/dialogs/dropshadowdialog.ui" line="58"/>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/dropshadowdialog.ui" line="71"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../src/dialogs/dropshadowdialog.ui" line="114"/>
        <source>Offset x</source>
        <translation>x方向のオフセット</translation>
    </message>
    <message>
        <location filename="../src/dialogs/dropshadowdialog.ui" line="127"/>
        <source>Offset y</source>
        <translation>y方向のオフセット </translation>
    </message>
    <message>
        <location filename="../src/dialogs/dropshadowdialog.ui" line="160"/>
        <source>Default values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imagePropertiesDialog</name>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="17"/>
        <source>Image Properties</source>
        <translation>画像のプロパティ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="45"/>
        <source>Image name:</source>
        <translation>画像の名前:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="64"/>
        <source>Folder:</source>
        <translation>フォルダ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="77"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="90"/>
        <source>Color count:</source>
        <translation>色の数</translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="103"/>
        <source>File size:</source>
        <translation>ファイルサイズ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="116"/>
        <source>Date:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="129"/>
        <source>Memory size:</source>
        <translation>メモリサイズ:</translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="142"/>
        <source>Undo Cache Size</source>
        <translation>取り消しキャッシュのサイズ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="155"/>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="168"/>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="181"/>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="194"/>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="207"/>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="220"/>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="233"/>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="246"/>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="272"/>
        <source>TextLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.ui" line="259"/>
        <source>File type</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <location filename="../src/dialogs/imagepropertiesdialog.cpp" line="30"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>textDialog</name>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="17"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="36"/>
        <source>&amp;Text</source>
        <translation>文字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="61"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="74"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="103"/>
        <source>Text Input</source>
        <translation>文字入力</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="126"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="154"/>
        <source>AbYz</source>
        <translation>AbYzあぁ</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="171"/>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="184"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="197"/>
        <source>Strike out</source>
        <translation>打消し</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="210"/>
        <source>Underline</source>
        <translation>下線</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="223"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="258"/>
        <source>Antialias</source>
        <translation>アンチエイリアス</translation>
    </message>
    <message>
        <location filename="../src/dialogs/textdialog.ui" line="281"/>
        <source>Enter some text to continue</source>
        <translation>文字入力&#x3000;欄に入力してください</translation>
    </message>
</context>
</TS>
