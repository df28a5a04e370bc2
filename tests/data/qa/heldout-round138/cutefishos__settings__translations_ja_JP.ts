<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../src/qml/User/AddUserDialog.qml" line="72"/>
        <location filename="../src/qml/User/AddUserDialog.qml" line="78"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../src/qml/User/AddUserDialog.qml" line="85"/>
        <location filename="../src/qml/User/AddUserDialog.qml" line="91"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/qml/User/AddUserDialog.qml" line="98"/>
        <location filename="../src/qml/User/AddUserDialog.qml" line="104"/>
        <source>Verify password</source>
        <translation>パスワードの確認</translation>
    </message>
    <message>
        <location filename="../src/qml/User/AddUserDialog.qml" line="111"/>
        <source>Account type</source>
        <translation>アカウントの種類</translation>
    </message>
    <message>
        <location filename="../src/qml/User/AddUserDialog.qml" line="117"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../src/qml/User/AddUserDialog.qml" line="117"/>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../src/qml/User/AddUserDialog.qml" line="130"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/qml/User/AddUserDialog.qml" line="137"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>BluetoothPage</name>
    <message>
        <location filename="../src/qml/BluetoothPage.qml" line="29"/>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <location filename="../src/qml/BluetoothPage.qml" line="49"/>
        <source>Bluetooth is disabled</source>
        <translation>Bluetoothは無効です</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../src/qml/LanguagePage.qml" line="29"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../src/qml/About/Main.qml" line="28"/>
        <source>About</source>
        <translation>バージョン情報</translation>
    </message>
    <message>
        <location filename="../src/qml/About/Main.qml" line="68"/>
        <source>Built on %1</source>
        <translation>%1の上に構築される</translation>
    </message>
    <message>
        <location filename="../src/qml/About/Main.qml" line="79"/>
        <source>System Version</source>
        <translation>システムバージョン</translation>
    </message>
    <message>
        <location filename="../src/qml/About/Main.qml" line="84"/>
        <source>System Type</source>
        <translation>システムタイプ</translation>
    </message>
    <message>
        <location filename="../src/qml/About/Main.qml" line="89"/>
        <source>Kernel Version</source>
        <translation>カーネルバージョン</translation>
    </message>
    <message>
        <location filename="../src/qml/About/Main.qml" line="94"/>
        <source>Processor</source>
        <translation>プロセッサー</translation>
    </message>
    <message>
        <location filename="../src/qml/About/Main.qml" line="99"/>
        <source>RAM</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../src/qml/About/Main.qml" line="104"/>
        <source>Internal Storage</source>
        <translation>内部ストレージ</translation>
    </message>
    <message>
        <location filename="../src/qml/Appearance/Main.qml" line="30"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../src/qml/Appearance/Main.qml" line="48"/>
        <location filename="../src/qml/Cursor/Main.qml" line="140"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../src/qml/Appearance/Main.qml" line="58"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../src/qml/Appearance/Main.qml" line="65"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../src/qml/Appearance/Main.qml" line="78"/>
        <source>Dim the wallpaper in dark theme</source>
        <translation>ダークテーマで壁紙を暗くする</translation>
    </message>
    <message>
        <location filename="../src/qml/Appearance/Main.qml" line="98"/>
        <source>System effects</source>
        <translation>システム効果</translation>
    </message>
    <message>
        <location filename="../src/qml/Appearance/Main.qml" line="121"/>
        <source>Minimize animation</source>
        <translation>最小化アニメーション</translation>
    </message>
    <message>
        <location filename="../src/qml/Appearance/Main.qml" line="130"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../src/qml/Appearance/Main.qml" line="134"/>
        <source>Magic Lamp</source>
        <translation>魔法のランプ</translation>
    </message>
    <message>
        <location filename="../src/qml/Appearance/Main.qml" line="142"/>
        <source>Accent color</source>
        <translation>アクセントカラー</translation>
    </message>
    <message>
        <location filename="../src/qml/Fonts/Main.qml" line="31"/>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/qml/Fonts/Main.qml" line="92"/>
        <source>General Font</source>
        <translation>標準フォント</translation>
    </message>
    <message>
        <location filename="../src/qml/Fonts/Main.qml" line="109"/>
        <source>Fixed Font</source>
        <translation>等幅フォント</translation>
    </message>
    <message>
        <location filename="../src/qml/Fonts/Main.qml" line="126"/>
        <source>Font Size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <location filename="../src/qml/Fonts/Main.qml" line="187"/>
        <source>Hinting</source>
        <translation>ヒンティング</translation>
    </message>
    <message>
        <location filename="../src/qml/Fonts/Main.qml" line="200"/>
        <source>Anti-Aliasing</source>
        <translation>アンチエイリアス</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="89"/>
        <location filename="../src/qml/Fonts/Main.qml" line="134"/>
        <source>Small</source>
        <translation>小さい</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="93"/>
        <location filename="../src/qml/Fonts/Main.qml" line="138"/>
        <source>Medium</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="97"/>
        <location filename="../src/qml/Fonts/Main.qml" line="142"/>
        <source>Large</source>
        <translation>大きい</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="101"/>
        <location filename="../src/qml/Fonts/Main.qml" line="146"/>
        <source>Huge</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="29"/>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="32"/>
        <source>Last hour</source>
        <translation>最近の1時間</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="32"/>
        <source>Last 2 hours</source>
        <translation>最近の2時間</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="32"/>
        <source>Last 12 hours</source>
        <translation>最近の12時間</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="32"/>
        <source>Last 24 hours</source>
        <translation>最近の24時間</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="32"/>
        <source>Last 48 hours</source>
        <translation>最近の48時間</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="32"/>
        <source>Last 7 days</source>
        <translation>最近の7日間</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="126"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="154"/>
        <source>W</source>
        <translation>ワット</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="175"/>
        <source>Health</source>
        <translation>動作状態</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="199"/>
        <source>Poor</source>
        <translation>悪い</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="224"/>
        <source>Normal</source>
        <translation>ノーマル</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="249"/>
        <source>Excellent</source>
        <translation>エクセレント</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="258"/>
        <source>Last Charged to</source>
        <translation>最近の充電は</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="264"/>
        <source>Maximum Capacity</source>
        <translation>最大容量</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="272"/>
        <source>Show percentage in status bar</source>
        <translation>ステータスバーにパーセンテージを表示</translation>
    </message>
    <message>
        <location filename="../src/qml/Battery/Main.qml" line="296"/>
        <source>No battery found</source>
        <translation>バッテリーが見つかりません</translation>
    </message>
    <message>
        <location filename="../src/qml/Display/Main.qml" line="29"/>
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <location filename="../src/qml/Display/Main.qml" line="67"/>
        <source>Brightness</source>
        <translation>明るさ</translation>
    </message>
    <message>
        <location filename="../src/qml/Display/Main.qml" line="124"/>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../src/qml/Display/Main.qml" line="163"/>
        <source>Screen Name</source>
        <translation>画面名</translation>
    </message>
    <message>
        <location filename="../src/qml/Display/Main.qml" line="174"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../src/qml/Display/Main.qml" line="193"/>
        <source>Refresh rate</source>
        <translation>リフレッシュレート</translation>
    </message>
    <message>
        <location filename="../src/qml/Display/Main.qml" line="213"/>
        <source>Rotation</source>
        <translation>画面の向き</translation>
    </message>
    <message>
        <location filename="../src/qml/Display/Main.qml" line="257"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../src/qml/Display/Main.qml" line="288"/>
        <source>Scale</source>
        <translation>拡大/縮小</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="28"/>
        <source>Dock</source>
        <translation>Dock</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="45"/>
        <source>Position on screen</source>
        <translation>画面上の位置</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="55"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="62"/>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="69"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="79"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="145"/>
        <source>Display mode</source>
        <translation>画面モード</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="155"/>
        <source>Always show</source>
        <translation>常に表示</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="159"/>
        <source>Always hide</source>
        <translation>常に隠す</translation>
    </message>
    <message>
        <location filename="../src/qml/Dock/Main.qml" line="163"/>
        <source>Smart hide</source>
        <translation>賢く隠す</translation>
    </message>
    <message>
        <location filename="../src/qml/Power/Main.qml" line="31"/>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <location filename="../src/qml/Power/Main.qml" line="48"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../src/qml/Power/Main.qml" line="57"/>
        <source>Power Save</source>
        <translation>省電力</translation>
    </message>
    <message>
        <location filename="../src/qml/Power/Main.qml" line="70"/>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <location filename="../src/qml/User/Main.qml" line="31"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../src/qml/User/Main.qml" line="100"/>
        <source>Add user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <location filename="../src/qml/Wallpaper/Main.qml" line="30"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../src/qml/Wallpaper/Main.qml" line="50"/>
        <source>Background type</source>
        <translation>背景の種類</translation>
    </message>
    <message>
        <location filename="../src/qml/Wallpaper/Main.qml" line="66"/>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../src/qml/Wallpaper/Main.qml" line="70"/>
        <source>Color</source>
        <translation>単色</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/Main.qml" line="32"/>
        <source>WLAN</source>
        <translation>無線LAN</translation>
    </message>
    <message>
        <location filename="../src/qml/Bluetooth/Main.qml" line="32"/>
        <location filename="../src/qml/Bluetooth/Main.qml" line="71"/>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <location filename="../src/qml/Wired/Main.qml" line="32"/>
        <location filename="../src/qml/Wired/Main.qml" line="80"/>
        <source>Ethernet</source>
        <translation>イーサーネット</translation>
    </message>
    <message>
        <location filename="../src/qml/Application/Main.qml" line="30"/>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location filename="../src/qml/Application/Main.qml" line="42"/>
        <source>Default application</source>
        <translation>規定のアプリケーション</translation>
    </message>
    <message>
        <location filename="../src/qml/Application/Main.qml" line="52"/>
        <source>Web browser</source>
        <translation>ウェブブラウザー</translation>
    </message>
    <message>
        <location filename="../src/qml/Application/Main.qml" line="60"/>
        <source>File manager</source>
        <translation>ファイルマネージャー</translation>
    </message>
    <message>
        <location filename="../src/qml/Application/Main.qml" line="68"/>
        <source>Email</source>
        <translation>メールクライアント</translation>
    </message>
    <message>
        <location filename="../src/qml/Application/Main.qml" line="76"/>
        <source>Terminal emulator</source>
        <translation>端末エミュレータ</translation>
    </message>
    <message>
        <location filename="../src/qml/Hotspot/Main.qml" line="32"/>
        <location filename="../src/qml/Hotspot/Main.qml" line="69"/>
        <source>Hotspot</source>
        <translation>ホットスポット</translation>
    </message>
    <message>
        <location filename="../src/qml/Hotspot/Main.qml" line="47"/>
        <source>Not supported</source>
        <translation>サポートされていません</translation>
    </message>
    <message>
        <location filename="../src/qml/Hotspot/Main.qml" line="102"/>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <location filename="../src/qml/Hotspot/Main.qml" line="113"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/qml/Hotspot/Main.qml" line="129"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/qml/Cursor/Main.qml" line="31"/>
        <source>Mouse</source>
        <translation>マウス</translation>
    </message>
    <message>
        <location filename="../src/qml/Cursor/Main.qml" line="61"/>
        <source>Left hand</source>
        <translation>左利き</translation>
    </message>
    <message>
        <location filename="../src/qml/Cursor/Main.qml" line="74"/>
        <source>Natural scrolling</source>
        <translation>ナチュラルスクロール</translation>
    </message>
    <message>
        <location filename="../src/qml/Cursor/Main.qml" line="114"/>
        <source>Pointer speed</source>
        <translation>ポインター速度</translation>
    </message>
    <message>
        <location filename="../src/qml/DateTime/Main.qml" line="28"/>
        <source>Date &amp; Time</source>
        <translation>日付と時刻</translation>
    </message>
    <message>
        <location filename="../src/qml/DateTime/Main.qml" line="54"/>
        <source>Auto Sync</source>
        <translation>自動同期</translation>
    </message>
    <message>
        <location filename="../src/qml/DateTime/Main.qml" line="83"/>
        <source>Time Zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../src/qml/Touchpad/Main.qml" line="28"/>
        <source>Touchpad</source>
        <translation>タッチパッド</translation>
    </message>
    <message>
        <location filename="../src/qml/Touchpad/Main.qml" line="52"/>
        <source>Enable</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../src/qml/Touchpad/Main.qml" line="70"/>
        <source>Tap to click</source>
        <translation>タップでクリック</translation>
    </message>
    <message>
        <location filename="../src/qml/Touchpad/Main.qml" line="87"/>
        <source>Pointer acceleration</source>
        <translation>ポインタの速度</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/fonts/kxftconfig.cpp" line="503"/>
        <source>Vendor default</source>
        <translation>ベンダー規定</translation>
    </message>
    <message>
        <location filename="../src/fonts/kxftconfig.cpp" line="505"/>
        <source>Medium</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../src/fonts/kxftconfig.cpp" line="507"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/fonts/kxftconfig.cpp" line="509"/>
        <source>Slight</source>
        <translation>わずか</translation>
    </message>
    <message>
        <location filename="../src/fonts/kxftconfig.cpp" line="511"/>
        <source>Full</source>
        <translation>完全</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <location filename="../src/qml/SideBar.qml" line="134"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="89"/>
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="55"/>
        <source>WLAN</source>
        <translation>無線LAN</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="60"/>
        <location filename="../src/qml/SideBar.qml" line="69"/>
        <source>Network and connection</source>
        <translation>ネットワークと接続</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="64"/>
        <source>Ethernet</source>
        <translation>有線LAN</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="94"/>
        <location filename="../src/qml/SideBar.qml" line="103"/>
        <location filename="../src/qml/SideBar.qml" line="112"/>
        <location filename="../src/qml/SideBar.qml" line="121"/>
        <location filename="../src/qml/SideBar.qml" line="130"/>
        <source>Display and appearance</source>
        <translation>ディスプレイと外観</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="98"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="143"/>
        <source>Mouse</source>
        <translation>マウス</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="107"/>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="116"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="125"/>
        <source>Dock</source>
        <translation>Dock</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="139"/>
        <location filename="../src/qml/SideBar.qml" line="148"/>
        <location filename="../src/qml/SideBar.qml" line="157"/>
        <location filename="../src/qml/SideBar.qml" line="175"/>
        <location filename="../src/qml/SideBar.qml" line="193"/>
        <location filename="../src/qml/SideBar.qml" line="202"/>
        <location filename="../src/qml/SideBar.qml" line="211"/>
        <location filename="../src/qml/SideBar.qml" line="220"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="152"/>
        <source>Touchpad</source>
        <translation>タッチパッド</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="170"/>
        <source>Date &amp; Time</source>
        <translation>日付と時刻</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="188"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="197"/>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="206"/>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <location filename="../src/qml/SideBar.qml" line="215"/>
        <source>About</source>
        <translation>バージョン情報</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <location filename="../src/qml/DateTime/TimeZoneDialog.qml" line="160"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/qml/DateTime/TimeZoneDialog.qml" line="165"/>
        <source>Set</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>UserDelegateItem</name>
    <message>
        <location filename="../src/qml/User/UserDelegateItem.qml" line="130"/>
        <source>Currently logged</source>
        <translation>現在ログイン中</translation>
    </message>
    <message>
        <location filename="../src/qml/User/UserDelegateItem.qml" line="171"/>
        <source>Automatic login</source>
        <translation>自動ログイン</translation>
    </message>
    <message>
        <location filename="../src/qml/User/UserDelegateItem.qml" line="190"/>
        <source>Delete this user</source>
        <translation>このユーザーを削除する</translation>
    </message>
