<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="94"/>
        <location filename="../src/gui/about_dialog.cpp" line="161"/>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="165"/>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the &lt;a %1&gt;GNU General Public License (GPL), version&amp;nbsp;3&lt;/a&gt;, as published by the Free Software Foundation.</source>
        <translation>このプログラムはフリー ソフトウェアです: フリー ソフトウェア財団によって公開される &lt;a %1&gt;GNU 一般公衆利用許諾書 (GPL)、バージョン&amp;nbsp;3&lt;/a&gt; の条件の下で再配布および/または変更することができます。</translation>
    </message>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="170"/>
        <source>This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License (GPL), version&amp;nbsp;3, for &lt;a %1&gt;more details&lt;/a&gt;.</source>
        <translation>このプログラムは有用であることを願って頒布されますが、全くの無保証です。商業可能性の保証や特定目的への適合性は、言外に示されたものも 含め、全く存在しません。&lt;a %1&gt;詳細は&lt;/a&gt;GNU 一般公衆利用許諾書 (GPL)、バージョン&amp;nbsp;3 をご覧くださ い。</translation>
    </message>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="175"/>
        <source>&lt;a %1&gt;All about licenses, copyright notices, conditions and disclaimers.&lt;/a&gt;</source>
        <translation>&lt;a %1&gt;ライセンス、著作権通知、条件、および免責事項に関するすべて。&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="177"/>
        <source>The OpenOrienteering developers in alphabetical order:</source>
        <translation>アルファベット順の OpenOrienteering 開発者:</translation>
    </message>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="178"/>
        <source>(project initiator)</source>
        <translation>(プロジェクト開始)</translation>
    </message>
    <message>
        <source>License (%1)</source>
        <translation type="vanished">ライセンス (%1)</translation>
    </message>
    <message>
        <location filename="../packaging/translations.cpp" line="14"/>
        <location filename="../src/gui/about_dialog.cpp" line="163"/>
        <source>A free software for drawing orienteering maps</source>
        <extracomment>For the moment, we use this existing translation instead of the previous one.</extracomment>
        <translation>オリエンテーリング地図作成のための自由なソフトウェア</translation>
    </message>
    <message>
        <source>Developers in alphabetical order:</source>
        <translation type="vanished">デベロッパ (アルファベット順):</translation>
    </message>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="179"/>
        <source>For contributions, thanks to:</source>
        <translation>コントリビュータ:</translation>
    </message>
    <message>
        <source>This program uses the &lt;b&gt;Clipper library&lt;/b&gt; by Angus Johnson.</source>
        <translation type="vanished">このプログラムは &lt;b&gt;Clipper library&lt;/b&gt; by Angus Johnson を使用しています。</translation>
    </message>
    <message>
        <source>See &lt;a href="%1"&gt;%1&lt;/a&gt; for more information.</source>
        <translation type="vanished">詳細については、&lt;a href="%1"&gt;%1&lt;/a&gt; を参照してください。</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation type="vanished">追加情報</translation>
    </message>
</context>
<context>
    <name>AbstractHomeScreenWidget</name>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="92"/>
        <source>Open most recently used file</source>
        <translation>直前に使用したファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="95"/>
        <source>Show tip of the day</source>
        <translation>今日のヒントを表示する</translation>
    </message>
</context>
<context>
    <name>ActionGridBar</name>
    <message>
        <location filename="../src/gui/widgets/action_grid_bar.cpp" line="53"/>
        <source>Show remaining items</source>
        <translation>残りのアイテムを表示</translation>
    </message>
</context>
<context>
    <name>AreaSymbolSettings</name>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="64"/>
        <source>mm²</source>
        <translation>mm²</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="65"/>
        <source>Minimum size:</source>
        <translation>最小のサイズ:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="72"/>
        <source>Fills</source>
        <translation>フィル</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="85"/>
        <source>Line fill</source>
        <translation>ラインフィル</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="86"/>
        <source>Pattern fill</source>
        <translation>パターンフィル</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="124"/>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="135"/>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="142"/>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="161"/>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="166"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="139"/>
        <source>Single line</source>
        <translation>シングルライン</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="153"/>
        <source>Parallel lines</source>
        <translation>平行線</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="155"/>
        <source>Line spacing:</source>
        <translation>平行線の間隔:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="158"/>
        <source>Single row</source>
        <translation>シングルロウ</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="160"/>
        <source>Pattern interval:</source>
        <translation>パターン間隔:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="165"/>
        <source>Pattern offset:</source>
        <translation>パターンのオフセット:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="170"/>
        <source>Row offset:</source>
        <translation>ロウのオフセット:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="172"/>
        <source>Parallel rows</source>
        <translation>平行ロウ</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="174"/>
        <source>Row spacing:</source>
        <translation>ロウ間隔:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="180"/>
        <source>Fill rotation</source>
        <translation>フィルの回転</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="182"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="184"/>
        <source>Angle:</source>
        <translation>角度:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="186"/>
        <source>adjustable per object</source>
        <translation>オブジェクトごとに調節可能</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="201"/>
        <source>Area settings</source>
        <translation>エリアの設定</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="282"/>
        <source>Pattern fill %1</source>
        <translation>パターンフィル %1</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="291"/>
        <source>Line fill %1</source>
        <translation>ラインフィル %1</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="308"/>
        <source>No fill selected</source>
        <translation>フィルが選択されていません</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="62"/>
        <source>Area color:</source>
        <translation>エリアの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="151"/>
        <source>Line offset:</source>
        <translation>ラインのオフセット:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="146"/>
        <source>Line color:</source>
        <translation>ラインの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/area_symbol_settings.cpp" line="141"/>
        <source>Line width:</source>
        <translation>ラインの幅:</translation>
    </message>
</context>
<context>
    <name>AutosaveDialog</name>
    <message>
        <location filename="../src/gui/autosave_dialog.cpp" line="43"/>
        <source>Autosaved file</source>
        <translation>自動保存したファイル</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/autosave_dialog.cpp" line="45"/>
        <location filename="../src/gui/autosave_dialog.cpp" line="51"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/autosave_dialog.cpp" line="49"/>
        <source>File saved by the user</source>
        <translation>ユーザーによって保存されたファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/autosave_dialog.cpp" line="56"/>
        <source>File recovery</source>
        <translation>ファイルの復元</translation>
    </message>
    <message>
        <location filename="../src/gui/autosave_dialog.cpp" line="58"/>
        <source>File %1 was not properly closed. At the moment, there are two versions:</source>
        <translation>ファイル %1 は正しく閉じられませんでした。現時点では、2 つのバージョンがあります:</translation>
    </message>
    <message>
        <location filename="../src/gui/autosave_dialog.cpp" line="72"/>
        <source>Save the active file to remove the conflicting version.</source>
        <translation>作業中のファイルを保存して、競合するバージョンを削除します。</translation>
    </message>
</context>
<context>
    <name>ColorDialog</name>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="45"/>
        <source>Edit map color</source>
        <translation>色の編集</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="62"/>
        <source>Defines a spot color:</source>
        <translation>スポットカラーの定義:</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="71"/>
        <source>Mixture of spot colors (screens and overprint):</source>
        <translation>スポットカラーの混合(スクリーンとオーバープリント):</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="86"/>
        <location filename="../src/gui/color_dialog.cpp" line="124"/>
        <location filename="../src/gui/color_dialog.cpp" line="129"/>
        <location filename="../src/gui/color_dialog.cpp" line="134"/>
        <location filename="../src/gui/color_dialog.cpp" line="139"/>
        <location filename="../src/gui/color_dialog.cpp" line="349"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="91"/>
        <source>Knockout: erases lower colors</source>
        <translation>ノックアウト(抜き): 下の色を消去</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="109"/>
        <location filename="../src/gui/color_dialog.cpp" line="166"/>
        <source>Calculate from spot colors</source>
        <translation>スポットカラーから計算</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="114"/>
        <source>Calculate from RGB color</source>
        <translation>RGBカラーから計算</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="119"/>
        <source>Custom process color:</source>
        <translation>カスタム・プロセスカラー:</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="125"/>
        <source>Cyan</source>
        <translation>シアン</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="130"/>
        <source>Magenta</source>
        <translation>マゼンダ</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="135"/>
        <source>Yellow</source>
        <translation>イエロー</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="140"/>
        <source>Black</source>
        <translation>ブラック</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="171"/>
        <source>Calculate from CMYK color</source>
        <translation>CMYKカラーから計算</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="176"/>
        <source>Custom RGB color:</source>
        <translation>カスタム・RGBカラー:</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="182"/>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="187"/>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="192"/>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="197"/>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="215"/>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dialog.cpp" line="216"/>
        <source>Professional printing</source>
        <translation>プロフェッショナル印刷</translation>
    </message>
</context>
<context>
    <name>ColorDropDown</name>
    <message>
        <location filename="../src/gui/widgets/color_dropdown.cpp" line="32"/>
        <source>- none -</source>
        <translation>- none -</translation>
    </message>
</context>
<context>
    <name>ColorWidget</name>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="57"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>C</source>
        <translation type="obsolete">C</translation>
    </message>
    <message>
        <source>M</source>
        <translation type="obsolete">M</translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="obsolete">Y</translation>
    </message>
    <message>
        <source>K</source>
        <translation type="obsolete">K</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="57"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>R</source>
        <translation type="obsolete">R</translation>
    </message>
    <message>
        <source>G</source>
        <translation type="obsolete">G</translation>
    </message>
    <message>
        <source>B</source>
        <translation type="obsolete">B</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="57"/>
        <source>Spot color</source>
        <translation>スポットカラー</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="57"/>
        <source>CMYK</source>
        <translation>CMYK</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="57"/>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="57"/>
        <source>K.o.</source>
        <translation>ノックアウト(抜き).</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="63"/>
        <location filename="../src/gui/color_dock_widget.cpp" line="68"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="71"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="64"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="77"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="79"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="90"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="111"/>
        <source>Double-click a color value to open a dialog.</source>
        <translation>色をダブルクリックするとダイアログが開きます。</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="189"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="189"/>
        <source>The map contains symbols with this color. Deleting it will remove the color from these objects! Do you really want to do that?</source>
        <translation>地図にこの色の記号が含まれています。削除するとそれらのオブジェクトからも色が削除されます。本当に削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="206"/>
        <source> (Duplicate)</source>
        <translation> (複製)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="vanished">エラー</translation>
    </message>
    <message>
        <source>Please enter a percentage from 0% to 100%!</source>
        <translation type="vanished">0%から100%の値を入力してください!</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="364"/>
        <location filename="../src/gui/color_dock_widget.cpp" line="411"/>
        <source>Double click to define the color</source>
        <translation>ダブルクリックで色を定義します</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="371"/>
        <source>Click to select the name and click again to edit.</source>
        <translation>名前をクリックで選択。もう一度クリックで編集。</translation>
    </message>
    <message>
        <source>Please enter a valid number from 0 to 255, or specify a percentage from 0 to 100!</source>
        <translation type="obsolete">0から255の有効な数字を入力してください。または0から100のパーセントで指定してください!</translation>
    </message>
    <message>
        <source>Double click to pick a color</source>
        <translation type="obsolete">ダブルクリックで色を選択します</translation>
    </message>
</context>
<context>
    <name>CombinedSymbolSettings</name>
    <message>
        <location filename="../src/gui/symbols/combined_symbol_settings.cpp" line="65"/>
        <source>&amp;Number of parts:</source>
        <translation>要素の数(&amp;N):</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/combined_symbol_settings.cpp" line="80"/>
        <source>- Private line symbol -</source>
        <translation>- プライベート・ライン記号-</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/combined_symbol_settings.cpp" line="81"/>
        <source>- Private area symbol -</source>
        <translation>- プライベート・エリア記号-</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/combined_symbol_settings.cpp" line="87"/>
        <source>Edit private symbol...</source>
        <translation>プライベート記号の編集...</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/combined_symbol_settings.cpp" line="107"/>
        <source>Combination settings</source>
        <translation>組み合わせの設定</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/combined_symbol_settings.cpp" line="160"/>
        <source>Change from public to private symbol</source>
        <translation>従来の記号からプライベート記号を作成</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/combined_symbol_settings.cpp" line="161"/>
        <source>Take the old symbol as template for the private symbol?</source>
        <translation>選択中の記号からプライベート記号を作成しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/combined_symbol_settings.cpp" line="77"/>
        <source>Symbol %1:</source>
        <translation>記号 %1:</translation>
    </message>
</context>
<context>
    <name>ConfigureGridDialog</name>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="53"/>
        <source>Configure grid</source>
        <translation>グリッド設定</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="55"/>
        <source>Show grid</source>
        <translation>グリッドを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="56"/>
        <source>Snap to grid</source>
        <translation>グリッドにスナップ(吸着)</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="57"/>
        <source>Choose...</source>
        <translation>選択...</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="60"/>
        <source>All lines</source>
        <translation>全ての線</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="61"/>
        <source>Horizontal lines</source>
        <translation>横線</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="62"/>
        <source>Vertical lines</source>
        <translation>縦線</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="114"/>
        <source>Alignment</source>
        <translation>アラインメント</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="64"/>
        <source>Align with magnetic north</source>
        <translation>磁北線に合わせる</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="65"/>
        <source>Align with grid north</source>
        <translation>グリッド北に合わせる</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="66"/>
        <source>Align with true north</source>
        <translation>真北に合わせる</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="68"/>
        <source>Additional rotation (counter-clockwise):</source>
        <translation>追加回転 (反時計回り):</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="69"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="121"/>
        <source>Positioning</source>
        <translation>位置調整</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="74"/>
        <source>meters in terrain</source>
        <translation>テレイン内での距離 (m)</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="75"/>
        <source>millimeters on map</source>
        <translation>地図上での長さ (mm)</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="77"/>
        <source>Horizontal spacing:</source>
        <translation>水平間隔:</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="79"/>
        <source>Vertical spacing:</source>
        <translation>垂直間隔:</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="83"/>
        <source>Horizontal offset:</source>
        <translation>水平オフセット:</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="85"/>
        <source>Vertical offset:</source>
        <translation>垂直オフセット:</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="122"/>
        <source>Unit:</source>
        <comment>measurement unit</comment>
        <translation>測定単位:</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="110"/>
        <source>Line color:</source>
        <translation>ラインの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="111"/>
        <source>Display:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="159"/>
        <source>Choose grid line color</source>
        <translation>グリッド線の色を選択</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="243"/>
        <source>m</source>
        <comment>meters</comment>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="243"/>
        <source>mm</source>
        <comment>millimeters</comment>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="249"/>
        <source>Origin at: %1</source>
        <translation>原点の位置: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="251"/>
        <source>paper coordinates origin</source>
        <translation>ペーパー座標の原点</translation>
    </message>
    <message>
        <location filename="../src/gui/configure_grid_dialog.cpp" line="253"/>
        <source>projected coordinates origin</source>
        <translation>投影座標の原点</translation>
    </message>
</context>
<context>
    <name>CutHoleTool</name>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; on a line to split it into two, &lt;b&gt;Drag&lt;/b&gt; along a line to remove this line part, &lt;b&gt;Click or Drag&lt;/b&gt; at an area boundary to start drawing a split line</source>
        <translation type="obsolete">ライン上を&lt;b&gt;クリック&lt;/b&gt;でラインを分割、&lt;b&gt;ドラッグ&lt;/b&gt;でラインの部分を消去、エリアの輪郭上を&lt;b&gt;クリックまたはドラッグ&lt;/b&gt;でエリアの分割ラインを開始します</translation>
    </message>
    <message>
        <location filename="../src/tools/cut_hole_tool.cpp" line="241"/>
        <source>&lt;b&gt;Click or drag&lt;/b&gt;: Start drawing the hole. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;または&lt;b&gt;ドラッグ&lt;/b&gt;: 穴の描画を開始します。 </translation>
    </message>
</context>
<context>
    <name>CutTool</name>
    <message>
        <location filename="../src/tools/cut_tool.cpp" line="352"/>
        <location filename="../src/tools/cut_tool.cpp" line="399"/>
        <location filename="../src/tools/cut_tool.cpp" line="405"/>
        <location filename="../src/tools/cut_tool.cpp" line="411"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/tools/cut_tool.cpp" line="399"/>
        <source>The split line must end on the area boundary!</source>
        <translation>分割ラインはエリアの輪郭上で終わらせてください!</translation>
    </message>
    <message>
        <location filename="../src/tools/cut_tool.cpp" line="405"/>
        <source>Start and end of the split line are at different parts of the object!</source>
        <translation>分割ラインの始点と終点がオブジェクトの異なる部分にあります。</translation>
    </message>
    <message>
        <location filename="../src/tools/cut_tool.cpp" line="411"/>
        <source>Start and end of the split line are at the same position!</source>
        <translation>分割ラインの始点と終点が同じ場所にあります。</translation>
    </message>
    <message>
        <location filename="../src/tools/cut_tool.cpp" line="93"/>
        <source>&lt;b&gt;Click&lt;/b&gt; on a line: Split it into two. &lt;b&gt;Drag&lt;/b&gt; along a line: Remove this line part. &lt;b&gt;Click or Drag&lt;/b&gt; at an area boundary: Start a split line. </source>
        <translation>ライン上を&lt;b&gt;クリック&lt;/b&gt;: ラインを分割。ライン上を&lt;b&gt;ドラッグ&lt;/b&gt;: ラインの一部を消去。エリアの輪郭を&lt;b&gt;クリックまたはドラッグ&lt;/b&gt;: エリアの分割を開始。 </translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; on a line to split it into two, &lt;b&gt;Drag&lt;/b&gt; along a line to remove this line part, &lt;b&gt;Click or Drag&lt;/b&gt; at an area boundary to start drawing a split line</source>
        <translation type="obsolete">ライン上を&lt;b&gt;クリック&lt;/b&gt;でラインを分割、&lt;b&gt;ドラッグ&lt;/b&gt;でラインの部分を消去、エリアの輪郭上を&lt;b&gt;クリックまたはドラッグ&lt;/b&gt;でエリアの分割ラインを開始します</translation>
    </message>
    <message>
        <location filename="../src/tools/cut_tool.cpp" line="352"/>
        <source>Splitting holes of area objects is not supported yet!</source>
        <translation>エリアへの穴あけは、まだサポートされていません。</translation>
    </message>
</context>
<context>
    <name>CutoutTool</name>
    <message>
        <location filename="../src/tools/cutout_tool.cpp" line="134"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Clip the whole map. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 地図全体をクリップします。 </translation>
    </message>
    <message>
        <location filename="../src/tools/cutout_tool.cpp" line="135"/>
        <location filename="../src/tools/cutout_tool.cpp" line="139"/>
        <source>&lt;b&gt;%1+Click or drag&lt;/b&gt;: Select the objects to be clipped. </source>
        <translation>&lt;b&gt;%1+クリックまたはドラッグ&lt;/b&gt;: クリップするオブジェクトを選択します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/cutout_tool.cpp" line="140"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Clip the selected objects. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 選択中のオブジェクトをクリップします。 </translation>
    </message>
</context>
<context>
    <name>DXFParser</name>
    <message>
        <location filename="../src/util/dxfparser.cpp" line="36"/>
        <source>Could not open the file.</source>
        <translation>ファイルを開くことができませんでした。</translation>
    </message>
    <message>
        <location filename="../src/util/dxfparser.cpp" line="52"/>
        <source>The file is not an DXF file.</source>
        <translation>ファイルがDXFファイルではありません。</translation>
    </message>
</context>
<context>
    <name>DetermineFontSizeDialog</name>
    <message>
        <source>Determine font size</source>
        <translation type="vanished">フォントサイズの決定</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="87"/>
        <source>Letter:</source>
        <translation>文字:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="89"/>
        <source>A</source>
        <extracomment>"A" is the default letter which is used for determining letter height.</extracomment>
        <translation>A</translation>
    </message>
    <message>
        <source>This dialog allows to choose a font size which results in a given exact height for a specific letter.</source>
        <translation type="vanished">このダイアログでは、特定の文字の高さを指定してフォントサイズを決めることができます。</translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="vanished">mm</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="95"/>
        <source>Height:</source>
        <translation>高さ:</translation>
    </message>
</context>
<context>
    <name>DistributePointsSettingsDialog</name>
    <message>
        <location filename="../src/tools/distribute_points_tool.cpp" line="121"/>
        <source>Distribute points evenly along path</source>
        <translation>コースに沿って均等にポイントを配布する</translation>
    </message>
    <message>
        <location filename="../src/tools/distribute_points_tool.cpp" line="127"/>
        <source>Number of points per path:</source>
        <translation>コースあたりのポイント数:</translation>
    </message>
    <message>
        <location filename="../src/tools/distribute_points_tool.cpp" line="129"/>
        <source>Also place objects at line end points</source>
        <translation>線の終りのポイントにもオブジェクトを配置する</translation>
    </message>
    <message>
        <location filename="../src/tools/distribute_points_tool.cpp" line="135"/>
        <source>Rotation settings</source>
        <translation>回転設定</translation>
    </message>
    <message>
        <location filename="../src/tools/distribute_points_tool.cpp" line="138"/>
        <source>Align points with direction of line</source>
        <translation>線の方向でポイントを配置する</translation>
    </message>
    <message>
        <location filename="../src/tools/distribute_points_tool.cpp" line="142"/>
        <source>°</source>
        <comment>degrees</comment>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../src/tools/distribute_points_tool.cpp" line="144"/>
        <source>Additional rotation angle (counter-clockwise):</source>
        <translation>追加の回転角度 (反時計回りに):</translation>
    </message>
</context>
<context>
    <name>DrawCircleTool</name>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to start a circle or ellipse, &lt;b&gt;Drag&lt;/b&gt; to draw a circle</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;で円または楕円の描画開始、&lt;b&gt;ドラッグ&lt;/b&gt;で円を描画します</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to draw a circle, &lt;b&gt;Drag&lt;/b&gt; to draw an ellipse, &lt;b&gt;Esc&lt;/b&gt; to abort</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;で円を描画、&lt;b&gt;ドラッグ&lt;/b&gt;で楕円を描画、&lt;b&gt;Escキー&lt;/b&gt;で中止します</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_circle_tool.cpp" line="59"/>
        <source>From center</source>
        <comment>Draw circle starting from center</comment>
        <translation>中心から</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_circle_tool.cpp" line="294"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Start a circle or ellipse. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: 円または楕円の描画を開始します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_circle_tool.cpp" line="295"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Draw a circle. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: 円を描画します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_circle_tool.cpp" line="297"/>
        <source>Hold %1 to start drawing from the center.</source>
        <translation>%1 を保持して中心から描画を開始します。</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_circle_tool.cpp" line="301"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Finish the circle. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: 円の描画を終了します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_circle_tool.cpp" line="302"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Draw an ellipse. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: 楕円を描画します。 </translation>
    </message>
</context>
<context>
    <name>DrawFreehandTool</name>
    <message>
        <location filename="../src/tools/draw_freehand_tool.cpp" line="276"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Draw a path. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: コースを描画します。 </translation>
    </message>
</context>
<context>
    <name>DrawLineAndAreaTool</name>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1065"/>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="700"/>
        <source>&lt;b&gt;Dash points on.&lt;/b&gt; </source>
        <translation>&lt;b&gt;ダッシュ点を入力します。&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1071"/>
        <source>&lt;b&gt;%1+Click&lt;/b&gt;: Snap or append to existing objects. </source>
        <translation>&lt;b&gt;%1+クリック&lt;/b&gt;: 既存のオブジェクトにスナップ(吸着)またはアペンドします。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1076"/>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="706"/>
        <source>&lt;b&gt;%1+Click&lt;/b&gt;: Pick direction from existing objects. </source>
        <translation>&lt;b&gt;%1+クリック&lt;/b&gt;: 既存のオブジェクトから方向をピック。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1089"/>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="711"/>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="735"/>
        <source>&lt;b&gt;%1+Click&lt;/b&gt;: Snap to existing objects. </source>
        <translation>&lt;b&gt;%1+クリック&lt;/b&gt;: 既存のオブジェクトにスナップ(吸着)します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1095"/>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="725"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Fixed angles. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 一定角度ずつ回転。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1103"/>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="741"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Undo last point. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 直前のポイントを元に戻す。 </translation>
    </message>
