<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AppDialog</name>
    <message>
        <location filename="../AppDialog.ui" line="14"/>
        <source>Select Application</source>
        <translation>アプリケーションの選択</translation>
    </message>
    <message>
        <location filename="../AppDialog.ui" line="20"/>
        <source>Search for....</source>
        <translation type="unfinished">設定項目を検索...</translation>
    </message>
</context>
<context>
    <name>ColorDialog</name>
    <message>
        <location filename="../ColorDialog.ui" line="14"/>
        <source>Color Scheme Editor</source>
        <translation>配色エディター</translation>
    </message>
    <message>
        <location filename="../ColorDialog.ui" line="28"/>
        <source>Color Scheme:</source>
        <translation>配色:</translation>
    </message>
    <message>
        <location filename="../ColorDialog.ui" line="51"/>
        <source>Set new color for selection</source>
        <translation>選択した項目の色を設定します</translation>
    </message>
    <message>
        <location filename="../ColorDialog.ui" line="54"/>
        <location filename="../ColorDialog.ui" line="70"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ColorDialog.ui" line="67"/>
        <source>Manually set value for selection</source>
        <translation>選択した項目の値を手動設定します</translation>
    </message>
    <message>
        <location filename="../ColorDialog.ui" line="95"/>
        <source>Color</source>
        <translation>色の用途</translation>
    </message>
    <message>
        <location filename="../ColorDialog.ui" line="100"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../ColorDialog.ui" line="105"/>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <location filename="../ColorDialog.ui" line="115"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ColorDialog.ui" line="135"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ColorDialog.cpp" line="98"/>
        <source>Color Exists</source>
        <translation>配色名の重複</translation>
    </message>
    <message>
        <location filename="../ColorDialog.cpp" line="98"/>
        <source>This color scheme already exists.
 Overwrite it?</source>
        <translation>この配色名は既に存在しています。
 上書きしますか？</translation>
    </message>
    <message>
        <location filename="../ColorDialog.cpp" line="121"/>
        <location filename="../ColorDialog.cpp" line="122"/>
        <source>Select Color</source>
        <translation>色の選択</translation>
    </message>
    <message>
        <location filename="../ColorDialog.cpp" line="142"/>
        <source>Color Value</source>
        <translation>色の値</translation>
    </message>
    <message>
        <location filename="../ColorDialog.cpp" line="142"/>
        <source>Color:</source>
        <translation>色:</translation>
    </message>
</context>
<context>
    <name>GetPluginDialog</name>
    <message>
        <location filename="../GetPluginDialog.ui" line="14"/>
        <source>Select Plugin</source>
        <translation>プラグインを選択</translation>
    </message>
    <message>
        <location filename="../GetPluginDialog.ui" line="26"/>
        <source>Select a Plugin:</source>
        <translation>プラグインを選択:</translation>
    </message>
    <message>
        <location filename="../GetPluginDialog.ui" line="57"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../GetPluginDialog.ui" line="77"/>
        <source>Select</source>
        <translation>選択</translation>
    </message>
