<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AudioParams</name>
    <message>
        <location filename="../render/audioparams.cpp" line="229"/>
        <source>%1 Hz</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../render/audioparams.cpp" line="236"/>
        <source>Mono</source>
        <translation>モノラル</translation>
    </message>
    <message>
        <location filename="../render/audioparams.cpp" line="238"/>
        <source>Stereo</source>
        <translation>ステレオ</translation>
    </message>
    <message>
        <location filename="../render/audioparams.cpp" line="240"/>
        <source>2.1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../render/audioparams.cpp" line="242"/>
        <source>5.1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../render/audioparams.cpp" line="244"/>
        <source>7.1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../render/audioparams.cpp" line="246"/>
        <source>Unknown (0x%1)</source>
        <translation>不明 (0x%1)</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../config/config.cpp" line="203"/>
        <source>Error loading settings</source>
        <translation>設定読み込みエラー</translation>
    </message>
    <message>
        <location filename="../config/config.cpp" line="204"/>
        <source>Failed to load application settings. This session will use defaults.

%1</source>
        <translation>アプリケーション設定の読み込みに失敗しました。 このセッションではデフォルト設定が使用されます。

%1</translation>
    </message>
    <message>
        <location filename="../config/config.cpp" line="222"/>
        <source>Error saving settings</source>
        <translation>設定保存エラー</translation>
    </message>
    <message>
        <location filename="../config/config.cpp" line="223"/>
        <source>Failed to save application settings. The application may lack write permissions for this location.</source>
        <translation>アプリケーション設定の保存に失敗しました。 ファイルの書き込み権限が不足している可能性があります。</translation>
    </message>
</context>
<context>
    <name>ImportTool</name>
    <message>
        <location filename="../widget/timelinewidget/tool/import.cpp" line="290"/>
        <source>Don&apos;t ask me again</source>
        <translation>次からは確認しない</translation>
    </message>
    <message>
        <location filename="../widget/timelinewidget/tool/import.cpp" line="295"/>
        <source>No Active Sequence</source>
        <translation>アクティブなシーケンスがありません</translation>
    </message>
    <message>
        <location filename="../widget/timelinewidget/tool/import.cpp" line="296"/>
        <source>No sequence is currently open. Would you like to create one?</source>
        <translation>シーケンスが開かれていません。作成しますか？</translation>
    </message>
    <message>
        <location filename="../widget/timelinewidget/tool/import.cpp" line="299"/>
        <source>Automatically Detect Parameters From Footage</source>
        <translation>映像からパラメータを自動検出</translation>
    </message>
    <message>
        <location filename="../widget/timelinewidget/tool/import.cpp" line="300"/>
        <source>Set Parameters Manually</source>
        <translation>パラメータを手動で設定</translation>
    </message>
</context>
<context>
    <name>NodeCopyPasteWidget</name>
    <message>
        <location filename="../node/nodecopypaste.cpp" line="132"/>
        <source>Error pasting nodes</source>
        <translation>ノード貼り付けエラー</translation>
    </message>
    <message>
        <location filename="../node/nodecopypaste.cpp" line="133"/>
        <source>Failed to paste nodes: %1</source>
        <translation>ノードの貼り付けに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>NodeFactory</name>
    <message>
        <location filename="../node/factory.cpp" line="123"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>NodeValue</name>
    <message>
        <location filename="../node/value.cpp" line="282"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="285"/>
        <source>Integer</source>
        <translation>整数型</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="287"/>
        <source>Float</source>
        <translation>浮動小数点型</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="289"/>
        <source>Rational</source>
        <translation>分数型</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="291"/>
        <source>Boolean</source>
        <translation>真偽値型</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="293"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="295"/>
        <source>Matrix</source>
        <translation>マトリクス</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="297"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="299"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="301"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="303"/>
        <source>Texture</source>
        <translation>テクスチャ</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="305"/>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="307"/>
        <source>Vector 2D</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="309"/>
        <source>Vector 3D</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="311"/>
        <source>Vector 4D</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="313"/>
        <source>Video Parameters</source>
        <translation>ビデオパラメータ</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="315"/>
        <source>Audio Parameters</source>
        <translation>オーディオパラメータ</translation>
    </message>
    <message>
        <location filename="../node/value.cpp" line="324"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>NodeViewItem</name>
    <message>
        <location filename="../widget/nodeview/nodeviewitem.cpp" line="402"/>
        <source>%1...</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PresetManager</name>
    <message>
        <location filename="../dialog/sequence/presetmanager.h" line="137"/>
        <source>Save Preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/presetmanager.h" line="138"/>
        <source>Set preset name:</source>
        <translation>プリセット名を設定:</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/presetmanager.h" line="151"/>
        <source>Invalid preset name</source>
        <translation>無効なプリセット名</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/presetmanager.h" line="152"/>
        <source>You must enter a preset name</source>
        <translation>プリセット名を入力してください</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/presetmanager.h" line="185"/>
        <source>Preset exists</source>
        <translation>プリセットが存在します</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/presetmanager.h" line="186"/>
        <source>A preset with this name already exists. Would you like to replace it?</source>
        <translation>その名前のプリセットはすでに存在します。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>RatioDialog</name>
    <message>
        <location filename="../common/ratiodialog.cpp" line="39"/>
        <source>Enter custom ratio (e.g. &quot;4:3&quot;, &quot;16/9&quot;, etc.):</source>
        <translation>カスタム比率を入力 (&quot;4:3&quot;、&quot;16/9&quot;等):</translation>
    </message>
    <message>
        <location filename="../common/ratiodialog.cpp" line="84"/>
        <source>Invalid custom ratio</source>
        <translation>無効なカスタム比率</translation>
    </message>
    <message>
        <location filename="../common/ratiodialog.cpp" line="85"/>
        <source>Failed to parse &quot;%1&quot; into an aspect ratio. Please format a rational fraction with a &apos;:&apos; or a &apos;/&apos; separator.</source>
        <translation>アスペクト比&quot;%1&quot;をパースできません。&quot;:&quot;または&quot;/&quot;を区切り文字として分数を入力してください。</translation>
    </message>
</context>
<context>
    <name>Tool</name>
    <message>
        <location filename="../tool/tool.h" line="109"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../tool/tool.h" line="111"/>
        <source>Bars</source>
        <translation>バー</translation>
    </message>
    <message>
        <location filename="../tool/tool.h" line="113"/>
        <source>Solid</source>
        <translation>塗りつぶし</translation>
    </message>
    <message>
        <location filename="../tool/tool.h" line="115"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../tool/tool.h" line="117"/>
        <source>Tone</source>
        <translation>トーン</translation>
    </message>
    <message>
        <location filename="../tool/tool.h" line="119"/>
        <source>Subtitle</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../tool/tool.h" line="124"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../undo/undostack.cpp" line="124"/>
        <source>Undo %1</source>
        <translation>元に戻す %1</translation>
    </message>
    <message>
        <location filename="../undo/undostack.cpp" line="125"/>
        <source>Redo %1</source>
        <translation>やり直し %1</translation>
    </message>
