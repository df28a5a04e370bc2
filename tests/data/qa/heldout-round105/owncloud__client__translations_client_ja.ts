<?xml version="1.0" ?><!DOCTYPE TS><TS language="ja_JP" version="2.1">
<context>
    <name>FileSystem</name>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="286"/>
        <source>The destination file has an unexpected size or modification time</source>
        <translation>指定先のファイルは予期しないサイズまたは変更時間です</translation>
    </message>
</context>
<context>
    <name>FolderWizardSourcePage</name>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="33"/>
        <source>Pick a local folder on your computer to sync</source>
        <translation>同期するコンピューターのローカルフォルダーを選択してください</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="44"/>
        <source>&amp;Choose...</source>
        <translation>選択(&amp;C)...</translation>
    </message>
</context>
<context>
    <name>FolderWizardTargetPage</name>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="131"/>
        <source>Select a remote destination folder</source>
        <translation>リモートの指定先フォルダーを選択</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="143"/>
        <source>Create Folder</source>
        <translation>フォルダーを作成</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="163"/>
        <source>Refresh</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="177"/>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="110"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
</context>
<context>
    <name>NotificationWidget</name>
    <message>
        <location filename="../src/gui/notificationwidget.ui" line="20"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.ui" line="56"/>
        <source>Lorem ipsum dolor sit amet</source>
        <translation>Lorem ipsum dolor sit amet</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.ui" line="69"/>
        <source>Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod temporm </source>
        <translation>Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod temporm </translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.ui" line="89"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
</context>
<context>
    <name>OCC::AccountSettings</name>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="55"/>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="76"/>
        <source>Storage space: ...</source>
        <translation>ストレージ空き容量: ...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="146"/>
        <source>Unchecked folders will be &lt;b&gt;removed&lt;/b&gt; from your local file system and will not be synchronized to this computer anymore</source>
        <translation>チェックしていないフォルダーはローカルファイルシステムから &lt;b&gt;削除&lt;/b&gt;され､このコンピューターと同期されなくなります。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="189"/>
        <source>Synchronize all</source>
        <translation>すべてを同期</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="196"/>
        <source>Synchronize none</source>
        <translation>同期なし</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="203"/>
        <source>Apply manual changes</source>
        <translation>手動による変更を適用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="251"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="238"/>
        <location filename="../src/gui/accountsettings.cpp" line="371"/>
        <location filename="../src/gui/accountsettings.cpp" line="728"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="42"/>
        <source>Connected with &lt;server&gt; as &lt;user&gt;</source>
        <translation>&lt;server&gt; に &lt;user&gt; で接続中</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="133"/>
        <source>No account configured.</source>
        <translation>アカウントが未設定です。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="147"/>
        <source>Add new</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="155"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="159"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="229"/>
        <source>Choose what to sync</source>
        <translation>同期フォルダーを選択</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="235"/>
        <source>Force sync now</source>
        <translation>今すぐ強制的に同期</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="237"/>
        <source>Restart sync</source>
        <translation>同期を再実行</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="246"/>
        <source>Remove folder sync connection</source>
        <translation>同期フォルダー接続を削除</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="312"/>
        <source>Folder creation failed</source>
        <translation>フォルダーの作成に失敗しました</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="313"/>
        <source>&lt;p&gt;Could not create local folder &lt;i&gt;%1&lt;/i&gt;.</source>
        <translation>&lt;p&gt;ローカルフォルダー &lt;i&gt;%1&lt;/i&gt; を作成できません。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="364"/>
        <source>Confirm Folder Sync Connection Removal</source>
        <translation>同期フォルダー接続の削除を確認</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="370"/>
        <source>Remove Folder Sync Connection</source>
        <translation>同期フォルダー接続を削除</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="452"/>
        <source>Sync Running</source>
        <translation>同期を実行中</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="453"/>
        <source>The syncing operation is running.&lt;br/&gt;Do you want to terminate it?</source>
        <translation>同期作業を実行中です。&lt;br/&gt;終了しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="538"/>
        <source>%1 in use</source>
        <translation>%1 を使用中</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="558"/>
        <source>%1 as &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>&lt;i&gt;%2&lt;/i&gt; の %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="564"/>
        <source>The server version %1 is old and unsupported! Proceed at your own risk.</source>
        <translation>サーバーバージョン %1 は古くサポートされていません！自己責任で進んでください。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="566"/>
        <source>Connected to %1.</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="568"/>
        <source>Server %1 is temporarily unavailable.</source>
        <translation>サーバー %1 は一時的に利用できません</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="570"/>
        <source>Signed out from %1.</source>
        <translation>%1 からサインアウトしました。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="572"/>
        <source>No connection to %1 at %2.</source>
        <translation>%2 の %1 への接続がありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="595"/>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="678"/>
        <source>There are new folders that were not synchronized because they are too big: </source>
        <translation>容量が大きいため、同期されていない新規フォルダーがあります:</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="720"/>
        <source>Confirm Account Removal</source>
        <translation>アカウント削除確認</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="721"/>
        <source>&lt;p&gt;Do you really want to remove the connection to the account &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt; アカウント &lt;i&gt;%1&lt;/i&gt; を本当に削除しますか?&lt;/p&gt;&lt;p&gt;&lt;b&gt;注意:&lt;/b&gt; これによりファイルが一切削除されることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="727"/>
        <source>Remove connection</source>
        <translation>接続削除</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="225"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="151"/>
        <location filename="../src/gui/accountsettings.cpp" line="597"/>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="243"/>
        <source>Resume sync</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="243"/>
        <source>Pause sync</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="365"/>
        <source>&lt;p&gt;Do you really want to stop syncing the folder &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;フォルダー&lt;i&gt;%1&lt;/i&gt;の同期を本当に止めますか？&lt;/p&gt;&lt;p&gt;&lt;b&gt;注:&lt;/b&gt; これによりファイルが一切削除されることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="525"/>
        <source>%1 (%3%) of %2 in use. Some folders, including network mounted or shared folders, might have different limits.</source>
        <translation>%2 の %1(%3%) 利用中。外部ネットワークストレージや共有フォルダーを含むフォルダーがある場合は、容量の上限値が異なる可能性があります。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="526"/>
        <source>%1 of %2 in use</source>
        <translation>%2 のうち %1 を使用中</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="535"/>
        <source>Currently there is no storage usage information available.</source>
        <translation>現在、利用できるストレージ利用状況はありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="578"/>
        <source>No %1 connection configured.</source>
        <translation>%1 の接続は設定されていません。</translation>
    </message>
</context>
<context>
    <name>OCC::AccountState</name>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="113"/>
        <source>Signed out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="115"/>
        <source>Disconnected</source>
        <translation>切断しました</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="117"/>
        <source>Connected</source>
        <translation>接続しました</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="119"/>
        <source>Service unavailable</source>
        <translation>サービスが利用できません</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="121"/>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="123"/>
        <source>Configuration error</source>
        <translation>設定エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="125"/>
        <source>Unknown account state</source>
        <translation>不明なアカウント状態</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityItemDelegate</name>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="145"/>
        <source>%1 on %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="147"/>
        <source>%1 on %2 (disconnected)</source>
        <translation>%2 中 %1 (切断しました)</translation>
    </message>