</context>
<context>
    <name>DrawPathTool</name>
    <message>
        <source>&lt;b&gt;Dash points on.&lt;/b&gt; </source>
        <translation type="obsolete">&lt;b&gt;ダッシュ点を入力します。&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to start a polygonal segment, &lt;b&gt;Drag&lt;/b&gt; to start a curve</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;で折れ線、&lt;b&gt;ドラッグ&lt;/b&gt;で曲線を開始します</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to draw a polygonal segment, &lt;b&gt;Drag&lt;/b&gt; to draw a curve, &lt;b&gt;Right or double click&lt;/b&gt; to finish the path, &lt;b&gt;Return&lt;/b&gt; to close the path, &lt;b&gt;Backspace&lt;/b&gt; to undo, &lt;b&gt;Esc&lt;/b&gt; to abort. Try &lt;b&gt;Space&lt;/b&gt;</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;で折れ線、&lt;b&gt;ドラッグ&lt;/b&gt;で曲線を描画、&lt;b&gt;右クリックまたはダブルクリック&lt;/b&gt;でpath を終了、&lt;b&gt;Return キー&lt;/b&gt;でpath を閉じる、&lt;b&gt;Backspace キー&lt;/b&gt;で元に戻す。&lt;b&gt;Esc キー&lt;/b&gt;で中止します。&lt;b&gt;Space キー&lt;/b&gt;でさらに他の機能</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="87"/>
        <source>Finish</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="88"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="89"/>
        <source>Snap</source>
        <comment>Snap to existing objects</comment>
        <translation>スナップ(吸着)</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="90"/>
        <source>Angle</source>
        <comment>Using constrained angles</comment>
        <translation>角度</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="91"/>
        <source>Dash</source>
        <comment>Drawing dash points</comment>
        <translation>ダッシュ</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="92"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="93"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1061"/>
        <source>&lt;b&gt;Length:&lt;/b&gt; %1 m </source>
        <translation>&lt;b&gt;長さ:&lt;/b&gt; %1 m </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1081"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Start a straight line. &lt;b&gt;Drag&lt;/b&gt;: Start a curve. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: 直線を開始。&lt;b&gt;ドラッグ&lt;/b&gt;: 曲線を開始。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1090"/>
        <source>&lt;b&gt;%1+Drag&lt;/b&gt;: Follow existing objects. </source>
        <translation>&lt;b&gt;%1+ドラッグ&lt;/b&gt;: 既存のオブジェクトをフォローします。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1100"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Draw a straight line. &lt;b&gt;Drag&lt;/b&gt;: Draw a curve. &lt;b&gt;Right or double click&lt;/b&gt;: Finish the path. &lt;b&gt;%1&lt;/b&gt;: Close the path. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: 直線を描く。 &lt;b&gt;ドラッグ&lt;/b&gt;: 曲線を描く。 &lt;b&gt;右クリック/ダブルクリック&lt;/b&gt;: コースを終了。 &lt;b&gt;%1&lt;/b&gt;: コースを閉じる。 </translation>
    </message>
</context>
<context>
    <name>DrawPointGPSTool</name>
    <message>
        <location filename="../src/tools/draw_point_gps_tool.cpp" line="73"/>
        <source>Touch the map to finish averaging</source>
        <translation>地図をタッチすると平均化を終了します</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_point_gps_tool.cpp" line="182"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Finish setting the object. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: オブジェクトの設定を終了します。 </translation>
    </message>
</context>
<context>
    <name>DrawPointTool</name>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to set a point object, &lt;b&gt;Drag&lt;/b&gt; to set its rotation if the symbol is rotatable</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;でポイントオブジェクトを配置、&lt;b&gt;ドラッグ&lt;/b&gt;で回転可能なポイントオブジェクトを回転して配置します</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_point_tool.cpp" line="60"/>
        <source>Snap</source>
        <comment>Snap to existing objects</comment>
        <translation>スナップ(吸着)</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_point_tool.cpp" line="61"/>
        <source>Angle</source>
        <comment>Using constrained angles</comment>
        <translation>角度</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_point_tool.cpp" line="62"/>
        <source>Reset</source>
        <comment>Reset rotation</comment>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_point_tool.cpp" line="317"/>
        <location filename="../src/tools/draw_point_tool.cpp" line="329"/>
        <source>&lt;b&gt;Angle:&lt;/b&gt; %1° </source>
        <translation>&lt;b&gt;角度:&lt;/b&gt; %1° </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_point_tool.cpp" line="318"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Fixed angles. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 一定角度ずつ回転。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_point_tool.cpp" line="323"/>
        <location filename="../src/tools/draw_point_tool.cpp" line="337"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Create a point object.</source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: ポイントオブジェクトを作成します。</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_point_tool.cpp" line="324"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Create an object and set its orientation.</source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: オブジェクトを作成して、方向を設定します。</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_point_tool.cpp" line="330"/>
        <source>&lt;b&gt;%1, 0&lt;/b&gt;: Reset rotation.</source>
        <translation>&lt;b&gt;%1, 0&lt;/b&gt;: 回転をリセットします。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt;: Create a point object. &lt;b&gt;Drag&lt;/b&gt;: Create an object and set its orientation (if rotatable). </source>
        <translation type="vanished">&lt;b&gt;クリック&lt;/b&gt;: ポイントオブジェクトを作成します。&lt;b&gt;ドラッグ&lt;/b&gt;: ポイントオブジェクトを作成し、方向をセットします(回転可能なオブジェクトのみ)。 </translation>
    </message>
</context>
<context>
    <name>DrawRectangleTool</name>
    <message>
        <source>&lt;b&gt;Dash points on.&lt;/b&gt; </source>
        <translation type="obsolete">&lt;b&gt;ダッシュ点を入力します。&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to start drawing a rectangle</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;で矩形の描画を開始します</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to set a corner point, &lt;b&gt;Right or double click&lt;/b&gt; to finish the rectangle, &lt;b&gt;Backspace&lt;/b&gt; to undo, &lt;b&gt;Esc&lt;/b&gt; to abort</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;でコーナー点を配置、&lt;b&gt;右クリックまたはダブルクリック&lt;/b&gt;で矩形の描画を終了、&lt;b&gt;Backspace キー&lt;/b&gt;で元に戻す、&lt;b&gt;Esc キー&lt;/b&gt;で中止します</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; to toggle dash points</source>
        <translation type="obsolete">&lt;b&gt;Space キー&lt;/b&gt;で、コーナー点とダッシュ点を切り替えます</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="78"/>
        <source>Finish</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="79"/>
        <source>Snap</source>
        <comment>Snap to existing objects</comment>
        <translation>スナップ(吸着)</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="80"/>
        <source>Line snap</source>
        <comment>Snap to previous lines</comment>
        <translation>線のスナップ(吸着)</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="81"/>
        <source>Dash</source>
        <comment>Drawing dash points</comment>
        <translation>ダッシュ</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="82"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="83"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="716"/>
        <source>&lt;b&gt;Click or Drag&lt;/b&gt;: Start drawing a rectangle. </source>
        <translation>&lt;b&gt;クリックまたはドラッグ&lt;/b&gt;: 矩形の描画を開始します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="729"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Snap to previous lines. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 既存のラインにスナップ(吸着)します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="740"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Set a corner point. &lt;b&gt;Right or double click&lt;/b&gt;: Finish the rectangle. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: コーナー点を配置します。&lt;b&gt;右クリックまたはダブルクリック&lt;/b&gt;: 矩形の描画を終了します。 </translation>
    </message>
</context>
<context>
    <name>DrawTextTool</name>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to write text with a single anchor, &lt;b&gt;Drag&lt;/b&gt; to create a text box</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;でアンカーポイントを基準にテキストを入力、&lt;b&gt;ドラッグ&lt;/b&gt;でテキストボックスを作成します</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_text_tool.cpp" line="102"/>
        <source>Snap</source>
        <extracomment>Snap to existing objects</extracomment>
        <translation>既存のオブジェクトにスナップ(吸着)</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_text_tool.cpp" line="465"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Finish editing. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 編集を終了します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_text_tool.cpp" line="466"/>
        <source>&lt;b&gt;%1+%2&lt;/b&gt;: Cancel editing. </source>
        <translation>&lt;b&gt;%1+%2&lt;/b&gt;: 編集をキャンセルします。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_text_tool.cpp" line="471"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Create a text object with a single anchor. &lt;b&gt;Drag&lt;/b&gt;: Create a text box. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: シングルアンカーを基準にテキストオブジェクトを作成します。&lt;b&gt;ドラッグ&lt;/b&gt;: テキストボックスを作成します。 </translation>
    </message>
    <message>
        <source>A</source>
        <translation type="vanished">A</translation>
    </message>
</context>
<context>
    <name>EditLineTool</name>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to select an object, &lt;b&gt;Drag&lt;/b&gt; for box selection, &lt;b&gt;Shift&lt;/b&gt; to toggle selection</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;でオブジェクトを選択、&lt;b&gt;ドラッグ&lt;/b&gt;で矩形選択、&lt;b&gt;Shiftキー&lt;/b&gt;で選択を切り替え</translation>
    </message>
    <message>
        <source>, &lt;b&gt;Del&lt;/b&gt; to delete</source>
        <translation type="obsolete">、 &lt;b&gt;Delキー&lt;/b&gt;で削除</translation>
    </message>
    <message>
        <source>; Try &lt;u&gt;Ctrl&lt;/u&gt;</source>
        <translation type="obsolete">、&lt;u&gt;Ctrl キー&lt;/u&gt;でさらに他の機能</translation>
    </message>
    <message>
        <location filename="../src/tools/edit_line_tool.cpp" line="402"/>
        <source>Snap</source>
        <comment>Snap to existing objects</comment>
        <translation>スナップ(吸着)</translation>
    </message>
    <message>
        <location filename="../src/tools/edit_line_tool.cpp" line="403"/>
        <source>Toggle curve</source>
        <comment>Toggle between curved and flat segment</comment>
        <translation>曲線を切り替え</translation>
    </message>
    <message>
        <location filename="../src/tools/edit_line_tool.cpp" line="515"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Free movement. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 自由に移動します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/edit_line_tool.cpp" line="531"/>
        <source>&lt;b&gt;%1+Click&lt;/b&gt; on segment: Toggle between straight and curved. </source>
        <translation>セグメント上を&lt;b&gt;%1+クリック&lt;/b&gt; で、直線と曲線を切り替えます。 </translation>
    </message>
</context>
<context>
    <name>EditPointTool</name>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to select an object, &lt;b&gt;Drag&lt;/b&gt; for box selection, &lt;b&gt;Shift&lt;/b&gt; to toggle selection</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;でオブジェクトを選択、&lt;b&gt;ドラッグ&lt;/b&gt;で矩形選択、&lt;b&gt;Shiftキー&lt;/b&gt;で選択を切り替え</translation>
    </message>
    <message>
        <source>, &lt;b&gt;Del&lt;/b&gt; to delete</source>
        <translation type="obsolete">、 &lt;b&gt;Delキー&lt;/b&gt;で削除</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Click&lt;/b&gt; on point to delete it, on path to add a new point, with &lt;b&gt;Space&lt;/b&gt; to make it a dash point</source>
        <translation type="obsolete">&lt;b&gt;Ctrl キー&lt;/b&gt;を押しながら、ポイントを&lt;b&gt;クリック&lt;/b&gt;で削除、path を&lt;b&gt;クリック&lt;/b&gt;で新しいポイントの追加、さらに&lt;b&gt;Space キー&lt;/b&gt;を押しながらpath を&lt;b&gt;クリック&lt;/b&gt;でダッシュ点を追加します</translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="521"/>
        <source>Snap</source>
        <comment>Snap to existing objects</comment>
        <translation>スナップ(吸着)</translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="522"/>
        <source>Point / Angle</source>
        <comment>Modify points or use constrained angles</comment>
        <translation>ポイント / 角度</translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="523"/>
        <source>Toggle dash</source>
        <comment>Toggle dash points</comment>
        <translation>ダッシュを切り替え</translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="697"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Finish editing. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 編集を終了します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="717"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Keep opposite handle positions. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 反対側の方向線(ハンドル)の位置を維持。 </translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="738"/>
        <source>&lt;b&gt;%1+Click&lt;/b&gt; on point: Delete it; on path: Add a new dash point; with &lt;b&gt;%2&lt;/b&gt;: Add a normal point. </source>
        <translation>&lt;b&gt;%1+クリック&lt;/b&gt; ポイント上: 削除; コース上: ダッシュポイントを追加; &lt;b&gt;%2&lt;/b&gt;と: 通常の点を追加。 </translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="741"/>
        <source>&lt;b&gt;%1+Click&lt;/b&gt; on point: Delete it; on path: Add a new point; with &lt;b&gt;%2&lt;/b&gt;: Add a dash point. </source>
        <translation>&lt;b&gt;%1+クリック&lt;/b&gt; ポイント上: 削除; コース上: ポイントを追加; &lt;b&gt;%2&lt;/b&gt;と: ダッシュ点を追加。 </translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="745"/>
        <source>&lt;b&gt;%1+Click&lt;/b&gt; on point to switch between dash and normal point. </source>
        <translation>ポイント上で&lt;b&gt;%1+クリック&lt;/b&gt;: ダッシュ点と通常の点を切り換え。 </translation>
    </message>
</context>
<context>
    <name>EditTool</name>
    <message>
        <source>&lt;b&gt;Coordinate offset [mm]:&lt;/b&gt; %1, %2  &lt;b&gt;Distance [m]:&lt;/b&gt; %3</source>
        <translation type="obsolete">&lt;b&gt;座標のオフセット [mm]:&lt;/b&gt; %1, %2  &lt;b&gt;距離 [m]:&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to select an object, &lt;b&gt;Drag&lt;/b&gt; for box selection, &lt;b&gt;Shift&lt;/b&gt; to toggle selection</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;でオブジェクトを選択、&lt;b&gt;ドラッグ&lt;/b&gt;で矩形選択、&lt;b&gt;Shiftキー&lt;/b&gt;で選択を切り替え</translation>
    </message>
    <message>
        <source>, &lt;b&gt;Del&lt;/b&gt; to delete</source>
        <translation type="obsolete">、 &lt;b&gt;Delキー&lt;/b&gt;で削除</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Click&lt;/b&gt; on point to delete it, on path to add a new point, with &lt;b&gt;Space&lt;/b&gt; to make it a dash point</source>
        <translation type="obsolete">&lt;b&gt;Ctrl キー&lt;/b&gt;を押しながら、ポイントを&lt;b&gt;クリック&lt;/b&gt;で削除、path を&lt;b&gt;クリック&lt;/b&gt;で新しいポイントの追加、さらに&lt;b&gt;Space キー&lt;/b&gt;を押しながらpath を&lt;b&gt;クリック&lt;/b&gt;でダッシュ点を追加します</translation>
    </message>
    <message>
        <source>; Try &lt;u&gt;Ctrl&lt;/u&gt;</source>
        <translation type="obsolete">、&lt;u&gt;Ctrl キー&lt;/u&gt;でさらに他の機能</translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="702"/>
        <location filename="../src/tools/edit_line_tool.cpp" line="508"/>
        <source>&lt;b&gt;Coordinate offset:&lt;/b&gt; %1, %2 mm  &lt;b&gt;Distance:&lt;/b&gt; %3 m </source>
        <translation>&lt;b&gt;座標のオフセット:&lt;/b&gt; %1, %2 mm  &lt;b&gt;距離:&lt;/b&gt; %3 m </translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="709"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Fixed angles. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 一定の角度上で移動。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_text_tool.cpp" line="473"/>
        <location filename="../src/tools/edit_point_tool.cpp" line="721"/>
        <location filename="../src/tools/edit_line_tool.cpp" line="517"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Snap to existing objects. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 既存のオブジェクトにスナップ(吸着)します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="727"/>
        <location filename="../src/tools/edit_line_tool.cpp" line="523"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Select a single object. &lt;b&gt;Drag&lt;/b&gt;: Select multiple objects. &lt;b&gt;%1+Click&lt;/b&gt;: Toggle selection. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: オブジェクトを選択。 &lt;b&gt;ドラッグ&lt;/b&gt;: 複数のオブジェクトを選択。 &lt;b&gt;%1+クリック&lt;/b&gt;: 選択を切り替え。 </translation>
    </message>
    <message>
        <location filename="../src/tools/edit_point_tool.cpp" line="730"/>
        <location filename="../src/tools/edit_line_tool.cpp" line="526"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Delete selected objects. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 選択中のオブジェクトを削除します。 </translation>
    </message>
</context>
<context>
    <name>EditorSettingsPage</name>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="36"/>
        <source>High quality map display (antialiasing)</source>
        <translation>高品質な地図表示 (アンチエイリアス処理)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="37"/>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="41"/>
        <source>Antialiasing makes the map look much better, but also slows down the map display</source>
        <translation>アンチエイリアス処理によって地図の外観が滑らかになりますが、表示速度が遅くなります</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="40"/>
        <source>High quality text display in map (antialiasing), slow</source>
        <translation>高品質なテキスト表示 (アンチエイリアス処理)、(表示速度が遅くなります)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="45"/>
        <source>Click tolerance:</source>
        <translation>クリックの許容誤差:</translation>
    </message>
    <message>
        <source>px</source>
        <translation type="vanished">px</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="44"/>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="47"/>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="84"/>
        <source>mm</source>
        <comment>millimeters</comment>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="48"/>
        <source>Snap distance (%1):</source>
        <translation>スナップ（吸着）が有効になる既存オブジェクトからの距離 (%1):</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="51"/>
        <source>Stepping of fixed angle mode (%1):</source>
        <translation>一定角度ずつ回転時のステップ角(%1):</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="50"/>
        <source>°</source>
        <comment>Degree sign for angles</comment>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="53"/>
        <source>When selecting an object, automatically select its symbol, too</source>
        <translation>オブジェクトを選択する際、同時に記号も選択する</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="56"/>
        <source>Zoom away from cursor when zooming out</source>
        <translation>カーソルの位置でズームアウトする</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="59"/>
        <source>Drawing tools: set last point on finishing with right click</source>
        <translation>描画ツール: 右クリックによる終了で最終点をセットする</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="62"/>
        <source>Templates: keep settings of closed templates</source>
        <translation>テンプレート: 閉じたテンプレートの設定を維持する</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="67"/>
        <source>Edit tool:</source>
        <translation>編集ツール:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="70"/>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="76"/>
        <source>Retain old shape</source>
        <translation>以前の形状を保つ</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="71"/>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="77"/>
        <source>Reset outer curve handles</source>
        <translation>方向線(ハンドル)をリセット</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="72"/>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="78"/>
        <source>Keep outer curve handles</source>
        <translation>方向線(ハンドル)を維持</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="73"/>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="79"/>
        <source>Action on deleting a curve point with %1:</source>
        <translation>%1 でカーブ点を削除したときのふるまい:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="82"/>
        <source>Rectangle tool:</source>
        <translation>矩形ツール:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="85"/>
        <source>Radius of helper cross:</source>
        <translation>十字の補助線の長さ:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="87"/>
        <source>Preview the width of lines with helper cross</source>
        <translation>線の太さを十字の補助線でプレビューする</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/editor_settings_page.cpp" line="103"/>
        <source>Editor</source>
        <translation>エディター</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1559"/>
        <source>Could not create new file: %1</source>
        <translation>新規ファイルの作成に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../src/fileformats/file_format.cpp" line="87"/>
        <source>Format (%1) does not support export</source>
        <translation>形式 (%1) はエクスポートをサポートしていません</translation>
    </message>
</context>
<context>
    <name>FillTool</name>
    <message>
        <location filename="../src/tools/fill_tool.cpp" line="99"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/tools/fill_tool.cpp" line="100"/>
        <source>The map area is large. Use of the fill tool may be very slow. Do you want to use it anyway?</source>
        <translation>地図エリアが大きいです。塗りつぶしツールの使用は非常に遅くなることがあります。それでも使用しますか?</translation>
    </message>
    <message>
        <location filename="../src/tools/fill_tool.cpp" line="85"/>
        <location filename="../src/tools/fill_tool.cpp" line="119"/>
        <location filename="../src/tools/fill_tool.cpp" line="167"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/tools/fill_tool.cpp" line="86"/>
        <source>The clicked area is not bounded by lines or areas, cannot fill this area.</source>
        <translation>クリックしたエリアは、線またはエリアで閉じられていません、このエリアを塗りつぶしできません。</translation>
    </message>
    <message>
        <location filename="../src/tools/fill_tool.cpp" line="120"/>
        <source>The clicked position is not free, cannot use the fill tool there.</source>
        <translation>クリックした位置は空いていません。塗りつぶしツールを使用できません。</translation>
    </message>
    <message>
        <location filename="../src/tools/fill_tool.cpp" line="168"/>
        <source>Failed to create the fill object.</source>
        <translation>塗りつぶしオブジェクトを作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/tools/fill_tool.cpp" line="179"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Fill area with active symbol. The area to be filled must be bounded by lines or areas, other symbols are not taken into account. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: アクティブな記号でエリアを塗りつぶします。塗りつぶすエリアは、線またはエリアで閉じられている必要があります、他の記号は考慮しません。 </translation>
    </message>
</context>
<context>
    <name>GPSDisplay</name>
    <message>
        <location filename="../src/sensors/gps_display.cpp" line="88"/>
        <source>GPS is disabled in the device settings. Open settings now?</source>
        <translation>デバイスの設定で GPS は無効です。今すぐ設定を開きますか?</translation>
    </message>
    <message>
        <location filename="../src/sensors/gps_display.cpp" line="89"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../src/sensors/gps_display.cpp" line="90"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="53"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="58"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="75"/>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="80"/>
        <source>Pixels per inch:</source>
        <translation>インチあたりのピクセル数:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="90"/>
        <source>Program start</source>
        <translation>起動時の表示</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="99"/>
        <source>Saving files</source>
        <translation>保存するファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="101"/>
        <source>Retain compatibility with Mapper %1</source>
        <translation>Mapper %1 と互換性を維持する</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="106"/>
        <source>Save information for automatic recovery</source>
        <translation>自動回復の情報を保存する</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="110"/>
        <source>Recovery information saving interval:</source>
        <translation>回復情報の保存間隔:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="109"/>
        <source>min</source>
        <comment>unit minutes</comment>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="113"/>
        <source>File import and export</source>
        <translation>ファイルのインポートとエクスポート</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="137"/>
        <source>8-bit encoding:</source>
        <translation>8ビットエンコーディング:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="130"/>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="281"/>
        <source>More...</source>
        <translation>さらに表示...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="116"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="139"/>
        <source>Use the new OCD importer also for version 8 files</source>
        <translation>新しい OCD importer でもバージョン8のファイルを使用する</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="183"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="183"/>
        <source>The program must be restarted for the language change to take effect!</source>
        <translation>言語の変更を有効にするには、OpenOrienteering Mapper を再起動する必要があります。</translation>
    </message>
    <message>
        <source>Use translation file...</source>
        <translation type="vanished">翻訳ファイルを使用...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="323"/>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="329"/>
        <source>Open translation</source>
        <translation>翻訳ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="323"/>
        <source>Translation files (*.qm)</source>
        <translation>翻訳ファイル(*.qm)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="330"/>
        <source>The selected file is not a valid translation.</source>
        <translation>選択されたファイルは有効な翻訳ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="360"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="361"/>
        <source>Primary screen resolution in pixels:</source>
        <translation>プライマリ画面解像度 (ピクセル):</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="365"/>
        <source>Primary screen size in inches (diagonal):</source>
        <translation>プライマリ画面サイズ インチ (対角):</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/general_settings_page.cpp" line="159"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
</context>
<context>
    <name>Georeferencing</name>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="84"/>
        <location filename="../src/core/georeferencing.cpp" line="533"/>
        <source>Local coordinates</source>
        <translation>ローカル座標</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="48"/>
        <source>UTM</source>
        <comment>UTM coordinate reference system</comment>
        <translation>UTM</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="49"/>
        <source>UTM coordinates</source>
        <translation>UTM座標</translation>
    </message>
    <message>
        <source>UTM Zone (number north/south, e.g. "32 N", "24 S")</source>
        <translation type="vanished">UTMゾーン (数字 North/South 例: "32 N"、"24 S")</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="52"/>
        <source>UTM Zone (number north/south)</source>
        <translation>UTM ゾーン (番号 北/南)</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="59"/>
        <source>Gauss-Krueger, datum: Potsdam</source>
        <comment>Gauss-Krueger coordinate reference system</comment>
        <translation>ガウス・クリューゲル座標系</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="60"/>
        <source>Gauss-Krueger coordinates</source>
        <translation>ガウス・クリューゲル座標</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="63"/>
        <source>Zone number (1 to 119)</source>
        <comment>Zone number for Gauss-Krueger coordinates</comment>
        <translation>ゾーン番号 (1～119)</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="71"/>
        <source>by EPSG code</source>
        <comment>as in: The CRS is specified by EPSG code</comment>
        <translation>EPSG コードで</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="73"/>
        <source>EPSG @code@ coordinates</source>
        <extracomment>Don't translate @code@. It is placeholder.</extracomment>
        <translation>EPSG @code@ 座標</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="76"/>
        <source>EPSG code</source>
        <translation>EPSG コード</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="83"/>
        <source>Custom PROJ.4</source>
        <comment>PROJ.4 specification</comment>
        <translation>カスタム PROJ.4</translation>
    </message>
    <message>
        <location filename="../src/core/crs_template_implementation.cpp" line="87"/>
        <source>Specification</source>
        <comment>PROJ.4 specification</comment>
        <translation>規程</translation>
    </message>
    <message>
        <location filename="../src/core/georeferencing.cpp" line="229"/>
        <source>Map scale specification invalid or missing.</source>
        <translation>地図縮尺規程が無効または見つかりません。</translation>
    </message>
    <message>
        <location filename="../src/core/georeferencing.cpp" line="235"/>
        <source>Invalid grid scale factor: %1</source>
        <translation>無効なグリッド尺度: %1</translation>
    </message>
    <message>
        <location filename="../src/core/georeferencing.cpp" line="272"/>
        <location filename="../src/core/georeferencing.cpp" line="299"/>
        <source>Unknown CRS specification language: %1</source>
        <translation>不明な CRS 規程言語: %1</translation>
    </message>
    <message>
        <location filename="../src/core/georeferencing.cpp" line="302"/>
        <source>Unsupported geographic CRS specification: %1</source>
        <translation>地理 CRS 仕様はサポートされていません: %1</translation>
    </message>
    <message>
        <location filename="../src/core/georeferencing.cpp" line="524"/>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
