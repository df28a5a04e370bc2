<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AbstractWidgetList</name>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/abstract_widget_list.cpp" line="67"/>
        <source>Add New</source>
        <translation>Add New</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/abstract_widget_list.cpp" line="118"/>
        <source>Move Up</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/abstract_widget_list.cpp" line="119"/>
        <source>Move Down</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/abstract_widget_list.cpp" line="120"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>AcceptTool</name>
    <message>
        <location filename="../../src/tools/accept/accepttool.cpp" line="31"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../src/tools/accept/accepttool.cpp" line="41"/>
        <source>Accept the capture</source>
        <translation>Accept the capture</translation>
    </message>
</context>
<context>
    <name>AppLauncher</name>
    <message>
        <location filename="../../src/tools/launcher/applaunchertool.cpp" line="23"/>
        <source>App Launcher</source>
        <translation>アプリケーションランチャー</translation>
    </message>
    <message>
        <location filename="../../src/tools/launcher/applaunchertool.cpp" line="33"/>
        <source>Choose an app to open the capture</source>
        <translation>キャプチャーを開くアプリケーションを選択する</translation>
    </message>
</context>
<context>
    <name>AppLauncherWidget</name>
    <message>
        <location filename="../../src/tools/launcher/applauncherwidget.cpp" line="43"/>
        <source>Open With</source>
        <translation>次で開く</translation>
    </message>
    <message>
        <location filename="../../src/tools/launcher/applauncherwidget.cpp" line="58"/>
        <source>Launch in terminal</source>
        <translation>端末内で起動する</translation>
    </message>
    <message>
        <location filename="../../src/tools/launcher/applauncherwidget.cpp" line="59"/>
        <source>Keep open after selection</source>
        <translation>選択後も開いたままにする</translation>
    </message>
    <message>
        <location filename="../../src/tools/launcher/applauncherwidget.cpp" line="95"/>
        <location filename="../../src/tools/launcher/applauncherwidget.cpp" line="110"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/tools/launcher/applauncherwidget.cpp" line="110"/>
        <source>Unable to launch in terminal.</source>
        <translation>端末内で起動できません。</translation>
    </message>
    <message>
        <location filename="../../src/tools/launcher/applauncherwidget.cpp" line="95"/>
        <source>Unable to write in</source>
        <translation>書き込めません:</translation>
    </message>
</context>
<context>
    <name>ArrowTool</name>
    <message>
        <location filename="../../src/tools/arrow/arrowtool.cpp" line="76"/>
        <source>Arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <location filename="../../src/tools/arrow/arrowtool.cpp" line="86"/>
        <source>Set the Arrow as the paint tool</source>
        <translation>ペイントツールとして「矢印」をセットする</translation>
    </message>
</context>
<context>
    <name>BlurTool</name>
    <message>
        <source>Blur</source>
        <translation type="vanished">ぼかし</translation>
    </message>
    <message>
        <source>Set Blur as the paint tool</source>
        <translation type="vanished">ペイントツールとして「ぼかし」をセットする</translation>
    </message>
</context>
<context>
    <name>CaptureLauncher</name>
    <message>
        <source>&lt;b&gt;Capture Mode&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;キャプチャーモード&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.cpp" line="32"/>
        <source>Rectangular Region</source>
        <translation>四角形選択</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.cpp" line="38"/>
        <source>Full Screen (Current Display)</source>
        <translation>全画面（このディスプレイ）</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.cpp" line="41"/>
        <source>Full Screen (All Monitors)</source>
        <translation>全画面（すべてのディスプレイ）</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.cpp" line="44"/>
        <source>No Delay</source>
        <translation>ディレイなし</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.cpp" line="52"/>
        <source> second</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.ui" line="100"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_capturelauncher.h" line="185"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_capturelauncher.h" line="179"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_capturelauncher.h" line="185"/>
        <location filename="../../src/widgets/capturelauncher.cpp" line="52"/>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.ui" line="165"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_capturelauncher.h" line="186"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_capturelauncher.h" line="184"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_capturelauncher.h" line="186"/>
        <source>Take new screenshot</source>
        <translation>新しいキャプチャー</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.ui" line="66"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_capturelauncher.h" line="181"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_capturelauncher.h" line="180"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_capturelauncher.h" line="181"/>
        <source>Area:</source>
        <translation>選択タイプ：</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.ui" line="14"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_capturelauncher.h" line="178"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_capturelauncher.h" line="176"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_capturelauncher.h" line="178"/>
        <source>Capture Launcher</source>
        <translation>Capture Launcher</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.ui" line="34"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_capturelauncher.h" line="179"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_capturelauncher.h" line="177"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_capturelauncher.h" line="179"/>
        <source>TextLabel</source>
        <translation>TextLabel</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.ui" line="51"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_capturelauncher.h" line="180"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_capturelauncher.h" line="178"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_capturelauncher.h" line="180"/>
        <source>Capture Mode</source>
        <translation>Capture Mode</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.ui" line="80"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_capturelauncher.h" line="183"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_capturelauncher.h" line="181"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_capturelauncher.h" line="183"/>
        <source>Delay:</source>
        <translation>ディレイ：</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capturelauncher.ui" line="93"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_capturelauncher.h" line="184"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_capturelauncher.h" line="183"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_capturelauncher.h" line="184"/>
        <source>WxH+x+y</source>
        <translation>WxH+x+y</translation>
    </message>
</context>
<context>
    <name>CaptureWidget</name>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="106"/>
        <source>Unable to capture screen</source>
        <translation>画面をキャプチャーできません</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="382"/>
        <source>Mouse</source>
        <translation>Mouse</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="382"/>
        <source>Select screenshot area</source>
        <translation>Select screenshot area</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="397"/>
        <source>Mouse Wheel</source>
        <translation type="unfinished">マウスホイール</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="397"/>
        <source>Change tool size</source>
        <translation>Change tool size</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="398"/>
        <source>Right Click</source>
        <translation type="unfinished">右クリック</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="398"/>
        <source>Show color picker</source>
        <translation type="unfinished">カラーピッカーを表示する</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="400"/>
        <source>Open side panel</source>
        <translation>Open side panel</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="401"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="401"/>
        <source>Exit</source>
        <translation type="unfinished">終了</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="509"/>
        <source>Flameshot has lost focus. Keyboard shortcuts won&apos;t work until you click somewhere.</source>
        <translation>Flameshot has lost focus. Keyboard shortcuts won&apos;t work until you click somewhere.</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="515"/>
        <source>Configuration error resolved. Launch `flameshot gui` again to apply it.</source>
        <translation>Configuration error resolved. Launch `flameshot gui` again to apply it.</translation>
    </message>
    <message>
        <source>Select an area with the mouse, or press Esc to exit.
Press Enter to capture the screen.
Press Right Click to show the color picker.
Use the Mouse Wheel to change the thickness of your tool.
Press Space to open the side panel.</source>
        <translation type="vanished">マウスで領域を選択、Esc を押すと終了。
Enter を押すと画面をキャプチャー。
マウスの右ボタンでカラーピッカーを表示。
マウスホイールでツールの太さ等を変更。
スペースを押すとサイドパネルを開く。</translation>
    </message>
    <message>
        <location filename="../../src/widgets/capture/capturewidget.cpp" line="949"/>
        <source>Tool Settings</source>
        <translation>ツール設定</translation>
    </message>
</context>
<context>
    <name>CircleCountTool</name>
    <message>
        <location filename="../../src/tools/circlecount/circlecounttool.cpp" line="68"/>
        <source>Circle Counter</source>
        <translation>丸カウンター</translation>
    </message>
    <message>
        <location filename="../../src/tools/circlecount/circlecounttool.cpp" line="86"/>
        <source>Add an autoincrementing counter bubble</source>
        <translation>自動的に増加する丸カウンターを追加する</translation>
    </message>
</context>
<context>
    <name>CircleTool</name>
    <message>
        <location filename="../../src/tools/circle/circletool.cpp" line="20"/>
        <source>Circle</source>
        <translation>円形</translation>
    </message>
    <message>
        <location filename="../../src/tools/circle/circletool.cpp" line="30"/>
        <source>Set the Circle as the paint tool</source>
        <translation>ペイントツールとして「円形」をセットする</translation>
    </message>
</context>
<context>
    <name>ColorDialog</name>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_dialog.ui" line="14"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="318"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="318"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="318"/>
        <source>Select Color</source>
        <translation>Select Color</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_dialog.ui" line="55"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="319"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="319"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="319"/>
        <source>Saturation</source>
        <translation>Saturation</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_dialog.ui" line="62"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="320"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="320"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="320"/>
        <source>Hue</source>
        <translation>Hue</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_dialog.ui" line="79"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="321"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="321"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="321"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_dialog.ui" line="86"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="322"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="322"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="322"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_dialog.ui" line="123"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="323"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="323"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="323"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_dialog.ui" line="130"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="324"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="324"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="324"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_dialog.ui" line="137"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="325"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="325"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="325"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_dialog.ui" line="144"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="326"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="326"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_dialog.h" line="326"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>ColorGrabWidget</name>
    <message>
        <location filename="../../src/widgets/panel/colorgrabwidget.cpp" line="58"/>
        <source>Accept color</source>
        <translation>Accept color</translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/colorgrabwidget.cpp" line="58"/>
        <source>Enter or Left Click</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/colorgrabwidget.cpp" line="59"/>
        <source>Precisely select color</source>
        <translation>Precisely select color</translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/colorgrabwidget.cpp" line="59"/>
        <source>Hold Left Click</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/colorgrabwidget.cpp" line="60"/>
        <source>Toggle magnifier</source>
        <translation>Toggle magnifier</translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/colorgrabwidget.cpp" line="60"/>
        <source>Space or Right Click</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/colorgrabwidget.cpp" line="61"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/colorgrabwidget.cpp" line="61"/>
        <source>Esc</source>
        <translation type="unfinished">Esc</translation>
    </message>
