<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="ko">
<context>
    <name>BroadcastServer</name>
    <message>
        <location filename="../network/BroadcastServer.cpp" line="34"/>
        <source>Could not read file %1</source>
        <translation>%1 ファイルをロードできません。</translation>
    </message>
    <message>
        <location filename="../network/BroadcastServer.cpp" line="90"/>
        <source>Unable to open %1 for writing</source>
        <translation>%1 ファイルを編集できません。</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <location filename="../network/Client.cpp" line="163"/>
        <source>Invalid hello response from server. Are you running the same version of ptcollab as the server?</source>
        <translatorcomment>d</translatorcomment>
        <translation>サーバーの応答に問題があります。ptcollabのバージョンが同じか確認してください。</translation>
    </message>
</context>
<context>
    <name>ComboOptions</name>
    <message>
        <location filename="../editor/ComboOptions.cpp" line="14"/>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ComboOptions.cpp" line="45"/>
        <source>Velocity</source>
        <translation>ベロシティ</translation>
    </message>
    <message>
        <location filename="../editor/ComboOptions.cpp" line="46"/>
        <source>Pan (Volume)</source>
        <translation>左右バランス</translation>
    </message>
    <message>
        <location filename="../editor/ComboOptions.cpp" line="47"/>
        <source>Pan (Time)</source>
        <translation>ステレオイメージ</translation>
    </message>
    <message>
        <location filename="../editor/ComboOptions.cpp" line="48"/>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location filename="../editor/ComboOptions.cpp" line="49"/>
        <source>Portamento</source>
        <translation>ポルタメント</translation>
    </message>
    <message>
        <location filename="../editor/ComboOptions.cpp" line="50"/>
        <source>Fine-tune</source>
        <translation>微調整（びちょうせい）</translation>
    </message>
    <message>
        <location filename="../editor/ComboOptions.cpp" line="51"/>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <location filename="../editor/ComboOptions.cpp" line="52"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../editor/ConnectDialog.ui" line="14"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../editor/ConnectDialog.ui" line="22"/>
        <source>Display Name</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <location filename="../editor/ConnectDialog.ui" line="32"/>
        <source>Server Address</source>
        <translation>サーバーアドレス</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusLabel</name>
    <message>
        <location filename="../editor/ConnectionStatusLabel.cpp" line="22"/>
        <source>Hosting on %1</source>
        <translation>%1でホスティング中</translation>
    </message>
    <message>
        <location filename="../editor/ConnectionStatusLabel.cpp" line="25"/>
        <source>Hosting on (but not connected to) %1</source>
        <translation>%1でホスティング中 (接続不良)</translation>
    </message>
    <message>
        <location filename="../editor/ConnectionStatusLabel.cpp" line="28"/>
        <source>Connected to %1</source>
        <translation>%1に接続されました</translation>
    </message>
    <message>
        <location filename="../editor/ConnectionStatusLabel.cpp" line="30"/>
        <source>Not connected</source>
        <translation>接続されていません</translation>
    </message>
</context>
<context>
    <name>CopyOptionsDialog</name>
    <message>
        <location filename="../editor/CopyOptionsDialog.ui" line="14"/>
        <source>Copy options</source>
        <translation>コピー オプション</translation>
    </message>
    <message>
        <location filename="../editor/CopyOptionsDialog.ui" line="20"/>
        <source>Pan (Volume)</source>
        <translation>左右バランス</translation>
    </message>
    <message>
        <location filename="../editor/CopyOptionsDialog.ui" line="27"/>
        <source>Velocity (Notes)</source>
        <translation>ベロシティ</translation>
    </message>
    <message>
        <location filename="../editor/CopyOptionsDialog.ui" line="34"/>
        <source>Pan (Time)</source>
        <translation>ステレオイメージ</translation>
    </message>
    <message>
        <location filename="../editor/CopyOptionsDialog.ui" line="41"/>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location filename="../editor/CopyOptionsDialog.ui" line="48"/>
        <source>Portamento</source>
        <translation>ポルタメント</translation>
    </message>
    <message>
        <location filename="../editor/CopyOptionsDialog.ui" line="55"/>
        <source>Fine-tune</source>
        <translatorcomment>Can&apos;t be sure if it&apos;s good translation, must consider</translatorcomment>
        <translation>微調整（びちょうせい）</translation>
    </message>
    <message>
        <location filename="../editor/CopyOptionsDialog.ui" line="62"/>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <location filename="../editor/CopyOptionsDialog.ui" line="69"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
