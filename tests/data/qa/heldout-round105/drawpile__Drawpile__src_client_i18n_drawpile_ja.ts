<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AbuseReportDialog</name>
    <message>
        <location filename="../../desktop/ui/abusereport.ui" line="14"/>
        <source>Report Abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/abusereport.ui" line="20"/>
        <source>Session:</source>
        <translation>セッション:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/abusereport.ui" line="60"/>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/abusereport.ui" line="88"/>
        <source>Entire session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/abusereport.ui" line="96"/>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
</context>
<context>
    <name>BrushDock</name>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="215"/>
        <source>Pen</source>
        <translation>ペン</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="235"/>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="255"/>
        <source>Watercolor</source>
        <translation>水彩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="278"/>
        <source>Eraser mode</source>
        <translation>消しゴムモード</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="326"/>
        <source>Direct drawing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="346"/>
        <source>Indirect drawing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="392"/>
        <source>1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="418"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="457"/>
        <source>Hardness:</source>
        <translation>硬さ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="490"/>
        <source>Opacity:</source>
        <translation>不透明度:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="497"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="504"/>
        <source>Spacing:</source>
        <translation>間隔:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="511"/>
        <source>Smudging:</source>
        <translation>ぼかし:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="544"/>
        <source>Color pickup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="577"/>
        <source>Pressure:</source>
        <translation>筆圧:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="586"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="593"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="600"/>
        <source>Hardness</source>
        <translation>硬さ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushdock.ui" line="607"/>
        <source>Smudging</source>
        <translation>ぼかし</translation>
    </message>
</context>
<context>
    <name>BrushPalette</name>
    <message>
        <location filename="../../desktop/ui/brushpalette.ui" line="47"/>
        <source>Add a new brush preset</source>
        <translation>新しいブラシプリセットを追加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushpalette.ui" line="61"/>
        <source>Overwrite selected preset</source>
        <translation>選択したプリセットを上書き</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/brushpalette.ui" line="75"/>
        <source>Delete selected preset</source>
        <translation>選択したプリセットを削除</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="24"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="30"/>
        <location filename="../../desktop/ui/certificateview.ui" line="137"/>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="37"/>
        <source>SHA1 fingerprint:</source>
        <translation>SHA1 フィンガープリント:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="60"/>
        <source>Issued by</source>
        <translation>発行元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="67"/>
        <source>Expires on:</source>
        <translation>満了日:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="130"/>
        <source>MD5 fingerprint:</source>
        <translation>MD5 フィンガープリント:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="144"/>
        <location filename="../../desktop/ui/certificateview.ui" line="158"/>
        <source>Organization unit:</source>
        <translation>組織単位:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="151"/>
        <source>Issued on:</source>
        <translation>発行日:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="165"/>
        <location filename="../../desktop/ui/certificateview.ui" line="215"/>
        <source>Common name:</source>
        <translation>コモンネーム:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="172"/>
        <source>Serial number:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="198"/>
        <source>Issued to</source>
        <translation>発行先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="251"/>
        <source>Validity period</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="264"/>
        <source>Fingerprints</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificateview.ui" line="305"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>ColorBox</name>
    <message>
        <location filename="../../desktop/ui/colorbox.ui" line="150"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/colorbox.ui" line="164"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/colorbox.ui" line="178"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/colorbox.ui" line="192"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/colorbox.ui" line="199"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/colorbox.ui" line="206"/>
        <source>V</source>
        <translation>V</translation>
    </message>
</context>
<context>
    <name>CustomShortcutModel</name>
    <message>
        <location filename="../utils/customshortcutmodel.cpp" line="92"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../utils/customshortcutmodel.cpp" line="93"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../utils/customshortcutmodel.cpp" line="94"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>FfmpegExporter</name>
    <message>
        <location filename="../export/ffmpegexporter.cpp" line="129"/>
        <source>Couldn&apos;t start ffmpeg!</source>
        <translation>FFmpeg を開始できませんでした！</translation>
    </message>
    <message>
        <location filename="../export/ffmpegexporter.cpp" line="132"/>
        <source>Ffmpeg crashed!</source>
        <translation>FFmpeg がクラッシュしました！</translation>
    </message>
    <message>
        <location filename="../export/ffmpegexporter.cpp" line="135"/>
        <source>Ffmpeg process error</source>
        <translation>FFmpeg 処理エラー</translation>
    </message>
</context>
<context>
    <name>FillSettings</name>
    <message>
        <location filename="../../desktop/ui/fillsettings.ui" line="32"/>
        <source>Tolerance:</source>
        <translation>許容誤差:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fillsettings.ui" line="96"/>
        <source>Expand:</source>
        <translation>広げる:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fillsettings.ui" line="125"/>
        <source>Fill under</source>
        <translation>奥側で塗りつぶす</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fillsettings.ui" line="132"/>
        <source>Size limit:</source>
        <translation>サイズの上限:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fillsettings.ui" line="139"/>
        <source> ྾ 10² px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fillsettings.ui" line="158"/>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fillsettings.ui" line="89"/>
        <source>Sample merged</source>
        <translation>すべてのレイヤーを参照</translation>
    </message>