</context>
<context>
    <name>ColorPickerEditor</name>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="40"/>
        <source>Edit Preset:</source>
        <translation>Edit Preset:</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="45"/>
        <source>Enter color to update preset</source>
        <translation>Enter color to update preset</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="65"/>
        <source>Update</source>
        <translation type="unfinished">Update</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="67"/>
        <source>Press button to update the selected preset</source>
        <translation>Press button to update the selected preset</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="74"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="76"/>
        <source>Press button to delete the selected preset</source>
        <translation>Press button to delete the selected preset</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="90"/>
        <source>Add Preset:</source>
        <translation>Add Preset:</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="96"/>
        <source>Enter color manually or select it using the color-wheel</source>
        <translation>Enter color manually or select it using the color-wheel</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="106"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="107"/>
        <source>Press button to add preset</source>
        <translation>Press button to add preset</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="130"/>
        <location filename="../../src/config/colorpickereditor.cpp" line="147"/>
        <source>Error</source>
        <translation type="unfinished">エラー</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="131"/>
        <source>Unable to add preset. Maximum limit reached.</source>
        <translation>Unable to add preset. Maximum limit reached.</translation>
    </message>
    <message>
        <location filename="../../src/config/colorpickereditor.cpp" line="148"/>
        <source>Unable to remove preset. Minimum limit reached.</source>
        <translation>Unable to remove preset. Minimum limit reached.</translation>
    </message>
</context>
<context>
    <name>ConfigErrorDetails</name>
    <message>
        <location filename="../../src/config/configerrordetails.cpp" line="20"/>
        <source>Configuration errors</source>
        <translation>Configuration errors</translation>
    </message>
</context>
<context>
    <name>ConfigHandler</name>
    <message>
        <location filename="../../src/utils/confighandler.cpp" line="552"/>
        <source>Unrecognized setting: &apos;%1&apos;
</source>
        <translation>Unrecognized setting: &apos;%1&apos;
</translation>
    </message>
    <message>
        <location filename="../../src/utils/confighandler.cpp" line="560"/>
        <source>Unrecognized shortcut name: &apos;%1&apos;.
</source>
        <translation>Unrecognized shortcut name: &apos;%1&apos;.
</translation>
    </message>
    <message>
        <location filename="../../src/utils/confighandler.cpp" line="603"/>
        <source>Shortcut conflict: &apos;%1&apos; and &apos;%2&apos; have the same shortcut: %3
</source>
        <translation>Shortcut conflict: &apos;%1&apos; and &apos;%2&apos; have the same shortcut: %3
</translation>
    </message>
    <message>
        <location filename="../../src/utils/confighandler.cpp" line="643"/>
        <source>Bad value in &apos;%1&apos;. Expected: %2
</source>
        <translation>Bad value in &apos;%1&apos;. Expected: %2
</translation>
    </message>
    <message>
        <location filename="../../src/utils/confighandler.cpp" line="693"/>
        <source>You have successfully resolved the configuration error.</source>
        <translation>You have successfully resolved the configuration error.</translation>
    </message>
    <message>
        <location filename="../../src/utils/confighandler.cpp" line="716"/>
        <source>The configuration contains an error. Open configuration to resolve.</source>
        <translation>The configuration contains an error. Open configuration to resolve.</translation>
    </message>
    <message>
        <location filename="../../src/utils/confighandler.cpp" line="770"/>
        <source>Bad config key &apos;%1&apos; in ConfigHandler. Please report this as a bug.</source>
        <translation>Bad config key &apos;%1&apos; in ConfigHandler. Please report this as a bug.</translation>
    </message>
</context>
<context>
    <name>ConfigResolver</name>
    <message>
        <location filename="../../src/config/configresolver.cpp" line="14"/>
        <source>Resolve configuration errors</source>
        <translation>Resolve configuration errors</translation>
    </message>
    <message>
        <location filename="../../src/config/configresolver.cpp" line="50"/>
        <source>&lt;b&gt;You must resolve all errors before continuing:&lt;/b&gt;</source>
        <translation>&lt;b&gt;You must resolve all errors before continuing:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/config/configresolver.cpp" line="61"/>
        <source>Reset</source>
        <translation type="unfinished">リセット</translation>
    </message>
    <message>
        <location filename="../../src/config/configresolver.cpp" line="63"/>
        <source>Reset to the default value.</source>
        <translation>Reset to the default value.</translation>
    </message>
    <message>
        <location filename="../../src/config/configresolver.cpp" line="77"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/config/configresolver.cpp" line="79"/>
        <source>Remove this setting.</source>
        <translation>Remove this setting.</translation>
    </message>
    <message>
        <location filename="../../src/config/configresolver.cpp" line="90"/>
        <source>Some keyboard shortcuts have conflicts.
This will NOT prevent flameshot from starting.
Please solve them manually in the configuration file.</source>
        <translation>Some keyboard shortcuts have conflicts.