</context>
<context>
    <name>DelayEffectModel</name>
    <message>
        <source>Group</source>
        <translation type="vanished">グループ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">ユニット</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translatorcomment>しゅうはすう</translatorcomment>
        <translation type="vanished">周波数(しゅうはすう)</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translatorcomment>ひりつ</translatorcomment>
        <translation type="vanished">比率</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/DelayEffectModel.cpp" line="114"/>
        <source>G</source>
        <comment>Group (abbreviated if necessary, shown in table header)</comment>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/DelayEffectModel.cpp" line="117"/>
        <source>Unit</source>
        <comment>Unit (abbreviated if necessary, shown in table header)</comment>
        <translation>ユニット</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/DelayEffectModel.cpp" line="120"/>
        <source>Freq.</source>
        <comment>Frequency (abbreviated if necessary, shown in table header)</comment>
        <translation>周波数</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/DelayEffectModel.cpp" line="124"/>
        <source>Ratio</source>
        <comment>Ratio (abbreviated if necessary, shown in table header)</comment>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/DelayEffectModel.cpp" line="131"/>
        <source>Group</source>
        <comment>Group (full word, shown in tooltip)</comment>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/DelayEffectModel.cpp" line="133"/>
        <source>Unit</source>
        <comment>Unit (full word, shown in tooltip)</comment>
        <translation>ユニット</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/DelayEffectModel.cpp" line="135"/>
        <source>Frequency</source>
        <comment>Frequency (full word, shown in tooltip)</comment>
        <translation>周波数(しゅうはすう)</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/DelayEffectModel.cpp" line="137"/>
        <source>Ratio</source>
        <comment>Ratio (full word, shown in tooltip)</comment>
        <translation>比率</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../editor/EditorWindow.ui" line="14"/>
        <source>pxtone collab</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="32"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="46"/>
        <location filename="../editor/EditorWindow.ui" line="109"/>
        <source>Help</source>
        <translatorcomment>There is setting option on this menu, so その他 looks better than HELP</translatorcomment>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="53"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="72"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="75"/>
        <source>Ctrl+O</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="80"/>
        <source>Save locally</source>
        <translatorcomment>confirmed</translatorcomment>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="83"/>
        <source>Ctrl+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="88"/>
        <source>About</source>
        <translation>プログラム情報</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="93"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="96"/>
        <source>Ctrl+K</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="101"/>
        <source>Save as</source>
        <translatorcomment>confirmed</translatorcomment>
        <translation>別名で保存</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="104"/>
        <source>Ctrl+Shift+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="114"/>
        <source>New</source>
        <translatorcomment>I can&apos;t be sure if this is proper translation</translatorcomment>
        <translation>新しいファイル</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="117"/>
        <source>Ctrl+N</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="122"/>
        <source>Exit</source>
        <translation>プログラム終了</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="127"/>
        <source>Shortcuts</source>
        <translation>ショートカットキー</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="132"/>
        <source>Clear app settings</source>
        <translation>設定のリセット</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="140"/>
        <location filename="../editor/EditorWindow.ui" line="190"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="145"/>
        <source>Increase font size</source>
        <translation>文字を大きくする</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="148"/>
        <source>Ctrl+=</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="153"/>
        <source>Decrease font size</source>
        <translation>文字を小さくする</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="156"/>
        <source>Ctrl+-</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="164"/>
        <source>Dark piano roll</source>
        <translation>黒いピアノロール</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="169"/>
        <source>Auto-add unit</source>
        <translation>自動でユニットを追加</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="177"/>
        <source>Preview with all units</source>
        <translation>すべてのユニットをプレビュー</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="180"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="185"/>
        <source>Render</source>
        <translation>*.wavファイルで書き出し</translation>
    </message>
    <message>
        <source>Clear Settings</source>
        <translation type="vanished">設定のリセット</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="200"/>
        <location filename="../editor/EditorWindow.cpp" line="328"/>
        <source>Clean units / voices</source>
        <translation>ユニット・ボイスの最適化</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="208"/>
        <source>Velocity</source>
        <translation>ベロシティ</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="216"/>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="221"/>
        <source>Copy options</source>
        <translation>コピー オプション</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="224"/>
        <source>Ctrl+Shift+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.ui" line="195"/>
        <location filename="../editor/EditorWindow.cpp" line="275"/>
        <source>Clear settings</source>
        <translation>設定のリセット</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="276"/>
        <source>Are you sure you want to clear your app settings?</source>
        <translation>すべての設定をリセットします。よろしいですか？</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="290"/>
        <source>Multiplayer pxtone music editor. Special thanks to all testers and everyone in the pxtone discord!

Version: %1</source>
        <translation>pxtoneにオンライン協力を含む様々な機能が追加された作曲プログラムです。
pxtone Discordのユーザーのみなさまに感謝もうしあげます！

バージョン：%1</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="329"/>
        <source>Are you sure you want to remove all unused voices and units? This cannot be undone.</source>
        <translation>未使用のすべてのボイスとユニットを削除します。よろしいですか？
この操作は元に戻すことができません。</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="862"/>
        <source>Unsaved changes</source>
        <translation>変更が保存されていません</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="863"/>
        <source>Do you want to save your changes first?</source>
        <translation>変更内容を保存しますか？</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="919"/>
        <source>Found backup files from previous run</source>
        <translation>バックアップされたファイルを発見しました</translation>
    </message>
    <message>
        <source>Old backup save files found. This usually happens if a previous ptcollab session quit unexpxectedly. Opening backup folder. If you want to stop seeing this message, simply remove all the files from the folder (%1). </source>
        <translation type="vanished">古いバックアップファイルが見つかりました。前回のセッションが予期せず終了した場合に発生します。バックアップフォルダを開きます。
(%1) フォルダのすべてのファイルを削除すると、このメッセージが表示されなくなります。</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="920"/>
        <source>Old backup save files found. This usually happens if a previous ptcollab session quit unexpectedly. Opening backup folder. If you want to stop seeing this message, simply remove all the files from the folder (%1).</source>
        <translation>古いバックアップファイルが見つかりました。前回のセッションが予期せず終了した場合に発生します。バックアップフォルダを開きます。