</context>
<context>
    <name>OCC::ActivitySettings</name>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="525"/>
        <location filename="../src/gui/activitywidget.cpp" line="581"/>
        <source>Server Activity</source>
        <translation>サーバーアクティビティ</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="532"/>
        <source>Sync Protocol</source>
        <translation>同期状況</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="540"/>
        <source>List of ignored or erroneous files</source>
        <translation>無視またはエラーになったファイルのリスト</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="544"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="545"/>
        <source>Copy the activity list to the clipboard.</source>
        <translation>アクティビティ一覧をコピーする</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="587"/>
        <source>Not Synced</source>
        <translation>同期対象外</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="590"/>
        <source>Not Synced (%1)</source>
        <extracomment>%1 is the number of not synced files.</extracomment>
        <translation>未同期 (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="613"/>
        <source>The server activity list has been copied to the clipboard.</source>
        <translation>サーバアクティビティリストをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="617"/>
        <source>The sync activity list has been copied to the clipboard.</source>
        <translation>同期状況をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="620"/>
        <source>The list of unsynced items has been copied to the clipboard.</source>
        <translation>同期されていないアイテムのリストがクリップボードにコピーされました。</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="625"/>
        <source>Copied to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityWidget</name>
    <message>
        <location filename="../src/gui/activitywidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.ui" line="26"/>
        <location filename="../src/gui/activitywidget.ui" line="65"/>
        <location filename="../src/gui/activitywidget.ui" line="88"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="136"/>
        <source>Server Activities</source>
        <translation>サーバーアクティビティ</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="91"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="92"/>
        <source>Copy the activity list to the clipboard.</source>
        <translation>アクティビティ一覧をコピーする</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="140"/>
        <source>Action Required: Notifications</source>
        <translation>操作が必要: 通知</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="145"/>
        <source>&lt;br/&gt;Account %1 does not have activities enabled.</source>
        <translation>&lt;br/&gt;%1 アカウントは、 アクティビティを有効にしていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/activitywidget.cpp" line="356"/>
        <source>You received %n new notification(s) from %2.</source>
        <translation><numerusform>%2 から %n の新しい通知がありました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/activitywidget.cpp" line="364"/>
        <source>You received %n new notification(s) from %1 and %2.</source>
        <translation><numerusform>%1 と %2 から %n の新しい通知がありました。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="366"/>
        <source>You received new notifications from %1, %2 and other accounts.</source>
        <translation>%1 と %2 、その他アカウントから新しい通知がありました。</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="370"/>
        <source>%1 Notifications - Action Required</source>
        <translation>通知 %1 - 操作が必要です。</translation>
    </message>
</context>
<context>
    <name>OCC::AddCertificateDialog</name>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="17"/>
        <source>SSL client certificate authentication</source>
        <translation>SSLクライアント証明書認証</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="23"/>
        <source>This server probably requires a SSL client certificate.</source>
        <translation>おそらく、このサーバーにはSSLクライアント証明書が必要です。</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="35"/>
        <source>Certificate :</source>
        <translation>証明書：</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="51"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="60"/>
        <source>Certificate password :</source>
        <translation>証明書のパスワード：</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.cpp" line="38"/>
        <source>Select a certificate</source>
        <translation>証明書を選択</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.cpp" line="38"/>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>証明書ファイル (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>OCC::AuthenticationDialog</name>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="30"/>
        <source>Authentication Required</source>
        <translation>認証が必要</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="32"/>
        <source>Enter username and password for &apos;%1&apos; at %2.</source>
        <translation>%2 で &apos;%1&apos; に対してユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="36"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="37"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
</context>
<context>
    <name>OCC::CleanupPollsJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="768"/>
        <source>Error writing metadata to the database</source>
        <translation>メタデータのデータベースへの書き込みに失敗</translation>
    </message>
</context>
<context>
    <name>OCC::ConnectionValidator</name>
    <message>
        <location filename="../src/libsync/connectionvalidator.cpp" line="66"/>
        <source>No ownCloud account configured</source>
        <translation>ownCloudアカウントが設定されていません</translation>
    </message>
    <message>
        <location filename="../src/libsync/connectionvalidator.cpp" line="128"/>
        <source>The configured server for this client is too old</source>
        <translation>このクライアントのサーバー設定は古すぎます。</translation>
    </message>
    <message>
        <location filename="../src/libsync/connectionvalidator.cpp" line="129"/>
        <source>Please update to the latest server and restart the client.</source>
        <translation>サーバーを最新にアップデートして、クライアントを再起動してください。</translation>
    </message>
    <message>
        <location filename="../src/libsync/connectionvalidator.cpp" line="149"/>
        <source>Authentication error: Either username or password are wrong.</source>
        <translation>認証エラー: ユーザー名またはパスワードが間違っています。</translation>
    </message>
    <message>
        <location filename="../src/libsync/connectionvalidator.cpp" line="161"/>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location filename="../src/libsync/connectionvalidator.cpp" line="193"/>
        <source>The provided credentials are not correct</source>
        <translation>入力された資格情報が正しくありません</translation>
    </message>
</context>
<context>
    <name>OCC::DeleteJob</name>
    <message>
        <location filename="../src/libsync/propagateremotedelete.cpp" line="45"/>
        <source>Connection timed out</source>
        <translation>接続タイムアウト</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoveryMainThread</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="571"/>
        <source>Aborted by the user</source>
        <translation>ユーザーによって中止されました</translation>
    </message>
</context>
<context>
    <name>OCC::Folder</name>
    <message>
        <location filename="../src/gui/folder.cpp" line="143"/>
        <source>Local folder %1 does not exist.</source>
        <translation>ローカルフォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="146"/>
        <source>%1 should be a folder but is not.</source>
        <translation>%1 はフォルダーのはずですが、そうではないようです。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="149"/>
        <source>%1 is not readable.</source>
        <translation>%1 は読み込み可能ではありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="352"/>
        <source>%1: %2</source>
        <extracomment>this displays an error string (%2) for a file %1</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="459"/>
        <source>%1 has been removed.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 は削除されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="466"/>
        <source>%1 has been downloaded.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 はダウンロードされました。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="473"/>
        <source>%1 has been updated.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 が更新されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="480"/>
        <source>%1 has been renamed to %2.</source>
        <comment>%1 and %2 name files.</comment>
        <translation>%1 の名前が %2 に変更されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="487"/>
        <source>%1 has been moved to %2.</source>
        <translation>%1 は %2 に移動しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="457"/>
        <source>%1 and %n other file(s) have been removed.</source>
        <translation><numerusform>%1 とその他 %n 個のファイルが削除されました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="464"/>
        <source>%1 and %n other file(s) have been downloaded.</source>
        <translation><numerusform>%1 とその他 %n 個のファイルがダウンロードされました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="471"/>
        <source>%1 and %n other file(s) have been updated.</source>
        <translation><numerusform>%1 とその他 %n 個のファイルが更新されました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="478"/>
        <source>%1 has been renamed to %2 and %n other file(s) have been renamed.</source>
        <translation><numerusform>%1 を %2 にファイル名を変更し、その他 %n 個のファイル名を変更しました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="485"/>
        <source>%1 has been moved to %2 and %n other file(s) have been moved.</source>
        <translation><numerusform>%1 を %2 に移動し、その他 %n 個のファイルを移動しました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="492"/>
        <source>%1 has and %n other file(s) have sync conflicts.</source>
        <translation><numerusform>%1 と その他 %n 個のファイルが同期で衝突しました。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="494"/>
        <source>%1 has a sync conflict. Please check the conflict file!</source>
        <translation>%1 が同期で衝突しています。コンフリクトファイルを確認してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="499"/>
        <source>%1 and %n other file(s) could not be synced due to errors. See the log for details.</source>
        <translation><numerusform>エラーにより、%1 と その他 %n 個のファイルが同期できませんでした。ログで詳細を確認してください。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="501"/>
        <source>%1 could not be synced due to an error. See the log for details.</source>
        <translation>エラーにより %1 が未同期です。ログで詳細を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="507"/>
        <source>Sync Activity</source>
        <translation>同期アクティビティ</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="746"/>
        <source>Could not read system exclude file</source>
        <translation>システム上の除外ファイルを読み込めません</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="958"/>
        <source>A new folder larger than %1 MB has been added: %2.
Please go in the settings to select it if you wish to download it.</source>
        <translation>新しい %1 MB以上のフォルダーが追加されました: %2
ダウンロードしたい場合は、設定画面で選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="996"/>
        <source>This sync would remove all the files in the sync folder '%1'.
This might be because the folder was silently reconfigured, or that all the files were manually removed.
Are you sure you want to perform this operation?</source>
        <translation>この同期により、ローカルの同期フォルダー &apos;%1&apos;にある全ファイルが削除されます。
これはフォルダーが黙って再構成されたか、すべてのファイルが手動で削除されたことが原因である場合があります。
本当にこの操作を実行しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1000"/>
        <source>Remove All Files?</source>
        <translation>すべてのファイルを削除しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1002"/>
        <source>Remove all files</source>
        <translation>すべてのファイルを削除</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1003"/>
        <source>Keep files</source>
        <translation>ファイルを残す</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1019"/>
        <source>This sync would reset the files to an earlier time in the sync folder '%1'.
This might be because a backup was restored on the server.
Continuing the sync as normal will cause all your files to be overwritten by an older file in an earlier state. Do you want to keep your local most recent files as conflict files?</source>
        <translation>この同期により同期フォルダ &apos;%1&apos; のファイルが以前のものに戻されます。 これは、バックアップがサーバー上に復元されたためです。 通常と同じように同期を続けると、すべてのファイルが以前の状態の古いファイルによって上書きされます。最新のローカルファイルを競合ファイルとして保存しますか？</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1024"/>
        <source>Backup detected</source>
        <translation>バックアップが検出されました</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1026"/>
        <source>Normal Synchronisation</source>
        <translation>正常同期</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1027"/>
        <source>Keep Local Files as Conflict</source>
        <translation>コンフリクト時にローカルファイルを保持</translation>
    </message>
</context>
<context>
    <name>OCC::FolderMan</name>
    <message>
        <location filename="../src/gui/folderman.cpp" line="293"/>
        <source>Could not reset folder state</source>
        <translation>フォルダーの状態をリセットできませんでした</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="294"/>
        <source>An old sync journal &apos;%1&apos; was found, but could not be removed. Please make sure that no application is currently using it.</source>
        <translation>古い同期ジャーナル  &apos;%1&apos; が見つかりましたが、削除できませんでした。それを現在使用しているアプリケーションが存在しないか確認してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1024"/>
        <source> (backup)</source>
        <translation>(バックアップ)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1029"/>
        <source> (backup %1)</source>
        <translation>(%1をバックアップ)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1236"/>
        <source>Undefined State.</source>
        <translation>未定義の状態。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1239"/>
        <source>Waiting to start syncing.</source>
        <translation>同期開始を待機中</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1242"/>
        <source>Preparing for sync.</source>
        <translation>同期の準備中。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1245"/>
        <source>Sync is running.</source>
        <translation>同期を実行中です。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1248"/>
        <source>Last Sync was successful.</source>
        <translation>最後の同期は成功しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1253"/>
        <source>Last Sync was successful, but with warnings on individual files.</source>
        <translation>最新の同期は成功しました。しかし、一部のファイルに問題がありました。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1256"/>
        <source>Setup Error.</source>
        <translation>設定エラー。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1259"/>
        <source>User Abort.</source>
        <translation>ユーザーによる中止。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1262"/>
        <source>Sync is paused.</source>
        <translation>同期を一時停止しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1268"/>
        <source>%1 (Sync is paused)</source>
        <translation>%1 (同期を一時停止)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1276"/>
        <source>No valid folder selected!</source>
        <translation>有効なフォルダーが選択されていません！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1286"/>
        <source>The selected path is not a folder!</source>
        <translation>指定のパスは、フォルダーではありません！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1290"/>
        <source>You have no permission to write to the selected folder!</source>
        <translation>選択されたフォルダーに書き込み権限がありません</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1341"/>
        <source>The local folder %1 contains a symbolic link. The link target contains an already synced folder Please pick another one!</source>
        <translation>ローカルフォルダ %1 にはシンボリックリンクが含まれています。リンク先には既に同期されたフォルダが含まれているため、別のフォルダを選択してください！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1356"/>
        <source>There is already a sync from the server to this local folder. Please pick another local folder!</source>
        <translation>既に同期されたフォルダがあります。別のフォルダを選択してください！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1314"/>
        <source>The local folder %1 already contains a folder used in a folder sync connection. Please pick another one!</source>
        <translation>ローカルフォルダー %1 にはすでに同期フォルダーとして利用されてるフォルダーを含んでいます。他のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1324"/>
        <source>The local folder %1 is already contained in a folder used in a folder sync connection. Please pick another one!</source>
        <translation>ローカルフォルダー %1 には同期フォルダーとして利用されているフォルダーがあります。他のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1333"/>
        <source>The local folder %1 is a symbolic link. The link target is already contained in a folder used in a folder sync connection. Please pick another one!</source>
        <translation>ローカルフォルダー %1 には同期フォルダーとして利用されているフォルダーがあります。他のフォルダーを選択してください！</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusDelegate</name>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="45"/>
        <source>Add Folder Sync Connection</source>
        <translation>同期フォルダーを追加</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="241"/>
        <source>Synchronizing with local folder</source>
        <translation>ローカルフォルダーを同期中</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="285"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusModel</name>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="140"/>
        <source>You need to be connected to add a folder</source>
        <translation>フォルダーを追加するためには、接続している必要があります。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="150"/>
        <source>Click this button to add a folder to synchronize.</source>
        <translation>このボタンをクリックして同期フォルダーを追加してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="161"/>
        <source>%1 (%2)</source>
        <extracomment>Example text: &quot;File.txt (23KB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="180"/>
        <source>Error while loading the list of folders from the server.</source>
        <translation>サーバーからフォルダーのリスト取得時にエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="218"/>
        <source>Signed out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="145"/>
        <source>Adding folder is disabled because you are already syncing all your files. If you want to sync multiple folders, please remove the currently configured root folder.</source>
        <translation>すでに同期対象のフォルダーのため、追加したフォルダーを無効にしました。複数のフォルダーを同期したい場合は、現在設定されているルートフォルダーの同期設定を削除してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="183"/>
        <source>Fetching folder list from server...</source>
        <translation>サーバーからフォルダーリストを取得中...</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="833"/>
        <source>Checking for changes in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の更新を確認しています</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="868"/>
        <source>, &apos;%1&apos;</source>
        <extracomment>Build a list of file names</extracomment>
        <translation>, &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="871"/>
        <source>&apos;%1&apos;</source>
        <extracomment>Argument is a file name</extracomment>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="896"/>
        <source>Syncing %1</source>
        <extracomment>Example text: &quot;Syncing 'foo.txt', 'bar.txt'&quot;</extracomment>
        <translation>同期中 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="898"/>
        <location filename="../src/gui/folderstatusmodel.cpp" line="908"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="902"/>
        <source>download %1/s</source>
        <extracomment>Example text: &quot;download 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>ダウンロード %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="904"/>
        <source>u2193 %1/s</source>
        <translation>u2193 %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="911"/>
        <source>upload %1/s</source>
        <extracomment>Example text: &quot;upload 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>アップロード %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="913"/>
        <source>u2191 %1/s</source>
        <translation>u2191 %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="918"/>
        <source>%1 %2 (%3 of %4)</source>
        <extracomment>Example text: &quot;uploading foobar.png (2MB of 2MB)&quot;</extracomment>
        <translation>%1 %2 (%4 中 %3 完了)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="922"/>
        <source>%1 %2</source>
        <extracomment>Example text: &quot;uploading foobar.png&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="941"/>
        <source>%5 left, %1 of %2, file %3 of %4</source>
        <extracomment>Example text: &quot;5 minutes left, 12 MB of 345 MB, file 6 of 7&quot;</extracomment>
        <translation>残り %5、%2中 %1完了 、%4中 %3 ファイル完了</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="948"/>
        <source>%1 of %2, file %3 of %4</source>
        <extracomment>Example text: &quot;12 MB of 345 MB, file 6 of 7&quot;</extracomment>
        <translation>%1 of %2, ファイル数 %3 of %4</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="954"/>
        <source>file %1 of %2</source>
        <translation>%1 / %2 ファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="996"/>
        <source>Waiting...</source>
        <translation>待機中...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folderstatusmodel.cpp" line="998"/>
        <source>Waiting for %n other folder(s)...</source>
        <translation><numerusform>%n 他のフォルダーの完了待ち...</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1004"/>
        <source>Preparing to sync...</source>
        <translation>同期の準備中...</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizard</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="548"/>
        <source>Add Folder Sync Connection</source>
        <translation>同期フォルダーを追加</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="550"/>
        <source>Add Sync Connection</source>
        <translation>同期接続を追加</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardLocalPath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="66"/>
        <source>Click to select a local folder to sync.</source>
        <translation>同期したいローカルフォルダーをクリックしてください。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="70"/>
        <source>Enter the path to the local folder.</source>
        <translation>ローカルフォルダーのパスを入力してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="132"/>
        <source>Select the source folder</source>
        <translation>ソースフォルダーを選択</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardRemotePath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="182"/>
        <source>Create Remote Folder</source>
        <translation>リモートフォルダーを追加</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="183"/>
        <source>Enter the name of the new folder to be created below &apos;%1&apos;:</source>
        <translation> &apos;%1&apos;の下に新しいフォルダーの名前を入力:</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="212"/>
        <source>Folder was successfully created on %1.</source>
        <translation>%1 にフォルダーが作成されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="223"/>
        <source>Authentication failed accessing %1</source>
        <translation>%1 アクセス中に認証に失敗しました</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="225"/>
        <source>Failed to create the folder on %1. Please check manually.</source>
        <translation>%1 にフォルダーを作成できませんでした。手作業で確認してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="232"/>
        <source>Failed to list a folder. Error: %1</source>
        <translation>フォルダーをリストアップできません。エラー: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="313"/>
        <source>Choose this to sync the entire account</source>
        <translation>アカウント全体を同期する場合はこちらを選択</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="442"/>
        <source>This folder is already being synced.</source>
        <translation>このフォルダーはすでに同期されています。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="444"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a parent folder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;は、&lt;i&gt;%2&lt;/i&gt;の親フォルダーですでに同期しています。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="448"/>
        <source>You are already syncing all your files. Syncing another folder is &lt;b&gt;not&lt;/b&gt; supported. If you want to sync multiple folders, please remove the currently configured root folder sync.</source>
        <translation>すべてのファイルはすでに同期されています。他のフォルダーの同期は&lt;b&gt;サポートしていません&lt;/&gt;。複数のフォルダーを同期したい場合は、現在設定されているルートフォルダー同期設定を削除してください。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardSelectiveSync</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="486"/>
        <source>Choose What to Sync: You can optionally deselect remote subfolders you do not wish to synchronize.</source>
        <translation>何を同期するか選択: 同期したくないリモートのサブフォルダーは、同期対象から外せます。</translation>
    </message>
</context>
<context>
    <name>OCC::FormatWarningsWizardPage</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="47"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;警告:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="49"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt;</source>
        <translation>&lt;b&gt;警告:&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>OCC::GETFileJob</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="153"/>
        <source>No E-Tag received from server, check Proxy/Gateway</source>
        <translation>サーバーからE-Tagを受信できません。プロキシ/ゲートウェイを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="160"/>
        <source>We received a different E-Tag for resuming. Retrying next time.</source>
        <translation>同期再開時に違う E-Tagを受信しました。次回リトライします。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="187"/>
        <source>Server returned wrong content-range</source>
        <translation>サーバーが間違ったcontent-rangeを返しました</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="295"/>
        <source>Connection Timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
</context>
<context>
    <name>OCC::GeneralSettings</name>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="20"/>
        <source>General Settings</source>
        <translation>一般設定</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="40"/>
        <source>For System Tray</source>
        <translation>システムトレイ</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="53"/>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="101"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="26"/>
        <source>&amp;Launch on System Startup</source>
        <translation>システム開始時に起動(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="33"/>
        <source>Show &amp;Desktop Notifications</source>
        <translation>デスクトップに通知を表示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="43"/>
        <source>Use &amp;Monochrome Icons</source>
        <translation>モノクロアイコンを使用(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="59"/>
        <source>Edit &amp;Ignored Files</source>
        <translation>除外ファイルリストを編集(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="81"/>
        <source>Ask &amp;confirmation before downloading folders larger than</source>
        <translation>次の容量より大きい場合はダウンロード前に確認(C&amp;)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="129"/>
        <source>S&amp;how crash reporter</source>
        <translation>クラッシュ報告を表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="156"/>
        <location filename="../src/gui/generalsettings.ui" line="162"/>
        <source>About</source>
        <translation>バージョン情報</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="172"/>
        <source>Updates</source>
        <translation>アップデート</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="197"/>
        <source>&amp;Restart &amp;&amp; Update</source>
        <translation>再起動してアップデート(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OCC::HttpCredentialsGui</name>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="35"/>
        <source>Please enter %1 password:&lt;br&gt;&lt;br&gt;User: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>%1 のパスワードを入力してください：&lt;br&gt; &lt;br&gt;ユーザ：%2&lt;br&gt;アカウント：%3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="48"/>
        <source>Reading from keychain failed with error: &apos;%1&apos;</source>
        <translation>鍵情報の読み込みに失敗しました。エラー： &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="53"/>
        <source>Enter Password</source>
        <translation>パスワードを入力してください</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="78"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Click here&lt;/a&gt; to request an app password from the web interface.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;ここをクリック&lt;/a&gt;してウェブインターフェースからアプリパスワードをリクエストしてください。</translation>
    </message>
</context>
<context>
    <name>OCC::IgnoreListEditor</name>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="14"/>
        <source>Ignored Files Editor</source>
        <translation>除外ファイルリストを編集</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="20"/>
        <source>Global Ignore Settings</source>
        <translation>全体的な除外設定</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="26"/>
        <source>Sync hidden files</source>
        <translation>隠しファイルを同期</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="36"/>
        <source>Files Ignored by Patterns</source>
        <translation>パターンによって除外するファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="55"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="75"/>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="80"/>
        <source>Allow Deletion</source>
        <translation>削除を許可</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="45"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="41"/>
        <source>Files or folders matching a pattern will not be synchronized.

Items where deletion is allowed will be deleted if they prevent a directory from being removed. This is useful for meta data.</source>
        <translation>パターンに一致するファイルやフォルダーは同期されません。

パターンによってディレクトリを削除から除外する場合は，パターンに含まれた項目も削除されます。例えばメタデータファイルに有用です。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="111"/>
        <source>Could not open file</source>
        <translation>ファイルが開けませんでした</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="112"/>
        <source>Cannot write changes to &apos;%1&apos;.</source>
        <translation>&apos;%1&apos;を更新できません。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="139"/>
        <source>Add Ignore Pattern</source>
        <translation>除外するファイルパターンを追加</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="140"/>
        <source>Add a new ignore pattern:</source>
        <translation>除外するファイルパターンを新しく追加:</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="47"/>
        <source>This entry is provided by the system at &apos;%1&apos; and cannot be modified in this view.</source>
        <translation>このエントリーは、システム &apos;%1&apos; から提供されています。この画面では変更できません。</translation>
    </message>
</context>
<context>
    <name>OCC::LogBrowser</name>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="59"/>
        <source>Log Output</source>
        <translation>ログ出力</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="71"/>
        <source>&amp;Search:</source>
        <translation>&amp;検索</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="79"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="97"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="98"/>
        <source>Clear the log display.</source>
        <translation>ログの表示をクリアする。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="104"/>
        <source>S&amp;ave</source>
        <translation>保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="105"/>
        <source>Save the log file to a file on disk for debugging.</source>
        <translation>デバッグ目的でディスクにログファイルを保存する</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="185"/>
        <source>Save log file</source>
        <translation>ログファイルを保存</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="195"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="195"/>
        <source>Could not write to log file %1</source>
        <translation>ログファイル%1に書き込みできませんでした。</translation>
    </message>
</context>
<context>
    <name>OCC::Logger</name>
    <message>
        <location filename="../src/libsync/logger.cpp" line="211"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/libsync/logger.cpp" line="212"/>
        <source>&lt;nobr&gt;File &apos;%1&apos;&lt;br/&gt;cannot be opened for writing.&lt;br/&gt;&lt;br/&gt;The log output can &lt;b&gt;not&lt;/b&gt; be saved!&lt;/nobr&gt;</source>
        <translation>&lt;nobr&gt;ファイル &apos;%1&apos;&lt;br/&gt;を書き込み用で開けませんでした。&lt;br/&gt;&lt;br/&gt;ログ出力を&lt;b&gt;保存できません&lt;/b&gt;でした！&lt;/nobr&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::MoveJob</name>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="58"/>
        <source>Connection timed out</source>
        <translation>接続タイムアウト</translation>
    </message>
</context>
<context>
    <name>OCC::NSISUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="331"/>
        <source>New Version Available</source>
        <translation>新しいバージョンが利用可能です</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="337"/>
        <source>&lt;p&gt;A new version of the %1 Client is available.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; is available for download. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 クライアントの新しいバージョンが利用可能です。&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; がダウンロード可能です。インストールされているバージョンは %3 です。&lt;p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="350"/>
        <source>Skip this version</source>
        <translation>今回のバージョンをスキップ</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="351"/>
        <source>Skip this time</source>
        <translation>今回はスキップ</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="352"/>
        <source>Get update</source>
        <translation>アップデートを取得</translation>
    </message>
</context>
<context>
    <name>OCC::NetworkSettings</name>
    <message>
        <location filename="../src/gui/networksettings.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="23"/>
        <source>Proxy Settings</source>
        <translation>プロキシ設定</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="29"/>
        <source>No Proxy</source>
        <translation>プロキシを利用しない</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="42"/>
        <source>Use system proxy</source>
        <translation>システムのプロキシを利用</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="52"/>
        <source>Specify proxy manually as</source>
        <translation>プロキシを手動設定</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="80"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="100"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="131"/>
        <source>Proxy server requires authentication</source>
        <translation>認証が必要なプロキシサーバー</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="190"/>
        <source>Download Bandwidth</source>
        <translation>ダウンロード帯域制限</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="196"/>
        <location filename="../src/gui/networksettings.ui" line="275"/>
        <source>Limit to</source>
        <translation>制限</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="241"/>
        <location filename="../src/gui/networksettings.ui" line="320"/>
        <source>KBytes/s</source>
        <translation>KBytes/s</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="203"/>
        <location filename="../src/gui/networksettings.ui" line="292"/>
        <source>No limit</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="250"/>
        <location filename="../src/gui/networksettings.ui" line="282"/>
        <source>Limit to 3/4 of estimated bandwidth</source>
        <translation>想定帯域の3/4に制限</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="269"/>
        <source>Upload Bandwidth</source>
        <translation>アップロード帯域制限</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="253"/>
        <location filename="../src/gui/networksettings.ui" line="285"/>
        <source>Limit automatically</source>
        <translation>自動的に制限</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="35"/>
        <source>Hostname of proxy server</source>
        <translation>プロキシサーバーのホスト名</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="36"/>
        <source>Username for proxy server</source>
        <translation>プロキシサーバーのユーザー名</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="37"/>
        <source>Password for proxy server</source>
        <translation>プロキシサーバーのパスワード</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="39"/>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S)プロキシ</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="40"/>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5プロキシ</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="134"/>
        <source>Qt &gt;= 5.4 is required in order to use the bandwidth limit</source>
        <translation>帯域制限にはQt5.4以上が必要です</translation>
    </message>
</context>
<context>
    <name>OCC::NotificationWidget</name>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="51"/>
        <source>Created at %1</source>
        <translation>%1 を作成しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="100"/>
        <source>Closing in a few seconds...</source>
        <translation>数秒以内に接続を終了します。</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="134"/>
        <source>%1 request failed at %2</source>
        <extracomment>The second parameter is a time, such as 'failed at 09:58pm'</extracomment>
        <translation>リクエスト %1 が %2 に失敗 </translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="140"/>
        <source>&apos;%1&apos; selected at %2</source>
        <extracomment>The second parameter is a time, such as 'selected at 09:58pm'</extracomment>
        <translation>&apos;%1&apos; が %2 に選択されました</translation>
    </message>
</context>
<context>
    <name>OCC::OCUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="103"/>
        <source>New %1 Update Ready</source>
        <translation>新しい %1 アップデートの準備完了</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="104"/>
        <source>A new update for %1 is about to be installed. The updater may ask
for additional privileges during the process.</source>
        <translation>%1 の新しいアップデートのインストール準備ができました。アップデートのインストール中、追加の権限が必要な場合があります。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="141"/>
        <source>Downloading version %1. Please wait...</source>
        <translation>バージョン %1 をダウンロードしています。しばらくお待ちください...</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="145"/>
        <source>Could not download update. Please click &lt;a href=&apos;%1&apos;&gt;here&lt;/a&gt; to download the update manually.</source>
        <translation>アップデートをダウンロードできませんでした。手動でアップデートするには、&lt;a href=&apos;%1&apos;&gt;ここ&lt;/a&gt; をクリックしてください。 </translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="147"/>
        <source>Could not check for new updates.</source>
        <translation>アップデートを確認できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="143"/>
        <source>%1 version %2 available. Restart application to start the update.</source>
        <translation>%1 のバージョン %2 が利用できます。アップデートを開始するためにアプリケーションを再起動してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="149"/>
        <source>New %1 version %2 available. Please use the system&apos;s update tool to install it.</source>
        <translation>%1 の新しいバージョン %2 に更新できます。アプリのアップデートツールでインストールしてください。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="151"/>
        <source>Checking update server...</source>
        <translation>アップデートをチェックしています....</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="153"/>
        <source>Update status is unknown: Did not check for new updates.</source>
        <translation>更新状況が不明です： 更新をチェックしていません。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="157"/>
        <source>No updates available. Your installation is at the latest version.</source>
        <translation>利用可能なアップデートはありません。最新版がインストールされています。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="177"/>
        <source>Update Check</source>
        <translation>アップデートを確認</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudAdvancedSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="50"/>
        <source>Connect to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="51"/>
        <source>Setup local folder options</source>
        <translation>ローカルフォルダーのオプションを設定</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="60"/>
        <source>Connect...</source>
        <translation>接続...</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="144"/>
        <source>%1 folder &apos;%2&apos; is synced to local folder &apos;%3&apos;</source>
        <translation>%1 フォルダー &apos;%2&apos; はローカルフォルダー &apos;%3&apos; と同期しています</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="147"/>
        <source>Sync the folder &apos;%1&apos;</source>
        <translation>&apos;%1&apos; フォルダーを同期</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="152"/>
        <source>&lt;p&gt;&lt;small&gt;&lt;strong&gt;Warning:&lt;/strong&gt; The local folder is not empty. Pick a resolution!&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;&lt;strong&gt;警告:&lt;/strong&gt; ローカルフォルダーは空ではありません。解決方法を選択してください！&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="251"/>
        <source>Local Sync Folder</source>
        <translation>ローカル同期フォルダー</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="290"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="311"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudConnectionMethodDialog</name>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="14"/>
        <source>Connection failed</source>
        <translation>接続に失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="43"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Failed to connect to the secure server address specified. How do you wish to proceed?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;指定された安全なサーバーアドレスに接続できませんでした。どのように進めますか？&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="55"/>
        <source>Select a different URL</source>
        <translation>異なるURLを選択</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="62"/>
        <source>Retry unencrypted over HTTP (insecure)</source>
        <translation>HTTP経由で暗号化せずに再度行う(安全でない)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="69"/>
        <source>Configure client-side TLS certificate</source>
        <translation>クライアントサイドTLS証明書を設定</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.cpp" line="38"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Failed to connect to the secure server address &lt;em&gt;%1&lt;/em&gt;. How do you wish to proceed?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;安全なサーバーアドレス &lt;em&gt;%1&lt;/em&gt; に接続できませんでした。どのように進めますか？&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="50"/>
        <source>&amp;Email</source>
        <translation>メール(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="60"/>
        <source>Connect to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="61"/>
        <source>Enter user credentials</source>
        <translation>ユーザー資格情報を入力</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="51"/>
        <source>Connect to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="52"/>
        <source>Setup %1 server</source>
        <translation>%1 サーバーを設定</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="131"/>
        <source>This url is NOT secure as it is not encrypted.
It is not advisable to use it.</source>
        <translation>このURLは暗号化されていないため安全ではありません。利用はお勧めしません。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="135"/>
        <source>This url is secure. You can use it.</source>
        <translation>このURLは安全です。利用可能です。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="174"/>
        <source>&amp;Next &gt;</source>
        <translation>次(&amp;N) &gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupWizard</name>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="180"/>
        <source>&lt;font color=&quot;green&quot;&gt;Successfully connected to %1: %2 version %3 (%4)&lt;/font&gt;&lt;br/&gt;&lt;br/&gt;</source>
        <translation>&lt;font color=&quot;green&quot;&gt;正常に %1 へ接続されました：%2 バージョン %3 (%4)&lt;/font&gt;&lt;br/&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="210"/>
        <source>Failed to connect to %1 at %2:&lt;br/&gt;%3</source>
        <translation>%2 の %1 に接続に失敗:&lt;br/&gt;%3</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="242"/>
        <source>Timeout while trying to connect to %1 at %2.</source>
        <translation>%2 の %1 へ接続を試みた際にタイムアウトしました。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="253"/>
        <source>Trying to connect to %1 at %2...</source>
        <translation>%2 の %1 へ接続を試みています...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="300"/>
        <source>The authenticated request to the server was redirected to &apos;%1&apos;. The URL is bad, the server is misconfigured.</source>
        <translation>サーバーへの認証リクエストは &apos;%1&apos; へリダイレクトされました。URLは不正です、サーバーの設定に誤りがあります。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="322"/>
        <source>There was an invalid response to an authenticated webdav request</source>
        <translation>認証された WebDav リクエストに不正な応答がありました</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="313"/>
        <source>Access forbidden by server. To verify that you have proper access, &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt; to access the service with your browser.</source>
        <translation>サーバーによってアクセスが拒否されています。適切なアクセス権があるか検証するには、&lt;a href=&quot;%1&quot;&gt;ここをクリック&lt;/a&gt;してブラウザーでサービスにアクセスしてください。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="364"/>
        <source>Local sync folder %1 already exists, setting it up for sync.&lt;br/&gt;&lt;br/&gt;</source>
        <translation>ローカルの同期フォルダー %1 はすでに存在するため、同期の設定をしてください。&lt;br/&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="366"/>
        <source>Creating local sync folder %1...</source>
        <translation>ローカル同期フォルダー %1 を作成中...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="370"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="372"/>
        <source>failed.</source>
        <translation>失敗。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="374"/>
        <source>Could not create local folder %1</source>
        <translation>ローカルフォルダー %1 を作成できませんでした</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="399"/>
        <source>No remote folder specified!</source>
        <translation>リモートフォルダーが指定されていません！</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="405"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="418"/>
        <source>creating folder on ownCloud: %1</source>
        <translation>ownCloud上にフォルダーを作成中: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="434"/>
        <source>Remote folder %1 created successfully.</source>
        <translation>リモートフォルダー %1 は正常に生成されました。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="436"/>
        <source>The remote folder %1 already exists. Connecting it for syncing.</source>
        <translation>リモートフォルダー %1 はすでに存在します。同期のために接続しています。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="438"/>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="440"/>
        <source>The folder creation resulted in HTTP error code %1</source>
        <translation>フォルダーの作成はHTTPのエラーコード %1 で終了しました</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="442"/>
        <source>The remote folder creation failed because the provided credentials are wrong!&lt;br/&gt;Please go back and check your credentials.&lt;/p&gt;</source>
        <translation>指定された資格情報が間違っているため、リモートフォルダーの作成に失敗しました！&lt;br/&gt;前に戻って資格情報を確認してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="445"/>
        <source>&lt;p&gt;&lt;font color=&quot;red&quot;&gt;Remote folder creation failed probably because the provided credentials are wrong.&lt;/font&gt;&lt;br/&gt;Please go back and check your credentials.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;font color=&quot;red&quot;&gt;おそらく資格情報が間違っているため、リモートフォルダーの作成に失敗しました。&lt;/font&gt;&lt;br/&gt;前に戻り、資格情報をチェックしてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="450"/>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="451"/>
        <source>Remote folder %1 creation failed with error &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>リモートフォルダー %1 の作成がエラーで失敗しました。&lt;tt&gt;%2&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="467"/>
        <source>A sync connection from %1 to remote directory %2 was set up.</source>
        <translation>%1 からリモートディレクトリ %2 への同期接続を設定しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="472"/>
        <source>Successfully connected to %1!</source>
        <translation>%1への接続に成功しました！</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="479"/>
        <source>Connection to %1 could not be established. Please check again.</source>
        <translation>%1 への接続を確立できませんでした。もう一度確認してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="492"/>
        <source>Folder rename failed</source>
        <translation>フォルダー名の変更に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="493"/>
        <source>Can&apos;t remove and back up the folder because the folder or a file in it is open in another program. Please close the folder or file and hit retry or cancel the setup.</source>
        <translation>フォルダーまたはその中にあるファイルが他のプログラムで開かれているため、フォルダーの削除やバックアップができません。フォルダーまたはファイルを閉じてから再試行するか、セットアップをキャンセルしてください。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="535"/>
        <source>&lt;font color=&quot;green&quot;&gt;&lt;b&gt;Local sync folder %1 successfully created!&lt;/b&gt;&lt;/font&gt;</source>
        <translation>&lt;font color=&quot;green&quot;&gt;&lt;b&gt;ローカルの同期フォルダー %1 は正常に作成されました！&lt;/b&gt;&lt;/font&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudWizard</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="79"/>
        <source>%1 Connection Wizard</source>
        <translation>%1 接続ウィザード</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="88"/>
        <source>Skip folders configuration</source>
        <translation>フォルダー設定をスキップ</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudWizardResultPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="38"/>
        <source>Everything set up!</source>
        <translation>すべてセットアップされました!</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="42"/>
        <source>Open Local Folder</source>
        <translation>ローカルフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="50"/>
        <source>Open %1 in Browser</source>
        <translation>%1 をブラウザーで開く</translation>
    </message>
</context>
<context>
    <name>OCC::PUTFileJob</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="104"/>
        <source>Connection Timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
</context>
<context>
    <name>OCC::PollJob</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="161"/>
        <source>Invalid JSON reply from the poll URL</source>
        <translation>不正なJSONがポーリングURLから返りました</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDirectory</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="714"/>
        <source>Error writing metadata to the database</source>
        <translation>メタデータのデータベースへの書き込みに失敗</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDownloadFile</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="330"/>
        <source>File %1 can not be downloaded because of a local file name clash!</source>
        <translation>ファイル %1 はローカルファイル名が衝突しているためダウンロードできません！</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="379"/>
        <source>The download would reduce free disk space below %1</source>
        <translation>ダウンロードすると、空き容量が %1  になります</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="384"/>
        <source>Free space on disk is less than %1</source>
        <translation>ディスク空き容量が %1 よりも少なくなっています</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="499"/>
        <source>File was deleted from server</source>
        <translation>ファイルはサーバーから削除されました</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="548"/>
        <source>The file could not be downloaded completely.</source>
        <translation>このファイルのダウンロードは完了しませんでした</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="555"/>
        <source>The downloaded file is empty despite the server announced it should have been %1.</source>
        <translation>サーバーが通知しているファイルは %1 であるべきですが、ダウンロードファイルは空でした。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="714"/>
        <source>File %1 cannot be saved because of a local file name clash!</source>
        <translation>%1 はローカルファイル名が衝突しているため保存できません！</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="763"/>
        <source>File has changed since discovery</source>
        <translation>ファイルは発見以降に変更されました</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="813"/>
        <source>Error writing metadata to the database</source>
        <translation>メタデータのデータベースへの書き込みに失敗</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateItemJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="130"/>
        <source>; Restoration Failed: %1</source>
        <translation>; 復元に失敗: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="153"/>
        <source>Continue blacklisting:</source>
        <translation>ブラックリストの続き:</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="246"/>
        <source>A file or folder was removed from a read only share, but restoring failed: %1</source>
        <translation>ファイルまたはフォルダーが読み込み専用の共有から削除されましたが、復元に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalMkdir</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="155"/>
        <source>could not delete file %1, error: %2</source>
        <translation>ファイル %1 を削除できません。エラー: %2</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="163"/>
        <source>Attention, possible case sensitivity clash with %1</source>
        <translation>注意: %1 で大文字小文字が競合している可能性</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="169"/>
        <source>could not create folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="181"/>
        <source>Error writing metadata to the database</source>
        <translation>メタデータのデータベースへの書き込みに失敗</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRemove</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="72"/>
        <source>Error removing &apos;%1&apos;: %2;</source>
        <translation>&apos;%1&apos;の削除エラー: %2;</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="98"/>
        <source>Could not remove folder &apos;%1&apos;</source>
        <translation>フォルダー &apos;%1&apos;を削除できません</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="116"/>
        <source>Could not remove %1 because of a local file name clash</source>
        <translation>%1 はローカルファイル名が衝突しているため削除できませんでした</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRename</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="215"/>
        <source>File %1 can not be renamed to %2 because of a local file name clash</source>
        <translation>ファイル %1 はローカルファイル名が衝突しているため %2 に名前を変更できません</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="246"/>
        <location filename="../src/libsync/propagatorjobs.cpp" line="251"/>
        <source>Error writing metadata to the database</source>
        <translation>メタデータのデータベースへの書き込みに失敗</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteDelete</name>
    <message>
        <location filename="../src/libsync/propagateremotedelete.cpp" line="97"/>
        <source>The file has been removed from a read only share. It was restored.</source>
        <translation>ファイルが読み込み専用の共有から削除されました。ファイルは復元されました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotedelete.cpp" line="118"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>誤ったHTTPコードがサーバーから返されました。204のはずが、&quot;%1 %2&quot;が返りました。</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMkdir</name>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="97"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>誤ったHTTPコードがサーバーから返されました。201のはずが、&quot;%1 %2&quot;が返りました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="148"/>
        <source>Error writing metadata to the database</source>
        <translation>メタデータのデータベースへの書き込みに失敗</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMove</name>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="97"/>
        <source>This folder must not be renamed. It is renamed back to its original name.</source>
        <translation>このフォルダー名は変更できません。元の名前に戻します。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="99"/>
        <source>This folder must not be renamed. Please name it back to Shared.</source>
        <translation>このフォルダー名は変更できません。名前を Shared に戻してください。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="138"/>
        <source>The file was renamed but is part of a read only share. The original file was restored.</source>
        <translation>ファイルの名前が変更されましたが、読み込み専用の共有の一部です。オリジナルのファイルが復元されました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="155"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>誤ったHTTPコードがサーバーから返されました。201のはずが、&quot;%1 %2&quot;が返りました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="186"/>
        <location filename="../src/libsync/propagateremotemove.cpp" line="192"/>
        <source>Error writing metadata to the database</source>
        <translation>メタデータのデータベースへの書き込みに失敗</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileCommon</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="299"/>
        <source>File Removed</source>
        <translation>ファイルを削除しました</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="311"/>
        <source>Local file changed during syncing. It will be resumed.</source>
        <translation>ローカルファイルが同期中に変更されました。再開されます。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="323"/>
        <source>Local file changed during sync.</source>
        <translation>ローカルのファイルが同期中に変更されました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="555"/>
        <source>Error writing metadata to the database</source>
        <translation>メタデータのデータベースへの書き込みに失敗</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileNG</name>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="361"/>
        <source>Forcing job abort on HTTP connection reset with Qt &lt; 5.4.2.</source>
        <translation>5.4.2 以下のQt でHTTP 接続リセットが強制終了されました</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="397"/>
        <source>The local file was removed during sync.</source>
        <translation>ローカルファイルを同期中に削除します。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="408"/>
        <source>Local file changed during sync.</source>
        <translation>ローカルのファイルが同期中に変更されました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="439"/>
        <source>Unexpected return code from server (%1)</source>
        <translation>サーバー (%1) からの予期しない戻りコード</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="446"/>
        <source>Missing File ID from server</source>
        <translation>サーバーからファイルIDの戻りがありません</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="459"/>
        <source>Missing ETag from server</source>
        <translation>サーバーからETagの戻りがありません</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileV1</name>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="197"/>
        <source>Forcing job abort on HTTP connection reset with Qt &lt; 5.4.2.</source>
        <translation>5.4.2 以下のQt でHTTP 接続リセットが強制終了されました</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="205"/>
        <source>The file was edited locally but is part of a read only share. It is restored and your edit is in the conflict file.</source>
        <translation>ファイルがローカルで編集されましたが、読み込み専用の共有の一部です。ファイルは復元され、あなたの編集は競合するファイル内にあります。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="236"/>
        <source>Poll URL missing</source>
        <translation>ポーリングURLがありません</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="259"/>
        <source>The local file was removed during sync.</source>
        <translation>ローカルファイルを同期中に削除します。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="270"/>
        <source>Local file changed during sync.</source>
        <translation>ローカルのファイルが同期中に変更されました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="285"/>
        <source>The server did not acknowledge the last chunk. (No e-tag was present)</source>
        <translation>サーバーは最終チャンクを認識しませんでした。(e-tag が存在しませんでした)</translation>
    </message>
</context>
<context>
    <name>OCC::ProtocolWidget</name>
    <message>
        <location filename="../src/gui/protocolwidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.ui" line="20"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="55"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="56"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="57"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="58"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="59"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="79"/>
        <source>Local sync protocol</source>
        <translation>ローカルファイル同期状況</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="81"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="82"/>
        <source>Copy the activity list to the clipboard.</source>
        <translation>アクティビティ一覧をコピーする</translation>
    </message>
</context>
<context>
    <name>OCC::ProxyAuthDialog</name>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="20"/>
        <source>Proxy authentication required</source>
        <translation>認証が必要なプロキシ</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="26"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="36"/>
        <source>Proxy:</source>
        <translation>プロキシ:</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="43"/>
        <source>The proxy server needs a username and password.</source>
        <translation>プロキシサーバーにはユーザー名とパスワードが必要です。</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="50"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="74"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncDialog</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="399"/>
        <source>Unchecked folders will be &lt;b&gt;removed&lt;/b&gt; from your local file system and will not be synchronized to this computer anymore</source>
        <translation>チェックしていないフォルダーはローカルファイルシステムから &lt;b&gt;削除&lt;/b&gt;され､このコンピューターと同期されなくなります。</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="416"/>
        <source>Choose What to Sync: Select remote subfolders you wish to synchronize.</source>
        <translation>同期対象の選択: 同期したいリモートのサブフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="417"/>
        <source>Choose What to Sync: Deselect remote subfolders you do not wish to synchronize.</source>
        <translation>同期対象の選択: 同期したくないリモートのサブフォルダーは、同期対象から外せます。</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="423"/>
        <source>Choose What to Sync</source>
        <translation>同期フォルダーを選択</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncTreeView</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="60"/>
        <source>Loading ...</source>
        <translation>読込中 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="73"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="74"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="201"/>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="245"/>
        <source>No subfolders currently on the server.</source>
        <translation>現在サーバーにサブフォルダーはありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="247"/>
        <source>An error occurred while loading the list of sub folders.</source>
        <translation>サーバーからフォルダーのリスト取得時にエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>OCC::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.ui" line="14"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="88"/>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="97"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="103"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="200"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
</context>
<context>
    <name>OCC::SettingsDialogMac</name>
    <message>
        <location filename="../src/gui/settingsdialogmac.cpp" line="70"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialogmac.cpp" line="74"/>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialogmac.cpp" line="88"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialogmac.cpp" line="92"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialogmac.cpp" line="121"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
</context>
<context>
    <name>OCC::ShareDialog</name>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="54"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="28"/>
        <source>share label</source>
        <translation>共有ラベル</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="14"/>
        <source>Dialog</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="47"/>
        <source>ownCloud Path:</source>
        <translation>OwnCloudのパス:</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="100"/>
        <source>%1 Sharing</source>
        <translation>%1 を共有中</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="75"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="97"/>
        <source>Folder: %2</source>
        <translation>フォルダー: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="103"/>
        <source>The server does not allow sharing</source>
        <translation>サーバーで共有を許可していません</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="115"/>
        <source>Retrieving maximum possible sharing permissions from server...</source>
        <translation>サーバーから共有権限を取得できる最大数で取得しています</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="171"/>
        <source>The file can not be shared because it was shared without sharing permission.</source>
        <translation>再共有権限がない共有ため、このファイルは共有できません。</translation>
    </message>
</context>
<context>
    <name>OCC::ShareLinkWidget</name>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="14"/>
        <source>Share NewDocument.odt</source>
        <translation>Share NewDocument.odt</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="25"/>
        <source>Share link</source>
        <translation>URLで共有</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="77"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="114"/>
        <source>Set &amp;password </source>
        <translation>パスワードを設定(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="128"/>
        <source>Set &amp;expiration date</source>
        <translation>有効期限を設定(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="152"/>
        <source>Set password</source>
        <translation>パスワードを設定</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="201"/>
        <source>&amp;Mail link</source>
        <translation>メールリンク(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="208"/>
        <source>Copy &amp;link</source>
        <translation>&amp;linkをコピー</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="232"/>
        <source>Allow editing</source>
        <translation>編集を許可</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="95"/>
        <source>P&amp;assword protect</source>
        <translation>パスワード保護(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="203"/>
        <source>Password Protected</source>
        <translation>パスワード保護</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="298"/>
        <source>The file can not be shared because it was shared without sharing permission.</source>
        <translation>再共有権限がない共有ため、このファイルは共有できません。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="377"/>
        <location filename="../src/gui/sharelinkwidget.cpp" line="425"/>
        <source>Public sh&amp;aring requires a password</source>
        <translation>共有するにはパスワードが必要(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="448"/>
        <source>Please Set Password</source>
        <translation>パスワードを入力してください</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="504"/>
        <source>Could not open email client</source>
        <translation>電子メールクライアントを開くことができませんでした</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="505"/>
        <source>There was an error when launching the email client to create a new message. Maybe no default email client is configured?</source>
        <translation>メールクライアントを起動して新しいメッセージを作成するときにエラーが発生しました。デフォルトのメールクライアントが設定されていませんか？</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="533"/>
        <location filename="../src/gui/sharelinkwidget.cpp" line="534"/>
        <source>&amp;Share link</source>
        <translation>リンク共有(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserGroupWidget</name>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="14"/>
        <source>Share NewDocument.odt</source>
        <translation>Share NewDocument.odt</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="22"/>
        <source>Share with users or groups ...</source>
        <translation>ユーザーもしくはグループと共有 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="225"/>
        <source>No results for &apos;%1&apos;</source>
        <translation>&apos;%1&apos; は見つかりませんでした</translation>
    </message>
</context>
<context>
    <name>OCC::ShareWidget</name>
    <message>
        <location filename="../src/gui/sharewidget.ui" line="17"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/sharewidget.ui" line="37"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../src/gui/sharewidget.ui" line="66"/>
        <source>can edit</source>
        <translation>編集を許可</translation>
    </message>
    <message>
        <location filename="../src/gui/sharewidget.ui" line="73"/>
        <source>can share</source>
        <translation>共有可</translation>
    </message>
    <message>
        <location filename="../src/gui/sharewidget.ui" line="80"/>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="303"/>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="306"/>
        <source>change</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="309"/>
        <source>delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>OCC::ShibbolethCredentials</name>
    <message>
        <location filename="../src/gui/creds/shibbolethcredentials.cpp" line="221"/>
        <source>Login Error</source>
        <translation>ログインエラー</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibbolethcredentials.cpp" line="221"/>
        <source>You must sign in as user %1</source>
        <translation>ユーザー %1 としてログインする必要があります</translation>
    </message>
</context>
<context>
    <name>OCC::ShibbolethWebView</name>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="82"/>
        <source>%1 - Authenticate</source>
        <translation>%1 - 認証</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="92"/>
        <source>SSL Chipher Debug View</source>
        <translation>SSL暗号デバッグ表示</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="100"/>
        <source>Reauthentication required</source>
        <translation>再認証が必要</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="100"/>
        <source>Your session has expired. You need to re-login to continue to use the client.</source>
        <translation>セッションの期限が切れました。クライアントを使用し続けるには再ログインが必要です。</translation>
    </message>
</context>
<context>
    <name>OCC::SocketApi</name>
    <message>
        <location filename="../src/gui/socketapi.cpp" line="455"/>
        <source>Share with %1</source>
        <comment>parameter is ownCloud</comment>
        <translation>%1 と共有</translation>
    </message>
</context>
<context>
    <name>OCC::SslButton</name>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="103"/>
        <source>&lt;h3&gt;Certificate Details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;詳細認証情報&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="106"/>
        <source>Common Name (CN):</source>
        <translation>コモンネーム(CN):</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="107"/>
        <source>Subject Alternative Names:</source>
        <translation>サブジェクトの別名:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="109"/>
        <source>Organization (O):</source>
        <translation>組織(O):</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="110"/>
        <source>Organizational Unit (OU):</source>
        <translation>部門名(OU):</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="111"/>
        <source>State/Province:</source>
        <translation>州／県:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="112"/>
        <source>Country:</source>
        <translation>国:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="113"/>
        <source>Serial:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="116"/>
        <source>&lt;h3&gt;Issuer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;発行者&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="119"/>
        <source>Issuer:</source>
        <translation>発行者: </translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="120"/>
        <source>Issued on:</source>
        <translation>発行日:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="121"/>
        <source>Expires on:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="124"/>
        <source>&lt;h3&gt;Fingerprints&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;フィンガープリント&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="128"/>
        <source>MD 5:</source>
        <translation>MD 5:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="130"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="132"/>
        <source>SHA-1:</source>
        <translation>SHA-1:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="136"/>
        <source>&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This certificate was manually approved&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;注意:&lt;/b&gt; この認証は手動で承認されました&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="156"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (自己証明書)</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="158"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="192"/>
        <source>This connection is encrypted using %1 bit %2.
</source>
        <translation>この接続は、%1 の %2 bit を使って暗号化されています。
</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="219"/>
        <source>No support for SSL session tickets/identifiers</source>
        <translation>SSLセッションチケット/識別子はサポートされていません</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="230"/>
        <source>Certificate information:</source>
        <translation>認証情報:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="196"/>
        <source>This connection is NOT secure as it is not encrypted.
</source>
        <translation>暗号化されていないので、この接続は安全ではありません。
</translation>
    </message>
</context>
<context>
    <name>OCC::SslErrorDialog</name>
    <message>
        <location filename="../src/gui/sslerrordialog.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.ui" line="25"/>
        <source>Trust this certificate anyway</source>
        <translation>この証明書を信用する</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="66"/>
        <source>Untrusted Certificate</source>
        <translation>信頼できない証明書</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="135"/>
        <source>Cannot connect securely to &lt;i&gt;%1&lt;/i&gt;:</source>
        <translation>&lt;i&gt;%1&lt;/i&gt; にセキュアに接続できません:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="171"/>
        <source>with Certificate %1</source>
        <translation>証明書 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="179"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="180"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="181"/>
        <source>&amp;lt;not specified&amp;gt;</source>
        <translation>&amp;lt;指定されていません&amp;gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="182"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="202"/>
        <source>Organization: %1</source>
        <translation>組織名: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="183"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="203"/>
        <source>Unit: %1</source>
        <translation>部門名: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="184"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="204"/>
        <source>Country: %1</source>
        <translation>国: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="191"/>
        <source>Fingerprint (MD5): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Fingerprint (MD5): &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="192"/>
        <source>Fingerprint (SHA1): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Fingerprint (SHA1): &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="194"/>
        <source>Effective Date: %1</source>
        <translation>発効日: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="195"/>
        <source>Expiration Date: %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="199"/>
        <source>Issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
</context>
<context>
    <name>OCC::SyncEngine</name>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="119"/>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="126"/>
        <source>CSync failed to load the journal file. The journal file is corrupted.</source>
        <translation>CSyncはジャーナルファイルの読み込みに失敗しました。ジャーナルファイルが破損しています。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="129"/>
        <source>&lt;p&gt;The %1 plugin for csync could not be loaded.&lt;br/&gt;Please verify the installation!&lt;/p&gt;</source>
        <translation>&lt;p&gt;csync 用の %1 プラグインをロードできませんでした。&lt;br/&gt;インストール状態を確認してください！&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="132"/>
        <source>CSync got an error while processing internal trees.</source>
        <translation>CSyncは内部ツリーの処理中にエラーに遭遇しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="135"/>
        <source>CSync failed to reserve memory.</source>
        <translation>CSyncで使用するメモリの確保に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="138"/>
        <source>CSync fatal parameter error.</source>
        <translation>CSyncの致命的なパラメータエラーです。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="141"/>
        <source>CSync processing step update failed.</source>
        <translation>CSyncの処理ステップの更新に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="144"/>
        <source>CSync processing step reconcile failed.</source>
        <translation>CSyncの処理ステップの調停に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="147"/>
        <source>CSync could not authenticate at the proxy.</source>
        <translation>CSyncはそのプロキシで認証できませんでした。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="150"/>
        <source>CSync failed to lookup proxy or server.</source>
        <translation>CSyncはプロキシもしくはサーバーの参照に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="153"/>
        <source>CSync failed to authenticate at the %1 server.</source>
        <translation>CSyncは %1 サーバーでの認証に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="156"/>
        <source>CSync failed to connect to the network.</source>
        <translation>CSyncはネットワークへの接続に失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="159"/>
        <source>A network connection timeout happened.</source>
        <translation>ネットワーク接続のタイムアウトが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="162"/>
        <source>A HTTP transmission error happened.</source>
        <translation>HTTPの伝送エラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="186"/>
        <source>The mounted folder is temporarily not available on the server</source>
        <translation>サーバー上のマウント済フォルダーが一時的に利用できません。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="192"/>
        <source>An error occurred while opening a folder</source>
        <translation>フォルダーを開く際にエラーが発生しました</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="195"/>
        <source>Error while reading folder.</source>
        <translation>フォルダーの読み込みエラー</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="452"/>
        <source>File/Folder is ignored because it&apos;s hidden.</source>
        <translation>隠しファイル/フォルダーのため無視されました</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="717"/>
        <source>Only %1 are available, need at least %2 to start</source>
        <comment>Placeholders are postfixed with file sizes using Utility::octetsToString()</comment>
        <translation>%1 しか空き容量がありません、開始するためには少なくとも %2 は必要です。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1181"/>
        <source>Not allowed because you don&apos;t have permission to add parent folder</source>
        <translation>親フォルダーを追加する権限がありません</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1188"/>
        <source>Not allowed because you don&apos;t have permission to add files in that folder</source>
        <translation>そのフォルダーにファイルを追加する権限がありません</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="174"/>
        <source>CSync: No space on %1 server available.</source>
        <translation>CSync: %1 サーバーには利用可能な空き領域がありません。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="177"/>
        <source>CSync unspecified error.</source>
        <translation>CSyncの未指定のエラーです。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="180"/>
        <source>Aborted by the user</source>
        <translation>ユーザーによって中止されました</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="443"/>
        <source>Filename contains invalid characters that can not be synced cross platform.</source>
        <translation>異なるプラットフォームOS間で利用できない不正な文字コードがファイル名に含まれているため、同期できません。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="168"/>
        <source>CSync failed to access</source>
        <translation>CSync は接続できませんでした</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="122"/>
        <source>CSync failed to load or create the journal file. Make sure you have read and write permissions in the local sync folder.</source>
        <translation>CSyncはジャーナルファイルの読み込みや作成に失敗しました。ローカルの同期フォルダーに読み書きの権限があるか確認してください。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="165"/>
        <source>CSync failed due to unhandled permission denied.</source>
        <translation>CSync が処理できないパーミション拒否により失敗しました</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="171"/>
        <source>CSync tried to create a folder that already exists.</source>
        <translation>CSyncはすでに存在するフォルダーを作成しようとしました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="183"/>
        <source>The service is temporarily unavailable</source>
        <translation>サーバーは一時的に利用できません</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="189"/>
        <source>Access is forbidden</source>
        <translation>アクセスが禁止されています</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="200"/>
        <source>An internal error number %1 occurred.</source>
        <translation>内部エラー番号 %1 が発生しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="264"/>
        <source>The item is not synced because of previous errors: %1</source>
        <translation>このアイテムは以前にエラーが発生したため同期しません: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="437"/>
        <source>Symbolic links are not supported in syncing.</source>
        <translation>同期機能はシンボリックリンクをサポートしていません。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="440"/>
        <source>File is listed on the ignore list.</source>
        <translation>ファイルは除外リストに登録されています。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="446"/>
        <source>Filename contains trailing spaces.</source>
        <translation>ファイル名末尾にスペースが含まれます。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="449"/>
        <source>Filename is too long.</source>
        <translation>ファイル名が長すぎます</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="458"/>
        <source>Stat failed.</source>
        <translation>情報取得エラー</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="485"/>
        <source>Filename encoding is not valid</source>
        <translation>ファイル名のエンコーディングが無効です。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="659"/>
        <source>Invalid characters, please rename &quot;%1&quot;</source>
        <translation>無効な文字です、&quot;%1&quot; を変更してください。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="754"/>
        <source>Unable to initialize a sync journal.</source>
        <translation>同期ジャーナルの初期化ができません。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="773"/>
        <source>Unable to read the blacklist from the local database</source>
        <translation>ローカルデータベースからブラックリストを読み込みできません</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="810"/>
        <source>Unable to read from the sync journal.</source>
        <translation>同期ジャーナルから読み込みできません</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="855"/>
        <source>Cannot open the sync journal</source>
        <translation>同期ジャーナルを開くことができません</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="912"/>
        <source>File name contains at least one invalid character</source>
        <translation>ファイル名に1文字以上の無効な文字が含まれています</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1140"/>
        <location filename="../src/libsync/syncengine.cpp" line="1147"/>
        <source>Ignored because of the &quot;choose what to sync&quot; blacklist</source>
        <translation>&quot;同期対象先&quot; ブラックリストにより無視されました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1166"/>
        <source>Not allowed because you don&apos;t have permission to add subfolders to that folder</source>
        <translation>そのフォルダーにサブフォルダーを追加する権限がありません</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1207"/>
        <source>Not allowed to upload this file because it is read-only on the server, restoring</source>
        <translation>サーバーでは読み取り専用となっているため、このファイルをアップロードすることはできません、復元しています</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1223"/>
        <location filename="../src/libsync/syncengine.cpp" line="1242"/>
        <source>Not allowed to remove, restoring</source>
        <translation>削除できないので復元しています</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1255"/>
        <source>Local files and share folder removed.</source>
        <translation>ローカルファイルと共有フォルダーを削除しました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1311"/>
        <source>Move not allowed, item restored</source>
        <translation>移動できないので項目を復元しました</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1322"/>
        <source>Move not allowed because %1 is read-only</source>
        <translation>%1 は読み取り専用のため移動できません</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1323"/>
        <source>the destination</source>
        <translation>移動先</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1323"/>
        <source>the source</source>
        <translation>移動元</translation>
    </message>
</context>
<context>
    <name>OCC::SyncLogDialog</name>
    <message>
        <location filename="../src/gui/synclogdialog.ui" line="14"/>
        <source>Synchronisation Log</source>
        <translation>同期ログ</translation>
    </message>
</context>
<context>
    <name>OCC::Systray</name>
    <message>
        <location filename="../src/gui/systray.cpp" line="55"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OCC::Theme</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="300"/>
        <source>&lt;p&gt;Version %1. For more information please visit &lt;a href=&apos;%2&apos;&gt;%3&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;バージョン %1. 詳細な情報は&lt;a href=&apos;%2&apos;&gt;%3&lt;/a&gt;を確認してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="304"/>
        <source>&lt;p&gt;Copyright ownCloud GmbH&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright ownCloud GmbH&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="305"/>
        <source>&lt;p&gt;Distributed by %1 and licensed under the GNU General Public License (GPL) Version 2.0.&lt;br/&gt;%2 and the %2 logo are registered trademarks of %1 in the United States, other countries, or both.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 が配布し、 GNU General Public License (GPL) バージョン2.0 の下でライセンスされています。&lt;br/&gt;%2 及び %2 のロゴはアメリカ合衆国またはその他の国、あるいはその両方における %1 の登録商標です。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::ValidateChecksumHeader</name>
    <message>
        <location filename="../src/libsync/checksums.cpp" line="189"/>
        <source>The checksum header is malformed.</source>
        <translation>ヘッダーのチェックサムが異常です。</translation>
    </message>
    <message>
        <location filename="../src/libsync/checksums.cpp" line="204"/>
        <source>The checksum header contained an unknown checksum type &apos;%1&apos;</source>
        <translation>チェックサムヘッダーに &apos;%1&apos; という未知のチェックサムが含まれていました</translation>
    </message>
    <message>
        <location filename="../src/libsync/checksums.cpp" line="209"/>
        <source>The downloaded file does not match the checksum, it will be resumed.</source>
        <translation>ダウンロードしたファイルがチェックサムエラーです。再ダウンロードします。</translation>
    </message>
</context>
<context>
    <name>OCC::ownCloudGui</name>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="294"/>
        <source>Please sign in</source>
        <translation>サインインしてください</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="319"/>
        <source>Folder %1: %2</source>
        <translation>フォルダー %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="324"/>
        <source>No sync folders configured.</source>
        <translation>同期フォルダーが設定されていません。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="334"/>
        <source>There are no sync folders configured.</source>
        <translation>同期するフォルダーがありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="342"/>
        <source>Open in browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="392"/>
        <location filename="../src/gui/owncloudgui.cpp" line="648"/>
        <location filename="../src/gui/owncloudgui.cpp" line="742"/>
        <source>Log in...</source>
        <translation>ログイン...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="396"/>
        <location filename="../src/gui/owncloudgui.cpp" line="640"/>
        <location filename="../src/gui/owncloudgui.cpp" line="744"/>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="468"/>
        <source>Recent Changes</source>
        <translation>最近変更されたファイル</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="787"/>
        <source>Checking for changes in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の更新を確認しています</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="369"/>
        <source>Managed Folders:</source>
        <translation>管理フォルダー:</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="372"/>
        <source>Open folder &apos;%1&apos;</source>
        <translation>フォルダー ’%1’ を開く</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="344"/>
        <source>Open %1 in browser</source>
        <translation>%1をブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="727"/>
        <source>Unknown status</source>
        <translation>不明な状態</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="729"/>
        <source>Settings...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="731"/>
        <source>Details...</source>
        <translation>詳細...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="737"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="739"/>
        <source>Quit %1</source>
        <translation>%1 を終了</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="273"/>
        <source>Disconnected from %1</source>
        <translation>%1 から切断されました</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="238"/>
        <source>Unsupported Server Version</source>
        <translation>サポートされていないサーバーバージョン</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="239"/>
        <source>The server on account %1 runs an old and unsupported version %2. Using this client with unsupported server versions is untested and potentially dangerous. Proceed at your own risk.</source>
        <translation>%1 アカウントのサーバーのバージョン %2 は古く、未サポートです。この未サポートのサーバーバージョンとこのクライアントでの組み合わせは、未テストで潜在的な危険があります。ご利用は自己責任でお願いいたします。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="277"/>
        <source>Disconnected from accounts:</source>
        <translation>アカウントから切断:</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="279"/>
        <source>Account %1: %2</source>
        <translation>アカウント %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="298"/>
        <source>Account synchronization is disabled</source>
        <translation>アカウントの同期は無効になっています</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="381"/>
        <source>Unpause all folders</source>
        <translation>すべてのフォルダーの同期を再開</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="386"/>
        <source>Pause all folders</source>
        <translation>すべてのフォルダーの同期を一時停止</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="619"/>
        <source>Unpause all synchronization</source>
        <translation>すべての同期を再開</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="621"/>
        <source>Unpause synchronization</source>
        <translation>同期を再開</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="629"/>
        <source>Pause all synchronization</source>
        <translation>すべての同期を一時停止</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="631"/>
        <source>Pause synchronization</source>
        <translation>同期を一時停止</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="638"/>
        <source>Log out of all accounts</source>
        <translation>全てのアカウントからログアウト</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="646"/>
        <source>Log in to all accounts...</source>
        <translation>全てのアカウントにログイン</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="730"/>
        <source>New account...</source>
        <translation>新規アカウント...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="748"/>
        <source>Crash now</source>
        <comment>Only shows in debug mode to allow testing the crash handler</comment>
        <translation>クラッシュしました。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="765"/>
        <source>No items synced recently</source>
        <translation>最近同期されたアイテムはありません。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="794"/>
        <source>Syncing %1 of %2  (%3 left)</source>
        <translation>同期中 %2 中 %1 (残り %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="798"/>
        <source>Syncing %1 of %2</source>
        <translation>%2 の %1 を同期しています</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="806"/>
        <source>Syncing %1 (%2 left)</source>
        <translation>同期中 %1 (残り %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="809"/>
        <source>Syncing %1</source>
        <translation>同期中 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="828"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="861"/>
        <source>Up to date</source>
        <translation>最新です</translation>
    </message>
</context>
<context>
    <name>OCC::ownCloudTheme</name>
    <message>
        <location filename="../src/libsync/owncloudtheme.cpp" line="47"/>
        <source>&lt;p&gt;Version %2. For more information visit &lt;a href=&quot;%3&quot;&gt;https://%4&lt;/a&gt;&lt;/p&gt;&lt;p&gt;For known issues and help, please visit: &lt;a href=&quot;https://central.owncloud.org/c/help/desktop-file-sync&quot;&gt;https://central.owncloud.org&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;By Klaas Freitag, Daniel Molkentin, Olivier Goffart, Markus Götz,  Jan-Christoph Borchardt, and others.&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Copyright ownCloud GmbH&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License (GPL) Version 2.0&lt;br/&gt;ownCloud and the ownCloud Logo are registered trademarks of ownCloud GmbH in the United States, other countries, or both.&lt;/p&gt;</source>
        <translation>&lt;p&gt;バージョン %2 詳細については、&lt;a href=&quot;%3&quot;&gt;https://%4&lt;/a&gt;をご覧ください。&lt;/p&gt;&lt;p&gt;既知の問題とヘルプは、&lt;a href=&quot;https://central.owncloud.org/c/help/desktop-file-sync&quot;&gt;https://central.owncloud.org&lt;/a&gt;をご覧下さい。By Klaas Freitag, Daniel Molkentin, Jan-Christoph Borchardt, Olivier Goffart, Markus Götz and others.&lt;/small&gt;&lt;/p&gt;&lt;p&gt;著作権 ownCloud, Inc.&lt;p&gt;&lt;p&gt;がGNU General Public License (GPL) バージョン2.0 でライセンスされています。&lt;br/&gt;ownCloud 及び ownCloud のロゴはアメリカ合衆国またはその他の国、あるいはその両方における&lt;br&gt; ownCloud, Inc.の登録商標です。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OwncloudAdvancedSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="20"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="32"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="78"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="131"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="247"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="291"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="318"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="341"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="88"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="200"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If this box is checked, existing content in the local folder will be erased to start a clean sync from the server.&lt;/p&gt;&lt;p&gt;Do not check this if the local content should be uploaded to the servers folder.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックした場合、ローカルフォルダー内に存在するコンテンツはサーバーからクリーンな同期を開始するために削除されます。&lt;/p&gt;&lt;p&gt;もしローカルのコンテンツをサーバーのフォルダーにアップロードするなら、チェックしないでください。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="203"/>
        <source>Start a &amp;clean sync (Erases the local folder!)</source>
        <translation>クリーン同期を開始(ローカルフォルダーは削除されます！)(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="284"/>
        <source>Choose what to sync</source>
        <translation>同期フォルダーを選択</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="147"/>
        <source>&amp;Local Folder</source>
        <translation>ローカルフォルダー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="222"/>
        <source>pbSelectLocalFolder</source>
        <translation>pbSelectLocalFolder</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="190"/>
        <source>&amp;Keep local data</source>
        <translation>ローカルデータを保持(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="237"/>
        <source>S&amp;ync everything from server</source>
        <translation>サーバーからすべてのファイルを同期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="325"/>
        <source>Status message</source>
        <translation>状態メッセージ</translation>
    </message>
</context>
<context>
    <name>OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="70"/>
        <source>&amp;Username</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="80"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
</context>
<context>
    <name>OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="14"/>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="20"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="20"/>
        <source>Server &amp;address:</source>
        <translation>サーバーアドレス(&amp;A):</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="36"/>
        <location filename="../src/gui/owncloudsetuppage.ui" line="129"/>
        <location filename="../src/gui/owncloudsetuppage.ui" line="156"/>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="32"/>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="187"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="47"/>
        <source>Use &amp;secure connection</source>
        <translation>暗号化通信を利用(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="60"/>
        <source>CheckBox</source>
        <translation>チェックボックス</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="75"/>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="85"/>
        <source>Enter the ownCloud username.</source>
        <translation>ownCloudのユーザー名を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="92"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="102"/>
        <source>Enter the ownCloud password.</source>
        <translation>ownCloudのパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="117"/>
        <source>Do not allow the local storage of the password.</source>
        <translation>パスワードのローカルストレージへの保存を許可しない。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="120"/>
        <source>&amp;Do not store password on local machine</source>
        <translation>パスワードをローカルマシンに保存しない(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="140"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetuppage.ui" line="147"/>
        <source>Enter the url of the ownCloud you want to connect to (without http or https).</source>
        <translation>接続するownCloudのURLを(httpやhttpsを含めずに)入力してください。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="83"/>
        <source>Server &amp;Address</source>
        <translation>サーバーアドレス(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="99"/>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="157"/>
        <source>Error Label</source>
        <translation>エラーラベル</translation>
    </message>
</context>
<context>
    <name>OwncloudWizardResultPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.ui" line="20"/>
        <source>TextLabel</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.ui" line="163"/>
        <source>Your entire account is synced to the local folder </source>
        <translation>すべてのアカウントはローカルフォルダーと同期されます</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.ui" line="98"/>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.ui" line="120"/>
        <source>PushButton</source>
        <translation>プッシュボタン</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../src/gui/application.cpp" line="593"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>QT_LAYOUT_DIRECTION</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/libsync/utility.cpp" line="502"/>
        <source>in the future</source>
        <translation>今後</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libsync/utility.cpp" line="498"/>
        <source>%n day(s) ago</source>
        <translation><numerusform>%n日前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libsync/utility.cpp" line="506"/>
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n 時間前</numerusform></translation>
    </message>
    <message>
        <location filename="../src/libsync/utility.cpp" line="511"/>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message>
        <location filename="../src/libsync/utility.cpp" line="513"/>
        <source>Less than a minute ago</source>
        <translation>1分以内</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libsync/utility.cpp" line="516"/>
        <source>%n minute(s) ago</source>
        <translation><numerusform> %n 分前</numerusform></translation>
    </message>
    <message>
        <location filename="../src/libsync/utility.cpp" line="519"/>
        <source>Some time ago</source>
        <translation>数分前</translation>
    </message>
</context>
<context>
    <name>Utility</name>
    <message>
        <location filename="../src/libsync/utility.cpp" line="134"/>
        <source>%L1 GB</source>
        <translation>%L1 GB</translation>
    </message>
    <message>
        <location filename="../src/libsync/utility.cpp" line="138"/>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <location filename="../src/libsync/utility.cpp" line="141"/>
        <source>%L1 KB</source>
        <translation>%L1 KB</translation>
    </message>
    <message>
        <location filename="../src/libsync/utility.cpp" line="144"/>
        <source>%L1 B</source>
        <translation>%L1 B</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libsync/utility.cpp" line="329"/>
        <source>%n year(s)</source>
        <translation><numerusform>%n 年</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libsync/utility.cpp" line="330"/>
        <source>%n month(s)</source>
        <translation><numerusform>%n ヶ月</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libsync/utility.cpp" line="331"/>
        <source>%n day(s)</source>
        <translation><numerusform>%n 日</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libsync/utility.cpp" line="332"/>
        <source>%n hour(s)</source>
        <translation><numerusform>%n 時間</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libsync/utility.cpp" line="333"/>
        <source>%n minute(s)</source>
        <translation><numerusform>%n 分</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/libsync/utility.cpp" line="334"/>
        <source>%n second(s)</source>
        <translation><numerusform>%n 秒</numerusform></translation>
    </message>
    <message>
        <location filename="../src/libsync/utility.cpp" line="358"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>main.cpp</name>
    <message>
        <location filename="../src/gui/main.cpp" line="38"/>
        <source>System Tray not available</source>
        <translation>システムトレイ利用不可</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="39"/>
        <source>%1 requires on a working system tray. If you are running XFCE, please follow &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;these instructions&lt;/a&gt;. Otherwise, please install a system tray application such as &apos;trayer&apos; and try again.</source>
        <translation>%1は動作しているシステムトレイで必要とします。XFCEを動作させている場合、&lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;これらのインストラクション&lt;/a&gt;を追ってください。でなければ、「トレイヤー」のようなシステムトレイアプリケーションをインストールして、再度お試しください。</translation>
    </message>
</context>
<context>
    <name>ownCloudTheme::about()</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="286"/>
        <source>&lt;p&gt;&lt;small&gt;Built from Git revision &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; on %3, %4 using Qt %5, %6&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; %3, %4 のGitリビジョンからのビルド Qt %5, %6 を利用&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="33"/>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="35"/>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="38"/>
        <source>Server version downloaded, copied changed local file into conflict file</source>
        <translation>サーバー側バージョンがダウンロードされました。変更されたローカルファイルは、コンフリクトファイルにコピーしました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="40"/>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="43"/>
        <source>Moved to %1</source>
        <translation>%1に移動済み</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="45"/>
        <source>Ignored</source>
        <translation>除外しました</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="47"/>
        <source>Filesystem access error</source>
        <translation>ファイルシステムのアクセスエラー</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="49"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="51"/>
        <source>Updated local metadata</source>
        <translation>ローカルメタデータが更新されました</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="54"/>
        <location filename="../src/libsync/progressdispatcher.cpp" line="57"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="68"/>
        <source>downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="70"/>
        <source>uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="72"/>
        <source>deleting</source>
        <translation>削除しています</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="75"/>
        <source>moving</source>
        <translation>移動しています</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="77"/>
        <source>ignoring</source>
        <translation>除外:</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="79"/>
        <location filename="../src/libsync/progressdispatcher.cpp" line="81"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="83"/>
        <source>updating local metadata</source>
        <translation>ローカルメタデータの更新中</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="58"/>
        <source>Status undefined</source>
        <translation>未定義の状態</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="61"/>
        <source>Waiting to start sync</source>
        <translation>同期開始を待っています</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="64"/>
        <source>Sync is running</source>
        <translation>同期を実行中</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="67"/>
        <source>Sync Success</source>
        <translation>同期成功</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="70"/>
        <source>Sync Success, some files were ignored.</source>
        <translation>同期が完了しました。一部のファイルが除外されました。</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="73"/>
        <source>Sync Error</source>
        <translation>同期エラー</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="76"/>
        <source>Setup Error</source>
        <translation>設定エラー</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="79"/>
        <source>Preparing to sync</source>
        <translation>同期の準備中</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="82"/>
        <source>Aborting...</source>
        <translation>中止しています...</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="85"/>
        <source>Sync is paused</source>
        <translation>同期を一時停止</translation>
    </message>
</context>
</TS>