</context>
<context>
    <name>VideoParams</name>
    <message>
        <location filename="../render/videoparams.cpp" line="219"/>
        <source>8-bit</source>
        <translation>8ビット</translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="221"/>
        <source>16-bit Integer</source>
        <translation>16ビット整数</translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="223"/>
        <source>Half-Float (16-bit)</source>
        <translation>単精度浮動小数点</translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="225"/>
        <source>Full-Float (32-bit)</source>
        <translation>倍精度浮動小数点</translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="231"/>
        <source>Unknown (0x%1)</source>
        <translation>不明 (0x%1)</translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="280"/>
        <source>%1 FPS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="286"/>
        <source>Square Pixels (%1)</source>
        <translation>正方形ピクセル (%1)</translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="287"/>
        <source>NTSC Standard (%1)</source>
        <translation>NTSC標準 (%1)</translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="288"/>
        <source>NTSC Widescreen (%1)</source>
        <translation>NTSCワイドスクリーン (%1)</translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="289"/>
        <source>PAL Standard (%1)</source>
        <translation>PAL標準 (%1)</translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="290"/>
        <source>PAL Widescreen (%1)</source>
        <translation>PALワイドスクリーン (%1)</translation>
    </message>
    <message>
        <location filename="../render/videoparams.cpp" line="291"/>
        <source>HD Anamorphic 1080 (%1)</source>
        <translation>HDアナモルフィック 1080 (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="83"/>
        <source>Show this help text</source>
        <translation>このヘルプテキストを表示</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="87"/>
        <source>Show application version</source>
        <translation>アプリケーションバージョンの表示</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="91"/>
        <source>Start in full-screen mode</source>
        <translation>フルスクリーンモードで起動</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="95"/>
        <source>Export only (No GUI)</source>
        <translation>エクスポートのみ (GUIなし)</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="99"/>
        <source>Override language with file</source>
        <translation>言語をファイルで上書き</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="101"/>
        <source>qm-file</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../main.cpp" line="105"/>
        <source>Project to open on startup</source>
        <translation>起動時に開くプロジェクト</translation>
    </message>
</context>
<context>
    <name>olive::AboutDialog</name>
    <message>
        <location filename="../dialog/about/about.cpp" line="37"/>
        <source>About %1</source>
        <translation>%1について</translation>
    </message>
    <message>
        <location filename="../dialog/about/about.cpp" line="57"/>
        <source>Olive is a free open source non-linear video editor. This software is licensed under the GNU GPL Version 3.</source>
        <translation>Oliveは無料のオープンソースノンリニアビデオエディタです。このソフトウェアはGNU GPL Version 3のもとでライセンスされています。</translation>
    </message>
    <message>
        <location filename="../dialog/about/about.cpp" line="71"/>
        <source>&lt;html&gt;Olive wouldn&apos;t be possible without the support of gracious donations from &lt;a href=&apos;https://www.patreon.com/olivevideoeditor&apos;&gt;Patreon&lt;/a&gt;&lt;/html&gt;:</source>
        <translation>&lt;html&gt;&lt;a href=&apos;https://www.patreon.com/olivevideoeditor&apos;&gt;Patreon&lt;/a&gt;からの親切な寄付無しにOliveはありませんでした&lt;/html&gt;:</translation>
    </message>
</context>
<context>
    <name>olive::ActionSearch</name>
    <message>
        <location filename="../dialog/actionsearch/actionsearch.cpp" line="58"/>
        <source>Search for action...</source>
        <translation>アクションを検索</translation>
    </message>
</context>
<context>
    <name>olive::AudioManager</name>
    <message>
        <location filename="../audio/audiomanager.cpp" line="35"/>
        <source>Qt</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../audio/audiomanager.cpp" line="40"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>olive::AudioMonitorPanel</name>
    <message>
        <location filename="../panel/audiomonitor/audiomonitor.cpp" line="37"/>
        <source>Audio Monitor</source>
        <translation>オーディオモニタ</translation>
    </message>
</context>
<context>
    <name>olive::AutoRecoveryDialog</name>
    <message>
        <location filename="../dialog/autorecovery/autorecoverydialog.cpp" line="60"/>
        <source>Auto-Recovery</source>
        <translation>自動修復</translation>
    </message>
    <message>
        <location filename="../dialog/autorecovery/autorecoverydialog.cpp" line="69"/>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
</context>
<context>
    <name>olive::Block</name>
    <message>
        <location filename="../node/block/block.cpp" line="226"/>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location filename="../node/block/block.cpp" line="227"/>
        <source>Media In</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../node/block/block.cpp" line="228"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../node/block/block.cpp" line="229"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../node/block/block.cpp" line="230"/>
        <source>Reverse</source>
        <translation>反転</translation>
    </message>
</context>
<context>
    <name>olive::BlurFilterNode</name>
    <message>
        <location filename="../node/filter/blur/blur.cpp" line="55"/>
        <source>Blur</source>
        <translation>ブラー</translation>
    </message>
    <message>
        <location filename="../node/filter/blur/blur.cpp" line="70"/>
        <source>Blurs an image.</source>
        <translation>画像をぼかします。</translation>
    </message>
    <message>
        <location filename="../node/filter/blur/blur.cpp" line="75"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../node/filter/blur/blur.cpp" line="76"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../node/filter/blur/blur.cpp" line="77"/>
        <source>Box</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <location filename="../node/filter/blur/blur.cpp" line="77"/>
        <source>Gaussian</source>
        <translation>ガウシアン</translation>
    </message>
    <message>
        <location filename="../node/filter/blur/blur.cpp" line="78"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../node/filter/blur/blur.cpp" line="79"/>
        <source>Horizontal</source>
        <translation>水平</translation>
    </message>
    <message>
        <location filename="../node/filter/blur/blur.cpp" line="80"/>
        <source>Vertical</source>
        <translation>垂直</translation>
    </message>
    <message>
        <location filename="../node/filter/blur/blur.cpp" line="81"/>
        <source>Repeat Edge Pixels</source>
        <translation>エッジピクセルを繰り返す</translation>
    </message>
</context>
<context>
    <name>olive::ClipBlock</name>
    <message>
        <location filename="../node/block/clip/clip.cpp" line="43"/>
        <source>Clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <location filename="../node/block/clip/clip.cpp" line="53"/>
        <source>A time-based node that represents a media source.</source>
        <translation>メディアソースをタイムベースで示すノードです。</translation>
    </message>
    <message>
        <location filename="../node/block/clip/clip.cpp" line="114"/>
        <source>Buffer</source>
        <translation>バッファ</translation>
    </message>
</context>
<context>
    <name>olive::ColorCoding</name>
    <message>
        <location filename="../ui/colorcoding.cpp" line="49"/>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="51"/>
        <source>Maroon</source>
        <translation>焦茶</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="53"/>
        <source>Orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="55"/>
        <source>Brown</source>
        <translation>茶</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="57"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="59"/>
        <source>Olive</source>
        <translation>オリーブ</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="61"/>
        <source>Lime</source>
        <translation>黄緑</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="63"/>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="65"/>
        <source>Cyan</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="67"/>
        <source>Teal</source>
        <translation>青緑</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="69"/>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="71"/>
        <source>Navy</source>
        <translation>藍</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="73"/>
        <source>Pink</source>
        <translation>ピンク</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="75"/>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="77"/>
        <source>Silver</source>
        <translation>銀</translation>
    </message>
    <message>
        <location filename="../ui/colorcoding.cpp" line="79"/>
        <source>Gray</source>
        <translation>灰</translation>
    </message>
</context>
<context>
    <name>olive::ColorDialog</name>
    <message>
        <location filename="../dialog/color/colordialog.cpp" line="35"/>
        <source>Select Color</source>
        <translation>色選択</translation>
    </message>
</context>
<context>
    <name>olive::ColorLabelMenu</name>
    <message>
        <location filename="../widget/colorlabelmenu/colorlabelmenu.cpp" line="60"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
</context>
<context>
    <name>olive::ColorManager</name>
    <message>
        <location filename="../node/color/colormanager/colormanager.cpp" line="269"/>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../node/color/colormanager/colormanager.cpp" line="270"/>
        <source>Default Input</source>
        <translation>デフォルト入力</translation>
    </message>
    <message>
        <location filename="../node/color/colormanager/colormanager.cpp" line="271"/>
        <source>Reference Space</source>
        <translation>レンダリングスペース</translation>
    </message>
    <message>
        <location filename="../node/color/colormanager/colormanager.cpp" line="273"/>
        <source>Scene Linear</source>
        <translation>シーンリニア</translation>
    </message>
    <message>
        <location filename="../node/color/colormanager/colormanager.cpp" line="273"/>
        <source>Compositing Log</source>
        <translation>コンポジットログ</translation>
    </message>
    <message>
        <location filename="../node/color/colormanager/colormanager.cpp" line="274"/>
        <source>(built-in)</source>
        <translation>(ビルトイン)</translation>
    </message>
    <message>
        <location filename="../node/color/colormanager/colormanager.h" line="43"/>
        <source>Color Manager</source>
        <translation>色管理</translation>
    </message>
    <message>
        <location filename="../node/color/colormanager/colormanager.h" line="58"/>
        <source>Color management configuration for project.</source>
        <translation>プロジェクトの色管理設定です。</translation>
    </message>
</context>
<context>
    <name>olive::ColorSpaceChooser</name>
    <message>
        <location filename="../widget/colorwheel/colorspacechooser.cpp" line="34"/>
        <source>Color Management</source>
        <translation>色管理</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorspacechooser.cpp" line="44"/>
        <source>Input:</source>
        <translation>入力:</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorspacechooser.cpp" line="47"/>
        <source>Color Space:</source>
        <translation>色スペース:</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorspacechooser.cpp" line="74"/>
        <source>Display:</source>
        <translation>ディスプレイ:</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorspacechooser.cpp" line="93"/>
        <source>View:</source>
        <translation>ビュー:</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorspacechooser.cpp" line="106"/>
        <source>Look:</source>
        <translation>ルック:</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorspacechooser.cpp" line="113"/>
        <source>(None)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>olive::ColorValuesTab</name>
    <message>
        <location filename="../widget/colorwheel/colorvalueswidget.cpp" line="167"/>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorvalueswidget.cpp" line="174"/>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorvalueswidget.cpp" line="181"/>
        <source>Blue</source>
        <translation>青</translation>
    </message>
</context>
<context>
    <name>olive::ColorValuesWidget</name>
    <message>
        <location filename="../widget/colorwheel/colorvalueswidget.cpp" line="44"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorvalueswidget.cpp" line="58"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorvalueswidget.cpp" line="64"/>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <location filename="../widget/colorwheel/colorvalueswidget.cpp" line="68"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
</context>
<context>
    <name>olive::ConformTask</name>
    <message>
        <location filename="../task/conform/conform.cpp" line="31"/>
        <source>Conforming Audio %1:%2</source>
        <translation>オーディオコンフォーミング中 %1:%2</translation>
    </message>
    <message>
        <location filename="../task/conform/conform.cpp" line="39"/>
        <source>Failed to open decoder for audio conform</source>
        <translation>オーディオコンフォーミングのためにデコーダーを開くことができませんでした </translation>
    </message>
</context>
<context>
    <name>olive::Core</name>
    <message>
        <location filename="../core.cpp" line="230"/>
        <source>Import error</source>
        <translation>インポートエラー</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="230"/>
        <source>Nothing to import</source>
        <translation>インポートするものがありません</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="242"/>
        <source>Importing...</source>
        <translation>インポート中...</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="327"/>
        <source>Import footage...</source>
        <translation>フッテージのインポート</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="338"/>
        <source>Failed to import footage</source>
        <translation>フッテージのインポートに失敗</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="338"/>
        <source>Failed to find active Project panel</source>
        <translation>アクティブなプロジェクトパネルの検索に失敗</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="374"/>
        <source>Failed to create new folder</source>
        <translation>新しいフォルダの作成に失敗</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="374"/>
        <location filename="../core.cpp" line="404"/>
        <source>Failed to find active project</source>
        <translation>アクティブなプロジェクトの検索に失敗</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="385"/>
        <source>New Folder</source>
        <translation>新しいフォルダ</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="404"/>
        <source>Failed to create new sequence</source>
        <translation>新しいシーケンスの作成に失敗</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="502"/>
        <source>Possible image sequence detected</source>
        <translation>画像シーケンスの可能性検出</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="503"/>
        <source>The file &apos;%1&apos; looks like it might be part of an image sequence. Would you like to import it as such?</source>
        <translation>ファイル&apos;%1&apos;は画像シーケンスの一部のようです。そのままインポートしますか？</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="538"/>
        <source>You must specify a project file to export</source>
        <translation>エクスポートするプロジェクトファイルを指定してください</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="543"/>
        <source>Specified project does not exist</source>
        <translation>指定されたプロジェクトはありません</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="629"/>
        <source>Failed to open startup file</source>
        <translation>スタートアップファイルを開けませんでした</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="630"/>
        <source>The project &quot;%1&quot; doesn&apos;t exist. A new project will be started instead.</source>
        <translation>プロジェクト&quot;%1&quot;は存在しません。代わりに新しいプロジェクトが開始されます。</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="739"/>
        <location filename="../core.cpp" line="1211"/>
        <source>Missing OpenTimelineIO Libraries</source>
        <translation>OpenTimelineIOライブラリがありません</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="740"/>
        <location filename="../core.cpp" line="1212"/>
        <source>This build was compiled without OpenTimelineIO and therefore cannot open OpenTimelineIO files.</source>
        <translation>このビルドはOpenTimelineIOなしでコンパイルされたため、OpenTimelineIOファイルを開くことができません。</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="785"/>
        <location filename="../core.cpp" line="793"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="786"/>
        <source>This Sequence is empty. There is nothing to export.</source>
        <translation>このシーケンスは空です。エクスポートするものがありません。</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="794"/>
        <source>No valid sequence detected.

Make sure a sequence is loaded and it has a connected Viewer node.</source>
        <translation>有効なシーケンスが見つかりませんでした。

シーケンスが読み込まれており、ビュワーノードに接続されていることを確認してください。</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="892"/>
        <location filename="../core.cpp" line="1131"/>
        <source>Auto-Recovery Error</source>
        <translation>自動修復エラー</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="893"/>
        <source>Failed to save auto-recovery to &quot;%1&quot;. Olive may not have permission to this directory.</source>
        <translation>自動修復を&quot;%1&quot;に保存できませんでした。Oliveはこのディレクトリの権限を持っていない可能性があります。</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1045"/>
        <source>Olive Project</source>
        <translation>Oliveプロジェクト</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1048"/>
        <source>OpenTimelineIO</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1121"/>
        <source>The following projects had unsaved changes when Olive forcefully quit. Would you like to load them?</source>
        <translation>Oliveが強制終了したため、以下のプロジェクトの変更が保存されていません。読み込みますか？</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1132"/>
        <source>Found auto-recoveries but failed to load the auto-recovery index. Auto-recover projects will have to be opened manually.

Your recoverable projects are still available at: %1</source>
        <translation>自動修復が見つかりましたが、自動修復インデックスの読み込みに失敗しました。 自動修復プロジェクトを手動で開く必要があります。

修復可能なプロジェクトは%1に保存されています</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1142"/>
        <source>The following project versions have been auto-saved:</source>
        <translation>以下のプロジェクトバージョンが自動保存されました:</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1150"/>
        <source>Save Project As</source>
        <translation>プロジェクトを別名で保存</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1221"/>
        <source>Load Project</source>
        <translation>プロジェクトの読み込み</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1290"/>
        <source>Label Node</source>
        <translation>ラベルノード</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1291"/>
        <source>Set node label</source>
        <translation>ノードラベルの設定</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1315"/>
        <source>Sequence %1</source>
        <translation>シーケンス %1</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1330"/>
        <source>Cannot open recent project</source>
        <translation>最近使用したプロジェクトが開けません</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1331"/>
        <source>The project &quot;%1&quot; doesn&apos;t exist. Would you like to remove this file from the recent list?</source>
        <translation>プロジェクト&quot;%1&quot;は存在しません。このファイルを最近使用したプロジェクトから削除しますか？</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1359"/>
        <source>Unsaved Changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1360"/>
        <source>The project &apos;%1&apos; has unsaved changes. Would you like to save them?</source>
        <translation>プロジェクト&quot;%1&quot;の変更は保存されていません。保存しますか？</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1363"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1369"/>
        <source>Save All</source>
        <translation>全て保存</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1372"/>
        <source>Don&apos;t Save</source>
        <translation>保存しない</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1378"/>
        <source>Don&apos;t Save All</source>
        <translation>全て保存しない</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1493"/>
        <source>Failed to cache sequence</source>
        <translation>シーケンスのキャッシュに失敗</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1494"/>
        <source>No active viewer found with this sequence.</source>
        <translation>このシーケンスにはアクティブなビュワーがありません。</translation>
    </message>
    <message>
        <location filename="../core.cpp" line="1564"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
</context>
<context>
    <name>olive::CrashHandlerDialog</name>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="47"/>
        <source>Olive</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="55"/>
        <source>We&apos;re sorry, Olive has crashed. Please help us fix it by sending an error report.</source>
        <translation>申し訳ありませんが、Oliveがクラッシュしました。 エラーレポートを送信して、修正にご協力ください。 </translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="63"/>
        <source>Describe what you were doing in as much detail as possible. If you can, provide steps to reproduce this crash.</source>
        <translation>何をしていたかをできるだけ詳しく説明してください。 可能であれば、このクラッシュを再現する手順を提供してください。</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="72"/>
        <source>Crash Report:</source>
        <translation>クラッシュレポート:</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="85"/>
        <source>Send Error Report</source>
        <translation>エラーレポートを送信</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="89"/>
        <source>Don&apos;t Send</source>
        <translation>送信しない</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="98"/>
        <source>Waiting for crash report to be generated...</source>
        <translation>クラッシュレポートが生成されるのを待っています...</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="155"/>
        <source>Upload Failed</source>
        <translation>アップロード失敗</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="156"/>
        <source>Failed to send error report. Please try again later.</source>
        <translation>エラーレポートの送信に失敗しました。 後でもう一度やり直してください。</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="193"/>
        <source>No Crash Summary</source>
        <translation>クラッシュの概要なし</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="194"/>
        <source>Are you sure you want to send an error report with no crash summary?</source>
        <translation>クラッシュの概要を入力せずにエラーレポートを送信してもよろしいですか？</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="266"/>
        <location filename="../crashhandler/crashhandler.cpp" line="293"/>
        <source>Failed to send report</source>
        <translation>レポートの送信に失敗しました</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="267"/>
        <source>Failed to find symbols necessary to send report. This is a packaging issue. Please notify the maintainers of this package.</source>
        <translation>レポートの送信に必要なシンボルが見つかりませんでした。これはパッケージの問題です。このパッケージをメンテナに通知してください。</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="294"/>
        <source>Failed to open symbol file. You may not have permission to access it.</source>
        <translation>シンボルファイルを開くことができませんでした。アクセス権がない可能性があります。</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="318"/>
        <source>Confirm Close</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../crashhandler/crashhandler.cpp" line="319"/>
        <source>Crash report is still uploading. Closing now may result in no report being sent. Are you sure you wish to close?</source>
        <translation>クラッシュレポートはまだアップロード中です。今閉じると、レポートが送信されない可能性があります。閉じてもよろしいですか？</translation>
    </message>
</context>
<context>
    <name>olive::CropDistortNode</name>
    <message>
        <location filename="../node/distort/crop/cropdistortnode.cpp" line="50"/>
        <source>Texture</source>
        <translation>テクスチャ</translation>
    </message>
    <message>
        <location filename="../node/distort/crop/cropdistortnode.cpp" line="51"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../node/distort/crop/cropdistortnode.cpp" line="52"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../node/distort/crop/cropdistortnode.cpp" line="53"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../node/distort/crop/cropdistortnode.cpp" line="54"/>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../node/distort/crop/cropdistortnode.cpp" line="55"/>
        <source>Feather</source>
        <translation>フェザー</translation>
    </message>
    <message>
        <location filename="../node/distort/crop/cropdistortnode.h" line="46"/>
        <source>Crop</source>
        <translation>クロップ</translation>
    </message>
    <message>
        <location filename="../node/distort/crop/cropdistortnode.h" line="61"/>
        <source>Crop the edges of an image.</source>
        <translation>画像の端を切り抜きます。</translation>
    </message>
</context>
<context>
    <name>olive::CrossDissolveTransition</name>
    <message>
        <location filename="../node/block/transition/crossdissolve/crossdissolvetransition.cpp" line="37"/>
        <source>Cross Dissolve</source>
        <translation>クロスディゾルブ</translation>
    </message>
    <message>
        <location filename="../node/block/transition/crossdissolve/crossdissolvetransition.cpp" line="52"/>
        <source>Smoothly transition between two clips.</source>
        <translation>2つのクリップ間のスムーズなトランジションです。</translation>
    </message>
</context>
<context>
    <name>olive::CurvePanel</name>
    <message>
        <location filename="../panel/curve/curve.cpp" line="71"/>
        <source>Curve Editor</source>
        <translation>カーブエディタ</translation>
    </message>
</context>
<context>
    <name>olive::CurveView</name>
    <message>
        <location filename="../widget/curvewidget/curveview.cpp" line="311"/>
        <source>Zoom to Fit</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <location filename="../widget/curvewidget/curveview.cpp" line="314"/>
        <source>Zoom to Fit Selected</source>
        <translation>選択されたもの全体を表示</translation>
    </message>
    <message>
        <location filename="../widget/curvewidget/curveview.cpp" line="317"/>
        <source>Reset Zoom</source>
        <translation>ズームのリセット</translation>
    </message>
</context>
<context>
    <name>olive::CurveWidget</name>
    <message>
        <location filename="../widget/curvewidget/curvewidget.cpp" line="67"/>
        <source>Linear</source>
        <translation>リニア</translation>
    </message>
    <message>
        <location filename="../widget/curvewidget/curvewidget.cpp" line="73"/>
        <source>Bezier</source>
        <translation>ベジエ</translation>
    </message>
    <message>
        <location filename="../widget/curvewidget/curvewidget.cpp" line="79"/>
        <source>Hold</source>
        <translation>固定</translation>
    </message>
</context>
<context>
    <name>olive::DipToColorTransition</name>
    <message>
        <location filename="../node/block/transition/diptocolor/diptocolortransition.cpp" line="39"/>
        <source>Dip To Color</source>
        <translation>色に浸す</translation>
    </message>
    <message>
        <location filename="../node/block/transition/diptocolor/diptocolortransition.cpp" line="54"/>
        <source>Transition between clips by dipping to a color.</source>
        <translation>色に浸してクリップを切り替えます。</translation>
    </message>
</context>
<context>
    <name>olive::DiskCacheDialog</name>
    <message>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="40"/>
        <source>Disk Cache: %1</source>
        <translation>ディスクキャッシュ %1</translation>
    </message>
    <message>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="41"/>
        <source>Disk Cache Settings</source>
        <translation>ディスクキャッシュ設定</translation>
    </message>
    <message>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="45"/>
        <source>Maximum Disk Cache:</source>
        <translation>最大ディスクキャッシュ:</translation>
    </message>
    <message>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="48"/>
        <source>%1 GB</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="55"/>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="90"/>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="99"/>
        <source>Clear Disk Cache</source>
        <translation>ディスクキャッシュの削除</translation>
    </message>
    <message>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="61"/>
        <source>Automatically clear disk cache on close</source>
        <translation>閉じる際にディスクキャッシュを自動削除する</translation>
    </message>
    <message>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="91"/>
        <source>Are you sure you want to clear the disk cache in &apos;%1&apos;?</source>
        <translation>本当に&apos;%1&apos;のディスクキャッシュを削除しますか？</translation>
    </message>
    <message>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="96"/>
        <source>Disk Cache Cleared</source>
        <translation>ディスクキャッシュを削除しました</translation>
    </message>
    <message>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="100"/>
        <source>Disk cache failed to fully clear. You may have to delete the cache files manually.</source>
        <translation>ディスクキャッシュを完全に削除できませんでした。手動でキャッシュファイルを削除する必要があります。</translation>
    </message>
    <message>
        <location filename="../dialog/diskcache/diskcachedialog.cpp" line="102"/>
        <source>Disk Cache Partially Cleared</source>
        <translation>ディスクキャッシュは一部削除されました</translation>
    </message>
</context>
<context>
    <name>olive::DiskManager</name>
    <message>
        <location filename="../render/diskmanager.cpp" line="51"/>
        <location filename="../render/diskmanager.cpp" line="177"/>
        <source>Disk Cache Error</source>
        <translation>ディスクキャッシュエラー</translation>
    </message>
    <message>
        <location filename="../render/diskmanager.cpp" line="52"/>
        <source>Unable to set custom application disk cache. Using default instead.</source>
        <translation>カスタムアプリケーションディスクキャッシュを設定できません。デフォルトを使用します。</translation>
    </message>
    <message>
        <location filename="../render/diskmanager.cpp" line="152"/>
        <source>Disk Cache</source>
        <translation>ディスクキャッシュ</translation>
    </message>
    <message>
        <location filename="../render/diskmanager.cpp" line="153"/>
        <source>You&apos;ve chosen to change the default disk cache location. This will invalidate your current cache. Would you like to continue?</source>
        <translation>デフォルトのディスクキャッシュの場所を変更することを選択しました。これにより、現在のキャッシュが無効になります。続行しますか？</translation>
    </message>
    <message>
        <location filename="../render/diskmanager.cpp" line="178"/>
        <source>Failed to open disk cache at &quot;%1&quot;. Try a different folder.</source>
        <translation>&apos;%1&apos;のディスクキャッシュを開くことができませんでした。別のフォルダを試してください。</translation>
    </message>
</context>
<context>
    <name>olive::ElapsedCounterWidget</name>
    <message>
        <location filename="../widget/taskview/elapsedcounterwidget.cpp" line="89"/>
        <source>Elapsed: %1</source>
        <translation>経過: %1</translation>
    </message>
    <message>
        <location filename="../widget/taskview/elapsedcounterwidget.cpp" line="90"/>
        <source>Remaining: %1</source>
        <translation>残り: %1</translation>
    </message>
</context>
<context>
    <name>olive::ExportAdvancedVideoDialog</name>
    <message>
        <location filename="../dialog/export/exportadvancedvideodialog.cpp" line="13"/>
        <source>Advanced</source>
        <translation>アドバンスド</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportadvancedvideodialog.cpp" line="21"/>
        <source>Pixel</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportadvancedvideodialog.cpp" line="27"/>
        <source>Pixel Format:</source>
        <translation>ピクセルフォーマット:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportadvancedvideodialog.cpp" line="40"/>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportadvancedvideodialog.cpp" line="46"/>
        <source>Threads:</source>
        <translation>スレッド:</translation>
    </message>
</context>
<context>
    <name>olive::ExportAudioTab</name>
    <message>
        <location filename="../dialog/export/exportaudiotab.cpp" line="40"/>
        <source>Codec:</source>
        <translation>コーデック:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportaudiotab.cpp" line="47"/>
        <source>Sample Rate:</source>
        <translation>サンプリングレート:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportaudiotab.cpp" line="54"/>
        <source>Channel Layout:</source>
        <translation>チャネルレイアウト:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportaudiotab.cpp" line="61"/>
        <source>Format:</source>
        <translation>フォーマット:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportaudiotab.cpp" line="66"/>
        <source>Bit Rate:</source>
        <translation>ビットレート:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportaudiotab.cpp" line="72"/>
        <source>%1 kbps</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::ExportCodec</name>
    <message>
        <location filename="../codec/exportcodec.cpp" line="34"/>
        <source>DNxHD</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="36"/>
        <source>H.264</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="38"/>
        <source>H.265</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="40"/>
        <source>OpenEXR</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="42"/>
        <source>PNG</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="44"/>
        <source>ProRes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="46"/>
        <source>TIFF</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="48"/>
        <source>MP2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="50"/>
        <source>MP3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="52"/>
        <source>AAC</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="54"/>
        <source>PCM (Uncompressed)</source>
        <translation>PCM (無圧縮)</translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="56"/>
        <source>FLAC</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="58"/>
        <source>Opus</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="60"/>
        <source>Vorbis</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="62"/>
        <source>VP9</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="64"/>
        <source>SubRip SRT</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportcodec.cpp" line="69"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>olive::ExportDialog</name>
    <message>
        <location filename="../dialog/export/export.cpp" line="59"/>
        <source>Filename:</source>
        <translation>ファイル名:</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="69"/>
        <source>Browse for exported file filename</source>
        <translation>エクスポートされるファイルのファイル名を参照します</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="78"/>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="82"/>
        <source>Same As Source - High Quality</source>
        <translation>ソースと同じ - 高品質</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="83"/>
        <source>Same As Source - Medium Quality</source>
        <translation>ソースと同じ - 標準品質</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="84"/>
        <source>Same As Source - Low Quality</source>
        <translation>ソースと同じ - 低品質</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="103"/>
        <source>Range:</source>
        <translation>範囲:</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="106"/>
        <source>Entire Sequence</source>
        <translation>全てのシーケンス</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="107"/>
        <source>In to Out</source>
        <translation>インポイントからアウトポイントまで</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="118"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="126"/>
        <source>Export Video</source>
        <translation>ビデオをエクスポート</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="129"/>
        <source>Export Audio</source>
        <translation>オーディオをエクスポート</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="132"/>
        <source>Export Subtitle</source>
        <translation>字幕をエクスポート</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="143"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="146"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="149"/>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="157"/>
        <location filename="../dialog/export/export.cpp" line="349"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="167"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="273"/>
        <source>Invalid parameters</source>
        <translation>無効なパラメータ</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="274"/>
        <source>Video, audio, and subtitles are disabled. There&apos;s nothing to export.</source>
        <translation>ビデオ、オーディオ、および字幕は無効です。 エクスポートするものはありません。</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="285"/>
        <location filename="../dialog/export/export.cpp" line="311"/>
        <location filename="../dialog/export/export.cpp" line="321"/>
        <source>Invalid filename</source>
        <translation>無効なファイル名</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="286"/>
        <source>The filename must contain the extension &quot;%1&quot;. Would you like to append it automatically?</source>
        <translation>ファイル名には拡張子&quot;%1&quot;が含まれている必要があります。自動的に追加しますか？</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="301"/>
        <source>Failed to create output directory</source>
        <translation>出力ディレクトリの作成に失敗</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="302"/>
        <source>The intended output directory doesn&apos;t exist and Olive couldn&apos;t create it. Please choose a different filename.</source>
        <translation>出力ディレクトリが存在せず、Oliveはそれを作成することができませんでした。他のファイル名を選択してください。</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="312"/>
        <source>Export is set to an image sequence, but the filename does not have a section for digits (formatted as [#####] where the amount of # is the amount of digits).</source>
        <translation>エクスポートが画像シーケンスに設定されていますが、ファイル名には数字([#####]という形式で、#は桁数)の部分がありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../dialog/export/export.cpp" line="322"/>
        <source>Filename doesn&apos;t contain enough digits for the amount of frames this export will need (need %1 for %n frame(s)).</source>
        <translation>
            <numerusform>このエクスポートに必要なフレーム数に必要な桁数がファイル名にありません。(%nフレームには%1桁必要です)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="331"/>
        <source>Confirm Overwrite</source>
        <translation>上書き確認</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="332"/>
        <source>The file &quot;%1&quot; already exists. Do you want to overwrite it?</source>
        <translation>ファイル&quot;%1&quot;はすでに存在します。上書きしますか？</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="343"/>
        <source>Invalid Parameters</source>
        <translation>無効なパラメータ</translation>
    </message>
    <message>
        <location filename="../dialog/export/export.cpp" line="344"/>
        <source>Width and height must be multiples of 2.</source>
        <translation>幅及び高さは2の倍数である必要があります。</translation>
    </message>
</context>
<context>
    <name>olive::ExportFormat</name>
    <message>
        <location filename="../codec/exportformat.cpp" line="31"/>
        <source>DNxHD</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="33"/>
        <source>Matroska Video</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="35"/>
        <source>MPEG-4 Video</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="37"/>
        <source>OpenEXR</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="39"/>
        <source>PNG</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="41"/>
        <source>TIFF</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="43"/>
        <source>QuickTime</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="45"/>
        <source>Wave Audio</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="47"/>
        <source>AIFF</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="49"/>
        <source>MP3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="51"/>
        <source>FLAC</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="53"/>
        <source>Ogg</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="55"/>
        <source>WebM</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="57"/>
        <source>SubRip SRT</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/exportformat.cpp" line="63"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>olive::ExportSubtitlesTab</name>
    <message>
        <location filename="../dialog/export/exportsubtitlestab.cpp" line="18"/>
        <source>Codec:</source>
        <translation>コーデック:</translation>
    </message>
</context>
<context>
    <name>olive::ExportTask</name>
    <message>
        <location filename="../task/export/export.cpp" line="35"/>
        <source>Exporting &quot;%1&quot;</source>
        <translation>&quot;%1&quot;をエクスポート中</translation>
    </message>
    <message>
        <location filename="../task/export/export.cpp" line="54"/>
        <source>Failed to create encoder</source>
        <translation>エンコーダの作成に失敗</translation>
    </message>
    <message>
        <location filename="../task/export/export.cpp" line="59"/>
        <source>Failed to open file: %1</source>
        <translation>ファイル: %1を開けません</translation>
    </message>
    <message>
        <location filename="../task/export/export.cpp" line="141"/>
        <source>Failed to overwrite &quot;%1&quot;. Export has been saved as &quot;%2&quot; instead.</source>
        <translation>&quot;%1&quot;の上書きに失敗しました。代わりにエクスポートは&quot;%2&quot;として保存されています。</translation>
    </message>
</context>
<context>
    <name>olive::ExportVideoTab</name>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="77"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="81"/>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="89"/>
        <source>Height:</source>
        <translation>高さ:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="97"/>
        <source>Maintain Aspect Ratio:</source>
        <translation>アスペクト比を維持:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="105"/>
        <source>Scaling Method:</source>
        <translation>スケーリング方法:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="109"/>
        <source>Fit</source>
        <translation>合わせる</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="110"/>
        <source>Stretch</source>
        <translation>引き伸ばす</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="111"/>
        <source>Crop</source>
        <translation>クロップ</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="119"/>
        <source>Frame Rate:</source>
        <translation>フレームレート:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="127"/>
        <source>Pixel Aspect Ratio:</source>
        <translation>ピクセルのアスペクト比:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="134"/>
        <source>Interlacing:</source>
        <translation>インタレース:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="141"/>
        <source>Quality:</source>
        <translation>品質:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="161"/>
        <source>Codec</source>
        <translation>コーデック</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="165"/>
        <source>Codec:</source>
        <translation>コーデック:</translation>
    </message>
    <message>
        <location filename="../dialog/export/exportvideotab.cpp" line="190"/>
        <source>Advanced</source>
        <translation>アドバンスド</translation>
    </message>
</context>
<context>
    <name>olive::FFmpegEncoder</name>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="120"/>
        <source>Failed to allocate output context</source>
        <translation>出力コンテキストの割り当てに失敗</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="144"/>
        <source>Failed to find suitable pixel format for this buffer</source>
        <translation>このバッファに適したピクセル形式を見つけることができませんでした</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="195"/>
        <source>Failed to open IO context</source>
        <translation>IOコンテキストを開くことができませんでした</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="202"/>
        <source>Failed to write format header</source>
        <translation>形式ヘッダーの書き込みに失敗しました</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="238"/>
        <source>Failed to create AVFrame buffer</source>
        <translation>AVフレームバッファの作成に失敗</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="261"/>
        <source>Failed to scale frame</source>
        <translation>フレームのスケーリングに失敗</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="333"/>
        <source>Failed to resample audio</source>
        <translation>オーディオのリサンプルに失敗</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="423"/>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="587"/>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="840"/>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="863"/>
        <source>Failed to write interleaved packet</source>
        <translation>インターリーブされたパケットの書き込みに失敗</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="549"/>
        <source>%1: %2 %3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="559"/>
        <source>Failed to send frame to encoder</source>
        <translation>フレームをエンコーダに送信できませんでした</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="575"/>
        <source>Failed to receive packet from decoder</source>
        <translation>デコーダーからのパケット受信に失敗</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="606"/>
        <source>Cannot initialize a stream that is not a video, audio, or subtitle type</source>
        <translation>ビデオ、オーディオ、または字幕タイプではないストリームを初期化できません</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="667"/>
        <source>Unknown internal codec</source>
        <translation>不明な内部コーデック</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="675"/>
        <source>Failed to find codec for %1</source>
        <translation>%1のコーデックが見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="680"/>
        <source>Retrieved unexpected codec type %1 for codec %2</source>
        <translation>コーデック%2の予期しないコーデックタイプ%1を取得</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="775"/>
        <source>Failed to allocate AVStream</source>
        <translation>AVストリームの割り当てに失敗</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="782"/>
        <source>Failed to allocate AVCodecContext</source>
        <translation>AVコーデックコンテキストの割り当てに失敗</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="810"/>
        <source>Failed to open encoder</source>
        <translation>エンコーダを開けませんでした</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="817"/>
        <source>Failed to copy codec parameters to stream</source>
        <translation>コーデックパラメータをストリームにコピーできませんでした</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="894"/>
        <source>Failed to create resampling context</source>
        <translation>リサンプリングコンテキストの作成に失敗</translation>
    </message>
    <message>
        <location filename="../codec/ffmpeg/ffmpegencoder.cpp" line="921"/>
        <source>Failed to create audio frame</source>
        <translation>オーディオフレームの作成に失敗</translation>
    </message>
</context>
<context>
    <name>olive::FileField</name>
    <message>
        <location filename="../widget/filefield/filefield.cpp" line="55"/>
        <source>Open Directory</source>
        <translation>ディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../widget/filefield/filefield.cpp" line="57"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
</context>
<context>
    <name>olive::FloatSlider</name>
    <message>
        <location filename="../widget/slider/floatslider.cpp" line="72"/>
        <source>%1 dB</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/slider/floatslider.cpp" line="75"/>
        <source>%1%</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/slider/floatslider.cpp" line="91"/>
        <source>∞</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::Folder</name>
    <message>
        <location filename="../node/project/folder/folder.cpp" line="49"/>
        <source>Children</source>
        <translation>子</translation>
    </message>
    <message>
        <location filename="../node/project/folder/folder.h" line="49"/>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../node/project/folder/folder.h" line="64"/>
        <source>Organize several items into a single collection.</source>
        <translation>複数のアイテムを1つのコレクションに整理します。</translation>
    </message>
</context>
<context>
    <name>olive::Footage</name>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="70"/>
        <source>Filename</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="71"/>
        <source>Loop Mode</source>
        <translation>ループモード</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="72"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="72"/>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="72"/>
        <source>Clamp</source>
        <translation>クランプ</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="308"/>
        <source>%1: Image - %2x%3</source>
        <translation>%1: 画像 - %2x%3</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="312"/>
        <source>%1: Video - %2x%3</source>
        <translation>%1: ビデオ - %2x%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../node/project/footage/footage.cpp" line="320"/>
        <source>%1: Audio - %n Channel(s), %2Hz</source>
        <translation>
            <numerusform>%1: オーディオ - %n チャンネル, %2Hz</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="416"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="418"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="420"/>
        <source>Subtitle</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="426"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="489"/>
        <source>Filename: %1</source>
        <translation>ファイル名: %1</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.cpp" line="513"/>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.h" line="67"/>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location filename="../node/project/footage/footage.h" line="82"/>
        <source>Import video, audio, or still image files into the composition.</source>
        <translation>ビデオ、オーディオ、または静止画像ファイルをコンポジションにインポートします。</translation>
    </message>
</context>
<context>
    <name>olive::FootageRelinkDialog</name>
    <message>
        <location filename="../dialog/footagerelink/footagerelinkdialog.cpp" line="46"/>
        <source>Footage</source>
        <translation>フッテージ</translation>
    </message>
    <message>
        <location filename="../dialog/footagerelink/footagerelinkdialog.cpp" line="46"/>
        <source>Filename</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../dialog/footagerelink/footagerelinkdialog.cpp" line="46"/>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../dialog/footagerelink/footagerelinkdialog.cpp" line="62"/>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <location filename="../dialog/footagerelink/footagerelinkdialog.cpp" line="83"/>
        <source>Relink Footage</source>
        <translation>フッテージを再リンク</translation>
    </message>
    <message>
        <location filename="../dialog/footagerelink/footagerelinkdialog.cpp" line="104"/>
        <source>Relink &quot;%1&quot;</source>
        <translation>&quot;%1&quot;を再リンク</translation>
    </message>
    <message>
        <location filename="../dialog/footagerelink/footagerelinkdialog.cpp" line="106"/>
        <source>All Files</source>
        <translation>すべてのファイル</translation>
    </message>
</context>
<context>
    <name>olive::FootageViewerPanel</name>
    <message>
        <location filename="../panel/footageviewer/footageviewer.cpp" line="58"/>
        <source>Footage Viewer</source>
        <translation>フッテージビュワー</translation>
    </message>
</context>
<context>
    <name>olive::FrameRateComboBox</name>
    <message>
        <location filename="../widget/standardcombos/frameratecombobox.h" line="110"/>
        <source>Custom Frame Rate</source>
        <translation>カスタムフレームレート</translation>
    </message>
    <message>
        <location filename="../widget/standardcombos/frameratecombobox.h" line="110"/>
        <source>Enter custom frame rate:</source>
        <translation>カスタムフレームレートを入力:</translation>
    </message>
    <message>
        <location filename="../widget/standardcombos/frameratecombobox.h" line="137"/>
        <source>Invalid Input</source>
        <translation>無効な入力</translation>
    </message>
    <message>
        <location filename="../widget/standardcombos/frameratecombobox.h" line="137"/>
        <source>Failed to convert &quot;%1&quot; to a frame rate.</source>
        <translation>&quot;%1&quot;をフレームレートに変換できませんでした。</translation>
    </message>
    <message>
        <location filename="../widget/standardcombos/frameratecombobox.h" line="168"/>
        <source>Custom...</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../widget/standardcombos/frameratecombobox.h" line="170"/>
        <source>Custom (%1)</source>
        <translation>カスタム (%1)</translation>
    </message>
</context>
<context>
    <name>olive::GapBlock</name>
    <message>
        <location filename="../node/block/gap/gap.cpp" line="36"/>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <location filename="../node/block/gap/gap.cpp" line="46"/>
        <source>A time-based node that represents an empty space.</source>
        <translation>空のスペースを表すタイムベースのノードです。</translation>
    </message>
</context>
<context>
    <name>olive::H264BitRateSection</name>
    <message>
        <location filename="../dialog/export/codec/h264section.cpp" line="152"/>
        <source>Target Bit Rate (Mbps):</source>
        <translation>ターゲットビットレート (Mbps):</translation>
    </message>
    <message>
        <location filename="../dialog/export/codec/h264section.cpp" line="160"/>
        <source>Maximum Bit Rate (Mbps):</source>
        <translation>最大ビットレート (Mbps):</translation>
    </message>
    <message>
        <location filename="../dialog/export/codec/h264section.cpp" line="168"/>
        <source>Two-Pass</source>
        <translation>2 Pass</translation>
    </message>
</context>
<context>
    <name>olive::H264FileSizeSection</name>
    <message>
        <location filename="../dialog/export/codec/h264section.cpp" line="196"/>
        <source>Target File Size (MB):</source>
        <translation>ターゲットファイルサイズ (MB):</translation>
    </message>
    <message>
        <location filename="../dialog/export/codec/h264section.cpp" line="204"/>
        <source>Two-Pass</source>
        <translation>2 Pass</translation>
    </message>
</context>
<context>
    <name>olive::H264Section</name>
    <message>
        <location filename="../dialog/export/codec/h264section.cpp" line="46"/>
        <source>Compression Method:</source>
        <translation>圧縮方式:</translation>
    </message>
    <message>
        <location filename="../dialog/export/codec/h264section.cpp" line="51"/>
        <source>Constant Rate Factor</source>
        <translation>コンスタントレートファクター</translation>
    </message>
    <message>
        <location filename="../dialog/export/codec/h264section.cpp" line="52"/>
        <source>Target Bit Rate</source>
        <translation>ターゲットビットレート</translation>
    </message>
    <message>
        <location filename="../dialog/export/codec/h264section.cpp" line="53"/>
        <source>Target File Size</source>
        <translation>ターゲットファイルサイズ</translation>
    </message>
</context>
<context>
    <name>olive::HandMovableView</name>
    <message>
        <location filename="../widget/handmovableview/handmovableview.cpp" line="160"/>
        <source>Scroll Zooms By Default</source>
        <translation>デフォルトでスクロールズーム</translation>
    </message>
</context>
<context>
    <name>olive::ImageSection</name>
    <message>
        <location filename="../dialog/export/codec/imagesection.cpp" line="36"/>
        <source>Image Sequence:</source>
        <translation>画像シーケンス:</translation>
    </message>
    <message>
        <location filename="../dialog/export/codec/imagesection.cpp" line="44"/>
        <source>Frame to Export:</source>
        <translation>エクスポートするフレーム:</translation>
    </message>
</context>
<context>
    <name>olive::InterlacedComboBox</name>
    <message>
        <location filename="../widget/standardcombos/interlacedcombobox.h" line="38"/>
        <source>None (Progressive)</source>
        <translation>なし (プログレッシブ)</translation>
    </message>
    <message>
        <location filename="../widget/standardcombos/interlacedcombobox.h" line="39"/>
        <source>Top-Field First</source>
        <translation>上位フィールドから</translation>
    </message>
    <message>
        <location filename="../widget/standardcombos/interlacedcombobox.h" line="40"/>
        <source>Bottom-Field First</source>
        <translation>下位フィールドから</translation>
    </message>
</context>
<context>
    <name>olive::KeyframePropertiesDialog</name>
    <message>
        <location filename="../dialog/keyframeproperties/keyframeproperties.cpp" line="38"/>
        <source>Keyframe Properties</source>
        <translation>キーフレームプロパティ</translation>
    </message>
    <message>
        <location filename="../dialog/keyframeproperties/keyframeproperties.cpp" line="65"/>
        <source>In:</source>
        <translation>入力:</translation>
    </message>
    <message>
        <location filename="../dialog/keyframeproperties/keyframeproperties.cpp" line="73"/>
        <source>Out:</source>
        <translation>出力:</translation>
    </message>
    <message>
        <location filename="../dialog/keyframeproperties/keyframeproperties.cpp" line="164"/>
        <source>Linear</source>
        <translation>リニア</translation>
    </message>
    <message>
        <location filename="../dialog/keyframeproperties/keyframeproperties.cpp" line="165"/>
        <source>Hold</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../dialog/keyframeproperties/keyframeproperties.cpp" line="166"/>
        <source>Bezier</source>
        <translation>ベジエ</translation>
    </message>
</context>
<context>
    <name>olive::KeyframeViewBase</name>
    <message>
        <location filename="../widget/keyframeview/keyframeviewbase.cpp" line="509"/>
        <source>Linear</source>
        <translation>リニア</translation>
    </message>
    <message>
        <location filename="../widget/keyframeview/keyframeviewbase.cpp" line="510"/>
        <source>Bezier</source>
        <translation>ベジエ</translation>
    </message>
    <message>
        <location filename="../widget/keyframeview/keyframeviewbase.cpp" line="511"/>
        <source>Hold</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../widget/keyframeview/keyframeviewbase.cpp" line="539"/>
        <source>P&amp;roperties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
</context>
<context>
    <name>olive::LoadOTIOTask</name>
    <message>
        <location filename="../task/project/loadotio/loadotio.cpp" line="55"/>
        <source>Failed to load OpenTimelineIO from file &quot;%1&quot;</source>
        <translation>ファイル &quot;%1&quot;からOpenTimelineIOを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../task/project/loadotio/loadotio.cpp" line="77"/>
        <source>Unknown OpenTimelineIO root element</source>
        <translation>不明なOpenTimelineIOルート要素</translation>
    </message>
    <message>
        <location filename="../task/project/loadotio/loadotio.cpp" line="123"/>
        <source>Failed to load clip</source>
        <translation>クリップのロードに失敗</translation>
    </message>
</context>
<context>
    <name>olive::MainMenu</name>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="300"/>
        <source>&amp;Save &apos;%1&apos;</source>
        <translation>保存(&amp;S) &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="301"/>
        <source>Save &apos;%1&apos; &amp;As</source>
        <translation>&apos;%1&apos;を別名で保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="302"/>
        <source>Close &apos;%1&apos;</source>
        <translation>&apos;%1&apos;を閉じる</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="303"/>
        <source>Close All Except &apos;%1&apos;</source>
        <translation>&apos;%1&apos;以外をすべて閉じる</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="305"/>
        <source>&amp;Save Project</source>
        <translation>プロジェクトを保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="306"/>
        <source>Save Project &amp;As</source>
        <translation>別名で保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="307"/>
        <source>Close Project</source>
        <translation>プロジェクトを閉じる</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="308"/>
        <source>Close All Except Current Project</source>
        <translation>現在のプロジェクト以外をすべて閉じる</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="410"/>
        <source>(None)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="628"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="629"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="630"/>
        <source>&amp;Open Project</source>
        <translation>プロジェクトを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="631"/>
        <source>Open &amp;Recent</source>
        <translation>最近使用したプロジェクトを開く(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="632"/>
        <source>&amp;Clear Recent List</source>
        <translation>最近使用したプロジェクトのクリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="633"/>
        <source>Sa&amp;ve All Projects</source>
        <translation>全てのプロジェクトを保存(&amp;v)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="634"/>
        <source>&amp;Import...</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="635"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="636"/>
        <source>&amp;Media...</source>
        <translation>メディア(&amp;M)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="637"/>
        <source>Close All Projects</source>
        <translation>全てのプロジェクトを閉じる</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="638"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;x)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="641"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="643"/>
        <source>Delete (alt)</source>
        <translation>削除 (alt)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="644"/>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="645"/>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="646"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="647"/>
        <source>Deselect All</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="648"/>
        <source>Ripple to In Point</source>
        <translation>インポイントをリップル</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="649"/>
        <source>Ripple to Out Point</source>
        <translation>アウトポイントをリップル</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="650"/>
        <source>Edit to In Point</source>
        <translation>インポイントを編集</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="651"/>
        <source>Edit to Out Point</source>
        <translation>アウトポイントを編集</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="652"/>
        <source>Delete In/Out Point</source>
        <translation>イン/アウトポイントを削除</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="653"/>
        <source>Ripple Delete In/Out Point</source>
        <translation>イン/アウトポイントのリップル削除</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="654"/>
        <source>Set/Edit Marker</source>
        <translation>マーカーの設定/編集</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="657"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="658"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="659"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="660"/>
        <source>Increase Track Height</source>
        <translation>トラックの幅を拡げる</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="661"/>
        <source>Decrease Track Height</source>
        <translation>トラックの幅を狭める</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="662"/>
        <source>Toggle Show All</source>
        <translation>全て表示</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="665"/>
        <source>Full Screen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="666"/>
        <source>Full Screen Viewer</source>
        <translation>フルスクリーンビュアー</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="669"/>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="670"/>
        <source>Go to Start</source>
        <translation>最初へ移動</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="671"/>
        <source>Previous Frame</source>
        <translation>前のフレーム</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="672"/>
        <source>Play/Pause</source>
        <translation>再生/一時停止</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="673"/>
        <source>Play In to Out</source>
        <translation>インポイントからアウトポイントまでを再生</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="674"/>
        <source>Next Frame</source>
        <translation>次のフレーム</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="675"/>
        <source>Go to End</source>
        <translation>最後に移動</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="676"/>
        <source>Go to Previous Cut</source>
        <translation>前のカットに移動</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="677"/>
        <source>Go to Next Cut</source>
        <translation>次のカットに移動</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="678"/>
        <source>Go to In Point</source>
        <translation>インポイントに移動</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="679"/>
        <source>Go to Out Point</source>
        <translation>アウトポイントに移動</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="680"/>
        <source>Shuttle Left</source>
        <translation>左にシャトル</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="681"/>
        <source>Shuttle Stop</source>
        <translation>シャトルを停止</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="682"/>
        <source>Shuttle Right</source>
        <translation>右にシャトル</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="683"/>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="686"/>
        <source>&amp;Sequence</source>
        <translation>シーケンス(&amp;S)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="687"/>
        <source>Cache Entire Sequence</source>
        <translation>全シーケンスをキャッシュする</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="688"/>
        <source>Cache Sequence In/Out</source>
        <translation>シーケンスイン/アウトをキャッシュ</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="691"/>
        <source>&amp;Window</source>
        <translation>ウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="692"/>
        <source>Maximize Panel</source>
        <translation>パネルを最大化</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="693"/>
        <source>Lock Panels</source>
        <translation>パネルをロック</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="694"/>
        <source>Reset to Default Layout</source>
        <translation>デフォルトレイアウトにリセット</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="697"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="698"/>
        <source>Pointer Tool</source>
        <translation>選択ツール</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="699"/>
        <source>Edit Tool</source>
        <translation>編集ツール</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="700"/>
        <source>Ripple Tool</source>
        <translation>リップルツール</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="701"/>
        <source>Rolling Tool</source>
        <translation>ローリングツール</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="702"/>
        <source>Razor Tool</source>
        <translation>レーザーツール</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="703"/>
        <source>Slip Tool</source>
        <translation>スリップツール</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="704"/>
        <source>Slide Tool</source>
        <translation>スライドツール</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="705"/>
        <source>Hand Tool</source>
        <translation>手のひらツール</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="706"/>
        <source>Zoom Tool</source>
        <translation>ズームツール</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="707"/>
        <source>Transition Tool</source>
        <translation>トランジションツール</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="708"/>
        <source>Enable Snapping</source>
        <translation>スナップを有効化</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="709"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="712"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="713"/>
        <source>A&amp;ction Search</source>
        <translation>アクションの検索(&amp;c)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="714"/>
        <source>Send &amp;Feedback...</source>
        <translation>フィードバックを送る(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainmenu.cpp" line="715"/>
        <source>&amp;About...</source>
        <translation>Oliveについて(&amp;A)</translation>
    </message>
</context>
<context>
    <name>olive::MainStatusBar</name>
    <message>
        <location filename="../window/mainwindow/mainstatusbar.cpp" line="41"/>
        <source>Welcome to %1 %2</source>
        <translation>%1 %2にようこそ</translation>
    </message>
    <message numerus="yes">
        <location filename="../window/mainwindow/mainstatusbar.cpp" line="75"/>
        <source>Running %n background task(s)</source>
        <translation>
            <numerusform>%nのバックグラウンドタスクが進行中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>olive::MainWindow</name>
    <message>
        <location filename="../window/mainwindow/mainwindow.cpp" line="473"/>
        <source>Driver Warning</source>
        <translation>ドライバ警告</translation>
    </message>
    <message>
        <location filename="../window/mainwindow/mainwindow.cpp" line="474"/>
        <source>Olive has detected your system is using the Nouveau graphics driver.

This driver is known to have stability and performance issues with Olive. It is highly recommended you install the proprietary NVIDIA driver before continuing to use Olive.</source>
        <translation>Oliveは、システムがNouveauグラフィックドライバを使用していることを検出しました。

このドライバーは、Oliveで安定性とパフォーマンスの問題があることが知られています。 Oliveを使い続ける前に、NVIDIAのプロプライエタリドライバーをインストールすることを強くお勧めします。</translation>
    </message>
</context>
<context>
    <name>olive::ManagedDisplayWidget</name>
    <message>
        <location filename="../widget/manageddisplay/manageddisplay.cpp" line="121"/>
        <source>Color Space</source>
        <translation>色スペース</translation>
    </message>
    <message>
        <location filename="../widget/manageddisplay/manageddisplay.cpp" line="163"/>
        <source>No color manager connected</source>
        <translation>色管理が接続されていません</translation>
    </message>
    <message>
        <location filename="../widget/manageddisplay/manageddisplay.cpp" line="267"/>
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <location filename="../widget/manageddisplay/manageddisplay.cpp" line="287"/>
        <source>View</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <location filename="../widget/manageddisplay/manageddisplay.cpp" line="307"/>
        <source>Look</source>
        <translation>ルック</translation>
    </message>
    <message>
        <location filename="../widget/manageddisplay/manageddisplay.cpp" line="314"/>
        <source>(None)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../widget/manageddisplay/manageddisplay.cpp" line="342"/>
        <source>OpenColorIO Error</source>
        <translation>OpenColorIOエラー</translation>
    </message>
    <message>
        <location filename="../widget/manageddisplay/manageddisplay.cpp" line="343"/>
        <source>Failed to set color configuration: %1</source>
        <translation>色設定の設定に失敗: %1</translation>
    </message>
</context>
<context>
    <name>olive::ManagedPixelSamplerWidget</name>
    <message>
        <location filename="../widget/pixelsampler/pixelsampler.cpp" line="74"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../widget/pixelsampler/pixelsampler.cpp" line="78"/>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
</context>
<context>
    <name>olive::MathNode</name>
    <message>
        <location filename="../node/math/math/math.cpp" line="50"/>
        <source>Math</source>
        <translation>計算</translation>
    </message>
    <message>
        <location filename="../node/math/math/math.cpp" line="65"/>
        <source>Perform a mathematical operation between two values.</source>
        <translation>2値の計算をします。</translation>
    </message>
    <message>
        <location filename="../node/math/math/math.cpp" line="72"/>
        <source>Method</source>
        <translation>演算方法</translation>
    </message>
    <message>
        <location filename="../node/math/math/math.cpp" line="73"/>
        <location filename="../node/math/math/math.cpp" line="74"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../node/math/math/math.cpp" line="76"/>
        <source>Add</source>
        <translation>加算</translation>
    </message>
    <message>
        <location filename="../node/math/math/math.cpp" line="77"/>
        <source>Subtract</source>
        <translation>減算</translation>
    </message>
    <message>
        <location filename="../node/math/math/math.cpp" line="78"/>
        <source>Multiply</source>
        <translation>乗算</translation>
    </message>
    <message>
        <location filename="../node/math/math/math.cpp" line="79"/>
        <source>Divide</source>
        <translation>除算</translation>
    </message>
    <message>
        <location filename="../node/math/math/math.cpp" line="81"/>
        <source>Power</source>
        <translation>べき乗</translation>
    </message>
</context>
<context>
    <name>olive::MatrixGenerator</name>
    <message>
        <location filename="../node/generator/matrix/matrix.cpp" line="59"/>
        <source>Orthographic Matrix</source>
        <translation>正投影行列</translation>
    </message>
    <message>
        <location filename="../node/generator/matrix/matrix.cpp" line="64"/>
        <source>Ortho</source>
        <translation>正投影</translation>
    </message>
    <message>
        <location filename="../node/generator/matrix/matrix.cpp" line="79"/>
        <source>Generate an orthographic matrix using position, rotation, and scale.</source>
        <translation>位置、回転、およびスケールを使用して正投影行列を生成します。</translation>
    </message>
    <message>
        <location filename="../node/generator/matrix/matrix.cpp" line="84"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../node/generator/matrix/matrix.cpp" line="85"/>
        <source>Rotation</source>
        <translation>回転</translation>
    </message>
    <message>
        <location filename="../node/generator/matrix/matrix.cpp" line="86"/>
        <source>Scale</source>
        <translation>スケール</translation>
    </message>
    <message>
        <location filename="../node/generator/matrix/matrix.cpp" line="87"/>
        <source>Uniform Scale</source>
        <translation>縦横比を維持</translation>
    </message>
    <message>
        <location filename="../node/generator/matrix/matrix.cpp" line="88"/>
        <source>Anchor Point</source>
        <translation>アンカーポイント</translation>
    </message>
</context>
<context>
    <name>olive::MenuShared</name>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="307"/>
        <source>&amp;Project</source>
        <translation>プロジェクト(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="308"/>
        <source>&amp;Sequence</source>
        <translation>シーケンス(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="309"/>
        <source>&amp;Folder</source>
        <translation>フォルダ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="312"/>
        <source>Cu&amp;t</source>
        <translation>切り取り (&amp;t)</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="313"/>
        <source>Cop&amp;y</source>
        <translation>コピー (&amp;y)</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="314"/>
        <source>&amp;Paste</source>
        <translation>貼り付け (&amp;P)</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="315"/>
        <source>Paste Insert</source>
        <translation>挿入貼り付け</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="316"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="317"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="318"/>
        <source>Ripple Delete</source>
        <translation>リップル削除</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="319"/>
        <source>Split</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="322"/>
        <source>Set In Point</source>
        <translation>インポイントを設定</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="323"/>
        <source>Set Out Point</source>
        <translation>アウトポイントを設定</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="324"/>
        <source>Reset In Point</source>
        <translation>インポイントをリセット</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="325"/>
        <source>Reset Out Point</source>
        <translation>アウトポイントをリセット</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="326"/>
        <source>Clear In/Out Point</source>
        <translation>イン/アウトポイントをクリア</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="329"/>
        <source>Add Default Transition</source>
        <translation>デフォルトトランジションを追加</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="330"/>
        <source>Link/Unlink</source>
        <translation>リンク/リンク解除</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="331"/>
        <source>Enable/Disable</source>
        <translation>有効/無効</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="332"/>
        <source>Nest</source>
        <translation>入れ子</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="335"/>
        <source>Frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="336"/>
        <source>Drop Frame</source>
        <translation>ドロップフレーム</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="337"/>
        <source>Non-Drop Frame</source>
        <translation>ノンドロップフレーム</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="338"/>
        <source>Milliseconds</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <location filename="../widget/menu/menushared.cpp" line="339"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>olive::MergeNode</name>
    <message>
        <location filename="../node/math/merge/merge.cpp" line="44"/>
        <source>Merge</source>
        <translation>結合</translation>
    </message>
    <message>
        <location filename="../node/math/merge/merge.cpp" line="59"/>
        <source>Merge two textures together.</source>
        <translation>2つのテクスチャを結合します。</translation>
    </message>
    <message>
        <location filename="../node/math/merge/merge.cpp" line="64"/>
        <source>Base</source>
        <translation>ベース</translation>
    </message>
    <message>
        <location filename="../node/math/merge/merge.cpp" line="66"/>
        <source>Blend</source>
        <translation>ブレンド</translation>
    </message>
</context>
<context>
    <name>olive::MosaicFilterNode</name>
    <message>
        <location filename="../node/filter/mosaic/mosaicfilternode.cpp" line="42"/>
        <source>Texture</source>
        <translation>テクスチャ</translation>
    </message>
    <message>
        <location filename="../node/filter/mosaic/mosaicfilternode.cpp" line="43"/>
        <source>Horizontal</source>
        <translation>水平</translation>
    </message>
    <message>
        <location filename="../node/filter/mosaic/mosaicfilternode.cpp" line="44"/>
        <source>Vertical</source>
        <translation>垂直</translation>
    </message>
    <message>
        <location filename="../node/filter/mosaic/mosaicfilternode.h" line="43"/>
        <source>Mosaic</source>
        <translation>モザイク</translation>
    </message>
    <message>
        <location filename="../node/filter/mosaic/mosaicfilternode.h" line="58"/>
        <source>Apply a pixelated mosaic filter to video.</source>
        <translation>ビデオにモザイクフィルタを適用します。</translation>
    </message>
</context>
<context>
    <name>olive::Node</name>
    <message>
        <location filename="../node/node.cpp" line="1760"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1762"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1764"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1766"/>
        <source>Distort</source>
        <translation>歪み</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1768"/>
        <source>Math</source>
        <translation>計算</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1770"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1772"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1774"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1776"/>
        <source>Generator</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1778"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1780"/>
        <source>Transition</source>
        <translation>トランジション</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1782"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../node/node.cpp" line="1788"/>
        <source>Uncategorized</source>
        <translation>カテゴリーなし</translation>
    </message>
</context>
<context>
    <name>olive::NodePanel</name>
    <message>
        <location filename="../panel/node/node.h" line="131"/>
        <source>Node Editor</source>
        <translation>ノードエディタ</translation>
    </message>
</context>
<context>
    <name>olive::NodeParamViewArrayButton</name>
    <message>
        <location filename="../widget/nodeparamview/nodeparamviewarraywidget.cpp" line="82"/>
        <source>+</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/nodeparamview/nodeparamviewarraywidget.cpp" line="84"/>
        <source>-</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::NodeParamViewArrayWidget</name>
    <message numerus="yes">
        <location filename="../widget/nodeparamview/nodeparamviewarraywidget.cpp" line="56"/>
        <source>%n element(s)</source>
        <translation>
            <numerusform>%nエレメント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>olive::NodeParamViewConnectedLabel</name>
    <message>
        <location filename="../widget/nodeparamview/nodeparamviewconnectedlabel.cpp" line="42"/>
        <source>Connected to</source>
        <translation>接続先</translation>
    </message>
    <message>
        <location filename="../widget/nodeparamview/nodeparamviewconnectedlabel.cpp" line="97"/>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../widget/nodeparamview/nodeparamviewconnectedlabel.cpp" line="119"/>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>olive::NodeParamViewItem</name>
    <message>
        <location filename="../widget/nodeparamview/nodeparamviewitem.cpp" line="135"/>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::NodeParamViewItemBody</name>
    <message>
        <location filename="../widget/nodeparamview/nodeparamviewitem.cpp" line="384"/>
        <location filename="../widget/nodeparamview/nodeparamviewitem.cpp" line="387"/>
        <source>%1:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::NodeParamViewKeyframeControl</name>
    <message>
        <location filename="../widget/nodeparamview/nodeparamviewkeyframecontrol.cpp" line="249"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../widget/nodeparamview/nodeparamviewkeyframecontrol.cpp" line="250"/>
        <source>Are you sure you want to disable keyframing on this value? This will clear all existing keyframes.</source>
        <translation>本当にこの値のキーフレームを無効にしますか？これにより既存のすべてのキーフレームが削除されます。</translation>
    </message>
</context>
<context>
    <name>olive::NodeTablePanel</name>
    <message>
        <location filename="../panel/table/table.cpp" line="35"/>
        <source>Table View</source>
        <translation>テーブルビュー</translation>
    </message>
</context>
<context>
    <name>olive::NodeTableView</name>
    <message>
        <location filename="../widget/nodetableview/nodetableview.cpp" line="34"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../widget/nodetableview/nodetableview.cpp" line="35"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../widget/nodetableview/nodetableview.cpp" line="36"/>
        <source>R/X</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/nodetableview/nodetableview.cpp" line="37"/>
        <source>G/Y</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/nodetableview/nodetableview.cpp" line="38"/>
        <source>B/Z</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/nodetableview/nodetableview.cpp" line="39"/>
        <source>A/W</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/nodetableview/nodetableview.cpp" line="137"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
</context>
<context>
    <name>olive::NodeTreeView</name>
    <message>
        <location filename="../widget/nodetreeview/nodetreeview.cpp" line="142"/>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location filename="../widget/nodetreeview/nodetreeview.cpp" line="172"/>
        <source>X</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/nodetreeview/nodetreeview.cpp" line="175"/>
        <source>Y</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/nodetreeview/nodetreeview.cpp" line="178"/>
        <source>Z</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/nodetreeview/nodetreeview.cpp" line="181"/>
        <source>W</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::NodeView</name>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="684"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="695"/>
        <source>Auto-Position</source>
        <translation>自動位置調整</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="701"/>
        <source>Open in Viewer</source>
        <translation>ビュワーで開く</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="707"/>
        <source>Smooth Edges</source>
        <translation>エッジをスムーズにする</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="718"/>
        <source>Filter</source>
        <translation>フイルタ</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="721"/>
        <source>Show All</source>
        <translation>全て表示</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="725"/>
        <source>Show Selected Blocks Only</source>
        <translation>選択したブロックのみを表示</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="733"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="736"/>
        <source>Top to Bottom</source>
        <translation>上から下</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="740"/>
        <source>Bottom to Top</source>
        <translation>下から上</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="744"/>
        <source>Left to Right</source>
        <translation>左から右</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="748"/>
        <source>Right to Left</source>
        <translation>右から左</translation>
    </message>
    <message>
        <location filename="../widget/nodeview/nodeview.cpp" line="757"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>olive::PanNode</name>
    <message>
        <location filename="../node/audio/pan/pan.cpp" line="47"/>
        <location filename="../node/audio/pan/pan.cpp" line="119"/>
        <source>Pan</source>
        <translation>パン</translation>
    </message>
    <message>
        <location filename="../node/audio/pan/pan.cpp" line="62"/>
        <source>Adjust the stereo panning of an audio source.</source>
        <translation>オーディオソースのステレオパンを調整します。</translation>
    </message>
    <message>
        <location filename="../node/audio/pan/pan.cpp" line="118"/>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
</context>
<context>
    <name>olive::PanelWidget</name>
    <message>
        <location filename="../widget/panel/panel.cpp" line="110"/>
        <source>%1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::ParamPanel</name>
    <message>
        <location filename="../panel/param/param.cpp" line="70"/>
        <source>Parameter Editor</source>
        <translation>パラメータエディタ</translation>
    </message>
    <message>
        <location filename="../panel/param/param.cpp" line="75"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../panel/param/param.cpp" line="79"/>
        <source>(multiple)</source>
        <translation>(複数)</translation>
    </message>
</context>
<context>
    <name>olive::PathWidget</name>
    <message>
        <location filename="../widget/path/pathwidget.cpp" line="42"/>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <location filename="../widget/path/pathwidget.cpp" line="51"/>
        <source>Browse for path</source>
        <translation>パスを参照</translation>
    </message>
</context>
<context>
    <name>olive::PixelAspectRatioComboBox</name>
    <message>
        <location filename="../widget/standardcombos/pixelaspectratiocombobox.h" line="92"/>
        <source>Set Custom Pixel Aspect Ratio</source>
        <translation>カスタムアスペクト比の設定</translation>
    </message>
    <message>
        <location filename="../widget/standardcombos/pixelaspectratiocombobox.h" line="108"/>
        <source>Custom...</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../widget/standardcombos/pixelaspectratiocombobox.h" line="115"/>
        <source>Custom (%1)</source>
        <translation>カスタム (%1)</translation>
    </message>
</context>
<context>
    <name>olive::PixelSamplerPanel</name>
    <message>
        <location filename="../panel/pixelsampler/pixelsamplerpanel.cpp" line="41"/>
        <source>Pixel Sampler</source>
        <translation>ピクセルサンプラー</translation>
    </message>
</context>
<context>
    <name>olive::PixelSamplerWidget</name>
    <message>
        <location filename="../widget/pixelsampler/pixelsampler.cpp" line="41"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../widget/pixelsampler/pixelsampler.cpp" line="56"/>
        <source>&lt;html&gt;&lt;font color=&apos;#FF8080&apos;&gt;R: %1&lt;/font&gt;&lt;br&gt;&lt;font color=&apos;#80FF80&apos;&gt;G: %2&lt;/font&gt;&lt;br&gt;&lt;font color=&apos;#8080FF&apos;&gt;B: %3&lt;/font&gt;&lt;br&gt;A: %4&lt;/html&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::PolygonGenerator</name>
    <message>
        <location filename="../node/generator/polygon/polygon.cpp" line="58"/>
        <source>Polygon</source>
        <translation>ポリゴン</translation>
    </message>
    <message>
        <location filename="../node/generator/polygon/polygon.cpp" line="73"/>
        <source>Generate a 2D polygon of any amount of points.</source>
        <translation>任意の頂点数の2Dポリゴンを生成します。</translation>
    </message>
    <message>
        <location filename="../node/generator/polygon/polygon.cpp" line="78"/>
        <source>Points</source>
        <translation>頂点</translation>
    </message>
    <message>
        <location filename="../node/generator/polygon/polygon.cpp" line="79"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
</context>
<context>
    <name>olive::PreCacheTask</name>
    <message>
        <location filename="../task/precache/precachetask.cpp" line="48"/>
        <source>Pre-caching %1:%2</source>
        <translation>プリキャッシュ %1:%2</translation>
    </message>
</context>
<context>
    <name>olive::PreferencesAppearanceTab</name>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesappearancetab.cpp" line="46"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesappearancetab.cpp" line="68"/>
        <source>Default Node Colors</source>
        <translation>デフォルトのノード色</translation>
    </message>
</context>
<context>
    <name>olive::PreferencesAudioTab</name>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="43"/>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="66"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="71"/>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="86"/>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="81"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="93"/>
        <source>Recording Mode:</source>
        <translation>録音モード:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="96"/>
        <source>Mono</source>
        <translation>モノラル</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="97"/>
        <source>Stereo</source>
        <translation>ステレオ</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="105"/>
        <source>Refresh Devices</source>
        <translation>デバイスの再読み込み</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="212"/>
        <source>Please wait...</source>
        <translation>お待ち下さい...</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesaudiotab.cpp" line="217"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>olive::PreferencesBehaviorTab</name>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="37"/>
        <source>Behavior</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="39"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="40"/>
        <source>Enable hover focus</source>
        <translation>ホバーフォーカスを有効化</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="42"/>
        <source>Panels will be considered focused when the mouse cursor is over them without having to click them.</source>
        <translation>パネルにマウスカーソルを合わせると、クリックしなくてもフォーカスされているとみなす。</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="44"/>
        <source>Enable slider ladder</source>
        <translation>スライダーラダーの有効化</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="48"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="49"/>
        <source>Enable audio scrubbing</source>
        <translation>オーディオスクラビングを有効化</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="53"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="54"/>
        <source>Auto-Seek to Imported Clips</source>
        <translation>インポートされたクリップの自動検索</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="57"/>
        <source>Edit Tool Also Seeks</source>
        <translation>編集ツールもシーク</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="60"/>
        <source>Edit Tool Selects Links</source>
        <translation>編集ツールがリンクを選択</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="63"/>
        <source>Enable Drag Files to Timeline</source>
        <translation>タイムラインへのファイルのドラッグを有効化</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="66"/>
        <source>Invert Timeline Scroll Axes</source>
        <translation>タイムラインのスクロール軸を反転</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="68"/>
        <source>Hold ALT on any UI element to switch scrolling axes</source>
        <translation>任意のUIエレメントでALTを押したままにすることでスクロール軸を切り替える</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="70"/>
        <source>Seek Also Selects</source>
        <translation>シークも選択</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="73"/>
        <source>Seek to the End of Pastes</source>
        <translation>貼り付けの終わりまでシーク</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="76"/>
        <source>Selecting Also Seeks</source>
        <translation>選択中もシーク</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="80"/>
        <source>Playback</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="81"/>
        <source>Ask For Name When Setting Marker</source>
        <translation>マーカーの設定時に名前をつける</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="84"/>
        <source>Automatically rewind at the end of a sequence</source>
        <translation>シーケンスの最後で自動的に巻き戻す</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="88"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="89"/>
        <source>Drop Files on Media to Replace</source>
        <translation>ファイルドロップでメディアを置き換え</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="93"/>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="94"/>
        <source>Add Default Effects to New Clips</source>
        <translation>新しいクリップにデフォルトエフェクトを追加</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="97"/>
        <source>Auto-Scale By Default</source>
        <translation>デフォルトでサイズを自動調整</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="100"/>
        <source>Splitting Clips Copies Dependencies</source>
        <translation>クリップを分割するし、依存性をコピー</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesbehaviortab.cpp" line="102"/>
        <source>Multiple clips can share the same nodes. Disable this to automatically share node dependencies among clips when copying or splitting them.</source>
        <translation>複数クリップは同じノードをシェアできる。クリップをコピーまたは分割するとき、クリップ間のノードの依存性を自動的に共有するにはこれを無効にしてください。</translation>
    </message>
</context>
<context>
    <name>olive::PreferencesDialog</name>
    <message>
        <location filename="../dialog/preferences/preferences.cpp" line="41"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/preferences.cpp" line="43"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/preferences.cpp" line="44"/>
        <source>Appearance</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/preferences.cpp" line="45"/>
        <source>Behavior</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/preferences.cpp" line="46"/>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/preferences.cpp" line="47"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/preferences.cpp" line="48"/>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
</context>
<context>
    <name>olive::PreferencesDiskTab</name>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesdisktab.cpp" line="41"/>
        <source>Disk Management</source>
        <translation>ディスク管理</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesdisktab.cpp" line="48"/>
        <source>Disk Cache Location:</source>
        <translation>ディスクキャッシュの場所:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesdisktab.cpp" line="55"/>
        <source>Disk Cache Settings</source>
        <translation>ディスクキャッシュ設定</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesdisktab.cpp" line="63"/>
        <source>Cache Behavior</source>
        <translation>キャッシュの振る舞い</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesdisktab.cpp" line="69"/>
        <source>Cache Ahead:</source>
        <translation>前方キャッシュ:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesdisktab.cpp" line="72"/>
        <location filename="../dialog/preferences/tabs/preferencesdisktab.cpp" line="81"/>
        <source>%1 seconds</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesdisktab.cpp" line="77"/>
        <source>Cache Behind:</source>
        <translation>後方キャッシュ:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesdisktab.cpp" line="101"/>
        <source>Disk Cache</source>
        <translation>ディスクキャッシュ</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesdisktab.cpp" line="102"/>
        <source>Failed to set disk cache location. Access was denied.</source>
        <translation>キャッシュの場所の設定に失敗しました。アクセスが拒否されました。</translation>
    </message>
</context>
<context>
    <name>olive::PreferencesGeneralTab</name>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="40"/>
        <source>Locale</source>
        <translation>ロケール</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="47"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="74"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="80"/>
        <source>Auto-Scroll Method:</source>
        <translation>自動スクロール方式:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="86"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="87"/>
        <source>Page Scrolling</source>
        <translation>ページスクロール</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="88"/>
        <source>Smooth Scrolling</source>
        <translation>スムーズスクロール</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="94"/>
        <source>Rectified Waveforms:</source>
        <translation>整流波形:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="102"/>
        <source>Default Still Image Length:</source>
        <translation>デフォルトの静止画の長さ:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="107"/>
        <source>%1 seconds</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="113"/>
        <source>Auto-Recovery</source>
        <translation>自動修復</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="119"/>
        <source>Enable Auto-Recovery:</source>
        <translation>自動修復を有効化:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="127"/>
        <source>Auto-Recovery Interval:</source>
        <translation>自動修復間隔:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="138"/>
        <source>Maximum Versions Per Project:</source>
        <translation>プロジェクトごとの最大バージョン:</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="148"/>
        <source>Browse Auto-Recoveries</source>
        <translation>自動修復を参照</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="186"/>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::PreferencesKeyboardTab</name>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="37"/>
        <source>Search for action or shortcut</source>
        <translation>アクションとショートカットの検索</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="44"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="45"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="50"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="54"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="60"/>
        <source>Reset Selected</source>
        <translation>選択されたものをリセット</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="64"/>
        <source>Reset All</source>
        <translation>すべてリセット</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="139"/>
        <source>Confirm Reset All Shortcuts</source>
        <translation>全てのショートカットのリセット</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="140"/>
        <source>Are you sure you wish to reset all keyboard shortcuts to their defaults?</source>
        <translation>本当にキーボードのショートカットをデフォルトにリセットしますか？</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="190"/>
        <source>Import Keyboard Shortcuts</source>
        <translation>キーボードショートカットのインポート</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="214"/>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="238"/>
        <source>Error saving shortcuts</source>
        <translation>ショートカットの保存エラー</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="215"/>
        <source>Failed to open file for reading</source>
        <translation>ファイルを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="222"/>
        <source>Export Keyboard Shortcuts</source>
        <translation>キーボードショートカットのエクスポート</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="236"/>
        <source>Export Shortcuts</source>
        <translation>ショートカットのエクスポート</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="236"/>
        <source>Shortcuts exported successfully</source>
        <translation>ショートカットのエクスポートに成功しました</translation>
    </message>
    <message>
        <location filename="../dialog/preferences/tabs/preferenceskeyboardtab.cpp" line="238"/>
        <source>Failed to open file for writing</source>
        <translation>ファイルに書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>olive::ProgressDialog</name>
    <message>
        <location filename="../dialog/progress/progress.cpp" line="62"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>olive::Project</name>
    <message>
        <location filename="../node/project/project.cpp" line="59"/>
        <source>Root</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location filename="../node/project/project.cpp" line="192"/>
        <location filename="../node/project/project.cpp" line="208"/>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
</context>
<context>
    <name>olive::ProjectExplorer</name>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="166"/>
        <source>Confirm Item Deletion</source>
        <translation>アイテム削除の確認</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="176"/>
        <source>The item &quot;%1&quot; is currently connected to the following nodes:

%2

Are you sure you wish to delete this footage?</source>
        <translation>アイテム&quot;%1&quot;は現在、次のノードに接続されています:

%2

本当にこのフッテージを削除しますか？</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="242"/>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="340"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="345"/>
        <source>&amp;Import...</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="355"/>
        <source>Open in New Tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="358"/>
        <source>Open in New Window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="366"/>
        <source>Reveal in Explorer</source>
        <translation>エクスプローラーで開く</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="368"/>
        <source>Reveal in Finder</source>
        <translation>ファインダーで開く</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="370"/>
        <source>Reveal in File Manager</source>
        <translation>ファイルマネージャーで開く</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="403"/>
        <source>Pre-Cache</source>
        <translation>プリキャッシュ</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="409"/>
        <source>No sequences exist in project</source>
        <translation>プロジェクトにシーケンスが存在しません</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="413"/>
        <source>For &quot;%1&quot;</source>
        <translation>&quot;%1&quot;に</translation>
    </message>
    <message>
        <location filename="../widget/projectexplorer/projectexplorer.cpp" line="426"/>
        <source>P&amp;roperties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
</context>
<context>
    <name>olive::ProjectExplorerNavigation</name>
    <message>
        <location filename="../widget/projectexplorer/projectexplorernavigation.cpp" line="88"/>
        <source>Go to parent folder</source>
        <translation>親フォルダに移動</translation>
    </message>
</context>
<context>
    <name>olive::ProjectImportErrorDialog</name>
    <message>
        <location filename="../task/project/import/importerrordialog.cpp" line="35"/>
        <source>Import Error</source>
        <translation>インポートエラー</translation>
    </message>
    <message>
        <location filename="../task/project/import/importerrordialog.cpp" line="37"/>
        <source>The following files failed to import. Olive likely does not support their formats.</source>
        <translation>以下のファイルのインポートに失敗しました。Oliveはこれらのフォーマットをサポートしていない可能性があります。</translation>
    </message>
</context>
<context>
    <name>olive::ProjectImportTask</name>
    <message numerus="yes">
        <location filename="../task/project/import/import.cpp" line="44"/>
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>%nファイルをインポートしています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>olive::ProjectLoadBaseTask</name>
    <message>
        <location filename="../task/project/load/loadbasetask.cpp" line="29"/>
        <source>Loading &apos;%1&apos;</source>
        <translation>&apos;%1&apos;を読み込み中</translation>
    </message>
</context>
<context>
    <name>olive::ProjectLoadTask</name>
    <message>
        <location filename="../task/project/load/load.cpp" line="55"/>
        <source>Failed to parse project version.</source>
        <translation>プロジェクトバージョンをパースできませんでした。</translation>
    </message>
    <message>
        <location filename="../task/project/load/load.cpp" line="59"/>
        <source>This project is newer than this version of Olive and cannot be opened.</source>
        <translation>このプロジェクトはこのバージョンのOliveよりも新しく、開くことができません。</translation>
    </message>
    <message>
        <location filename="../task/project/load/load.cpp" line="63"/>
        <location filename="../task/project/load/load.cpp" line="91"/>
        <source>This project is from a version of Olive that is no longer supported in this version.</source>
        <translation>このプロジェクトはこのバージョンのOliveでサポートしていません。</translation>
    </message>
    <message>
        <location filename="../task/project/load/load.cpp" line="71"/>
        <source>Failed to find project version.</source>
        <translation>プロジェクトバージョンを見つけられませんでした。</translation>
    </message>
    <message>
        <location filename="../task/project/load/load.cpp" line="110"/>
        <source>Failed to read file &quot;%1&quot; for reading.</source>
        <translation>ファイル&quot;%1&quot;の読み込みに失敗しました。</translation>
    </message>
</context>
<context>
    <name>olive::ProjectPanel</name>
    <message>
        <location filename="../panel/project/project.cpp" line="174"/>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../panel/project/project.cpp" line="176"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../panel/project/project.cpp" line="226"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>olive::ProjectSaveTask</name>
    <message>
        <location filename="../task/project/save/save.cpp" line="35"/>
        <source>Saving &apos;%1&apos;</source>
        <translation>&apos;%1&apos;の保存中</translation>
    </message>
    <message>
        <location filename="../task/project/save/save.cpp" line="74"/>
        <source>Failed to write XML data</source>
        <translation>XMLデータの書き込みに失敗しました</translation>
    </message>
    <message>
        <location filename="../task/project/save/save.cpp" line="82"/>
        <source>Failed to overwrite &quot;%1&quot;. Project has been saved as &quot;%2&quot; instead.</source>
        <translation>&quot;%1&quot;の上書きに失敗しました。プロジェクトは&quot;%2&quot;として保存されました。</translation>
    </message>
    <message>
        <location filename="../task/project/save/save.cpp" line="87"/>
        <source>Failed to open temporary file &quot;%1&quot; for writing.</source>
        <translation>一時ファイル&quot;%1&quot;を書き込み用に開くのに失敗しました。</translation>
    </message>
</context>
<context>
    <name>olive::ProjectSettingsNode</name>
    <message>
        <location filename="../node/project/projectsettings/projectsettings.cpp" line="39"/>
        <source>Disk Cache Location</source>
        <translation>ディスクキャッシュの場所</translation>
    </message>
    <message>
        <location filename="../node/project/projectsettings/projectsettings.cpp" line="40"/>
        <source>Disk Cache Path</source>
        <translation>ディスクキャッシュのパス</translation>
    </message>
    <message>
        <location filename="../node/project/projectsettings/projectsettings.cpp" line="41"/>
        <source>Use Default Location</source>
        <translation>デフォルトの場所を使用</translation>
    </message>
    <message>
        <location filename="../node/project/projectsettings/projectsettings.cpp" line="41"/>
        <source>Store Alongside Project</source>
        <translation>プロジェクトの場所に保存</translation>
    </message>
    <message>
        <location filename="../node/project/projectsettings/projectsettings.cpp" line="41"/>
        <source>Use Custom Location</source>
        <translation>カスタムの場所を使用</translation>
    </message>
    <message>
        <location filename="../node/project/projectsettings/projectsettings.cpp" line="42"/>
        <source>(default)</source>
        <translation>(デフォルト)</translation>
    </message>
    <message>
        <location filename="../node/project/projectsettings/projectsettings.h" line="38"/>
        <source>Project Settings</source>
        <translation>プロジェクト設定</translation>
    </message>
    <message>
        <location filename="../node/project/projectsettings/projectsettings.h" line="53"/>
        <source>Settings used throughout the project.</source>
        <translation>プロジェクト全体で使用される設定です。</translation>
    </message>
</context>
<context>
    <name>olive::ProjectToolbar</name>
    <message>
        <location filename="../widget/projecttoolbar/projecttoolbar.cpp" line="108"/>
        <source>New...</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../widget/projecttoolbar/projecttoolbar.cpp" line="109"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../widget/projecttoolbar/projecttoolbar.cpp" line="110"/>
        <source>Save Project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <location filename="../widget/projecttoolbar/projecttoolbar.cpp" line="112"/>
        <source>Search media, markers, etc.</source>
        <translation>メディアやマーカーなどを検索</translation>
    </message>
    <message>
        <location filename="../widget/projecttoolbar/projecttoolbar.cpp" line="114"/>
        <source>Tree View</source>
        <translation>ツリー表示</translation>
    </message>
    <message>
        <location filename="../widget/projecttoolbar/projecttoolbar.cpp" line="115"/>
        <source>List View</source>
        <translation>リスト表示</translation>
    </message>
    <message>
        <location filename="../widget/projecttoolbar/projecttoolbar.cpp" line="116"/>
        <source>Icon View</source>
        <translation>アイコン表示</translation>
    </message>
</context>
<context>
    <name>olive::ProjectViewModel</name>
    <message>
        <location filename="../node/project/projectviewmodel.cpp" line="174"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../node/project/projectviewmodel.cpp" line="176"/>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location filename="../node/project/projectviewmodel.cpp" line="178"/>
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <location filename="../node/project/projectviewmodel.cpp" line="327"/>
        <source>Move Items</source>
        <translation>アイテムを移動</translation>
    </message>
</context>
<context>
    <name>olive::RationalSlider</name>
    <message>
        <location filename="../widget/slider/rationalslider.cpp" line="174"/>
        <source>Float</source>
        <translation>浮動小数</translation>
    </message>
    <message>
        <location filename="../widget/slider/rationalslider.cpp" line="180"/>
        <source>Rational</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../widget/slider/rationalslider.cpp" line="186"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>olive::RenderCancelDialog</name>
    <message>
        <location filename="../dialog/rendercancel/rendercancel.cpp" line="26"/>
        <source>Waiting for workers to finish...</source>
        <translation>ワーカーが終了するのを待っています...</translation>
    </message>
    <message>
        <location filename="../dialog/rendercancel/rendercancel.cpp" line="26"/>
        <source>Renderer</source>
        <translation>レンダラー</translation>
    </message>
</context>
<context>
    <name>olive::SaveOTIOTask</name>
    <message>
        <location filename="../task/project/saveotio/saveotio.cpp" line="42"/>
        <source>Exporting project to OpenTimelineIO</source>
        <translation>OpenTimelineIOにプロジェクトをエクスポート</translation>
    </message>
    <message>
        <location filename="../task/project/saveotio/saveotio.cpp" line="50"/>
        <source>Project contains no sequences to export.</source>
        <translation>プロジェクトにエクスポートできるシーケンスがありません。</translation>
    </message>
    <message>
        <location filename="../task/project/saveotio/saveotio.cpp" line="69"/>
        <source>Failed to serialize sequence &quot;%1&quot;</source>
        <translation>シーケンス&quot;%1&quot;をシリアライズできません</translation>
    </message>
</context>
<context>
    <name>olive::ScopePanel</name>
    <message>
        <location filename="../panel/scope/scope.cpp" line="77"/>
        <source>Waveform</source>
        <translation>波形</translation>
    </message>
    <message>
        <location filename="../panel/scope/scope.cpp" line="79"/>
        <source>Histogram</source>
        <translation>ヒストグラム</translation>
    </message>
    <message>
        <location filename="../panel/scope/scope.cpp" line="101"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
</context>
<context>
    <name>olive::Sequence</name>
    <message>
        <location filename="../node/project/sequence/sequence.cpp" line="101"/>
        <source>Video Tracks</source>
        <translation>ビデオトラック</translation>
    </message>
    <message>
        <location filename="../node/project/sequence/sequence.cpp" line="104"/>
        <source>Audio Tracks</source>
        <translation>オーディオトラック</translation>
    </message>
    <message>
        <location filename="../node/project/sequence/sequence.cpp" line="107"/>
        <source>Subtitle Tracks</source>
        <translation>字幕トラック</translation>
    </message>
    <message>
        <location filename="../node/project/sequence/sequence.h" line="48"/>
        <source>Sequence</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <location filename="../node/project/sequence/sequence.h" line="63"/>
        <source>A series of cuts that result in an edited video. Also called a timeline.</source>
        <translation>編集されたビデオとなるカットのシリーズ。タイムラインとも呼ばれます。</translation>
    </message>
</context>
<context>
    <name>olive::SequenceDialog</name>
    <message>
        <location filename="../dialog/sequence/sequence.cpp" line="66"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequence.cpp" line="73"/>
        <source>Set As Default</source>
        <translation>デフォルトに設定</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequence.cpp" line="82"/>
        <source>New Sequence</source>
        <translation>新しいシーケンス</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequence.cpp" line="85"/>
        <source>Editing &quot;%1&quot;</source>
        <translation>&quot;%1&quot;を編集中</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequence.cpp" line="105"/>
        <source>Error editing Sequence</source>
        <translation>シーケンス編集中のエラー</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequence.cpp" line="105"/>
        <source>Please enter a name for this Sequence.</source>
        <translation>このシーケンスの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequence.cpp" line="145"/>
        <source>Confirm Set As Default</source>
        <translation>デフォルト設定の確認</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequence.cpp" line="146"/>
        <source>Are you sure you want to set the current parameters as defaults?</source>
        <translation>本当に現在のパラメータをデフォルトに設定しますか？</translation>
    </message>
</context>
<context>
    <name>olive::SequenceDialogParameterTab</name>
    <message>
        <location filename="../dialog/sequence/sequencedialogparametertab.cpp" line="21"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogparametertab.cpp" line="33"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogparametertab.cpp" line="35"/>
        <source>Sample Rate:</source>
        <translation>サンプリングレート:</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogparametertab.cpp" line="39"/>
        <source>Channels:</source>
        <translation>チャンネル:</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogparametertab.cpp" line="48"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogparametertab.cpp" line="50"/>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogparametertab.cpp" line="56"/>
        <source>Quality:</source>
        <translation>品質:</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogparametertab.cpp" line="75"/>
        <source>Save Preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogparametertab.cpp" line="119"/>
        <source>(%1x%2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::SequenceDialogPresetTab</name>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="53"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="61"/>
        <source>My Presets</source>
        <translation>マイプリセット</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="65"/>
        <source>4K UHD</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="66"/>
        <source>1080p</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="67"/>
        <source>720p</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="69"/>
        <source>NTSC</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="72"/>
        <source>PAL</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="110"/>
        <source>%1 23.976 FPS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="120"/>
        <source>%1 25 FPS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="130"/>
        <source>%1 29.97 FPS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="140"/>
        <source>%1 50 FPS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="150"/>
        <source>%1 59.94 FPS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="168"/>
        <source>%1 Standard</source>
        <translation>%1 標準</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="178"/>
        <source>%1 Widescreen</source>
        <translation>%1 ワイドスクリーン</translation>
    </message>
    <message>
        <location filename="../dialog/sequence/sequencedialogpresettab.cpp" line="272"/>
        <source>Delete Preset</source>
        <translation>プリセットを削除</translation>
    </message>
</context>
<context>
    <name>olive::SequenceViewerPanel</name>
    <message>
        <location filename="../panel/sequenceviewer/sequenceviewer.cpp" line="36"/>
        <source>Sequence Viewer</source>
        <translation>シーケンスビュワー</translation>
    </message>
</context>
<context>
    <name>olive::SliderBase</name>
    <message numerus="yes">
        <location filename="../dialog/preferences/tabs/preferencesgeneraltab.cpp" line="132"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widget/slider/base/sliderbase.cpp" line="107"/>
        <source>---</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/slider/base/sliderbase.cpp" line="156"/>
        <source>Invalid Value</source>
        <translation>無効な値</translation>
    </message>
    <message>
        <location filename="../widget/slider/base/sliderbase.cpp" line="157"/>
        <source>The entered value is not valid for this field.</source>
        <translation>入力された値はこのフィールドには無効です。</translation>
    </message>
</context>
<context>
    <name>olive::SolidGenerator</name>
    <message>
        <location filename="../node/generator/solid/solid.cpp" line="42"/>
        <source>Solid</source>
        <translation>ソリッド</translation>
    </message>
    <message>
        <location filename="../node/generator/solid/solid.cpp" line="57"/>
        <source>Generate a solid color.</source>
        <translation>ソリッドカラーの生成</translation>
    </message>
    <message>
        <location filename="../node/generator/solid/solid.cpp" line="62"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
</context>
<context>
    <name>olive::StringSlider</name>
    <message>
        <location filename="../widget/slider/stringslider.cpp" line="53"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>olive::StrokeFilterNode</name>
    <message>
        <location filename="../node/filter/stroke/stroke.cpp" line="58"/>
        <source>Stroke</source>
        <translation>ストローク</translation>
    </message>
    <message>
        <location filename="../node/filter/stroke/stroke.cpp" line="73"/>
        <source>Creates a stroke outline around an image.</source>
        <translation>画像枠を作成します。</translation>
    </message>
    <message>
        <location filename="../node/filter/stroke/stroke.cpp" line="78"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../node/filter/stroke/stroke.cpp" line="79"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../node/filter/stroke/stroke.cpp" line="80"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../node/filter/stroke/stroke.cpp" line="81"/>
        <source>Opacity</source>
        <translation>透明度</translation>
    </message>
    <message>
        <location filename="../node/filter/stroke/stroke.cpp" line="82"/>
        <source>Inner</source>
        <translation>内側</translation>
    </message>
</context>
<context>
    <name>olive::SubtitleBlock</name>
    <message>
        <location filename="../node/block/subtitle/subtitle.cpp" line="42"/>
        <source>Subtitle</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../node/block/subtitle/subtitle.cpp" line="52"/>
        <source>A time-based node representing a single subtitle element for a certain period of time.</source>
        <translation>特定の範囲の単一の字幕エレメントの表示時間をタイムベースで示すノードです。</translation>
    </message>
    <message>
        <location filename="../node/block/subtitle/subtitle.cpp" line="59"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
</context>
<context>
    <name>olive::Task</name>
    <message>
        <location filename="../task/task.h" line="58"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../task/task.h" line="59"/>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
</context>
<context>
    <name>olive::TaskDialog</name>
    <message>
        <location filename="../dialog/task/task.cpp" line="89"/>
        <source>Task Failed</source>
        <translation>タスク失敗</translation>
    </message>
</context>
<context>
    <name>olive::TaskManagerPanel</name>
    <message>
        <location filename="../panel/taskmanager/taskmanager.cpp" line="48"/>
        <source>Task Manager</source>
        <translation>タスク管理</translation>
    </message>
</context>
<context>
    <name>olive::TaskViewItem</name>
    <message>
        <location filename="../widget/taskview/taskviewitem.cpp" line="86"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>olive::TextGenerator</name>
    <message>
        <location filename="../node/generator/text/text.cpp" line="43"/>
        <source>Sample Text</source>
        <translation>サンプルテキスト</translation>
    </message>
    <message>
        <location filename="../node/generator/text/text.cpp" line="63"/>
        <location filename="../node/generator/text/text.cpp" line="83"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../node/generator/text/text.cpp" line="78"/>
        <source>Generate rich text.</source>
        <translation>リッチテキストを生成します。</translation>
    </message>
    <message>
        <location filename="../node/generator/text/text.cpp" line="84"/>
        <source>Enable HTML</source>
        <translation>HTMLを有効化</translation>
    </message>
    <message>
        <location filename="../node/generator/text/text.cpp" line="85"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../node/generator/text/text.cpp" line="86"/>
        <source>Font Size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <location filename="../node/generator/text/text.cpp" line="87"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../node/generator/text/text.cpp" line="88"/>
        <source>Vertical Align</source>
        <translation>垂直位置</translation>
    </message>
    <message>
        <location filename="../node/generator/text/text.cpp" line="89"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../node/generator/text/text.cpp" line="89"/>
        <source>Center</source>
        <translation>中央</translation>
    </message>
    <message>
        <location filename="../node/generator/text/text.cpp" line="89"/>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
</context>
<context>
    <name>olive::TimeBasedPanel</name>
    <message>
        <location filename="../panel/timebased/timebased.cpp" line="146"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>olive::TimeBasedWidget</name>
    <message>
        <location filename="../widget/timebased/timebasedwidget.cpp" line="594"/>
        <source>Set Marker</source>
        <translation>マーカーを設定</translation>
    </message>
    <message>
        <location filename="../widget/timebased/timebasedwidget.cpp" line="594"/>
        <source>Marker name:</source>
        <translation>マーカー名:</translation>
    </message>
</context>
<context>
    <name>olive::TimeInput</name>
    <message>
        <location filename="../node/input/time/timeinput.cpp" line="36"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../node/input/time/timeinput.cpp" line="51"/>
        <source>Generates the time (in seconds) at this frame.</source>
        <translation>このフレームでの時間(秒)を生成します。</translation>
    </message>
</context>
<context>
    <name>olive::TimeRemapNode</name>
    <message>
        <location filename="../node/time/timeremap/timeremap.cpp" line="48"/>
        <source>Time Remap</source>
        <translation>時間の再マップ</translation>
    </message>
    <message>
        <location filename="../node/time/timeremap/timeremap.cpp" line="63"/>
        <source>Arbitrarily remap time through the nodes.</source>
        <translation>ノードを通じて時間を任意に再マップします。</translation>
    </message>
</context>
<context>
    <name>olive::TimelinePanel</name>
    <message>
        <location filename="../panel/timeline/timeline.cpp" line="187"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
</context>
<context>
    <name>olive::TimelineWidget</name>
    <message>
        <location filename="../widget/timelinewidget/timelinewidget.cpp" line="981"/>
        <location filename="../widget/timelinewidget/timelinewidget.cpp" line="1011"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../widget/timelinewidget/timelinewidget.cpp" line="996"/>
        <source>Use Audio Time Units</source>
        <translation>オーディオの時間単位を使用</translation>
    </message>
    <message>
        <location filename="../widget/timelinewidget/timelinewidget.cpp" line="1001"/>
        <source>Show Waveforms</source>
        <translation>波形を表示</translation>
    </message>
</context>
<context>
    <name>olive::ToolPanel</name>
    <message>
        <location filename="../panel/tool/tool.cpp" line="52"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
</context>
<context>
    <name>olive::Toolbar</name>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="96"/>
        <source>Pointer Tool</source>
        <translation>ポインタツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="97"/>
        <source>Edit Tool</source>
        <translation>編集ツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="98"/>
        <source>Ripple Tool</source>
        <translation>リップルツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="99"/>
        <source>Rolling Tool</source>
        <translation>ローリングツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="100"/>
        <source>Razor Tool</source>
        <translation>レーザーツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="101"/>
        <source>Slip Tool</source>
        <translation>スリップツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="102"/>
        <source>Slide Tool</source>
        <translation>スライドツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="103"/>
        <source>Hand Tool</source>
        <translation>手のひらツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="104"/>
        <source>Zoom Tool</source>
        <translation>ズームツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="105"/>
        <source>Transition Tool</source>
        <translation>トランジションツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="106"/>
        <source>Record Tool</source>
        <translation>録音ツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="107"/>
        <source>Add Tool</source>
        <translation>追加ツール</translation>
    </message>
    <message>
        <location filename="../widget/toolbar/toolbar.cpp" line="108"/>
        <source>Toggle Snapping</source>
        <translation>スナップ</translation>
    </message>
</context>
<context>
    <name>olive::Track</name>
    <message>
        <location filename="../node/output/track/track.cpp" line="78"/>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <location filename="../node/output/track/track.cpp" line="93"/>
        <source>Node for representing and processing a single array of Blocks sorted by time. Also represents the end of a Sequence.</source>
        <translation>時間でソートされたブロックの単一配列を表現および処理するためのノード。シーケンスの終わりも表します。</translation>
    </message>
    <message>
        <location filename="../node/output/track/track.cpp" line="308"/>
        <source>Blocks</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <location filename="../node/output/track/track.cpp" line="309"/>
        <source>Muted</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <location filename="../node/output/track/track.cpp" line="570"/>
        <source>Video %1</source>
        <translation>ビデオ %1</translation>
    </message>
    <message>
        <location filename="../node/output/track/track.cpp" line="571"/>
        <source>Audio %1</source>
        <translation>オーディオ %1</translation>
    </message>
    <message>
        <location filename="../node/output/track/track.cpp" line="572"/>
        <source>Subtitle %1</source>
        <translation>字幕 %1</translation>
    </message>
    <message>
        <location filename="../node/output/track/track.cpp" line="578"/>
        <source>Track %1</source>
        <translation>トラック %1</translation>
    </message>
</context>
<context>
    <name>olive::TrackViewItem</name>
    <message>
        <location filename="../widget/timelinewidget/trackview/trackviewitem.cpp" line="54"/>
        <source>M</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/timelinewidget/trackview/trackviewitem.cpp" line="61"/>
        <source>L</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::TransformDistortNode</name>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.cpp" line="49"/>
        <source>Auto-Scale</source>
        <translation>オートスケール</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.cpp" line="50"/>
        <source>Texture</source>
        <translation>テクスチャ</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.cpp" line="51"/>
        <source>Interpolation</source>
        <translation>補完</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.cpp" line="53"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.cpp" line="53"/>
        <source>Fit</source>
        <translation>合わせる</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.cpp" line="53"/>
        <source>Fill</source>
        <translation>最大拡大</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.cpp" line="53"/>
        <source>Stretch</source>
        <translation>引き伸ばす</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.cpp" line="54"/>
        <source>Nearest Neighbor</source>
        <translation>ニアレストネイバー</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.cpp" line="54"/>
        <source>Bilinear</source>
        <translation>バイリニア</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.cpp" line="54"/>
        <source>Mipmapped Bilinear</source>
        <translation>ミップマップドバイリニア</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.h" line="43"/>
        <source>Transform</source>
        <translation>変形</translation>
    </message>
    <message>
        <location filename="../node/distort/transform/transformdistortnode.h" line="63"/>
        <source>Transform an image in 2D space. Equivalent to multiplying by an orthographic matrix.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::TransitionBlock</name>
    <message>
        <location filename="../node/block/transition/transition.cpp" line="48"/>
        <source>From</source>
        <translation>トランジション元</translation>
    </message>
    <message>
        <location filename="../node/block/transition/transition.cpp" line="49"/>
        <source>To</source>
        <translation>トランジション先</translation>
    </message>
    <message>
        <location filename="../node/block/transition/transition.cpp" line="50"/>
        <source>Curve</source>
        <translation>カーブ</translation>
    </message>
    <message>
        <location filename="../node/block/transition/transition.cpp" line="53"/>
        <source>Linear</source>
        <translation>リニア</translation>
    </message>
    <message>
        <location filename="../node/block/transition/transition.cpp" line="53"/>
        <source>Exponential</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../node/block/transition/transition.cpp" line="53"/>
        <source>Logarithmic</source>
        <translation>対数</translation>
    </message>
</context>
<context>
    <name>olive::TrigonometryNode</name>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="42"/>
        <source>Trigonometry</source>
        <translation>三角演算</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="57"/>
        <source>Perform a trigonometry operation on a value.</source>
        <translation>値に対して三角演算を実行します。</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="62"/>
        <source>Sine</source>
        <translation>サイン</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="63"/>
        <source>Cosine</source>
        <translation>コサイン</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="64"/>
        <source>Tangent</source>
        <translation>タンジェント</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="66"/>
        <source>Inverse Sine</source>
        <translation>逆サイン</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="67"/>
        <source>Inverse Cosine</source>
        <translation>逆コサイン</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="68"/>
        <source>Inverse Tangent</source>
        <translation>逆タンジェント</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="70"/>
        <source>Hyperbolic Sine</source>
        <translation>双曲サイン</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="71"/>
        <source>Hyperbolic Cosine</source>
        <translation>双曲コサイン</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="72"/>
        <source>Hyperbolic Tangent</source>
        <translation>双曲タンジェント</translation>
    </message>
    <message>
        <location filename="../node/math/trigonometry/trigonometry.cpp" line="76"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>olive::ValueNode</name>
    <message>
        <location filename="../node/input/value/valuenode.h" line="43"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../node/input/value/valuenode.h" line="58"/>
        <source>Create a single value that can be connected to various other inputs.</source>
        <translation>他のさまざまな入力に接続できる単一の値を作成します。</translation>
    </message>
</context>
<context>
    <name>olive::VideoDividerComboBox</name>
    <message>
        <location filename="../widget/standardcombos/videodividercombobox.h" line="41"/>
        <source>Full</source>
        <translation>フル</translation>
    </message>
    <message>
        <location filename="../widget/standardcombos/videodividercombobox.h" line="43"/>
        <source>1/%1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>olive::VideoParamEdit</name>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="39"/>
        <source>Enabled:</source>
        <translation>有効:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="48"/>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="60"/>
        <source>Height:</source>
        <translation>高さ:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="72"/>
        <source>Depth:</source>
        <translation>深度:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="84"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="93"/>
        <source>Frame Rate:</source>
        <translation>フレームレート:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="112"/>
        <source>Pixel Aspect Ratio:</source>
        <translation>ピクセルのアスペクト比:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="122"/>
        <source>Interlacing:</source>
        <translation>インタレース:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="132"/>
        <source>Channel Count:</source>
        <translation>チャンネル数:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="136"/>
        <source>RGB</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="137"/>
        <source>RGBA</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="144"/>
        <source>Divider:</source>
        <translation>ディバイダ:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="154"/>
        <source>Stream Index:</source>
        <translation>ストリームインデックス:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="164"/>
        <source>Video Type:</source>
        <translation>ビデオタイプ:</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="167"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="168"/>
        <source>Still</source>
        <translation>静止</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="169"/>
        <source>Image Sequence</source>
        <translation>画像シーケンス</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="176"/>
        <source>Start Time</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="187"/>
        <source>End Time</source>
        <translation>終了時間</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="198"/>
        <source>Premultiplied Alpha</source>
        <translation>プリマルチプライドアルファ</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="208"/>
        <source>Colorspace</source>
        <translation>カラースペース</translation>
    </message>
    <message>
        <location filename="../widget/videoparamedit/videoparamedit.cpp" line="361"/>
        <source>Default (%1)</source>
        <translation>デフォルト (%1)</translation>
    </message>
</context>
<context>
    <name>olive::ViewerDisplayWidget</name>
    <message numerus="yes">
        <location filename="../widget/viewer/viewerdisplay.cpp" line="201"/>
        <source>%n skipped frame(s) detected during playback</source>
        <translation>
            <numerusform>再生中に%nフレームのスキップが検出されました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewerdisplay.cpp" line="473"/>
        <source>%1 FPS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewerdisplay.cpp" line="477"/>
        <source>%1 frames skipped</source>
        <translation>%1フレームスキップ</translation>
    </message>
</context>
<context>
    <name>olive::ViewerOutput</name>
    <message>
        <location filename="../node/output/viewer/viewer.cpp" line="72"/>
        <source>Viewer</source>
        <translation>ビュワー</translation>
    </message>
    <message>
        <location filename="../node/output/viewer/viewer.cpp" line="87"/>
        <source>Interface between a Viewer panel and the node system.</source>
        <translation>ビュワーパネルとノードシステム間のインターフェースです。</translation>
    </message>
    <message>
        <location filename="../node/output/viewer/viewer.cpp" line="129"/>
        <source>%1 FPS</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../node/output/viewer/viewer.cpp" line="133"/>
        <source>%1 Hz</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../node/output/viewer/viewer.cpp" line="293"/>
        <source>Video Parameters</source>
        <translation>ビデオパラメータ</translation>
    </message>
    <message>
        <location filename="../node/output/viewer/viewer.cpp" line="294"/>
        <source>Audio Parameters</source>
        <translation>オーディオパラメータ</translation>
    </message>
    <message>
        <location filename="../node/output/viewer/viewer.cpp" line="296"/>
        <source>Texture</source>
        <translation>テクスチャ</translation>
    </message>
    <message>
        <location filename="../node/output/viewer/viewer.cpp" line="297"/>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
</context>
<context>
    <name>olive::ViewerPanel</name>
    <message>
        <location filename="../panel/viewer/viewer.cpp" line="41"/>
        <source>Viewer</source>
        <translation>ビュワー</translation>
    </message>
</context>
<context>
    <name>olive::ViewerWidget</name>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="382"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="383"/>
        <source>No in or out points are set to cache.</source>
        <translation>キャッシュにインポイントまたはアウトポイントが設定されていません。</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="840"/>
        <location filename="../widget/viewer/viewer.cpp" line="1024"/>
        <source>Safe Margins</source>
        <translation>セーフマージン</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="940"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="944"/>
        <source>Fit</source>
        <translation>合わせる</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="946"/>
        <source>%1%</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="954"/>
        <source>Full Screen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="960"/>
        <source>Screen %1: %2x%3</source>
        <translation>スクリーン %1: %2x%3</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="975"/>
        <source>Deinterlace</source>
        <translation>インターレース解除</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="986"/>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="1000"/>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="1004"/>
        <source>Auto-Cache</source>
        <translation>自動キャッシュ</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="1012"/>
        <source>Cache Entire Sequence</source>
        <translation>全てのシーケンスをキャッシュ</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="1016"/>
        <source>Cache Sequence In/Out</source>
        <translation>シーケンスイン/アウトをキャッシュ</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="1027"/>
        <source>Off</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="1032"/>
        <source>On</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="1037"/>
        <source>Custom Aspect</source>
        <translation>カスタムアスペクト</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="1047"/>
        <source>Show Audio Waveform</source>
        <translation>オーディオ波形を表示</translation>
    </message>
    <message>
        <location filename="../widget/viewer/viewer.cpp" line="1055"/>
        <source>Show FPS</source>
        <translation>FPSを表示</translation>
    </message>
</context>
<context>
    <name>olive::VolumeNode</name>
    <message>
        <location filename="../node/audio/volume/volume.cpp" line="46"/>
        <location filename="../node/audio/volume/volume.cpp" line="85"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../node/audio/volume/volume.cpp" line="61"/>
        <source>Adjusts the volume of an audio source.</source>
        <translation>オーディオソースの音量を調整します。</translation>
    </message>
    <message>
        <location filename="../node/audio/volume/volume.cpp" line="84"/>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
</context>
</TS>