(%1) フォルダのすべてのファイルを削除すると、このメッセージが表示されなくなります。</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="927"/>
        <source>Unable to open backup folder</source>
        <translation>バックアップフォルダを開くことができません。</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="928"/>
        <source>Unable to open backup folder. You can access your backups at %1</source>
        <translation>バックアップフォルダを開くことができません。%1 でバックアップファイルを確認できます。</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="957"/>
        <source>Others connected to server</source>
        <translation>接続されたユーザーリスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/EditorWindow.cpp" line="958"/>
        <source>There are other users (%n) connected to the server. Stop the server and start a new one?</source>
        <translation>
            <numerusform>現在%n人のユーザーが接続しています。サーバーを終了して新しく開始しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="986"/>
        <source>Invalid port</source>
        <translation>無効なポート番号</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1056"/>
        <source>Could not save file</source>
        <translation>ファイルを保存できません</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1057"/>
        <source>Could not open file %1 for writing</source>
        <translation>%1 ファイルを編集できません。</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1119"/>
        <source>Render settings invalid</source>
        <translation>誤った書き出しオプション</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1126"/>
        <location filename="../editor/EditorWindow.cpp" line="1135"/>
        <location filename="../editor/EditorWindow.cpp" line="1168"/>
        <source>Could not render</source>
        <translation>書き出しできません</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1127"/>
        <source>Filename must end with .wav</source>
        <translation>ファイル名の末尾に .wav を記入してください</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1136"/>
        <source>Filename must be a directory</source>
        <translation>ファイルのパスを記入してください</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1160"/>
        <location filename="../editor/EditorWindow.cpp" line="1172"/>
        <source>Rendering</source>
        <translation>書き出し中</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1160"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1169"/>
        <source>Could not open file for rendering</source>
        <translation>書き出しするためのファイルを見つけることができませんでした</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1183"/>
        <source>Render error</source>
        <translation>書き出しエラー</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1190"/>
        <source>Rendering done</source>
        <translation>書き出し完了</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1204"/>
        <location filename="../editor/EditorWindow.cpp" line="1213"/>
        <source>Invalid address</source>
        <translation>無効なアドレス</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1205"/>
        <source>Address must be of the form HOST:PORT.</source>
        <translation>アドレスは HOST:PORT の形式である必要があります。</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1214"/>
        <source>Port must be a number.</source>
        <translation>ポートは5桁以下の数字のみが可能です。</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1240"/>
        <source>Unsupported file type</source>
        <translation>サポートされていないファイルタイプ</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1241"/>
        <source>Unsupported file type. Must be local ptcop or instruments.</source>
        <translation>サポートされていないファイル形式です。ローカルptcopまたは楽器の作業物の可能性があります。</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1270"/>
        <source>Voice add error</source>
        <translation>ボイス追加エラー</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1271"/>
        <source>You are trying to add too many voices (%1). There is space for %2.</source>
        <translation>ボイスの追加が多すぎます (%1)。現在 %2 つの空きスペースがあります。</translation>
    </message>
    <message>
        <location filename="../editor/EditorWindow.cpp" line="1280"/>
        <source>Unsupported instrument type</source>
        <translation>サポートされていない楽器の種類</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <location filename="../editor/HostDialog.ui" line="14"/>
        <source>New Session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <location filename="../editor/HostDialog.ui" line="26"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../editor/HostDialog.ui" line="56"/>
        <location filename="../editor/HostDialog.ui" line="133"/>
        <source>Browse...</source>
        <translation>けんさく...</translation>
    </message>
    <message>
        <location filename="../editor/HostDialog.ui" line="100"/>
        <source>Record Session</source>
        <translation>セッション録画</translation>
    </message>
    <message>
        <location filename="../editor/HostDialog.ui" line="177"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../editor/HostDialog.ui" line="201"/>
        <source>Display Name</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <location filename="../editor/HostDialog.ui" line="208"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../editor/HostDialog.cpp" line="18"/>
        <source>New Project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <location filename="../editor/HostDialog.cpp" line="30"/>
        <source>No Recording</source>
        <translation>録画しない</translation>
    </message>
</context>
<context>
    <name>MidiWrapper</name>
    <message>
        <location filename="../editor/MidiWrapper.cpp" line="76"/>
        <source>Could not open MIDI port</source>
        <translation>ミディのポートを開けません</translation>
    </message>
    <message>
        <location filename="../editor/MidiWrapper.cpp" line="77"/>
        <source>Error opening MIDI port: %1</source>
        <translation>ミディ %1 のポートを開けません</translation>
    </message>
    <message>
        <location filename="../editor/MidiWrapper.cpp" line="91"/>
        <source>Select a port...</source>
        <translation>ポートを選択してください。。。</translation>
    </message>
    <message>
        <location filename="../editor/MidiWrapper.cpp" line="93"/>
        <source>No ports found...</source>
        <translation>存在しないポート...</translation>
    </message>
    <message>
        <location filename="../editor/MidiWrapper.cpp" line="108"/>
        <source>Binary not built with MIDI support...</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NewWoiceDialog</name>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="14"/>
        <source>Select Voice</source>
        <translation>ボイス選択</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="24"/>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="30"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="40"/>
        <source>Path</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="65"/>
        <location filename="../editor/NewWoiceDialog.ui" line="157"/>
        <source>Browse</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="77"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="83"/>
        <source>Key</source>
        <translatorcomment>音高 might be better, but going to consider while getting feedbacks from native</translatorcomment>
        <translation>ピッチ</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="106"/>
        <source>Vol</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="126"/>
        <location filename="../editor/NewWoiceDialog.ui" line="181"/>
        <source>Search</source>
        <translation>さがす</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="132"/>
        <source>Base folder</source>
        <translation>対象フォルダ</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="166"/>
        <source>Ex. &quot;organ -organya&quot; -&gt; names with &quot;organ&quot; but not &quot;organya&quot;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="169"/>
        <source>Query (?)</source>
        <translation>フォルダ内検索</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="188"/>
        <source>Search on type</source>
        <translation>タイプで検索</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.ui" line="231"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../editor/NewWoiceDialog.cpp" line="242"/>
        <source>Instruments (*.ptvoice *.ptnoise *.wav *.ogg)</source>
        <translation>楽器 (*.ptvoice, *.ptnoise, *.wav, *.ogg ファイル)</translation>
    </message>