This will NOT prevent flameshot from starting.
Please solve them manually in the configuration file.</translation>
    </message>
    <message>
        <location filename="../../src/config/configresolver.cpp" line="112"/>
        <source>Resolve all</source>
        <translation>Resolve all</translation>
    </message>
    <message>
        <location filename="../../src/config/configresolver.cpp" line="113"/>
        <source>Resolve all listed errors.</source>
        <translation>Resolve all listed errors.</translation>
    </message>
    <message>
        <location filename="../../src/config/configresolver.cpp" line="125"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ConfigWindow</name>
    <message>
        <location filename="../../src/config/configwindow.cpp" line="40"/>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/config/configwindow.cpp" line="59"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location filename="../../src/config/configwindow.cpp" line="69"/>
        <source>Filename Editor</source>
        <translation>ファイル名エディター</translation>
    </message>
    <message>
        <location filename="../../src/config/configwindow.cpp" line="78"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../../src/config/configwindow.cpp" line="87"/>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../../src/config/configwindow.cpp" line="120"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../src/config/configwindow.cpp" line="124"/>
        <source>&lt;b&gt;Configuration file has errors. Resolve them before continuing.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Configuration file has errors. Resolve them before continuing.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>New version %1 is available</source>
        <translation type="vanished">新しいバージョン%1が公開されました</translation>
    </message>
    <message>
        <source>You have the latest version</source>
        <translation type="vanished">最新バージョンです</translation>
    </message>
    <message>
        <source>Failed to get information about the latest version.</source>
        <translation type="vanished">最新バージョン情報を取得に失敗しました。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="vanished">エラー</translation>
    </message>
    <message>
        <source>Unable to close active modal widgets</source>
        <translation type="vanished">アクティブなモーダルを閉じることができません</translation>
    </message>
    <message>
        <source>&amp;Take Screenshot</source>
        <translation type="vanished">スクリーンショットを撮る(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open Launcher</source>
        <translation type="vanished">ランチャーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation type="vanished">設定(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="vanished">ついて(&amp;A)</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation type="vanished">更新をチェックする</translation>
    </message>
    <message>
        <source>&amp;Latest Uploads</source>
        <translation type="vanished">最新アップロード(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation type="vanished">情報(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>CopyTool</name>
    <message>
        <location filename="../../src/tools/copy/copytool.cpp" line="24"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../src/tools/copy/copytool.cpp" line="34"/>
        <source>Copy selection to clipboard</source>
        <translation>Copy selection to clipboard</translation>
    </message>
    <message>
        <source>Copy the selection into the clipboard</source>
        <translation type="vanished">選択範囲をクリップボードにコピーする</translation>
    </message>
</context>
<context>
    <name>DBusUtils</name>
    <message>
        <source>Unable to connect via DBus</source>
        <translation type="vanished">DBus に接続できません</translation>
    </message>
</context>
<context>
    <name>ExitTool</name>
    <message>
        <location filename="../../src/tools/exit/exittool.cpp" line="23"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/tools/exit/exittool.cpp" line="33"/>
        <source>Leave the capture screen</source>
        <translation>画面キャプチャーを終了する</translation>
    </message>
</context>
<context>
    <name>FileNameEditor</name>
    <message>
        <location filename="../../src/config/filenameeditor.cpp" line="24"/>
        <source>Edit the name of your captures:</source>
        <translation>キャプチャー名の編集:</translation>
    </message>
    <message>
        <location filename="../../src/config/filenameeditor.cpp" line="28"/>
        <source>Edit:</source>
        <translation>編集:</translation>
    </message>
    <message>
        <location filename="../../src/config/filenameeditor.cpp" line="30"/>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message>
        <location filename="../../src/config/filenameeditor.cpp" line="73"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/config/filenameeditor.cpp" line="76"/>
        <source>Saves the pattern</source>
        <translation>パターンを保存する</translation>
    </message>
    <message>
        <location filename="../../src/config/filenameeditor.cpp" line="78"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="vanished">リセット</translation>
    </message>
    <message>
        <location filename="../../src/config/filenameeditor.cpp" line="81"/>
        <source>Restores the saved pattern</source>
        <translation>保存されたパターンに戻す</translation>
    </message>
    <message>
        <location filename="../../src/config/filenameeditor.cpp" line="83"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../src/config/filenameeditor.cpp" line="89"/>
        <source>Deletes the name</source>
        <translation>名前を削除する</translation>
    </message>
</context>
<context>
    <name>Flameshot</name>
    <message>
        <location filename="../../src/core/flameshot.cpp" line="111"/>
        <source>Error</source>
        <translation type="unfinished">エラー</translation>
    </message>
    <message>
        <location filename="../../src/core/flameshot.cpp" line="111"/>
        <source>Unable to close active modal widgets</source>
        <translation type="unfinished">アクティブなモーダルを閉じることができません</translation>
    </message>
    <message>
        <location filename="../../src/core/flameshot.cpp" line="400"/>
        <source>URL copied to clipboard.</source>
        <translation>URL copied to clipboard.</translation>
    </message>
</context>
<context>
    <name>FlameshotDaemon</name>
    <message>
        <location filename="../../src/core/flameshotdaemon.cpp" line="363"/>
        <source>New version %1 is available</source>
        <translation type="unfinished">新しいバージョン%1が公開されました</translation>
    </message>
    <message>
        <location filename="../../src/core/flameshotdaemon.cpp" line="369"/>
        <source>You have the latest version</source>
        <translation type="unfinished">最新バージョンです</translation>
    </message>
    <message>
        <location filename="../../src/core/flameshotdaemon.cpp" line="378"/>
        <source>Failed to get information about the latest version.</source>
        <translation type="unfinished">最新バージョン情報を取得に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../src/core/flameshotdaemon.cpp" line="399"/>
        <source>Unable to connect via DBus</source>
        <translation type="unfinished">DBus に接続できません</translation>
    </message>
</context>
<context>
    <name>GeneneralConf</name>
    <message>
        <source>Show help message</source>
        <translation type="vanished">ヘルプメッセージを表示する</translation>
    </message>
    <message>
        <source>Show the help message at the beginning in the capture mode.</source>
        <translation type="vanished">キャプチャーモード開始時にヘルプメッセージを表示する。</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation type="vanished">デスクトップの通知を表示する</translation>
    </message>
    <message>
        <source>Show tray icon</source>
        <translation type="vanished">トレイアイコンを表示する</translation>
    </message>
    <message>
        <source>Show the systemtray icon</source>
        <translation type="vanished">システムトレイアイコンを表示する</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="vanished">インポート</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="vanished">エラー</translation>
    </message>
    <message>
        <source>Unable to read file.</source>
        <translation type="vanished">ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>Unable to write file.</source>
        <translation type="vanished">ファイルに書き込めません。</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation type="vanished">ファイルを保存</translation>
    </message>
    <message>
        <source>Confirm Reset</source>
        <translation type="vanished">リセットの確認</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the configuration?</source>
        <translation type="vanished">設定をリセットしてもよろしいですか?</translation>
    </message>
    <message>
        <source>Configuration File</source>
        <translation type="vanished">設定ファイル</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">エクスポート</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="vanished">リセット</translation>
    </message>
    <message>
        <source>Launch at startup</source>
        <translation type="vanished">スタートアップ時に起動する</translation>
    </message>
    <message>
        <source>Launch Flameshot</source>
        <translation type="vanished">Flameshot を起動する</translation>
    </message>
</context>
<context>
    <name>GeneralConf</name>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="156"/>
        <location filename="../../src/config/generalconf.cpp" line="326"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="163"/>
        <location filename="../../src/config/generalconf.cpp" line="171"/>
        <location filename="../../src/config/generalconf.cpp" line="195"/>
        <location filename="../../src/config/generalconf.cpp" line="681"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="163"/>
        <source>Unable to read file.</source>
        <translation>ファイルを読み込みに失敗しました。</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="171"/>
        <location filename="../../src/config/generalconf.cpp" line="195"/>
        <source>Unable to write file.</source>
        <translation>ファイルを書き込みに失敗しました。</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="182"/>
        <source>Save File</source>
        <translation>ファイルを保存する</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="204"/>
        <source>Confirm Reset</source>
        <translation>よろしい</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="205"/>
        <source>Are you sure you want to reset the configuration?</source>
        <translation>設定をリセットしてよろしいですか?</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="236"/>
        <source>Show help message</source>
        <translation>ヘルプメッセージを表示する</translation>
    </message>
    <message>
        <source>Show the help message at the beginning in the capture mode.</source>
        <translation type="vanished">キャプチャーモード開始時にヘルプメッセージを表示する。</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="260"/>
        <source>Show the side panel button</source>
        <translation>サイドパネルのボタンを表示する</translation>
    </message>
    <message>
        <source>Show the side panel toggle button in the capture mode.</source>
        <translation type="vanished">キャプチャーモードでサイドパネルのトグルボタンを表示する。</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="273"/>
        <source>Show desktop notifications</source>
        <translation>デスクトップ通知を表示する</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="286"/>
        <source>Show tray icon</source>
        <translation>トレイアイコンを表示する</translation>
    </message>
    <message>
        <source>Show the systemtray icon</source>
        <translation type="vanished">システムトレイにアプリアイコンを表示する</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="299"/>
        <source>Confirmation required to delete screenshot from the latest uploads</source>
        <translation>最新アップロードからのキャプチャーを削除する前に確認が必要</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="314"/>
        <source>Configuration File</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="319"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="333"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="343"/>
        <source>Automatic check for updates</source>
        <translation>自動的に更新を検索する</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="356"/>
        <source>Allow multiple flameshot GUI instances simultaneously</source>
        <translation>Allow multiple flameshot GUI instances simultaneously</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="369"/>
        <location filename="../../src/config/generalconf.cpp" line="371"/>
        <source>Automatically close daemon when it is not needed</source>
        <translation>Automatically close daemon when it is not needed</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="381"/>
        <source>Launch at startup</source>
        <translation>システム起動時に起動する</translation>
    </message>
    <message>
        <source>Launch Flameshot</source>
        <translation type="vanished">Flameshotを起動する</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="393"/>
        <source>Show welcome message on launch</source>
        <translation>起動時にようこそメッセージを表示する</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="408"/>
        <source>Use large predefined color palette</source>
        <translation>Use large predefined color palette</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="432"/>
        <source>Copy URL after upload</source>
        <translation>アップロードあとでURLをコピーする</translation>
    </message>
    <message>
        <source>Copy URL and close window after upload</source>
        <translation type="vanished">アップロードあとでURLをコピーしてウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="444"/>
        <source>Save image after copy</source>
        <translation>コピーあとで画像を保存する</translation>
    </message>
    <message>
        <source>Save image file after copying it</source>
        <translation type="vanished">コピーあとで、画像ファイルを保存する</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="237"/>
        <source>Show the help message at the beginning in the capture mode</source>
        <translation>Show the help message at the beginning in the capture mode</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="247"/>
        <source>Use last region for GUI mode</source>
        <translation type="unfinished">Use last region for GUI mode</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="248"/>
        <source>Use the last region as the default selection for the next screenshot in GUI mode</source>
        <translation type="unfinished">Use the last region as the default selection for the next screenshot in GUI mode</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="262"/>
        <source>Show the side panel toggle button in the capture mode</source>
        <translation>Show the side panel toggle button in the capture mode</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="274"/>
        <source>Enable desktop notifications</source>
        <translation>Enable desktop notifications</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="287"/>
        <source>Show icon in the system tray</source>
        <translation>Show icon in the system tray</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="302"/>
        <source>Ask for confirmation to delete screenshot from the latest uploads</source>
        <translation>Ask for confirmation to delete screenshot from the latest uploads</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="344"/>
        <source>Check for updates automatically</source>
        <translation>Check for updates automatically</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="357"/>
        <source>This allows you to take screenshots of Flameshot itself for example</source>
        <translation>This allows you to take screenshots of Flameshot itself for example</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="383"/>
        <source>Launch Flameshot daemon when computer is booted</source>
        <translation>Launch Flameshot daemon when computer is booted</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="396"/>
        <source>Show the welcome message box in the middle of the screen while taking a screenshot</source>
        <translation>Show the welcome message box in the middle of the screen while taking a screenshot</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="410"/>
        <source>Use a large predefined color palette</source>
        <translation>Use a large predefined color palette</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="420"/>
        <source>Copy on double click</source>
        <translation>Copy on double click</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="421"/>
        <source>Enable Copy on Double Click</source>
        <translation>Enable Copy on Double Click</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="434"/>
        <source>Copy URL and close window after uploading was successful</source>
        <translation>Copy URL and close window after uploading was successful</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="446"/>
        <source>After copying the screenshot, save it to a file as well</source>
        <translation>After copying the screenshot, save it to a file as well</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="453"/>
        <source>Save Path</source>
        <translation>パスを保存する</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="469"/>
        <source>Change...</source>
        <translation>変更…</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="477"/>
        <source>Use fixed path for screenshots to save</source>
        <translation>一定なパスにキャプチャーを保存する</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="489"/>
        <source>Preferred save file extension:</source>
        <translation>Preferred save file extension:</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="518"/>
        <source>Latest Uploads Max Size</source>
        <translation>Latest Uploads Max Size</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="540"/>
        <source>Imgur Application Client ID</source>
        <translation>Imgur Application Client ID</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="571"/>
        <source>Undo limit</source>
        <translation>Undo limit</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="597"/>
        <location filename="../../src/config/generalconf.cpp" line="599"/>
        <source>Use JPG format for clipboard (PNG default)</source>
        <translation>JPEGフォーマットでクリップボードにコピーする（PNG規定）</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="629"/>
        <source>Copy file path after save</source>
        <translation>保存するあとでファイルパスをコピーする</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="630"/>
        <source>Copy the file path to clipboard after the file is saved</source>
        <translation>Copy the file path to clipboard after the file is saved</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="641"/>
        <source>Anti-aliasing image when zoom the pinned image</source>
        <translation>Anti-aliasing image when zoom the pinned image</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="643"/>
        <source>After zooming the pinned image, should the image get smoothened or stay pixelated</source>
        <translation>After zooming the pinned image, should the image get smoothened or stay pixelated</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="654"/>
        <location filename="../../src/config/generalconf.cpp" line="656"/>
        <source>Upload image without confirmation</source>
        <translation>Upload image without confirmation</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="672"/>
        <source>Choose a Folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="681"/>
        <source>Unable to write to directory.</source>
        <translation>フォルダーで書き込みに失敗しました。</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="690"/>
        <source>Show magnifier</source>
        <translation>Show magnifier</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="691"/>
        <source>Enable a magnifier while selecting the screenshot area</source>
        <translation>Enable a magnifier while selecting the screenshot area</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="702"/>
        <source>Square shaped magnifier</source>
        <translation>Square shaped magnifier</translation>
    </message>
    <message>
        <location filename="../../src/config/generalconf.cpp" line="703"/>
        <source>Make the magnifier to be square-shaped</source>
        <translation>Make the magnifier to be square-shaped</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>Latest Uploads</source>
        <translation type="vanished">最新のアップロード</translation>
    </message>
    <message>
        <source>Screenshots history is empty</source>
        <translation type="vanished">キャプチャー歴史がない</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="vanished">URL をコピーする</translation>
    </message>
    <message>
        <source>URL copied to clipboard.</source>
        <translation type="vanished">URL がクリップボードにコピーされました。</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="vanished">ブラウザーで開く</translation>
    </message>
    <message>
        <source>Confirm to delete</source>
        <translation type="vanished">よろしい</translation>
    </message>
    <message>
        <source>Are you sure you want to delete a screenshot from the latest uploads and server?</source>
        <translation type="vanished">サーバーとローカルからのキャプチャーを削除してよろしいですか？</translation>
    </message>
</context>
<context>
    <name>ImgS3Uploader</name>
    <message>
        <source>Uploading Image</source>
        <translation type="obsolete">画像をアップロード中</translation>
    </message>
    <message>
        <source>URL copied to clipboard.</source>
        <translation type="obsolete">URL をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="obsolete">エラー</translation>
    </message>
</context>
<context>
    <name>ImgUploadDialog</name>
    <message>
        <location filename="../../src/widgets/imguploaddialog.cpp" line="18"/>
        <source>Upload Confirmation</source>
        <translation>Upload Confirmation</translation>
    </message>
    <message>
        <location filename="../../src/widgets/imguploaddialog.cpp" line="22"/>
        <source>Do you want to upload this capture?</source>
        <translation>Do you want to upload this capture?</translation>
    </message>
    <message>
        <location filename="../../src/widgets/imguploaddialog.cpp" line="35"/>
        <location filename="../../src/widgets/imguploaddialog.cpp" line="36"/>
        <source>Upload without confirmation</source>
        <translation>Upload without confirmation</translation>
    </message>
</context>
<context>
    <name>ImgUploader</name>
    <message>
        <source>Uploading Image</source>
        <translation type="obsolete">画像をアップロード中</translation>
    </message>
    <message>
        <source>Unable to open the URL.</source>
        <translation type="obsolete">URL を開けません。</translation>
    </message>
    <message>
        <source>URL copied to clipboard.</source>
        <translation type="obsolete">URL をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Screenshot copied to clipboard.</source>
        <translation type="obsolete">スクリーンショットをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="obsolete">URL をコピー</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation type="obsolete">URL を開く</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation type="obsolete">画像を削除</translation>
    </message>
    <message>
        <source>Image to Clipboard.</source>
        <translation type="obsolete">画像をクリップボードへ。</translation>
    </message>
</context>
<context>
    <name>ImgUploaderBase</name>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="37"/>
        <source>Upload image</source>
        <translation>Upload image</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="51"/>
        <source>Uploading Image</source>
        <translation type="unfinished">画像をアップロード中</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="130"/>
        <source>Copy URL</source>
        <translation>Copy URL</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="131"/>
        <source>Open URL</source>
        <translation type="unfinished">URL を開く</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="132"/>
        <source>Delete image</source>
        <translation type="unfinished">画像を削除</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="133"/>
        <source>Image to Clipboard.</source>
        <translation type="unfinished">画像をクリップボードへ。</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="134"/>
        <source>Save image</source>
        <translation>Save image</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="164"/>
        <source>Unable to open the URL.</source>
        <translation type="unfinished">URL を開けません。</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="171"/>
        <source>URL copied to clipboard.</source>
        <translation>URL copied to clipboard.</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="177"/>
        <source>Screenshot copied to clipboard.</source>
        <translation type="unfinished">スクリーンショットをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="191"/>
        <source>Unable to save the screenshot to disk.</source>
        <translation>Unable to save the screenshot to disk.</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imguploaderbase.cpp" line="194"/>
        <source>Screenshot saved.</source>
        <translation>Screenshot saved.</translation>
    </message>
</context>
<context>
    <name>ImgUploaderTool</name>
    <message>
        <location filename="../../src/tools/imgupload/imguploadertool.cpp" line="23"/>
        <source>Image Uploader</source>
        <translation type="unfinished">画像アップローダー</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/imguploadertool.cpp" line="33"/>
        <source>Upload the selection</source>
        <translation>Upload the selection</translation>
    </message>
</context>
<context>
    <name>ImgurUploader</name>
    <message>
        <source>Upload to Imgur</source>
        <translation type="vanished">Imgur にアップロード</translation>
    </message>
    <message>
        <source>Uploading Image</source>
        <translation type="vanished">画像をアップロード中</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="vanished">URL をコピー</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation type="vanished">URL を開く</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation type="vanished">画像を削除</translation>
    </message>
    <message>
        <source>Image to Clipboard.</source>
        <translation type="vanished">画像をクリップボードへ。</translation>
    </message>
    <message>
        <location filename="../../src/tools/imgupload/storages/imgur/imguruploader.cpp" line="93"/>
        <source>Unable to open the URL.</source>
        <translation>URL を開けません。</translation>
    </message>
    <message>
        <source>URL copied to clipboard.</source>
        <translation type="vanished">URL をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Screenshot copied to clipboard.</source>
        <translation type="vanished">スクリーンショットをクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>ImgurUploaderTool</name>
    <message>
        <source>Image Uploader</source>
        <translation type="vanished">画像アップローダー</translation>
    </message>
    <message>
        <source>Upload the selection to Imgur</source>
        <translation type="vanished">Imgur に選択範囲をアップロードする</translation>
    </message>
</context>
<context>
    <name>InfoWindow</name>
    <message>
        <location filename="../../src/widgets/infowindow.ui" line="14"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_infowindow.h" line="117"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_infowindow.h" line="117"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_infowindow.h" line="117"/>
        <source>About</source>
        <translation>このアプリケーションについて</translation>
    </message>
    <message>
        <location filename="../../src/widgets/infowindow.ui" line="26"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_infowindow.h" line="118"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_infowindow.h" line="118"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_infowindow.h" line="118"/>
        <source>Icon</source>
        <translation>Icon</translation>
    </message>
    <message>
        <location filename="../../src/widgets/infowindow.ui" line="43"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_infowindow.h" line="119"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_infowindow.h" line="119"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_infowindow.h" line="119"/>
        <source>License</source>
        <translation>License</translation>
    </message>
    <message>
        <location filename="../../src/widgets/infowindow.ui" line="56"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_infowindow.h" line="120"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_infowindow.h" line="120"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_infowindow.h" line="120"/>
        <source>GPLv3+</source>
        <translation>GPLv3+</translation>
    </message>
    <message>
        <location filename="../../src/widgets/infowindow.ui" line="89"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_infowindow.h" line="121"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_infowindow.h" line="121"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_infowindow.h" line="121"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/widgets/infowindow.ui" line="102"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_infowindow.h" line="122"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_infowindow.h" line="122"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_infowindow.h" line="122"/>
        <source>Flameshot v</source>
        <translation>Flameshot v</translation>
    </message>
    <message>
        <location filename="../../src/widgets/infowindow.ui" line="115"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_infowindow.h" line="123"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_infowindow.h" line="123"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_infowindow.h" line="123"/>
        <source>OS Info</source>
        <translation>OS Info</translation>
    </message>
    <message>
        <location filename="../../src/widgets/infowindow.ui" line="128"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_infowindow.h" line="124"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_infowindow.h" line="124"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_infowindow.h" line="124"/>
        <source>Copy Info</source>
        <translation>Copy Info</translation>
    </message>
    <message>
        <source>Right Click</source>
        <translation type="vanished">右クリック</translation>
    </message>
    <message>
        <source>Mouse Wheel</source>
        <translation type="vanished">マウスホイール</translation>
    </message>
    <message>
        <source>Move selection 1px</source>
        <translation type="vanished">選択範囲を 1px 動かす</translation>
    </message>
    <message>
        <source>Resize selection 1px</source>
        <translation type="vanished">選択範囲を 1px リサイズする</translation>
    </message>
    <message>
        <source>Quit capture</source>
        <translation type="vanished">キャプチャーを終了する</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="vanished">クリップボードにコピーする</translation>
    </message>
    <message>
        <source>Save selection as a file</source>
        <translation type="vanished">選択範囲をファイルに保存する</translation>
    </message>
    <message>
        <source>Undo the last modification</source>
        <translation type="vanished">最後の変更を元に戻す</translation>
    </message>
    <message>
        <source>Show color picker</source>
        <translation type="vanished">カラーピッカーを表示する</translation>
    </message>
    <message>
        <source>Change the tool&apos;s thickness</source>
        <translation type="vanished">ツールの値 (太さや濃さ) を変更する</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="vanished">キー</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">説明</translation>
    </message>
    <message>
        <source>&lt;u&gt;&lt;b&gt;License&lt;/b&gt;&lt;/u&gt;</source>
        <translation type="vanished">&lt;u&gt;&lt;b&gt;ライセンス&lt;/b&gt;&lt;/u&gt;</translation>
    </message>
    <message>
        <source>&lt;u&gt;&lt;b&gt;Version&lt;/b&gt;&lt;/u&gt;</source>
        <translation type="vanished">&lt;u&gt;&lt;b&gt;バージョン&lt;/b&gt;&lt;/u&gt;</translation>
    </message>
    <message>
        <source>&lt;u&gt;&lt;b&gt;Shortcuts&lt;/b&gt;&lt;/u&gt;</source>
        <translation type="vanished">&lt;u&gt;&lt;b&gt;ショートカット&lt;/b&gt;&lt;/u&gt;</translation>
    </message>
    <message>
        <source>Available shortcuts in the screen capture mode.</source>
        <translation type="vanished">スクリーンキャプチャーモードで利用可能なショートカット。</translation>
    </message>
</context>
<context>
    <name>InvertTool</name>
    <message>
        <location filename="../../src/tools/invert/inverttool.cpp" line="25"/>
        <source>Invert</source>
        <translation>Invert</translation>
    </message>
    <message>
        <location filename="../../src/tools/invert/inverttool.cpp" line="35"/>
        <source>Set Inverter as the paint tool</source>
        <translation>Set Inverter as the paint tool</translation>
    </message>
</context>
<context>
    <name>LineTool</name>
    <message>
        <location filename="../../src/tools/line/linetool.cpp" line="22"/>
        <source>Line</source>
        <translation>直線</translation>
    </message>
    <message>
        <location filename="../../src/tools/line/linetool.cpp" line="32"/>
        <source>Set the Line as the paint tool</source>
        <translation>ペイントツールとして「直線」をセットする</translation>
    </message>
</context>
<context>
    <name>MarkerTool</name>
    <message>
        <location filename="../../src/tools/marker/markertool.cpp" line="23"/>
        <source>Marker</source>
        <translation>マーカー</translation>
    </message>
    <message>
        <location filename="../../src/tools/marker/markertool.cpp" line="33"/>
        <source>Set the Marker as the paint tool</source>
        <translation>ペイントツールとして「マーカー」をセットする</translation>
    </message>
</context>
<context>
    <name>MoveTool</name>
    <message>
        <location filename="../../src/tools/move/movetool.cpp" line="23"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../src/tools/move/movetool.cpp" line="33"/>
        <source>Move the selection area</source>
        <translation>選択範囲を移動する</translation>
    </message>
</context>
<context>
    <name>PencilTool</name>
    <message>
        <location filename="../../src/tools/pencil/penciltool.cpp" line="18"/>
        <source>Pencil</source>
        <translation>鉛筆</translation>
    </message>
    <message>
        <location filename="../../src/tools/pencil/penciltool.cpp" line="28"/>
        <source>Set the Pencil as the paint tool</source>
        <translation>ペイントツールとして「鉛筆」をセットする</translation>
    </message>
</context>
<context>
    <name>PinTool</name>
    <message>
        <location filename="../../src/tools/pin/pintool.cpp" line="25"/>
        <source>Pin Tool</source>
        <translation>固定ツール</translation>
    </message>
    <message>
        <location filename="../../src/tools/pin/pintool.cpp" line="35"/>
        <source>Pin image on the desktop</source>
        <translation>選択範囲をデスクトップ上に配置する</translation>
    </message>
</context>
<context>
    <name>PinWidget</name>
    <message>
        <location filename="../../src/tools/pin/pinwidget.cpp" line="225"/>
        <source>Context menu</source>
        <translation>Context menu</translation>
    </message>
    <message>
        <location filename="../../src/tools/pin/pinwidget.cpp" line="227"/>
        <source>Copy to clipboard</source>
        <translation type="unfinished">クリップボードにコピーする</translation>
    </message>
    <message>
        <location filename="../../src/tools/pin/pinwidget.cpp" line="234"/>
        <source>Save to file</source>
        <translation>Save to file</translation>
    </message>
</context>
<context>
    <name>PixelateTool</name>
    <message>
        <location filename="../../src/tools/pixelate/pixelatetool.cpp" line="24"/>
        <source>Pixelate</source>
        <translation>ピクセル化する</translation>
    </message>
    <message>
        <location filename="../../src/tools/pixelate/pixelatetool.cpp" line="34"/>
        <source>Set Pixelate as the paint tool</source>
        <translation>ピクセル化がペイントツールとして設定する</translation>
    </message>
</context>
<context>
    <name>QHotkey</name>
    <message>
        <location filename="../../external/QHotkey/qhotkey.cpp" line="307"/>
        <source>Failed to register %1. Error: %2</source>
        <translation>ショートカット%1を設定に失敗しました。エラー%2</translation>
    </message>
    <message>
        <location filename="../../external/QHotkey/qhotkey.cpp" line="329"/>
        <source>Failed to unregister %1. Error: %2</source>
        <translation>ショートカット%1を削除に失敗しました。エラー%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/utils/screenshotsaver.cpp" line="214"/>
        <source>Save Error</source>
        <translation>保存エラー</translation>
    </message>
    <message>
        <location filename="../../src/utils/screenshotsaver.cpp" line="46"/>
        <location filename="../../src/utils/screenshotsaver.cpp" line="198"/>
        <source>Capture saved as </source>
        <translation>キャプチャーを保存しました: </translation>
    </message>
    <message>
        <location filename="../../src/utils/screenshotsaver.cpp" line="136"/>
        <location filename="../../src/utils/screenshotsaver.cpp" line="138"/>
        <source>Capture saved to clipboard.</source>
        <translation>キャプチャーがクリップボードにコピーされました。</translation>
    </message>
    <message>
        <source>Capture saved to clipboard</source>
        <translation type="vanished">キャプチャーをクリップボードに保存しました</translation>
    </message>
    <message>
        <location filename="../../src/utils/screenshotsaver.cpp" line="122"/>
        <source>Error while saving to clipboard</source>
        <translation>コピーに失敗しました</translation>
    </message>
    <message>
        <location filename="../../src/utils/screenshotsaver.cpp" line="50"/>
        <location filename="../../src/utils/screenshotsaver.cpp" line="207"/>
        <source>Error trying to save as </source>
        <translation>保存時にエラーが発生しました: </translation>
    </message>
    <message>
        <location filename="../../src/utils/screenshotsaver.cpp" line="181"/>
        <source>Save screenshot</source>
        <translation>キャプチャーを保存する</translation>
    </message>
    <message>
        <location filename="../../src/utils/screenshotsaver.cpp" line="203"/>
        <source>Path copied to clipboard as </source>
        <translation>Path copied to clipboard as </translation>
    </message>
    <message>
        <source>Saving canceled</source>
        <translation type="vanished">Saving canceled</translation>
    </message>
    <message>
        <source>Save canceled</source>
        <translation type="vanished">Save canceled</translation>
    </message>
    <message>
        <source>Capture is saved and copied to the clipboard as </source>
        <translation type="vanished">キャプチャーがコピーされて として保存されました </translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="136"/>
        <source>Unable to connect via DBus</source>
        <translation>DBus に接続できません</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="152"/>
        <source>Powerful yet simple to use screenshot software.</source>
        <translation>Powerful yet simple to use screenshot software.</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="153"/>
        <source>See</source>
        <translation>見る</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="156"/>
        <source>Capture the entire desktop.</source>
        <translation>デスクトップをキャプチャー。</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="158"/>
        <source>Open the capture launcher.</source>
        <translation>キャプチャーランチャーを開く。</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="161"/>
        <source>Start a manual capture in GUI mode.</source>
        <translation>手動的にGUIキャプチャーを開始する。</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="163"/>
        <source>Configure</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="165"/>
        <source>Capture a single screen.</source>
        <translation>単一のディスプレイをキャプチャー。</translation>
    </message>
    <message>
        <source>Path where the capture will be saved</source>
        <translation type="vanished">キャプチャーの保存パス</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="170"/>
        <source>Existing directory or new file to save to</source>
        <translation>Existing directory or new file to save to</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="173"/>
        <source>Save the capture to the clipboard</source>
        <translation>キャプチャーがクリップボードにコピーする</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="175"/>
        <source>Pin the capture to the screen</source>
        <translation>Pin the capture to the screen</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="177"/>
        <source>Upload screenshot</source>
        <translation>Upload screenshot</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="179"/>
        <source>Delay time in milliseconds</source>
        <translation>ミリ秒でディレイ時間</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="184"/>
        <source>Repeat screenshot with previously selected region</source>
        <translation>Repeat screenshot with previously selected region</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="187"/>
        <source>Screenshot region to select</source>
        <translation>Screenshot region to select</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="190"/>
        <source>Set the filename pattern</source>
        <translation>ファイル名のパターンを設定する</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="194"/>
        <source>Accept capture as soon as a selection is made</source>
        <translation>Accept capture as soon as a selection is made</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="196"/>
        <source>Enable or disable the trayicon</source>
        <translation>トレイアイコンを無効・有効</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="200"/>
        <source>Enable or disable run at startup</source>
        <translation>スタートアップに起動を無効・有効</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="203"/>
        <source>Check the configuration for errors</source>
        <translation>Check the configuration for errors</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="206"/>
        <source>Show the help message in the capture mode</source>
        <translation>キャプチャーでヘルプメッセージを表示</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="209"/>
        <source>Define the main UI color</source>
        <translation>マインのUI色を設定する</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="213"/>
        <source>Define the contrast UI color</source>
        <translation>コントラストのUI色を設定する</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="216"/>
        <source>Print raw PNG capture</source>
        <translation type="unfinished">PNGのキャプチャーを印刷する</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="219"/>
        <source>Print geometry of the selection in the format WxH+X+Y. Does nothing if raw is specified</source>
        <translation>Print geometry of the selection in the format WxH+X+Y. Does nothing if raw is specified</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="223"/>
        <source>Define the screen to capture (starting from 0)</source>
        <translation>Define the screen to capture (starting from 0)</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="243"/>
        <source>Invalid delay, it must be a number greater than 0</source>
        <translation>Invalid delay, it must be a number greater than 0</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="246"/>
        <source>Invalid region, use &apos;WxH+X+Y&apos; or &apos;all&apos; or &apos;screen0/screen1/...&apos;.</source>
        <translation>Invalid region, use &apos;WxH+X+Y&apos; or &apos;all&apos; or &apos;screen0/screen1/...&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="259"/>
        <source>Invalid path, must be an existing directory or a new file in an existing directory</source>
        <translation>Invalid path, must be an existing directory or a new file in an existing directory</translation>
    </message>
    <message>
        <source>Define the screen to capture</source>
        <translation type="vanished">Define the screen to capture</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="224"/>
        <source>default: screen containing the cursor</source>
        <translation>default: screen containing the cursor</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="225"/>
        <source>Screen number</source>
        <translation>Screen number</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="234"/>
        <source>Invalid color, this flag supports the following formats:
- #RGB (each of R, G, and B is a single hex digit)
- #RRGGBB
- #RRRGGGBBB
- #RRRRGGGGBBBB
- Named colors like &apos;blue&apos; or &apos;red&apos;
You may need to escape the &apos;#&apos; sign as in &apos;\#FFF&apos;</source>
        <translation>Invalid color, this flag supports the following formats:
- #RGB (each of R, G, and B is a single hex digit)
- #RRGGBB
- #RRRGGGBBB
- #RRRRGGGGBBBB
- Named colors like &apos;blue&apos; or &apos;red&apos;
You may need to escape the &apos;#&apos; sign as in &apos;\#FFF&apos;</translation>
    </message>
    <message>
        <source>Invalid delay, it must be higher than 0</source>
        <translation type="vanished">Invalid delay, it must be higher than 0</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="245"/>
        <source>Invalid screen number, it must be non negative</source>
        <translation>Invalid screen number, it must be non negative</translation>
    </message>
    <message>
        <source>Invalid path, it must be a real path in the system</source>
        <translation type="vanished">Invalid path, it must be a real path in the system</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="272"/>
        <source>Invalid value, it must be defined as &apos;true&apos; or &apos;false&apos;</source>
        <translation>Invalid value, it must be defined as &apos;true&apos; or &apos;false&apos;</translation>
    </message>
    <message>
        <location filename="../../src/tools/launcher/openwithprogram.cpp" line="30"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../src/tools/launcher/openwithprogram.cpp" line="31"/>
        <source>Unable to write in</source>
        <translation>書き込めません:</translation>
    </message>
    <message>
        <location filename="../../src/core/flameshot.cpp" line="148"/>
        <source>Requested screen exceeds screen count</source>
        <translation>Requested screen exceeds screen count</translation>
    </message>
    <message>
        <location filename="../../src/core/flameshot.cpp" line="378"/>
        <source>Full screen screenshot pinned to screen</source>
        <translation>Full screen screenshot pinned to screen</translation>
    </message>
    <message>
        <source>URL copied to clipboard.</source>
        <translation type="obsolete">URL をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commandlineparser.cpp" line="54"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../src/cli/commandlineparser.cpp" line="68"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../../src/cli/commandlineparser.cpp" line="329"/>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <location filename="../../src/cli/commandlineparser.cpp" line="330"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../../src/cli/commandlineparser.cpp" line="330"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../src/cli/commandlineparser.cpp" line="337"/>
        <source>Per default runs Flameshot in the background and adds a tray icon for configuration.</source>
        <translation>Per default runs Flameshot in the background and adds a tray icon for configuration.</translation>
    </message>
    <message>
        <location filename="../../src/widgets/trayicon.cpp" line="71"/>
        <source>Hello, I&apos;m here! Click icon in the tray to take a screenshot or click with a right button to see more options.</source>
        <translation>Hello, I&apos;m here! Click icon in the tray to take a screenshot or click with a right button to see more options.</translation>
    </message>
    <message>
        <source>Toggle side panel</source>
        <translation type="vanished">Toggle side panel</translation>
    </message>
    <message>
        <source>Resize selection left 1px</source>
        <translation type="vanished">Resize selection left 1px</translation>
    </message>
    <message>
        <source>Resize selection right 1px</source>
        <translation type="vanished">Resize selection right 1px</translation>
    </message>
    <message>
        <source>Resize selection up 1px</source>
        <translation type="vanished">Resize selection up 1px</translation>
    </message>
    <message>
        <source>Resize selection down 1px</source>
        <translation type="vanished">Resize selection down 1px</translation>
    </message>
    <message>
        <source>Select entire screen</source>
        <translation type="vanished">Select entire screen</translation>
    </message>
    <message>
        <source>Move selection left 1px</source>
        <translation type="vanished">Move selection left 1px</translation>
    </message>
    <message>
        <source>Move selection right 1px</source>
        <translation type="vanished">Move selection right 1px</translation>
    </message>
    <message>
        <source>Move selection up 1px</source>
        <translation type="vanished">Move selection up 1px</translation>
    </message>
    <message>
        <source>Move selection down 1px</source>
        <translation type="vanished">Move selection down 1px</translation>
    </message>
    <message>
        <source>Commit text in text area</source>
        <translation type="vanished">Commit text in text area</translation>
    </message>
    <message>
        <source>Delete current tool</source>
        <translation type="vanished">Delete current tool</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="189"/>
        <source>Quit capture</source>
        <translation type="unfinished">キャプチャーを終了する</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="197"/>
        <source>Screenshot history</source>
        <translation>Screenshot history</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="200"/>
        <source>Capture screen</source>
        <translation>Capture screen</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="207"/>
        <source>Show color picker</source>
        <translation type="unfinished">カラーピッカーを表示する</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="208"/>
        <source>Change the tool&apos;s size</source>
        <translation>Change the tool&apos;s size</translation>
    </message>
    <message>
        <source>Change the tool&apos;s thickness</source>
        <translation type="obsolete">ツールの値 (太さや濃さ) を変更する</translation>
    </message>
</context>
<context>
    <name>RectangleTool</name>
    <message>
        <location filename="../../src/tools/rectangle/rectangletool.cpp" line="22"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../../src/tools/rectangle/rectangletool.cpp" line="32"/>
        <source>Set the Rectangle as the paint tool</source>
        <translation>ペイントツールとして「矩形」をセットする</translation>
    </message>
</context>
<context>
    <name>RedoTool</name>
    <message>
        <location filename="../../src/tools/redo/redotool.cpp" line="23"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../../src/tools/redo/redotool.cpp" line="33"/>
        <source>Redo the next modification</source>
        <translation>次の変更にやり直す</translation>
    </message>
</context>
<context>
    <name>SaveTool</name>
    <message>
        <location filename="../../src/tools/save/savetool.cpp" line="24"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/tools/save/savetool.cpp" line="34"/>
        <source>Save screenshot to a file</source>
        <translation>Save screenshot to a file</translation>
    </message>
    <message>
        <source>Save the capture</source>
        <translation type="vanished">キャプチャーを保存する</translation>
    </message>
</context>
<context>
    <name>ScreenGrabber</name>
    <message>
        <location filename="../../src/utils/screengrabber.cpp" line="112"/>
        <source>Unable to detect desktop environment (GNOME? KDE? Sway? ...)</source>
        <translation>Unable to detect desktop environment (GNOME? KDE? Sway? ...)</translation>
    </message>
    <message>
        <location filename="../../src/utils/screengrabber.cpp" line="115"/>
        <source>Hint: try setting the XDG_CURRENT_DESKTOP environment variable.</source>
        <translation>Hint: try setting the XDG_CURRENT_DESKTOP environment variable.</translation>
    </message>
    <message>
        <location filename="../../src/utils/screengrabber.cpp" line="120"/>
        <source>Unable to capture screen</source>
        <translation>画面をキャプチャーできません</translation>
    </message>
</context>
<context>
    <name>SelectionTool</name>
    <message>
        <location filename="../../src/tools/selection/selectiontool.cpp" line="25"/>
        <source>Rectangular Selection</source>
        <translation>矩形選択</translation>
    </message>
    <message>
        <location filename="../../src/tools/selection/selectiontool.cpp" line="35"/>
        <source>Set Selection as the paint tool</source>
        <translation>ペイントツールとして「矩形選択」をセットする</translation>
    </message>
</context>
<context>
    <name>SetShortcutDialog</name>
    <message>
        <location filename="../../src/config/setshortcutwidget.cpp" line="17"/>
        <source>Set Shortcut</source>
        <translation>Set Shortcut</translation>
    </message>
    <message>
        <location filename="../../src/config/setshortcutwidget.cpp" line="23"/>
        <source>Enter new shortcut to change </source>
        <translation>Enter new shortcut to change </translation>
    </message>
    <message>
        <location filename="../../src/config/setshortcutwidget.cpp" line="37"/>
        <source>Press Esc to cancel or ⌘+Backspace to disable the keyboard shortcut.</source>
        <translation>Press Esc to cancel or ⌘+Backspace to disable the keyboard shortcut.</translation>
    </message>
    <message>
        <location filename="../../src/config/setshortcutwidget.cpp" line="41"/>
        <source>Press Esc to cancel or Backspace to disable the keyboard shortcut.</source>
        <translation>Press Esc to cancel or Backspace to disable the keyboard shortcut.</translation>
    </message>
    <message>
        <location filename="../../src/config/setshortcutwidget.cpp" line="46"/>
        <source>Flameshot must be restarted for changes to take effect.</source>
        <translation>Flameshot must be restarted for changes to take effect.</translation>
    </message>
</context>
<context>
    <name>ShortcutsWidget</name>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="30"/>
        <source>Hot Keys</source>
        <translation>Hot Keys</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="53"/>
        <source>Available shortcuts in the screen capture mode.</source>
        <translation type="unfinished">スクリーンキャプチャーモードで利用可能なショートカット。</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="64"/>
        <source>Description</source>
        <translation type="unfinished">説明</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="64"/>
        <source>Key</source>
        <translation type="unfinished">キー</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="167"/>
        <source>Left Double-click</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="174"/>
        <source>Toggle side panel</source>
        <translation type="unfinished">Toggle side panel</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="175"/>
        <source>Resize selection left 1px</source>
        <translation type="unfinished">Resize selection left 1px</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="176"/>
        <source>Resize selection right 1px</source>
        <translation type="unfinished">Resize selection right 1px</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="177"/>
        <source>Resize selection up 1px</source>
        <translation type="unfinished">Resize selection up 1px</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="178"/>
        <source>Resize selection down 1px</source>
        <translation type="unfinished">Resize selection down 1px</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="179"/>
        <source>Select entire screen</source>
        <translation type="unfinished">Select entire screen</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="180"/>
        <source>Move selection left 1px</source>
        <translation type="unfinished">Move selection left 1px</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="181"/>
        <source>Move selection right 1px</source>
        <translation type="unfinished">Move selection right 1px</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="182"/>
        <source>Move selection up 1px</source>
        <translation type="unfinished">Move selection up 1px</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="183"/>
        <source>Move selection down 1px</source>
        <translation type="unfinished">Move selection down 1px</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="184"/>
        <source>Commit text in text area</source>
        <translation type="unfinished">Commit text in text area</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="185"/>
        <source>Delete current tool</source>
        <translation type="unfinished">Delete current tool</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="194"/>
        <source>Capture screen</source>
        <translation type="unfinished">Capture screen</translation>
    </message>
    <message>
        <location filename="../../src/config/shortcutswidget.cpp" line="195"/>
        <source>Screenshot history</source>
        <translation type="unfinished">Screenshot history</translation>
    </message>
</context>
<context>
    <name>SidePanelWidget</name>
    <message>
        <source>Active thickness:</source>
        <translation type="vanished">Active thickness:</translation>
    </message>
    <message>
        <source>Active color:</source>
        <translation type="vanished">アクティブな色:</translation>
    </message>
    <message>
        <source>Press ESC to cancel</source>
        <translation type="vanished">ESC でキャンセル</translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/sidepanelwidget.cpp" line="35"/>
        <source>Active tool size: </source>
        <translation>Active tool size: </translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/sidepanelwidget.cpp" line="47"/>
        <source>Active Color: </source>
        <translation>Active Color: </translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/sidepanelwidget.cpp" line="68"/>
        <source>Grab Color</source>
        <translation>色の取得</translation>
    </message>
</context>
<context>
    <name>SizeDecreaseTool</name>
    <message>
        <location filename="../../src/tools/sizedecrease/sizedecreasetool.cpp" line="37"/>
        <source>Decrease Tool Size</source>
        <translation>Decrease Tool Size</translation>
    </message>
    <message>
        <location filename="../../src/tools/sizedecrease/sizedecreasetool.cpp" line="47"/>
        <source>Decrease the size of the other tools</source>
        <translation>Decrease the size of the other tools</translation>
    </message>
</context>
<context>
    <name>SizeIncreaseTool</name>
    <message>
        <location filename="../../src/tools/sizeincrease/sizeincreasetool.cpp" line="37"/>
        <source>Increase Tool Size</source>
        <translation>Increase Tool Size</translation>
    </message>
    <message>
        <location filename="../../src/tools/sizeincrease/sizeincreasetool.cpp" line="47"/>
        <source>Increase the size of the other tools</source>
        <translation>Increase the size of the other tools</translation>
    </message>
</context>
<context>
    <name>SizeIndicatorTool</name>
    <message>
        <location filename="../../src/tools/sizeindicator/sizeindicatortool.cpp" line="23"/>
        <source>Selection Size Indicator</source>
        <translation>選択サイズインジケーター</translation>
    </message>
    <message>
        <location filename="../../src/tools/sizeindicator/sizeindicatortool.cpp" line="33"/>
        <source>Show X and Y dimensions of the selection</source>
        <translation>Show X and Y dimensions of the selection</translation>
    </message>
    <message>
        <source>Show the dimensions of the selection (X Y)</source>
        <translation type="vanished">選択範囲の寸法 (X Y) を表示する</translation>
    </message>
</context>
<context>
    <name>StrftimeChooserWidget</name>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="37"/>
        <source>Century (00-99)</source>
        <translation>世紀 (00-99)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="38"/>
        <source>Year (00-99)</source>
        <translation>年 (00-99)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="39"/>
        <source>Year (2000)</source>
        <translation>年 (2000)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="42"/>
        <source>Month Name (jan)</source>
        <translation>月 (jan)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="43"/>
        <source>Month Name (january)</source>
        <translation>月 (january)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="45"/>
        <source>Month (01-12)</source>
        <translation>月 (01-12)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="46"/>
        <source>Week Day (1-7)</source>
        <translation>週日 (1-7)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="47"/>
        <source>Week (01-53)</source>
        <translation>週 (01-53)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="50"/>
        <source>Day Name (mon)</source>
        <translation>曜日 (月)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="51"/>
        <source>Day Name (monday)</source>
        <translation>曜日 (月曜日)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="53"/>
        <source>Day (01-31)</source>
        <translation>日 (01-31)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="54"/>
        <source>Day of Month (1-31)</source>
        <translation>日 (1-31)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="55"/>
        <source>Day (001-366)</source>
        <translation>日 (001-366)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="58"/>
        <source>Time (%H-%M-%S)</source>
        <translation>時刻 (%H-%M-%S)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="59"/>
        <source>Time (%H-%M)</source>
        <translation>時刻 (%H-%M)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="61"/>
        <source>Hour (00-23)</source>
        <translation>時 (00-23)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="62"/>
        <source>Hour (01-12)</source>
        <translation>時 (01-12)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="63"/>
        <source>Minute (00-59)</source>
        <translation>分 (00-59)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="64"/>
        <source>Second (00-59)</source>
        <translation>秒 (00-59)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="67"/>
        <source>Full Date (%m/%d/%y)</source>
        <translation>年月日 (%m/%d/%y)</translation>
    </message>
    <message>
        <location filename="../../src/config/strftimechooserwidget.cpp" line="69"/>
        <source>Full Date (%Y-%m-%d)</source>
        <translation>年月日 (%Y-%m-%d)</translation>
    </message>
</context>
<context>
    <name>SystemNotification</name>
    <message>
        <location filename="../../src/utils/systemnotification.cpp" line="39"/>
        <source>Flameshot Info</source>
        <translation>Flameshot の情報</translation>
    </message>
</context>
<context>
    <name>TextConfig</name>
    <message>
        <location filename="../../src/tools/text/textconfig.cpp" line="46"/>
        <source>StrikeOut</source>
        <translation>取り消し線</translation>
    </message>
    <message>
        <location filename="../../src/tools/text/textconfig.cpp" line="55"/>
        <source>Underline</source>
        <translation>下線</translation>
    </message>
    <message>
        <location filename="../../src/tools/text/textconfig.cpp" line="64"/>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location filename="../../src/tools/text/textconfig.cpp" line="73"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../../src/tools/text/textconfig.cpp" line="83"/>
        <source>Left Align</source>
        <translation>Left Align</translation>
    </message>
    <message>
        <location filename="../../src/tools/text/textconfig.cpp" line="92"/>
        <source>Center Align</source>
        <translation>Center Align</translation>
    </message>
    <message>
        <location filename="../../src/tools/text/textconfig.cpp" line="101"/>
        <source>Right Align</source>
        <translation>Right Align</translation>
    </message>
</context>
<context>
    <name>TextTool</name>
    <message>
        <location filename="../../src/tools/text/texttool.cpp" line="73"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../src/tools/text/texttool.cpp" line="97"/>
        <source>Add text to your capture</source>
        <translation>キャプチャーにテキストを追加する</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../src/widgets/trayicon.cpp" line="98"/>
        <source>&amp;Take Screenshot</source>
        <translation type="unfinished">スクリーンショットを撮る(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/trayicon.cpp" line="116"/>
        <source>&amp;Open Launcher</source>
        <translation type="unfinished">ランチャーを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/trayicon.cpp" line="121"/>
        <source>&amp;Configuration</source>
        <translation type="unfinished">設定(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/trayicon.cpp" line="126"/>
        <source>&amp;About</source>
        <translation type="unfinished">ついて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/trayicon.cpp" line="130"/>
        <source>Check for updates</source>
        <translation type="unfinished">更新をチェックする</translation>
    </message>
    <message>
        <location filename="../../src/widgets/trayicon.cpp" line="141"/>
        <source>New version %1 is available</source>
        <translation type="unfinished">新しいバージョン%1が公開されました</translation>
    </message>
    <message>
        <location filename="../../src/widgets/trayicon.cpp" line="145"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/widgets/trayicon.cpp" line="149"/>
        <source>&amp;Latest Uploads</source>
        <translation type="unfinished">最新アップロード(&amp;L)</translation>
    </message>
</context>
<context>
    <name>UIcolorEditor</name>
    <message>
        <source>UI Color Editor</source>
        <translation type="vanished">UI カラーエディター</translation>
    </message>
    <message>
        <location filename="../../src/config/uicoloreditor.cpp" line="88"/>
        <source>Change the color moving the selectors and see the changes in the preview buttons.</source>
        <translation>セレクターを動かして色を変更し、プレビューボタンの色がどう変化するか確認してください。</translation>
    </message>
    <message>
        <location filename="../../src/config/uicoloreditor.cpp" line="99"/>
        <source>Select a Button to modify it</source>
        <translation>変更するボタンを選択してください</translation>
    </message>
    <message>
        <location filename="../../src/config/uicoloreditor.cpp" line="109"/>
        <source>Main Color</source>
        <translation>メインカラー</translation>
    </message>
    <message>
        <location filename="../../src/config/uicoloreditor.cpp" line="113"/>
        <source>Click on this button to set the edition mode of the main color.</source>
        <translation>このボタンをクリックすると、メインカラーの編集モードをセットします。</translation>
    </message>
    <message>
        <location filename="../../src/config/uicoloreditor.cpp" line="124"/>
        <source>Contrast Color</source>
        <translation>コントラストカラー</translation>
    </message>
    <message>
        <location filename="../../src/config/uicoloreditor.cpp" line="129"/>
        <source>Click on this button to set the edition mode of the contrast color.</source>
        <translation>このボタンをクリックすると、コントラストカラーの編集モードをセットします。</translation>
    </message>
</context>
<context>
    <name>UndoTool</name>
    <message>
        <location filename="../../src/tools/undo/undotool.cpp" line="23"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../src/tools/undo/undotool.cpp" line="33"/>
        <source>Undo the last modification</source>
        <translation>最後の変更を元に戻す</translation>
    </message>
</context>
<context>
    <name>UpdateNotificationWidget</name>
    <message>
        <location filename="../../src/widgets/updatenotificationwidget.cpp" line="70"/>
        <source>New Flameshot version %1 is available</source>
        <translation>New Flameshot version %1 is available</translation>
    </message>
    <message>
        <location filename="../../src/widgets/updatenotificationwidget.cpp" line="123"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../src/widgets/updatenotificationwidget.cpp" line="131"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../src/widgets/updatenotificationwidget.cpp" line="139"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>UploadHistory</name>
    <message>
        <location filename="../../src/widgets/uploadhistory.ui" line="14"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_uploadhistory.h" line="67"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_uploadhistory.h" line="67"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_uploadhistory.h" line="67"/>
        <source>Upload History</source>
        <translation>Upload History</translation>
    </message>
    <message>
        <location filename="../../src/widgets/uploadhistory.cpp" line="62"/>
        <source>Screenshots history is empty</source>
        <translation type="unfinished">キャプチャー歴史がない</translation>
    </message>
</context>
<context>
    <name>UploadLineItem</name>
    <message>
        <location filename="../../src/widgets/uploadlineitem.ui" line="20"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_uploadlineitem.h" line="113"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_uploadlineitem.h" line="113"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_uploadlineitem.h" line="113"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/widgets/uploadlineitem.ui" line="49"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_uploadlineitem.h" line="114"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_uploadlineitem.h" line="114"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_uploadlineitem.h" line="114"/>
        <source>TextLabel</source>
        <translation>TextLabel</translation>
    </message>
    <message>
        <location filename="../../src/widgets/uploadlineitem.ui" line="82"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_uploadlineitem.h" line="115"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_uploadlineitem.h" line="115"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_uploadlineitem.h" line="115"/>
        <source>Copy URL</source>
        <translation>Copy URL</translation>
    </message>
    <message>
        <location filename="../../src/widgets/uploadlineitem.ui" line="95"/>
        <location filename="../../build/src/flameshot_autogen/include/ui_uploadlineitem.h" line="116"/>
        <location filename="../../cmake-build-debug/src/flameshot_autogen/include/ui_uploadlineitem.h" line="116"/>
        <location filename="../../cmake-build-relwithdebinfo/src/flameshot_autogen/include/ui_uploadlineitem.h" line="116"/>
        <source>Open In Browser</source>
        <translation>Open In Browser</translation>
    </message>
    <message>
        <location filename="../../src/widgets/uploadlineitem.cpp" line="50"/>
        <source>Confirm to delete</source>
        <translation type="unfinished">よろしい</translation>
    </message>
    <message>
        <location filename="../../src/widgets/uploadlineitem.cpp" line="51"/>
        <source>Are you sure you want to delete a screenshot from the latest uploads and server?</source>
        <translation type="unfinished">サーバーとローカルからのキャプチャーを削除してよろしいですか？</translation>
    </message>
</context>
<context>
    <name>UtilityPanel</name>
    <message>
        <location filename="../../src/widgets/panel/utilitypanel.cpp" line="190"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/widgets/panel/utilitypanel.cpp" line="200"/>
        <source>&lt;Empty&gt;</source>
        <translation>&lt;Empty&gt;</translation>
    </message>
</context>
<context>
    <name>VisualsEditor</name>
    <message>
        <location filename="../../src/config/visualseditor.cpp" line="41"/>
        <source>Opacity of area outside selection:</source>
        <translation>選択範囲外の不透明度:</translation>
    </message>
    <message>
        <location filename="../../src/config/visualseditor.cpp" line="68"/>
        <source>UI Color Editor</source>
        <translation type="unfinished">UI カラーエディター</translation>
    </message>
    <message>
        <location filename="../../src/config/visualseditor.cpp" line="74"/>
        <source>Colorpicker Editor</source>
        <translation>Colorpicker Editor</translation>
    </message>
    <message>
        <location filename="../../src/config/visualseditor.cpp" line="79"/>
        <source>Button Selection</source>
        <translation>ボタンの選択</translation>
    </message>
    <message>
        <location filename="../../src/config/visualseditor.cpp" line="85"/>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>color_widgets::ColorDialog</name>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_dialog.cpp" line="79"/>
        <source>Pick</source>
        <translation>Pick</translation>
    </message>
</context>
<context>
    <name>color_widgets::ColorPalette</name>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette.cpp" line="428"/>
        <source>Unnamed</source>
        <translation>Unnamed</translation>
    </message>
</context>
<context>
    <name>color_widgets::ColorPaletteModel</name>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_model.cpp" line="70"/>
        <source>Unnamed</source>
        <translation>Unnamed</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_model.cpp" line="144"/>
        <source>%1 (%2 colors)</source>
        <translation>%1 (%2 colors)</translation>
    </message>
</context>
<context>
    <name>color_widgets::ColorPaletteWidget</name>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.ui" line="59"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="209"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="209"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="209"/>
        <source>Open a new palette from file</source>
        <translation>Open a new palette from file</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.ui" line="71"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="212"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="212"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="212"/>
        <source>Create a new palette</source>
        <translation>Create a new palette</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.ui" line="83"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="215"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="215"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="215"/>
        <source>Duplicate the current palette</source>
        <translation>Duplicate the current palette</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.ui" line="121"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="218"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="218"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="218"/>
        <source>Delete the current palette</source>
        <translation>Delete the current palette</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.ui" line="133"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="221"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="221"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="221"/>
        <source>Revert changes to the current palette</source>
        <translation>Revert changes to the current palette</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.ui" line="145"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="224"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="224"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="224"/>
        <source>Save changes to the current palette</source>
        <translation>Save changes to the current palette</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.ui" line="170"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="227"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="227"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="227"/>
        <source>Add a color to the palette</source>
        <translation>Add a color to the palette</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.ui" line="182"/>
        <location filename="../../build/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="230"/>
        <location filename="../../cmake-build-debug/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="230"/>
        <location filename="../../cmake-build-relwithdebinfo/external/Qt-Color-Widgets/QtColorWidgets_autogen/include/ui_color_palette_widget.h" line="230"/>
        <source>Remove the selected color from the palette</source>
        <translation>Remove the selected color from the palette</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.cpp" line="186"/>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.cpp" line="201"/>
        <source>New Palette</source>
        <translation>New Palette</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.cpp" line="187"/>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.cpp" line="202"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.cpp" line="228"/>
        <source>GIMP Palettes (*.gpl)</source>
        <translation>GIMP Palettes (*.gpl)</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.cpp" line="229"/>
        <source>Palette Image (%1)</source>
        <translation>Palette Image (%1)</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.cpp" line="230"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.cpp" line="231"/>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.cpp" line="244"/>
        <source>Open Palette</source>
        <translation>Open Palette</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/color_palette_widget.cpp" line="245"/>
        <source>Failed to load the palette file
%1</source>
        <translation>Failed to load the palette file
%1</translation>
    </message>
</context>
<context>
    <name>color_widgets::GradientEditor</name>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/gradient_editor.cpp" line="335"/>
        <source>Add Color</source>
        <translation>Add Color</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/gradient_editor.cpp" line="344"/>
        <source>Remove Color</source>
        <translation>Remove Color</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/gradient_editor.cpp" line="352"/>
        <source>Edit Color...</source>
        <translation>Edit Color...</translation>
    </message>
</context>
<context>
    <name>color_widgets::GradientListModel</name>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/gradient_list_model.cpp" line="231"/>
        <source>%1 (%2 colors)</source>
        <translation>%1 (%2 colors)</translation>
    </message>
</context>
<context>
    <name>color_widgets::Swatch</name>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/swatch.cpp" line="824"/>
        <source>Clear Color</source>
        <translation>Clear Color</translation>
    </message>
    <message>
        <location filename="../../external/Qt-Color-Widgets/src/QtColorWidgets/swatch.cpp" line="833"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