</context>
<context>
    <name>PanelWidget</name>
    <message>
        <location filename="../PanelWidget.ui" line="32"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="93"/>
        <source>Location</source>
        <translatorcomment>ツールバーの配置を決める設定の名前</translatorcomment>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="114"/>
        <source>Edge:</source>
        <translatorcomment>Microsoft Windows の「タスク バー」に相当する機能の設定画面</translatorcomment>
        <translation>表示位置:</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="131"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="138"/>
        <source> pixel(s) thick</source>
        <translation> ピクセルの太さ</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="157"/>
        <source>% length</source>
        <translation>% の長さ</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="183"/>
        <source>Alignment:</source>
        <translation>配置:</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="204"/>
        <source>Appearance</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="222"/>
        <source>Auto-hide Panel</source>
        <translation>パネルを自動的に隠す</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="229"/>
        <source>Use Custom Color</source>
        <translation>カスタムした色を使う</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="250"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="257"/>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <location filename="../PanelWidget.ui" line="287"/>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../PanelWidget.cpp" line="19"/>
        <source>Top/Left</source>
        <translation>上/左端に寄せる</translation>
    </message>
    <message>
        <location filename="../PanelWidget.cpp" line="20"/>
        <source>Center</source>
        <translation>中央に寄せる</translation>
    </message>
    <message>
        <location filename="../PanelWidget.cpp" line="21"/>
        <source>Bottom/Right</source>
        <translation>下/右端に寄せる</translation>
    </message>
    <message>
        <location filename="../PanelWidget.cpp" line="22"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../PanelWidget.cpp" line="23"/>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../PanelWidget.cpp" line="24"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../PanelWidget.cpp" line="25"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../PanelWidget.cpp" line="44"/>
        <location filename="../PanelWidget.cpp" line="117"/>
        <source>Panel %1</source>
        <translation>パネル %1</translation>
    </message>
    <message>
        <location filename="../PanelWidget.cpp" line="155"/>
        <location filename="../PanelWidget.cpp" line="156"/>
        <source>Select Color</source>
        <translation>色の選択</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../LPlugins.cpp" line="80"/>
        <source>Desktop Bar</source>
        <translation>デスクトップバー</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="81"/>
        <source>This provides shortcuts to everything in the desktop folder - allowing easy access to all your favorite files/applications.</source>
        <translation>Desktop フォルダー内のすべてにショートカットを提供します。- お気に入りのファイルやアプリケーションへのアクセスを楽にします。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="87"/>
        <source>Spacer</source>
        <translation>スペーサー</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="88"/>
        <source>Invisible spacer to separate plugins.</source>
        <translation>プラグイン同士のすきまを作ります。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="102"/>
        <source>Controls for switching between the various virtual desktops.</source>
        <translation>仮想デスクトップを切り替えます。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="108"/>
        <source>Battery Monitor</source>
        <translation>バッテリーモニター</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="109"/>
        <source>Keep track of your battery status.</source>
        <translation>バッテリーの充電状態を表示します。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="115"/>
        <source>Time/Date</source>
        <translation>時刻/日付</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="116"/>
        <source>View the current time and date.</source>
        <translation>現在の時刻と日付を表示します。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="122"/>
        <source>System Dashboard</source>
        <translation>システムダッシュボード</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="123"/>
        <source>View or change system settings (audio volume, screen brightness, battery life, virtual desktops).</source>
        <translation>システムの設定の変更を行います(ボリューム、画面の明るさ、バッテリー、仮想デスクトップ)。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="129"/>
        <location filename="../LPlugins.cpp" line="291"/>
        <source>Task Manager</source>
        <translation>タスクマネージャー</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="136"/>
        <source>Task Manager (No Groups)</source>
        <translation>タスクマネージャー (グループ無し)</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="143"/>
        <source>System Tray</source>
        <translation>システムトレイ</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="144"/>
        <source>Display area for dockable system applications</source>
        <translation>トレイに収められるシステムアプリケーションを表示する領域です</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="151"/>
        <source>Hide all open windows and show the desktop</source>
        <translatorcomment>&quot;Home Button&quot;の説明文</translatorcomment>
        <translation>すべての開いているウィンドウを隠してデスクトップを表示します</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="157"/>
        <source>Start Menu</source>
        <translation>スタートメニュー</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="190"/>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="191"/>
        <source>Display a calendar on the desktop</source>
        <translation>デスクトップにカレンダーを表示します</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="164"/>
        <location filename="../LPlugins.cpp" line="197"/>
        <source>Application Launcher</source>
        <translation>アプリケーションランチャー</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="66"/>
        <source>User Menu</source>
        <translation>ユーザーメニュー</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="67"/>
        <source>Start menu alternative focusing on the user&apos;s files, directories, and favorites.</source>
        <translation>ユーザーのファイル・ディレクトリーやお気に入りに特化した別の種類のスタートメニューです。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="73"/>
        <source>Application Menu</source>
        <translation>アプリケーションメニュー</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="74"/>
        <source>Start menu alternative which focuses on launching applications.</source>
        <translation>アプリケーションの起動に特化した別の種類のスタートメニューです。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="94"/>
        <source>Line</source>
        <translation>線</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="95"/>
        <source>Simple line to provide visual separation between items.</source>
        <translation>アイテムの間を分割する線を表示します。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="101"/>
        <source>Workspace Switcher</source>
        <translation>ワークスペース切り換え</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="130"/>
        <source>View and control any running application windows (group similar windows under a single button).</source>
        <translation>実行中のアプリケーションウインドウを表示し、制御します (類似するウインドウはひとつのボタンにグループ化されます)。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="137"/>
        <source>View and control any running application windows (every individual window has a button)</source>
        <translation>実行中のアプリケーションウインドウを表示し、制御します (すべてのウインドウがそれぞれひとつのボタンを持ちます)</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="150"/>
        <source>Show Desktop</source>
        <translation>デスクトップを表示</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="158"/>
        <source>Unified system access and application launch menu.</source>
        <translation>システムへの統合されたアクセスとアプリケーション起動メニュー。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="165"/>
        <source>Pin an application shortcut directly to the panel</source>
        <translation>アプリケーションへのショートカットをデスクトップに貼り付けます</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="198"/>
        <source>Desktop button for launching an application</source>
        <translatorcomment>もう一つの&quot;Application Launcher&quot;の説明</translatorcomment>
        <translation>アプリケーションを起動するデスクトップボタン</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="204"/>
        <source>Desktop Icons View</source>
        <translation>デスクトップアイコン表示エリア</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="211"/>
        <source>Note Pad</source>
        <translation>メモ帳</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="212"/>
        <source>Keep simple text notes on your desktop</source>
        <translation>デスクトップに簡単なメモを残しておきます</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="171"/>
        <location filename="../LPlugins.cpp" line="218"/>
        <source>Audio Player</source>
        <translation>オーディオプレーヤー</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="172"/>
        <location filename="../LPlugins.cpp" line="219"/>
        <source>Play through lists of audio files</source>
        <translation>リストアップされた音声ファイルを再生します</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="225"/>
        <source>System Monitor</source>
        <translation>システムモニター</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="226"/>
        <source>Keep track of system statistics such as CPU/Memory usage and CPU temperatures.</source>
        <translation>CPU/メモリーの使用量やCPU温度などのシステム統計情報を表示します。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="232"/>
        <source>RSS Reader</source>
        <translation>RSS リーダー</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="233"/>
        <source>Monitor RSS Feeds (Requires internet connection)</source>
        <translation>RSS フィードを表示(インターネット接続が必要です)</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="256"/>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="257"/>
        <source>Start the default system terminal.</source>
        <translation>デフォルトのシステム端末を起動します。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="264"/>
        <source>Browse the system with the default file manager.</source>
        <translation>システムのデフォルトファイルマネージャーを起動します。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="270"/>
        <location filename="../pages/getPage.cpp" line="47"/>
        <source>Applications</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="271"/>
        <source>Show the system applications menu.</source>
        <translation>システムアプリケーションメニューを表示します。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="277"/>
        <source>Separator</source>
        <translation>セパレーター</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="278"/>
        <source>Static horizontal line.</source>
        <translation>水平線を引きます。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="285"/>
        <source>Show the desktop settings menu.</source>
        <translation>デスクトップの設定メニューを開きます。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="298"/>
        <source>Custom App</source>
        <translation>カスタムアプリ</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="299"/>
        <source>Start a custom application</source>
        <translation>指定したアプリケーションを起動します</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="178"/>
        <location filename="../LPlugins.cpp" line="305"/>
        <source>Menu Script</source>
        <translation>メニュースクリプト</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="205"/>
        <source>Configurable area for automatically showing desktop icons</source>
        <translation>デスクトップアイコンを表示するエリア</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="263"/>
        <source>Browse Files</source>
        <translation>ファイルを探索</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="284"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="292"/>
        <source>List the open, minimized, active, and urgent application windows</source>
        <translatorcomment>正直、原文は何を言っているんだ?と思う。実態と一致する翻訳が出てくれれば変更したい。</translatorcomment>
        <translation>ウインドウの一覧を表示します</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="179"/>
        <location filename="../LPlugins.cpp" line="306"/>
        <source>Run an external script to generate a user defined menu</source>
        <translation>ユーザー定義メニューを生成するために外部スクリプトを実行します</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="312"/>
        <source>Lock Session</source>
        <translation>画面セッションをロック</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="313"/>
        <source>Lock the current desktop session</source>
        <translation>現在のデスクトップ画面をロックします</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="323"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="324"/>
        <source>Color to use for all visible text.</source>
        <translation>表示されている文字に使われる色。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="329"/>
        <source>Text (Disabled)</source>
        <translation>文字 (無効化)</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="330"/>
        <source>Text color for disabled or inactive items.</source>
        <translation>無効化された部分の文字に使われる色。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="335"/>
        <source>Text (Highlighted)</source>
        <translation>文字 (強調表示)</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="336"/>
        <source>Text color when selection is highlighted.</source>
        <translation>選択されて強調表示された部分の文字色。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="341"/>
        <source>Base Window Color</source>
        <translation>ウィンドウの基礎背景色</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="342"/>
        <source>Main background color for the window/dialog.</source>
        <translation>ウィンドウ/ダイアログの主な背景色。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="347"/>
        <source>Base Window Color (Alternate)</source>
        <translation>ウィンドウの背景色 (代替)</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="348"/>
        <source>Main background color for widgets that list or display collections of items.</source>
        <translation>リストやコレクション表示のためのウィジェットで使用する背景色。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="353"/>
        <source>Primary Color</source>
        <translation>優先色</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="354"/>
        <source>Dominant color for the theme.</source>
        <translation>テーマで優先的に使用される色。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="359"/>
        <source>Primary Color (Disabled)</source>
        <translation>優先色 (無効化)</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="360"/>
        <source>Dominant color for the theme (more subdued).</source>
        <translation>テーマで優先的に使用された色 (より控えめな色)。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="365"/>
        <source>Secondary Color</source>
        <translation>代替色</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="366"/>
        <source>Alternate color for the theme.</source>
        <translation>テーマで代替的に使用される色。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="371"/>
        <source>Secondary Color (Disabled)</source>
        <translation>代替色 (無効化)</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="372"/>
        <source>Alternate color for the theme (more subdued).</source>
        <translation>テーマで代替的に使用される色 (より控えめな色)。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="377"/>
        <source>Accent Color</source>
        <translation>アクセント色</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="378"/>
        <source>Color used for borders or other accents.</source>
        <translation>境界線やアクセントで利用される色。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="383"/>
        <source>Accent Color (Disabled)</source>
        <translation>アクセント色 (無効化)</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="384"/>
        <source>Color used for borders or other accents (more subdued).</source>
        <translation>境界線やアクセントで利用される色 (より控えめな色)。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="389"/>
        <source>Highlight Color</source>
        <translation>強調表示色</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="390"/>
        <source>Color used for highlighting an item.</source>
        <translation>強調表示されたアイテムで使用される色。</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="395"/>
        <source>Highlight Color (Disabled)</source>
        <translation>強調表示色 (無効化)</translation>
    </message>
    <message>
        <location filename="../LPlugins.cpp" line="396"/>
        <source>Color used for highlighting an item (more subdued).</source>
        <translation>強調表示されたアイテムで使用される色 (より控えめな色)。</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="43"/>
        <source>Wallpaper Settings</source>
        <translation>壁紙の設定</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="43"/>
        <source>Change background image(s)</source>
        <translatorcomment>画面下の説明文</translatorcomment>
        <translation>背景画像を変更する</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="44"/>
        <source>Theme Settings</source>
        <translation>テーマ設定</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="44"/>
        <source>Change interface fonts and colors</source>
        <translation>インターフェイスのフォントや配色を変更する</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="45"/>
        <source>Window Effects</source>
        <translation>ウインドウの効果</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="45"/>
        <source>Adjust transparency levels and window effects</source>
        <translation>透過レベルとウインドウの表示高価を設定します</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="46"/>
        <source>Startup Settings</source>
        <translation>起動時の設定</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="46"/>
        <source>Automatically start applications or services</source>
        <translation>自動で起動するアプリケーションやサービスの設定</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="43"/>
        <source>Wallpaper</source>
        <translation>壁紙</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="44"/>
        <location filename="../pages/getPage.cpp" line="55"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="46"/>
        <source>Autostart</source>
        <translation>自動起動</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="47"/>
        <source>Mimetype Settings</source>
        <translation>MIME タイプの設定</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="47"/>
        <source>Change default applications</source>
        <translation>通常使用するアプリケーションを変更します</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="48"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="48"/>
        <source>Change keyboard shortcuts</source>
        <translation>キーボードショートカットを変更します</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="49"/>
        <source>Window Manager</source>
        <translation>ウインドウマネージャー</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="49"/>
        <source>Window Settings</source>
        <translation>ウィンドウの設定</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="49"/>
        <source>Change window settings and appearances</source>
        <translation>ウインドウの挙動や外見を変更します</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="50"/>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="51"/>
        <source>Panels</source>
        <translation>パネル</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="52"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="55"/>
        <source>Sound Themeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="55"/>
        <source>Change basic sound settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="50"/>
        <source>Desktop Plugins</source>
        <translation>デスクトッププラグイン</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="50"/>
        <source>Change what icons or tools are embedded on the desktop</source>
        <translation>デスクトップに組み込むアイコンやツールを変更します</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="51"/>
        <source>Panels and Plugins</source>
        <translation>パネルとプラグイン</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="51"/>
        <source>Change any floating panels and what they show</source>
        <translation>フローティングパネルとそこに表示する内容を変更します</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="52"/>
        <source>Menu Plugins</source>
        <translation>メニュープラグイン</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="52"/>
        <source>Change what options are shown on the desktop context menu</source>
        <translation>デスクトップのコンテキストメニューで表示するオプションを変更します</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="53"/>
        <source>Locale Settings</source>
        <translation>ロケール設定</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="53"/>
        <source>Change the default locale settings for this user</source>
        <translation>自分のロケール設定を変更します</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="53"/>
        <source>Localization</source>
        <translation>ローカライズ</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="54"/>
        <source>General Options</source>
        <translation>一般設定</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="54"/>
        <source>User Settings</source>
        <translation>ユーザー設定</translation>
    </message>
    <message>
        <location filename="../pages/getPage.cpp" line="54"/>
        <source>Change basic user settings such as time/date formats</source>
        <translation>時刻/日付表示などのユーザー別の表示設定を変更します</translation>
    </message>