</context>
<context>
    <name>OverdriveEffectModel</name>
    <message>
        <source>Group</source>
        <translation type="vanished">グループ</translation>
    </message>
    <message>
        <source>Cut</source>
        <translatorcomment>It seems to use english is better for this one</translatorcomment>
        <translation type="vanished">Cut</translation>
    </message>
    <message>
        <source>Amplification</source>
        <translatorcomment>Can&apos;t be sure</translatorcomment>
        <translation type="vanished">増幅器(アンプ)</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/OverdriveEffectModel.cpp" line="100"/>
        <source>G</source>
        <comment>Group (abbreviated if necessary, shown in table header)</comment>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/OverdriveEffectModel.cpp" line="103"/>
        <source>Cut</source>
        <comment>Cut (abbreviated if necessary, shown in table header)</comment>
        <translation>カット</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/OverdriveEffectModel.cpp" line="106"/>
        <source>Amp.</source>
        <comment>Amplification (abbreviated if necessary, shown in table header)</comment>
        <translation>アンプ</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/OverdriveEffectModel.cpp" line="114"/>
        <source>Group</source>
        <comment>Group (full word, shown in tooltip)</comment>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/OverdriveEffectModel.cpp" line="116"/>
        <source>Cut</source>
        <comment>Cut (full word, shown in tooltip)</comment>
        <translation>カット</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/OverdriveEffectModel.cpp" line="118"/>
        <source>Amplification</source>
        <comment>Amplification (full word, shown in tooltip)</comment>
        <translation>増幅器(アンプ)</translation>
    </message>
</context>
<context>
    <name>PxtoneClient</name>
    <message>
        <location filename="../editor/PxtoneClient.cpp" line="85"/>
        <source>Connection error: %1</source>
        <translation>接続エラー: %1</translation>
    </message>
    <message>
        <location filename="../editor/PxtoneClient.cpp" line="378"/>
        <source>Could not add voice</source>
        <translation>ボイスを追加できません</translation>
    </message>
    <message>
        <location filename="../editor/PxtoneClient.cpp" line="379"/>
        <source>Could not add voice %1</source>
        <translation>%1 ボイスを追加できません</translation>
    </message>
    <message>
        <location filename="../editor/PxtoneClient.cpp" line="395"/>
        <source>Could not remove voice</source>
        <translation>ボイスを削除できません</translation>
    </message>
    <message>
        <location filename="../editor/PxtoneClient.cpp" line="396"/>
        <source>Could not remove voice with ID %1</source>
        <translation>ボイス %1 を削除できません</translation>
    </message>
    <message>
        <location filename="../editor/PxtoneClient.cpp" line="408"/>
        <source>Could not change voice with ID %1</source>
        <translation>ボイス %1 を変更できません</translation>
    </message>
    <message>
        <source>Could not add remove voice with ID %1</source>
        <translation type="vanished">削除されたボイス(%1)を追加できません</translation>
    </message>
    <message>
        <location filename="../editor/PxtoneClient.cpp" line="407"/>
        <location filename="../editor/PxtoneClient.cpp" line="417"/>
        <source>Could not change voice</source>
        <translation>ボイスを変更できません</translation>
    </message>
    <message>
        <source>Could not add change voice with ID %1</source>
        <translation type="vanished">変更されたボイス(%1)を追加できません</translation>
    </message>
    <message>
        <location filename="../editor/PxtoneClient.cpp" line="418"/>
        <source>Could not change voice properties</source>
        <translation>ボイス権限を変更できません</translation>
    </message>
</context>
<context>
    <name>PxtoneSideMenu</name>
    <message>
        <location filename="../editor/sidemenu/PxtoneSideMenu.cpp" line="68"/>
        <source>Voice add error</source>
        <translation>ボイス追加エラー</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/PxtoneSideMenu.cpp" line="69"/>
        <source>You are trying to add too many voices (%1). There is space for %2.</source>
        <translation>ボイスの追加が多すぎます (%1)。現在 %2 つの空きスペースがあります。</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/PxtoneSideMenu.cpp" line="77"/>
        <source>Unable to add voice</source>
        <translation>ボイスを追加できません</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/PxtoneSideMenu.cpp" line="85"/>
        <source>Unable to change voice</source>
        <translation>ボイスを変更できません</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/PxtoneSideMenu.cpp" line="91"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/PxtoneSideMenu.cpp" line="91"/>
        <source>Cannot remove last voice.</source>
        <translation>直近のボイスを削除できません。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../editor/StyleEditor.cpp" line="468"/>
        <source>Title bar customization is not supported on this platform.</source>
        <translation>タイトルバーのカスタマイズはこのプラットフォームではサポートされていません。</translation>
    </message>
</context>
<context>
    <name>RenderDialog</name>
    <message>
        <location filename="../editor/RenderDialog.ui" line="14"/>
        <source>Render to WAV</source>
        <translation>*.wavファイルに書き出し</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="24"/>
        <source>Song</source>
        <translation>音樂</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="30"/>
        <source>Full</source>
        <translation>全長</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="50"/>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="73"/>
        <source>Render</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="87"/>
        <source>Length (s)</source>
        <translatorcomment>Can&apos;t be sure which one is better translation: 秒 or sec</translatorcomment>
        <translation>長さ (sec)</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="110"/>
        <source>Fade out (s)</source>
        <translatorcomment>Can&apos;t be sure which one is better translation: 秒 or sec</translatorcomment>
        <translation>フェードアウト (sec)</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="133"/>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="168"/>
        <source>Destination</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="182"/>
        <source>Browse...</source>
        <translation>けんさく...</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="203"/>
        <source>As single file</source>
        <translation>1つのファイルに書き出し</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.ui" line="213"/>
        <source>As separate units</source>
        <translation>各ユニット別に書き出し</translation>
    </message>
    <message>
        <location filename="../editor/RenderDialog.cpp" line="22"/>
        <source>WAV file (*.wav)</source>
        <translation>wavファイル (*.wav)</translation>
    </message>
