<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.0" language="ja_JP">
<context>
    <name>AVForm</name>
    <message>
        <source>Default resolution</source>
        <translation>デフォルトの解像度</translation>
    </message>
    <message>
        <source>Audio/Video</source>
        <translation>音声/ビデオ</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>範囲を選択</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>スクリーン %1</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>音声の設定</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>出力デバイス</translation>
    </message>
    <message>
        <source>Use slider to set volume of your speakers.</source>
        <translation>スライダーを使用して、スピーカーの音量を調節してください。</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>入力デバイス</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>ビデオ設定</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>ビデオデバイス</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>カメラの解像度を設定します。
大きい値だと、友人が見るビデオの品質がよくなります。
ただ、ビデオの品質をよくするには、高速なインターネット接続も必要です。
ご自身のインターネット接続が低速な場合、高品質のビデオ映像を送ることができずに
ビデオ通話に影響が出る可能性があります。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>デバイスを再検索</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>サウンドをテスト</translation>
    </message>
    <message>
        <source>Enables the experimental audio backend with echo cancelling support, needs qTox restart to take effect.</source>
        <translation>エコー除去をサポートする、実験的な音声バックエンドを有効にします。変更を反映するには qTox の再起動が必要です。</translation>
    </message>
    <message>
        <source>Enable experimental audio backend</source>
        <translation>実験的な音声バックエンドを有効にする</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>音質</translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to lower the internet usage.</source>
        <translation>転送される音声の音質です。帯域幅が十分に広くない場合や、インターネット使用料を抑えたい場合は、これを低く設定してください。</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>高 (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>中 (32 kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>低 (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>非常に低い (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translation>qTox について</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>元の作成者: %1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation>qTox バージョン %1 を使用しています。</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>コミットハッシュ値: %1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>toxcore バージョン: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt バージョン: %1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translation>既知の問題の一覧が Github の %1 で見つかるかもしれません。qTox のバグやセキュリティの脆弱性を発見したら、ウィキの %2 の記事のガイドラインに沿って報告してください。</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>バグを報告するにはここをクリックしてください。</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation>Github で %1 の完全な一覧を参照</translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all knownâ¦`</comment>
        <translation>バグトラッカー</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all knownâ¦`</comment>
        <translation>分かりやすいバグ報告の書き方</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list ofâ¦`</comment>
        <translation>貢献者</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <source>username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>status message</source>
        <translation>ステータスメッセージ</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation>使用したエイリアス:</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation>エイリアスの履歴</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation>設定した場合、連絡先からのファイルを自動的に承認します</translation>
    </message>
    <message>
        <source>Auto accept files</source>
        <translation>ファイルを自動承認</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>ファイルを保存するデフォルトの場所:</translation>
    </message>
    <message>
        <source>Auto accept for this contact is disabled</source>
        <translation>この連絡先からの自動承認は無効になっています</translation>
    </message>
    <message>
        <source>Auto accept call:</source>
        <translation>自動承認通話:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation>音声とビデオ</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation>設定した場合、この連絡先からのグループチャットの招待を自動的に承認します。</translation>
    </message>
    <message>
        <source>Auto accept group invites</source>
        <translation>グループ招待を自動承認</translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation>履歴を削除 (元に戻せません！)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation>この連絡先についてのメモの入力欄</translation>
    </message>
    <message>
        <source>You can save comment about this contact here.</source>
        <translation>この連絡先についてのコメントを保存できます。</translation>
    </message>
    <message>
        <source>History removed</source>
        <translation>履歴を削除しました</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <extracomment>popup title</extracomment>
        <translation>自動承認したファイルの保存場所を選択</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutSettings</name>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>既知の問題</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message utf8="true">
        <source>qTox is up to date ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>友達を登録できない</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation>Tox ID の形式が無効です</translation>
    </message>
    <message>
        <source>Add Friends</source>
        <translation>友達を追加</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>友達リクエストを送信</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>友達を追加</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>友達の承認要求</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Tox ID, either 76 hexadecimal characters or name@example.com</source>
        <translation>Tox ID (76 進数の文字列またはメールアドレス)</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation>友達の Tox ID を入力してください</translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translation>友達リクエストメッセージ</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation>友達リクエストの際に送信するメッセージを入力してください。デフォルトのメッセージを送信する場合は、空欄のままにしてください</translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid or does not exist</source>
        <comment>Toxme error</comment>
        <translation>%1 Tox ID は無効であるか、存在しません</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation>自分自身を友達として登録することはできません！</translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation>連絡先リストを開く</translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation>ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation>連絡先ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation>無効なファイル</translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation>このファイルからインポートできる連絡先が見つかりませんでした！</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation>Tox ID</translation>
    </message>
    <message>
        <source>either 76 hexadecimal characters or name@example.com</source>
        <extracomment>Tox ID format description</extracomment>
        <translation>76 進数の文字列またはメールアドレス</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation>開く</translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation>友達リクエストを送信</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation>%1 だよ！Tox で会話しない？</translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation>連絡先のリストをインポートします。1 行ごとに 1 つの Tox ID を記載してください</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <extracomment>Shows the number of contacts we&apos;re about to import from a file (at least one)</extracomment>
        <translation>
            <numerusform>%n 件の連絡先をインポートする準備が整いました。確認するには送信を押してください</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>連絡先をインポート</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translation>高度な設定</translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>really</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation>重要な注意事項</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>設定をリセット</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translation>すべての設定がデフォルトに復元されます。よろしいですか？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Call active</source>
        <comment>popup title</comment>
        <translation>通話中です</translation>
    </message>
    <message>
        <source>You can&apos;t disconnect while a call is active!</source>
        <comment>popup text</comment>
        <translation>通話中は切断できません！</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <source>Logs (*.log)</source>
        <translation>ログ (*.log)</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation>通常の設定ディレクトリではなく、カレントディレクトリに設定を保存</translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation>Tox をポータブルとして扱う</translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation>デフォルトの設定にリセット</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>ポータブル</translation>
    </message>
    <message>
        <source>Connection Settings</source>
        <translation>接続設定</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation>IPv6 を有効にする (推奨)</translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., toxing over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation type="unfinished">無効にすると、Torを使うことができます。ただ、無効にするとToxネットワークに負荷がかかるので、必要なときのみ使ってください。</translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation>UDP を有効にする (推奨)</translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation>プロキシの種類:</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Text on proxy addr label</extracomment>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Text on proxy port label</extracomment>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <comment>reconnect button</comment>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Export Debug Log</source>
        <translation>デバッグログをエクスポート</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>デバッグログをコピー</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>ファイルを送信</translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation>qTox は %1 を開けませんでした</translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation>不正な操作</translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation>%1 呼び出し中</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>%1 を呼び出しています</translation>
    </message>
    <message>
        <source>Failed to send file &quot;%1&quot;</source>
        <translation>ファイル &quot;%1&quot; の送信に失敗しました</translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation>一時ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translation>qTox はスクリーンショットを保存できませんでした</translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation>%1 との通話が終了しました。%2</translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation>通話時間: </translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 が入力しています</translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation>チャット履歴を読み込む…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation>%1 は現在 %2 です</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>ファイルにエクスポート</translation>
    </message>
    <message>
        <source>Save chat log</source>
        <translation>チャットログを保存</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation>%1 との通話は予期せず終了しました。%2</translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on windows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation>音声通話を開始できません</translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation>音声通話を開始</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation>音声通話を終了</translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation>音声通話をキャンセル</translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation>音声通話を承認</translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation>ビデオ通話を開始できません</translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation>ビデオ通話を開始</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>ビデオ通話を終了</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation>ビデオ通話をキャンセル</translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation>ビデオ通話を承認</translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation>通話中のみ、音声を無効にできます</translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation>通話をミュート解除</translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation>通話をミュート</translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation>通話中のみ、マイクをミュートできます</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>マイクをミュート解除</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>マイクをミュート</translation>
    </message>
</context>
<context>
    <name>ChatLog</name>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation>ここにメッセージを入力してください…</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translation>サークル名を変更</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation>サークルを削除</translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation>すべてを新しいウィンドウで開く</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation type="unfinished">/me 友達にならないか、&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friendship request</comment>
        <translation>無効な Tox ID</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friendship request</comment>
        <translation>リクエストにメッセージを書く必要があります</translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friendship request</comment>
        <translation>メッセージが長すぎます！</translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friendship request</comment>
        <translation>友達はすでに追加されています</translation>
    </message>
</context>
<context>
    <name>DesktopNotify</name>
    <message>
        <source>New group message received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New friend request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group invite received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>10Mb</source>
        <translation>10Mb</translation>
    </message>
    <message>
        <source>0kb/s</source>
        <translation>0kb/s</translation>
    </message>
    <message>
        <source>ETA:10:10</source>
        <translation>完了までの時間: 10:10</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translation>送信を待機しています…</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>承認してファイルを受け取る</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>保存先に書き込めません</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>書き込むのに必要な権限がありません！他の場所を選択するか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>再開しています…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>ファイルの場所を開く</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>転送を一時停止</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>転送をキャンセル</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>転送を再開</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>転送を承認</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <source>Remote Paused</source>
        <comment>file transfer widget</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Transferred Files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation>転送したファイル</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>アップロード</translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>1 週間以内</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Older than 6 Months</source>
        <translation>半年以上前</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
</context>
<context>
    <name>FriendRequestDialog</name>
    <message>
        <source>Friend request</source>
        <comment>Title of the window to aceept/deny a friend request</comment>
        <translation>友達リクエスト</translation>
    </message>
    <message>
        <source>Someone wants to make friends with you</source>
        <translation>誰かが友達になりたいようです</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ユーザー ID:</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>友達リクエストメッセージ:</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>Accept a friend request</comment>
        <translation>承認</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>Reject a friend request</comment>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Open chat in new window</source>
        <translation>チャットを新しいウィンドウで開く</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>このウィンドウからチャットを削除</translation>
    </message>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation>グループに招待</translation>
    </message>
    <message>
        <source>To new group</source>
        <translation>新しいグループへ</translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation>グループ &apos;%1&apos; に招待</translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translation>サークルに移動…</translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation>新しいサークルへ</translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation>サークル &apos;%1&apos; から削除</translation>
    </message>
    <message>
        <source>Move  to circle &quot;%1&quot;</source>
        <translation>サークル &quot;%1&quot; に移動</translation>
    </message>
    <message>
        <source>Set alias...</source>
        <translation>エイリアスを設定…</translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation>この友達からのファイルを自動承認</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from our friendlist</comment>
        <translation>友達を削除</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>自動承認したファイルの保存場所を選択</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新しいメッセージ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>退席中</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>多忙</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>自動承認したファイルの保存場所を選択</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>一般設定</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation>qTox が再起動するまで、翻訳は読み込まれない可能性があります。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation>オペレーティングシステムの起動時に qTox を起動します (現在のプロファイルで)。</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動起動</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translation>明るいトレイアイコンを有効にします。</translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation>明るいアイコン</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translation>タスクトレイにアイコンを表示</translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation>qTox はトレイに最小化されて起動します。</translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation>起動時、最小化しておく</translation>
    </message>
    <message>
        <source>After pressing minimize (_) qTox will minimize itself to tray,
instead of system taskbar.</source>
        <comment>toolTip for minimize to tray setting</comment>
        <translation>最小化ボタンをクリックすると、タスクバーではなく、トレイに最小化します。</translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation>トレイに最小化</translation>
    </message>
    <message>
        <source>After pressing close (X) qTox will minimize to tray,
instead of closing itself.</source>
        <comment>toolTip for close to tray setting</comment>
        <translation>閉じるボタンをクリックすると、終了せずにトレイに最小化します。</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>閉じた際、トレイに最小化</translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation>この時間退席すると、ステータスを退席中に変更します。</translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation>退席中になるまでの時間 (無効にするには 0 を指定):</translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation>0 を指定すると無効になります</translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation>ファイルを保存する場所を選択します。</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>ファイルを保存するデフォルトの場所:</translation>
    </message>
    <message>
        <source>You can set this on a per-friend basis by right clicking them.</source>
        <comment>autoaccept cb tooltip</comment>
        <translation>友達ごとに、右クリックすることで設定できます。</translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation>ファイルを自動承認</translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation>連絡先のステータスの変化を表示</translation>
    </message>
    <message>
        <source>Faux offline messaging</source>
        <translation>オフラインメッセージに見せかける</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericChatForm</name>
    <message>
        <source>Save chat log</source>
        <translation>チャットログを保存</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>消去済み</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>スマイリー</translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation>ファイルを送信</translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translation>スクリーンショットを送信</translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>表示されたメッセージを消去</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation>選択されたテキストを引用</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>リンクのアドレスをコピー</translation>
    </message>
    <message>
        <source>[System message]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>You are sure that you want to clear all displayed messages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericNetCamView</name>
    <message>
        <source>Tox video</source>
        <translation>Tox ビデオ</translation>
    </message>
    <message>
        <source>Show Messages</source>
        <translation>メッセージを表示</translation>
    </message>
    <message>
        <source>Hide Messages</source>
        <translation>メッセージを非表示</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>マイクをミュート</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>ビデオ通話を終了</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&lt;Empty&gt;</source>
        <comment>Placeholder when someone&apos;s name in a group chat is empty</comment>
        <translation>&lt;空&gt;</translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message>
        <source>%1 has set the title to %2</source>
        <translation>%1 さんがタイトルを %2 に設定しました</translation>
    </message>
    <message>
        <source>%1 is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new user has connected to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation>新しいグループを作成</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>グループ招待</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation>%2 %3 に %1 さんに招待されました。</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>辞退</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Open chat in new window</source>
        <translation>新しいウィンドウでチャットを開く</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>このウィンドウからチャットを削除</translation>
    </message>
    <message>
        <source>Set title...</source>
        <translation>タイトルを設定…</translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation>グループを終了</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
</context>
<context>
    <name>IdentitySettings</name>
    <message>
        <source>Public Information</source>
        <translation>公開情報</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <translation>Tox ID</translation>
    </message>
    <message>
        <source>This bunch of characters tells other Tox clients how to contact you.
Share it with your friends to communicate.</source>
        <comment>Tox ID tooltip</comment>
        <translation>この文字列には、他の Tox クライアントからあなたへ連絡する際の方法が記載されています。
友達と会話するには、これを共有してください。</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation>自分の Tox ID (クリックするとコピーできます)</translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translation>この QR コードには、あなたの Tox ID が含まれています。これも友達と共有しても構いません。</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>画像を保存</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Hide my name from the public list</source>
        <translation>ユーザー名を公開リストに表示しない</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation>プロファイルの名前を変更します。</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation>プロファイルを削除します。</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation>削除</translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation>自分の Tox プロファイルをファイルにエクスポートできます。プロファイルに履歴は含まれません。</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation>ログイン画面に戻る</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>パスワードを削除</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>パスワードを変更</translation>
    </message>
    <message>
        <source>Register on ToxMe</source>
        <translation>ToxMe で登録</translation>
    </message>
    <message>
        <source>Name for the ToxMe service.</source>
        <comment>Tooltip for the `Username` ToxMe field.</comment>
        <translation>ToxMe サービスの名前です。</translation>
    </message>
    <message>
        <source>Optional. Something about you. Or your cat.</source>
        <comment>Tooltip for the Biography text.</comment>
        <translation>省略可能です。ご自身についての文章です。あるいは飼い猫について。</translation>
    </message>
    <message>
        <source>Optional. Something about you. Or your cat.</source>
        <comment>Tooltip for the Biography field.</comment>
        <translation>省略可能です。ご自身についての文章です。あるいは飼い猫について。</translation>
    </message>
    <message>
        <source>ToxMe service to register on.</source>
        <translation>登録用の ToxMe サービス。</translation>
    </message>
    <message>
        <source>If not set, ToxMe entries are publicly visible.</source>
        <comment>Tooltip for the `Hide my name from public list` ToxMe checkbox.</comment>
        <translation>設定していない場合、ToxMe エントリーを誰でも見ることができます。</translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation>プロファイルのパスワードを削除し、暗号化を解除してください。</translation>
    </message>
    <message>
        <source>Name input</source>
        <translation>名前入力</translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation>連絡先に表示される名前</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>ステータスメッセージ入力</translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation>連絡先に表示されるステータスメッセージ</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>自分の Tox ID</translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation>ファイルとして QR コードを保存</translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation>クリップボードに QR コードをコピー</translation>
    </message>
    <message>
        <source>ToxMe username to be shown on ToxMe</source>
        <translation>ToxMe で表示される ToxMe ユーザー名</translation>
    </message>
    <message>
        <source>Optional ToxMe biography to be shown on ToxMe</source>
        <translation>ToxMe で表示される ToxMe の自己紹介 (省略可)</translation>
    </message>
    <message>
        <source>ToxMe service address</source>
        <translation>ToxMe サービスのアドレス</translation>
    </message>
    <message>
        <source>Visibility on the ToxMe service</source>
        <translation>ToxMe サービスの表示・非表示の状態</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Update ToxMe entry</source>
        <translation>ToxMe エントリーを更新</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation>プロファイルの名前を変更します。</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation>プロファイルを削除します。</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>プロファイルをエクスポート</translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation>プロファイルからパスワードを削除</translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation>プロファイルのパスワードを変更</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>My username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>My biography</source>
        <translation>自己紹介</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>プロファイル</translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load History Dialog</source>
        <translation>履歴の読み込みダイアログ</translation>
    </message>
    <message>
        <source>Load history from:</source>
        <translation>次の履歴を読み込む:</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 メッセージ</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>確認:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>パスワード強度: %p%</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>プロファイルを作成</translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation>プロファイルにパスワードがなければ、qTox はログイン画面をスキップできます</translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation>自動的に読み込む</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation>プロファイルを読み込む</translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translation>新しいプロファイルを作成できませんでした</translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation>ユーザー名を空にすることはできません。</translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation>パスワードは最低 6 文字である必要があります。</translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter same password twice.</source>
        <translation>入力したパスワードが異なっています。
同じパスワードを二度確実に入力してください。</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>同じ名前のプロファイルがすでに存在します。</translation>
    </message>
    <message>
        <source>Unknown error: Couldn&apos;t create a new profile.
If you encountered this error, please report it.</source>
        <translation>不明なエラー: 新しいプロファイルを作成できませんでした。
このエラーが表示された場合、問題を報告してください。</translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation>パスワードで保護されたプロファイルを自動的に読み込めません。</translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation>プロファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation>プロファイルが選択されていません。

新しく作成しましょう。</translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation>このプロファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>このプロファイルは使用中です。</translation>
    </message>
    <message>
        <source>Profile already in use. Close other clients.</source>
        <translation>プロファイルは使用中です。他のクライアントを終了させてください。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>パスワードが違います。</translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation>ユーザー名入力欄</translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation>パスワード入力欄です。空 (パスワードなし) にするか、最低 6 文字を入力してください</translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation>パスワード確認欄</translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation>新しいプロファイルを作成ボタン</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>プロファイルリスト</translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation>プロファイルのリスト</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>パスワード入力</translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation>自動的に読み込むチェックボックス</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>プロファイルをインポート</translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation>選択されたプロファイルを読み込むボタン</translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation>新しいプロファイルの作成ページ</translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation>既存のプロファイルを読み込み中ページ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation>友達を追加</translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation>グループチャットを作成</translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation>完了したファイル転送を表示</translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>プロファイルを開く</translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation>クリックされたらプロファイルページを開く</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>ステータスメッセージ入力</translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation>他の人に表示されるステータスメッセージを設定してください</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation>利用可能なステータスを設定</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>連絡先の検索</translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation>既存の友達に対する連絡先検索入力</translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation>並べ替えと表示</translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation>友達の並べ替えと表示を設定</translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation>友達を追加ページを開く</translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation>グループチャット</translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation>グループチャットメッセージページを開く</translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation>ファイル転送履歴</translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation>ファイル転送履歴を開く</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation>最小化</translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translation>すべて最前面に表示</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation>全画面表示を終了</translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation>全画面表示を開始</translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation>
            <numerusform>未読メッセージ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation>Caps Lock が有効になっています</translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation>すべてのチャット履歴を完全に消去してもよろしいですか？</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation>自分が入力している場合に、そのことを友達が分かるようになります。</translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation>入力通知を送信</translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation>チャット履歴の保持は、まだ開発中です。
保存形式が変わる可能性があるため、データが失われるかもしれません。</translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation>チャット履歴を保持</translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translation>NoSpam は、自分の Tox ID の一部です。
もし、あなたが不特定多数から友達リクエストを受け取るというスパム攻撃を受けたら、NoSpam を変更すべきです。
他の人が古い Tox ID であなたを友達として追加できなくなりますが、現在の友達には影響しません。</translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translation>NoSpam</translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translation>NoSpam は、自由に変更可能な、自分の Tox ID の一部です。
もし、あなたが不特定多数から友達リクエストを受け取るというスパム攻撃を受けたら、NoSpam を変更してください。</translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation>ランダムな NoSpam を生成</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation>ブラックリスト</translation>
    </message>
    <message>
        <source>Filter group message by group member&apos;s public key. Put public key here, one per line.</source>
        <translation>グループメンバーの公開鍵でグループメッセージをフィルターします。公開鍵を一行ごとに 1 つづつ、ここに入力してください。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation>パスワードからキーを作成できませんでした。プロファイルは新しいパスワードを使用しません。</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password on the database, it might be corrupted or use the old password.</source>
        <translation>データベースでパスワードを変更できませんでした。パスワードの形式が間違っているか、古いものを使用しています。</translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation>qTox で tox しています</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Current profile: </source>
        <translation>現在のプロファイル: </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Choose a profile picture</source>
        <translation>プロファイルの写真を選択</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>このファイルを開けません。</translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation>この画像を読み込めません。</translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translation>指定された画像は大きすぎます。
他の画像を使用してください。</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>&quot;%1&quot; の名前を変更</translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation>プロファイル名を &quot;%1&quot; に変更できませんでした</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>場所が書き込み可能ではありません</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>この場所に書き込む権限がありません。他の場所を選ぶか、保存ダイアログをキャンセルしてください。</translation>
    </message>
    <message>
        <source>Failed to copy file</source>
        <translation>ファイルのコピーに失敗</translation>
    </message>
    <message>
        <source>The file you chose could not be written to.</source>
        <translation>選択されたファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Really delete profile?</source>
        <comment>deletion confirmation title</comment>
        <translation>本当にプロファイルを削除しますか？</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation>このプロファイルを削除してもよろしいですか？</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translation>QR コードを保存 (*.png)</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>削除するものがありません</translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation>プロファイルにパスワードがありません！</translation>
    </message>
    <message>
        <source>Really delete password?</source>
        <comment>deletion confirmation title</comment>
        <translation>本当にパスワードを削除しますか？</translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Register (processing)</source>
        <translation>登録 (処理しています)</translation>
    </message>
    <message>
        <source>Update (processing)</source>
        <translation>更新 (処理しています)</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>完了しました！</translation>
    </message>
    <message>
        <source>Account %1@%2 updated successfully</source>
        <translation>アカウント %1@%2 の更新に成功しました</translation>
    </message>
    <message>
        <source>Successfully added %1@%2 to the database. Save your password</source>
        <translation>%1@%2 をデータベースに正しく追加しました。パスワードを保存を保存してください</translation>
    </message>
    <message>
        <source>Toxme error</source>
        <translation>Toxme エラー</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation>ファイルを削除できませんでした！</translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation>パスワードを変更</translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation>プロファイルにパスワードを設定</translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation>現在のプロファイル保存先: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation>パスワードを変更できませんでした</translation>
    </message>
    <message>
        <source>This bunch of characters tells other Tox clients how to contact you.
Share it with your friends to communicate.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation>空のパスは利用できません</translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation>名前を変更できませんでした</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation>プロファイルがすでに存在しています</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; という名前のプロファイルはすでに存在しています。</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>空の名前</translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation>空の名前は利用できません</translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation>空のパス</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password on the database, it might be corrupted or use the old password.</source>
        <translation>データベースでパスワードを変更できませんでした。パスワードの形式が間違っているか、古いものを使用しています。</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>プロファイルをエクスポート</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation>Tox 保存ファイル (*.tox)</translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation>次のファイルを削除できませんでした:</translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation>手動で削除してください。</translation>
    </message>
    <message>
        <source>Are you sure you want to delete your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation>パスワードを削除してもよろしいですか？</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation>画像 (%1)</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation>プロファイルをインポート</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation>Tox 保存ファイル (*.tox)</translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation>Tox のファイルではないものを無視します</translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation>警告: Tox の保存ファイルではないものが選択されました。無視します。</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation>プロファイルはすでに存在します</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation>&quot;%1&quot; という名前のプロファイルはすでに存在します。消去しますか？</translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation>プロファイルが存在しません</translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation>プロファイルがインポートされました</translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation>%1.tox を正しくインポートしました</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>LTR</source>
        <comment>Translate this string to the string &apos;RTL&apos; in right-to-left languages (for example Hebrew and Arabic) to get proper widget layout</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>友達を追加できませんでした</translation>
    </message>
    <message>
        <source>%1 is not a valid Toxme address.</source>
        <translation>%1 有効な ToxMe アドレスではありません。</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation>自分を友達として追加することはできません！</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tox URI to parse</source>
        <translation>解析用の Tox URI</translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation>新しいインスタンスを起動して、指定されたプロファイルを読み込みます。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Server doesn&apos;t support Toxme</source>
        <translation>サーバーが Toxme に対応していません</translation>
    </message>
    <message>
        <source>You&apos;re making too many requests. Wait an hour and try again</source>
        <translation>リクエストを送信しすぎています。1 時間待ってから、もう一度お試しください</translation>
    </message>
    <message>
        <source>This name is already in use</source>
        <translation>この名前はすでに使用されています</translation>
    </message>
    <message>
        <source>This Tox ID is already registered under another name</source>
        <translation>この Tox ID はすでに別の名前で登録されています</translation>
    </message>
    <message>
        <source>Please don&apos;t use a space in your name</source>
        <translation>名前にスペースを入れないでください</translation>
    </message>
    <message>
        <source>Password incorrect</source>
        <translation>パスワードが違います</translation>
    </message>
    <message>
        <source>You can&apos;t use this name</source>
        <translation>この名前は使えません</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>名前が見つかりません</translation>
    </message>
    <message>
        <source>Tox ID not sent</source>
        <translation>Tox ID が送信されていません</translation>
    </message>
    <message>
        <source>That user does not exist</source>
        <translation>ユーザーが存在しません</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation>%1 だよ！Tox で会話しない？</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation>qTox はチャットログを開けませんでした。ログは無効になります。</translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>オリーブ</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>すみれ</translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translation>お電話です…</translation>
    </message>
    <message>
        <source>Problem with HTTPS connection</source>
        <translation>HTTPS 接続に関する問題</translation>
    </message>
    <message>
        <source>Internal ToxMe error</source>
        <translation>ToxMe 内部エラー</translation>
    </message>
    <message>
        <source>Reformatting text in progress..</source>
        <translation>テキストの再書式設定が進行中です。</translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation>新しいインスタンスを開始して、ログイン画面を開いてください。</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveFriendDialog</name>
    <message>
        <source>Remove friend</source>
        <translation>友達を削除</translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation>チャット履歴も消去</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation>%1 を連絡先リストから削除してもよろしいですか?</translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation>設定した場合、友達とのチャット履歴をすべて削除します</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation>クリックとドラッグで範囲を選択します。%1 で qTox ウィンドウの表示・非表示を切り替えます。%2 でキャンセルします。</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation>%1 キーを押して、範囲のスクリーンショットを送信します。%2 で qTox ウィンドウの表示・非表示を切り替えます。%3 でキャンセルします。</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>[Enter] key on the keyboard</comment>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <source>The text could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchSettingsForm</name>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>パスワードを設定</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>確認:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>パスワードの強度: %p%</translation>
    </message>
    <message>
        <source>The password is too short</source>
        <translation>パスワードが短すぎます</translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>パスワードを確認</translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation>パスワードの確認入力</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>パスワード入力</translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation>パスワードの入力欄、最低でも 6 文字</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Circle #%1</source>
        <translation>サークル #%1</translation>
    </message>
</context>
<context>
    <name>ToxURIDialog</name>
    <message>
        <source>Add a friend</source>
        <comment>Title of the window to add a friend through Tox URI</comment>
        <translation>友達を追加</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation>%1 を友達に追加しますか？</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ユーザー ID:</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>友達リクエストメッセージ:</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation>送信</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>ユーザーインターフェース</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation>基本のフォント:</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>サイズ: </translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation>qTox が再起動するまで、新しいテキストスタイル設定は読み込まれない可能性があります。</translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation>テキストスタイルの書式:</translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation>テキストスタイル設定を選択します。</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation>書式付きの文字を表示</translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation>書式付きの文字を表示しない</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新しいメッセージ</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation>ウィンドウが開かれていない時に新しいメッセージを受信した場合に、qTox のウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>ウィンドウを開く</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>連絡先リスト</translation>
    </message>
    <message>
        <source>If checked, groupchats will be placed at the top of the friends list, otherwise, they&apos;ll be placed below online friends.</source>
        <comment>toolTip for groupchat positioning</comment>
        <translation>チェックすると、グループチャットは友達リストの一番上に移動します。チェックを外すと、下のオンライン友達の位置に移動します。</translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation>友達リストの一番上にグループチャットを表示</translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation>連絡先リストがコンパクトに表示されます。</translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation>コンパクトな連絡先リスト</translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation>複数ウィンドウモード</translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation>それぞれのチャットを別のウィンドウで開きます</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>顔文字</translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation>顔文字を使う</translation>
    </message>
    <message>
        <source>Smiley Pack:</source>
        <extracomment>Text on smiley pack label</extracomment>
        <translation>スマイリーパック:</translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation>顔文字のサイズ:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>スタイル:</translation>
    </message>
    <message>
        <source>Theme color:</source>
        <translation>テーマの色:</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>タイムスタンプの書式:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>日付の書式:</translation>
    </message>
    <message>
        <source>If enabled every contact without an avatar set will have a generated avatar based on their Tox ID instead of a default picture. Requires restart to apply.</source>
        <comment>toolTip for show identicons</comment>
        <translation>有効な場合、アバターが設定されていない連絡先には、デフォルトの画像の代わりに、Tox ID から生成されたアバターが設定されます。適用するには再起動が必要です。</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation>空のアバターの代わりに自動的に生成されたアバターを使う</translation>
    </message>
    <message>
        <source>Use colored nicknames in chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onlys notify about new messages in groupchats when mentioned.</source>
        <comment>toolTip for Group chats only notify when mentioned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>音を再生</translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation>多忙の際に音声を再生</translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>toxcore failed to start, the application will terminate after you close this message.</source>
        <translation>toxcore の開始に失敗しました。このウィンドウを閉じるとプログラムは強制終了します。</translation>
    </message>
    <message>
        <source>toxcore failed to start with your proxy settings. qTox cannot run; please modify your settings and restart.</source>
        <comment>popup text</comment>
        <translation>toxcore は現在のプロキシ設定では開始できません。qTox を実行できません。設定を変更して再起動してください。</translation>
    </message>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation>実行可能なファイル</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation>qTox で実行可能なファイルを開こうとしています。実行可能なファイルはお使いのコンピューターに危害を加える可能性があります。このファイルを開いてもよろしいですか？</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Couldn&apos;t request friendship</source>
        <translation>友達をリクエストできません</translation>
    </message>
    <message>
        <source>&lt;Empty&gt;</source>
        <comment>Placeholder when someone&apos;s name in a group chat is empty</comment>
        <translation>&lt;空&gt;</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>グループチャット #%1</translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation>メッセージの送信に失敗</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>新しいグループを作成…</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>新しいサークルを追加…</translation>
    </message>
    <message numerus="yes">
        <source>%n New Friend Request(s)</source>
        <translation>
            <numerusform>%n 件の新しい友達リクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n New Group Invite(s)</source>
        <translation>
            <numerusform>%n 件の新しいグループチャット招待</numerusform>
        </translation>
    </message>
    <message>
        <source>By Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>By Activity</source>
        <translation>アクティビティー</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>友達</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translation>連絡先を検索</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>Button to set your status to &apos;Online&apos;</comment>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>退席中</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>多忙</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit tox</comment>
        <translation>終了</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>フィルター…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>ステータスを変更</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>プロフィールを編集</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Add Contact...</source>
        <translation>連絡先を追加…</translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation>次の会話</translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation>前の会話</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>友達を追加</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>グループ招待</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>ファイル転送</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>設定</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation>退席中</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation>多忙</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