</context>
<context>
    <name>WifiItem</name>
    <message>
        <location filename="../src/qml/WLAN/WifiItem.qml" line="177"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WifiItem.qml" line="197"/>
        <source>Show password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WifiItem.qml" line="206"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WifiItem.qml" line="212"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>WifiView</name>
    <message>
        <location filename="../src/qml/WLAN/WifiView.qml" line="35"/>
        <source>WLAN</source>
        <translation>無線LAN</translation>
    </message>
</context>
<context>
    <name>WirelessDetailsDialog</name>
    <message>
        <location filename="../src/qml/WLAN/WirelessDetailsDialog.qml" line="65"/>
        <source>Auto-Join</source>
        <translation>自動的にネットワークに参加</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WirelessDetailsDialog.qml" line="81"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WirelessDetailsDialog.qml" line="93"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WirelessDetailsDialog.qml" line="105"/>
        <source>IPv4 Address</source>
        <translation>IPv4アドレス</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WirelessDetailsDialog.qml" line="119"/>
        <source>IPv6 Address</source>
        <translation>IPv6アドレス</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WirelessDetailsDialog.qml" line="133"/>
        <source>MAC Address</source>
        <translation>MACアドレス</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WirelessDetailsDialog.qml" line="147"/>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WirelessDetailsDialog.qml" line="160"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WirelessDetailsDialog.qml" line="177"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/qml/WLAN/WirelessDetailsDialog.qml" line="183"/>
        <source>Forget this network</source>
        <translation>このネットワークを忘れる</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/qml/main.qml" line="29"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
</TS>