</context>
<context>
    <name>SelectWoiceDialog</name>
    <message>
        <location filename="../editor/sidemenu/SelectWoiceDialog.ui" line="14"/>
        <source>Select instrument</source>
        <translation>楽器を選択</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SelectWoiceDialog.ui" line="22"/>
        <source>Unit name</source>
        <translation>ユニット名</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SelectWoiceDialog.ui" line="32"/>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="14"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="24"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="30"/>
        <source>Preview with all units (Ctrl+P)</source>
        <translation>すべてのユニットでプレビュー （Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="37"/>
        <source>Spacebar stops instead of pauses</source>
        <translation>スペースバーで停止時に開始地点に戻る</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="44"/>
        <source>Swap vertical / horizontal scrolling</source>
        <translatorcomment>confirmed</translatorcomment>
        <translation>左右/上下スクロールの動作を入れかえる</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="51"/>
        <source>Swap vertical / horizontal zoom</source>
        <translatorcomment>confirmed</translatorcomment>
        <translation>左右/上下拡大の動作を入れかえる</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="58"/>
        <source>Adjust velocity with vertical drag</source>
        <translation>ドラッグでベロシティを編集</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="65"/>
        <source>Auto-add unit with each new voice</source>
        <translation>新しいボイスを追加する際、自動的にユニットを追加</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="72"/>
        <source>Click on pinned unit to select unit</source>
        <translatorcomment>Need tests</translatorcomment>
        <translation>固定されたユニットをクリックしてユニットを選択</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="79"/>
        <source>Click on unit to preview voice</source>
        <translatorcomment>confirmed (might need tests)</translatorcomment>
        <translation>ユニットをクリックしてボイスプレビュー</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="86"/>
        <source>Follow seekhead snaps vs. jumping</source>
        <translation>再生バーの位置を基準に画面スクロール</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="118"/>
        <source>Default unit starting volume level</source>
        <translatorcomment>Volume looks correct (confirmed)</translatorcomment>
        <translation>ノート入力時のデフォルトボリューム</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="141"/>
        <source>View</source>
        <translatorcomment>表示 looks okay too but not changing yet, confirmed</translatorcomment>
        <translation>ビュー</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="147"/>
        <source>Style (Must restart)</source>
        <translation>スキン（再起動後に適用）</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="172"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="181"/>
        <source>Language</source>
        <translation>言語 (Language)</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="191"/>
        <source>Show welcome dialog on startup</source>
        <translatorcomment>Confirmed (both 歓迎 and Welcome looks okay though)</translatorcomment>
        <translation>開始時にWelcomeメッセージを表示</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="198"/>
        <source>Show peak meter numbers</source>
        <translation>ボリュームメーターに数値表示</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="205"/>
        <source>Display pinned unit name labels</source>
        <translation>固定したユニットの名前を画面上部に可視化</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="233"/>
        <source>Editor pixel zoom</source>
        <translatorcomment>&quot;UI 拡大比率 (きほん : 1)&quot; looks way too long for this option so, confirmed</translatorcomment>
        <translation>UIの大きさ</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="242"/>
        <source>Keyboard</source>
        <translation>ピアノ ロール</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="274"/>
        <source>Left piano width</source>
        <translatorcomment>Confirmed</translatorcomment>
        <translation>左側ピアノロールの長さ</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="283"/>
        <source>Display octave markers on A</source>
        <translation>A音にオクターブマーカーを表示</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="290"/>
        <source>Show alternate tuning systems (beta)</source>
        <translation>ピアノロール微分音 カスタム（BETA）</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="315"/>
        <source>Background piano pattern (?)</source>
        <translation>背景ピアノパターン（白、黒）</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="342"/>
        <source>MIDI</source>
        <translation>MIDI</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="348"/>
        <source>Input port</source>
        <translation>入力ポート</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="358"/>
        <source>Connect to last MIDI device on startup</source>
        <translatorcomment>previous :: 開始時に最も最近使用したMIDIデバイスに接続, confirmed</translatorcomment>
        <translation>最後に使用したMIDIデバイスに接続</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="365"/>
        <source>Auto-step on note input (Ctrl+L)</source>
        <translation>MIDI入力に合わせて自動的にノート入力（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="372"/>
        <source>Polyphonic note preview</source>
        <translatorcomment>previous :: 多重入力された音のプレビュー, confirmed</translatorcomment>
        <translation>和音のプレビュー</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="379"/>
        <source>Record (instead of preview) (Ctrl+R)</source>
        <translation>プレビューの代わりに録音する（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../editor/SettingsDialog.ui" line="386"/>
        <source>Velocity sensitivity</source>
        <translatorcomment>Right translation according to its function</translatorcomment>
        <translation>ベロシティ適用</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="14"/>
        <source>Shortcuts</source>
        <translation>ショートカットキー</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="45"/>
        <location filename="../editor/ShortcutsDialog.ui" line="255"/>
        <source>Space</source>
        <translation>スペース·バー</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="50"/>
        <location filename="../editor/ShortcutsDialog.ui" line="265"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="55"/>
        <location filename="../editor/ShortcutsDialog.ui" line="275"/>
        <source>Ctrl+Z</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="60"/>
        <location filename="../editor/ShortcutsDialog.ui" line="285"/>
        <source>Ctrl+Shift+Z</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="65"/>
        <location filename="../editor/ShortcutsDialog.ui" line="295"/>
        <source>Ctrl+Y</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="70"/>
        <location filename="../editor/ShortcutsDialog.ui" line="305"/>
        <source>Shift+scroll</source>
        <translation>Shift+スクロール</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="75"/>
        <source>Middle-click</source>
        <translation>ホイールクリック</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="80"/>
        <location filename="../editor/ShortcutsDialog.ui" line="325"/>
        <source>Ctrl+(shift)+scroll</source>
        <translation>Ctrl+(Shift)+スクロール</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="85"/>
        <location filename="../editor/ShortcutsDialog.ui" line="335"/>
        <source>Alt+scroll</source>
        <translation>Alt+スクロール</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="95"/>
        <location filename="../editor/ShortcutsDialog.ui" line="355"/>
        <source>Shift+click</source>
        <translation>Shift+クリック</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="115"/>
        <location filename="../editor/ShortcutsDialog.ui" line="120"/>
        <location filename="../editor/ShortcutsDialog.ui" line="130"/>
        <location filename="../editor/ShortcutsDialog.ui" line="140"/>
        <location filename="../editor/ShortcutsDialog.ui" line="160"/>
        <location filename="../editor/ShortcutsDialog.ui" line="165"/>
        <location filename="../editor/ShortcutsDialog.ui" line="170"/>
        <location filename="../editor/ShortcutsDialog.ui" line="175"/>
        <location filename="../editor/ShortcutsDialog.ui" line="180"/>
        <location filename="../editor/ShortcutsDialog.ui" line="185"/>
        <location filename="../editor/ShortcutsDialog.ui" line="190"/>
        <location filename="../editor/ShortcutsDialog.ui" line="195"/>
        <location filename="../editor/ShortcutsDialog.ui" line="200"/>
        <location filename="../editor/ShortcutsDialog.ui" line="205"/>
        <location filename="../editor/ShortcutsDialog.ui" line="210"/>
        <location filename="../editor/ShortcutsDialog.ui" line="215"/>
        <location filename="../editor/ShortcutsDialog.ui" line="220"/>
        <location filename="../editor/ShortcutsDialog.ui" line="225"/>
        <location filename="../editor/ShortcutsDialog.ui" line="230"/>
        <location filename="../editor/ShortcutsDialog.ui" line="235"/>
        <location filename="../editor/ShortcutsDialog.ui" line="240"/>
        <source>New Row</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="245"/>
        <source>Shortcut</source>
        <translation>ショートカットキー</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="250"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="260"/>
        <source>Play/Pause</source>
        <translatorcomment>confirmed</translatorcomment>
        <translation>再生/一時停止</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="270"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="280"/>
        <source>Undo</source>
        <translatorcomment>Confirmed</translatorcomment>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="290"/>
        <location filename="../editor/ShortcutsDialog.ui" line="300"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="310"/>
        <source>Scroll horizontally</source>
        <translation>横スクロール</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="315"/>
        <source>Middle-click drag</source>
        <translation>ホイールクリックでドラッグする</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="320"/>
        <source>Scroll</source>
        <translation>縦スクロール</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="330"/>
        <source>Zoom</source>
        <translation>拡大/縮小</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="340"/>
        <source>Change quantization</source>
        <translation>クオンタイズ拍子変更(X軸方向にスナップ)</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="345"/>
        <source>Ctrl+click</source>
        <translation>Ctrl+クリック</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="350"/>
        <source>Change pitch only, not note starts</source>
        <translation>クリックした地点の音程のみ変更</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="360"/>
        <source>Seek</source>
        <translation>進行バーの位置変更</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="365"/>
        <source>Ctrl+shift+click</source>
        <translation>Ctrl+Shift+クリック</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="370"/>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="375"/>
        <source>Ctrl+D</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="380"/>
        <source>Deselect</source>
        <translation>選択解除</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="385"/>
        <source>(Ctrl)+up/down</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="390"/>
        <source>Shift selection parameters (ctrl: by large value)</source>
        <translation>変数の値を調整（Ctrlでより大きな間隔で変更）</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="395"/>
        <source>(Ctrl)+Shift+up/down</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="400"/>
        <source>Transpose (ctrl: by octave)</source>
        <translation>音の位置を変更（Ctrlでオクターブ単位の変更）</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="405"/>
        <source>(Ctrl)+Shift+left/right</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="410"/>
        <source>Move selection by grid snap (ctrl: by measure)</source>
        <translation>選択したノートの左右のスナップ位置を移動（Ctrlで選択した間隔を基準に移動）</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="415"/>
        <source>W/S/PgUp/PgDn</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="420"/>
        <source>Cycle unit</source>
        <translation>ユニットを反復</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="425"/>
        <source>Shift+W/S/PgUp/PgDn</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="430"/>
        <source>Cycle unit among selected units</source>
        <translation>選択したユニットを反復</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="435"/>
        <source>1..9</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="440"/>
        <source>Jump to unit directly</source>
        <translatorcomment>confirmed</translatorcomment>
        <translation>入力した番号のユニットに移動</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="445"/>
        <source>R + click</source>
        <translation>R + クリック</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="450"/>
        <source>Jump to unit in piano roll</source>
        <translation>クリックしたノートのユニットに移動</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="455"/>
        <source>E/D</source>
        <translation>E/D</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="460"/>
        <source>Cycle parameter</source>
        <translatorcomment>can&apos;t be sure</translatorcomment>
        <translation>変数値の変更</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="465"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="470"/>
        <source>Follow playhead</source>
        <translatorcomment>活性化 looks better than 有効化</translatorcomment>
        <translation>進行バーについていく活性化</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="475"/>
        <source>F1..F4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="480"/>
        <source>Switch tabs</source>
        <translation>カテゴリーの移動</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="485"/>
        <source>Shift+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="490"/>
        <source>Toggle if a parameter is copied</source>
        <translatorcomment>Confirmed (sort of) (変数値のコピー可否をチェック)</translatorcomment>
        <translation>変数値のコピー ON/OFF</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="495"/>
        <source>Shift+D</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="500"/>
        <source>Toggle dark piano roll</source>
        <translatorcomment>confirmed</translatorcomment>
        <translation>背景を黒くする</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="505"/>
        <source>M</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="510"/>
        <source>Toggle mute</source>
        <translation>アクティブなユニットをミュート</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="515"/>
        <source>Shift+M</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="520"/>
        <source>Cycle solo (between current unit, selected units, all)</source>
        <translation>アクティブなユニットだけ再生</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="525"/>
        <source>J,L</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="530"/>
        <source>Step forward / back (useful for MIDI input)</source>
        <translation>X軸のスナップ値だけ前後に移動</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="535"/>
        <source>Ctrl+L</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="540"/>
        <source>Toggle auto-step forward on note input</source>
        <translatorcomment>confirmed</translatorcomment>
        <translation>MIDI 入力時に自動的にノート入力 ON/OFF</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="545"/>
        <source>I,K</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="550"/>
        <source>Increase / decrease step size (useful for MIDI)</source>
        <translation>X軸スナップ値の増加 / 減少</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="555"/>
        <source>Alt+Q</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="560"/>
        <source>Quantize selection to note snap (useful for MIDI)</source>
        <translatorcomment>confirmed</translatorcomment>
        <translation>選択した範囲のノートをクオンタイズする</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="565"/>
        <source>Shift+Alt+Q</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="570"/>
        <source>Quantize selection to tuning scale</source>
        <translation>Y軸にクオンタイズする</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="575"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="580"/>
        <source>Toggle preview with all units</source>
        <translation>入力した位置にあるすべてのユニットをプレビュー</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="585"/>
        <source>Ctrl+R</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="590"/>
        <source>Toggle MIDI recording mode</source>
        <translatorcomment>活性化 would be better than 有効化 imo</translatorcomment>
        <translation>MIDI 録音モードを活性化</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="595"/>
        <source>Alt+(Shift)+(Left/Right)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="600"/>
        <source>Tweak selection</source>
        <translation>選択された範囲を上書き（空白を含む）</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="605"/>
        <source>(Shift)+N</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="610"/>
        <source>New voice (unit)</source>
        <translation>新しいボイス（ユニット）</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="615"/>
        <source>Ctrl+Shift+(A/D)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="620"/>
        <source>(De)select all units</source>
        <translation>全ユニット選択(解除)</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="625"/>
        <source>Ctrl+C, Ctrl+V</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="630"/>
        <source>Copy, paste (at selection start)</source>
        <translation>コピー、貼り付け</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="635"/>
        <source>Ctrl+Shift+V</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="640"/>
        <source>Paste at selection end</source>
        <translation>選択した範囲の末尾に貼り付ける</translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="645"/>
        <source>Ctrl+Shift+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/ShortcutsDialog.ui" line="650"/>
        <source>Toggle copy options dialog</source>
        <translation>コピーオプションを開く</translation>
    </message>