</context>
<context>
    <name>ScriptDialog</name>
    <message>
        <location filename="../ScriptDialog.ui" line="14"/>
        <source>Setup a JSON Menu Script</source>
        <translation>JSON メニュースクリプトの設定</translation>
    </message>
    <message>
        <location filename="../ScriptDialog.ui" line="25"/>
        <source>Visible Name:</source>
        <translation>表示名:</translation>
    </message>
    <message>
        <location filename="../ScriptDialog.ui" line="32"/>
        <source>Executable:</source>
        <translation>実行ファイル:</translation>
    </message>
    <message>
        <location filename="../ScriptDialog.ui" line="39"/>
        <source>Icon:</source>
        <translation>アイコン:</translation>
    </message>
    <message>
        <location filename="../ScriptDialog.ui" line="54"/>
        <location filename="../ScriptDialog.ui" line="87"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ScriptDialog.ui" line="126"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ScriptDialog.ui" line="133"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../ScriptDialog.cpp" line="57"/>
        <source>Select a menu script</source>
        <translation>メニュースクリプトを選択</translation>
    </message>
    <message>
        <location filename="../ScriptDialog.cpp" line="64"/>
        <source>Select an icon file</source>
        <translation>アイコンファイルを選択</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <location filename="../ThemeDialog.ui" line="14"/>
        <source>Theme Editor</source>
        <translation>テーマエディター</translation>
    </message>
    <message>
        <location filename="../ThemeDialog.ui" line="28"/>
        <source>Theme Name:</source>
        <translation>テーマ名:</translation>
    </message>
    <message>
        <location filename="../ThemeDialog.ui" line="51"/>
        <source>color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../ThemeDialog.ui" line="74"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ThemeDialog.ui" line="94"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ThemeDialog.ui" line="101"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../ThemeDialog.cpp" line="65"/>
        <location filename="../ThemeDialog.cpp" line="82"/>
        <source>Theme Exists</source>
        <translation>テーマは既に存在します</translation>
    </message>
    <message>
        <location filename="../ThemeDialog.cpp" line="65"/>
        <location filename="../ThemeDialog.cpp" line="82"/>
        <source>This theme already exists.
 Overwrite it?</source>
        <translation>このテーマは既に存在します。
 上書きしますか?</translation>
    </message>