</context>
<context>
    <name>GeoreferencingDialog</name>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="90"/>
        <source>Map Georeferencing</source>
        <translation>マップ ジオリファレンシング</translation>
    </message>
    <message>
        <source>�</source>
        <translation type="obsolete">�</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="167"/>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="499"/>
        <source>Lookup...</source>
        <translation>調べる...</translation>
    </message>
    <message>
        <source>&amp;Select...</source>
        <translation type="obsolete">選択 (&amp;S) ...</translation>
    </message>
    <message>
        <source>Local coordinates</source>
        <translation type="obsolete">ローカル座標</translation>
    </message>
    <message>
        <source>Edit projection parameters...</source>
        <translation type="obsolete">投影パラメータを編集...</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="127"/>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="128"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>General</source>
        <translation type="obsolete">一般</translation>
    </message>
    <message>
        <source>Map scale:</source>
        <translation type="obsolete">地図の縮尺:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="201"/>
        <source>Declination:</source>
        <translation>磁気偏角:</translation>
    </message>
    <message>
        <source>Reference point:</source>
        <translation type="obsolete">基準点:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="152"/>
        <source>Projected coordinates</source>
        <translation>投影座標</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="184"/>
        <location filename="../src/gui/select_crs_dialog.cpp" line="84"/>
        <source>&amp;Coordinate reference system:</source>
        <translation>座標参照系 (&amp;C) :</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="obsolete">&amp;Zone:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="99"/>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Reference point &amp;easting:</source>
        <translation type="obsolete">基準点の偏東距離 (&amp;E):</translation>
    </message>
    <message>
        <source>Reference point &amp;northing:</source>
        <translation type="obsolete">基準点の偏北距離 (&amp;N):</translation>
    </message>
    <message>
        <source>Convergence:</source>
        <translation type="obsolete">コンバージェンス:</translation>
    </message>
    <message>
        <source>&amp;Grivation:</source>
        <translation type="obsolete">グリッド偏差(&amp;G):</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="153"/>
        <source>Geographic coordinates</source>
        <translation>地理座標</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="obsolete">測地系</translation>
    </message>
    <message>
        <source>Reference point &amp;latitude:</source>
        <translation type="obsolete">基準点の緯度 (&amp;L):</translation>
    </message>
    <message>
        <source>Reference point longitude:</source>
        <translation type="obsolete">基準点の経度:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="148"/>
        <source>Show reference point in:</source>
        <translation>参照点を表示:</translation>
    </message>
    <message>
        <source>%1 %2 (mm)</source>
        <translation type="obsolete">%1 %2 (mm)</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="338"/>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="331"/>
        <source>&lt;a href="%1"&gt;OpenStreetMap&lt;/a&gt; | &lt;a href="%2"&gt;World of O Maps&lt;/a&gt;</source>
        <translation>&lt;a href="%1"&gt;OpenStreetMap&lt;/a&gt; | &lt;a href="%2"&gt;World of O Maps&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="362"/>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="675"/>
        <source>Online declination lookup</source>
        <translation>オンラインで磁気偏角を調べる</translation>
    </message>
    <message>
        <source>The magnetic declination for the reference point %1� %2� will now be retrieved from &lt;a href="%3"&gt;%3&lt;/a&gt;. Do you want to continue?</source>
        <translation type="obsolete">基準点 %1� %2� の磁気偏角を &lt;a href="%3"&gt;%3&lt;/a&gt; から検索します。続行しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="94"/>
        <source>Map coordinate reference system</source>
        <translation>地図の座標参照系</translation>
    </message>
    <message>
        <source>- none -</source>
        <translation type="vanished">- none -</translation>
    </message>
    <message>
        <source>- from Proj.4 specification -</source>
        <translation type="vanished">- Proj.4 仕様から -</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="97"/>
        <source>- local -</source>
        <translation>- local -</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="105"/>
        <source>Grid scale factor:</source>
        <extracomment>The grid scale factor is the ratio between a length in the grid plane and the corresponding length on the curved earth model. It is applied as a factor to ground distances to get grid plane distances.</extracomment>
        <translation>グリッド尺度係数:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="108"/>
        <source>Reference point</source>
        <translation>参照点</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="110"/>
        <source>&amp;Pick on map</source>
        <translation>地図から選択(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="112"/>
        <source>(Datum: WGS84)</source>
        <translation>(データム: WGS84)</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="115"/>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="116"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="120"/>
        <source>X</source>
        <comment>x coordinate</comment>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="122"/>
        <source>Y</source>
        <comment>y coordinate</comment>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="131"/>
        <source>E</source>
        <comment>west / east</comment>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="133"/>
        <source>N</source>
        <comment>north / south</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="137"/>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="138"/>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="166"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="141"/>
        <source>N</source>
        <comment>north</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="143"/>
        <source>E</source>
        <comment>east</comment>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="164"/>
        <source>Map north</source>
        <translation>地図上の北の向き</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="191"/>
        <source>Map coordinates:</source>
        <translation>地図上の座標:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="193"/>
        <source>Geographic coordinates:</source>
        <translation>地理座標:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="196"/>
        <source>On CRS changes, keep:</source>
        <translation>座標参照系の変更時に維持する座標:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="202"/>
        <source>Grivation:</source>
        <translation>グリッド偏差:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="363"/>
        <source>The magnetic declination for the reference point %1° %2° will now be retrieved from &lt;a href="%3"&gt;%3&lt;/a&gt;. Do you want to continue?</source>
        <translation>参照点 "%1" "%2" の磁気偏角を &lt;a href="%3"&gt;%3&lt;/a&gt; から検索します。続行しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="442"/>
        <source>Declination change</source>
        <translation>赤緯の変更</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="442"/>
        <source>The declination has been changed. Do you want to rotate the map content accordingly, too?</source>
        <translation>赤緯が変更されました。地図コンテンツもしたがって回転しますか?</translation>
    </message>
    <message>
        <source>Projected coordinates:</source>
        <translation type="vanished">投影座標:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="472"/>
        <source>Local coordinates:</source>
        <translation>ローカル座標:</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="499"/>
        <source>Loading...</source>
        <translation>読み込み...</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="506"/>
        <source>locked</source>
        <translation>ロック済</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="646"/>
        <source>Could not parse data.</source>
        <translation>データを解析できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="671"/>
        <source>Declination value not found.</source>
        <translation>磁気偏角の値が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="676"/>
        <source>The online declination lookup failed:
%1</source>
        <translation>オンラインで磁気偏角を調べることに失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="504"/>
        <source>%1 °</source>
        <comment>degree value</comment>
        <translation>%1 °</translation>
    </message>
    <message>
        <source>Custom coordinates</source>
        <translation type="obsolete">カスタム座標</translation>
    </message>
</context>
<context>
    <name>GeoreferencingTool</name>
    <message>
        <source>&lt;b&gt;Left click&lt;/b&gt; to set the reference point, another button to cancel</source>
        <translation type="obsolete">&lt;b&gt;左クリック&lt;/b&gt;で参照点をセット、右クリックでキャンセルします</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt;: Set the reference point. Another button to cancel.</source>
        <translation type="vanished">&lt;b&gt;クリック&lt;/b&gt;: 参照点をセットします。他のボタンでキャンセルします。</translation>
    </message>
    <message>
        <location filename="../src/gui/georeferencing_dialog.cpp" line="704"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Set the reference point. &lt;b&gt;Right click&lt;/b&gt;: Cancel.</source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: 参照点を設定します。&lt;b&gt;右クリック&lt;/b&gt;: キャンセルします。</translation>
    </message>
</context>
<context>
    <name>Global</name>
    <message>
        <source>OpenOrienteering Mapper</source>
        <translation type="obsolete">OpenOrienteering Mapper</translation>
    </message>
</context>
<context>
    <name>HomeScreenController</name>
    <message>
        <location filename="../src/gui/home_screen_controller.cpp" line="147"/>
        <source>Welcome to OpenOrienteering Mapper!</source>
        <translation>OpenOrienteering Mapper へようこそ！</translation>
    </message>
</context>
<context>
    <name>HomeScreenWidget</name>
    <message>
        <source>Clear list</source>
        <translation type="vanished">リストをクリア</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="vanished">終了</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="vanished">アクティビティ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="vanished">設定</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="obsolete">%1 について</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">ヘルプ</translation>
    </message>
    <message>
        <source>Open most recently used file on start</source>
        <translation type="vanished">直前に使用したファイルを起動時に開く</translation>
    </message>
    <message>
        <source>Tip of the day</source>
        <translation type="vanished">今日のヒント</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="vanished">前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="vanished">次へ</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation type="obsolete">地図</translation>
    </message>
    <message>
        <source>Create a new map ...</source>
        <translation type="vanished">新しい地図を作成...</translation>
    </message>
    <message>
        <source>Open map ...</source>
        <translation type="vanished">地図を開く...</translation>
    </message>
    <message>
        <source>About %1</source>
        <comment>As in 'About OpenOrienteering Mapper'</comment>
        <translation type="vanished">%1 について</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation type="vanished">最近開いた地図</translation>
    </message>
    <message>
        <source>Maps (*.omap *.ocd);;All files (*.*)</source>
        <translation type="obsolete">地図ファイル (*.omap *.ocd);;すべてのファイル (*.*)</translation>
    </message>
    <message>
        <source>Open most recently used file</source>
        <translation type="vanished">直前に使用したファイルを開く</translation>
    </message>
    <message>
        <source>Show tip of the day</source>
        <translation type="vanished">今日のヒントを表示する</translation>
    </message>
</context>
<context>
    <name>HomeScreenWidgetDesktop</name>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="146"/>
        <source>Activities</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="149"/>
        <source>Create a new map ...</source>
        <translation>新しい地図を作成 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="152"/>
        <source>Open map ...</source>
        <translation>地図を開く ...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="158"/>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="336"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="161"/>
        <source>About %1</source>
        <comment>As in 'About OpenOrienteering Mapper'</comment>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="164"/>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="338"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="167"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="187"/>
        <source>Recent maps</source>
        <translation>最近開いた地図</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="212"/>
        <source>Open most recently used file on start</source>
        <translation>直前に使用したファイルを起動時に開く</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="215"/>
        <source>Clear list</source>
        <translation>リストをクリア</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="234"/>
        <source>Tip of the day</source>
        <translation>今日のヒント</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="239"/>
        <source>Show tip of the day</source>
        <translation>今日のヒントを表示する</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="243"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="245"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>HomeScreenWidgetMobile</name>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="334"/>
        <source>Examples</source>
        <translation>例</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="340"/>
        <source>About Mapper</source>
        <translation>Mapper について</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="458"/>
        <source>File list</source>
        <translation>ファイルリスト</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="541"/>
        <source>No map files found!&lt;br/&gt;&lt;br/&gt;Copy map files to a top-level folder named 'OOMapper' on the device or a memory card.</source>
        <translation>地図ファイルが見つかりません!&lt;br/&gt;&lt;br/&gt;デバイスやメモリカードの 'OOMapper' という名前の最上位フォルダーに地図ファイルをコピーしてください。</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../src/core/symbols/symbol.cpp" line="226"/>
        <source>Error while loading a symbol of type %1 at line %2 column %3.</source>
        <translation>%2 行目 %3 列目で、タイプ %1 の記号を読み込み中にエラー。</translation>
    </message>
    <message>
        <location filename="../src/core/symbols/symbol.cpp" line="234"/>
        <source>Symbol ID '%1' not unique at line %2 column %3.</source>
        <translation>%2 行目 %3 列目で、記号 ID '%1' は一意ではありません。</translation>
    </message>
    <message>
        <location filename="../src/core/symbols/symbol.cpp" line="282"/>
        <source>Error while loading a symbol of type %1 at line %2 column %3: %4</source>
        <translation>%2 行目 %3 列目で、タイプ %1 の記号を読み込み中にエラー: %4</translation>
    </message>
    <message>
        <source>Error while loading a symbol.</source>
        <translation type="vanished">記号を読み込む際にエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/core/objects/object.cpp" line="396"/>
        <source>Error while loading an object of type %1.</source>
        <translation>タイプ %1 のオブジェクトを読み込み中にエラー。</translation>
    </message>
    <message>
        <location filename="../src/core/objects/object.cpp" line="460"/>
        <source>Error while loading an object of type %1 at %2:%3: %4</source>
        <translation>%2:%3 で、タイプ %1 のオブジェクトを読み込み中にエラー: %4</translation>
    </message>
    <message>
        <location filename="../src/core/objects/object.cpp" line="428"/>
        <source>Unable to find symbol for object at %1:%2.</source>
        <translation>%1:%2 で、オブジェクトの記号を見つけることができません。</translation>
    </message>
    <message>
        <location filename="../src/core/objects/object.cpp" line="440"/>
        <source>Point object with undefined or wrong symbol at %1:%2.</source>
        <translation>%1:%2 で、定義されていないか間違った記号のポイントオブジェクト。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="92"/>
        <location filename="../src/fileformats/xml_file_format.cpp" line="68"/>
        <source>OpenOrienteering Mapper</source>
        <translation>OpenOrienteering Mapper</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="59"/>
        <source>OCAD Versions 7, 8</source>
        <translation>OCAD バージョン 7, 8</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_format.cpp" line="32"/>
        <source>OCAD</source>
        <translation>OCAD</translation>
    </message>
    <message>
        <location filename="../src/util/xml_stream_util.cpp" line="176"/>
        <location filename="../src/util/xml_stream_util.cpp" line="192"/>
        <source>Could not parse the coordinates.</source>
        <translation>座標を解析できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/util/xml_stream_util.cpp" line="216"/>
        <source>Expected %1 coordinates, found %2.</source>
        <translation>%1 の座標が必要ですが、%2 が見つかりました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="877"/>
        <source>Error while loading the printing configuration at %1:%2: %3</source>
        <translation>%1:%2 で、印刷の設定を読み込み中にエラー: %3</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="890"/>
        <location filename="../src/fileformats/xml_file_format.cpp" line="904"/>
        <source>Error while loading the undo/redo steps at %1:%2: %3</source>
        <translation>%1:%2 で、ステップを元に戻す/繰り返しを読み込み中にエラー: %3</translation>
    </message>
    <message>
        <location filename="../src/fileformats/file_import_export.h" line="230"/>
        <source>No such option: %1</source>
        <comment>No such import / export option</comment>
        <translation>そのようなオプションはありません: %1</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../src/fileformats/file_import_export.cpp" line="65"/>
        <source>Found an object without symbol.</source>
        <translation>記号のないオブジェクトが見つかりました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/fileformats/file_import_export.cpp" line="93"/>
        <source>Dropped %n irregular object(s).</source>
        <translation>
            <numerusform>不規則な %n のオブジェクトを削除します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/fileformats/file_import_export.cpp" line="100"/>
        <source>Error during symbol post-processing.</source>
        <translation>記号の後処理中にエラー。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/file_import_export.cpp" line="114"/>
        <source>Template "%1" has been loaded from the map's directory instead of the relative location to the map file where it was previously.</source>
        <translation>テンプレート"%1"は、以前あった地図ファイルへの相対的な位置ではなく、地図のディレクトリから読み込まれています。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/file_import_export.cpp" line="120"/>
        <source>Failed to load template '%1', reason: %2</source>
        <translation>テンプレート '%1' の読み込みに失敗しました。理由: %2</translation>
    </message>
    <message>
        <location filename="../src/fileformats/file_import_export.cpp" line="125"/>
        <source>Warnings when loading template '%1':
%2</source>
        <translation>テンプレート '%1' の読み込み時に警告:
%2</translation>
    </message>
    <message>
        <location filename="../src/fileformats/file_import_export.cpp" line="132"/>
        <location filename="../src/fileformats/file_import_export.cpp" line="134"/>
        <source>At least one template file could not be found.</source>
        <translation>テンプレート ファイルが少なくとも 1 つ見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/file_import_export.cpp" line="135"/>
        <source>Click the red template name(s) in the Templates -&gt; Template setup window to locate the template file name(s).</source>
        <translation>テンプレート -&gt; テンプレートウィンドウで、赤のテンプレート名をクリックして、テンプレートファイル名を設定します。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="123"/>
        <source>This file uses an obsolete format. Support for this format is to be removed from this program soon. To be able to open the file in the future, save it again.</source>
        <translation>このファイルは、古いバージョンの形式を使用します。この形式のサポートは間もなくこのプログラムから削除されます。今後、ファイルを開くようにするには、再度保存してください。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="136"/>
        <location filename="../src/fileformats/xml_file_format.cpp" line="413"/>
        <source>Invalid file format version.</source>
        <translation>無効なバージョンのファイル形式です。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="140"/>
        <location filename="../src/fileformats/xml_file_format.cpp" line="415"/>
        <source>Unsupported old file format version. Please use an older program version to load and update the file.</source>
        <translation>サポートされていない古いファイル形式のバージョンです。ファイルの読み込みと更新には古いバージョンのプログラムを使用してください。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="144"/>
        <source>Unsupported new file format version. Some map features will not be loaded or saved by this version of the program. Consider updating.</source>
        <translation>サポートされていない新しいファイル形式のバージョンです。このバージョンのプログラムでは、いくつかの地図機能を読み込めないか、保存されません。更新をご検討ください。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="200"/>
        <source>The geographic coordinate reference system of the map was "%1". This CRS is not supported. Using "%2".</source>
        <translation>この地図の地理座標参照系は "%1" です。この地理座標参照系はサポートされていません。"%2" を使用してください。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="319"/>
        <source>Error while loading a symbol with type %2.</source>
        <translation>%2 のタイプの記号を読み込む際にエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="324"/>
        <source>Error while loading a symbol.</source>
        <translation>記号を読み込む際にエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="396"/>
        <source>Error while loading undo steps.</source>
        <translation>アンドゥ履歴を読み込む際にエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="406"/>
        <source>Error while reading map part count.</source>
        <translation>地図の要素数を読み取り中にエラー。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/native_file_format.cpp" line="416"/>
        <source>Error while loading map part %2.</source>
        <translation>地図の要素 %2 を読み込み中にエラー。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="117"/>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="119"/>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="122"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="2025"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="2028"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="2032"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="2062"/>
        <source>Could not read file: %1</source>
        <translation>ファイルの読み込みに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="407"/>
        <source>Unsupported file format.</source>
        <translation>サポートされていないファイル形式です。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="417"/>
        <source>Unsupported new file format version. Some map features will not be loaded or saved by this version of the program.</source>
        <translation>サポートされていない新しいファイル形式のバージョンです。このバージョンのプログラムでは、いくつかの地図機能を読み込めないか、保存されません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/file_format.cpp" line="79"/>
        <source>Format (%1) does not support import</source>
        <translation>形式 (%1) はインポートをサポートしていません</translation>
    </message>
</context>
<context>
    <name>LineSymbolSettings</name>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="279"/>
        <source>Line settings</source>
        <translation>ライン記号の設定</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="59"/>
        <source>Line width:</source>
        <translation>ラインの幅:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="62"/>
        <source>Line color:</source>
        <translation>ラインの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="74"/>
        <source>Minimum line length:</source>
        <translation>最小のラインの長さ:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="77"/>
        <source>Line cap:</source>
        <translation>ラインのキャップ:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="79"/>
        <source>flat</source>
        <translation>平ら(flat)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="80"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="91"/>
        <source>round</source>
        <translation>丸型(round)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="81"/>
        <source>square</source>
        <translation>突出線端(square)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="82"/>
        <source>pointed</source>
        <translation>三角(pointed)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="88"/>
        <source>Line join:</source>
        <translation>角の形状:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="90"/>
        <source>miter</source>
        <translation>マイター結合(miter)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="92"/>
        <source>bevel</source>
        <translation>ベベル結合(bevel)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="85"/>
        <source>Cap length:</source>
        <translation>キャップの長さ:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="95"/>
        <source>Line is dashed</source>
        <translation>ラインを破線にする</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="201"/>
        <source>Show at least one mid symbol</source>
        <translation>中間記号を一つ以上表示する</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="204"/>
        <source>Minimum mid symbol count:</source>
        <translation>最小の中間記号数:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="207"/>
        <source>Minimum mid symbol count when closed:</source>
        <translation>ラインを閉じる場合の、最小の中間記号数:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="128"/>
        <source>Dash length:</source>
        <translation>実線部分の長さ:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="60"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="75"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="86"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="129"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="132"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="143"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="181"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="196"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="199"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="506"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="512"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="536"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="539"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="124"/>
        <source>Dashed line</source>
        <translation>破線</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="131"/>
        <source>Break length:</source>
        <translation>空白部分の長さ:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="134"/>
        <source>Dashes grouped together:</source>
        <translation>破線のグループ化:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="136"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="137"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="138"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="139"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="142"/>
        <source>In-group break length:</source>
        <translation>グループ内の空白部分の長さ:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="145"/>
        <source>Half length of first and last dash</source>
        <translation>両端の実線部分の長さを半分にする</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="174"/>
        <source>Mid symbols</source>
        <translation>中間記号</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="177"/>
        <source>Mid symbols per spot:</source>
        <translation>中間記号のスポットごとの数:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="180"/>
        <source>Mid symbol distance:</source>
        <translation>中間記号間の距離:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="236"/>
        <source>Borders</source>
        <translation>輪郭線</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="240"/>
        <source>Different borders on left and right sides</source>
        <translation>左右で異なる輪郭線</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="245"/>
        <source>Left border:</source>
        <translation>左輪郭線:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="250"/>
        <source>Right border:</source>
        <translation>右輪郭線:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="264"/>
        <source>Suppress the dash symbol at line start and line end</source>
        <translation>線の開始と終了でダッシュ記号を抑制する</translation>
    </message>
    <message>
        <location filename="../src/core/symbols/line_symbol.cpp" line="1643"/>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="597"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1201"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="284"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="744"/>
        <source>Start symbol</source>
        <translation>Start symbol</translation>
    </message>
    <message>
        <location filename="../src/core/symbols/line_symbol.cpp" line="1647"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="284"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="744"/>
        <source>Mid symbol</source>
        <translation>中間記号</translation>
    </message>
    <message>
        <location filename="../src/core/symbols/line_symbol.cpp" line="1651"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1208"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="284"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="744"/>
        <source>End symbol</source>
        <translation>End symbol</translation>
    </message>
    <message>
        <location filename="../src/core/symbols/line_symbol.cpp" line="1655"/>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="591"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1194"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="262"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="284"/>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="744"/>
        <source>Dash symbol</source>
        <translation>ダッシュ記号</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="98"/>
        <source>Enable border lines</source>
        <translation>輪郭線を有効にする</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="195"/>
        <source>Distance between spots:</source>
        <translation>スポットの間の距離:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="198"/>
        <source>Distance from line end:</source>
        <translation>ラインの端からの距離:</translation>
    </message>
    <message>
        <source>Border</source>
        <translation type="obsolete">輪郭線</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="505"/>
        <source>Border width:</source>
        <translation>輪郭線の幅:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="508"/>
        <source>Border color:</source>
        <translation>輪郭線の色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="511"/>
        <source>Border shift:</source>
        <translation>輪郭線のシフト距離:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="514"/>
        <source>Border is dashed</source>
        <translation>輪郭線を破線にする</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="535"/>
        <source>Border dash length:</source>
        <translation>輪郭線の実線部分の長さ:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/line_symbol_settings.cpp" line="538"/>
        <source>Border break length:</source>
        <translation>輪郭線の空白部分の長さ:</translation>
    </message>
</context>
<context>
    <name>LocalCRSPositioningDialog</name>
    <message>
        <location filename="../src/templates/template_track.cpp" line="528"/>
        <source>Track scaling and positioning</source>
        <translation>トラックの縮尺と測位</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="533"/>
        <source>Coordinate system</source>
        <translation>座標系</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="534"/>
        <source>Real</source>
        <translation>実際</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="535"/>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="538"/>
        <source>m</source>
        <comment>meters</comment>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="541"/>
        <source>One coordinate unit equals:</source>
        <translation>1 座標単位に等しい:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="543"/>
        <source>Position track at given coordinates</source>
        <translation>指定した座標でトラックを配置</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="547"/>
        <source>Position track at view center</source>
        <translation>表示の中心でトラックを配置</translation>
    </message>
</context>
<context>
    <name>MAC_APPLICATION_MENU</name>
    <message>
        <source>Services</source>
        <translation type="vanished">サービス</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="vanished">%1 を非表示</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="vanished">すべて表示</translation>
    </message>
    <message>
        <source>Quit %1</source>
        <translation type="vanished">%1 を終了</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="vanished">%1 について</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="270"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="272"/>
        <source>Create a new map</source>
        <translation>新しい地図を作成</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="276"/>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="278"/>
        <source>Open an existing file</source>
        <translation>既存のファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="282"/>
        <source>Open &amp;recent</source>
        <translation>最近開いたファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="293"/>
        <source>&amp;Save</source>
        <translation>上書き保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="298"/>
        <source>Save &amp;as...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="300"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="306"/>
        <source>Settings...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="311"/>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="115"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="obsolete">Ctrl+W</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="313"/>
        <source>Close this file</source>
        <translation>ファイルを閉じる</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="317"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="319"/>
        <source>Exit the application</source>
        <translation>アプリケーションを終了</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="326"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="345"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="360"/>
        <source>Open &amp;Manual</source>
        <translation>マニュアルを開く(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="361"/>
        <source>Show the help file for this application</source>
        <translation>このアプリケーションのヘルプファイルを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="365"/>
        <source>&amp;About %1</source>
        <translation>%1 について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="366"/>
        <source>Show information about this application</source>
        <translation>このアプリケーションについての情報を表示</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="370"/>
        <source>About &amp;Qt</source>
        <translation>QT について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="371"/>
        <source>Show information about Qt</source>
        <translation>Qtについての情報を表示</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="377"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="553"/>
        <source>Do you want to remove the autosaved version?</source>
        <translation>自動保存したバージョンを削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="559"/>
        <source>The file has been modified.
Do you want to save your changes?</source>
        <translation>ファイルが変更されています。
変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="398"/>
        <source>Unsaved file</source>
        <translation>未保存のファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="672"/>
        <location filename="../src/gui/main_window.cpp" line="963"/>
        <location filename="../src/gui/widgets/home_screen_widget.cpp" line="445"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="672"/>
        <source>The selected map scale is 1:%1, but the chosen symbol set has a nominal scale of 1:%2.

Do you want to scale the symbols to the selected scale?</source>
        <translation>選択中の地図の縮尺は1:%1です。しかし選択された記号セットの名目上の縮尺は1:%2 です。
記号の縮尺を地図の縮尺に合わせますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="741"/>
        <source>Crash warning</source>
        <translation>クラッシュ警告</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="742"/>
        <source>It seems that %1 crashed the last time this file was opened:&lt;br /&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;br /&gt;&lt;br /&gt;Really retry to open it?</source>
        <translation>最後にこのファイルを開いた時に %1 はクラッシュしたようです:&lt;br /&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;br /&gt;&lt;br /&gt;もう一度開いてもよろしいですか?</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="930"/>
        <source>Autosaving...</source>
        <translation>自動保存中...</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="940"/>
        <source>Autosaving failed!</source>
        <translation>自動保存に失敗しました!</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="1015"/>
        <source>All maps</source>
        <translation>すべての地図ファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="1019"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="710"/>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="152"/>
        <source>You must close the current file before you can open another one.</source>
        <translation>別のファイルを開く前に、現在のファイルを閉じる必要があります。</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="722"/>
        <source>Opening %1</source>
        <translation>%1 を開きます</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="755"/>
        <location filename="../src/gui/main_window.cpp" line="1075"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="755"/>
        <source>Cannot open file:
%1

File format not recognized.</source>
        <translation>ファイルを開くことができません。
%1

ファイル形式を認識できません。</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="832"/>
        <source>The file has been modified.
Do you want to discard your changes?</source>
        <translation>ファイルが変更されています。
変更を破棄しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="883"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="962"/>
        <source>This map is being saved as a "%1" file. Information may be lost.

Press Yes to save in this format.
Press No to choose a different format.</source>
        <translation>地図は"%1"として保存されます。情報が失われます。

Yesを押してこの形式で保存します。
Noを押して形式を変更します。</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="1055"/>
        <source>Save file</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="1076"/>
        <source>File could not be saved:</source>
        <translation>ファイルを保存することができません:</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="1077"/>
        <source>There was a problem in determining the file format.</source>
        <translation>ファイル形式を決定するときに問題が発生しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="1078"/>
        <source>Please report this as a bug.</source>
        <translation>この問題をバグとして報告してください。</translation>
    </message>
    <message>
        <source>This program uses the &lt;b&gt;Clipper library&lt;/b&gt; by Angus Johnson.</source>
        <translation type="obsolete">This program uses the &lt;b&gt;Clipper library&lt;/b&gt; by Angus Johnson.</translation>
    </message>
    <message>
        <source>See &lt;a href="%1"&gt;%1&lt;/a&gt; for more information.</source>
        <translation type="obsolete">See &lt;a href="%1"&gt;%1&lt;/a&gt; for more information.</translation>
    </message>
    <message>
        <source>This program uses the &lt;b&gt;PROJ.4 Cartographic Projections Library&lt;/b&gt; by Frank Warmerdam.</source>
        <translation type="obsolete">This program uses the &lt;b&gt;PROJ.4 Cartographic Projections Library&lt;/b&gt; by Frank Warmerdam.</translation>
    </message>
    <message>
        <source>Developers in alphabetical order:&lt;br/&gt;Peter Curtis&lt;br/&gt;Kai Pastor&lt;br/&gt;Russell Porter&lt;br/&gt;Thomas Sch&amp;ouml;ps (project leader)&lt;br/&gt;&lt;br/&gt;For contributions, thanks to:&lt;br/&gt;Jon Cundill&lt;br/&gt;Jan Dalheimer&lt;br/&gt;Eugeniy Fedirets&lt;br/&gt;Peter Hoban&lt;br/&gt;Henrik Johansson&lt;br/&gt;Tojo Masaya&lt;br/&gt;Aivars Zogla&lt;br/&gt;&lt;br/&gt;Additional information:</source>
        <translation type="obsolete">Developers in alphabetical order:&lt;br/&gt;Peter Curtis&lt;br/&gt;Kai Pastor&lt;br/&gt;Russell Porter&lt;br/&gt;Thomas Sch&amp;ouml;ps (project leader)&lt;br/&gt;&lt;br/&gt;For contributions, thanks to:&lt;br/&gt;Jon Cundill&lt;br/&gt;Jan Dalheimer&lt;br/&gt;Eugeniy Fedirets&lt;br/&gt;Peter Hoban&lt;br/&gt;Henrik Johansson&lt;br/&gt;Tojo Masaya&lt;br/&gt;Aivars Zogla&lt;br/&gt;&lt;br/&gt;Additional information:</translation>
    </message>
    <message>
        <source>Failed to locate the help files.</source>
        <translation type="obsolete">ヘルプファイルを探すのに失敗しました。</translation>
    </message>
    <message>
        <source>Failed to start the help browser.</source>
        <translation type="obsolete">ヘルプブラウザの開始に失敗しました。</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="obsolete">%1 について</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="obsolete">OK</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>default layer</source>
        <translation type="obsolete">規定のレイヤー</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="609"/>
        <location filename="../src/core/map.cpp" line="614"/>
        <location filename="../src/core/map.cpp" line="651"/>
        <location filename="../src/core/map.cpp" line="662"/>
        <location filename="../src/core/map.cpp" line="693"/>
        <location filename="../src/core/map.cpp" line="781"/>
        <location filename="../src/core/map.cpp" line="807"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="614"/>
        <source>Cannot export the map as
"%1"
because saving as %2 (.%3) is not supported.</source>
        <translation>次の地図が作成できません。
"%1"
%2 (%3)はサポートされていません。</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="609"/>
        <source>Cannot export the map as
"%1"
because the format is unknown.</source>
        <translation>次の地図が作成できません。
"%1"
不明なフォーマットです。</translation>
    </message>
    <message>
        <source>File does not exist or insufficient permissions to open:
%1</source>
        <translation type="vanished">ファイルが存在しないか、読み取り権限がありません:
%1</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="676"/>
        <location filename="../src/core/map.cpp" line="745"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="676"/>
        <source>The map export generated warnings.</source>
        <translation>地図のエクスポート時に警告が発生しました。</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="651"/>
        <source>Internal error while saving:
%1</source>
        <translation>保存の際に内部エラーが発生しました:
%1</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="665"/>
        <source>Cannot save file
%1:
%2</source>
        <translation>ファイルを保存できません
%1:
%2</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="746"/>
        <source>The map import generated warnings.</source>
        <translation>地図のインポート時に警告が発生しました。</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="694"/>
        <source>Cannot open file:
%1
for reading.</source>
        <translation>ファイルを開くことができません:
%1
を読み込むことができません。</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="708"/>
        <source>Invalid file type.</source>
        <translation>無効なファイル形式です。</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="664"/>
        <location filename="../src/core/map.cpp" line="782"/>
        <source>Cannot open file:
%1

%2</source>
        <translation>ファイルを開くことができません:
%1

%2</translation>
    </message>
    <message>
        <source>Problem while opening file:
%1

Error during symbol post-processing.</source>
        <translation type="obsolete">ファイルを開く際に問題が発生しました:
%1

記号のポストプロセッシング時にエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="807"/>
        <source>Nothing to import.</source>
        <translation>インポートするものがありません。</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="814"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="815"/>
        <source>The scale of the imported data is 1:%1 which is different from this map's scale of 1:%2.

Rescale the imported data?</source>
        <translation>インポートされた地図の縮尺 1:%1 と、編集中の地図の縮尺 1:%2 が異なります。

インポートされた地図の縮尺を変更しますか?</translation>
    </message>
    <message>
        <location filename="../src/core/map.cpp" line="440"/>
        <source>default part</source>
        <translation>デフォルトの要素</translation>
    </message>
    <message>
        <location filename="../src/core/map_color.cpp" line="28"/>
        <location filename="../src/core/map_color.cpp" line="42"/>
        <source>New color</source>
        <translation>新しい色</translation>
    </message>
</context>
<context>
    <name>MapColor</name>
    <message>
        <location filename="../src/core/map_color.cpp" line="71"/>
        <source>Registration black (all printed colors)</source>
        <translation>レジストレーションブラック (すべて印刷色)</translation>
    </message>
</context>
<context>
    <name>MapCoord</name>
    <message>
        <location filename="../src/core/map_coord.cpp" line="176"/>
        <source>Coordinates are out-of-bounds.</source>
        <translation>座標は範囲外です。</translation>
    </message>
</context>
<context>
    <name>MapEditorController</name>
    <message>
        <source>One or more templates could not be loaded. Use the Templates -&gt; Template setup window to resolve the issue(s) by clicking on the red template file name(s).</source>
        <translation type="obsolete">一つ以上のテンプレートを読み込むことができませんでした。メニューバーの「テンプレート」から「テンプレートウィンドウ」を開いて、赤く表示されているテンプレートのファイル名をクリックし、問題を解決してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="789"/>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="791"/>
        <source>&amp;Image</source>
        <translation>画像(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="793"/>
        <source>&amp;PDF</source>
        <translation>PDF(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="801"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="801"/>
        <source>Undo the last step</source>
        <translation>一つ前の操作を元に戻す</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="802"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="802"/>
        <source>Redo the last step</source>
        <translation>一つ前の操作をやり直す</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="803"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="804"/>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="805"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="807"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="808"/>
        <source>Select nothing</source>
        <translation>何も選択しない</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="809"/>
        <source>Invert selection</source>
        <translation>選択を反転</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="811"/>
        <source>Clear undo / redo history</source>
        <translation>元に戻す/やり直すの履歴をクリア</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="811"/>
        <source>Clear the undo / redo history to reduce map file size.</source>
        <translation>元に戻す/やり直すの履歴をクリアし、地図のファイルサイズを縮小します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="813"/>
        <source>Show grid</source>
        <translation>グリッドを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="814"/>
        <location filename="../src/gui/map/map_editor.cpp" line="1124"/>
        <source>Configure grid...</source>
        <translation>グリッド設定...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="818"/>
        <source>Pan</source>
        <translation>画面移動</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="819"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="820"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="822"/>
        <source>Toggle fullscreen mode</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="823"/>
        <source>Set custom zoom factor...</source>
        <translation>ズーム率を指定(x)...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="825"/>
        <source>Hatch areas</source>
        <translation>面のハッチ表示</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="826"/>
        <source>Baseline view</source>
        <translation>ベースライン表示</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="827"/>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="110"/>
        <source>Hide all templates</source>
        <translation>すべてのテンプレートを非表示</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="828"/>
        <source>Overprinting simulation</source>
        <translation>オーバープリントをシミュレート</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="830"/>
        <source>Symbol window</source>
        <translation>記号ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="830"/>
        <source>Show/Hide the symbol window</source>
        <translation>記号ウィンドウを表示/隠す</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="831"/>
        <source>Color window</source>
        <translation>色ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="831"/>
        <source>Show/Hide the color window</source>
        <translation>色ウィンドウを表示/隠す</translation>
    </message>
    <message>
        <source>Load symbols from...</source>
        <translation type="obsolete">記号を読み込み...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="832"/>
        <source>Replace the symbols with those from another map file</source>
        <translation>他の地図ファイルの記号と置換え</translation>
    </message>
    <message>
        <source>Load colors from...</source>
        <translation type="obsolete">色を読み込む...</translation>
    </message>
    <message>
        <source>Replace the colors with those from another map file</source>
        <translation type="obsolete">色を他の地図ファイルのものと置き換え</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="835"/>
        <source>Scale all symbols...</source>
        <translation>すべての記号のスケールを変更...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="835"/>
        <source>Scale the whole symbol set</source>
        <translation>記号セットすべての縮尺を変更</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="837"/>
        <source>Change map scale...</source>
        <translation>地図の縮尺の変更...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="837"/>
        <source>Change the map scale and adjust map objects and symbol sizes</source>
        <translation>地図の縮尺の変更と、オブジェクトサイズと記号サイズの調節</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="838"/>
        <source>Rotate map...</source>
        <translation>地図の回転...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="838"/>
        <source>Rotate the whole map</source>
        <translation>地図全体を回転します</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="839"/>
        <source>Map notes...</source>
        <translation>ノート...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="841"/>
        <source>Template setup window</source>
        <translation>テンプレートウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="841"/>
        <source>Show/Hide the template window</source>
        <translation>テンプレートウィンドウを表示/隠す</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="844"/>
        <source>Open template...</source>
        <translation>テンプレートを開く...</translation>
    </message>
    <message>
        <source>Edit projection parameters...</source>
        <translation type="obsolete">投影パラメータの編集...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="821"/>
        <source>Show whole map</source>
        <translation>地図全体を表示</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="832"/>
        <source>Replace symbol set...</source>
        <translation>記号セットを置換...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="845"/>
        <source>Reopen template...</source>
        <translation>テンプレートを開きなおす...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="847"/>
        <source>Tag editor</source>
        <translation>タグ エディター</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="847"/>
        <source>Show/Hide the tag editor window</source>
        <translation>タグ エディター ウィンドウの表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="851"/>
        <source>Edit objects</source>
        <translation>オブジェクトの編集</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="852"/>
        <source>Edit lines</source>
        <translation>ラインの編集</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="853"/>
        <source>Set point objects</source>
        <translation>ポイントオブジェクトを配置</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="854"/>
        <source>Draw paths</source>
        <translation>コースを描画</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="855"/>
        <source>Draw circles and ellipses</source>
        <translation>円と楕円を描画</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="857"/>
        <source>Draw free-handedly</source>
        <translation>フリーハンドで描画</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="858"/>
        <source>Fill bounded areas</source>
        <translation>閉じたエリアの塗りつぶし</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="859"/>
        <source>Write text</source>
        <translation>テキストを挿入</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="806"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="860"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="861"/>
        <source>Switch symbol</source>
        <translation>記号を置換</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="862"/>
        <source>Fill / Create border</source>
        <translation>塗りつぶし/縁取り</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="863"/>
        <source>Switch dash direction</source>
        <translation>記号の向きの反転</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="864"/>
        <source>Connect paths</source>
        <translation>コースを接続</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="866"/>
        <source>Cut object</source>
        <translation>オブジェクトの切り取り</translation>
    </message>
    <message>
        <source>Cut holes</source>
        <translation type="obsolete">穴あけ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="882"/>
        <source>Rotate object(s)</source>
        <translation>オブジェクトの回転</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="885"/>
        <source>Measure lengths and areas</source>
        <translation>長さと面積の測定</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="888"/>
        <source>Cut away from area</source>
        <translation>エリアから切り取り</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="890"/>
        <source>Merge area holes</source>
        <translation>エリアの穴をマージ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="891"/>
        <source>Convert to curves</source>
        <translation>曲線に変換</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="892"/>
        <source>Simplify path</source>
        <translation>コースを単純化</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="893"/>
        <source>Cutout</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="894"/>
        <source>Cut away</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="895"/>
        <source>Distribute points along path</source>
        <translation>コースに沿ってポイントを配布する</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="902"/>
        <source>Paint on template settings</source>
        <translation>テンプレート設定に書き込み</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="908"/>
        <source>Enable touch cursor</source>
        <translation>タッチ カーソルを有効にする</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="909"/>
        <source>Enable GPS display</source>
        <translation>GPS 表示を有効にする</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="911"/>
        <source>Enable GPS distance rings</source>
        <translation>GPS 距離リングを有効にする</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="913"/>
        <source>Set point object at GPS position</source>
        <translation>GPS の位置でポイント オブジェクトを設定</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="915"/>
        <source>Set temporary marker at GPS position</source>
        <translation>GPS の位置で一時的なマーカーを設定</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="917"/>
        <source>Create temporary path at GPS position</source>
        <translation>GPS の位置で一時的なコースを作成</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="919"/>
        <source>Clear temporary GPS markers</source>
        <translation>一時的な GPS マーカーをクリア</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="922"/>
        <source>Enable compass display</source>
        <translation>コンパスの表示を有効にする</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="923"/>
        <source>Align map with north</source>
        <translation>地図を北に合わせる</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="925"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3477"/>
        <source>Add new part...</source>
        <translation>新しい要素を追加...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="926"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3537"/>
        <source>Rename current part...</source>
        <translation>現在の要素の名前を変更...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="927"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3498"/>
        <source>Remove current part</source>
        <translation>現在の要素を削除</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="928"/>
        <source>Merge all parts</source>
        <translation>すべての要素をマージ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="930"/>
        <source>Import...</source>
        <translation>インポート...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="950"/>
        <source>Copy position</source>
        <translation>位置をコピー</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="950"/>
        <source>Copy position to clipboard.</source>
        <translation>位置をクリップボードにコピーします。</translation>
    </message>
    <message>
        <location filename="../src/gui/color_dock_widget.cpp" line="87"/>
        <location filename="../src/gui/map/map_editor.cpp" line="982"/>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="248"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1000"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1030"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1083"/>
        <source>Sy&amp;mbols</source>
        <translation>記号(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1065"/>
        <source>M&amp;ap</source>
        <translation>地図(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="485"/>
        <source>Editing in progress</source>
        <translation>編集の処理中</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="485"/>
        <source>The map is currently being edited. Please finish the edit operation before saving.</source>
        <translation>地図は現在編集中です。保存する前に編集操作を終了してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1093"/>
        <source>&amp;Templates</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;GPS</source>
        <translation type="obsolete">GPS(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1149"/>
        <source>Drawing</source>
        <translation>描画</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="897"/>
        <source>Paint on template</source>
        <translation>テンプレート上に書き込み</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="836"/>
        <source>Georeferencing...</source>
        <translation>ジオリファレンシング...</translation>
    </message>
    <message>
        <source>Draw circles</source>
        <translation type="obsolete">円を描画</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="856"/>
        <source>Draw rectangles</source>
        <translation>矩形を描画</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="867"/>
        <source>Cut free form hole</source>
        <translation>自由な形で穴あけ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="868"/>
        <source>Cut round hole</source>
        <translation>円形で穴あけ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="872"/>
        <source>Cut rectangular hole</source>
        <translation>矩形の穴あけ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="883"/>
        <source>Rotate pattern</source>
        <translation>パターンの回転</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="884"/>
        <source>Scale object(s)</source>
        <translation>オブジェクトのスケール変更</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="886"/>
        <source>Unify areas</source>
        <translation>エリアの論理和</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="887"/>
        <source>Intersect areas</source>
        <translation>エリアの論理積</translation>
    </message>
    <message>
        <source>Area difference</source>
        <translation type="vanished">エリアの論理差</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="889"/>
        <source>Area XOr</source>
        <translation>エリアの排他的論理和</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="obsolete">インポート</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="932"/>
        <source>Map coordinates</source>
        <translation>マップ座標</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="934"/>
        <source>Projected coordinates</source>
        <translation>投影座標</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="936"/>
        <source>Latitude/Longitude (Dec)</source>
        <translation>緯度/経度 (Dec)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="938"/>
        <source>Latitude/Longitude (DMS)</source>
        <translation>緯度/経度 (DMS)</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1014"/>
        <source>Display coordinates as...</source>
        <translation>座標の表示方法...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="974"/>
        <source>&amp;Export as...</source>
        <translation>形式を指定してエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="876"/>
        <source>Cut hole</source>
        <translation>穴あけ</translation>
    </message>
    <message>
        <source>Dummy</source>
        <translation type="vanished">ダミー</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1117"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1167"/>
        <source>Select template...</source>
        <translation>テンプレートの選択...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1173"/>
        <source>Editing</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1198"/>
        <source>Advanced editing</source>
        <translation>高度な編集</translation>
    </message>
    <message>
        <source>Print or Export</source>
        <translation type="obsolete">プリント/エクスポート</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1493"/>
        <location filename="../src/gui/map/map_editor.cpp" line="1513"/>
        <location filename="../src/gui/map/map_editor.cpp" line="1570"/>
        <location filename="../src/gui/map/map_editor.cpp" line="1590"/>
        <location filename="../src/gui/map/map_editor.cpp" line="1603"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2988"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2994"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3000"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3006"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3015"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3825"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3832"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1493"/>
        <source>Print / Export is not available in this program version!</source>
        <translation>印刷 / エクスポートはこのバージョンのプログラムで利用できません!</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1513"/>
        <source>No undo steps available.</source>
        <translation>元に戻すことのできる操作がありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1527"/>
        <source>Cut %1 object(s)</source>
        <extracomment>Past tense. Displayed when an Edit &gt; Cut operation is completed.</extracomment>
        <translation>%1 個のオブジェクトを切り取りました</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1570"/>
        <location filename="../src/gui/map/map_editor.cpp" line="1603"/>
        <source>An internal error occurred, sorry!</source>
        <translation>内部エラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1580"/>
        <source>Copied %1 object(s)</source>
        <translation>%1 個のオブジェクトをコピーしました</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1590"/>
        <source>There are no objects in clipboard which could be pasted!</source>
        <translation>貼り付けのできるオブジェクトがクリップボードにありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1620"/>
        <source>Pasted %1 object(s)</source>
        <translation>%1 個のオブジェクトを貼り付けました</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1678"/>
        <source>Set custom zoom factor</source>
        <translation>ズーム率を指定</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1678"/>
        <source>Zoom factor:</source>
        <translation>ズーム:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1752"/>
        <source>Symbols</source>
        <translation>記号</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1766"/>
        <source>Colors</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1795"/>
        <source>Scale all symbols</source>
        <translation>すべての記号のスケールを変更</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1795"/>
        <source>Scale to percentage:</source>
        <translation>パーセントでスケール変更:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1819"/>
        <source>Map notes</source>
        <translation>ノート</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1824"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1825"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1865"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1927"/>
        <source>Tag Editor</source>
        <translation>タグ エディター</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1949"/>
        <source>Tag Selector</source>
        <translation>タグ セレクター</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2010"/>
        <source>No
symbol
selected</source>
        <comment>Keep it short. Should not be much longer per line than the longest word in the original.</comment>
        <translation>記号が
選択されて
いません</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2011"/>
        <source>Multiple
symbols
selected</source>
        <comment>Keep it short. Should not be much longer per line than the longest word in the original.</comment>
        <translation>複数の
記号を
選択</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2087"/>
        <source>Place point objects on the map.</source>
        <translation>地図上にポイントオブジェクトを配置します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2087"/>
        <source>Select a point symbol to be able to use this tool.</source>
        <translation>このツールを有効にするには、ポイント記号を選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2089"/>
        <source>Draw polygonal and curved lines.</source>
        <translation>折れ線と曲線を描画します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2089"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2091"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2093"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2095"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2097"/>
        <source>Select a line, area or combined symbol to be able to use this tool.</source>
        <translation>このツールを有効にするには、ライン記号/エリア記号/組み合わせ記号を選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2091"/>
        <source>Draw circles and ellipses.</source>
        <translation>円と楕円を描画します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2095"/>
        <source>Draw paths free-handedly.</source>
        <translation>フリーハンドでコースを描画します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2097"/>
        <source>Fill bounded areas.</source>
        <translation>閉じられたエリアを塗りつぶします。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2192"/>
        <source>Deletes the selected object(s).</source>
        <translation>選択したオブジェクトを削除します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2203"/>
        <source>Set the direction of area fill patterns or point objects.</source>
        <translation>エリアフィルパターンまたはポイントオブジェクトの方向をセットします。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2203"/>
        <source>Select an area object with rotatable fill pattern or a rotatable point object to activate this tool.</source>
        <translation>このツールを有効にするには、回転可能なフィルパターンをもったエリアオブジェクト、または回転可能なポイントオブジェクトを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2233"/>
        <source>Resulting symbol: %1 %2.</source>
        <translation>結果の記号: %1 %2。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2234"/>
        <source>Select at least two area or path objects activate this tool.</source>
        <translation>少なくとも 2 つのエリアまたはコース オブジェクトを選択して、このツールを有効にします。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2236"/>
        <source>Unify overlapping objects.</source>
        <translation>重なり合ったオブジェクトを結合します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2238"/>
        <source>Remove all parts which are not overlaps with the first selected object.</source>
        <translation>最初に選択したオブジェクトと重ならない要素をすべて削除します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2240"/>
        <source>Remove overlapped parts of the first selected object.</source>
        <translation>最初に選択したオブジェクトと重なった要素を削除します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2242"/>
        <source>Remove all parts which overlap the first selected object.</source>
        <translation>最初に選択したオブジェクトと重なった要素をすべて削除します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2246"/>
        <source>Merge area holes together, or merge holes with the object boundary to cut out this part.</source>
        <translation>エリアの穴を一緒にマージ、またはオブジェクトの境界と穴をマージして、この要素を切り取ります。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2246"/>
        <source>Select one area object with holes to activate this tool.</source>
        <translation>穴のあるエリア オブジェクトを 1 つ選択して、このツールを有効にします。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3015"/>
        <source>Merging holes failed.</source>
        <translation>穴のマージに失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3304"/>
        <source>Clear temporary markers</source>
        <translation>一時的なマーカーをクリア</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3304"/>
        <source>Are you sure you want to delete all temporary GPS markers? This cannot be undone.</source>
        <translation>一時的な GPS マーカーをすべて削除してもよろしいですか? これは元に戻すことができません。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3418"/>
        <source>Merge this part with</source>
        <translation>この要素をマージ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3424"/>
        <source>Move selected objects to</source>
        <translation>選択したオブジェクトを移動</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3478"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3538"/>
        <source>Enter the name of the map part:</source>
        <translation>地図の要素の名前を入力:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3554"/>
        <source>Switched to map part '%1'.</source>
        <translation>地図の要素 '%1' に切り替えました。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3576"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3606"/>
        <source>Merge map parts</source>
        <translation>地図の要素をマージ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3577"/>
        <source>Do you want to move all objects from map part "%1" to "%2", and to remove "%1"?</source>
        <translation>すべてのオブジェクトを地図の要素 "%1" から "%2" に移動して、"%1" を削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3607"/>
        <source>Do you want to move all objects to map part "%1", and to remove all other map parts?</source>
        <translation>すべてのオブジェクトを地図の要素 "%1" に移動して、他の地図の要素をすべて削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3792"/>
        <source>Import %1, GPX, OSM or DXF file</source>
        <translation>%1、GPX、OSM、DXFファイルをインポート</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3832"/>
        <source>Cannot import the selected map file because it could not be loaded.</source>
        <translation>選択された地図はインポートできません。このファイルを読み込むことができませんでした。</translation>
    </message>
    <message>
        <source>Draw circles.</source>
        <translation type="obsolete">円を描画します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2093"/>
        <source>Draw rectangles.</source>
        <translation>矩形を描画します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2099"/>
        <source>Write text on the map.</source>
        <translation>地図上にテキストを挿入します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2099"/>
        <source>Select a text symbol to be able to use this tool.</source>
        <translation>このツールを有効にするには、テキスト記号を選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2194"/>
        <source>Duplicate the selected object(s).</source>
        <translation>選択中のオブジェクトを複製します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2192"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2194"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2196"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2198"/>
        <source>Select at least one object to activate this tool.</source>
        <translation>このツールを有効にするには、一つ以上のオブジェクトを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="490"/>
        <source>Map saved</source>
        <translation>地図を保存しました</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="741"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="742"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="743"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="745"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="759"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="760"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="761"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="762"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="763"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="764"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="765"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="766"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="768"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="769"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="770"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="771"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="772"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="773"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="774"/>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="775"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="776"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="777"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="778"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="779"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="780"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="849"/>
        <source>Tag Selection</source>
        <translation>タグ選択</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="849"/>
        <source>Show/Hide the tag selection window</source>
        <translation>タグ選択ウィンドウの表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1135"/>
        <location filename="../src/gui/map/map_editor.cpp" line="1140"/>
        <location filename="../src/gui/map/map_editor.cpp" line="1235"/>
        <location filename="../src/gui/map/map_editor.cpp" line="3412"/>
        <source>Map parts</source>
        <translation>地図の要素</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1225"/>
        <source>Select symbol</source>
        <translation>記号を選択</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1228"/>
        <source>Hide top bar</source>
        <translation>上部のバーを非表示</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="1231"/>
        <source>Show top bar</source>
        <translation>上部のバーを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2207"/>
        <source>Switch the direction of symbols on line objects.</source>
        <translation>ラインオブジェクト上の記号の向きを反転します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2207"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2209"/>
        <source>Select at least one line object to activate this tool.</source>
        <translation>このツールを有効にするには、一つ以上のラインオブジェクトを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2209"/>
        <source>Connect endpoints of paths which are close together.</source>
        <translation>近接しているコースの終点を接続します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2213"/>
        <source>Cut the selected object(s) into smaller parts.</source>
        <translation>選択中のオブジェクトを分割します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2213"/>
        <source>Select at least one line or area object to activate this tool.</source>
        <translation>このツールを有効にするには、一つ以上のラインオブジェクトまたはエリアオブジェクトを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2222"/>
        <source>Cut a hole into the selected area object.</source>
        <translation>選択中のエリアオブジェクトに穴をあけます。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2222"/>
        <source>Select a single area object to activate this tool.</source>
        <translation>このツールを有効にするには、エリアオブジェクトを一つ選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2196"/>
        <source>Rotate the selected object(s).</source>
        <translation>選択中のオブジェクトを回転します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2198"/>
        <source>Scale the selected object(s).</source>
        <translation>選択中のオブジェクトのスケールを変更します。</translation>
    </message>
    <message>
        <source>Unify overlapping areas.</source>
        <translation type="vanished">重なりのあるエリアオブジェクトを結合します。</translation>
    </message>
    <message>
        <source>Select at least two area objects with the same symbol to activate this tool.</source>
        <translation type="vanished">このツールを有効にするには、同じ記号を使用した二つ以上の.オブジェクトを選択してください。</translation>
    </message>
    <message>
        <source>Intersect the first selected area object with all other selected overlapping areas.</source>
        <translation type="vanished">重なったエリアの共通部分だけを出現させます。</translation>
    </message>
    <message>
        <source>Subtract all other selected area objects from the first selected area object.</source>
        <translation type="vanished">重なったエリアを片方のオブジェクトから切り取ります。</translation>
    </message>
    <message>
        <source>Select at least two area objects to activate this tool.</source>
        <translation type="vanished">このツールを有効にするには、二つ以上のオブジェクトを選択してください。</translation>
    </message>
    <message>
        <source>Calculate nonoverlapping parts of areas.</source>
        <translation type="vanished">重なったエリアを取り除きます。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2215"/>
        <source>Turn paths made of straight segments into smooth bezier splines.</source>
        <translation>直線のpathをスムーズなベジエ曲線に変えます。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2215"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2217"/>
        <source>Select a path object to activate this tool.</source>
        <translation>このツールを有効にするには、コースオブジェクトを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2217"/>
        <source>Reduce the number of points in path objects while trying to retain their shape.</source>
        <translation>コースオブジェクト内のポイントを(コースの形が変わらない範囲で)減らします。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2251"/>
        <source>Create a cutout of some objects or the whole map.</source>
        <translation>いくつかのオブジェクトまたは地図全体の切り抜きを作成します。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2251"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2253"/>
        <source>Select a closed path object as cutout shape to activate this tool.</source>
        <translation>切り抜きの形状として閉じられたコース オブジェクトを選択して、このツールを有効にします。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2253"/>
        <source>Cut away some objects or everything in a limited area.</source>
        <translation>限定したエリアのいくつかのオブジェクトまたはすべてを切り取ります。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2278"/>
        <source>Switches the symbol of the selected object(s) to the selected symbol.</source>
        <translation>選択中のオブジェクトの記号を、選択中の記号に置き換えます。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2278"/>
        <location filename="../src/gui/map/map_editor.cpp" line="2280"/>
        <source>Select at least one object and a fitting, different symbol to activate this tool.</source>
        <translation>このツールを有効にするには、一つ以上のオブジェクトと、それと置き換え可能な別の記号を選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2280"/>
        <source>Fill the selected line(s) or create a border for the selected area(s).</source>
        <translation>選択中のラインオブジェクトを塗りつぶし、または選択中のエリアオブジェクトを縁取りします。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2285"/>
        <source>Places evenly spaced point objects along an existing path object</source>
        <translation>既存のコースオブジェクトに沿って、均等に間隔をあけてポイントオブジェクトを配置</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2285"/>
        <source>Select at least one path object and a single point symbol to activate this tool.</source>
        <translation>少なくとも 1 つのコース オブジェクトと単一のポイント記号を選択して、このツールを有効にします。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2400"/>
        <source>%1 object(s) duplicated</source>
        <translation>%1 個のオブジェクトが複製されました</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2612"/>
        <source>Object selection</source>
        <translation>オブジェクトの選択</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2612"/>
        <source>No objects were selected because there are no objects with the selected symbol(s).</source>
        <translation>オブジェクトは選択されませんでした。選択中の記号を使用したオブジェクトがありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2974"/>
        <source>Measure</source>
        <translation>測定</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2988"/>
        <source>Unification failed.</source>
        <translation>エリアの論理和が失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="2994"/>
        <source>Intersection failed.</source>
        <translation>エリアの論理積が失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3000"/>
        <source>Difference failed.</source>
        <translation>エリアの論理差が失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3006"/>
        <source>XOr failed.</source>
        <translation>エリアの排他的論理和が失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3499"/>
        <source>Do you want to remove map part "%1" and all its objects?</source>
        <translation>地図の要素「%1」と、そのすべてのオブジェクトを削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3661"/>
        <source>Paint free-handedly on a template</source>
        <translation>テンプレート上にフリーハンドで書き込みをします</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3663"/>
        <source>Paint free-handedly on a template. Create or load a template which can be drawn onto to activate this button</source>
        <translation>テンプレート上にフリーハンドで書き込みをします。書き込み可能なテンプレートを読み込んで、このボタンを有効にしてください</translation>
    </message>
    <message>
        <source>Import DXF or GPX file</source>
        <translation type="obsolete">DXFファイル、GBXファイルをインポート</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3796"/>
        <source>Importable files</source>
        <translation>インポート可能なファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3796"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Import OMAP, OCD, GPX, OSM or DXF file</source>
        <translation type="obsolete">OMAP, OCD, GPX, OSM or DXF ファイルをインポート</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="3825"/>
        <source>Cannot import the selected file because its file format is not supported.</source>
        <translation>ファイルをインポートできません。このファイル形式はサポートされていません。</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="31"/>
        <source>Rotate objects</source>
        <extracomment>To replace existing translation which uses "object(s)".</extracomment>
        <translation>オブジェクトの回転</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="34"/>
        <source>Scale objects</source>
        <extracomment>To replace existing translation which uses "object(s)".</extracomment>
        <translation>オブジェクトの拡大縮小</translation>
    </message>
    <message numerus="yes">
        <location filename="future_translations.cpp" line="37"/>
        <source>Cut %n object(s)</source>
        <extracomment>Past tense. Displayed when an Edit &gt; Cut operator is completed.</extracomment>
        <translation>
            <numerusform>%n オブジェクトを切り取りました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="future_translations.cpp" line="40"/>
        <source>Copied %n object(s)</source>
        <extracomment>To replace existing translation which doesn't use plural correctly</extracomment>
        <translation>
            <numerusform>%n オブジェクトをコピーしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="future_translations.cpp" line="43"/>
        <source>Pasted %n object(s)</source>
        <extracomment>To replace existing translation which doesn't use plural correctly</extracomment>
        <translation>
            <numerusform>%n オブジェクトを貼り付けました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="46"/>
        <source>Deletes the selected objects.</source>
        <extracomment>To replace existing translation which uses "object(s)".</extracomment>
        <translation>選択したオブジェクトを削除します。</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="49"/>
        <source>Duplicate the selected objects.</source>
        <extracomment>To replace existing translation which uses "object(s)".</extracomment>
        <translation>選択したオブジェクトを複製します。</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="52"/>
        <source>Rotate the selected objects.</source>
        <extracomment>To replace existing translation which uses "object(s)".</extracomment>
        <translation>選択したオブジェクトを回転します。</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="55"/>
        <source>Scale the selected objects.</source>
        <extracomment>To replace existing translation which uses "object(s)".</extracomment>
        <translation>選択したオブジェクトを拡大縮小します。</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="58"/>
        <source>Cut the selected objects into smaller parts.</source>
        <extracomment>To replace existing translation which uses "object(s)".</extracomment>
        <translation>選択したオブジェクトを小さな要素に切り取ります。</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="61"/>
        <source>Switches the symbol of the selected objects to the selected symbol.</source>
        <extracomment>To replace existing translation which uses "object(s)".</extracomment>
        <translation>選択したオブジェクトの記号を選択した記号に切り替えます。</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="64"/>
        <source>Fill the selected lines or create a border for the selected areas.</source>
        <extracomment>To replace existing translation which uses "line(s)" and "area(s)".</extracomment>
        <translation>選択した線の塗りつぶし、または選択した領域の枠線を作成します。</translation>
    </message>
    <message numerus="yes">
        <location filename="future_translations.cpp" line="67"/>
        <source>Duplicated %n object(s)</source>
        <extracomment>To replace existing translation which doesn't use plural correctly</extracomment>
        <translation>
            <numerusform>%n オブジェクトを複製しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="70"/>
        <source>No objects were selected because there are no objects with the selected symbols.</source>
        <extracomment>To replace existing translation which uses "symbol(s)".</extracomment>
        <translation>選択した記号を持つオブジェクトがないため、オブジェクトは選択されませんでした。</translation>
    </message>
</context>
<context>
    <name>MapEditorTool</name>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="598"/>
        <location filename="../src/tools/cutout_tool.cpp" line="142"/>
        <location filename="../src/tools/draw_path_tool.cpp" line="1104"/>
        <location filename="../src/tools/draw_circle_tool.cpp" line="303"/>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="742"/>
        <location filename="../src/tools/draw_freehand_tool.cpp" line="277"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Abort. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 中止します。 </translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1053"/>
        <location filename="../src/tools/draw_path_tool.cpp" line="1054"/>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="695"/>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="696"/>
        <location filename="../src/tools/edit_point_tool.cpp" line="747"/>
        <source>More: %1, %2</source>
        <translation>もっと表示: %1, %2</translation>
    </message>
    <message>
        <location filename="../src/tools/edit_line_tool.cpp" line="533"/>
        <source>More: %1</source>
        <translation>もっと表示: %1</translation>
    </message>
    <message>
        <location filename="../src/tools/draw_path_tool.cpp" line="1052"/>
        <location filename="../src/tools/draw_rectangle_tool.cpp" line="694"/>
        <source>More: %1, %2, %3</source>
        <translation>もっと表示: %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>MapPrinter</name>
    <message>
        <location filename="../src/core/map_printer.cpp" line="480"/>
        <source>- Map -</source>
        <translation>- 地図 -</translation>
    </message>
    <message>
        <location filename="../src/core/map_printer.cpp" line="1215"/>
        <source>Processing separations of page %1...</source>
        <translation>ページ %1 のセパレーションを処理中...</translation>
    </message>
    <message>
        <location filename="../src/core/map_printer.cpp" line="1216"/>
        <source>Processing page %1...</source>
        <translation>ページ %1 を処理中...</translation>
    </message>
    <message>
        <location filename="../src/core/map_printer.cpp" line="1266"/>
        <source>Canceled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../src/core/map_printer.cpp" line="1270"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/core/map_printer.cpp" line="1275"/>
        <source>Finished</source>
        <translation>終了しました</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Zoom: %1x</source>
        <translation type="obsolete">ズーム: %1x</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_widget.cpp" line="562"/>
        <source>%1x</source>
        <comment>Zoom factor</comment>
        <translation>%1x</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_widget.cpp" line="583"/>
        <source>mm</source>
        <comment>millimeters</comment>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_widget.cpp" line="599"/>
        <source>m</source>
        <comment>meters</comment>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_widget.cpp" line="636"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_widget.cpp" line="834"/>
        <source>Empty map!

Start by defining some colors:
Select Symbols -&gt; Color window to
open the color dialog and
define the colors there.</source>
        <translation>空白の地図です。

まず色を定義するところから始めましょう。
メニューバーの「記号」から「色ウィンドウ」を選択して
色ダイアログを開き、色を定義してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_widget.cpp" line="836"/>
        <source>No symbols!

Now define some symbols:
Right-click in the symbol bar
and select "New symbol"
to create one.</source>
        <translation>記号がありません！

まずは記号を定義してみましょう。
記号ウィンドウを右クリックして「新しい記号」を選択し、
記号を作成してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_widget.cpp" line="838"/>
        <source>Ready to draw!

Start drawing or load a base map.
To load a base map, click
Templates -&gt; Open template...</source>
        <translation>地図を描く準備ができました。

作図を開始、または下絵を読み込んでください。
下絵を読み込むには、メニューバーの「テンプレート」から
「テンプレートを開く...」を選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_widget.cpp" line="838"/>
        <source>Hint: Hold the middle mouse button to drag the map,
zoom using the mouse wheel, if available.</source>
        <translation>ヒント: マウスのホイールドラッグで地図を移動できます。
マウスホイールを回転でズームすることができます。</translation>
    </message>
</context>
<context>
    <name>MeasureWidget</name>
    <message>
        <source>No objects selected.</source>
        <translation type="obsolete">オブジェクトが選択されていません。</translation>
    </message>
    <message>
        <source>No objects selected.&lt;br/&gt;Draw or select a path&lt;br/&gt;to measure it.</source>
        <translation type="obsolete">オブジェクトが選択されていません。&lt;br/&gt;測定する path を描画または選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="98"/>
        <source>Boundary length:</source>
        <translation>輪郭線の長さ:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="136"/>
        <source>Length:</source>
        <translation>長さ:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="114"/>
        <source>Area:</source>
        <translation>面積:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="61"/>
        <source>No object selected.</source>
        <translation>オブジェクトが選択されていません。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="65"/>
        <source>%1 objects selected.</source>
        <translation>%1 オブジェクトが選択されています。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="75"/>
        <source>The selected object is not a path.</source>
        <translation>選択中のオブジェクトがコースではありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="99"/>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="137"/>
        <source>mm</source>
        <comment>millimeters</comment>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="100"/>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="138"/>
        <source>m</source>
        <comment>meters</comment>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="115"/>
        <source>mm²</source>
        <comment>square millimeters</comment>
        <translation>mm²</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="116"/>
        <source>m²</source>
        <comment>square meters</comment>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="128"/>
        <source>This object is too small.</source>
        <translation>オブジェクトが小さすぎます。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="129"/>
        <source>The minimimum area is %1 %2.</source>
        <translation>最小の面積は %1 %2 です。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="129"/>
        <source>mm²</source>
        <translation>mm²</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="132"/>
        <source>Note: Boundary length and area are correct only if there are no self-intersections and holes are used as such.</source>
        <translation>注意: エリアオブジェクトの輪郭線の長さと面積は、交差や穴あけがあると正しく測定されません。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="150"/>
        <source>This line is too short.</source>
        <translation>ラインが短すぎます。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="151"/>
        <source>The minimum length is %1 %2.</source>
        <translation>最小の長さは %1 %2 です。</translation>
    </message>
    <message>
        <source>Selected object is not a path.</source>
        <translation type="obsolete">選択中のオブジェクトが path ではありません。</translation>
    </message>
    <message>
        <source>Boundary length</source>
        <translation type="obsolete">境界線の長さ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="obsolete">長さ</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/measure_widget.cpp" line="151"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>meters</source>
        <translation type="obsolete">m</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="obsolete">面積</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;u&gt;Warning&lt;/u&gt;: area is only correct if&lt;br/&gt;there are no self-intersections and&lt;br/&gt;holes are used as such.</source>
        <translation type="obsolete">&lt;br/&gt;&lt;u&gt;注意&lt;/u&gt;:面積は、エリアオブジェクトに重なりや穴あけがあると正しく測定されません。</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="45"/>
        <source>Create new map</source>
        <translation>新しい地図を作成</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="47"/>
        <source>Choose the scale and symbol set for the new map.</source>
        <translation>新しい地図の縮尺と記号セットを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="49"/>
        <source>Scale:  1 : </source>
        <translation>縮尺:  1 : </translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="54"/>
        <source>Symbol sets:</source>
        <translation>記号セット:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="57"/>
        <source>Only show symbol sets matching the selected scale</source>
        <translation>選択中の縮尺に一致する記号セットのみ表示する</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="59"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="60"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="148"/>
        <source>Empty symbol set</source>
        <translation>空白の記号セット</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="186"/>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="241"/>
        <source>Load symbol set from a file...</source>
        <translation>ファイルから記号セットを読み込む...</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="237"/>
        <source>All symbol set files</source>
        <translation>すべての記号セットファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_new.cpp" line="239"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
</context>
<context>
    <name>OCAD8FileExport</name>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1555"/>
        <source>The map contains more than 256 colors which is not supported by ocd version 8.</source>
        <translation>地図に256以上の色が含まれています。ocd バージョン 8 ではサポートされません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1559"/>
        <source>libocad returned %1</source>
        <translation>libocad が %1 を返しました</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1601"/>
        <source>Registration black is exported as a regular color.</source>
        <translation>レジストレーションブラックは、標準色としてエクスポートされます。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1696"/>
        <source>Unable to export fill pattern shift for an area object</source>
        <translation>エリアオブジェクトの塗りつぶしパターンのシフトをエクスポートできません</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1844"/>
        <source>Unable to export template: file type of "%1" is not supported yet</source>
        <translation>"%1" 形式のテンプレートのエクスポートは、まだサポートされていません</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="2062"/>
        <source>In line symbol "%1", cannot represent cap/join combination.</source>
        <translation>線の記号「%1」で、キャップ/結合の組み合わせを表すことはできません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="2086"/>
        <source>In line symbol "%1", neglecting the dash grouping.</source>
        <translation>線の記号「%1」で、ダッシュ グループを無視します。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="2097"/>
        <source>In line symbol "%1", the number of dashes in a group has been reduced to 2.</source>
        <translation>線の記号「%1」で、グループの破線の数を 2 に減らしました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="2153"/>
        <source>In line symbol "%1", cannot export the borders correctly.</source>
        <translation>線の記号「%1」で、境界線を正しくエクスポートできません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="2212"/>
        <source>In area symbol "%1", skipping a fill pattern.</source>
        <translation>エリア記号「%1」で、塗りつぶしパターンをスキップします。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="2259"/>
        <source>In area symbol "%1", assuming a "shifted rows" point pattern. This might be correct as well as incorrect.</source>
        <translation>エリア記号「%1」に「シフト行」ポイントパターンを想定します。これは正しくない可能性もあります。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="2298"/>
        <source>In text symbol %1: custom character spacing is set, its implementation does not match OCAD's behavior yet</source>
        <translation>テキスト記号 %1 で: カスタムの文字間隔を設定しました。その実装では OCAD の動作はまだ一致しません</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="2305"/>
        <source>In text symbol %1: ignoring underlining</source>
        <translation>テキスト記号 %1 で: 下線を無視しています</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="2307"/>
        <source>In text symbol %1: ignoring kerning</source>
        <translation>テキスト記号 %1 で: カーニングを無視しています</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="2722"/>
        <source>String truncated (truncation marked with three '|'): %1</source>
        <translation>文字列を切り捨てました (切り捨てマークは 3 つの '|'): %1</translation>
    </message>
</context>
<context>
    <name>OCAD8FileImport</name>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="115"/>
        <source>Could not allocate buffer.</source>
        <translation>バッファーを割り当てできませんでした。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="119"/>
        <source>libocad returned %1</source>
        <translation>libocad が %1 を返しました</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="122"/>
        <source>OCAD files of version %1 are not supported!</source>
        <translation>OCAD %1 のファイルはサポートされていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="146"/>
        <source>%n color separation(s) were skipped, reason: Import disabled.</source>
        <translation>
            <numerusform>%n 色セパレーションをスキップしました。理由: インポートが無効です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="151"/>
        <source>Could not load the spot color definitions, error: %1</source>
        <translation>スポットカラーの定義を読み込むことができません。エラー: %1</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="211"/>
        <source>Color "Registration black" is imported as a special color.</source>
        <translation>色「レジストレーションブラック」は、特別色としてインポートされます。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="275"/>
        <source>Unable to import symbol "%3" (%1.%2)</source>
        <translation>記号 "%3" をインポートできません (%1.%2)</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="288"/>
        <source>OCAD import layer</source>
        <translation>OCADインポートレイヤー</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="428"/>
        <source>In dashed line symbol %1, pointed cap lengths for begin and end are different (%2 and %3). Using %4.</source>
        <translation>破線のライン記号 %1 で、三角のキャップの長さが、始点と終点で異なっています (%2 と %3)。%4 を使用してください。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="445"/>
        <source>In dashed line symbol %1, the end length cannot be imported correctly.</source>
        <translation>破線のライン記号 %1 で、末端の長さを正しくインポートできません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="447"/>
        <source>In dashed line symbol %1, the end gap cannot be imported correctly.</source>
        <translation>破線のライン記号 %1 で、末端のギャップを正しくインポートできません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="456"/>
        <source>In dashed line symbol %1, main and end length are different (%2 and %3). Using %4.</source>
        <translation>破線のライン記号 %1 で、本体と末端の長さが異なっています (%2 と %3)。%4 を使用してください。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="466"/>
        <source>In dashed line symbol %1, gaps D and E are different (%2 and %3). Using %4.</source>
        <translation>破線のライン記号 %1 で、キャップ D と E が異なっています (%2 と %3)。%4 を使用してください。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="616"/>
        <source>Line symbol %1: suppressing dash symbol at line ends.</source>
        <translation>線記号 %1: 線の終点のダッシュ記号を抑制します。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="754"/>
        <source>During import of text symbol %1: ignoring justified alignment</source>
        <translation>テキスト記号 %1 をインポートする際、テキストの均等割付を無視します</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="760"/>
        <source>During import of text symbol %1: ignoring custom weight (%2)</source>
        <translation>テキスト記号 %1 をインポートする際、文字の太さ (weight) を無視します (%2)</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="765"/>
        <source>During import of text symbol %1: custom character spacing is set, its implementation does not match OCAD's behavior yet</source>
        <translation>テキスト記号 %1 をインポートする際、カスタムの文字間隔が設定されていますが、この実装はまだ OCAD の動作と一致しません</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="770"/>
        <source>During import of text symbol %1: ignoring custom word spacing (%2%)</source>
        <translation>テキスト記号 %1 をインポートする際、カスタムの語間隔 (%2%) を無視します</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="775"/>
        <source>During import of text symbol %1: ignoring custom indents (%2/%3)</source>
        <translation>テキスト記号 %1 をインポートする際、カスタムの字下げ (%2/%3) を無視します</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="796"/>
        <source>During import of text symbol %1: ignoring text framing (mode %2)</source>
        <translation>テキスト記号 %1 をインポートする際、テキストフレーム (モード %2) を無視します</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="950"/>
        <source>Unable to load object</source>
        <translation>オブジェクトを読み込むことができません</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="957"/>
        <source>Unable to import rectangle object</source>
        <translation>矩形オブジェクトを読み込むことができません</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1004"/>
        <source>Not importing text symbol, couldn't figure out path' (npts=%1): %2</source>
        <translation>テキスト記号をインポートしません。コースを把握できませんでした (npts=%1): %2</translation>
    </message>
    <message>
        <source>Unable to import template: %1</source>
        <translation type="obsolete">テンプレートをインポートすることができません: %1</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1196"/>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1303"/>
        <source>Unable to import template: background "%1" doesn't seem to be a raster image</source>
        <translation>テンプレートをインポートできません: 背景「%1」はラスター画像ではないようです</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1408"/>
        <source>Trying to import a text object with unknown coordinate format</source>
        <translation>不明な座標形式でテキスト オブジェクトをインポートしようとしています</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocad8_file_format.cpp" line="1519"/>
        <source>Color id not found: %1, ignoring this color</source>
        <translation>色 ID が見つかりませんでした %1 。この色を無視します</translation>
    </message>
</context>
<context>
    <name>ObjectQuery</name>
    <message>
        <location filename="../src/core/objects/object_query.cpp" line="146"/>
        <source>is</source>
        <extracomment>Very short label</extracomment>
        <translation>＝</translation>
    </message>
    <message>
        <location filename="../src/core/objects/object_query.cpp" line="149"/>
        <source>is not</source>
        <extracomment>Very short label</extracomment>
        <translation>≠</translation>
    </message>
    <message>
        <location filename="../src/core/objects/object_query.cpp" line="152"/>
        <source>contains</source>
        <extracomment>Very short label</extracomment>
        <translation>含む</translation>
    </message>
    <message>
        <location filename="../src/core/objects/object_query.cpp" line="156"/>
        <source>and</source>
        <extracomment>Very short label</extracomment>
        <translation>かつ</translation>
    </message>
    <message>
        <location filename="../src/core/objects/object_query.cpp" line="159"/>
        <source>or</source>
        <extracomment>Very short label</extracomment>
        <translation>または</translation>
    </message>
    <message>
        <location filename="../src/core/objects/object_query.cpp" line="163"/>
        <source>invalid</source>
        <extracomment>Very short label</extracomment>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>OcdFileImport</name>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="126"/>
        <source>In line symbol %1 '%2': %3</source>
        <translation>線の記号 %1 '%2' で: %3</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="132"/>
        <source>In text symbol %1 '%2': %3</source>
        <translation>テキスト記号 %1 '%2' で: %3</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="389"/>
        <source>Could not load the coordinate reference system '%1'.</source>
        <translation>座標参照系 '%1' を読み込みできませんでした。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="423"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="430"/>
        <source>Spot color information was ignored.</source>
        <translation>スポット カラー情報は無視されました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="558"/>
        <source>Unable to import symbol %1.%2 "%3": %4</source>
        <translation>記号 %1.%2 "%3" をインポートできません: %4</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="562"/>
        <source>Unsupported type "%1".</source>
        <translation>サポートされていない種類 "%1"。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="655"/>
        <source>Unable to import template: "%1" is not a supported template type.</source>
        <translation>テンプレートをインポートすることができません: "%1" はサポートされているテンプレートの種類ではありません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="959"/>
        <source>Unsupported line style '%1'.</source>
        <translation>サポートされていない線の修飾 '%1'。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="996"/>
        <source>Different lengths for pointed caps at begin (%1 mm) and end (%2 mm) are not supported. Using %3 mm.</source>
        <translation>始点 (%1 mm) と終点 (%2 mm) で異なる長さの三角のキャップはサポートされていません。%3 mm を使用しています。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1012"/>
        <source>The dash pattern cannot be imported correctly.</source>
        <translation>破線パターンを正しくインポートできません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1027"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1059"/>
        <source>The dash pattern's end length (%1 mm) cannot be imported correctly. Using %2 mm.</source>
        <translation>破線パターンの終点の長さ (%1 mm) を正しくインポートできません。%2 mm を使用しています。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1034"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1074"/>
        <source>The dash pattern's end gap (%1 mm) cannot be imported correctly. Using %2 mm.</source>
        <translation>破線パターンの終点のギャップ (%1 mm) を正しくインポートできません。%2 mm を使用しています。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1116"/>
        <source>Unsupported framing line style '%1'.</source>
        <translation>サポートされていないフレームの線の修飾 '%1' です。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1188"/>
        <source>Skipped secondary point symbol.</source>
        <translation>セカンダリ ポイント記号をスキップしました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1224"/>
        <source>Suppressing dash symbol at line ends.</source>
        <translation>線の終点のダッシュ記号を抑制します。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="940"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1293"/>
        <source>This symbol cannot be saved as a proper OCD symbol again.</source>
        <translation>この記号は、再度適切な OCD 記号として保存できません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1936"/>
        <source>Justified alignment is not supported.</source>
        <translation>両端揃えはサポートされていません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1951"/>
        <source>Vertical alignment '%1' is not supported.</source>
        <translation>縦方向の割り付け '%1' はサポートされていません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1923"/>
        <source>Ignoring custom weight (%1).</source>
        <translation>カスタム ウェイト (%1) を無視します。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1960"/>
        <source>Custom character spacing may be incorrect.</source>
        <translation>カスタムの文字間隔が正しくない可能性があります。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1965"/>
        <source>Ignoring custom word spacing (%1 %).</source>
        <translation>カスタムの単語間隔 (%1 %) を無視します。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1989"/>
        <source>Ignoring custom indents (%1/%2).</source>
        <translation>カスタムの字下げ (%1/%2) を無視します。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="2011"/>
        <source>Ignoring text framing (mode %1).</source>
        <translation>テキスト フレーム (モード %1) を無視します。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1382"/>
        <source>Line text symbols are not yet supported. Marking the symbol as hidden.</source>
        <translation>ラインテキスト記号はまだサポートされていません。非表示として記号をマークします。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="83"/>
        <source>Encoding '%1' is not available. Check the settings.</source>
        <translation>エンコード '%1' は使用できません。設定を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="120"/>
        <source>In area symbol %1 '%2': %3</source>
        <translation>エリア記号 %1 '%2' で: %3</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1559"/>
        <source>Unable to load object</source>
        <translation>オブジェクトを読み込むことができません</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1569"/>
        <source>Unable to import rectangle object</source>
        <translation>矩形オブジェクトを読み込むことができません</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1610"/>
        <source>Not importing text symbol, couldn't figure out path' (npts=%1): %2</source>
        <translation>テキスト記号をインポートしません。コースを把握できませんでした (npts=%1): %2</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="1898"/>
        <source>Trying to import a text object with unknown coordinate format</source>
        <translation>不明な座標形式でテキスト オブジェクトをインポートしようとしています</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="2028"/>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="2032"/>
        <source>Invalid data.</source>
        <translation>無効なデータ。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.cpp" line="2063"/>
        <source>OCD files of version %1 are not supported!</source>
        <translation>バージョン %1 の OCD ファイルはサポートされていません!</translation>
    </message>
    <message>
        <location filename="../src/fileformats/ocd_file_import.h" line="433"/>
        <source>Color id not found: %1, ignoring this color</source>
        <translation>色 ID が見つかりませんでした: %1。この色を無視します</translation>
    </message>
</context>
<context>
    <name>OpenOrienteering</name>
    <message>
        <location filename="../packaging/translations.cpp" line="10"/>
        <source>Orienteering map</source>
        <translation>オリエンテーリング地図</translation>
    </message>
    <message>
        <location filename="../packaging/translations.cpp" line="11"/>
        <source>Software for drawing orienteering maps</source>
        <translation>オリエンテーリングの地図を描画するためのソフトウェア</translation>
    </message>
</context>
<context>
    <name>PaintOnTemplateSelectDialog</name>
    <message>
        <location filename="../src/templates/template_tool_paint.cpp" line="327"/>
        <source>Select template to draw onto</source>
        <translation>書き込むテンプレートを選択</translation>
    </message>
    <message>
        <location filename="../src/templates/template_tool_paint.cpp" line="341"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/templates/template_tool_paint.cpp" line="342"/>
        <source>Draw</source>
        <translation>書き込む</translation>
    </message>
</context>
<context>
    <name>PaintOnTemplateTool</name>
    <message>
        <source>&lt;b&gt;Left mouse click and drag&lt;/b&gt; to paint, &lt;b&gt;Right mouse click and drag&lt;/b&gt; to erase</source>
        <translation type="obsolete">&lt;b&gt;左クリックしながらドラッグ&lt;/b&gt;で書き込み、&lt;b&gt;右クリックしながらドラッグ&lt;/b&gt;で消去します</translation>
    </message>
    <message>
        <location filename="../src/templates/template_tool_paint.cpp" line="58"/>
        <source>&lt;b&gt;Click and drag&lt;/b&gt;: Paint. &lt;b&gt;Right click and drag&lt;/b&gt;: Erase. </source>
        <translation>&lt;b&gt;左クリックしながらドラッグ&lt;/b&gt;: ペイントします。&lt;b&gt;右クリックしながらドラッグ&lt;/b&gt;: 消去します。 </translation>
    </message>
    <message>
        <location filename="../src/templates/template_tool_paint.cpp" line="61"/>
        <source>Color selection</source>
        <translation>色を選択</translation>
    </message>
</context>
<context>
    <name>PanTool</name>
    <message>
        <location filename="../src/tools/pan_tool.cpp" line="72"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Move the map. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: 地図を移動します。 </translation>
    </message>
</context>
<context>
    <name>PercentageDelegate</name>
    <message>
        <location filename="../src/util/item_delegates.cpp" line="151"/>
        <location filename="../src/util/item_delegates.cpp" line="158"/>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>PointSymbolEditorTool</name>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to add a coordinate, &lt;b&gt;Ctrl+Click&lt;/b&gt; to change the selected coordinate</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;で座標を追加、&lt;b&gt;Ctrl キーを押しながらクリック&lt;/b&gt;で、選択中の座標を変更します</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="967"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Add a coordinate. &lt;b&gt;%1+Click&lt;/b&gt;: Change the selected coordinate. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: 座標を追加します。&lt;b&gt;%1 + クリック&lt;/b&gt;: 選択中の座標を変更します。 </translation>
    </message>
</context>
<context>
    <name>PointSymbolEditorWidget</name>
    <message>
        <source>Point editor</source>
        <translation type="obsolete">ポイントエディタ</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation type="obsolete">編集:</translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation type="obsolete">要素:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="59"/>
        <source>Always oriented to north (not rotatable)</source>
        <translation>常に北に向けて正置 (回転禁止)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="62"/>
        <source>Elements</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="74"/>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="929"/>
        <source>Point</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="75"/>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="931"/>
        <source>Line</source>
        <translation>ライン</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="76"/>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="933"/>
        <source>Area</source>
        <translation>エリア</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="79"/>
        <source>Center all elements</source>
        <translation>すべての要素を中央寄せ</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="81"/>
        <source>Current element</source>
        <translation>現在の要素</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="87"/>
        <source>Diameter &lt;b&gt;a&lt;/b&gt;:</source>
        <translation>直径 &lt;b&gt;a&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="88"/>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="94"/>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="122"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="90"/>
        <source>Inner color:</source>
        <translation>インナーの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="93"/>
        <source>Outer width &lt;b&gt;b&lt;/b&gt;:</source>
        <translation>アウター &lt;b&gt;b&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="96"/>
        <source>Outer color:</source>
        <translation>アウターの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="121"/>
        <source>Line width:</source>
        <translation>ラインの幅:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="124"/>
        <source>Line color:</source>
        <translation>ラインの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="127"/>
        <source>Line cap:</source>
        <translation>ラインのキャップ:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="129"/>
        <source>flat</source>
        <translation>平ら</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="130"/>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="137"/>
        <source>round</source>
        <translation>ラウンド結合</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="131"/>
        <source>square</source>
        <translation>突出線端</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="134"/>
        <source>Line join:</source>
        <translation>角の形状:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="136"/>
        <source>miter</source>
        <translation>マイター結合</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="138"/>
        <source>bevel</source>
        <translation>ベベル結合</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="140"/>
        <source>Line closed</source>
        <translation>ラインを閉じる</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="160"/>
        <source>Area color:</source>
        <translation>エリアの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="173"/>
        <source>Coordinates:</source>
        <translation>座標:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="178"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="178"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="178"/>
        <source>Curve start</source>
        <translation>曲線を開始</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="189"/>
        <source>Center by coordinate average</source>
        <translation>座標平均に中心を置く</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="371"/>
        <source>[Midpoint]</source>
        <translation>[中間点]</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_editor_widget.cpp" line="936"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>PointSymbolSettings</name>
    <message>
        <source>Point settings</source>
        <translation type="obsolete">ポイント記号の設定</translation>
    </message>
    <message>
        <source>Always oriented to north (not rotatable)</source>
        <translation type="obsolete">常に北に向けて正置 (回転禁止)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/point_symbol_settings.cpp" line="52"/>
        <source>Point symbol</source>
        <translation>ポイント記号</translation>
    </message>
</context>
<context>
    <name>PrintProgressDialog</name>
    <message>
        <location filename="../src/gui/print_progress_dialog.cpp" line="56"/>
        <source>Printing</source>
        <comment>PrintWidget</comment>
        <translation>印刷中</translation>
    </message>
    <message>
        <location filename="../src/gui/print_progress_dialog.cpp" line="57"/>
        <source>An error occurred during processing.</source>
        <comment>PrintWidget</comment>
        <translation>処理中にエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>PrintTool</name>
    <message>
        <source>&lt;b&gt;Drag&lt;/b&gt; to move the print area</source>
        <translation type="obsolete">&lt;b&gt;ドラッグ&lt;/b&gt;で印刷領域を移動します</translation>
    </message>
    <message>
        <location filename="../src/gui/print_tool.cpp" line="57"/>
        <location filename="../src/gui/print_tool.cpp" line="369"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Move the map, the print area or the area's borders. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: 地図、プリントエリア、エリアの縁を移動します。 </translation>
    </message>
    <message>
        <location filename="../src/gui/print_tool.cpp" line="341"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Move the print area. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: プリントエリアを移動します。 </translation>
    </message>
    <message>
        <location filename="../src/gui/print_tool.cpp" line="345"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Move the map. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: 地図を移動します。 </translation>
    </message>
    <message>
        <location filename="../src/gui/print_tool.cpp" line="350"/>
        <location filename="../src/gui/print_tool.cpp" line="355"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Move the print area's border. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: プリントエリアの縁を移動します。 </translation>
    </message>
    <message>
        <location filename="../src/gui/print_tool.cpp" line="360"/>
        <location filename="../src/gui/print_tool.cpp" line="365"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Move the print area's borders. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: プリントエリアの縁を移動します。 </translation>
    </message>
</context>
<context>
    <name>PrintWidget</name>
    <message>
        <source>Printer or exporter:</source>
        <translation type="obsolete">プリンタまたはエクスポータの選択:</translation>
    </message>
    <message>
        <source>Export to PDF or PS</source>
        <translation type="vanished">PDF または PSをエクスポート</translation>
    </message>
    <message>
        <source>Export to image</source>
        <translation type="obsolete">イメージをエクスポート</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="216"/>
        <source>Show templates</source>
        <translation>テンプレートを表示する</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="227"/>
        <source>Show grid</source>
        <translation>グリッドを表示</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="140"/>
        <source>Page orientation:</source>
        <translation>ページの方向:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="100"/>
        <source>Printer:</source>
        <translation>プリンター:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="133"/>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="135"/>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="114"/>
        <source>Page format:</source>
        <translation>印刷のサイズ:</translation>
    </message>
    <message>
        <source>Dots per inch (dpi):</source>
        <translation type="obsolete">ドット/インチ(dpi):</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="143"/>
        <source>Copies:</source>
        <translation>印刷部数:</translation>
    </message>
    <message>
        <source>Print area</source>
        <translation type="obsolete">印刷領域</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="156"/>
        <source>Left:</source>
        <translation>左:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="159"/>
        <source>Top:</source>
        <translation>上:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="162"/>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="165"/>
        <source>Height:</source>
        <translation>高さ:</translation>
    </message>
    <message>
        <source>Center area on map</source>
        <translation type="obsolete">地図の中心領域を印刷</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="259"/>
        <source>Preview...</source>
        <translation>プレビュー...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="obsolete">エクスポート</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="148"/>
        <source>Single page</source>
        <translation>単一ページ</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="149"/>
        <source>Custom area</source>
        <translation>カスタムエリア</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="150"/>
        <source>Map area:</source>
        <translation>マップエリア:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="152"/>
        <source>Center print area</source>
        <translation>地図の中心を印刷</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="120"/>
        <location filename="../src/gui/print_widget.cpp" line="124"/>
        <location filename="../src/gui/print_widget.cpp" line="155"/>
        <location filename="../src/gui/print_widget.cpp" line="158"/>
        <location filename="../src/gui/print_widget.cpp" line="161"/>
        <location filename="../src/gui/print_widget.cpp" line="164"/>
        <location filename="../src/gui/print_widget.cpp" line="167"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="168"/>
        <source>Page overlap:</source>
        <translation>ページのオーバーラップ:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="172"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Normal output</source>
        <translation type="vanished">通常のアウトプット</translation>
    </message>
    <message>
        <source>Color separations</source>
        <translation type="vanished">色分解</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="200"/>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="202"/>
        <source>Print in different scale:</source>
        <translation>縮尺を変更して印刷:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="223"/>
        <source>Template appearance may differ.</source>
        <translation>テンプレートの外観が異なる場合があります。</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="230"/>
        <source>Simulate overprinting</source>
        <translation>オーバープリントをシミュレートする</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="235"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="236"/>
        <source>Device CMYK (experimental)</source>
        <translation>デバイス CMYK (実験的)</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="237"/>
        <source>Color mode:</source>
        <translation>カラーモード:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="261"/>
        <location filename="../src/gui/print_widget.cpp" line="366"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="265"/>
        <source>Export...</source>
        <translation>エクスポート...</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="371"/>
        <source>PDF export</source>
        <translation>PDFをエクスポート</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="382"/>
        <source>Image export</source>
        <translation>イメージをエクスポート</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="488"/>
        <source>Save to PDF</source>
        <translation>PDFに保存</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="198"/>
        <location filename="../src/gui/print_widget.cpp" line="912"/>
        <location filename="../src/gui/print_widget.cpp" line="953"/>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1078"/>
        <source>Not supported on Android.</source>
        <translation>Android ではサポートされていません。</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1086"/>
        <source>Failed to prepare the preview.</source>
        <translation>プレビューの準備に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1097"/>
        <source>Print Preview Progress</source>
        <translation>印刷プレビューの進行状況</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1114"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1115"/>
        <source>A non-standard view mode is activated. Are you sure to print / export the map like this?</source>
        <translation>非標準の表示モードが有効です。地図をこのように印刷 / エクスポートしてもよろしいですか?</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1132"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1133"/>
        <source>BMP</source>
        <translation>BMP</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1134"/>
        <source>TIFF</source>
        <translation>TIFF</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1135"/>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1189"/>
        <source>Failed to prepare the PDF export.</source>
        <translation>PDF エクスポートの準備に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1199"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1252"/>
        <source>An error occurred during printing.</source>
        <translation>印刷中にエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1137"/>
        <location filename="../src/gui/print_widget.cpp" line="1165"/>
        <location filename="../src/gui/print_widget.cpp" line="1201"/>
        <location filename="../src/gui/print_widget.cpp" line="1213"/>
        <source>Export map ...</source>
        <translation>地図のエクスポート...</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1136"/>
        <location filename="../src/gui/print_widget.cpp" line="1200"/>
        <source>All files (*.*)</source>
        <translation>すべてのファイル (*.*)</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1238"/>
        <source>Failed to prepare the printing.</source>
        <translation>印刷の準備に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1247"/>
        <source>Printing Progress</source>
        <translation>印刷の進行状況</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1078"/>
        <location filename="../src/gui/print_widget.cpp" line="1086"/>
        <location filename="../src/gui/print_widget.cpp" line="1155"/>
        <location filename="../src/gui/print_widget.cpp" line="1174"/>
        <location filename="../src/gui/print_widget.cpp" line="1189"/>
        <location filename="../src/gui/print_widget.cpp" line="1219"/>
        <location filename="../src/gui/print_widget.cpp" line="1238"/>
        <location filename="../src/gui/print_widget.cpp" line="1252"/>
        <location filename="../src/gui/print_widget.cpp" line="1265"/>
        <location filename="../src/gui/print_widget.cpp" line="1329"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="105"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="179"/>
        <source>Vector
graphics</source>
        <translation>ベクター
グラフィック</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="180"/>
        <source>Raster
graphics</source>
        <translation>ラスター
グラフィック</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="181"/>
        <source>Color
separations</source>
        <translation>色
分版</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="194"/>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1155"/>
        <source>Failed to prepare the image. Not enough memory.</source>
        <translation>画像の準備に失敗しました。メモリが不足しています。</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1174"/>
        <source>Failed to save the image. Does the path exist? Do you have sufficient rights?</source>
        <translation>画像の保存に失敗しました。コースは存在しますか?　十分な権利はもっていますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1178"/>
        <location filename="../src/gui/print_widget.cpp" line="1223"/>
        <source>Exported successfully to %1</source>
        <translation>%1 へのエクスポートは成功しました</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1219"/>
        <source>Failed to finish the PDF export.</source>
        <translation>PDF エクスポートを完了できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1229"/>
        <location filename="../src/gui/print_widget.cpp" line="1261"/>
        <source>Canceled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1265"/>
        <source>The print job could not be stopped.</source>
        <translation>プリントジョブを停止できません。</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1256"/>
        <source>Successfully created print job</source>
        <translation>プリントジョブの作成は成功しました</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1313"/>
        <location filename="../src/gui/print_widget.cpp" line="1321"/>
        <source>Unknown</source>
        <comment>Paper size</comment>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/gui/print_widget.cpp" line="1329"/>
        <source>The map area is empty. Output canceled.</source>
        <translation>マップエリアが空白です。出力はキャンセルされました。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="obsolete">レター</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="obsolete">リーガル</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="obsolete">エグゼクティブ</translation>
    </message>
    <message>
        <source>C5E</source>
        <translation type="obsolete">C5E</translation>
    </message>
    <message>
        <source>Comm10E</source>
        <translation type="obsolete">US Comm. Env. #10 ［#10封筒］</translation>
    </message>
    <message>
        <source>DLE</source>
        <translation type="obsolete">EUR DL Env. ［DL封筒］</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation type="obsolete">Folio</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="obsolete">Ledger</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation type="obsolete">タブロイド</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="obsolete">カスタム</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="obsolete">不明</translation>
    </message>
    <message>
        <source>The map is empty, there is nothing to print!</source>
        <translation type="obsolete">印刷する地図がありません!</translation>
    </message>
</context>
<context>
    <name>ProjectedCRSSelector</name>
    <message>
        <source>&amp;Coordinate reference system:</source>
        <translation type="vanished">座標参照系 (&amp;C) :</translation>
    </message>
</context>
<context>
    <name>ReopenTemplateDialog</name>
    <message>
        <location filename="../src/templates/template_dialog_reopen.cpp" line="39"/>
        <source>Reopen template</source>
        <translation>テンプレートを開きなおす</translation>
    </message>
    <message>
        <location filename="../src/templates/template_dialog_reopen.cpp" line="41"/>
        <source>Drag items from the left list to the desired spot in the right list to reload them.</source>
        <translation>アイテムを左のリストから右のリストの任意の場所にドラッグで再ロードします。</translation>
    </message>
    <message>
        <location filename="../src/templates/template_dialog_reopen.cpp" line="43"/>
        <source>Closed templates:</source>
        <translation>閉じたテンプレート:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_dialog_reopen.cpp" line="46"/>
        <source>Clear list</source>
        <translation>リストをクリア</translation>
    </message>
    <message>
        <location filename="../src/templates/template_dialog_reopen.cpp" line="49"/>
        <source>Active templates:</source>
        <translation>アクティブなテンプレート:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_dialog_reopen.cpp" line="58"/>
        <source>- Map -</source>
        <translation>- 地図 -</translation>
    </message>
</context>
<context>
    <name>ReplaceSymbolSetDialog</name>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="44"/>
        <source>Replace symbol set</source>
        <translation>記号セットを置き換え</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="46"/>
        <source>Configure how the symbols should be replaced, and which.</source>
        <translation>記号の置き換え方法を構成します。</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="48"/>
        <source>Import all new symbols, even if not used as replacement</source>
        <translation>置き換えとして使用しない場合でも、すべての新しい記号をインポート</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="50"/>
        <source>Delete original symbols which are unused after the replacement</source>
        <translation>置き換え後、使用されない元の記号を削除</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="52"/>
        <source>Delete unused colors after the replacement</source>
        <translation>置き換え後、未使用の色を削除</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="55"/>
        <source>Symbol mapping:</source>
        <translation>記号マッピング:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="56"/>
        <source>Keep the symbols' hidden / protected states of the old symbol set</source>
        <translation>記号の非表示 / 古い記号セットの保護された状態を保持</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="58"/>
        <source>Match replacement symbols by symbol number</source>
        <translation>記号番号で一致する記号を置き換え</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="64"/>
        <source>Original</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="64"/>
        <source>Replacement</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="295"/>
        <source>- None -</source>
        <translation>- None -</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="327"/>
        <source>Choose map file to load symbols from</source>
        <translation>記号をロードする地図を選択してください</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="335"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="335"/>
        <source>Cannot load map file, aborting.</source>
        <translation>地図ファイルをロードできません、中断します。</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="341"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/replace_symbol_set_dialog.cpp" line="342"/>
        <source>The chosen symbol set has a scale of 1:%1, while the map scale is 1:%2. Do you really want to choose this set?</source>
        <translation>選択した記号セットの縮尺は 1:%1 ですが、地図の縮尺は 1:%2 です。このセットを選択しますか?</translation>
    </message>
</context>
<context>
    <name>RotateMapDialog</name>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="36"/>
        <source>Rotate map</source>
        <translation>地図を回転</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="44"/>
        <source>Angle (counter-clockwise):</source>
        <translation>角度 (反時計回り):</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="42"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="40"/>
        <source>Rotation parameters</source>
        <translation>回転パラメータ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="46"/>
        <source>Rotate around:</source>
        <translation>回転の軸:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="48"/>
        <source>Map coordinate system origin</source>
        <comment>Rotation center point</comment>
        <translation>地図座標系の原点</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="52"/>
        <source>Georeferencing reference point</source>
        <comment>Rotation center point</comment>
        <translation>ジオリファレンスの参照点</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="57"/>
        <source>Other point,</source>
        <comment>Rotation center point</comment>
        <translation>その他の座標、</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="58"/>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="59"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="62"/>
        <source>X:</source>
        <comment>x coordinate</comment>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="64"/>
        <source>Y:</source>
        <comment>y coordinate</comment>
        <translation>Y:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="70"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="72"/>
        <source>Adjust georeferencing reference point</source>
        <translation>ジオリファレンスの参照点を調節</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="79"/>
        <source>Adjust georeferencing declination</source>
        <translation>ジオリファレンスの磁気偏角を調節</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_rotate.cpp" line="86"/>
        <source>Rotate non-georeferenced templates</source>
        <translation>ジオリファレンスされていないテンプレートを回転</translation>
    </message>
</context>
<context>
    <name>RotatePatternTool</name>
    <message>
        <location filename="../src/tools/rotate_pattern_tool.cpp" line="73"/>
        <source>&lt;b&gt;Angle:&lt;/b&gt; %1° </source>
        <translation>&lt;b&gt;角度:&lt;/b&gt; %1° </translation>
    </message>
    <message>
        <location filename="../src/tools/rotate_pattern_tool.cpp" line="83"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Fixed angles. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 一定角度ずつ回転。 </translation>
    </message>
    <message>
        <location filename="../src/tools/rotate_pattern_tool.cpp" line="77"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Set the direction of area fill patterns or point objects. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: エリアフィルパターンまたはポイントオブジェクトの方向をセットします。 </translation>
    </message>
</context>
<context>
    <name>RotateTool</name>
    <message>
        <source>&lt;b&gt;Rotation:&lt;/b&gt; %1</source>
        <translation type="obsolete">&lt;b&gt;回転:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to set the rotation center</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;で回転の軸をセットします</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to set the rotation center, &lt;b&gt;drag&lt;/b&gt; to rotate the selected object(s)</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;で回転の軸をセット、&lt;b&gt;ドラッグ&lt;/b&gt;で選択中のオブジェクトを回転します</translation>
    </message>
    <message>
        <location filename="../src/tools/rotate_tool.cpp" line="196"/>
        <source>&lt;b&gt;Rotation:&lt;/b&gt; %1° </source>
        <translation>&lt;b&gt;回転:&lt;/b&gt; %1° </translation>
    </message>
    <message>
        <location filename="../src/tools/rotate_tool.cpp" line="208"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: Fixed angles. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 一定角度ずつ回転。 </translation>
    </message>
    <message>
        <location filename="../src/tools/rotate_tool.cpp" line="202"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Set the center of rotation. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: 回転の軸をセットします。 </translation>
    </message>
    <message>
        <location filename="../src/tools/rotate_tool.cpp" line="203"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Rotate the selected objects. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: 選択中のオブジェクトを回転します。 </translation>
    </message>
</context>
<context>
    <name>ScaleMapDialog</name>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="36"/>
        <source>Change map scale</source>
        <translation>地図の縮尺の変更</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="40"/>
        <source>Scaling parameters</source>
        <translation>縮尺変更のパラメータ</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="44"/>
        <source>New scale:  1 :</source>
        <translation>新しい縮尺: 1:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="46"/>
        <source>Scaling center:</source>
        <translation>縮尺変更の中心:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="48"/>
        <source>Map coordinate system origin</source>
        <comment>Scaling center point</comment>
        <translation>地図座標系の原点</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="52"/>
        <source>Georeferencing reference point</source>
        <comment>Scaling center point</comment>
        <translation>ジオリファレンスの参照点</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="57"/>
        <source>Other point,</source>
        <comment>Scaling center point</comment>
        <translation>その他の座標、</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="58"/>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="59"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="62"/>
        <source>X:</source>
        <comment>x coordinate</comment>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="64"/>
        <source>Y:</source>
        <comment>y coordinate</comment>
        <translation>Y:</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="69"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="71"/>
        <source>Scale symbol sizes</source>
        <translation>記号サイズの縮尺の変更</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="78"/>
        <source>Scale map object positions</source>
        <translation>オブジェクトの位置を縮尺に合わせて変更</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="85"/>
        <source>Adjust georeferencing reference point</source>
        <translation>ジオリファレンスの参照点を調節</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_dialog_scale.cpp" line="92"/>
        <source>Scale non-georeferenced templates</source>
        <translation>ジオリファレンスされていないテンプレートを縮尺変更</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">キャンセル</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation type="obsolete">変更</translation>
    </message>
</context>
<context>
    <name>ScaleTool</name>
    <message>
        <location filename="../src/tools/scale_tool.cpp" line="62"/>
        <source>&lt;b&gt;Scaling:&lt;/b&gt; %1%</source>
        <translation>&lt;b&gt;拡大・縮小率:&lt;/b&gt; %1%</translation>
    </message>
    <message>
        <location filename="../src/tools/scale_tool.cpp" line="64"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Set the scaling center. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: スケール変更の中心点をセットします。 </translation>
    </message>
    <message>
        <location filename="../src/tools/scale_tool.cpp" line="65"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Scale the selected objects. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: 選択中のオブジェクトのスケールを変更します。 </translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to set the scaling center</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;で拡大・縮小の中心をセットします</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to set the scaling center, &lt;b&gt;drag&lt;/b&gt; to scale the selected object(s)</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;で拡大・縮小の中心をセット、&lt;b&gt;ドラッグ&lt;/b&gt;で選択中のオブジェクトを拡大・縮小します</translation>
    </message>
</context>
<context>
    <name>SelectCRSDialog</name>
    <message>
        <location filename="../src/gui/select_crs_dialog.cpp" line="54"/>
        <source>Select coordinate reference system</source>
        <translation>座標参照系を選択</translation>
    </message>
    <message>
        <location filename="../src/gui/select_crs_dialog.cpp" line="62"/>
        <source>Same as map</source>
        <translation>地図と同じ</translation>
    </message>
    <message>
        <location filename="../src/gui/select_crs_dialog.cpp" line="68"/>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <location filename="../src/gui/select_crs_dialog.cpp" line="73"/>
        <source>Geographic coordinates (WGS84)</source>
        <translation>地理座標 (WGS84)</translation>
    </message>
    <message>
        <source>(local)</source>
        <translation type="vanished">(local)</translation>
    </message>
    <message>
        <location filename="../src/gui/select_crs_dialog.cpp" line="85"/>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <location filename="../src/gui/select_crs_dialog.cpp" line="130"/>
        <source>valid</source>
        <translation>有効</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="53"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>StorageLocation</name>
    <message>
        <location filename="../src/core/storage_location.cpp" line="278"/>
        <source>'%1' is stored in a regular location.</source>
        <translation>'%1' は、通常の場所に格納されます。</translation>
    </message>
    <message>
        <location filename="../src/core/storage_location.cpp" line="281"/>
        <source>'%1' is located in app storage. The files will be removed when uninstalling the app.</source>
        <translation>'%1' は、アプリ ストレージにあります。アプリをアンインストールするときにファイルは削除されます。</translation>
    </message>
    <message>
        <location filename="../src/core/storage_location.cpp" line="284"/>
        <source>'%1' is not writable. Changes cannot be saved.</source>
        <translation>'%1' は書き込み可能ではありません。変更を保存できません。</translation>
    </message>
    <message>
        <location filename="../src/core/storage_location.cpp" line="287"/>
        <source>'%1' is not a valid storage location.</source>
        <translation>'%1' は有効な格納場所ではありません。</translation>
    </message>
</context>
<context>
    <name>SymbolDropDown</name>
    <message>
        <location filename="../src/gui/widgets/symbol_dropdown.cpp" line="44"/>
        <source>- none -</source>
        <translation>- none -</translation>
    </message>
</context>
<context>
    <name>SymbolDropDownDelegate</name>
    <message>
        <location filename="../src/gui/widgets/symbol_dropdown.cpp" line="143"/>
        <source>- None -</source>
        <translation>- None -</translation>
    </message>
</context>
<context>
    <name>SymbolPropertiesWidget</name>
    <message>
        <location filename="../src/gui/symbols/symbol_properties_widget.cpp" line="53"/>
        <source>Number:</source>
        <translation>番号:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_properties_widget.cpp" line="61"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_properties_widget.cpp" line="63"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_properties_widget.cpp" line="65"/>
        <source>Helper symbol (not shown in finished map)</source>
        <translation>補助記号 (完成地図には非表示)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_properties_widget.cpp" line="100"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>SymbolRenderWidget</name>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="233"/>
        <source>For symbols with description, press F1 while the tooltip is visible to show it</source>
        <translation>説明つきの記号では、ツールチップが表示されている間にF1キーを押すと説明を表示</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="237"/>
        <source>New symbol</source>
        <translation>新しい記号</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="239"/>
        <source>Point</source>
        <translation>ポイント記号</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="240"/>
        <source>Line</source>
        <translation>ライン記号</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="241"/>
        <source>Area</source>
        <translation>エリア記号</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="242"/>
        <source>Text</source>
        <translation>テキスト記号</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="243"/>
        <source>Combined</source>
        <translation>組み合わせ記号</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="246"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="247"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="248"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="249"/>
        <source>Scale...</source>
        <translation>縮尺...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="251"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="252"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="254"/>
        <source>Switch symbol of selected object(s)</source>
        <translation>選択中のオブジェクトの記号を置換</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="255"/>
        <source>Fill / Create border for selected object(s)</source>
        <translation>塗りつぶし/選択中のオブジェクトの輪郭線を作成</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="267"/>
        <source>Select symbols</source>
        <translation>選択中の記号</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="278"/>
        <source>Enable drag and drop</source>
        <translation>ドラッグ＆ドロップを有効にする</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="obsolete">すべて</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="obsolete">未使用</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="975"/>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="990"/>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1003"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="975"/>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1003"/>
        <source>An internal error occurred, sorry!</source>
        <translation>内部エラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="990"/>
        <source>There are no symbols in clipboard which could be pasted!</source>
        <translation>貼り付けのできる記号がクリップボードにありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1159"/>
        <source>Select all objects with this symbol</source>
        <translation>この記号のオブジェクトをすべて選択する</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1160"/>
        <source>Add all objects with this symbol to selection</source>
        <translation>この記号のオブジェクトをすべて選択に追加する</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1161"/>
        <source>Remove all objects with this symbol from selection</source>
        <translation>選択範囲から、この記号のすべてのオブジェクトを削除</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1162"/>
        <source>Hide objects with this symbol</source>
        <translation>この記号のオブジェクトを隠す</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1163"/>
        <source>Protect objects with this symbol</source>
        <translation>この記号のオブジェクトを保護</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1168"/>
        <source>Add all objects with selected symbols to selection</source>
        <translation>選択中の記号のオブジェクトをすべて選択に追加する</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1169"/>
        <source>Remove all objects with selected symbols from selection</source>
        <translation>選択範囲から、選択された記号のすべてのオブジェクトを削除</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1170"/>
        <source>Hide objects with selected symbols</source>
        <translation>選択中のオブジェクトを隠す</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1171"/>
        <source>Protect objects with selected symbols</source>
        <translation>選択中のオブジェクトを保護する</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="268"/>
        <source>Select all</source>
        <translation>すべてを選択</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="228"/>
        <source>F1</source>
        <comment>Shortcut for displaying the symbol's description</comment>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="269"/>
        <source>Select unused</source>
        <translation>未使用の記号を選択</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="271"/>
        <source>Invert selection</source>
        <translation>選択を反転</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="274"/>
        <source>Sort symbols</source>
        <translation>記号を並び替え</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="275"/>
        <source>Sort by number</source>
        <translation>番号で並べ替え</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="276"/>
        <source>Sort by primary color</source>
        <translation>色で並べ替え</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="277"/>
        <source>Sort by primary color priority</source>
        <translation>色の優先度で並べ替え</translation>
    </message>
    <message>
        <source>Scale symbol %1</source>
        <translation type="obsolete">記号のスケール %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="906"/>
        <source>Scale to percentage:</source>
        <translation>パーセントでスケール変更:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="906"/>
        <source>Scale symbol(s)</source>
        <translation>縮尺記号</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="937"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="937"/>
        <source>The map contains objects with the symbol "%1". Deleting it will delete those objects and clear the undo history! Do you really want to do that?</source>
        <translation>地図にこの記号 "%1" を使用したオブジェクトが含まれています。削除するとそれらのオブジェクトも削除され、また、アンドゥ履歴も消去されて元に戻すことができなくなります。本当に削除しますか?</translation>
    </message>
    <message>
        <source>Select all objects with symbol "%1"</source>
        <translation type="obsolete">"%1"の記号のオブジェクトを選択</translation>
    </message>
    <message>
        <location filename="../src/gui/map/map_editor.cpp" line="810"/>
        <location filename="../src/gui/widgets/symbol_render_widget.cpp" line="1167"/>
        <source>Select all objects with selected symbols</source>
        <translation>選択中の記号のオブジェクトを選択</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="73"/>
        <source>Switch symbol of selected objects</source>
        <extracomment>To replace existing translation which uses "object(s)".</extracomment>
        <translation>選択したオブジェクトの記号を切り替える</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="76"/>
        <source>Fill / Create border for selected objects</source>
        <extracomment>To replace existing translation which uses "object(s)".</extracomment>
        <translation>選択したオブジェクトの塗りつぶし / 枠線を作成</translation>
    </message>
    <message>
        <location filename="future_translations.cpp" line="79"/>
        <source>Scale symbols</source>
        <extracomment>To replace existing translation which uses "symbol(s)".</extracomment>
        <translation>縮尺記号</translation>
    </message>
</context>
<context>
    <name>SymbolSettingDialog</name>
    <message>
        <source>General</source>
        <translation type="obsolete">一般</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="obsolete">番号:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="obsolete">名前:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="obsolete">説明:</translation>
    </message>
    <message>
        <source>Helper symbol (not shown in finished map)</source>
        <translation type="obsolete">補助記号 (完成地図には非表示)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">キャンセル</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="obsolete">OK</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="60"/>
        <source>Symbol settings</source>
        <translation>記号設定</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="103"/>
        <source>Template:</source>
        <translation>テンプレート:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="104"/>
        <source>&lt;b&gt;Template:&lt;/b&gt; </source>
        <translation>&lt;b&gt;テンプレート:&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="105"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="106"/>
        <source>Open...</source>
        <translation>開く...</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="109"/>
        <source>Center template...</source>
        <translation>テンプレートの中心...</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="114"/>
        <source>bounding box on origin</source>
        <translation>元の閉じたボックス</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="115"/>
        <source>center of gravity on origin</source>
        <translation>原点の重心</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="233"/>
        <source>Select background color</source>
        <translation>背景色の選択</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="418"/>
        <source>The quick brown fox
takes the routechoice
to jump over the lazy dog
1234567890</source>
        <translation>The quick brown fox
takes the routechoice
to jump over the lazy dog
1234567890
△Aaあぁアァ亜字◎</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/symbol_setting_dialog.cpp" line="483"/>
        <source>- unnamed -</source>
        <translation>- 無名 -</translation>
    </message>
    <message>
        <source>Symbol settings - Please enter a symbol name!</source>
        <translation type="obsolete">記号設定 - 記号の名前を入力してください。</translation>
    </message>
    <message>
        <source>Symbol settings for %1</source>
        <translation type="obsolete">%1 の記号設定</translation>
    </message>
</context>
<context>
    <name>SymbolToolTip</name>
    <message>
        <location filename="../src/gui/widgets/symbol_tooltip.cpp" line="164"/>
        <source>No description!</source>
        <translation>説明なし</translation>
    </message>
</context>
<context>
    <name>TagSelectWidget</name>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="60"/>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="60"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="60"/>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="60"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="76"/>
        <source>Add Row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="77"/>
        <source>Remove Row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="83"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="85"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="92"/>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="97"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="346"/>
        <source>%n object(s) selected</source>
        <translation>
            <numerusform>%n オブジェクト選択済</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tag_select_widget.cpp" line="350"/>
        <source>Invalid query</source>
        <translation>無効なクエリ</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Add</source>
        <translation type="vanished">追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">削除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">閉じる</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">値</translation>
    </message>
</context>
<context>
    <name>TagsWidget</name>
    <message>
        <location filename="../src/gui/widgets/tags_widget.cpp" line="53"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tags_widget.cpp" line="53"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tags_widget.cpp" line="63"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tags_widget.cpp" line="233"/>
        <source>Key exists</source>
        <translation>キーが存在</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/tags_widget.cpp" line="234"/>
        <source>The key "%1" already exists and must not be used twice.</source>
        <translation>キー "%1" は既に存在します。二度は使用しないでください。</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../src/templates/template.cpp" line="403"/>
        <source>Find the moved template file</source>
        <translation>移動されたテンプレートを探す</translation>
    </message>
    <message>
        <location filename="../src/templates/template.cpp" line="405"/>
        <source>All files (*.*)</source>
        <translation>すべてのファイル (*.*)</translation>
    </message>
    <message>
        <location filename="../src/templates/template.cpp" line="420"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/templates/template.cpp" line="502"/>
        <location filename="../src/templates/template.cpp" line="521"/>
        <source>No such file.</source>
        <translation>そのようなファイルはありません。</translation>
    </message>
    <message>
        <location filename="../src/templates/template.cpp" line="539"/>
        <source>Is the format of the file correct for this template type?</source>
        <translation>ファイルの形式は、このテンプレートの種類として正しいですか?</translation>
    </message>
    <message>
        <source>Cannot change the template to this file! Is the format of the file correct for this template type?</source>
        <translation type="vanished">テンプレートをこのファイルに変更できません。ファイル形式はテンプレートの形式として正しいですか?</translation>
    </message>
</context>
<context>
    <name>TemplateAdjustActivity</name>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="63"/>
        <source>Template adjustment</source>
        <translation>テンプレートの調節</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="140"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="140"/>
        <source>Failed to calculate adjustment!</source>
        <translation>調節の計算に失敗しました。</translation>
    </message>
</context>
<context>
    <name>TemplateAdjustAddTool</name>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to set the template position of the pass point</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;でパスポイントのテンプレート位置をセットします</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to set the map position of the pass point, &lt;b&gt;Esc&lt;/b&gt; to abort</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;でパスポイントのマップ位置をセット、&lt;b&gt;Escキー&lt;/b&gt;で中止します</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="572"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Set the template position of the pass point. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: パスポイントのテンプレート上の位置をセットします。 </translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="597"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Set the map position of the pass point. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: パスポイントのマップ上の位置をセットします。 </translation>
    </message>
</context>
<context>
    <name>TemplateAdjustDeleteTool</name>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to delete pass points</source>
        <translation type="obsolete">&lt;b&gt;クリック&lt;/b&gt;でパスポイントを削除します</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="806"/>
        <source>&lt;b&gt;Click&lt;/b&gt;: Delete pass points. </source>
        <translation>&lt;b&gt;クリック&lt;/b&gt;: パスポイントを削除します。 </translation>
    </message>
</context>
<context>
    <name>TemplateAdjustMoveTool</name>
    <message>
        <source>&lt;b&gt;Drag&lt;/b&gt; to move pass points</source>
        <translation type="obsolete">&lt;b&gt;ドラッグ&lt;/b&gt;でパスポイントを移動します</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="681"/>
        <source>&lt;b&gt;Drag&lt;/b&gt;: Move pass points. </source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;: パスポイントを移動します。 </translation>
    </message>
</context>
<context>
    <name>TemplateAdjustWidget</name>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="193"/>
        <source>Pass points:</source>
        <translation>パスポイント:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="195"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="199"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="203"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="210"/>
        <source>Template X</source>
        <translation>テンプレート-X</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="210"/>
        <source>Template Y</source>
        <translation>テンプレート-Y</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="210"/>
        <source>Map X</source>
        <translation>マップ X</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="210"/>
        <source>Map Y</source>
        <translation>マップ Y</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="210"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="221"/>
        <source>Apply pass points</source>
        <translation>パスポイントを適用</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="223"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="224"/>
        <source>Apply &amp;&amp; clear all</source>
        <translation>適用 &amp;&amp; すべて消去</translation>
    </message>
    <message>
        <location filename="../src/templates/template_adjust.cpp" line="225"/>
        <source>Clear all</source>
        <translation>すべて消去</translation>
    </message>
</context>
<context>
    <name>TemplateGPS</name>
    <message>
        <source>Error</source>
        <translation type="obsolete">エラー</translation>
    </message>
    <message>
        <source>The path is empty, there is nothing to import!</source>
        <translation type="obsolete">path が空白です、インポートするものが何もありません。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="obsolete">質問</translation>
    </message>
    <message>
        <source>Should the waypoints be imported as a line going through all points?</source>
        <translation type="obsolete">ウェイポイントを、すべてのポイントを通過しているラインとしてインポートしますか？</translation>
    </message>
</context>
<context>
    <name>TemplateImage</name>
    <message>
        <location filename="../src/templates/template_image.cpp" line="129"/>
        <source>Not enough free memory (image size: %1x%2 pixels)</source>
        <translation>十分な空きメモリがありません (画像サイズ: %1x%2 ピクセル)</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="169"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="169"/>
        <source>Loading a GIF image template.
Saving GIF files is not supported. This means that drawings on this template won't be saved!
If you do not intend to draw on this template however, that is no problem.</source>
        <translation>GIFイメージのテンプレートを読み込もうとしています。
GIFファイルの保存はサポートされていません。
テンプレート上へ書き込みを行った場合、保存されず終了時に破棄されることになります。</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="211"/>
        <source>Select the coordinate reference system of the coordinates in the world file</source>
        <translation>ワールドファイル内の座標の座標参照系を選択してください</translation>
    </message>
</context>
<context>
    <name>TemplateImageOpenDialog</name>
    <message>
        <source>Open image template</source>
        <translation type="obsolete">画像テンプレートを開く</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="595"/>
        <source>Opening %1</source>
        <translation>%1 を開きます</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="597"/>
        <source>Image size:</source>
        <translation>画像のサイズ:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="600"/>
        <source>Specify how to position or scale the image:</source>
        <translation>画像の位置やサイズの調節方法を指定してください:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="610"/>
        <source>World file</source>
        <translation>ワールドファイル</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="612"/>
        <source>GeoTiff</source>
        <translation>GeoTiff</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="614"/>
        <source>no georeferencing information</source>
        <translation>ジオリファレンス情報がありません</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="616"/>
        <source>Georeferenced</source>
        <translation>ジオリファレンス済</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="620"/>
        <source>Meters per pixel:</source>
        <translation>メートル/pixel:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="624"/>
        <source>Scanned with</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="627"/>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="629"/>
        <source>Template scale:  1 :</source>
        <translation>テンプレートの縮尺: 1:</translation>
    </message>
    <message>
        <source>Different template scale 1 :</source>
        <translation type="obsolete">異なったテンプレートのスケール 1 :</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="655"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/templates/template_image.cpp" line="656"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>TemplateListWidget</name>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="156"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="155"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="155"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="155"/>
        <source>Filename</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Create...</source>
        <translation type="obsolete">作成...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="205"/>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="477"/>
        <source>Sketch</source>
        <translation>スケッチ</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="207"/>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="481"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="200"/>
        <source>Open...</source>
        <translation>開く...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="231"/>
        <source>Georeferenced: %1</source>
        <translation>ジオリファレンス: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">削除</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="215"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="203"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="211"/>
        <source>Add template...</source>
        <translation>テンプレートを追加...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="215"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="221"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="223"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="246"/>
        <source>Import and remove</source>
        <translation>インポートと削除</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="278"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Selected template(s)</source>
        <translation type="obsolete">選択中のテンプレート</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="236"/>
        <source>Move by hand</source>
        <translation>ドラッグで移動</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="387"/>
        <source>Open image, GPS track or DXF file</source>
        <translation>イメージ、GPSトラック、DXFファイルを開く</translation>
    </message>
    <message>
        <source>Georeference...</source>
        <translation type="obsolete">ジオリファレンス...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="244"/>
        <source>Positioning...</source>
        <translation>位置調整...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="390"/>
        <source>Template files</source>
        <translation>テンプレートファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="390"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>More...</source>
        <translation type="obsolete">もっと表示...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="240"/>
        <source>Adjust...</source>
        <translation>調節...</translation>
    </message>
    <message>
        <source>Numeric transformation window</source>
        <translation type="obsolete">数値変形ウィンドウ</translation>
    </message>
    <message>
        <source>Set transparent color...</source>
        <translation type="obsolete">透明色の設定...</translation>
    </message>
    <message>
        <source>Trace lines...</source>
        <translation type="obsolete">ラインをトレース...</translation>
    </message>
    <message>
        <source>Open image or GPS track ...</source>
        <translation type="obsolete">画像を開く、またはGPSトラック...</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="403"/>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="414"/>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="728"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Cannot open template:
%1

File format not recognized.</source>
        <translation type="vanished">テンプレートを開くことができません:
%1

ファイル形式を認識することができません。</translation>
    </message>
    <message>
        <source>Cannot open template:
%1

Failed to load template. Does the file exist and is it valid?</source>
        <translation type="vanished">テンプレートを開くことができません:
%1

テンプレートを開くことに失敗しました。そのファイルは存在して、有効な形式ですか?</translation>
    </message>
    <message>
        <source>Please enter a valid number from 0 to 1, or specify a percentage from 0 to 100!</source>
        <translation type="obsolete">0 から 1 の有効な数字を入力してください。または 0 から 100 のパーセントで指定してください！</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="728"/>
        <source>Please enter a valid integer number to set a group or leave the field empty to ungroup the template!</source>
        <translation>有効な整数値を入力してテンプレートのグループをセットするか、空白のままにしてテンプレートのグループを解除してください！</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="972"/>
        <source>Don't scale</source>
        <translation>縮尺を変えない</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="967"/>
        <source>Scale by nominal map scale ratio (%1 %)</source>
        <translation>公称地図縮尺比 (%1 %) によって縮尺</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="399"/>
        <location filename="../src/templates/template.cpp" line="416"/>
        <source>Cannot open template
%1:
%2</source>
        <translation>テンプレートを開くことができません
%1:
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="403"/>
        <source>File format not recognized.</source>
        <translation>ファイル形式を認識できません。</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="413"/>
        <source>Failed to load template. Does the file exist and is it valid?</source>
        <translation>テンプレートを読み込めませんでした。ファイルが存在して、有効ですか?</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="969"/>
        <source>Scale by current template scaling (%1 %)</source>
        <translation>現在テンプレートの縮尺 (%1 %) で縮尺</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="974"/>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="1009"/>
        <source>Template import</source>
        <translation>テンプレートをインポート</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="975"/>
        <source>How shall the symbols of the imported template map be scaled?</source>
        <translation>インポートされたテンプレート地図の記号の縮尺方法は?</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="1010"/>
        <source>The template will be invisible in the overprinting simulation. Switch to normal view?</source>
        <translation>テンプレートは、重ね印刷のシミュレーションでは表示されません。標準表示に切り替えますか?</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/template_list_widget.cpp" line="1143"/>
        <source>- Map -</source>
        <translation>- 地図 -</translation>
    </message>
    <message>
        <source>Find the moved template file</source>
        <translation type="obsolete">移動されたテンプレートを探す</translation>
    </message>
    <message>
        <source>All files (*.*)</source>
        <translation type="obsolete">すべてのファイル (*.*)</translation>
    </message>
    <message>
        <source>Cannot change the template to this file! Is the format of the file correct for this template type?</source>
        <translation type="obsolete">テンプレートをこのファイルに変更できません。ファイル形式はテンプレートの形式として正しいですか?</translation>
    </message>
</context>
<context>
    <name>TemplateMoveTool</name>
    <message>
        <location filename="../src/templates/template_tool_move.cpp" line="36"/>
        <source>&lt;b&gt;Drag&lt;/b&gt; to move the current template</source>
        <translation>&lt;b&gt;ドラッグ&lt;/b&gt;で選択中のテンプレートを水平移動します</translation>
    </message>
</context>
<context>
    <name>TemplatePositionDockWidget</name>
    <message>
        <location filename="../src/templates/template_position_dock_widget.cpp" line="36"/>
        <source>Positioning</source>
        <translation>位置調整</translation>
    </message>
    <message>
        <location filename="../src/templates/template_position_dock_widget.cpp" line="40"/>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_position_dock_widget.cpp" line="43"/>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_position_dock_widget.cpp" line="46"/>
        <source>X-Scale:</source>
        <translation>X縮尺:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_position_dock_widget.cpp" line="49"/>
        <source>Y-Scale:</source>
        <translation>Y縮尺:</translation>
    </message>
    <message>
        <location filename="../src/templates/template_position_dock_widget.cpp" line="52"/>
        <source>Rotation:</source>
        <translation>回転:</translation>
    </message>
</context>
<context>
    <name>TemplateTrack</name>
    <message>
        <location filename="../src/templates/template_track.cpp" line="145"/>
        <source>Select the coordinate reference system of the track coordinates</source>
        <translation>トラック座標の座標参照系を選択</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="163"/>
        <source>Opening track ...</source>
        <translation>トラックを開いています ...</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="164"/>
        <source>Load the track in georeferenced or non-georeferenced mode?</source>
        <translation>ジオリファレンスまたは非ジオリファレンスモードでトラックを読み込みますか?</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="166"/>
        <source>Positions the track according to the map's georeferencing settings.</source>
        <translation>地図のジオリファレンス設定に従ってトラックを配置します。</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="168"/>
        <source>These are not configured yet, so they will be shown as the next step.</source>
        <translation>これらはまだ構成されていません。次のステップとして表示されます。</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="169"/>
        <source>Georeferenced</source>
        <translation>ジオリファレンス</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="170"/>
        <source>Non-georeferenced</source>
        <translation>非ジオリファレンス</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="170"/>
        <source>Projects the track using an orthographic projection with center at the track's coordinate average. Allows adjustment of the transformation and setting the map georeferencing using the adjusted track position.</source>
        <translation>トラックの座標の平均で中心とした正射影を使用してトラックを投影します。調整後のトラックの位置を使用して、変換の調整と地図ジオリファレンスの設定を可能にします。</translation>
    </message>
    <message>
        <location filename="../src/sensors/gps_track.cpp" line="499"/>
        <location filename="../src/sensors/gps_track.cpp" line="508"/>
        <location filename="../src/sensors/gps_track.cpp" line="515"/>
        <location filename="../src/templates/template_track.cpp" line="398"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="398"/>
        <source>The path is empty, there is nothing to import!</source>
        <translation>コースが空です、インポートするものが何もありません!</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="411"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="411"/>
        <source>Should the waypoints be imported as a line going through all points?</source>
        <translation>ウェイポイントを、すべてのポイントを通過しているラインとしてインポートしますか？</translation>
    </message>
    <message>
        <location filename="../src/templates/template_track.cpp" line="478"/>
        <source>Import problems</source>
        <translation>インポートの問題</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/templates/template_track.cpp" line="479"/>
        <source>%n path object(s) could not be imported (reason: missing coordinates).</source>
        <translation>
            <numerusform>%n コース オブジェクトをインポートできませんでした (理由: 座標が見つかりません)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/sensors/gps_track.cpp" line="421"/>
        <source>Error reading</source>
        <translation>読み込みエラー</translation>
    </message>
    <message>
        <source>There was an error reading the DXF file %1:

%1</source>
        <translation type="obsolete">DXF ファイル %1 を読み込む際にエラーが発生しました。

%1</translation>
    </message>
    <message>
        <location filename="../src/sensors/gps_track.cpp" line="421"/>
        <source>There was an error reading the DXF file %1:

%2</source>
        <translation>DXF ファイル:%1 を読み込む際にエラーが発生しました。

%2</translation>
    </message>
    <message>
        <location filename="../src/sensors/gps_track.cpp" line="499"/>
        <source>%1:
Not an OSM file.</source>
        <translation>%1:
OSM ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../src/sensors/gps_track.cpp" line="509"/>
        <source>The OSM file has version %1.
The minimum supported version is %2.</source>
        <translation>OSM ファイルのバージョンは %1 です。
サポートされているバージョンは%2 以上です。</translation>
    </message>
    <message>
        <location filename="../src/sensors/gps_track.cpp" line="516"/>
        <source>The OSM file has version %1.
The maximum supported version is %2.</source>
        <translation>OSM ファイルのバージョンは %1 です。
サポートされているバージョンは%2 以下です。</translation>
    </message>
    <message>
        <location filename="../src/sensors/gps_track.cpp" line="616"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../src/sensors/gps_track.cpp" line="616"/>
        <source>%1 nodes could not be processed correctly.</source>
        <translation>%1 ノードを正しく処理できませんでした。</translation>
    </message>
</context>
<context>
    <name>TextBrowserDialog</name>
    <message>
        <location filename="../src/gui/text_browser_dialog.cpp" line="122"/>
        <source>External link: %1</source>
        <translation>外部リンク: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text_browser_dialog.cpp" line="126"/>
        <source>Click to view</source>
        <translation>クリックすると表示</translation>
    </message>
</context>
<context>
    <name>TextObjectAlignmentDockWidget</name>
    <message>
        <location filename="../src/gui/widgets/text_alignment_widget.cpp" line="61"/>
        <source>Alignment</source>
        <translation>整列</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/text_alignment_widget.cpp" line="45"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/text_alignment_widget.cpp" line="46"/>
        <location filename="../src/gui/widgets/text_alignment_widget.cpp" line="52"/>
        <source>Center</source>
        <translation>中央</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/text_alignment_widget.cpp" line="47"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/text_alignment_widget.cpp" line="51"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/text_alignment_widget.cpp" line="53"/>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/text_alignment_widget.cpp" line="54"/>
        <source>Bottom</source>
        <translation>底</translation>
    </message>
</context>
<context>
    <name>TextSymbolSettings</name>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="72"/>
        <source>Text settings</source>
        <translation>テキスト設定</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="78"/>
        <source>Font family:</source>
        <translation>フォント名:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="82"/>
        <source>Font size:</source>
        <translation>フォントサイズ:</translation>
    </message>
    <message>
        <source>Determine size...</source>
        <translation type="vanished">サイズの決定...</translation>
    </message>
    <message>
        <location filename="../src/core/symbols/text_symbol.cpp" line="532"/>
        <source>A</source>
        <comment>First capital letter of the local alphabet</comment>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="96"/>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="121"/>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="181"/>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="187"/>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="452"/>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="469"/>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="562"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="81"/>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="104"/>
        <source>Text color:</source>
        <translation>テキストの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="107"/>
        <source>bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="109"/>
        <source>italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="111"/>
        <source>underlined</source>
        <translation>下線</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="114"/>
        <source>Text style:</source>
        <translation>文字の修飾:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="118"/>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="124"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="119"/>
        <source>Line spacing:</source>
        <translation>行間隔:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="122"/>
        <source>Paragraph spacing:</source>
        <translation>段落間隔:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="125"/>
        <source>Character spacing:</source>
        <translation>文字間隔:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="127"/>
        <source>Kerning</source>
        <translation>文字間隔の自動調整 (カーニング)</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="134"/>
        <source>Symbol icon text:</source>
        <translation>記号アイコンのテキスト:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="138"/>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="146"/>
        <source>Framing</source>
        <translation>フレーミング</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="141"/>
        <source>OCAD compatibility settings</source>
        <translation>OCAD 互換の設定</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="152"/>
        <source>Framing color:</source>
        <translation>フレーミングの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="154"/>
        <source>Line framing</source>
        <translation>ラインフレーミング</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="160"/>
        <source>Shadow framing</source>
        <translation>シャドーフレーミング</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="164"/>
        <source>Left/Right Offset:</source>
        <translation>左/右のオフセット:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="167"/>
        <source>Top/Down Offset:</source>
        <translation>上/下のオフセット:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="171"/>
        <source>OCAD compatibility</source>
        <translation>OCAD 互換</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="178"/>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="182"/>
        <source>Line width:</source>
        <translation>ラインの幅:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="185"/>
        <source>Line color:</source>
        <translation>ラインの色:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="452"/>
        <source>Position:</source>
        <translation>位置:</translation>
    </message>
    <message>
        <source>Paragraph spacing [mm]:</source>
        <translation type="obsolete">段落間隔[mm]:</translation>
    </message>
    <message>
        <source>Character spacing [percentage of space character]:</source>
        <translation type="obsolete">文字間隔 [空白文字の割合]:</translation>
    </message>
    <message>
        <source>use kerning</source>
        <translation type="obsolete">文字間隔の調整</translation>
    </message>
    <message>
        <source>Show OCAD compatibility settings</source>
        <translation type="obsolete">OCAD互換の設定の表示</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="176"/>
        <source>Line below paragraphs</source>
        <translation>下線</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="obsolete">有効にする</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="158"/>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="188"/>
        <source>Distance from baseline:</source>
        <translation>文字のベースラインからの距離:</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="192"/>
        <source>Custom tabulator positions</source>
        <translation>カスタムタビュレータの位置</translation>
    </message>
    <message>
        <location filename="../src/gui/symbols/text_symbol_settings.cpp" line="452"/>
        <source>Add custom tabulator</source>
        <translation>カスタムタビュレータの追加</translation>
    </message>
    <message>
        <source>Position [mm]:</source>
        <translation type="obsolete">位置 [mm]:</translation>
    </message>
</context>
<context>
    <name>UTMZoneEdit</name>
    <message>
        <location filename="../src/gui/widgets/crs_param_widgets.cpp" line="60"/>
        <source>Calculate</source>
        <translation>計算</translation>
    </message>
</context>
<context>
    <name>UndoManager</name>
    <message>
        <location filename="../src/undo/undo_manager.cpp" line="121"/>
        <location filename="../src/undo/undo_manager.cpp" line="159"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/undo/undo_manager.cpp" line="121"/>
        <source>Cannot undo because the last undo step became invalid. This can for example happen if you change the symbol of an object to another and then delete the old symbol.</source>
        <translation>直前の操作が無効なので、元に戻すことができません。これは例えば、オブジェクトの記号を変更した後で、前の記号を削除したような場合に起こります。</translation>
    </message>
    <message>
        <location filename="../src/undo/undo_manager.cpp" line="127"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../src/undo/undo_manager.cpp" line="127"/>
        <source>Undoing this step will go beyond the point where the file was loaded. Are you sure?</source>
        <translation>ファイルを開いた時点より前の操作を元に戻します。よろしいですか？</translation>
    </message>
    <message>
        <location filename="../src/undo/undo_manager.cpp" line="159"/>
        <source>Cannot redo because the first redo step became invalid. This can for example happen if you delete the symbol of an object you have drawn.</source>
        <translation>直後の操作が無効なので、やり直すことができません。これは例えば、描画したオブジェクトの記号を削除したような場合に起こります。</translation>
    </message>
</context>
<context>
    <name>UnitOfMeasurement</name>
    <message>
        <location filename="../src/gui/util_gui.h" line="79"/>
        <source>mm</source>
        <comment>millimeters</comment>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../src/gui/util_gui.h" line="114"/>
        <source>m</source>
        <comment>meters</comment>
        <translation>m</translation>
    </message>
</context>
<context>
    <name>Util</name>
    <message>
        <location filename="../src/util/util.cpp" line="256"/>
        <location filename="../src/util/util.cpp" line="263"/>
        <location filename="../src/util/util.cpp" line="296"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/util/util.cpp" line="256"/>
        <source>Failed to locate the help files.</source>
        <translation>ヘルプファイルを探すのに失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/util/util.cpp" line="263"/>
        <source>Failed to locate the help browser ("Qt Assistant").</source>
        <translation>ヘルプブラウザを探すのに失敗しました ("QT Assistant")。</translation>
    </message>
    <message>
        <location filename="../src/util/util.cpp" line="297"/>
        <source>Failed to launch the help browser ("Qt Assistant").</source>
        <translation>ヘルプブラウザの開始に失敗しました("Qt Assistant")。</translation>
    </message>
    <message>
        <location filename="../src/util/util.cpp" line="313"/>
        <source>See more...</source>
        <extracomment>This "See more" is displayed as a link to the manual in What's-this tooltips.</extracomment>
        <translation>さらに表示...</translation>
    </message>
</context>
<context>
    <name>XMLFileExporter</name>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="184"/>
        <source>Older versions of Mapper do not support multiple map parts. To save the map in compatibility mode, you must first merge all map parts.</source>
        <translation>Mapper の古いバージョンでは、複数の地図の要素はサポートしていません。互換モードで地図を保存するには、最初にすべての地図の要素をマージする必要があります。</translation>
    </message>
</context>
<context>
    <name>XMLFileImporter</name>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="396"/>
        <source>Unsupported element: %1 (line %2 column %3)</source>
        <translation>サポートされていない要素: %1 (%2 行目 %3 列目)</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="427"/>
        <source>Some coordinates were out of bounds for printing. Map content was adjusted.</source>
        <translation>いくつかの座標は印刷範囲外でした。地図コンテンツを調整しました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="477"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="478"/>
        <source>Parts of this file cannot be read by this version of Mapper. Minimum required version: %1</source>
        <translation>このバージョンの Mapper では、このファイルの要素を読み取ることができません。最低限必要なバージョン: %1</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="512"/>
        <source>Error at line %1 column %2: %3</source>
        <translation>%1 行目 %2 列目でエラー: %3</translation>
    </message>
    <message>
        <source>The map notes could not be read.</source>
        <translation type="vanished">ノートを読み取ることができません。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="524"/>
        <location filename="../src/fileformats/xml_file_format.cpp" line="773"/>
        <source>Some invalid characters had to be removed.</source>
        <translation>いくつかの無効な文字を削除する必要がありました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="542"/>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="543"/>
        <source>Unsupported or invalid georeferencing specification '%1': %2</source>
        <translation>サポートされていないか無効なジオリファレンス仕様 '%1': %2</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="661"/>
        <location filename="../src/fileformats/xml_file_format.cpp" line="720"/>
        <source>Could not set knockout property of color '%1'.</source>
        <translation>色 '%1' のノックアウト プロパティを設定できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="680"/>
        <source>Expected %1 colors, found %2.</source>
        <translation>%1 の色が必要ですが、%2 が見つかりました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="696"/>
        <source>Spot color %1 not found while processing %2 (%3).</source>
        <translation>%2 (%3) の処理中に、スポット カラー %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="751"/>
        <source>Expected %1 symbols, found %2.</source>
        <translation>%1 の記号を予期しましたが、%2 が見つかりました。</translation>
    </message>
    <message>
        <location filename="../src/fileformats/xml_file_format.cpp" line="790"/>
        <source>Expected %1 map parts, found %2.</source>
        <translation>%1 の地図の要素が必要ですが、%2 が見つかりました。</translation>
    </message>
</context>
</TS>