</context>
<context>
    <name>FilterRecording</name>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="14"/>
        <source>Filter recording</source>
        <translation>セッション記録をフィルタリング</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="22"/>
        <source>Remove</source>
        <translation>除去</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="28"/>
        <source>Pauses</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="35"/>
        <source>Chat messages</source>
        <translation>チャットメッセージ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="42"/>
        <source>Laser pointers</source>
        <translation>レーザーポインター</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="49"/>
        <source>Markers</source>
        <translation>マーカー</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="56"/>
        <source>Non-participating users</source>
        <translation>参加していないユーザー</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="66"/>
        <source>Undone actions</source>
        <translation>取り消されたアクション</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="79"/>
        <source>Flagged actions</source>
        <translation>フラグを付けたアクション</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="102"/>
        <source>Modify</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="111"/>
        <source>Add new markers</source>
        <translation>新しいマーカーを追加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recfilter.ui" line="118"/>
        <source>Squish strokes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flipbook</name>
    <message>
        <location filename="../../desktop/ui/flipbook.ui" line="14"/>
        <source>Flipbook</source>
        <translation>フリップブック</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flipbook.ui" line="88"/>
        <source>Layer:</source>
        <translation>レイヤー:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flipbook.ui" line="108"/>
        <source>Loop range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flipbook.ui" line="141"/>
        <source>FPS:</source>
        <translation>FPS:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flipbook.ui" line="177"/>
        <source>Use background layer</source>
        <translation>背景レイヤーを使用</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="27"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="36"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="46"/>
        <source>The title is shown in the application title bar and in the session selection dialog</source>
        <translation>タイトルは、アプリケーションのタイトルバーとセッション選択ダイアログで表示されます</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="53"/>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="79"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="95"/>
        <source>Optional. If left blank, no password will be needed to join this session.</source>
        <translation>オプションです。空白にすると、このセッションへの参加にパスワードが不要になります。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="105"/>
        <source>ID a&amp;lias:</source>
        <translation>ID エイリアス(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="211"/>
        <source>Announce the session at a public list</source>
        <translation>セッションを公開リストで告知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="138"/>
        <source>&amp;User limit:</source>
        <translation>ユーザー数を制限(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="205"/>
        <source>Listing</source>
        <translation>リスティング</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="214"/>
        <source>List at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="234"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="244"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="257"/>
        <source>Private (room code onl&amp;y)</source>
        <translation>プライベート (ルームコードで入室)(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="267"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="276"/>
        <source>Bui&amp;lt-in</source>
        <translation>この PC を使用(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="286"/>
        <source>Re&amp;mote:</source>
        <translation>リモート(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="194"/>
        <source>Preserve chat</source>
        <translation>チャットメッセージを保持</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="121"/>
        <source>An optional user friendly ID for the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="129"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="167"/>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="17"/>
        <source>Host a Session</source>
        <translation>セッションをホスト</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="174"/>
        <source>Allow drawing by default</source>
        <translation>デフォルトで描画を許可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hostdialog.ui" line="184"/>
        <source>Lock layer controls</source>
        <translation>レイヤー操作をロック</translation>
    </message>
</context>
<context>
    <name>InputSettings</name>
    <message>
        <location filename="../../desktop/ui/inputcfg.ui" line="43"/>
        <source>Smoothing:</source>
        <translation>スムージング:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inputcfg.ui" line="66"/>
        <source>Pressure:</source>
        <translation>筆圧:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inputcfg.ui" line="74"/>
        <source>Stylus</source>
        <translation>スタイラス</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inputcfg.ui" line="79"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inputcfg.ui" line="84"/>
        <source>Velocity</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inputcfg.ui" line="145"/>
        <source>Curve distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inputcfg.ui" line="202"/>
        <source>Velocity range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../desktop/ui/joindialog.ui" line="17"/>
        <source>Join a Session</source>
        <translation>セッションに参加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/joindialog.ui" line="28"/>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/joindialog.ui" line="54"/>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/joindialog.ui" line="91"/>
        <source>Record session</source>
        <translation>セッションを記録</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/joindialog.ui" line="98"/>
        <source>Enter a host address, session URL or room code to join a session.</source>
        <translation>セッションに参加するには、ホストアドレス、セッション URL またはルームコードを入力してください。</translation>
    </message>
</context>
<context>
    <name>KisCurveWidget</name>
    <message>
        <location filename="../../desktop/widgets/kis_curve_widget.cpp" line="74"/>
        <source>Remove point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/kis_curve_widget.cpp" line="75"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
</context>
<context>
    <name>LaserSettings</name>
    <message>
        <location filename="../../desktop/ui/lasersettings.ui" line="17"/>
        <source>Trail:</source>
        <translation>軌跡:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lasersettings.ui" line="45"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lasersettings.ui" line="60"/>
        <source>Color:</source>
        <translation>色:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lasersettings.ui" line="147"/>
        <source>Track hovering pointer</source>
        <translation>マウスホバー中も追従</translation>
    </message>
</context>
<context>
    <name>LayerBox</name>
    <message>
        <location filename="../../desktop/ui/layerbox.ui" line="37"/>
        <source>Layer blending mode</source>
        <translation>レイヤー合成モード</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/layerbox.ui" line="60"/>
        <source>Layer opacity</source>
        <translation>レイヤー不透明度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/layerbox.ui" line="89"/>
        <source>Layer access control</source>
        <translation>レイヤーのアクセス制御</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/logindialog.ui" line="31"/>
        <source>Logging in...</source>
        <translation>ログイン中...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/logindialog.ui" line="78"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/logindialog.ui" line="92"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/logindialog.ui" line="109"/>
        <source>Remember my password</source>
        <translation>パスワードを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/logindialog.ui" line="119"/>
        <source>Incorrect password.</source>
        <translation>パスワードが違います。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/logindialog.ui" line="163"/>
        <source>The certificate of this server has changed!</source>
        <translation>このサーバーの証明書が変更されています！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/logindialog.ui" line="187"/>
        <source>Catching up...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacMenu</name>
    <message>
        <location filename="../../desktop/widgets/macmenu.cpp" line="84"/>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/macmenu.cpp" line="208"/>
        <source>You have %n images with unsaved changes. Do you want to review these changes before quitting?</source>
        <translation>
            <numerusform>%n 個の未保存の画像があります。終了する前に変更内容を確認しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/macmenu.cpp" line="209"/>
        <source>If you don&apos;t review your documents, all changes will be lost</source>
        <translation>ドキュメントを確認しない場合、すべての変更内容が破棄されます</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/macmenu.cpp" line="210"/>
        <source>Review changes...</source>
        <translation>変更内容を確認...</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/macmenu.cpp" line="212"/>
        <source>Discard changes</source>
        <translation>変更内容を破棄</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="584"/>
        <location filename="../../desktop/mainwindow.cpp" line="1308"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="760"/>
        <location filename="../../desktop/mainwindow.cpp" line="781"/>
        <source>Exit Drawpile</source>
        <translation>Drawpile を終了</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="761"/>
        <source>You are still connected to a drawing session.</source>
        <translation>ドローイングセッションに接続中です。</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="765"/>
        <source>Exit anyway</source>
        <translation>とにかく終了</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="767"/>
        <location filename="../../desktop/mainwindow.cpp" line="789"/>
        <location filename="../../desktop/mainwindow.cpp" line="1109"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="782"/>
        <source>There are unsaved changes. Save them before exiting?</source>
        <translation>未保存の変更内容があります。保存してから終了しますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="785"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="787"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="932"/>
        <location filename="../../desktop/mainwindow.cpp" line="1788"/>
        <source>Images (%1)</source>
        <translation>画像 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="933"/>
        <source>Recordings (%1)</source>
        <translation>セッション記録 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="962"/>
        <source>The selected format does not support layers or annotations.</source>
        <translation>選択したファイル形式は、レイヤーまたは注釈をサポートしていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="964"/>
        <source>Flatten</source>
        <translation>レイヤーを統合</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="965"/>
        <source>Save as OpenRaster</source>
        <translation>OpenRaster として保存</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1075"/>
        <source>Couldn&apos;t save image</source>
        <translation>画像を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1237"/>
        <source>Invalid address</source>
        <translation>無効なアドレスです</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1309"/>
        <source>Really leave the session?</source>
        <translation>本当にセッションを退出しますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1315"/>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1317"/>
        <source>Stay</source>
        <translation>とどまる</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1326"/>
        <source>There is still unsent data! Please wait until transmission completes!</source>
        <translation>未送信のデータがあります！転送が完了するまでお待ちください！</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1490"/>
        <source>Would you like to join the session instead?</source>
        <translation>代わりにこのセッションに参加しますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1492"/>
        <source>Join</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1537"/>
        <source>Board is locked</source>
        <translation>ドローイングボードはロック中です</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1808"/>
        <source>The image could not be loaded</source>
        <translation>画像を読み込みできませんでした</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1913"/>
        <source>Marker text</source>
        <translation>マーカーテキスト</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1921"/>
        <source>About Drawpile</source>
        <translation>Drawpile について</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2040"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="48"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2041"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="49"/>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2045"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2046"/>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2047"/>
        <source>Autosave</source>
        <translation>自動保存</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2049"/>
        <source>&amp;Animation...</source>
        <translation>アニメーション(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1157"/>
        <location filename="../../desktop/mainwindow.cpp" line="2051"/>
        <source>Record...</source>
        <translation>記録...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1061"/>
        <source>Saving...</source>
        <translation>保存中...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1077"/>
        <source>Image saved</source>
        <translation>画像を保存しました</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1397"/>
        <source>Terminate session</source>
        <translation>セッションを終了</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1398"/>
        <source>Really terminate this session?</source>
        <translation>本当にこのセッションを終了しますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1403"/>
        <location filename="../../desktop/mainwindow.cpp" line="2394"/>
        <source>Terminate</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2033"/>
        <source>Lock in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2052"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="58"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2081"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="46"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2095"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2118"/>
        <source>&amp;Undo</source>
        <translation>取り消し(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2119"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2120"/>
        <source>Copy selected area to the clipboard</source>
        <translation>選択範囲をクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2121"/>
        <source>Copy selected area of the current layer to the clipboard</source>
        <translation>現在のレイヤーの選択範囲をクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2122"/>
        <source>Cut selected area of the current layer to the clipboard</source>
        <translation>現在のレイヤーの選択範囲をクリップボードに切り取り</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2123"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2124"/>
        <source>&amp;Stamp</source>
        <translation>スタンプ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2133"/>
        <location filename="../../desktop/mainwindow.cpp" line="2135"/>
        <source>&amp;Deselect</source>
        <translation>選択解除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2138"/>
        <source>Expand &amp;Up</source>
        <translation>上に拡張(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2139"/>
        <source>Expand &amp;Down</source>
        <translation>下に拡張(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2140"/>
        <source>Expand &amp;Left</source>
        <translation>左に拡張(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2141"/>
        <source>Expand &amp;Right</source>
        <translation>右に拡張(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2144"/>
        <source>Fill Selection</source>
        <translation>選択範囲を塗りつぶす</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2145"/>
        <source>Recolor Selection</source>
        <translation>選択範囲を色替え</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2146"/>
        <source>Color Erase Selection</source>
        <translation>選択範囲を色消しゴムで消去</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2197"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2214"/>
        <source>&amp;Expand Canvas</source>
        <translation>キャンバスを拡張(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2242"/>
        <source>&amp;Toolbars</source>
        <translation>ツールバー(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2245"/>
        <source>&amp;Docks</source>
        <translation>ドック(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2248"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2250"/>
        <source>Flipbook</source>
        <translation>フリップブック</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2250"/>
        <source>Show animation preview window</source>
        <translation>アニメーションのプレビューウィンドウを表示</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2256"/>
        <source>Rotate Clockwise</source>
        <translation>時計回りに回転</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2257"/>
        <source>Rotate Counterclockwise°</source>
        <translation>反時計回りに回転</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2263"/>
        <source>Mirror</source>
        <translation>左右反転</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2264"/>
        <source>Flip</source>
        <translation>上下反転</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2368"/>
        <source>User Pointers</source>
        <translation>ユーザーポインター</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2396"/>
        <source>Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2402"/>
        <source>Lock Everything</source>
        <translation>すべてをロック</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2593"/>
        <source>Finish action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2597"/>
        <source>Cancel action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2267"/>
        <source>Show User &amp;Pointers</source>
        <translation>ユーザーポインターを表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2268"/>
        <source>Show User &amp;Layers</source>
        <translation>ユーザーレイヤーを表示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2269"/>
        <source>Show La&amp;ser Trails</source>
        <translation>レーザーの軌跡を表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2270"/>
        <source>Show Pixel &amp;Grid</source>
        <translation>ピクセルグリッドを表示(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2343"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2350"/>
        <source>&amp;Zoom</source>
        <translation>ズーム(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2355"/>
        <source>Rotation</source>
        <translation>回転</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2383"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="71"/>
        <source>&amp;Host...</source>
        <translation>ホスト(&amp;H)...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2383"/>
        <source>Share your drawingboard with others</source>
        <translation>ドローイングボードを他のユーザーと共有</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2384"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="72"/>
        <source>&amp;Join...</source>
        <translation>参加(&amp;J)...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2384"/>
        <source>Join another user&apos;s drawing session</source>
        <translation>他のユーザーのドローイングセッションに参加</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2385"/>
        <source>&amp;Leave</source>
        <translation>退出(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2385"/>
        <source>Leave this drawing session</source>
        <translation>このドローイングセッションを退出</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2399"/>
        <source>Become Operator...</source>
        <translation>管理者になる...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2402"/>
        <source>Prevent changes to the drawing board</source>
        <translation>ドローイングボードを変更されないようにします</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2425"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="70"/>
        <source>&amp;Session</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2451"/>
        <source>Fill areas</source>
        <translation>空白を塗りつぶす</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2456"/>
        <source>Select area for copying</source>
        <translation>範囲を指定して選択</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2483"/>
        <source>&amp;Decrease Brush Size</source>
        <translation>ブラシサイズを小さく(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2484"/>
        <source>&amp;Increase Brush Size</source>
        <translation>ブラシサイズを大きく(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2486"/>
        <source>Select Layer Above</source>
        <translation>上のレイヤーを選択</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2487"/>
        <source>Select Layer Below</source>
        <translation>下のレイヤーを選択</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2507"/>
        <source>Drawing tools</source>
        <translation>描画ツール</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2619"/>
        <source>Color</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="931"/>
        <source>All Supported Files (%1)</source>
        <translation>サポートされたすべてのファイル (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="938"/>
        <source>Open Image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="961"/>
        <location filename="../../desktop/mainwindow.cpp" line="1024"/>
        <source>Save Image</source>
        <translation>画像を保存</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1179"/>
        <source>Record Session</source>
        <translation>セッションを記録</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1152"/>
        <source>Stop Recording</source>
        <translation>セッションの記録を停止</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1249"/>
        <source>Host Session</source>
        <translation>セッションをホスト</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1478"/>
        <source>Could not connect to server</source>
        <translation>サーバーに接続できませんでした</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1792"/>
        <source>Paste Image</source>
        <translation>画像を貼り付け</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1913"/>
        <source>Mark</source>
        <translation>マーク</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1923"/>
        <source>A collaborative drawing program.</source>
        <translation>共同作業可能なドローイングアプリケーションです。</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2043"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2084"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="54"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2103"/>
        <source>File Tools</source>
        <translation>ファイルツール</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2120"/>
        <source>&amp;Copy Visible</source>
        <translation>可視部分をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2121"/>
        <source>Copy &amp;Layer</source>
        <translation>レイヤーをコピー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2122"/>
        <source>Cu&amp;t Layer</source>
        <translation>レイヤーを切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2126"/>
        <source>Paste &amp;From File...</source>
        <translation>ファイルから貼り付け(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2127"/>
        <source>Delete Empty Annotations</source>
        <translation>空の注釈を削除</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2128"/>
        <source>Resi&amp;ze Canvas...</source>
        <translation>キャンバスのサイズを変更(&amp;Z)...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2129"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="62"/>
        <source>Prefere&amp;nces</source>
        <translation>設定(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2131"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2229"/>
        <source>Edit Tools</source>
        <translation>編集ツール</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2252"/>
        <source>Zoom &amp;In</source>
        <translation>ズームイン(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2253"/>
        <source>Zoom &amp;Out</source>
        <translation>ズームアウト(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2254"/>
        <source>&amp;Normal Size</source>
        <translation>通常のサイズ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2255"/>
        <source>&amp;Reset Rotation</source>
        <translation>回転をリセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2259"/>
        <source>Rotate to 90°</source>
        <translation>90° 回転</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2260"/>
        <source>Rotate to 180°</source>
        <translation>180° 回転</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2261"/>
        <source>Rotate to 270°</source>
        <translation>270° 回転</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2266"/>
        <source>Show &amp;Annotations</source>
        <translation>注釈を表示(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2278"/>
        <source>&amp;Full Screen</source>
        <translation>フルスクリーン(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2454"/>
        <source>Pick colors from the image</source>
        <translation>画像から色を抽出</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2454"/>
        <source>&amp;Color Picker</source>
        <translation>カラーピッカー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2447"/>
        <source>&amp;Line</source>
        <translation>直線(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="166"/>
        <source>Server out of space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="167"/>
        <source>Server is running out of history space and session has grown too large to automatically reset! (Limit is %1 MB)
Simplify the canvas and reset manually before space runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1101"/>
        <source>Export error</source>
        <translation>エクスポートエラー</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1109"/>
        <source>Exporting...</source>
        <translation>エクスポート中...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1173"/>
        <source>Binary Recordings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1174"/>
        <source>Text Recordings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1175"/>
        <source>Compressed Binary Recordings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1176"/>
        <source>Compressed Text Recordings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1358"/>
        <source>Become Operator</source>
        <translation>管理者になる</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1359"/>
        <source>Enter operator password</source>
        <translation>管理者パスワードを入力</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="1549"/>
        <source>Session blocked by parental controls</source>
        <translation>ペアレンタルコントロールによりブロック済のセッション</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2143"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2388"/>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2389"/>
        <source>Settings...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2393"/>
        <source>&amp;Reset...</source>
        <translation>リセット(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2431"/>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2445"/>
        <source>Freehand</source>
        <translation>フリーハンド</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2445"/>
        <source>Freehand brush tool</source>
        <translation>フリーハンドのブラシツール</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2446"/>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2446"/>
        <source>Freehand eraser brush</source>
        <translation>フリーハンドの消しゴムツール</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2447"/>
        <source>Draw straight lines</source>
        <translation>直線を描画</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2448"/>
        <source>&amp;Rectangle</source>
        <translation>矩形(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2448"/>
        <source>Draw unfilled squares and rectangles</source>
        <translation>矩形 (塗りつぶしなし) を描画</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2449"/>
        <source>&amp;Ellipse</source>
        <translation>楕円(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2449"/>
        <source>Draw unfilled circles and ellipses</source>
        <translation>円 (塗りつぶしなし) を描画</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2450"/>
        <source>Bezier Curve</source>
        <translation>ベジェ曲線</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2450"/>
        <source>Draw bezier curves</source>
        <translation>ベジェ曲線を描画</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2451"/>
        <source>&amp;Flood Fill</source>
        <translation>塗りつぶす(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2452"/>
        <source>&amp;Annotation</source>
        <translation>注釈(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2452"/>
        <source>Add text to the picture</source>
        <translation>画像にテキストを追加</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2455"/>
        <source>Point out things on the canvas</source>
        <translation>キャンバス上の場所を指し示す</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2455"/>
        <source>&amp;Laser Pointer</source>
        <translation>レーザーポインター(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2456"/>
        <source>&amp;Select (Rectangular)</source>
        <translation>選択 (矩形)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2457"/>
        <source>&amp;Select (Free-Form)</source>
        <translation>選択 (自由形状)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2457"/>
        <source>Select a free-form area for copying</source>
        <translation>範囲を自由な形状で指定して選択</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2458"/>
        <source>&amp;Mark</source>
        <translation>マーカーを追加(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2458"/>
        <source>Leave a marker to find this spot on the recording</source>
        <translation>セッション記録から現在の位置を検索するためのマーカーを追加</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2475"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2479"/>
        <source>&amp;Shortcuts</source>
        <translation>ショートカット(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2481"/>
        <source>Toggle eraser mode</source>
        <translation>消しゴムモードを切り替え</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2482"/>
        <source>Swap Last Colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2530"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="95"/>
        <source>&amp;Homepage</source>
        <translation>ホームページ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2531"/>
        <source>Tablet Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2532"/>
        <source>Log File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2533"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="96"/>
        <source>&amp;About Drawpile</source>
        <translation>Drawpile について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2534"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="98"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt について</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="2559"/>
        <location filename="../../desktop/widgets/macmenu.cpp" line="93"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/macmenu.cpp" line="80"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
</context>
<context>
    <name>NetStats</name>
    <message>
        <location filename="../../desktop/ui/netstats.ui" line="14"/>
        <source>Statistics</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/netstats.ui" line="52"/>
        <source>Latency:</source>
        <translation>遅延:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/netstats.ui" line="69"/>
        <source>Sent:</source>
        <translation>送信済み:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/netstats.ui" line="76"/>
        <source>Received:</source>
        <translation>受信済み:</translation>
    </message>
</context>
<context>
    <name>NewDialog</name>
    <message>
        <location filename="../../desktop/ui/newdialog.ui" line="17"/>
        <source>New Drawing</source>
        <translation>新しいドローイング</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/newdialog.ui" line="25"/>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/newdialog.ui" line="48"/>
        <source>Height:</source>
        <translation>高さ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/newdialog.ui" line="71"/>
        <source>Background:</source>
        <translation>背景:</translation>
    </message>
</context>
<context>
    <name>PaletteListModel</name>
    <message>
        <location filename="../utils/palettelistmodel.cpp" line="172"/>
        <source>New palette</source>
        <translation>新しいパレット</translation>
    </message>
</context>
<context>
    <name>PlaybackDialog</name>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="59"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="82"/>
        <source>Step</source>
        <translation>コマ送り</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="102"/>
        <source>Skip stroke</source>
        <translation>ストロークをスキップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="190"/>
        <source>Speed:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="14"/>
        <source>Playback</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="39"/>
        <source>Rewind stroke</source>
        <translation>ストロークを巻き戻し</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="255"/>
        <source>Build Index</source>
        <translation>インデックスを構築</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="313"/>
        <source>Frame:</source>
        <translation>フレーム:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="345"/>
        <source>Time:</source>
        <translation>時間:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="393"/>
        <source>Automatically save a frame at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="396"/>
        <source>Autosave</source>
        <translation>自動保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="409"/>
        <source>Save frame</source>
        <translation>フレームを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="416"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="455"/>
        <source>Export Video...</source>
        <translation>動画にエクスポート...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playback.ui" line="469"/>
        <source>Filter recording</source>
        <translation>セッション記録をフィルタリング</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="90"/>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="550"/>
        <location filename="../../desktop/dialogs/videoexportdialog.cpp" line="97"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/utils/netfiles.cpp" line="67"/>
        <source>Unexpected file format</source>
        <translation>対応していないファイル形式です</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="490"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.cpp" line="934"/>
        <location filename="../../desktop/mainwindow.cpp" line="1020"/>
        <location filename="../../desktop/mainwindow.cpp" line="1177"/>
        <location filename="../../desktop/mainwindow.cpp" line="1788"/>
        <source>All Files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/resetdialog.cpp" line="53"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/resetdialog.cpp" line="57"/>
        <source>%1 s. ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="86"/>
        <source>Freehand</source>
        <translation>フリーハンド</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="91"/>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="96"/>
        <source>Line</source>
        <translation>直線</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="101"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="106"/>
        <source>Ellipse</source>
        <translation>楕円</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="111"/>
        <source>Bezier Curve</source>
        <translation>ベジェ曲線</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="116"/>
        <source>Flood Fill</source>
        <translation>塗りつぶし</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="121"/>
        <source>Annotation</source>
        <translation>注釈</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="126"/>
        <source>Color Picker</source>
        <translation>カラーピッカー</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="131"/>
        <source>Laser Pointer</source>
        <translation>レーザーポインター</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="136"/>
        <source>Selection (Rectangular)</source>
        <translation>選択 (矩形)</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/toolsettingsdock.cpp" line="141"/>
        <source>Selection (Free-Form)</source>
        <translation>選択 (自由形状)</translation>
    </message>
    <message>
        <location filename="../../desktop/toolwidgets/brushsettings.cpp" line="181"/>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../desktop/toolwidgets/brushsettings.cpp" line="185"/>
        <source>Color Erase</source>
        <translation>色消しゴム</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../canvas/loader.cpp" line="51"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../canvas/loader.cpp" line="52"/>
        <source>Foreground</source>
        <translation>前景</translation>
    </message>
    <message>
        <location filename="../canvas/loader.cpp" line="69"/>
        <source>Drawpile does not support all the features used in this OpenRaster file. Saving this file may result in data loss.
</source>
        <translation>Drawpile はこの OpenRaster ファイルで使用されている機能を一部サポートしていません。保存時にデータの損失が発生する場合があります。
</translation>
    </message>
    <message>
        <location filename="../canvas/loader.cpp" line="71"/>
        <source>Application specific extensions are used</source>
        <translation>アプリケーション固有の拡張機能が使用されています</translation>
    </message>
    <message>
        <location filename="../canvas/loader.cpp" line="73"/>
        <source>Nested layers are not fully supported.</source>
        <translation>入れ子レイヤーは完全にサポートされていません。</translation>
    </message>
    <message>
        <location filename="../net/serverdiscoverymodel.cpp" line="57"/>
        <location filename="../net/sessionlistingmodel.cpp" line="59"/>
        <source>%1h %2m</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../ora/orareader.cpp" line="380"/>
        <source>Image has zero size!</source>
        <translation>画像のサイズにゼロが指定されています！</translation>
    </message>
    <message>
        <location filename="../ora/orareader.cpp" line="383"/>
        <source>Image is too big!</source>
        <translation>画像が大きすぎます！</translation>
    </message>
    <message>
        <location filename="../ora/orareader.cpp" line="386"/>
        <source>No layers found!</source>
        <translation>レイヤーが見つかりません！</translation>
    </message>
    <message>
        <location filename="../ora/orareader.cpp" line="408"/>
        <source>Couldn&apos;t load layer %1</source>
        <translation>レイヤー %1 を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../ora/orareader.cpp" line="490"/>
        <source>File is not an OpenRaster file</source>
        <translation>このファイルは OpenRaster ファイルではありません</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../utils/passwordstore.cpp" line="189"/>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../utils/passwordstore.cpp" line="193"/>
        <source>Websites</source>
        <translation>Web サイト</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <location filename="../../desktop/ui/resetsession.ui" line="14"/>
        <source>Reset session</source>
        <translation>セッションをリセット</translation>
    </message>
</context>
<context>
    <name>ResizeDialog</name>
    <message>
        <location filename="../../desktop/ui/resizedialog.ui" line="14"/>
        <source>Resize Canvas</source>
        <translation>キャンバスのサイズを変更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resizedialog.ui" line="96"/>
        <source>Keep aspect ratio</source>
        <translation>アスペクト比を保持</translation>
    </message>
</context>
<context>
    <name>SelectionSettings</name>
    <message>
        <location filename="../../desktop/ui/selectsettings.ui" line="38"/>
        <source>Flip</source>
        <translation>上下反転</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selectsettings.ui" line="50"/>
        <source>Mirror</source>
        <translation>左右反転</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selectsettings.ui" line="74"/>
        <source>Fit to screen</source>
        <translation>画面に合わせる</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selectsettings.ui" line="81"/>
        <source>Reset size</source>
        <translation>サイズの変更をリセット</translation>
    </message>
</context>
<context>
    <name>ServerDiscoveryModel</name>
    <message>
        <location filename="../net/serverdiscoverymodel.cpp" line="69"/>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../net/serverdiscoverymodel.cpp" line="95"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../net/serverdiscoverymodel.cpp" line="96"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../net/serverdiscoverymodel.cpp" line="97"/>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
</context>
<context>
    <name>ServerLogDialog</name>
    <message>
        <location filename="../../desktop/ui/serverlog.ui" line="14"/>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/serverlog.ui" line="20"/>
        <source>Filter</source>
        <translation>フィルタ</translation>
    </message>
</context>
<context>
    <name>SessionListingDialog</name>
    <message>
        <location filename="../../desktop/ui/sessionlisting.ui" line="14"/>
        <source>Public sessions</source>
        <translation>公開セッション</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionlisting.ui" line="25"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionlisting.ui" line="99"/>
        <source>Show password protected sessions</source>
        <translation>パスワードで保護されたセッションを表示</translation>
    </message>
</context>
<context>
    <name>SessionSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="14"/>
        <source>Session Settings</source>
        <translation>セッションの設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="24"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="30"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="36"/>
        <source>Operator password:</source>
        <translation>管理者パスワード:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="66"/>
        <source>Include chat in session history so new users can see it as well</source>
        <translation>チャット内容を、後から参加したユーザーが遡れるようセッション履歴に保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="69"/>
        <source>Keep chat history</source>
        <translation>チャット履歴を保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="76"/>
        <source>Don&apos;t terminate session when the last user leaves</source>
        <translation>全員が退出してもセッションを残しておく</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="79"/>
        <source>Persist without users</source>
        <translation>ユーザーがいなくても保持する</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="86"/>
        <source>This session contains material not suitable for minors</source>
        <translation>このセッションには、マイノリティの人にとって適切でない (not suitable for minors) 内容が含まれます</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="89"/>
        <source>NSFM</source>
        <translation>NSFM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="102"/>
        <source>Locked features</source>
        <translation>制限する機能</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="108"/>
        <source>Only operators can paste images and use fill tools</source>
        <translation>画像の切り貼りと塗りつぶしを管理者だけに制限します</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="111"/>
        <source>Cut, paste &amp;&amp; fill</source>
        <translation>切り取り・貼り付け・塗りつぶし</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="118"/>
        <source>Only operators can create new annotations</source>
        <translation>新しい注釈の作成を管理者だけに制限します</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="121"/>
        <source>New annotations</source>
        <translation>注釈の追加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="128"/>
        <source>Only operators can change layer attributes</source>
        <translation>レイヤー属性の変更を管理者だけに制限します</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="131"/>
        <source>Layer controls</source>
        <translation>レイヤー操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="138"/>
        <source>Allow normal users to create and edit their own layers</source>
        <translation>自分だけのレイヤーの作成と編集を通常ユーザーに許可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="141"/>
        <source>Allow own layers</source>
        <translation>専有レイヤーを許可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="164"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="170"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="184"/>
        <source>Max users:</source>
        <translation>最大ユーザー数:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="191"/>
        <source>How many users to let in. Does not affect users already logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="243"/>
        <source>Prevent new users from drawing until explicitly unlocked by an operator</source>
        <translation>新しく参加したユーザーは、管理者が許可するまでキャンバスに書き込みできなくなります</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="246"/>
        <source>Lock new users</source>
        <translation>新規ユーザーの描画を制限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="359"/>
        <source>Private listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="370"/>
        <source>Public listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="236"/>
        <source>Block new logins</source>
        <translation>新規ログインをブロック</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="253"/>
        <source>No guest logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="263"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="284"/>
        <source>Banned users</source>
        <translation>BAN したユーザー</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="315"/>
        <location filename="../../desktop/ui/sessionsettings.ui" line="381"/>
        <source>Remove selected</source>
        <translation>選択したユーザーをリストから消す</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessionsettings.ui" line="325"/>
        <source>Announcements</source>
        <translation>告知</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="14"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="576"/>
        <source>Ffmpeg path:</source>
        <translation>FFmpeg パス:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="399"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="38"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="625"/>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="628"/>
        <source> Mb</source>
        <translation> Mb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="618"/>
        <source>Session history:</source>
        <translation>セッションの履歴:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="23"/>
        <source>User Interface</source>
        <translation>ユーザーインターフェース</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="28"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="58"/>
        <source>Parental Controls</source>
        <translation>ペアレンタルコントロール</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="63"/>
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="90"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="100"/>
        <source>Logging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="107"/>
        <source>Write log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="127"/>
        <source>Tablet:</source>
        <translation>タブレット:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="134"/>
        <source>Enable pressure sensitivity</source>
        <translation>筆圧感知を有効化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="144"/>
        <source>Use Windows Ink (requires restart)</source>
        <translation>Windows Ink を使用 (Drawpile の再起動が必要)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="151"/>
        <source>Enable relative pen mode hack (Wintab only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="158"/>
        <source>Detect eraser tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="258"/>
        <source>Brush cursor:</source>
        <translation>ブラシカーソル:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="266"/>
        <source>Dot</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="271"/>
        <source>Crosshair</source>
        <translation>十字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="276"/>
        <source>Arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="297"/>
        <source>Tools:</source>
        <translation>ツール:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="304"/>
        <source>Shortcut toggles last selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="315"/>
        <source>Notification volume:</source>
        <translation>通知ボリューム:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="355"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="362"/>
        <source>Recording marker</source>
        <translation>セッション記録マーカー</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="369"/>
        <source>User login and logout</source>
        <translation>ユーザーのログインとログアウト</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="376"/>
        <source>Canvas lock</source>
        <translation>キャンバスのロック</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="383"/>
        <source>Notifications:</source>
        <translation>通知:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="396"/>
        <source>shortest: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="435"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="438"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="569"/>
        <source>Add timestamp markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="856"/>
        <source>NSFM tag words:</source>
        <translation>NSFM タグワード:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="866"/>
        <source>Automatically add NSFM tag based on title</source>
        <translation>タイトルに基づいて NSFM タグを自動的に追加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="873"/>
        <source>NSFM sessions:</source>
        <translation>NSFM セッション:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="880"/>
        <source>Unrestricted</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="887"/>
        <source>Hide from listings</source>
        <translation>一覧に表示しない</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="894"/>
        <source>Disallow joining</source>
        <translation>接続を禁止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="901"/>
        <source>Disconnect when tagged as NSFM</source>
        <translation>NSFM タグが付加されたら切断する</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="932"/>
        <source>Note: passwords are not encrypted.</source>
        <translation>注意: パスワードは暗号化されません。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="559"/>
        <source>Record pauses</source>
        <translation>中断を記録</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="583"/>
        <source>Default folder:</source>
        <translation>デフォルトのフォルダ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="604"/>
        <source>Default server port:</source>
        <translation>デフォルトのサーバーポート:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="232"/>
        <location filename="../../desktop/ui/settings.ui" line="654"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="225"/>
        <source>Autosave interval:</source>
        <translation>自動保存間隔:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="188"/>
        <source>Scroll with finger</source>
        <translation>指でスクロール</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="181"/>
        <source>Touch:</source>
        <translation>タッチ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="195"/>
        <source>Pinch to zoom</source>
        <translation>ピンチ操作でズーム</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="202"/>
        <source>Twist to rotate</source>
        <translation>2 本指ドラッグで回転</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="33"/>
        <source>Animation</source>
        <translation>アニメーション</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="510"/>
        <source> below</source>
        <translation> 枚下に</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="517"/>
        <source> above</source>
        <translation> 枚上に</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="590"/>
        <source>Onionskin layers:</source>
        <translation>レイヤーのオニオンスキン表示:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="542"/>
        <source>Tint layers</source>
        <translation>レイヤーに色を付ける</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="549"/>
        <source>Treat the bottom-most layer as the frame background</source>
        <translation>一番下のレイヤーをフレームの背景として使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="552"/>
        <source>Use background layer</source>
        <translation>背景レイヤーを使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="43"/>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="728"/>
        <source>Filter</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="48"/>
        <source>Known Hosts</source>
        <translation>既知のホスト</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="53"/>
        <source>List Servers</source>
        <translation>サーバーの一覧</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="836"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="761"/>
        <source>Import trusted...</source>
        <translation>信頼済みホストをインポート...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="647"/>
        <source>Connection timeout:</source>
        <translation>接続タイムアウト:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="670"/>
        <source>Announce with Zeroconf</source>
        <translation>Zeroconf で告知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="677"/>
        <source>Automatically set up port forwarding with UPnP</source>
        <translation>UPnP でポート転送を自動的にセットアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="684"/>
        <source>Never publish user list</source>
        <translation>ユーザーリストを公開しない</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="691"/>
        <source>Automatically reset when space is low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="784"/>
        <source>Mark as trusted</source>
        <translation>信頼済みとしてマーク</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.ui" line="798"/>
        <location filename="../../desktop/ui/settings.ui" line="843"/>
        <location filename="../../desktop/ui/settings.ui" line="961"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>TabletTest</name>
    <message>
        <location filename="../../desktop/ui/tablettest.ui" line="14"/>
        <source>Tablet Tester</source>
        <translation>タブレットテスター</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tablettest.ui" line="32"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>TextSettings</name>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="68"/>
        <source>Horizontal alignment</source>
        <translation>水平方向の整列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="81"/>
        <source>Vertical alignment</source>
        <translation>垂直方向の整列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="113"/>
        <source>Background color</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="139"/>
        <source>Text color</source>
        <translation>テキストの色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="158"/>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="180"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="197"/>
        <source>Underline</source>
        <translation>下線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="214"/>
        <source>Strikethrough</source>
        <translation>打ち消し線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="233"/>
        <source>Annotation content</source>
        <translation>注釈を入力</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="242"/>
        <source>Merge the text onto the current layer</source>
        <translation>テキストを現在のレイヤーに統合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="245"/>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="252"/>
        <source>Delete this annotation</source>
        <translation>この注釈を削除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="255"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/textsettings.ui" line="266"/>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserBox</name>
    <message>
        <location filename="../../desktop/ui/userbox.ui" line="37"/>
        <source>Undo changes by selected user</source>
        <translation>選択したユーザーによる変更を取り消す</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/userbox.ui" line="51"/>
        <source>Redo changes by selected user</source>
        <translation>選択したユーザーによる変更をやり直す</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/userbox.ui" line="84"/>
        <source>Session operator</source>
        <translation>セッション管理者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/userbox.ui" line="101"/>
        <source>Lock selected user</source>
        <translation>選択したユーザーをロック</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/userbox.ui" line="118"/>
        <source>Block selected user from chat</source>
        <translation>選択したユーザーのチャット参加をブロック</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/userbox.ui" line="135"/>
        <source>Kick selected user</source>
        <translation>選択したユーザーを切断</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/userbox.ui" line="149"/>
        <source>Ban selected user</source>
        <translation>選択したユーザーを BAN</translation>
    </message>
</context>
<context>
    <name>VideoExport</name>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="14"/>
        <source>Export video</source>
        <translation>動画にエクスポート</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="22"/>
        <source>Export format:</source>
        <translation>エクスポートする形式:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="30"/>
        <source>Image series</source>
        <translation>一連の画像</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="35"/>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="139"/>
        <source>Framerate:</source>
        <translation>フレームレート:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="148"/>
        <source> FPS</source>
        <translation> FPS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="176"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="127"/>
        <source>Video Options</source>
        <translation>動画のオプション</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="40"/>
        <source>Animated GIF</source>
        <translation>アニメーション GIF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="50"/>
        <source>Animation Options</source>
        <translation>アニメーションのオプション</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="59"/>
        <source>Layers:</source>
        <translation>レイヤー:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="91"/>
        <source>Background:</source>
        <translation>背景:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="101"/>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="106"/>
        <source>Bottom layer</source>
        <translation>一番下のレイヤー</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="111"/>
        <source>Solid color</source>
        <translation>単色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="245"/>
        <source>Export Options</source>
        <translation>エクスポートのオプション</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="276"/>
        <source>Image format:</source>
        <translation>画像形式:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="303"/>
        <source>File name pattern:</source>
        <translation>ファイル名の書式:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="323"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Supported pattern placeholders:&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;{F}&lt;/span&gt; - frame number&lt;br/&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;{E}&lt;/span&gt; - file extension&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;以下のプレースホルダを書式に使用できます。&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;{F}&lt;/span&gt; - フレーム番号&lt;br/&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;{E}&lt;/span&gt; - ファイル拡張子&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="368"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="377"/>
        <source>Container format</source>
        <translation>コンテナ形式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="406"/>
        <source>Video codec</source>
        <translation>動画コーデック</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="428"/>
        <source>Audio codec</source>
        <translation>音声コーデック</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="432"/>
        <source>Original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="457"/>
        <source>Quality:</source>
        <translation>画質:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="468"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="473"/>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="478"/>
        <source>Good</source>
        <translation>良</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="483"/>
        <source>Very good</source>
        <translation>最良</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="491"/>
        <source>Soundtrack:</source>
        <translation>サウンドトラック:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="502"/>
        <source>Error: Ffmpeg executable not found!</source>
        <translation>エラー: FFmpeg 実行ファイルが見つかりません！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="516"/>
        <source>Dithering:</source>
        <translation>ディザリング:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="524"/>
        <source>Diffuse</source>
        <translation>拡散</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="529"/>
        <source>Ordered</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="534"/>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/videoexport.ui" line="542"/>
        <source>Optimize frame difference</source>
        <translation>フレーム間の差分を最適化</translation>
    </message>
</context>
<context>
    <name>canvas::UserListModel</name>
    <message>
        <location filename="../canvas/userlist.cpp" line="190"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../canvas/userlist.cpp" line="202"/>
        <source>User #%1</source>
        <translation>ユーザー #%1</translation>
    </message>
</context>
<context>
    <name>color_widgets::ColorDialog</name>
    <message>
        <location filename="../../desktop/bundled/QtColorWidgets/color_dialog.cpp" line="56"/>
        <source>Pick</source>
        <translation>抽出</translation>
    </message>
</context>
<context>
    <name>dialogs::AbuseReportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/abusereport.cpp" line="34"/>
        <source>Report</source>
        <translation>報告</translation>
    </message>
</context>
<context>
    <name>dialogs::CertificateView</name>
    <message>
        <location filename="../../desktop/dialogs/certificateview.cpp" line="42"/>
        <source>SSL Certificate for %1</source>
        <translation>%1 の SSL 証明書</translation>
    </message>
</context>
<context>
    <name>dialogs::FilterRecordingDialog</name>
    <message>
        <location filename="../../desktop/dialogs/recfilterdialog.cpp" line="37"/>
        <source>Filter</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recfilterdialog.cpp" line="50"/>
        <source>Save filtered recording</source>
        <translation>フィルタリングしたセッション記録を保存</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recfilterdialog.cpp" line="52"/>
        <source>Recordings (%1)</source>
        <translation>セッション記録 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recfilterdialog.cpp" line="53"/>
        <source>Compressed recordings (%1)</source>
        <translation>圧縮されたセッション記録 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recfilterdialog.cpp" line="77"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>dialogs::HostDialog</name>
    <message>
        <location filename="../../desktop/dialogs/hostdialog.cpp" line="44"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
</context>
<context>
    <name>dialogs::JoinDialog</name>
    <message>
        <location filename="../../desktop/dialogs/joindialog.cpp" line="41"/>
        <source>Join</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/joindialog.cpp" line="43"/>
        <source>Find...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/joindialog.cpp" line="96"/>
        <source>Searching...</source>
        <translation>検索中...</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/joindialog.cpp" line="112"/>
        <source>Room code not found!</source>
        <translation>ルームコードが見つかりません！</translation>
    </message>
</context>
<context>
    <name>dialogs::LoginDialog</name>
    <message>
        <location filename="../../desktop/dialogs/logindialog.cpp" line="79"/>
        <source>Report...</source>
        <translation>報告...</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/logindialog.cpp" line="117"/>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/logindialog.cpp" line="185"/>
        <source>Log in with %1 credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/logindialog.cpp" line="267"/>
        <source>%n age restricted session(s) hidden.</source>
        <translation>
            <numerusform>%n 個の年齢制限付きセッションが非表示になっています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/logindialog.cpp" line="279"/>
        <source>Show age restricted sessions?</source>
        <translation>年齢制限付きセッションを表示しますか？</translation>
    </message>
</context>
<context>
    <name>dialogs::NetStats</name>
    <message>
        <location filename="../../desktop/dialogs/netstats.cpp" line="59"/>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
</context>
<context>
    <name>dialogs::NewDialog</name>
    <message>
        <location filename="../../desktop/dialogs/newdialog.cpp" line="38"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/newdialog.cpp" line="74"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/newdialog.cpp" line="74"/>
        <source>Size is too large</source>
        <translation>サイズが大きすぎます</translation>
    </message>
</context>
<context>
    <name>dialogs::PlaybackDialog</name>
    <message>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="51"/>
        <source>Playback</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="101"/>
        <source>Video error</source>
        <translation>動画のエラー</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="205"/>
        <source>This recording was made with a different Drawpile version (%1) and may appear differently</source>
        <translation>このセッション記録は、現在お使いのものとは異なるバージョン (%1) の Drawpile で作成されたため、表示が異なる場合があります</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="208"/>
        <source>This recording was made with a newer Drawpile version (%1) which might not be compatible</source>
        <translation>このセッション記録は、現在お使いのものよりも新しいバージョン (%1) の Drawpile で作成されたため、互換性がない可能性があります</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="211"/>
        <source>Recording is incompatible. This recording was made with Drawpile version %1.</source>
        <translation>セッション記録に互換性がありません。このセッション記録は Drawpile バージョン %1 で作成されました。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="215"/>
        <source>Selected file is not a Drawpile recording</source>
        <translation>選択したファイルは Drawpile のセッション記録ではありません</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="219"/>
        <source>Cannot read file: %1</source>
        <translation>ファイル %1 を読み込めません</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="226"/>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="229"/>
        <source>Open Recording</source>
        <translation>セッション記録を開く</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="263"/>
        <source>Stop on markers</source>
        <translation>マーカーで停止</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/playbackdialog.cpp" line="272"/>
        <source>No indexed markers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs::ResizeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/resizedialog.cpp" line="42"/>
        <source>Resize</source>
        <translation>サイズを変更</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/resizedialog.cpp" line="44"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/resizedialog.cpp" line="74"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/resizedialog.cpp" line="74"/>
        <source>Size is too large</source>
        <translation>サイズが大きすぎます</translation>
    </message>
</context>
<context>
    <name>dialogs::SessionListingDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/sessionlistingdialog.cpp" line="75"/>
        <source>%n age restricted session(s) hidden.</source>
        <translation>
            <numerusform>%n 個の年齢制限付きセッションが非表示になっています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sessionlistingdialog.cpp" line="154"/>
        <source>Loading...</source>
        <translation>読み込み中...</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sessionlistingdialog.cpp" line="166"/>
        <source>Show age restricted sessions?</source>
        <translation>年齢制限付きセッションを表示しますか？</translation>
    </message>
</context>
<context>
    <name>dialogs::SessionSettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/sessionsettings.cpp" line="213"/>
        <source>yes</source>
        <comment>password</comment>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sessionsettings.cpp" line="213"/>
        <source>change</source>
        <comment>password</comment>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sessionsettings.cpp" line="215"/>
        <source>no</source>
        <comment>password</comment>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sessionsettings.cpp" line="215"/>
        <source>assign</source>
        <comment>password</comment>
        <translation>割り当て</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sessionsettings.cpp" line="279"/>
        <location filename="../../desktop/dialogs/sessionsettings.cpp" line="300"/>
        <source>Set a new password or leave blank to remove.</source>
        <translation>新しいパスワードを設定します。空白にするとパスワードを消去できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sessionsettings.cpp" line="281"/>
        <source>Set a password for the session.</source>
        <translation>セッションのパスワードを設定します。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sessionsettings.cpp" line="286"/>
        <source>Session Password</source>
        <translation>セッションパスワード</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sessionsettings.cpp" line="302"/>
        <source>Set a password for gaining operator status.</source>
        <translation>セッション管理者となるためのパスワードを設定します。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sessionsettings.cpp" line="307"/>
        <source>Operator Password</source>
        <translation>管理者パスワード</translation>
    </message>
</context>
<context>
    <name>dialogs::SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="86"/>
        <source>Set ffmepg path</source>
        <translation>FFmpeg パスを設定</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="88"/>
        <source>Executables (%1)</source>
        <translation>実行ファイル (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="97"/>
        <source>Recording folder</source>
        <translation>記録フォルダ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="106"/>
        <source>off</source>
        <comment>notifications sounds</comment>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="110"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="228"/>
        <source>Reset settings</source>
        <translation>設定をリセット</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="229"/>
        <source>Clear all settings?</source>
        <translation>すべての設定を消去しますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="353"/>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="659"/>
        <source>Unlock</source>
        <translation>ロックを解除</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="353"/>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="650"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="548"/>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="558"/>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="563"/>
        <source>Import trusted certificate</source>
        <translation>信頼済み証明書をインポート</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="549"/>
        <source>Certificates (%1)</source>
        <translation>証明書 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="558"/>
        <source>Invalid certificate!</source>
        <translation>無効な証明書です！</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="563"/>
        <source>Certificate common name not set!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="577"/>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="581"/>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="590"/>
        <source>Add public listing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="581"/>
        <source>Invalid URL!</source>
        <translation>無効な URL です！</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="636"/>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="652"/>
        <source>Unlock Parental Controls</source>
        <translation>ペアレンタルコントロールのロックを解除</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="637"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="639"/>
        <source>Lock Parental Controls</source>
        <translation>ペアレンタルコントロールをロック</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="640"/>
        <source>Set password</source>
        <translation>パスワードを設定</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settingsdialog.cpp" line="652"/>
        <source>Incorrect password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs::VideoExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/videoexportdialog.cpp" line="72"/>
        <source>Original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/videoexportdialog.cpp" line="73"/>
        <source>Custom:</source>
        <translation>カスタム:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/videoexportdialog.cpp" line="95"/>
        <source>Select soundtrack</source>
        <translation>サウンドトラックを選択</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/videoexportdialog.cpp" line="96"/>
        <source>Sound files (%1)</source>
        <translation>音声ファイル (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/videoexportdialog.cpp" line="221"/>
        <source>Select output directory</source>
        <translation>出力ディレクトリを選択</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/videoexportdialog.cpp" line="253"/>
        <location filename="../../desktop/dialogs/videoexportdialog.cpp" line="277"/>
        <source>Export video</source>
        <translation>動画をエクスポート</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/videoexportdialog.cpp" line="253"/>
        <location filename="../../desktop/dialogs/videoexportdialog.cpp" line="277"/>
        <source>%1 files (*%2)</source>
        <translation>%1 ファイル (*%2)</translation>
    </message>
</context>
<context>
    <name>docks::BrushPalette</name>
    <message>
        <location filename="../../desktop/docks/brushpalettedock.cpp" line="48"/>
        <source>Brushes</source>
        <translation>ブラシ</translation>
    </message>
</context>
<context>
    <name>docks::ColorBox</name>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="96"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="97"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="98"/>
        <location filename="../../desktop/docks/colorbox.cpp" line="265"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="101"/>
        <source>Write Protect</source>
        <translation>書き込み禁止</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="105"/>
        <source>Import...</source>
        <translation>インポート...</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="106"/>
        <source>Export...</source>
        <translation>エクスポート...</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="202"/>
        <source>Import palette</source>
        <translation>パレットをインポート</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="204"/>
        <source>Palettes (%1)</source>
        <translation>パレット (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="205"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="225"/>
        <source>Export palette</source>
        <translation>パレットをエクスポート</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="227"/>
        <source>GIM palette (%1)</source>
        <translation>GIM パレット (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="233"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/colorbox.cpp" line="266"/>
        <source>Delete palette &quot;%1&quot;?</source>
        <translation>パレット &quot;%1&quot; を削除しますか？</translation>
    </message>
</context>
<context>
    <name>docks::InputSettings</name>
    <message>
        <location filename="../../desktop/docks/inputsettingsdock.cpp" line="34"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
</context>
<context>
    <name>docks::LayerAclMenu</name>
    <message>
        <location filename="../../desktop/docks/layeraclmenu.cpp" line="28"/>
        <source>Lock this layer</source>
        <translation>このレイヤーをロック</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layeraclmenu.cpp" line="31"/>
        <source>Exclusive access:</source>
        <translation>排他的アクセス:</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layeraclmenu.cpp" line="33"/>
        <source>Everyone can draw</source>
        <translation>全員に編集を許可</translation>
    </message>
</context>
<context>
    <name>docks::LayerList</name>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="48"/>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="69"/>
        <source>Insert layer</source>
        <translation>レイヤーを挿入</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="73"/>
        <source>Hide from self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="78"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="82"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="94"/>
        <source>Merge down</source>
        <translation>下へ統合</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="95"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="92"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="93"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="100"/>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="104"/>
        <source>Solo</source>
        <translation>ソロ</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="108"/>
        <source>Onionskin</source>
        <translation>オニオンスキン</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="116"/>
        <source>Show numbers</source>
        <translation>番号を表示</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="323"/>
        <source>Mode:</source>
        <translation>表示モード:</translation>
    </message>
    <message>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="348"/>
        <location filename="../../desktop/docks/layerlistdock.cpp" line="368"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
</context>
<context>
    <name>docks::Navigator</name>
    <message>
        <location filename="../../desktop/docks/navigator.cpp" line="139"/>
        <source>Navigator</source>
        <translation>ナビゲーター</translation>
    </message>
</context>
<context>
    <name>net::AnnouncementListModel</name>
    <message>
        <location filename="../net/announcementlist.cpp" line="53"/>
        <source>Private</source>
        <translation>プライベート</translation>
    </message>
    <message>
        <location filename="../net/announcementlist.cpp" line="53"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../net/announcementlist.cpp" line="77"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../net/announcementlist.cpp" line="78"/>
        <source>Room code</source>
        <translation>ルームコード</translation>
    </message>
    <message>
        <location filename="../net/announcementlist.cpp" line="79"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
</context>
<context>
    <name>net::BanlistModel</name>
    <message>
        <location filename="../net/banlistmodel.cpp" line="76"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../net/banlistmodel.cpp" line="77"/>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <location filename="../net/banlistmodel.cpp" line="78"/>
        <source>Banned by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>net::Client</name>
    <message>
        <location filename="../net/client.cpp" line="250"/>
        <source>A server error occurred!</source>
        <translation>サーバーエラーが発生しました！</translation>
    </message>
    <message>
        <location filename="../net/client.cpp" line="252"/>
        <source>The server is shutting down!</source>
        <translation>このサーバーはシャットダウン中です！</translation>
    </message>
</context>
<context>
    <name>net::LoginHandler</name>
    <message>
        <location filename="../net/login.cpp" line="102"/>
        <source>Your IP address is banned from this server</source>
        <translation>あなたの IP アドレスはこのサーバーに BAN されています</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="109"/>
        <location filename="../net/login.cpp" line="135"/>
        <location filename="../net/login.cpp" line="374"/>
        <source>Invalid state</source>
        <translation>無効な状態です</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="157"/>
        <location filename="../net/login.cpp" line="164"/>
        <location filename="../net/login.cpp" line="235"/>
        <location filename="../net/login.cpp" line="409"/>
        <location filename="../net/login.cpp" line="563"/>
        <source>Incompatible server</source>
        <translation>互換性のないサーバー</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="171"/>
        <source>Server is for a different Drawpile version!</source>
        <translation>サーバーはあなたのバージョンの Drawpile 用ではありません！</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="213"/>
        <source>Secure mode not enabled on a trusted host!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="218"/>
        <source>This is a secure secure server, but secure connection support is not available!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="258"/>
        <source>This server does not allow guest logins</source>
        <translation>このサーバーはゲストログインを許可していません</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="260"/>
        <source>Password needed to log in as &quot;%1&quot;</source>
        <translation>&quot;%1&quot; としてログインするにはパスワードが必要です</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="308"/>
        <location filename="../net/login.cpp" line="314"/>
        <source>Auth server error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="337"/>
        <source>Unexpected ext-auth response: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="357"/>
        <source>Server misconfiguration: invalid ext-auth URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="362"/>
        <source>Unsupported ext-auth URL scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="483"/>
        <source>Session not yet started!</source>
        <translation>セッションはまだ開始されていません！</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="486"/>
        <source>Blocked by parental controls</source>
        <translation>ペアレンタルコントロールによりブロック済</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="757"/>
        <source>Server is full!</source>
        <translation>サーバーが満員です！</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="759"/>
        <source>Hosting not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="761"/>
        <source>You have been banned from this session!</source>
        <translation>あなたはこのセッションから BAN されました！</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="763"/>
        <source>Session alias is reserved!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="489"/>
        <source>Session for a different Drawpile version in progress!</source>
        <translation>異なるバージョンの Drawpile によるセッションが実行中です！</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="571"/>
        <source>Enter session password</source>
        <translation>セッションのパスワードを入力してください</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="676"/>
        <location filename="../net/login.cpp" line="696"/>
        <source>Invalid SSL certificate for host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="679"/>
        <source>Certificate of a trusted server has changed!</source>
        <translation>信頼済みサーバーの証明書が更新されました！</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="737"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="746"/>
        <source>Session not found!</source>
        <translation>セッションが見つかりません！</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="748"/>
        <source>Incorrect password!</source>
        <translation>パスワードが違います！</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="751"/>
        <source>Invalid username!</source>
        <translation>無効なユーザー名です！</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="753"/>
        <source>This username has been locked</source>
        <translation>このユーザー名はロックされました</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="757"/>
        <source>Session is closed!</source>
        <translation>セッションは閉じられています！</translation>
    </message>
    <message>
        <location filename="../net/login.cpp" line="755"/>
        <source>Username already taken!</source>
        <translation>ユーザー名は既に取得されています！</translation>
    </message>
</context>
<context>
    <name>net::LoginSessionModel</name>
    <message>
        <location filename="../net/loginsessions.cpp" line="64"/>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../net/loginsessions.cpp" line="88"/>
        <source>Incompatible version</source>
        <translation>互換性のないバージョン</translation>
    </message>
    <message>
        <location filename="../net/loginsessions.cpp" line="127"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../net/loginsessions.cpp" line="128"/>
        <source>Started by</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../net/loginsessions.cpp" line="129"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
</context>
<context>
    <name>net::TcpServer</name>
    <message>
        <location filename="../net/tcpserver.cpp" line="110"/>
        <source>Received invalid data</source>
        <translation>無効なデータを受信しました</translation>
    </message>
</context>
<context>
    <name>paintcore</name>
    <message>
        <location filename="../core/blendmodes.cpp" line="30"/>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="36"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="42"/>
        <source>Recolor</source>
        <translation>色替え</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="48"/>
        <source>Behind</source>
        <translation>奥側に描画</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="54"/>
        <source>Multiply</source>
        <translation>乗算</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="60"/>
        <source>Divide</source>
        <translation>除算</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="66"/>
        <source>Burn</source>
        <translation>焼き込み</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="72"/>
        <source>Dodge</source>
        <translation>覆い焼き</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="78"/>
        <source>Darken</source>
        <translation>暗くする</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="84"/>
        <source>Lighten</source>
        <translation>明るくする</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="90"/>
        <source>Subtract</source>
        <translation>減算</translation>
    </message>
    <message>
        <location filename="../core/blendmodes.cpp" line="96"/>
        <source>Add</source>
        <translation>加算</translation>
    </message>
</context>
<context>
    <name>recording::IndexBuilder</name>
    <message>
        <location filename="../recording/indexbuilder.cpp" line="53"/>
        <source>Error opening %1 for writing</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../recording/indexbuilder.cpp" line="85"/>
        <source>Error writing file</source>
        <translation>ファイル書き込み中のエラーです</translation>
    </message>
</context>
<context>
    <name>recording::PlaybackController</name>
    <message>
        <location filename="../recording/playbackcontroller.cpp" line="382"/>
        <source>Cannot index compressed recordings.</source>
        <translation>圧縮されたセッション記録をインデクシングできません。</translation>
    </message>
    <message>
        <location filename="../recording/playbackcontroller.cpp" line="388"/>
        <source>Index not yet generated</source>
        <translation>インデックスはまだ生成されていません</translation>
    </message>
    <message>
        <location filename="../recording/playbackcontroller.cpp" line="395"/>
        <source>Error loading index!</source>
        <translation>インデックス読み込み中のエラーです！</translation>
    </message>
    <message>
        <location filename="../recording/playbackcontroller.cpp" line="457"/>
        <source>%1 m. %2 s.</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../recording/playbackcontroller.cpp" line="459"/>
        <source>%1 s.</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>sessionlisting::ListServerModel</name>
    <message>
        <location filename="../utils/listservermodel.cpp" line="187"/>
        <source>Nearby</source>
        <translation>付近</translation>
    </message>
</context>
<context>
    <name>sessionlisting::SessionListingModel</name>
    <message>
        <location filename="../net/sessionlistingmodel.cpp" line="71"/>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location filename="../net/sessionlistingmodel.cpp" line="110"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../net/sessionlistingmodel.cpp" line="111"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../net/sessionlistingmodel.cpp" line="112"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../net/sessionlistingmodel.cpp" line="113"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../net/sessionlistingmodel.cpp" line="114"/>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
</context>
<context>
    <name>tools::AnnotationSettings</name>
    <message>
        <location filename="../../desktop/toolwidgets/annotationsettings.cpp" line="72"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../desktop/toolwidgets/annotationsettings.cpp" line="73"/>
        <location filename="../../desktop/toolwidgets/annotationsettings.cpp" line="83"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../desktop/toolwidgets/annotationsettings.cpp" line="74"/>
        <source>Justify</source>
        <translation>均等割り当て</translation>
    </message>
    <message>
        <location filename="../../desktop/toolwidgets/annotationsettings.cpp" line="75"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../../desktop/toolwidgets/annotationsettings.cpp" line="82"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../desktop/toolwidgets/annotationsettings.cpp" line="84"/>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
</context>
<context>
    <name>tools::ColorPickerSettings</name>
    <message>
        <location filename="../../desktop/toolwidgets/colorpickersettings.cpp" line="64"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../../desktop/toolwidgets/colorpickersettings.cpp" line="80"/>
        <source>Pick from current layer only</source>
        <translation>現在のレイヤーから抽出</translation>
    </message>
</context>
<context>
    <name>widgets::BrushPreview</name>
    <message>
        <location filename="../../desktop/widgets/brushpreview.cpp" line="49"/>
        <source>Change Foreground Color</source>
        <translation>前景色を変更</translation>
    </message>
</context>
<context>
    <name>widgets::ChatBox</name>
    <message>
        <location filename="../../desktop/widgets/chatwidget.cpp" line="93"/>
        <source>Chat (recorded)...</source>
        <translation>チャット (記録)...</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/chatwidget.cpp" line="96"/>
        <source>Chat...</source>
        <translation>チャット...</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/chatwidget.cpp" line="146"/>
        <source>&lt;b&gt;%2&lt;/b&gt; joined the session</source>
        <translation>&lt;b&gt;%2&lt;/b&gt; がセッションに参加しました</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/chatwidget.cpp" line="160"/>
        <source>&lt;b&gt;%1&lt;/b&gt; left the session</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; がセッションから退出しました</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/chatwidget.cpp" line="167"/>
        <source>You have been kicked by %1</source>
        <translation>あなたは %1 にキックされました</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/chatwidget.cpp" line="277"/>
        <source>Invalid dice roll description: %1</source>
        <translation>無効なダイス表記です: %1</translation>
    </message>
</context>
<context>
    <name>widgets::ColorButton</name>
    <message>
        <location filename="../../desktop/widgets/colorbutton.cpp" line="56"/>
        <source>Select a color</source>
        <translation>色を選択</translation>
    </message>
</context>
<context>
    <name>widgets::NetStatus</name>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="403"/>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="74"/>
        <source>Copy address to clipboard</source>
        <translation>アドレスをクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="80"/>
        <source>Copy session URL to clipboard</source>
        <translation>セッション URL をクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="86"/>
        <source>Get externally visible IP address</source>
        <translation>外部公開用 IP アドレスを取得</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="98"/>
        <source>Hide address</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="113"/>
        <source>Statistics</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="125"/>
        <source>Show certificate</source>
        <translation>証明書を表示</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="130"/>
        <source>Low space!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="131"/>
        <source>Server is almost out of space for session history! Reset the session to free some up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="406"/>
        <source>Connecting...</source>
        <translation>接続中...</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="408"/>
        <source>Connecting to %1...</source>
        <translation>%1 に接続中...</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="412"/>
        <source>Connected</source>
        <translation>接続しました</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="414"/>
        <source>Host: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="183"/>
        <source>Logged in!</source>
        <translation>ログインしました！</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="202"/>
        <source>A previously unvisited host</source>
        <translation>過去に接続したことのないホストです</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="207"/>
        <source>Host certificate has not changed since the last visit</source>
        <translation>ホストの証明書が前回の接続時から更新されていません</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="212"/>
        <source>This is a trusted host</source>
        <translation>信頼済みホストです</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="418"/>
        <source>Logging out...</source>
        <translation>ログアウト中...</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="254"/>
        <source>Disconnected</source>
        <translation>切断しました</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="371"/>
        <source>&lt;b&gt;%1&lt;/b&gt; joined</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; が参加しました</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="377"/>
        <source>&lt;b&gt;%1&lt;/b&gt; left</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; が退出しました</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="382"/>
        <source>You have been kicked by %1</source>
        <translation>あなたは %1 にキックされました</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="416"/>
        <source>Room: %1</source>
        <translation>ルーム: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="452"/>
        <source>Notice</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="453"/>
        <source>Your Internet Service Provider is using Carrier Grade NAT. This makes it impossible for others to connect to you directly. See Drawpile&apos;s help page for workarounds.</source>
        <translation>現在お使いの ISP がキャリアグレード NAT を使用しているため、他のユーザーはあなたのコンピュータに直接接続できません。対処法については Drawpile のヘルプページをご覧ください。</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/netstatus.cpp" line="457"/>
        <source>Don&apos;t show this again</source>
        <translation>再び表示しない</translation>
    </message>
</context>
<context>
    <name>widgets::PaletteWidget</name>
    <message>
        <location filename="../../desktop/widgets/palettewidget.cpp" line="50"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/palettewidget.cpp" line="51"/>
        <source>Modify</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/palettewidget.cpp" line="52"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/palettewidget.cpp" line="58"/>
        <source>Set palette color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/palettewidget.cpp" line="253"/>
        <source>%1
Red: %2
Green: %3
Blue: %4
Hex: %5</source>
        <translation>%1
赤: %2
緑: %3
青: %4
16 進数: %5</translation>
    </message>
</context>
<context>
    <name>widgets::ViewStatus</name>
    <message>
        <location filename="../../desktop/widgets/viewstatus.cpp" line="84"/>
        <source>Drag the view while holding ctrl-space to rotate</source>
        <translation>Ctrl + スペースを押しながらドラッグして回転します</translation>
    </message>
</context>
</TS>