</context>
<context>
    <name>XDGDesktopList</name>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="618"/>
        <source>Multimedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="619"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="620"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="621"/>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="622"/>
        <source>Graphics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="623"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="624"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="625"/>
        <source>Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="626"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="627"/>
        <source>System</source>
        <translation type="unfinished">システム</translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="628"/>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="629"/>
        <source>Wine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../core/libLumina/LuminaXDG.cpp" line="630"/>
        <source>Unsorted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mainWindow</name>
    <message>
        <location filename="../mainWindow.ui" line="44"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../mainWindow.ui" line="47"/>
        <source>Save current changes</source>
        <translation>現在の設定を保存</translation>
    </message>
    <message>
        <location filename="../mainWindow.ui" line="50"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../mainWindow.ui" line="55"/>
        <source>Back to settings</source>
        <translatorcomment>ボタンのキャプション</translatorcomment>
        <translation>設定画面に戻る</translation>
    </message>
    <message>
        <location filename="../mainWindow.ui" line="58"/>
        <location filename="../mainWindow.ui" line="61"/>
        <source>Back to overall settings</source>
        <translatorcomment>ツールチップ</translatorcomment>
        <translation>全体設定画面に戻ります</translation>
    </message>
    <message>
        <location filename="../mainWindow.ui" line="72"/>
        <location filename="../mainWindow.ui" line="75"/>
        <source>Select monitor/desktop to configure</source>
        <translation>設定するモニター/デスクトップを選択</translation>
    </message>
    <message>
        <location filename="../mainWindow.cpp" line="146"/>
        <source>Unsaved Changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location filename="../mainWindow.cpp" line="146"/>
        <source>This page currently has unsaved changes, do you wish to save them now?</source>
        <translation>このページには保存されていない設定変更があります。保存しますか?</translation>
    </message>
    <message>
        <location filename="../mainWindow.cpp" line="148"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainWindow.cpp" line="149"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainWindow.cpp" line="150"/>
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
</context>
<context>
    <name>page_autostart</name>
    <message>
        <location filename="../pages/page_autostart.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.ui" line="39"/>
        <source>Add New Startup Service</source>
        <translation>新しい起動設定の追加</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.ui" line="75"/>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.ui" line="85"/>
        <source>Binary</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.ui" line="95"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.cpp" line="66"/>
        <source>Startup Services</source>
        <translation>自動起動するサービス</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.cpp" line="133"/>
        <source>Select Binary</source>
        <translation>プログラムを選択</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.cpp" line="133"/>
        <source>Application Binaries (*)</source>
        <translation>アプリケーションプログラム (*)</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.cpp" line="136"/>
        <source>Invalid Binary</source>
        <translation>無効なプログラムです</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.cpp" line="136"/>
        <source>The selected file is not executable!</source>
        <translation>選択されたファイルは実行可能ファイルではありません!</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.cpp" line="150"/>
        <source>Select File</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <location filename="../pages/page_autostart.cpp" line="150"/>
        <source>All Files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>page_compton</name>
    <message>
        <location filename="../pages/page_compton.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_compton.ui" line="32"/>
        <source>Disable Compositing Manager (session restart required)</source>
        <translation>コンポジットマネージャの無効 (セッションの再起動が必要)</translation>
    </message>
    <message>
        <location filename="../pages/page_compton.cpp" line="36"/>
        <source>Window Effects</source>
        <translation type="unfinished">ウインドウの効果</translation>
    </message>