</context>
<context>
    <name>SideMenu</name>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="14"/>
        <source>Form</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="123"/>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="174"/>
        <source>Add voice</source>
        <translation>ボイス追加</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="193"/>
        <source>Change voice</source>
        <translation>ボイス変更</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="196"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="212"/>
        <source>Remove voice</source>
        <translation>ボイス削除</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="225"/>
        <source>Unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="270"/>
        <source>Move unit up</source>
        <translation>上にのせる</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="287"/>
        <source>Move unit down</source>
        <translation>下に降りる</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="308"/>
        <source>Add unit</source>
        <translation>ユニット追加</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="321"/>
        <source>Remove unit</source>
        <translation>ユニット削除</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="334"/>
        <source>Song</source>
        <translatorcomment>confirmed</translatorcomment>
        <translation>エフェクト</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="340"/>
        <source>Effect</source>
        <translation>エフェクター</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="399"/>
        <source>Add overdrive</source>
        <translation>オーバードライブ追加</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="412"/>
        <source>Remove overdrive</source>
        <translation>オーバードライブ削除</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="433"/>
        <source>Tempo</source>
        <translation>BPM</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="456"/>
        <source>Beats</source>
        <translation>拍子</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="484"/>
        <source>Edit title &amp;&amp; comment</source>
        <translation>曲のタイトル·コメント変更</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="492"/>
        <source>Misc</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="498"/>
        <source>Users</source>
        <translation>接続中のユーザー</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="542"/>
        <source>Follow user</source>
        <translation>選択したユーザーの位置に従う</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="564"/>
        <source>Vol</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="593"/>
        <source>Buf</source>
        <translation>バッファリング</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="642"/>
        <source>Y</source>
        <translation>   Y軸
(微分音)</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="667"/>
        <source>Include this parameter when copying and pasting</source>
        <translation>変数値を一緒にコピー</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="670"/>
        <source>Copy</source>
        <translation> コピー</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="683"/>
        <source>Param</source>
        <translatorcomment>there would be better translate</translatorcomment>
        <translation>変数値（へんすうち）</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="709"/>
        <source>Snap X</source>
        <translation>X軸スナップ</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="719"/>
        <source>Follow the playhead when playing</source>
        <translatorcomment>confirmed (by my own)</translatorcomment>
        <translation>再生時に再生バーの位置に追従する</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.ui" line="722"/>
        <source>Follow</source>
        <translation>進行バー
追っかけ</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.cpp" line="99"/>
        <location filename="../editor/sidemenu/SideMenu.cpp" line="147"/>
        <source>Are you sure?</source>
        <translation>本当ですか？</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.cpp" line="100"/>
        <source>Are you sure you want to delete the unit (%1)? This cannot be undone.</source>
        <translation>本当に %1 ユニットを削除しますか？この操作は元に戻すことができません。</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.cpp" line="148"/>
        <source>Are you sure you want to delete the voice (%1)? This cannot be undone.</source>
        <translation>本当に %1 ボイスを削除しますか？この操作は元に戻すことができません。</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.cpp" line="153"/>
        <source>Cannot remove voice</source>
        <translation>ボイスを削除できません</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SideMenu.cpp" line="154"/>
        <source>Please select a valid voice to remove.</source>
        <translation>削除したい正しいボイスを選択してください。</translation>
    </message>