</context>
<context>
    <name>page_defaultapps</name>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="166"/>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="189"/>
        <source>Specific File Types</source>
        <translation>ファイルの関連付け</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="226"/>
        <source>Type/Group</source>
        <translation>種類/グループ</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="231"/>
        <source>Default Application</source>
        <translation>通常使用するアプリケーション</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="236"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="246"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="269"/>
        <source>Set App</source>
        <translation>アプリを指定</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="279"/>
        <source>Set Binary</source>
        <translation>プログラムを指定</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="39"/>
        <source>Basic Settings</source>
        <translation>基本設定</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="58"/>
        <source>Web Browser:</source>
        <translation>Webブラウザー:</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="81"/>
        <source>E-Mail Client:</source>
        <translation>メールクライアント:</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="108"/>
        <source>File Manager:</source>
        <translation>ファイルマネージャー:</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="121"/>
        <source>Virtual Terminal:</source>
        <translation>仮想端末:</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.ui" line="128"/>
        <location filename="../pages/page_defaultapps.ui" line="138"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.cpp" line="42"/>
        <source>Default Applications</source>
        <translation>通常使用するアプリケーション</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.cpp" line="152"/>
        <source>Click to Set</source>
        <translation>クリックして設定</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.cpp" line="272"/>
        <source>Select Binary</source>
        <translation>プログラムを選択</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.cpp" line="279"/>
        <source>Invalid Binary</source>
        <translation>無効なプログラムです</translation>
    </message>
    <message>
        <location filename="../pages/page_defaultapps.cpp" line="279"/>
        <source>The selected binary is not executable!</source>
        <translation>選択したプログラムは実行可能ではありません!</translation>
    </message>
</context>
<context>
    <name>page_fluxbox_keys</name>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="34"/>
        <source>Basic Editor</source>
        <translatorcomment>キーバインド設定画面の設定方法切り替えラジオボタンのラベル</translatorcomment>
        <translation>基本設定</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="44"/>
        <source>Advanced Editor</source>
        <translatorcomment>キーバインド設定画面の設定方法切り替えラジオボタンのラベル</translatorcomment>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="107"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="112"/>
        <source>Keyboard Shortcut</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="120"/>
        <source>Modify Shortcut</source>
        <translation>ショートカットを編集</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="141"/>
        <source>Clear Shortcut</source>
        <translation>ショートカットを消去</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="151"/>
        <source>Apply Change</source>
        <translation>変更を適用</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="161"/>
        <source>Change Key Binding:</source>
        <translation>キーバインドを変更:</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="184"/>
        <source>Note: Current key bindings need to be cleared and saved before they can be re-used.</source>
        <translation>注意: 現在のキー割り当てを消去して新しい設定を使えるようにするには保存する必要があります。</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="220"/>
        <source>View Syntax Codes</source>
        <translation>構文コードの表示</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.ui" line="244"/>
        <source>&quot;Mod1&quot;:	Alt key
&quot;Mod4&quot;: 	Windows/Mac key
&quot;Control&quot;:	Ctrl key</source>
        <translation>&quot;Mod1&quot;:	Alt キー