</context>
<context>
    <name>SongTitleDialog</name>
    <message>
        <location filename="../editor/sidemenu/SongTitleDialog.ui" line="14"/>
        <source>Edit song info</source>
        <translation>曲の情報変更</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SongTitleDialog.ui" line="20"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/SongTitleDialog.ui" line="30"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>UnitListModel</name>
    <message>
        <location filename="../editor/sidemenu/UnitListModel.cpp" line="159"/>
        <source>Name</source>
        <comment>Name (abbreviated if necessary, shown in table header)</comment>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/UnitListModel.cpp" line="178"/>
        <source>Visible</source>
        <translation>視覚化</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/UnitListModel.cpp" line="180"/>
        <source>Played</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/UnitListModel.cpp" line="182"/>
        <source>Pinned</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/UnitListModel.cpp" line="184"/>
        <source>Name</source>
        <comment>Name (full word, shown in tooltip)</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名前</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <location filename="../editor/sidemenu/UserListModel.cpp" line="65"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../editor/WelcomeDialog.ui" line="20"/>
        <source>pxtone collab</source>
        <translation>pxtone collab</translation>
    </message>
    <message>
        <location filename="../editor/WelcomeDialog.ui" line="86"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:24pt;&quot;&gt;pxtone collab&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../editor/WelcomeDialog.ui" line="96"/>
        <source>Multiplayer Music Editor </source>
        <translation>オンライン協力 DAWプログラム</translation>
    </message>
    <message>
        <location filename="../editor/WelcomeDialog.ui" line="140"/>
        <source>New</source>
        <translation>新しいファイル</translation>
    </message>
    <message>
        <location filename="../editor/WelcomeDialog.ui" line="153"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../editor/WelcomeDialog.ui" line="166"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../editor/WelcomeDialog.ui" line="177"/>
        <source>Show on startup</source>
        <translation>開始時の表示</translation>
    </message>
    <message>
        <location filename="../editor/WelcomeDialog.ui" line="197"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location filename="../editor/WelcomeDialog.cpp" line="13"/>
        <source>Connect to an existing server.</source>
        <translation>別のサーバーに接続します。</translation>
    </message>
    <message>
        <location filename="../editor/WelcomeDialog.cpp" line="14"/>
        <source>Create a new project without hosting.</source>
        <translation>ホスティングせずに新しいプロジェクトを作成.</translation>
    </message>
    <message>
        <location filename="../editor/WelcomeDialog.cpp" line="15"/>
        <source>Open an existing project for offline use.</source>
        <translation>オフラインで作業ファイルをインポートします。</translation>
    </message>
</context>
<context>
    <name>WoiceListModel</name>
    <message>
        <location filename="../editor/sidemenu/WoiceListModel.cpp" line="149"/>
        <source>Key</source>
        <comment>Key (abbreviated if necessary, shown in table header)</comment>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/WoiceListModel.cpp" line="152"/>
        <source>Name</source>
        <comment>Name (abbreviated if necessary, shown in table header)</comment>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/WoiceListModel.cpp" line="170"/>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/WoiceListModel.cpp" line="172"/>
        <source>Beat fit</source>
        <translation>拍子に合わせて調整</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/WoiceListModel.cpp" line="174"/>
        <source>Key</source>
        <comment>Key (full word, shown in tooltip)</comment>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../editor/sidemenu/WoiceListModel.cpp" line="176"/>
        <source>Name</source>
        <comment>Name (full word, shown in tooltip)</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="vanished">キー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名前</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="95"/>
        <source>Fix the server port to &lt;port&gt;.</source>
        <translation>サーバー ポートを &lt;port&gt; に変更してください。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="96"/>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="103"/>
        <source>Listen on this address (use 127.0.0.1 for private, 0.0.0.0 for public).</source>
        <translation>このサーバーで聞く(非公開サーバー時127.0.0.1、公開サーバー時0.0.0.0).</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="106"/>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="112"/>
        <source>Record the session to this file.</source>
        <translation>セッションをこのファイルに録画します。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="113"/>
        <source>record</source>
        <translation>録画</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="118"/>
        <source>Just run a server with no editor.</source>
        <translation>エディタなしでサーバーを起動します。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="123"/>
        <source>Load this file when starting.</source>
        <translation>起動時にこのファイルをロードします。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="129"/>
        <source>Join with this username.</source>
        <translation>このニックネームで参加します。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="134"/>
        <source>Write log messages to this file.</source>
        <translation>ログ メッセージをこのファイルに作成してください。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="135"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="140"/>
        <source>Clear application settings.</source>
        <translation>プログラム設定をリセットします。</translation>
    </message>
</context>
</TS>