&quot;Mod4&quot;: 	Windows/Mac キー
&quot;Control&quot;:	Ctrl キー</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.cpp" line="70"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.cpp" line="78"/>
        <source>Audio Volume Up</source>
        <translation>音声ボリューム上昇</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.cpp" line="79"/>
        <source>Audio Volume Down</source>
        <translation>音声ボリューム減少</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.cpp" line="80"/>
        <source>Screen Brightness Up</source>
        <translation>画面を明るくする</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.cpp" line="81"/>
        <source>Screen Brightness Down</source>
        <translation>画面を暗くする</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.cpp" line="82"/>
        <source>Take Screenshot</source>
        <translation>スクリーンショットを撮る</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_keys.cpp" line="83"/>
        <source>Lock Screen</source>
        <translation>画面のロック</translation>
    </message>
</context>
<context>
    <name>page_fluxbox_settings</name>
    <message>
        <location filename="../pages/page_fluxbox_settings.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.ui" line="34"/>
        <source>Simple Editor</source>
        <translation>簡易設定</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.ui" line="44"/>
        <source>Advanced Editor</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.ui" line="81"/>
        <source>Number of Workspaces</source>
        <translation>ワークスペース番号</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.ui" line="98"/>
        <source>New Window Placement</source>
        <translation>新しいディスプレイの表示位置</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.ui" line="108"/>
        <source>Focus Policy</source>
        <translation>フォーカス方針</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.ui" line="118"/>
        <source>Window Theme</source>
        <translation>ウィンドウのテーマ</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.ui" line="136"/>
        <source>Window Theme Preview</source>
        <translation>ウィンドウテーマのプレビュー</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.ui" line="190"/>
        <location filename="../pages/page_fluxbox_settings.cpp" line="181"/>
        <source>No Preview Available</source>
        <translation>プレビューは利用できません</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.cpp" line="70"/>
        <source>Window Manager Settings</source>
        <translation>ウィンドウマネージャーの設定</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.cpp" line="75"/>
        <source>Click To Focus</source>
        <translation>クリックでフォーカス</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.cpp" line="76"/>
        <source>Active Mouse Focus</source>
        <translation>マウスを操作してウィンドウ上に乗せるとフォーカス</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.cpp" line="77"/>
        <source>Strict Mouse Focus</source>
        <translation>マウスがウィンドウ上に乗っているとフォーカス</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.cpp" line="80"/>
        <source>Align in a Row</source>
        <translation>横方向に開く</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.cpp" line="81"/>
        <source>Align in a Column</source>
        <translation>縦方向に開く</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.cpp" line="82"/>
        <source>Cascade</source>
        <translation>前に開いたウインドウの下にカスケードさせる</translation>
    </message>
    <message>
        <location filename="../pages/page_fluxbox_settings.cpp" line="83"/>
        <source>Underneath Mouse</source>
        <translation>マウスの下で開く</translation>
    </message>
</context>
<context>
    <name>page_interface_desktop</name>
    <message>
        <location filename="../pages/page_interface_desktop.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_desktop.ui" line="26"/>
        <source>Embedded Utilities</source>
        <translation>内蔵ユーティリティー</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_desktop.ui" line="79"/>
        <source>Display Desktop Folder Contents</source>
        <translation>Desktop フォルダーの内容を表示する</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_desktop.ui" line="86"/>
        <source>Display Removable Media Icons</source>
        <translation type="unfinished">着脱可能なメディアアイコンを表示</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_desktop.cpp" line="56"/>
        <source>Desktop Settings</source>
        <translation>デスクトップ設定</translation>
    </message>
</context>
<context>
    <name>page_interface_menu</name>
    <message>
        <location filename="../pages/page_interface_menu.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_menu.ui" line="38"/>
        <source>Context Menu Plugins</source>
        <translation>コンテキストメニュープラグイン</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_menu.cpp" line="46"/>
        <source>Desktop Settings</source>
        <translation>デスクトップ設定</translation>
    </message>
</context>
<context>
    <name>page_interface_panels</name>
    <message>
        <location filename="../pages/page_interface_panels.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_panels.ui" line="46"/>
        <source>Panel</source>
        <translation type="unfinished">パネル</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_panels.ui" line="96"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_panels.cpp" line="59"/>
        <source>Desktop Settings</source>
        <translation>デスクトップ設定</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_panels.cpp" line="110"/>
        <source>No Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_interface_panels.cpp" line="136"/>
        <source>Custom Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_interface_panels.cpp" line="136"/>
        <source>Copy Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_interface_panels.cpp" line="143"/>
        <source>Apply</source>
        <translation type="unfinished">適用</translation>
    </message>
    <message>
        <location filename="../pages/page_interface_panels.cpp" line="144"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_interface_panels.cpp" line="149"/>
        <location filename="../pages/page_interface_panels.cpp" line="204"/>
        <source>Create Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_interface_panels.cpp" line="204"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page_main</name>
    <message>
        <location filename="../pages/page_main.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_main.ui" line="32"/>
        <source>Search for....</source>
        <translation>設定項目を検索...</translation>
    </message>
    <message>
        <location filename="../pages/page_main.cpp" line="56"/>
        <source>Interface Configuration</source>
        <translation>インターフェイス設定</translation>
    </message>
    <message>
        <location filename="../pages/page_main.cpp" line="60"/>
        <source>Appearance</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../pages/page_main.cpp" line="64"/>
        <source>Desktop Defaults</source>
        <translation>デスクトップのデフォルト設定</translation>
    </message>
    <message>
        <location filename="../pages/page_main.cpp" line="68"/>
        <source>User Settings</source>
        <translation>ユーザー設定</translation>
    </message>
    <message>
        <location filename="../pages/page_main.cpp" line="72"/>
        <source>System Settings</source>
        <translation type="unfinished">系統設定</translation>
    </message>
    <message>
        <location filename="../pages/page_main.cpp" line="158"/>
        <source>Desktop Settings</source>
        <translation>デスクトップ設定</translation>
    </message>
</context>
<context>
    <name>page_session_locale</name>
    <message>
        <location filename="../pages/page_session_locale.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_session_locale.ui" line="32"/>
        <source>System localization settings (restart required)</source>
        <translation>システムのローカライズ設定 (再起動が必要です)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_locale.ui" line="39"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../pages/page_session_locale.ui" line="49"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../pages/page_session_locale.ui" line="59"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../pages/page_session_locale.ui" line="69"/>
        <source>Numeric</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../pages/page_session_locale.ui" line="79"/>
        <source>Monetary</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../pages/page_session_locale.ui" line="89"/>
        <source>Collate</source>
        <translation>Collate(文字照合)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_locale.ui" line="99"/>
        <source>CType</source>
        <translation>ctype (文字判別処理)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_locale.cpp" line="47"/>
        <source>Desktop Settings</source>
        <translation>デスクトップ設定</translation>
    </message>
    <message>
        <location filename="../pages/page_session_locale.cpp" line="91"/>
        <source>System Default</source>
        <translation>システムのデフォルト</translation>
    </message>
</context>
<context>
    <name>page_session_options</name>
    <message>
        <location filename="../pages/page_session_options.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="34"/>
        <source>Enable numlock on startup</source>
        <translation>起動時に Numlock キーを有効にする</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="41"/>
        <source>Play chimes on startup</source>
        <translation>起動時にチャイムを再生する</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="48"/>
        <source>Play chimes on exit</source>
        <translation>終了時にチャイムを再生する</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="55"/>
        <source>Automatically create/remove desktop symlinks for applications that are installed/removed</source>
        <translation>自動的にインストール・削除されているアプリケーションのためにリモートデスクトップシンボリックリンクを作成・削除します</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="58"/>
        <source>Manage desktop app links</source>
        <translation>デスクトップアプリリンクの管理</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="65"/>
        <source>Show application crash data</source>
        <translation>アプリケーションのクラッシュデータを表示する</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="72"/>
        <source>Disable Startup Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="81"/>
        <source>Change User Icon</source>
        <translation>ユーザーのアイコンを変更する</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="119"/>
        <source>Time Format:</source>
        <translation>時刻の書式:</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="131"/>
        <location filename="../pages/page_session_options.ui" line="175"/>
        <source>View format codes</source>
        <translation>書式設定コードを表示する</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="146"/>
        <location filename="../pages/page_session_options.ui" line="190"/>
        <source>Sample:</source>
        <translation>サンプル:</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="163"/>
        <source>Date Format:</source>
        <translation>日付の書式:</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="210"/>
        <source>Display Format</source>
        <translation>表示形式</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="227"/>
        <source>Window Manager</source>
        <translation type="unfinished">ウインドウマネージャー</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="255"/>
        <source>Reset Desktop Settings</source>
        <translation>デスクトップ設定のリセット</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="274"/>
        <source>Restore system defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.ui" line="281"/>
        <source>Restore Lumina defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="18"/>
        <source>Time (Date as tooltip)</source>
        <translation>時刻 (日付はツールチップで表示)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="19"/>
        <source>Date (Time as tooltip)</source>
        <translation>日付 (時刻はツールチップで表示)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="20"/>
        <source>Time first then Date</source>
        <translation>時刻を日付より先に表示</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="21"/>
        <source>Date first then Time</source>
        <translation>日付を時刻より先に表示</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="62"/>
        <source>Window manager</source>
        <translation>ウィンドウマネージャ</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="95"/>
        <source>Desktop Settings</source>
        <translation>デスクトップ設定</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="176"/>
        <source>Verify Settings Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="176"/>
        <source>Are you sure you want to reset your desktop settings? This change cannot be reversed!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="190"/>
        <source>Select an image</source>
        <translation>画像ファイルを選択</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="191"/>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="195"/>
        <source>Reset User Image</source>
        <translation>ユーザー画像のリセット</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="195"/>
        <source>Would you like to reset the user image to the system default?</source>
        <translation>ユーザー画像をリセットしてシステムのデフォルトに戻しますか?</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="236"/>
        <source>Valid Time Codes:</source>
        <translation>有効な時刻設定コード:</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="237"/>
        <source>%1: Hour without leading zero (1)</source>
        <translation>%1: 先頭の0が無い時間を表示する (1)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="238"/>
        <source>%1: Hour with leading zero (01)</source>
        <translation>%1: 先頭に0を付けて時間を表示する (01)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="239"/>
        <source>%1: Minutes without leading zero (2)</source>
        <translation>%1: 先頭の0が無い分を表示する (2)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="240"/>
        <source>%1: Minutes with leading zero (02)</source>
        <translation>%1: 先頭に0を付けて分を表示する (02)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="241"/>
        <source>%1: Seconds without leading zero (3)</source>
        <translation>%1: 先頭の0が無い秒を表示する (3)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="242"/>
        <source>%1: Seconds with leading zero (03)</source>
        <translation>%1: 先頭に0を付けて秒を表示する (03)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="243"/>
        <source>%1: AM/PM (12-hour) clock (upper or lower case)</source>
        <translation>%1: 午前/午後 (12時間表示になります) (大文字と小文字を区別します)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="244"/>
        <source>%1: Timezone</source>
        <translation>%1: タイムゾーン</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="245"/>
        <source>Time Codes</source>
        <translation>時刻設定コード</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="259"/>
        <source>Valid Date Codes:</source>
        <translation>有効な日付設定コード:</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="260"/>
        <source>%1: Numeric day without a leading zero (1)</source>
        <translation>%1: 先頭の0が無い日を表示する (1)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="261"/>
        <source>%1: Numeric day with leading zero (01)</source>
        <translation>%1: 先頭に0を付けて日を表示する (01)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="262"/>
        <source>%1: Day as abbreviation (localized)</source>
        <translation>%1: 短縮した曜日を表示する (言語設定で変わる)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="263"/>
        <source>%1: Day as full name (localized)</source>
        <translation>%1: 完全な曜日を表示する (言語設定で変わる)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="264"/>
        <source>%1: Numeric month without leading zero (2)</source>
        <translation>%1: 数字で先頭の0が無い月を表示する (2)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="265"/>
        <source>%1: Numeric month with leading zero (02)</source>
        <translation>%1: 数字で先頭に0を付けた日を表示する (02)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="266"/>
        <source>%1: Month as abbreviation (localized)</source>
        <translation>%1: 月の名前を短縮表示する (言語設定で変わる)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="267"/>
        <source>%1: Month as full name (localized)</source>
        <translation>%1: 月の名前を完全表示する (言語設定で変わる)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="268"/>
        <source>%1: Year as 2-digit number (15)</source>
        <translation>%1: 2桁の年数を表示する (15)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="269"/>
        <source>%1: Year as 4-digit number (2015)</source>
        <translation>%1: 4桁の年数を表示する (2015)</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="270"/>
        <source>Text may be contained within single-quotes to ignore replacements</source>
        <translation>シングルクォートで囲まれた文字は日付への置き換え対象から外れます</translation>
    </message>
    <message>
        <location filename="../pages/page_session_options.cpp" line="271"/>
        <source>Date Codes</source>
        <translation>日付設定コード</translation>
    </message>
</context>
<context>
    <name>page_soundtheme</name>
    <message>
        <location filename="../pages/page_soundtheme.ui" line="14"/>
        <source>Form</source>
        <translation type="unfinished">フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_soundtheme.ui" line="27"/>
        <location filename="../pages/page_soundtheme.ui" line="34"/>
        <location filename="../pages/page_soundtheme.ui" line="71"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_soundtheme.ui" line="61"/>
        <location filename="../pages/page_soundtheme.ui" line="84"/>
        <location filename="../pages/page_soundtheme.ui" line="100"/>
        <source>TextLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_soundtheme.ui" line="20"/>
        <source>Set Startup Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_soundtheme.ui" line="48"/>
        <source>Set Logout Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_soundtheme.ui" line="41"/>
        <source>Set Battery Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_soundtheme.cpp" line="40"/>
        <source>Sound Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_soundtheme.cpp" line="73"/>
        <source>Select Startup Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_soundtheme.cpp" line="83"/>
        <source>Select Logout Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_soundtheme.cpp" line="93"/>
        <source>Select Low Battery Sound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page_wallpaper</name>
    <message>
        <location filename="../pages/page_wallpaper.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.ui" line="90"/>
        <source>Single Background</source>
        <translation>背景をひとつ選ぶ</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.ui" line="100"/>
        <source>Rotate Background</source>
        <translation>背景を定期的に交代する</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.ui" line="107"/>
        <source> Minutes</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.ui" line="110"/>
        <source>Every </source>
        <translation>毎 </translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.ui" line="133"/>
        <source>Layout:</source>
        <translation>配置:</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="55"/>
        <source>Wallpaper Settings</source>
        <translation>壁紙の設定</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="65"/>
        <source>System Default</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="66"/>
        <location filename="../pages/page_wallpaper.cpp" line="239"/>
        <source>Solid Color: %1</source>
        <translation>指定色: %1</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="77"/>
        <source>Screen Resolution:</source>
        <translation>画面の解像度:</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="99"/>
        <location filename="../pages/page_wallpaper.cpp" line="100"/>
        <source>Select Color</source>
        <translation>色の選択</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="119"/>
        <source>File(s)</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="120"/>
        <source>Directory (Single)</source>
        <translation>ディレクトリー(直下のみ)</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="121"/>
        <source>Directory (Recursive)</source>
        <translation>ディレクトリー(再帰)</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="122"/>
        <source>Solid Color</source>
        <translation>指定色</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="126"/>
        <source>Automatic</source>
        <translation>自動配置</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="127"/>
        <source>Fullscreen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="128"/>
        <source>Fit screen</source>
        <translation>画面の大きさに合わせる</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="129"/>
        <source>Tile</source>
        <translation>タイル状に並べる</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="130"/>
        <source>Center</source>
        <translation>中央に寄せる</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="131"/>
        <source>Top Left</source>
        <translation>左上に配置</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="132"/>
        <source>Top Right</source>
        <translation>右上に配置</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="133"/>
        <source>Bottom Left</source>
        <translation>左下に配置</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="134"/>
        <source>Bottom Right</source>
        <translation>右下に配置</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="143"/>
        <source>No Background</source>
        <translation>背景が設定されていません</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="143"/>
        <source>(use system default)</source>
        <translation>(システムのデフォルトを使用します)</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="160"/>
        <source>Image Directory: %1 valid images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="180"/>
        <source>File does not exist</source>
        <translation>ファイルは存在しません</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="220"/>
        <source>Find Background Image(s)</source>
        <translation>背景画像を検索する</translation>
    </message>
    <message>
        <location filename="../pages/page_wallpaper.cpp" line="251"/>
        <location filename="../pages/page_wallpaper.cpp" line="269"/>
        <source>Find Background Image Directory</source>
        <translation>壁紙入りディレクトリーを開く</translation>
    </message>
</context>
</TS>
