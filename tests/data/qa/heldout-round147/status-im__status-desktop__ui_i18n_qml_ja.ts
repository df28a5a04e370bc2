<!DOCTYPE TS><TS version="2.1" language="ja">
<context>
	<name></name>
	<message>
		<source>about-app</source>
		<translation>このアプリについて</translation>
	</message>
	<message>
		<source>about-key-storage-content</source>
		<translation>Statusがあなたの秘密鍵にアクセスすることはありません。シードフレーズのバックアップを忘れないようにしてください。デバイスを紛失した際に復元する唯一の手段となります。</translation>
	</message>
	<message>
		<source>about-key-storage-title</source>
		<translation>鍵の保管について</translation>
	</message>
	<message>
		<source>about-names-content</source>
		<translation>誰もあなたになりすますことはできません。あなたは初期設定時から匿名の状態であり、本名を明らかにする必要はありません。わずかな料金でカスタム名を登録することができます。</translation>
	</message>
	<message>
		<source>about-names-title</source>
		<translation>名前について</translation>
	</message>
	<message>
		<source>access-key</source>
		<translation>アクセスキー</translation>
	</message>
	<message>
		<source>access-existing-keys</source>
		<translation>既存の鍵で復元する</translation>
	</message>
	<message>
		<source>accept-and-share-address</source>
		<translation>受け取りアドレスを送る</translation>
	</message>
	<message>
		<source>account-added</source>
		<translation>アカウントを追加しました</translation>
	</message>
	<message>
		<source>account-color</source>
		<translation>アカウントの色</translation>
	</message>
	<message>
		<source>anyone</source>
		<translation>全員</translation>
	</message>
	<message>
		<source>messages-from-contacts-only-subtitle</source>
		<translation>連絡先に追加した人だけが、あなたと新しいチャットを開始したり、あなたをグループに招待できます</translation>
	</message>
	<message>
		<source>accept-new-chats-from</source>
		<translation>新規チャットを許可 </translation>
	</message>
	<message>
		<source>account-name</source>
		<translation>アカウント名</translation>
	</message>
	<message>
		<source>account-settings</source>
		<translation>アカウント設定</translation>
	</message>
	<message>
		<source>accounts</source>
		<translation>アカウント</translation>
	</message>
	<message>
		<source>active-online</source>
		<translation>オンライン</translation>
	</message>
	<message>
		<source>active-unknown</source>
		<translation>不明</translation>
	</message>
	<message>
		<source>add</source>
		<translation>追加</translation>
	</message>
	<message>
		<source>add-a-watch-account</source>
		<translation>読み取り専用アカウントを追加</translation>
	</message>
	<message>
		<source>add-account</source>
		<translation>アカウントを追加</translation>
	</message>
	<message>
		<source>add-account-description</source>
		<translation>あらゆるタイプのイーサリアムアカウントをStatusウォレットにインポートすることができます</translation>
	</message>
	<message>
		<source>add-account-incorrect-password</source>
		<translation>パスワードが間違っています。アプリのロックを解除するために使用するパスワードを入力してください。</translation>
	</message>
	<message>
		<source>add-an-account</source>
		<translation>アカウントを追加</translation>
	</message>
	<message>
		<source>add-bootnode</source>
		<translation>Bootnodeを追加</translation>
	</message>
	<message>
		<source>add-contact</source>
		<translation>連絡先を追加</translation>
	</message>
	<message>
		<source>add-custom-token</source>
		<translation>カスタムトークンを追加</translation>
	</message>
	<message>
		<source>add-mailserver</source>
		<translation>Statusノードを追加</translation>
	</message>
	<message>
		<source>add-members</source>
		<translation>メンバーを追加</translation>
	</message>
	<message>
		<source>add-network</source>
		<translation>ネットワークを追加</translation>
	</message>
	<message>
		<source>add-node</source>
		<translation>ノードを追加する</translation>
	</message>
	<message>
		<source>add-to-contacts</source>
		<translation>連絡先に追加</translation>
	</message>
	<message>
		<source>add-to-contacts-text</source>
		<translation>連絡先リストにユーザを追加することで、ウォレットアドレスを共有します。</translation>
	</message>
	<message>
		<source>address</source>
		<translation>アドレス</translation>
	</message>
	<message>
		<source>address-received</source>
		<translation>送金できます</translation>
	</message>
	<message>
		<source>address-requested</source>
		<translation>受け取り承認待ち</translation>
	</message>
	<message>
		<source>address-request-accepted</source>
		<translation>受け取り準備ができました</translation>
	</message>
	<message>
		<source>advanced</source>
		<translation>高度な設定</translation>
	</message>
	<message>
		<source>advanced-settings</source>
		<translation>高度な設定</translation>
	</message>
	<message>
		<source>agree-by-continuing</source>
		<translation>以下に同意して続行する。</translation>
	</message>
	<message>
		<source>all</source>
		<translation>すべて</translation>
	</message>
	<message>
		<source>allow</source>
		<translation>許可</translation>
	</message>
	<message>
		<source>allowing-authorizes-this-dapp</source>
		<translation>アクセスを許可すると、このDAppはあなたのウォレットアドレスを取得し、Web3を有効にします。</translation>
	</message>
	<message>
		<source>already-have-asset</source>
		<translation>このアセットはすでに持っています</translation>
	</message>
	<message>
		<source>amount</source>
		<translation>金額</translation>
	</message>
	<message>
		<source>are-you-sure-description</source>
		<translation>シードフレーズは再度表示することはできません</translation>
	</message>
	<message>
		<source>are-you-sure?</source>
		<translation>間違いないですか？</translation>
	</message>
	<message>
		<source>ask-in-status</source>
		<translation>質問するまたはバグを報告する</translation>
	</message>
	<message>
		<source>at</source>
		<translation>at</translation>
	</message>
	<message>
		<source>authorize</source>
		<translation>承認する</translation>
	</message>
	<message>
		<source>available</source>
		<translation>利用可能</translation>
	</message>
	<message numerus="yes">
		<source>available-participants</source>
		<translation>
			<numerusform>あと {{count}}人の参加者を選択できます</numerusform>
		</translation>
	</message>
	<message>
		<source>back</source>
		<translation>戻る</translation>
	</message>
	<message>
		<source>back-up-seed-phrase</source>
		<translation>シードフレーズをバックアップする</translation>
	</message>
	<message>
		<source>back-up-your-seed-phrase</source>
		<translation>シードフレーズをバックアップする</translation>
	</message>
	<message>
		<source>backup-recovery-phrase</source>
		<translation>リカバリーフレーズのバックアップ</translation>
	</message>
	<message>
		<source>balance</source>
		<translation>残高</translation>
	</message>
	<message>
		<source>begin-set-up</source>
		<translation>セットアップを開始</translation>
	</message>
	<message>
		<source>biometric-auth-android-sensor-desc</source>
		<translation>タッチセンサー</translation>
	</message>
	<message>
		<source>biometric-auth-android-sensor-error-desc</source>
		<translation>失敗しました</translation>
	</message>
	<message>
		<source>biometric-auth-android-title</source>
		<translation>認証が必要です</translation>
	</message>
	<message>
		<source>biometric-auth-confirm-logout</source>
		<translation>再ログイン</translation>
	</message>
	<message>
		<source>biometric-auth-confirm-message</source>
		<translation>続行するには生体認証が必要です。不可能な場合はパスワードまたはパスコードを使用してサインインしてください。</translation>
	</message>
	<message>
		<source>biometric-auth-confirm-title</source>
		<translation>認証する必要があります</translation>
	</message>
	<message>
		<source>biometric-auth-confirm-try-again</source>
		<translation>再試行する</translation>
	</message>
	<message>
		<source>biometric-auth-error</source>
		<translation>生体認証を実行できません ( {{code}} )</translation>
	</message>
	<message>
		<source>biometric-auth-login-error-title</source>
		<translation>生体認証エラー</translation>
	</message>
	<message>
		<source>biometric-auth-login-ios-fallback-label</source>
		<translation>パスワードを入力</translation>
	</message>
	<message>
		<source>biometric-auth-reason-login</source>
		<translation>Statusにログイン</translation>
	</message>
	<message>
		<source>biometric-auth-reason-verify</source>
		<translation>認証を確認</translation>
	</message>
	<message>
		<source>biometric-secure-with</source>
		<translation>{{bio-type-label}}でセキュアに</translation>
	</message>
	<message>
		<source>biometric-enable-keycard</source>
		<translation>毎回キーカードを使用してアプリにアクセスしたくない場合は、 {{bio-type-label}}サインインを有効にしてください</translation>
	</message>
	<message>
		<source>biometric-enable</source>
		<translation>アプリを開くたびにパスワードを入力したくない場合は、{{bio-type-label}} サインインを有効にしてください</translation>
	</message>
	<message>
		<source>biometric-disable-bioauth</source>
		<translation>{{bio-type-label}} を無効にする</translation>
	</message>
	<message>
		<source>biometric-disable-password-title</source>
		<translation>パスワード保存を無効にする</translation>
	</message>
	<message>
		<source>biometric-disable-password-description</source>
		<translation>これを無効にすると、</translation>
	</message>
	<message>
		<source>biometric-enable-button</source>
		<translation>{{bio-type-label}} を有効にする</translation>
	</message>
	<message>
		<source>biometric-fingerprint</source>
		<translation>指紋</translation>
	</message>
	<message>
		<source>biometric-faceid</source>
		<translation>Face ID</translation>
	</message>
	<message>
		<source>biometric-touchid</source>
		<translation>Touch ID</translation>
	</message>
	<message>
		<source>blank-keycard-text</source>
		<translation>鍵と名前を生成したらKeycardで先に進むことができます</translation>
	</message>
	<message>
		<source>blank-keycard-title</source>
		<translation>空のKeycardをタップしたようです</translation>
	</message>
	<message>
		<source>block</source>
		<translation>ブロック</translation>
	</message>
	<message>
		<source>unblock</source>
		<translation>ブロック解除</translation>
	</message>
	<message>
		<source>block-contact</source>
		<translation>このユーザをブロックする</translation>
	</message>
	<message>
		<source>block-contact-details</source>
		<translation>ブロックするとこのユーザのメッセージは削除され、新たなメッセージもあなたに届かなくなります</translation>
	</message>
	<message>
		<source>blocked-users</source>
		<translation>ブロックしたユーザ</translation>
	</message>
	<message>
		<source>bootnode-address</source>
		<translation>Bootnodeアドレス</translation>
	</message>
	<message>
		<source>bootnode-details</source>
		<translation>Bootnodeの詳細</translation>
	</message>
	<message>
		<source>bootnode-format</source>
		<translation>enode://{enode-id}@{ipアドレス}:{ポート}</translation>
	</message>
	<message>
		<source>bootnodes</source>
		<translation>Bootnodes</translation>
	</message>
	<message>
		<source>bootnodes-enabled</source>
		<translation>Bootnodeが有効になっています</translation>
	</message>
	<message>
		<source>bootnodes-settings</source>
		<translation>Bootnodeの設定</translation>
	</message>
	<message>
		<source>browsed-websites</source>
		<translation>Webサイトの閲覧履歴がここに表示されます。</translation>
	</message>
	<message>
		<source>browser</source>
		<translation>ブラウザ</translation>
	</message>
	<message>
		<source>browser-not-secure</source>
		<translation>接続は安全ではありません。このサイトでは個人情報を入力したりトランザクションに署名したりしないでください。</translation>
	</message>
	<message>
		<source>browser-secure</source>
		<translation>接続は安全です。個人情報の入力やトランザクションへの署名を行う際は、このサイトが信頼できるサイトか確認してください。</translation>
	</message>
	<message>
		<source>browsers</source>
		<translation>ブラウザ</translation>
	</message>
	<message>
		<source>browsing-cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>browsing-open-in-android-web-browser</source>
		<translation>Androidで開く</translation>
	</message>
	<message>
		<source>browsing-open-in-ios-web-browser</source>
		<translation>iOSで開く</translation>
	</message>
	<message>
		<source>browsing-open-in-status</source>
		<translation>Statusで開く</translation>
	</message>
	<message>
		<source>browsing-site-blocked-description1</source>
		<translation>このアドレスから潜在的な悪意のあるアクティビティを検出しました。ウォレットを保護するために、操作を制限しています。 

エラーと思われる場合は、こちらにご連絡ください。</translation>
	</message>
	<message>
		<source>browsing-site-blocked-description2</source>
		<translation>公開チャット</translation>
	</message>
	<message>
		<source>browsing-site-blocked-go-back</source>
		<translation>戻る</translation>
	</message>
	<message>
		<source>browsing-site-blocked-title</source>
		<translation>このサイトはブロックされています</translation>
	</message>
	<message>
		<source>browsing-title</source>
		<translation>ブラウズ</translation>
	</message>
	<message>
		<source>bug-report</source>
		<translation>バグを報告</translation>
	</message>
	<message>
		<source>bug-report-description</source>
		<translation>* 説明</translation>
	</message>
	<message>
		<source>bug-report-description-placeholder</source>
		<translation>入力必須</translation>
	</message>
	<message>
		<source>bug-report-steps</source>
		<translation>再現手順</translation>
	</message>
	<message>
		<source>bug-report-steps-placeholder</source>
		<translation>- アプリを開く
- 何かをする
- そしてまた別のことをする...</translation>
	</message>
	<message>
		<source>bug-report-submit-email</source>
		<translation>ログアーカイブをメールで提出する</translation>
	</message>
	<message>
		<source>bug-report-submit-gh-issue</source>
		<translation>ログなしでGitHubイシューを提出する</translation>
	</message>
	<message>
		<source>bug-report-too-short-description</source>
		<translation>説明文が短すぎます。</translation>
	</message>
	<message>
		<source>camera-access-error</source>
		<translation>カメラにアクセスするには、システム設定から「Status → カメラ」で有効になっているか確認してください。</translation>
	</message>
	<message>
		<source>can-not-add-yourself</source>
		<translation>自分自身を追加することはできません</translation>
	</message>
	<message>
		<source>cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>cancel-keycard-setup</source>
		<translation>Keycardのセットアップをキャンセル</translation>
	</message>
	<message>
		<source>cannot-read-card</source>
		<translation>カードが読み取れません。 
スマートフォンの裏側に当てたままにしてください</translation>
	</message>
	<message>
		<source>cannot-use-default-pin</source>
		<translation>パスコード 000000 は許可されていません。 
別の番号を使ってください</translation>
	</message>
	<message>
		<source>card-is-blank</source>
		<translation>カードが空です</translation>
	</message>
	<message>
		<source>card-reseted</source>
		<translation>カードがリセットされました</translation>
	</message>
	<message>
		<source>card-unpaired</source>
		<translation>カードのペアリングが現在のデバイスから解除されました</translation>
	</message>
	<message>
		<source>change-fleet</source>
		<translation>Fleetを {{fleet}} に変更する</translation>
	</message>
	<message>
		<source>change-log-level</source>
		<translation>アプリを再起動してログレベルを {{log-level}} に変更する</translation>
	</message>
	<message>
		<source>change-logging-enabled</source>
		<translation>本当にログを{{enable}}にしますか？</translation>
	</message>
	<message>
		<source>change-passcode</source>
		<translation>パスコードの変更</translation>
	</message>
	<message>
		<source>change-password</source>
		<translation>パスワードの変更</translation>
	</message>
	<message>
		<source>change-pin</source>
		<translation>6桁のパスコードを変更する</translation>
	</message>
	<message>
		<source>change-puk</source>
		<translation>12桁のPUKを変更する</translation>
	</message>
	<message>
		<source>change-pairing</source>
		<translation>ペアリングコードを変更する</translation>
	</message>
	<message>
		<source>change-pairing-title</source>
		<translation>新たにペアリングコードを作成する</translation>
	</message>
	<message>
		<source>change-pairing-description</source>
		<translation>ペアリングコードを変更しても、現在のペアリングに影響はありません。ただし新たにペアリングする場合は新しいコードが必要になります。</translation>
	</message>
	<message>
		<source>changed-amount-warning</source>
		<translation>金額が {{old}} から {{new}} に変更されました</translation>
	</message>
	<message>
		<source>changed-asset-warning</source>
		<translation>アセットが {{old}} から {{new}} に変更されました</translation>
	</message>
	<message>
		<source>chaos-mode</source>
		<translation>カオスモード</translation>
	</message>
	<message>
		<source>chaos-unicorn-day</source>
		<translation>カオスユニコーンデー</translation>
	</message>
	<message>
		<source>chaos-unicorn-day-details</source>
		<translation>🦄🦄🦄🦄🦄🦄🦄🚀！</translation>
	</message>
	<message>
		<source>chat</source>
		<translation>チャット</translation>
	</message>
	<message>
		<source>chat-and-transact</source>
		<translation>友達とプライベートチャットする</translation>
	</message>
	<message>
		<source>chat-key</source>
		<translation>チャットキー</translation>
	</message>
	<message>
		<source>chat-name</source>
		<translation>チャット名</translation>
	</message>
	<message>
		<source>chat-settings</source>
		<translation>チャット設定</translation>
	</message>
	<message>
		<source>chats</source>
		<translation>チャット</translation>
	</message>
	<message>
		<source>check-your-recovery-phrase</source>
		<translation>シードフレーズを確認してください</translation>
	</message>
	<message>
		<source>choose-authentication-method</source>
		<translation>認証方法を選択します</translation>
	</message>
	<message>
		<source>clear</source>
		<translation>消去</translation>
	</message>
	<message>
		<source>clear-all</source>
		<translation>すべてクリア</translation>
	</message>
	<message>
		<source>clear-history</source>
		<translation>履歴を消去</translation>
	</message>
	<message>
		<source>clear-history-action</source>
		<translation>消去</translation>
	</message>
	<message>
		<source>clear-history-confirmation</source>
		<translation>履歴を消去しますか？</translation>
	</message>
	<message>
		<source>clear-history-confirmation-content</source>
		<translation>本当にチャット履歴を消去しますか？</translation>
	</message>
	<message>
		<source>clear-history-title</source>
		<translation>履歴を消去しますか？</translation>
	</message>
	<message>
		<source>close</source>
		<translation>閉じる</translation>
	</message>
	<message>
		<source>close-app-button</source>
		<translation>確認</translation>
	</message>
	<message>
		<source>close-app-content</source>
		<translation>アプリを停止して閉じます。再度開くと選択していたネットワークが使用されます</translation>
	</message>
	<message>
		<source>close-app-title</source>
		<translation>警告！</translation>
	</message>
	<message>
		<source>command-button-send</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>communities</source>
		<translation>コミュニティ</translation>
	</message>
	<message numerus="yes">
		<source>community-members</source>
		<translation>
			<numerusform>{{count}} 名</numerusform>
		</translation>
	</message>
	<message>
		<source>members-label</source>
		<translation>メンバー</translation>
	</message>
	<message>
		<source>open-membership</source>
		<translation>オープンメンバーシップ</translation>
	</message>
	<message>
		<source>member-kick</source>
		<translation>メンバーをキックする</translation>
	</message>
	<message>
		<source>member-ban</source>
		<translation>BANされたメンバー</translation>
	</message>
	<message>
		<source>membership-requests</source>
		<translation>参加リクエスト</translation>
	</message>
	<message>
		<source>community-members-title</source>
		<translation>メンバー</translation>
	</message>
	<message>
		<source>community-requests-to-join-title</source>
		<translation>参加リクエスト</translation>
	</message>
	<message>
		<source>name-your-channel</source>
		<translation>チャネルに名前を付ける</translation>
	</message>
	<message>
		<source>name-your-channel-placeholder</source>
		<translation>チャネル名</translation>
	</message>
	<message>
		<source>give-a-short-description</source>
		<translation>簡単な説明を加えてください。</translation>
	</message>
	<message>
		<source>describe-channel</source>
		<translation>チャネルの説明</translation>
	</message>
	<message>
		<source>communities-alpha</source>
		<translation>コミュニティ（アルファ）</translation>
	</message>
	<message>
		<source>communities-verified</source>
		<translation>✓Status認証済みコミュニティ</translation>
	</message>
	<message>
		<source>communities-enabled</source>
		<translation>コミュニティを有効にする</translation>
	</message>
	<message>
		<source>request-access</source>
		<translation>アクセスを要求する</translation>
	</message>
	<message>
		<source>membership-request-pending</source>
		<translation>参加リクエスト保留中</translation>
	</message>
	<message>
		<source>create-community</source>
		<translation>コミュニティを作成する</translation>
	</message>
	<message>
		<source>create-category</source>
		<translation>カテゴリーを作成</translation>
	</message>
	<message>
		<source>rearrange-categories</source>
		<translation>カテゴリを並べ替える</translation>
	</message>
	<message>
		<source>edited</source>
		<translation>編集済み</translation>
	</message>
	<message>
		<source>edit-community</source>
		<translation>コミュニティを編集する</translation>
	</message>
	<message>
		<source>editing-message</source>
		<translation>メッセージの編集</translation>
	</message>
	<message>
		<source>community-edit-title</source>
		<translation>コミュニティの編集</translation>
	</message>
	<message>
		<source>community-invite-title</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>community-share-title</source>
		<translation>共有</translation>
	</message>
	<message>
		<source>invite</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>create-channel</source>
		<translation>チャネルを作成する</translation>
	</message>
	<message>
		<source>import-community</source>
		<translation>コミュニティをインポートする</translation>
	</message>
	<message>
		<source>import-community-title</source>
		<translation>コミュニティをインポートする</translation>
	</message>
	<message>
		<source>name-your-community</source>
		<translation>コミュニティ名</translation>
	</message>
	<message>
		<source>name-your-community-placeholder</source>
		<translation>キャッチーな名前</translation>
	</message>
	<message>
		<source>give-a-short-description-community</source>
		<translation>簡単な説明を加えてください。</translation>
	</message>
	<message>
		<source>new-community-title</source>
		<translation>新規コミュニティ</translation>
	</message>
	<message>
		<source>new-category</source>
		<translation>新規カテゴリー</translation>
	</message>
	<message>
		<source>category-title</source>
		<translation>カテゴリー名</translation>
	</message>
	<message>
		<source>membership-title</source>
		<translation>メンバー参加条件</translation>
	</message>
	<message>
		<source>create-channel-title</source>
		<translation>新規チャネル</translation>
	</message>
	<message>
		<source>edit-channel-title</source>
		<translation>チャネルを編集</translation>
	</message>
	<message>
		<source>community-thumbnail-image</source>
		<translation>アイコン画像</translation>
	</message>
	<message>
		<source>community-emoji-thumbnail-title</source>
		<translation>サムネイル</translation>
	</message>
	<message>
		<source>community-thumbnail-upload</source>
		<translation>アップロード</translation>
	</message>
	<message>
		<source>community-image-take</source>
		<translation>写真を撮る</translation>
	</message>
	<message>
		<source>community-image-pick</source>
		<translation>画像を選ぶ</translation>
	</message>
	<message>
		<source>community-image-remove</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>community-color</source>
		<translation>コミュニティカラー</translation>
	</message>
	<message>
		<source>community-link</source>
		<translation>コミュニティリンク</translation>
	</message>
	<message>
		<source>community-color-placeholder</source>
		<translation>色を選ぶ</translation>
	</message>
	<message>
		<source>membership-button</source>
		<translation>メンバー参加条件</translation>
	</message>
	<message>
		<source>membership-none</source>
		<translation>なし</translation>
	</message>
	<message>
		<source>membership-none-placeholder</source>
		<translation>新規メンバーの参加に参加条件を設定することができます。これはいつでも変更することができます。</translation>
	</message>
	<message>
		<source>membership-approval</source>
		<translation>承認を必要とする</translation>
	</message>
	<message>
		<source>membership-approval-description</source>
		<translation>コミュニティには無料で参加できますが、新規メンバーはコミュニティ作成者の承認が必要です</translation>
	</message>
	<message>
		<source>membership-invite</source>
		<translation>他のメンバーからの招待が必要</translation>
	</message>
	<message>
		<source>membership-invite-description</source>
		<translation>コミュニティは既存メンバーからの招待によってのみ参加できます。</translation>
	</message>
	<message>
		<source>membership-ens</source>
		<translation>ENSユーザ名が必要</translation>
	</message>
	<message>
		<source>membership-ens-description</source>
		<translation>コミュニティに参加するには ENS ユーザ名が必要です</translation>
	</message>
	<message>
		<source>membership-free</source>
		<translation>要件はありません</translation>
	</message>
	<message>
		<source>membership-free-description</source>
		<translation>コミュニティに誰でも無料で参加できます</translation>
	</message>
	<message>
		<source>community-roles</source>
		<translation>役割</translation>
	</message>
	<message>
		<source>community-key</source>
		<translation>コミュニティの秘密鍵</translation>
	</message>
	<message>
		<source>community-key-placeholder</source>
		<translation>コミュニティの秘密鍵を入力してください</translation>
	</message>
	<message>
		<source>leave-community</source>
		<translation>コミュニティを退会する</translation>
	</message>
	<message>
		<source>enter-user-pk</source>
		<translation>ユーザ公開鍵を入力してください</translation>
	</message>
	<message>
		<source>import</source>
		<translation>インポートする</translation>
	</message>
	<message>
		<source>complete-hardwallet-setup</source>
		<translation>このカードは現在リンクされています。トランザクションの署名やロック解除の際に必要になります。</translation>
	</message>
	<message>
		<source>chat-notification-preferences</source>
		<translation>通知設定</translation>
	</message>
	<message>
		<source>completed</source>
		<translation>完了</translation>
	</message>
	<message>
		<source>confirm</source>
		<translation>確認</translation>
	</message>
	<message>
		<source>confirmation-request</source>
		<translation>承認リクエスト</translation>
	</message>
	<message>
		<source>confirmations</source>
		<translation>承認</translation>
	</message>
	<message>
		<source>confirmations-helper-text</source>
		<translation>12の承認を得た場合に完了と見なすことができます。</translation>
	</message>
	<message>
		<source>connect</source>
		<translation>接続</translation>
	</message>
	<message>
		<source>connect-mailserver-content</source>
		<translation>{{name}} に接続しますか？</translation>
	</message>
	<message>
		<source>connected</source>
		<translation>接続済み</translation>
	</message>
	<message>
		<source>connected-to</source>
		<translation>接続先</translation>
	</message>
	<message>
		<source>connecting</source>
		<translation>接続しています...</translation>
	</message>
	<message>
		<source>connecting-requires-login</source>
		<translation>別のネットワークに接続するにはログインが必要です</translation>
	</message>
	<message>
		<source>connection-with-the-card-lost</source>
		<translation>カードとの接続が失われました</translation>
	</message>
	<message>
		<source>connection-with-the-card-lost-setup-text</source>
		<translation>セットアップを再開するにはカードをスマートフォンの背面に当てたままにしてください</translation>
	</message>
	<message>
		<source>connection-with-the-card-lost-text</source>
		<translation>セットアップを再開するにはカードをスマートフォンの背面に当てたままにしてください</translation>
	</message>
	<message>
		<source>contact-code</source>
		<translation>チャットキー</translation>
	</message>
	<message numerus="yes">
		<source>contact-s</source>
		<translation>
			<numerusform>の連絡先</numerusform>
		</translation>
	</message>
	<message>
		<source>contacts</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>continue</source>
		<translation>続行する</translation>
	</message>
	<message>
		<source>contract-address</source>
		<translation>コントラクトアドレス</translation>
	</message>
	<message>
		<source>contract-interaction</source>
		<translation>コントラクトの実行</translation>
	</message>
	<message>
		<source>copy-info</source>
		<translation>情報をコピー</translation>
	</message>
	<message>
		<source>copy-qr</source>
		<translation>コードをコピー</translation>
	</message>
	<message>
		<source>copy-to-clipboard</source>
		<translation>コピー</translation>
	</message>
	<message>
		<source>copy-transaction-hash</source>
		<translation>トランザクションIDをコピー</translation>
	</message>
	<message>
		<source>cost-fee</source>
		<translation>コスト/手数料</translation>
	</message>
	<message>
		<source>counter-9-plus</source>
		<translation>9+</translation>
	</message>
	<message>
		<source>counter-99-plus</source>
		<translation>99以上</translation>
	</message>
	<message>
		<source>create</source>
		<translation>作成</translation>
	</message>
	<message>
		<source>create-a-pin</source>
		<translation>6桁のパスコードを作成する</translation>
	</message>
	<message>
		<source>create-a-puk</source>
		<translation>12桁のPUKを作成する</translation>
	</message>
	<message>
		<source>create-group-chat</source>
		<translation>グループチャットを作成</translation>
	</message>
	<message>
		<source>create-multiaccount</source>
		<translation>新規に鍵を作る</translation>
	</message>
	<message>
		<source>create-new-key</source>
		<translation>新しい鍵を生成</translation>
	</message>
	<message>
		<source>create-pin</source>
		<translation>6桁のパスコードを作成</translation>
	</message>
	<message>
		<source>create-pin-description</source>
		<translation>ログインとトランザクションの承認にカードと6桁のパスコードが必要になります。</translation>
	</message>
	<message>
		<source>created-group-chat-description</source>
		<translation>グループ {{group-name}} を作成しました</translation>
	</message>
	<message>
		<source>members-count</source>
		<translation>{{count}}メンバー</translation>
	</message>
	<message>
		<source>cryptokitty-name</source>
		<translation>CryptoKitty #{{id}}</translation>
	</message>
	<message>
		<source>currency</source>
		<translation>通貨</translation>
	</message>
	<message>
		<source>currency-display-name-aed</source>
		<translation>エミラティディルハム</translation>
	</message>
	<message>
		<source>currency-display-name-afn</source>
		<translation>アフガニスタンアフガニ</translation>
	</message>
	<message>
		<source>currency-display-name-ars</source>
		<translation>アルゼンチンペソ</translation>
	</message>
	<message>
		<source>currency-display-name-aud</source>
		<translation>オーストラリアドル</translation>
	</message>
	<message>
		<source>currency-display-name-bbd</source>
		<translation>バルバドスドル</translation>
	</message>
	<message>
		<source>currency-display-name-bdt</source>
		<translation>バングラデシュタカ</translation>
	</message>
	<message>
		<source>currency-display-name-bgn</source>
		<translation>ブルガリアレフ</translation>
	</message>
	<message>
		<source>currency-display-name-bhd</source>
		<translation>バーレーンディナール</translation>
	</message>
	<message>
		<source>currency-display-name-bnd</source>
		<translation>ブルネイダルサラームドル</translation>
	</message>
	<message>
		<source>currency-display-name-bob</source>
		<translation>ボリビアボリビアノ</translation>
	</message>
	<message>
		<source>currency-display-name-brl</source>
		<translation>ブラジルレアル</translation>
	</message>
	<message>
		<source>currency-display-name-btn</source>
		<translation>ブータンニュルガム</translation>
	</message>
	<message>
		<source>currency-display-name-cad</source>
		<translation>カナダドル</translation>
	</message>
	<message>
		<source>currency-display-name-chf</source>
		<translation>スイスフラン</translation>
	</message>
	<message>
		<source>currency-display-name-clp</source>
		<translation>チリペソ</translation>
	</message>
	<message>
		<source>currency-display-name-cny</source>
		<translation>中国人民元</translation>
	</message>
	<message>
		<source>currency-display-name-cop</source>
		<translation>コロンビアペソ</translation>
	</message>
	<message>
		<source>currency-display-name-crc</source>
		<translation>コスタリカコロン</translation>
	</message>
	<message>
		<source>currency-display-name-czk</source>
		<translation>チェココルナ</translation>
	</message>
	<message>
		<source>currency-display-name-dkk</source>
		<translation>デンマーククローネ</translation>
	</message>
	<message>
		<source>currency-display-name-dop</source>
		<translation>ドミニカ共和国ペソ</translation>
	</message>
	<message>
		<source>currency-display-name-egp</source>
		<translation>エジプトポンド</translation>
	</message>
	<message>
		<source>currency-display-name-etb</source>
		<translation>エチオピアブル</translation>
	</message>
	<message>
		<source>currency-display-name-eur</source>
		<translation>ユーロ</translation>
	</message>
	<message>
		<source>currency-display-name-gbp</source>
		<translation>英国ポンド</translation>
	</message>
	<message>
		<source>currency-display-name-gel</source>
		<translation>ジョージアラリ</translation>
	</message>
	<message>
		<source>currency-display-name-ghs</source>
		<translation>ガーナセディ</translation>
	</message>
	<message>
		<source>currency-display-name-hkd</source>
		<translation>香港ドル</translation>
	</message>
	<message>
		<source>currency-display-name-hrk</source>
		<translation>クロアチアクーナ</translation>
	</message>
	<message>
		<source>currency-display-name-huf</source>
		<translation>ハンガリーフォリント</translation>
	</message>
	<message>
		<source>currency-display-name-idr</source>
		<translation>インドネシアルピア</translation>
	</message>
	<message>
		<source>currency-display-name-ils</source>
		<translation>イスラエルシェケル</translation>
	</message>
	<message>
		<source>currency-display-name-inr</source>
		<translation>インドルピー</translation>
	</message>
	<message>
		<source>currency-display-name-isk</source>
		<translation>アイスランドクローナ</translation>
	</message>
	<message>
		<source>currency-display-name-jmd</source>
		<translation>ジャマイカドル</translation>
	</message>
	<message>
		<source>currency-display-name-jpy</source>
		<translation>日本円</translation>
	</message>
	<message>
		<source>currency-display-name-kes</source>
		<translation>ケニアシリング</translation>
	</message>
	<message>
		<source>currency-display-name-krw</source>
		<translation>韓国ウォン</translation>
	</message>
	<message>
		<source>currency-display-name-kwd</source>
		<translation>クウェートディナール</translation>
	</message>
	<message>
		<source>currency-display-name-kzt</source>
		<translation>カザフスタンテンゲ</translation>
	</message>
	<message>
		<source>currency-display-name-lkr</source>
		<translation>スリランカルピー</translation>
	</message>
	<message>
		<source>currency-display-name-mad</source>
		<translation>モロッコディルハム</translation>
	</message>
	<message>
		<source>currency-display-name-mdl</source>
		<translation>モルドバレイ</translation>
	</message>
	<message>
		<source>currency-display-name-mur</source>
		<translation>モーリシャスルピー</translation>
	</message>
	<message>
		<source>currency-display-name-mwk</source>
		<translation>マラウィアンクワチャ</translation>
	</message>
	<message>
		<source>currency-display-name-mxn</source>
		<translation>メキシコペソ</translation>
	</message>
	<message>
		<source>currency-display-name-myr</source>
		<translation>マレーシアリンギット</translation>
	</message>
	<message>
		<source>currency-display-name-mzn</source>
		<translation>モザンビークメチカル</translation>
	</message>
	<message>
		<source>currency-display-name-nad</source>
		<translation>ナミビアドル</translation>
	</message>
	<message>
		<source>currency-display-name-ngn</source>
		<translation>ナイジェリアナイラ</translation>
	</message>
	<message>
		<source>currency-display-name-nok</source>
		<translation>ノルウェークローネ</translation>
	</message>
	<message>
		<source>currency-display-name-npr</source>
		<translation>ネパールルピー</translation>
	</message>
	<message>
		<source>currency-display-name-nzd</source>
		<translation>ニュージーランドドル</translation>
	</message>
	<message>
		<source>currency-display-name-omr</source>
		<translation>オマーンリアル</translation>
	</message>
	<message>
		<source>currency-display-name-pen</source>
		<translation>ペルーソル</translation>
	</message>
	<message>
		<source>currency-display-name-pgk</source>
		<translation>パプアニューギニアキナ</translation>
	</message>
	<message>
		<source>currency-display-name-php</source>
		<translation>フィリピンペソ</translation>
	</message>
	<message>
		<source>currency-display-name-pkr</source>
		<translation>パキスタンルピー</translation>
	</message>
	<message>
		<source>currency-display-name-pln</source>
		<translation>ポーランドズウォティ</translation>
	</message>
	<message>
		<source>currency-display-name-pyg</source>
		<translation>パラグアイグアラニ</translation>
	</message>
	<message>
		<source>currency-display-name-qar</source>
		<translation>カタールリヤル</translation>
	</message>
	<message>
		<source>currency-display-name-ron</source>
		<translation>ルーマニアレイ</translation>
	</message>
	<message>
		<source>currency-display-name-rsd</source>
		<translation>セルビアディナール</translation>
	</message>
	<message>
		<source>currency-display-name-rub</source>
		<translation>ロシアルーブル</translation>
	</message>
	<message>
		<source>currency-display-name-sar</source>
		<translation>サウジアラビアリヤル</translation>
	</message>
	<message>
		<source>currency-display-name-sek</source>
		<translation>スウェーデンクローナ</translation>
	</message>
	<message>
		<source>currency-display-name-sgd</source>
		<translation>シンガポールドル</translation>
	</message>
	<message>
		<source>currency-display-name-thb</source>
		<translation>タイバーツ</translation>
	</message>
	<message>
		<source>currency-display-name-try</source>
		<translation>トルコリラ</translation>
	</message>
	<message>
		<source>currency-display-name-ttd</source>
		<translation>トリニダードトバゴドル</translation>
	</message>
	<message>
		<source>currency-display-name-twd</source>
		<translation>台湾ドル</translation>
	</message>
	<message>
		<source>currency-display-name-tzs</source>
		<translation>タンザニアシリング</translation>
	</message>
	<message>
		<source>currency-display-name-uah</source>
		<translation>ウクライナグリブナ</translation>
	</message>
	<message>
		<source>currency-display-name-ugx</source>
		<translation>ウガンダシリング</translation>
	</message>
	<message>
		<source>currency-display-name-usd</source>
		<translation>米ドル</translation>
	</message>
	<message>
		<source>currency-display-name-uyu</source>
		<translation>ウルグアイペソ</translation>
	</message>
	<message>
		<source>currency-display-name-vef</source>
		<translation>ベネズエラボリバル</translation>
	</message>
	<message>
		<source>currency-display-name-vnd</source>
		<translation>ベトナムドン</translation>
	</message>
	<message>
		<source>currency-display-name-zar</source>
		<translation>南アフリカランド</translation>
	</message>
	<message>
		<source>current-network</source>
		<translation>現在のネットワーク</translation>
	</message>
	<message>
		<source>current-pin</source>
		<translation>6桁のパスコードを入力</translation>
	</message>
	<message>
		<source>current-pin-description</source>
		<translation>続行するには6桁のパスコードを入力します</translation>
	</message>
	<message>
		<source>custom</source>
		<translation>カスタム</translation>
	</message>
	<message>
		<source>custom-networks</source>
		<translation>カスタムネットワーク</translation>
	</message>
	<message>
		<source>dapp</source>
		<translation>ÐApp</translation>
	</message>
	<message>
		<source>dapp-would-like-to-connect-wallet</source>
		<translation>があなたのウォレットにアクセスしようとしています</translation>
	</message>
	<message>
		<source>dapps</source>
		<translation>ÐApps</translation>
	</message>
	<message>
		<source>dapps-permissions</source>
		<translation>DAppのアクセス許可</translation>
	</message>
	<message>
		<source>data</source>
		<translation>データ</translation>
	</message>
	<message>
		<source>datetime-ago</source>
		<translation>前</translation>
	</message>
	<message>
		<source>datetime-ago-format</source>
		<translation>{{number}} {{time-intervals}} {{ago}}</translation>
	</message>
	<message>
		<source>datetime-ago-format-short</source>
		<translation>{{number}}{{time-intervals}}</translation>
	</message>
	<message numerus="yes">
		<source>datetime-day</source>
		<translation>
			<numerusform>日</numerusform>
		</translation>
	</message>
	<message numerus="yes">
		<source>datetime-hour</source>
		<translation>
			<numerusform>時間</numerusform>
		</translation>
	</message>
	<message numerus="yes">
		<source>datetime-minute</source>
		<translation>
			<numerusform>分</numerusform>
		</translation>
	</message>
	<message numerus="yes">
		<source>datetime-second</source>
		<translation>
			<numerusform>秒</numerusform>
		</translation>
	</message>
	<message numerus="yes">
		<source>datetime-day-short</source>
		<translation>
			<numerusform>日</numerusform>
		</translation>
	</message>
	<message numerus="yes">
		<source>datetime-hour-short</source>
		<translation>
			<numerusform>時間</numerusform>
		</translation>
	</message>
	<message numerus="yes">
		<source>datetime-minute-short</source>
		<translation>
			<numerusform>分</numerusform>
		</translation>
	</message>
	<message numerus="yes">
		<source>datetime-second-short</source>
		<translation>
			<numerusform>秒</numerusform>
		</translation>
	</message>
	<message>
		<source>datetime-today</source>
		<translation>今日</translation>
	</message>
	<message>
		<source>datetime-yesterday</source>
		<translation>昨日</translation>
	</message>
	<message>
		<source>decimals</source>
		<translation>小数点桁数</translation>
	</message>
	<message>
		<source>decline</source>
		<translation>取り消す</translation>
	</message>
	<message>
		<source>decryption-failed-content</source>
		<translation>データを復号化できませんでした。「適用」をタップして古いデータを削除し新しいアカウントを作成し直すか、「キャンセル」を押してもう一度やり直してください。</translation>
	</message>
	<message>
		<source>default</source>
		<translation>デフォルト</translation>
	</message>
	<message>
		<source>delete</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>delete-and-leave-group</source>
		<translation>グループを削除して退出する</translation>
	</message>
	<message>
		<source>delete-bootnode</source>
		<translation>Bootnodeを削除</translation>
	</message>
	<message>
		<source>delete-bootnode-are-you-sure</source>
		<translation>本当にこのbootnodeを削除しますか？</translation>
	</message>
	<message>
		<source>delete-bootnode-title</source>
		<translation>Bootnodeを削除</translation>
	</message>
	<message>
		<source>delete-chat</source>
		<translation>チャットを削除する</translation>
	</message>
	<message>
		<source>delete-chat-confirmation</source>
		<translation>本当にこのチャットを削除しますか？</translation>
	</message>
	<message>
		<source>delete-category-confirmation</source>
		<translation>このカテゴリを削除しますか?</translation>
	</message>
	<message>
		<source>delete-confirmation</source>
		<translation>削除しますか？</translation>
	</message>
	<message>
		<source>delete-mailserver</source>
		<translation>Statusノードを削除する</translation>
	</message>
	<message>
		<source>delete-mailserver-are-you-sure</source>
		<translation>本当にこのStatusノードを削除しますか？</translation>
	</message>
	<message>
		<source>delete-mailserver-title</source>
		<translation>Statusノードを削除する</translation>
	</message>
	<message>
		<source>delete-message</source>
		<translation>メッセージを削除</translation>
	</message>
	<message>
		<source>delete-my-account</source>
		<translation>アカウントを削除する</translation>
	</message>
	<message>
		<source>delete-network-confirmation</source>
		<translation>本当にこのネットワークを削除しますか？</translation>
	</message>
	<message>
		<source>delete-network-error</source>
		<translation>このネットワークを削除する前に別のネットワークに接続してください</translation>
	</message>
	<message>
		<source>delete-network-title</source>
		<translation>ネットワークを削除しますか？</translation>
	</message>
	<message>
		<source>delete-node</source>
		<translation>ノードを削除する</translation>
	</message>
	<message>
		<source>delete-node-are-you-sure</source>
		<translation>このノードを削除しますか？</translation>
	</message>
	<message>
		<source>delete-node-title</source>
		<translation>ノードを削除</translation>
	</message>
	<message>
		<source>delete-profile</source>
		<translation>プロフィールを削除する</translation>
	</message>
	<message>
		<source>delete-my-profile</source>
		<translation>プロフィールを削除する</translation>
	</message>
	<message>
		<source>delete-profile-warning</source>
		<translation>警告：シードフレーズを保管していない場合、プロファイルを削除後は一切の資金にアクセスできなくなります。</translation>
	</message>
	<message>
		<source>profile-deleted-title</source>
		<translation>プロファイルが削除されました</translation>
	</message>
	<message>
		<source>profile-deleted-content</source>
		<translation>あなたのプロフィールは正常に削除されました</translation>
	</message>
	<message>
		<source>profile-deleted-keycard</source>
		<translation>別のキーペアをKeycardに復元することができます。</translation>
	</message>
	<message>
		<source>deny</source>
		<translation>拒否</translation>
	</message>
	<message>
		<source>description</source>
		<translation>説明</translation>
	</message>
	<message>
		<source>dev-mode</source>
		<translation>デベロッパーモード</translation>
	</message>
	<message>
		<source>dev-mode-settings</source>
		<translation>開発モードの設定</translation>
	</message>
	<message>
		<source>device-syncing</source>
		<translation>デバイスの同期</translation>
	</message>
	<message>
		<source>devices</source>
		<translation>デバイス</translation>
	</message>
	<message>
		<source>disable</source>
		<translation>無効</translation>
	</message>
	<message>
		<source>disabled</source>
		<translation>無効</translation>
	</message>
	<message>
		<source>disconnected</source>
		<translation>チャットがオフライン</translation>
	</message>
	<message>
		<source>discover</source>
		<translation>見つける</translation>
	</message>
	<message>
		<source>dismiss</source>
		<translation>無視する</translation>
	</message>
	<message>
		<source>done</source>
		<translation>完了</translation>
	</message>
	<message>
		<source>edit</source>
		<translation>編集</translation>
	</message>
	<message>
		<source>edit-group</source>
		<translation>グループを編集</translation>
	</message>
	<message>
		<source>edit-profile</source>
		<translation>プロフィールを編集</translation>
	</message>
	<message>
		<source>empty-chat-description</source>
		<translation>このチャットにはまだメッセージがありません</translation>
	</message>
	<message>
		<source>empty-chat-description-one-to-one</source>
		<translation>ここで送信されるあらゆるメッセージは暗号化され、他の人が読むことはできません</translation>
	</message>
	<message>
		<source>empty-chat-description-public</source>
		<translation>ここでは{{quiet-hours}}時間会話がありません。会話を始めましょう</translation>
	</message>
	<message>
		<source>cleared-chat-description-public</source>
		<translation>ここは静かですね。会話を始めるか </translation>
	</message>
	<message>
		<source>empty-chat-description-community</source>
		<translation>ここでは{{quiet-hours}}時間会話がありません。</translation>
	</message>
	<message>
		<source>empty-chat-description-public-share-this</source>
		<translation>このチャットを共有</translation>
	</message>
	<message>
		<source>enable</source>
		<translation>有効</translation>
	</message>
	<message>
		<source>encrypt-with-password</source>
		<translation>パスワードで暗号化</translation>
	</message>
	<message>
		<source>ens-10-SNT</source>
		<translation>10 SNT</translation>
	</message>
	<message>
		<source>ens-add-username</source>
		<translation>ユーザ名を追加</translation>
	</message>
	<message>
		<source>ens-agree-to</source>
		<translation>に同意する</translation>
	</message>
	<message>
		<source>ens-chat-settings</source>
		<translation>チャット設定</translation>
	</message>
	<message>
		<source>ens-custom-domain</source>
		<translation>カスタムドメイン</translation>
	</message>
	<message>
		<source>ens-custom-username-hints</source>
		<translation>username.domain.eth のようにカスタムドメインを含むユーザ名全体を入力してください</translation>
	</message>
	<message>
		<source>ens-custom-username-taken</source>
		<translation>このユーザ名はあなたのものではありません :(</translation>
	</message>
	<message>
		<source>ens-deposit</source>
		<translation>デポジット</translation>
	</message>
	<message>
		<source>ens-displayed-with</source>
		<translation>チャットでこの名前を表示します</translation>
	</message>
	<message>
		<source>ens-get-name</source>
		<translation>ユニバーサルユーザ名を取得</translation>
	</message>
	<message>
		<source>ens-got-it</source>
		<translation>わかりました</translation>
	</message>
	<message>
		<source>ens-locked</source>
		<translation>ユーザ名はロックされています。 {{date}}まで返却できません</translation>
	</message>
	<message>
		<source>ens-network-restriction</source>
		<translation>メインネットでのみ利用可能</translation>
	</message>
	<message>
		<source>ens-no-usernames</source>
		<translation>接続しているユーザ名がありません</translation>
	</message>
	<message>
		<source>ens-powered-by</source>
		<translation>Powered by Ethereum Name Services</translation>
	</message>
	<message>
		<source>ens-primary-username</source>
		<translation>表示するユーザ名</translation>
	</message>
	<message>
		<source>ens-register</source>
		<translation>登録</translation>
	</message>
	<message>
		<source>ens-registration-in-progress</source>
		<translation>登録中...</translation>
	</message>
	<message>
		<source>ens-registration-failure</source>
		<translation>登録に失敗しました</translation>
	</message>
	<message>
		<source>ens-dismiss-message</source>
		<translation>クリックして閉じる</translation>
	</message>
	<message>
		<source>ens-registration-failed</source>
		<translation>ユーザ名を登録するには、もう1度やり直してください。</translation>
	</message>
	<message>
		<source>ens-registration-failed-title</source>
		<translation>トランザクション処理が失敗しました</translation>
	</message>
	<message>
		<source>ens-release-username</source>
		<translation>ユーザ名を返却する</translation>
	</message>
	<message>
		<source>ens-remove-hints</source>
		<translation>削除すると、あなたの鍵からユーザ名が切り離されます。</translation>
	</message>
	<message>
		<source>ens-remove-username</source>
		<translation>ユーザ名を削除</translation>
	</message>
	<message>
		<source>ens-saved</source>
		<translation> とあなたのチャットキーとの紐付けが完了しました。</translation>
	</message>
	<message>
		<source>ens-saved-title</source>
		<translation>ユーザ名が追加されました</translation>
	</message>
	<message>
		<source>ens-show-username</source>
		<translation>チャットで自分のENS名を表示する</translation>
	</message>
	<message>
		<source>ens-terms-header</source>
		<translation>ENS名 登録規約</translation>
	</message>
	<message>
		<source>ens-terms-point-1</source>
		<translation>資産は1年間デポジットされます。あなたのSNTはロックされますが消費はされません。</translation>
	</message>
	<message>
		<source>ens-terms-point-10</source>
		<translation>0x00000000000C2E074eC69A0dFb2997BA6C7d2e1e（ENSレジストリ）。</translation>
	</message>
	<message>
		<source>ens-terms-point-2</source>
		<translation>1年後にENS名を返却し、デポジットを取り戻すことができます。何もしなければ名前は維持されます。</translation>
	</message>
	<message>
		<source>ens-terms-point-3</source>
		<translation>もしStatusがコントラクトをアップグレードする等によりコントラクトの規約が変更された場合は、ユーザはデポジット期間に関係なくENS名を返却する権利を持ちます。</translation>
	</message>
	<message>
		<source>ens-terms-point-4</source>
		<translation>コントラクトの管理者はあなたがデポジットした資産にアクセスすることはできません。コントラクトは資産を送信元のアドレスに送り返す機能のみを有しています。</translation>
	</message>
	<message>
		<source>ens-terms-point-5</source>
		<translation>あなたのアドレスはパブリックにENS名と紐づけられます</translation>
	</message>
	<message>
		<source>ens-terms-point-6</source>
		<translation>ユーザ名はstateofus.ethのサブドメインとして作成されます。ENSのスマートコントラクトの規約に従います。</translation>
	</message>
	<message>
		<source>ens-terms-point-7</source>
		<translation>コントラクトがあなたに代わってSNTを送信することを承認します。これはあなたが送信のトランザクションを承認した時のみ発生します。</translation>
	</message>
	<message>
		<source>ens-terms-point-8</source>
		<translation>これらの規約は以下のアドレスにおけるスマートコントラクトのロジックによって保証されます：</translation>
	</message>
	<message>
		<source>ens-terms-point-9</source>
		<translation>{{address}} (Status UsernameRegistrar) </translation>
	</message>
	<message>
		<source>ens-terms-registration</source>
		<translation>ENS名 登録規約</translation>
	</message>
	<message>
		<source>ens-test-message</source>
		<translation>こんにちは</translation>
	</message>
	<message>
		<source>ens-transaction-pending</source>
		<translation>トランザクション処理中</translation>
	</message>
	<message>
		<source>ens-understand</source>
		<translation>私のウォレットアドレスとユーザ名がパブリックに紐づけられることを理解しました。</translation>
	</message>
	<message>
		<source>ens-username</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>ens-username-available</source>
		<translation>✓このユーザ名は利用可能です！</translation>
	</message>
	<message>
		<source>ens-username-connected</source>
		<translation>このユーザ名はあなたが所有しており、あなたのチャットキーと接続されています。</translation>
	</message>
	<message>
		<source>ens-username-connection-confirmation</source>
		<translation>処理が完了すると {{username}} が紐付けられます。</translation>
	</message>
	<message>
		<source>ens-username-hints</source>
		<translation>4文字以上、英数字、小文字のみ</translation>
	</message>
	<message>
		<source>ens-username-invalid</source>
		<translation>英数字のみ</translation>
	</message>
	<message>
		<source>ens-username-owned</source>
		<translation>✓このユーザ名はあなたが所有しています。 </translation>
	</message>
	<message>
		<source>ens-username-registration-confirmation</source>
		<translation>素晴らしい！処理が終わったら{{username}}は登録完了です。</translation>
	</message>
	<message>
		<source>ens-username-you-can-follow-progress</source>
		<translation>ウォレットの取引履歴で処理状況を確認できます。</translation>
	</message>
	<message>
		<source>ens-usernames</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>ens-usernames-details</source>
		<translation>シンプルなあなただけのユーザ名を登録する</translation>
	</message>
	<message>
		<source>wallet-address</source>
		<translation>ウォレットアドレス</translation>
	</message>
	<message>
		<source>ens-want-custom-domain</source>
		<translation>他のドメイン名を所有しています</translation>
	</message>
	<message>
		<source>ens-want-domain</source>
		<translation>stateofus.eth のドメインを取得する</translation>
	</message>
	<message>
		<source>ens-welcome-hints</source>
		<translation>ENS名は、複雑なアドレスをシンプルなあなただけのユーザ名に変換します。</translation>
	</message>
	<message>
		<source>ens-welcome-point-customize</source>
		<translation>ENS名を登録することで、あなたのユーザ名（3つの単語）をシンプルなものに変更できます。「{{name}}」の代わりに「@ユーザ名」で表示できます。</translation>
	</message>
	<message>
		<source>ens-welcome-point-customize-title</source>
		<translation>チャット名をカスタマイズする</translation>
	</message>
	<message>
		<source>ens-welcome-point-simplify</source>
		<translation>資産を送ってもらうときも、複雑なアドレス（0x ...から始まる文字列）ではなくシンプルなENS名で受け取ることができます。</translation>
	</message>
	<message>
		<source>ens-welcome-point-simplify-title</source>
		<translation>ETHアドレスをシンプルにする</translation>
	</message>
	<message>
		<source>ens-welcome-point-receive</source>
		<translation>友達はチャット画面の中で簡単にあなたに資産を送ることができます。</translation>
	</message>
	<message>
		<source>ens-welcome-point-receive-title</source>
		<translation>チャット画面で資産を受け取る</translation>
	</message>
	<message>
		<source>ens-welcome-point-register</source>
		<translation>登録時にデポジットしたSNTは、1年後にENS名を返却して返金として受け取ることもできます。ユーザ名をそのまま維持する場合は、特に何もする必要はありません。</translation>
	</message>
	<message>
		<source>ens-welcome-point-register-title</source>
		<translation>登録には 10 SNT が必要です</translation>
	</message>
	<message>
		<source>ens-welcome-point-verify</source>
		<translation>すでにお使いのユーザ名がある場合も、次のステップで追加できます。</translation>
	</message>
	<message>
		<source>ens-welcome-point-verify-title</source>
		<translation>すでにユーザ名をお持ちですか？</translation>
	</message>
	<message>
		<source>ens-your-username</source>
		<translation>あなたのユーザ名</translation>
	</message>
	<message>
		<source>ens-your-usernames</source>
		<translation>あなたのユーザ名</translation>
	</message>
	<message>
		<source>ens-your-your-name</source>
		<translation>あなたのENS名</translation>
	</message>
	<message>
		<source>ens-username-already-added</source>
		<translation>ユーザ名はすでにチャットキーに紐付けられました。Statusでご利用いただけます。</translation>
	</message>
	<message>
		<source>ens-username-connected-continue</source>
		<translation>続行して「チャットでENS名を表示する」設定を行います。</translation>
	</message>
	<message>
		<source>ens-username-connected-with-different-key</source>
		<translation>ユーザ名を現在のあなたのチャットキーに紐付けるため処理が必要です。</translation>
	</message>
	<message>
		<source>ens-username-owned-continue</source>
		<translation>続行してこのユーザ名とあなたのチャットキーを紐付ける。</translation>
	</message>
	<message>
		<source>ens-username-taken</source>
		<translation>このユーザ名はすでに使われています :(</translation>
	</message>
	<message>
		<source>ens-name-not-found</source>
		<translation>ENS名を見つけられません</translation>
	</message>
	<message>
		<source>ens-username-registration-invalid</source>
		<translation>警告： 登録手続きが無効な状態で終了しました。この名前を取引に使用しないでください。support@status.im にご連絡ください。</translation>
	</message>
	<message>
		<source>ens-username-invalid-name-warning</source>
		<translation>ENS登録手続きが無効な状態で終了したものがあります。その名前を取引に使用しないでください。support@ status.im までご連絡ください。</translation>
	</message>
	<message>
		<source>enter-12-words</source>
		<translation>シードフレーズの12の英単語を半角スペースで区切って入力してください</translation>
	</message>
	<message>
		<source>enter-a-private-key</source>
		<translation>秘密鍵を入力</translation>
	</message>
	<message>
		<source>enter-a-seed-phrase</source>
		<translation>シードフレーズを入力</translation>
	</message>
	<message>
		<source>enter-address</source>
		<translation>アドレスを入力</translation>
	</message>
	<message>
		<source>enter-contact-code</source>
		<translation>ENS名またはチャットキーを入力</translation>
	</message>
	<message>
		<source>enter-pair-code</source>
		<translation>ペアリングコードを入力</translation>
	</message>
	<message>
		<source>pair-code-placeholder</source>
		<translation>ペアリングコード...</translation>
	</message>
	<message>
		<source>enter-pair-code-description</source>
		<translation>ペアリングコードは、Keycardのセットアップ時に表示されたコードです。</translation>
	</message>
	<message>
		<source>enter-password</source>
		<translation>パスワードを入力</translation>
	</message>
	<message>
		<source>enter-password-migration-prompt</source>
		<translation>パスワードを入力して、連絡先、チャット、設定を鍵と一緒に移行します</translation>
	</message>
	<message>
		<source>migration-successful</source>
		<translation>移行完了</translation>
	</message>
	<message>
		<source>migration-successful-text</source>
		<translation>Keycardへのアカウント移行が完了しました。</translation>
	</message>
	<message>
		<source>skip</source>
		<translation>スキップ</translation>
	</message>
	<message>
		<source>password-placeholder</source>
		<translation>パスワード...</translation>
	</message>
	<message>
		<source>confirm-password-placeholder</source>
		<translation>パスワードを再入力...</translation>
	</message>
	<message>
		<source>enter-pin</source>
		<translation>6桁のパスコードを入力</translation>
	</message>
	<message>
		<source>enter-puk-code</source>
		<translation>PUKコードを入力</translation>
	</message>
	<message>
		<source>enter-puk-code-description</source>
		<translation>6桁のパスコードがブロックされました。 
パスコードをブロック解除するには、PUKコードを入力してください。</translation>
	</message>
	<message>
		<source>enter-recipient-address-or-username</source>
		<translation>受取人のアドレスまたはユーザ名を入力します。</translation>
	</message>
	<message>
		<source>enter-seed-phrase</source>
		<translation>シードフレーズを入力</translation>
	</message>
	<message>
		<source>enter-url</source>
		<translation>URLを入力</translation>
	</message>
	<message>
		<source>enter-watch-account-address</source>
		<translation>QRコードをスキャンする
または
アドレスを入力する</translation>
	</message>
	<message>
		<source>enter-word</source>
		<translation>単語を入力</translation>
	</message>
	<message>
		<source>enter-your-code</source>
		<translation>6桁のパスコードを入力</translation>
	</message>
	<message>
		<source>enter-your-password</source>
		<translation>パスワードを入力</translation>
	</message>
	<message>
		<source>error</source>
		<translation>エラー</translation>
	</message>
	<message>
		<source>error-unable-to-get-balance</source>
		<translation>残高を取得できません</translation>
	</message>
	<message>
		<source>error-unable-to-get-prices</source>
		<translation>通貨変換エラー。画面を更新してもう一度やり直してください。</translation>
	</message>
	<message>
		<source>error-unable-to-get-token-balance</source>
		<translation>トークン残高を取得できません</translation>
	</message>
	<message>
		<source>errors</source>
		<translation>エラー</translation>
	</message>
	<message>
		<source>eth</source>
		<translation>ETH</translation>
	</message>
	<message>
		<source>ethereum-node-started-incorrectly-description</source>
		<translation>イーサリアムノードが誤った設定で起動されたため、アプリケーションを停止しています。ネットワークIDは{{network-id}}に設定されていますが、正しくは{{fetched-network-id}}です。</translation>
	</message>
	<message>
		<source>ethereum-node-started-incorrectly-title</source>
		<translation>イーサリアムノードが正しく起動できませんでした</translation>
	</message>
	<message>
		<source>etherscan-lookup</source>
		<translation>Etherscanで調べる</translation>
	</message>
	<message>
		<source>export-account</source>
		<translation>アカウントをエクスポート</translation>
	</message>
	<message>
		<source>export-key</source>
		<translation>秘密鍵をエクスポートする</translation>
	</message>
	<message>
		<source>community-private-key</source>
		<translation>コミュニティの秘密鍵</translation>
	</message>
	<message>
		<source>failed</source>
		<translation>失敗しました</translation>
	</message>
	<message>
		<source>faq</source>
		<translation>よくある質問</translation>
	</message>
	<message>
		<source>fetch-messages</source>
		<translation>↓メッセージを取得する</translation>
	</message>
	<message>
		<source>fetch-timeline</source>
		<translation>読み込む</translation>
	</message>
	<message>
		<source>find</source>
		<translation>見つける</translation>
	</message>
	<message>
		<source>finish</source>
		<translation>完了</translation>
	</message>
	<message>
		<source>finishing-card-setup</source>
		<translation>カードのセットアップを完了しています</translation>
	</message>
	<message>
		<source>fleet</source>
		<translation>Fleet</translation>
	</message>
	<message>
		<source>fleet-settings</source>
		<translation>Fleet設定</translation>
	</message>
	<message>
		<source>follow-your-interests</source>
		<translation>公開チャットに参加して新しい人たちと会話する</translation>
	</message>
	<message>
		<source>follow</source>
		<translation>フォローする</translation>
	</message>
	<message>
		<source>free</source>
		<translation>↓ FREE</translation>
	</message>
	<message>
		<source>from</source>
		<translation>From</translation>
	</message>
	<message>
		<source>gas-limit</source>
		<translation>Gas limit</translation>
	</message>
	<message>
		<source>gas-price</source>
		<translation>Gas price</translation>
	</message>
	<message>
		<source>gas-used</source>
		<translation>ガス消費</translation>
	</message>
	<message>
		<source>generate-a-key</source>
		<translation>鍵を生成</translation>
	</message>
	<message>
		<source>generate-a-new-account</source>
		<translation>新規アカウントを作る</translation>
	</message>
	<message>
		<source>generate-a-new-key</source>
		<translation>新規に鍵を作る</translation>
	</message>
	<message>
		<source>generate-account</source>
		<translation>新規に鍵を作る</translation>
	</message>
	<message>
		<source>generate-new-key</source>
		<translation>新規に鍵を作る</translation>
	</message>
	<message>
		<source>your-keys</source>
		<translation>あなたの鍵</translation>
	</message>
	<message>
		<source>generating-codes-for-pairing</source>
		<translation>プロダクトソフトウェアをダウンロードしています
アンロックコードとペアリングコードを生成しています</translation>
	</message>
	<message>
		<source>generating-keys</source>
		<translation>鍵を生成しています...</translation>
	</message>
	<message>
		<source>you-will-need-this-code</source>
		<translation>Statusアプリを開いたり、トランザクションに署名する際にこのコードが必要になります。</translation>
	</message>
	<message>
		<source>generating-mnemonic</source>
		<translation>シードフレーズを生成しています</translation>
	</message>
	<message>
		<source>get-started</source>
		<translation>始める</translation>
	</message>
	<message>
		<source>get-status-at</source>
		<translation>https://status.im でStatusを入手</translation>
	</message>
	<message>
		<source>get-stickers</source>
		<translation>ステッカーを入手</translation>
	</message>
	<message>
		<source>go-to-settings</source>
		<translation>設定に移動...</translation>
	</message>
	<message>
		<source>got-it</source>
		<translation>わかりました</translation>
	</message>
	<message>
		<source>group-chat</source>
		<translation>グループチャット</translation>
	</message>
	<message>
		<source>group-chat-admin</source>
		<translation>管理者</translation>
	</message>
	<message>
		<source>group-chat-admin-added</source>
		<translation>{{member}} が管理者になりました</translation>
	</message>
	<message>
		<source>group-chat-created</source>
		<translation>{{member}} がグループ {{name}} を作成しました</translation>
	</message>
	<message>
		<source>group-chat-decline-invitation</source>
		<translation>招待を辞退する</translation>
	</message>
	<message>
		<source>group-chat-member-added</source>
		<translation>{{member}} が招待されました</translation>
	</message>
	<message>
		<source>group-chat-member-joined</source>
		<translation>{{member}} がグループに参加しました</translation>
	</message>
	<message>
		<source>group-chat-member-removed</source>
		<translation>{{member}} がグループを退出しました</translation>
	</message>
	<message>
		<source>group-chat-members-count</source>
		<translation>{{selected}}/{{max}} メンバー</translation>
	</message>
	<message>
		<source>group-chat-name-changed</source>
		<translation>{{member}} がグループ名を {{name}} に変更しました</translation>
	</message>
	<message>
		<source>group-chat-no-contacts</source>
		<translation>まだ連絡先がありません。 
友達を招待してチャットを始めましょう</translation>
	</message>
	<message>
		<source>leave-chat</source>
		<translation>チャットを退出する</translation>
	</message>
	<message>
		<source>leave-confirmation</source>
		<translation>{{chat-name}}から退出する</translation>
	</message>
	<message>
		<source>leave-chat-confirmation</source>
		<translation>チャットの履歴がデバイスから削除されます。チャット再開時に履歴を復元することはできません。</translation>
	</message>
	<message>
		<source>group-chat-all-contacts-invited</source>
		<translation>すべての連絡先がグループに参加しています。</translation>
	</message>
	<message>
		<source>group-info</source>
		<translation>グループ情報</translation>
	</message>
	<message>
		<source>gwei</source>
		<translation>Gwei</translation>
	</message>
	<message>
		<source>hash</source>
		<translation>ハッシュ</translation>
	</message>
	<message>
		<source>help</source>
		<translation>ヘルプ</translation>
	</message>
	<message>
		<source>help-capitalized</source>
		<translation>ヘルプ</translation>
	</message>
	<message>
		<source>help-center</source>
		<translation>ヘルプセンター</translation>
	</message>
	<message>
		<source>hide-content-when-switching-apps</source>
		<translation>スクリーンショットをブロックする</translation>
	</message>
	<message>
		<source>hide-content-when-switching-apps-ios</source>
		<translation>プレビューを非表示</translation>
	</message>
	<message>
		<source>history</source>
		<translation>履歴</translation>
	</message>
	<message>
		<source>history-nodes</source>
		<translation>Statusノード</translation>
	</message>
	<message>
		<source>hold-card</source>
		<translation>カードをスマートフォンの背面にあててください</translation>
	</message>
	<message>
		<source>home</source>
		<translation>ホーム</translation>
	</message>
	<message>
		<source>hooks</source>
		<translation>フック</translation>
	</message>
	<message>
		<source>identifier</source>
		<translation>識別子</translation>
	</message>
	<message>
		<source>image-remove-current</source>
		<translation>現在の写真を削除</translation>
	</message>
	<message>
		<source>image-source-gallery</source>
		<translation>ギャラリーから選択</translation>
	</message>
	<message>
		<source>image-source-make-photo</source>
		<translation>キャプチャ</translation>
	</message>
	<message>
		<source>image-source-title</source>
		<translation>画像の編集</translation>
	</message>
	<message>
		<source>profile-pic-take</source>
		<translation>写真を撮る</translation>
	</message>
	<message>
		<source>profile-pic-pick</source>
		<translation>ギャラリーから選択</translation>
	</message>
	<message>
		<source>profile-pic-remove</source>
		<translation>写真を削除する</translation>
	</message>
	<message>
		<source>in-contacts</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>incoming</source>
		<translation>受信</translation>
	</message>
	<message>
		<source>incoming-transaction</source>
		<translation>送信トランザクション</translation>
	</message>
	<message>
		<source>incorrect-code::0</source>
		<translation>str</translation>
	</message>
	<message>
		<source>incorrect-code::1</source>
		<translation>コードが正しくありません。もう一度入力してください</translation>
	</message>
	<message>
		<source>initialization</source>
		<translation>初期化</translation>
	</message>
	<message>
		<source>install</source>
		<translation>↓ インストール</translation>
	</message>
	<message>
		<source>intro-message1</source>
		<translation>Statusへようこそ！このメッセージをタップしてパスワードを設定して始めよう！</translation>
	</message>
	<message>
		<source>intro-privacy-policy-note1</source>
		<translation>Statusはいかなる個人情報も収集・共有・販売しません。以下に同意して続行する。</translation>
	</message>
	<message>
		<source>intro-privacy-policy-note2</source>
		<translation>プライバシーポリシー</translation>
	</message>
	<message>
		<source>intro-text</source>
		<translation>Statusは分散型ウェブへのゲートウェイです</translation>
	</message>
	<message>
		<source>intro-text1</source>
		<translation>1対1で暗号化されたネットワークでは、メッセージを誰かに盗み見られる心配はありません</translation>
	</message>
	<message>
		<source>intro-text2</source>
		<translation>世界中のどこでもデジタル資産を送受信できます。銀行口座は必要ありません。</translation>
	</message>
	<message>
		<source>intro-text3</source>
		<translation>お気に入りのゲーム、SNS、取引所アプリを探して、自分のデータを自分だけのものにしよう。</translation>
	</message>
	<message>
		<source>intro-title1</source>
		<translation>完全にプライベートなコミュニケーション</translation>
	</message>
	<message>
		<source>intro-title2</source>
		<translation>セキュアな暗号資産ウォレット</translation>
	</message>
	<message>
		<source>intro-title3</source>
		<translation>分散型アプリ</translation>
	</message>
	<message>
		<source>intro-wizard-text1</source>
		<translation>いくつかの鍵を使ってあなたのアカウントを管理します。鍵はお使いのデバイスに保存され、あなただけが使用することができます。</translation>
	</message>
	<message>
		<source>intro-wizard-text2</source>
		<translation>こちらはチャット用のあなたの名前と鍵になります。好きなものを1つを選んでください。これは後で変更できません。</translation>
	</message>
	<message>
		<source>intro-wizard-text3</source>
		<translation>Keycardをお持ちの場合は、セキュリティを強化するためにKeycardに鍵を保管してください。</translation>
	</message>
	<message>
		<source>intro-wizard-text4</source>
		<translation>鍵を暗号化し保護する</translation>
	</message>
	<message>
		<source>intro-wizard-text6</source>
		<translation>Statusは新着メッセージを通知します。これは後から通知設定で変更できます。</translation>
	</message>
	<message>
		<source>intro-wizard-title-alt4</source>
		<translation>パスワードを作成</translation>
	</message>
	<message>
		<source>intro-wizard-title-alt5</source>
		<translation>パスワードを確認</translation>
	</message>
	<message>
		<source>intro-wizard-title1</source>
		<translation>はじめに鍵を取得する</translation>
	</message>
	<message>
		<source>intro-wizard-title2</source>
		<translation>チャット名を選ぶ</translation>
	</message>
	<message>
		<source>intro-wizard-title3</source>
		<translation>鍵の保管場所を選択</translation>
	</message>
	<message>
		<source>intro-wizard-title4</source>
		<translation>6桁のパスコードを作成する</translation>
	</message>
	<message>
		<source>intro-wizard-title5</source>
		<translation>パスコードを確認</translation>
	</message>
	<message>
		<source>intro-wizard-title6</source>
		<translation>通知を有効にする</translation>
	</message>
	<message>
		<source>are-you-sure-to-cancel</source>
		<translation>キャンセルしてもよいですか？</translation>
	</message>
	<message>
		<source>you-will-start-from-scratch</source>
		<translation>新しい鍵のセットを使って最初から始める</translation>
	</message>
	<message>
		<source>invalid-address-qr-code</source>
		<translation>スキャンしたQRコードに有効なアドレスが含まれていません</translation>
	</message>
	<message>
		<source>invalid-format</source>
		<translation>無効な形式
 {{format}}の形式である必要があります</translation>
	</message>
	<message>
		<source>invalid-key-confirm</source>
		<translation>適用する</translation>
	</message>
	<message>
		<source>invalid-key-content</source>
		<translation>ファイルが破損しているため、複数アカウントのデータベースが暗号化できません。回復する方法はありません。キャンセルボタンを押しても何も起こりません。{{erase-multiaccounts-data-button-text}}ボタンを押すと複数アカウントのデータベースは削除され、複数アカウントのロックが解除されます。その場合、複数アカウントのデータは消失します。</translation>
	</message>
	<message>
		<source>invalid-number</source>
		<translation>無効な数字</translation>
	</message>
	<message>
		<source>invalid-pairing-password</source>
		<translation>無効なペアリングパスワード</translation>
	</message>
	<message>
		<source>invalid-range</source>
		<translation>フォーマットが無効です。 {{min}}と{{max}}の間にする必要があります</translation>
	</message>
	<message>
		<source>invalid-username-or-key</source>
		<translation>無効なユーザ名またはチャットキー</translation>
	</message>
	<message>
		<source>join-me</source>
		<translation>Statusに参加しよう！： {{url}}</translation>
	</message>
	<message>
		<source>join-a-community</source>
		<translation>またはコミュニティに参加する</translation>
	</message>
	<message>
		<source>http-gateway-error</source>
		<translation>リクエストが失敗しました</translation>
	</message>
	<message>
		<source>sign-request-failed</source>
		<translation>メッセージに署名できませんでした</translation>
	</message>
	<message>
		<source>invite-friends</source>
		<translation>友達を招待</translation>
	</message>
	<message>
		<source>invite-people</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>invite-reward</source>
		<translation>友達を紹介するごとにボーナスがもらえます！</translation>
	</message>
	<message>
		<source>invite-select-account</source>
		<translation>紹介ボーナスを受け取るアカウントを選択してください</translation>
	</message>
	<message>
		<source>invited</source>
		<translation>招待済</translation>
	</message>
	<message>
		<source>invite-button</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>invite-receive-account</source>
		<translation>紹介ボーナスを受け取るアカウント</translation>
	</message>
	<message>
		<source>how-it-works</source>
		<translation>友達招待の手順</translation>
	</message>
	<message>
		<source>invite-warning</source>
		<translation>このプロモーションは、米国の居住者ではないAndroidデバイスのユーザのみが対象です。友達は7日以内に招待を確認する必要があります。</translation>
	</message>
	<message>
		<source>invite-instruction-first</source>
		<translation>友達に招待リンクを送って、友達がStatusをダウンロードして参加します。</translation>
	</message>
	<message>
		<source>invite-instruction-second</source>
		<translation>友達がStatusをダウンロードしてアカウントを作成します。</translation>
	</message>
	<message>
		<source>invite-instruction-third</source>
		<translation>友達とのチャットが開始されたときに紹介ボーナスが反映されます。</translation>
	</message>
	<message>
		<source>invite-instruction-fourth</source>
		<translation>あなたは紹介ボーナスを受け取り、友達はスターターパックを受け取ります</translation>
	</message>
	<message>
		<source>invite-instruction-fifth</source>
		<translation>紹介ボーナスはいつでも受け取ることができます。</translation>
	</message>
	<message>
		<source>invite-reward-you</source>
		<translation>あなた：</translation>
	</message>
	<message>
		<source>invite-reward-you-name</source>
		<translation>紹介ボーナス</translation>
	</message>
	<message>
		<source>invite-reward-you-description</source>
		<translation>友達を招待すると、紹介ボーナスとして{{reward}}を受け取れます。受け取ったボーナスは、ステッカーやENS名の購入に利用できます。</translation>
	</message>
	<message>
		<source>invite-reward-friend</source>
		<translation>友達：</translation>
	</message>
	<message>
		<source>invite-reward-friend-name</source>
		<translation>スターターパック</translation>
	</message>
	<message>
		<source>invite-reward-friend-description</source>
		<translation>友達は{{reward}}を含むスターターパックを受け取ります</translation>
	</message>
	<message>
		<source>invite-privacy-policy1</source>
		<translation>お客様が紹介プログラムを利用するにあたり、以下の規約を承諾するものとします。</translation>
	</message>
	<message>
		<source>invite-privacy-policy2</source>
		<translation>利用規約</translation>
	</message>
	<message>
		<source>invite-privacy-policy-public</source>
		<translation>招待リンクを通じてStatusをインストールしました。このチャットに参加することで招待者を紐付け、以下の内容に同意します。</translation>
	</message>
	<message>
		<source>invite-chat-name</source>
		<translation>友達紹介</translation>
	</message>
	<message>
		<source>invite-chat-starter-pack</source>
		<translation>スターターパック</translation>
	</message>
	<message>
		<source>invite-chat-intro</source>
		<translation>友達からStatusへの招待がありました。初めての方は初回特典のトークンを受け取れます。トークンを使ってステッカーやENS名を購入してみましょう。</translation>
	</message>
	<message>
		<source>invite-public-chat-home</source>
		<translation>招待</translation>
	</message>
	<message>
		<source>invite-public-chat-intro</source>
		<translation>初回特典のトークンを受け取れます。トークンを使ってステッカーやENS名を購入してみよう。</translation>
	</message>
	<message>
		<source>invite-chat-accept</source>
		<translation>受け入れる</translation>
	</message>
	<message>
		<source>invite-chat-pending</source>
		<translation>ペンディング</translation>
	</message>
	<message>
		<source>invite-chat-accept-join</source>
		<translation>承諾して参加する</translation>
	</message>
	<message>
		<source>invite-chat-rule</source>
		<translation>受け入れると友達にも紹介ボーナスがもらえます</translation>
	</message>
	<message>
		<source>redeem-now</source>
		<translation>今すぐ受け取る</translation>
	</message>
	<message>
		<source>redeem-amount</source>
		<translation>{{quantity}}ボーナスを受け取り可能です</translation>
	</message>
	<message>
		<source>redeem-success</source>
		<translation>ボーナスを受け取りました！</translation>
	</message>
	<message>
		<source>attribution-received</source>
		<translation>{{attrib}} / {{max}} ボーナスを受け取り済み</translation>
	</message>
	<message>
		<source>advertiser-starter-pack-title</source>
		<translation>スターターパック</translation>
	</message>
	<message>
		<source>advertiser-starter-pack-description</source>
		<translation>初回特典のトークンを受け取れます。トークンを使ってステッカーやENS名を購入してみよう。</translation>
	</message>
	<message>
		<source>advertiser-title</source>
		<translation>プライバシーポリシー</translation>
	</message>
	<message>
		<source>advertiser-description</source>
		<translation>Statusは一度だけあなたのIPアドレスをチェックします。取得された情報は他のいかなる目的にも利用されることはなく、7日後に完全に消去されます。</translation>
	</message>
	<message>
		<source>advertiser-starter-pack-accept</source>
		<translation>承認</translation>
	</message>
	<message>
		<source>advertiser-starter-pack-decline</source>
		<translation>拒否</translation>
	</message>
	<message>
		<source>dapp-starter-pack-title</source>
		<translation>スターターパック</translation>
	</message>
	<message>
		<source>dapp-starter-pack-description</source>
		<translation>初回特典のトークンを受け取れます。トークンを使ってステッカーやENS名を購入してみよう。</translation>
	</message>
	<message>
		<source>dapp-starter-pack-accept</source>
		<translation>許可して開く</translation>
	</message>
	<message>
		<source>starter-pack-coming</source>
		<translation>スターターパックをお届けします</translation>
	</message>
	<message>
		<source>starter-pack-coming-description</source>
		<translation>数分から数時間かかる場合があります</translation>
	</message>
	<message>
		<source>starter-pack-received</source>
		<translation>スターターパックを受け取りました</translation>
	</message>
	<message>
		<source>starter-pack-received-description</source>
		<translation>初回特典のトークンを受け取れます。トークンを使ってステッカーやENS名を購入してみよう。</translation>
	</message>
	<message>
		<source>join-group-chat</source>
		<translation>グループに参加</translation>
	</message>
	<message>
		<source>join-group-chat-description</source>
		<translation>{{username}} があなたをグループ {{group-name}} に招待しました</translation>
	</message>
	<message>
		<source>joined-group-chat-description</source>
		<translation>あなたは {{username}} の招待で {{group-name}} に参加しました</translation>
	</message>
	<message>
		<source>key</source>
		<translation>鍵</translation>
	</message>
	<message>
		<source>keycard</source>
		<translation>Keycard</translation>
	</message>
	<message>
		<source>keycard-access-reset</source>
		<translation>Keycardがリセットされました</translation>
	</message>
	<message>
		<source>keycard-can-use-with-new-passcode</source>
		<translation>新たにパスコードを設定してカードを使用できます</translation>
	</message>
	<message>
		<source>keycard-applet-install-instructions</source>
		<translation>アプレットをインストールするには https://github.com/status-im/keycard-cli#keycard-applet-installation の手順に従ってください。</translation>
	</message>
	<message>
		<source>keycard-blocked</source>
		<translation>Keycardがブロックされました。
引き続き使用するにはカードをリセットする必要があります。</translation>
	</message>
	<message>
		<source>keycard-cancel-setup-text</source>
		<translation>この操作はKeycardのセットアップをキャンセルします。Keycardを使用するにはセットアップを完了させることを強くお勧めします。本当にキャンセルしますか？</translation>
	</message>
	<message>
		<source>keycard-cancel-setup-title</source>
		<translation>キャンセルしますか？</translation>
	</message>
	<message>
		<source>keycard-desc</source>
		<translation>キーカードをお持ちですか？そこにあなたの鍵を保管してください。トランザクション時に必要になります</translation>
	</message>
	<message>
		<source>keycard-dont-ask-card</source>
		<translation>サインインにカードを要求しない</translation>
	</message>
	<message>
		<source>keycard-reset-passcode</source>
		<translation>パスコードをリセット</translation>
	</message>
	<message>
		<source>keycard-factory-reset</source>
		<translation>カードを初期状態に戻す</translation>
	</message>
	<message>
		<source>keycard-factory-reset-title</source>
		<translation>本当に初期化しますか？</translation>
	</message>
	<message>
		<source>keycard-factory-reset-text</source>
		<translation>これを実行すると、カードに保存されているシードフレーズが削除されます。このKeycardで使用するシードフレーズのバックアップを保存したことを確認してください。</translation>
	</message>
	<message>
		<source>keycard-enter-new-passcode</source>
		<translation>新しいパスコードを入力してください {{step}} / 2</translation>
	</message>
	<message>
		<source>keycard-has-multiaccount-on-it</source>
		<translation>このカードは登録済みです。1つのカードには1つの鍵のみを保持できます。</translation>
	</message>
	<message>
		<source>keycard-onboarding-finishing-header</source>
		<translation>完了しています</translation>
	</message>
	<message>
		<source>keycard-onboarding-intro-header</source>
		<translation>Keycardに鍵を保存する</translation>
	</message>
	<message>
		<source>keycard-onboarding-intro-text</source>
		<translation>準備ができました。アカウントの安全性を確保するため以下のステップを進みます。</translation>
	</message>
	<message>
		<source>keycard-onboarding-pairing-header</source>
		<translation>カードをペアリング中</translation>
	</message>
	<message>
		<source>keycard-onboarding-preparing-header</source>
		<translation>カードを準備中</translation>
	</message>
	<message>
		<source>keycard-onboarding-puk-code-header</source>
		<translation>コードを書き留めて、安全な場所で保管してください</translation>
	</message>
	<message>
		<source>keycard-onboarding-recovery-phrase-description</source>
		<translation>シードフレーズを使ってこのアカウントを復元することができます。シードフレーズを書き留め、安全な場所で保管してください。</translation>
	</message>
	<message>
		<source>keycard-onboarding-recovery-phrase-header</source>
		<translation>シードフレーズをバックアップ</translation>
	</message>
	<message>
		<source>keycard-onboarding-recovery-phrase-text</source>
		<translation>これはあなたの鍵を生成するのに使われる魔法の種です。他の誰にも見られないようにしてください。</translation>
	</message>
	<message>
		<source>keycard-onboarding-start-header</source>
		<translation>開始するにはカードをスマートフォンの背面に当てたままにしてください</translation>
	</message>
	<message>
		<source>keycard-onboarding-pin-text</source>
		<translation>Keycardへのアクセスを保護するため、6桁のパスコードを作成します。</translation>
	</message>
	<message>
		<source>keycard-onboarding-mnemonic-text</source>
		<translation>シードフレーズを書き留めるため紙とペンを用意してください。</translation>
	</message>
	<message>
		<source>keycard-onboarding-start-step1</source>
		<translation>パスコードを作成</translation>
	</message>
	<message>
		<source>keycard-onboarding-start-step1-text</source>
		<translation>鍵を暗号化する6桁のパスコードを作成します。このプロセスには約1分かかります。</translation>
	</message>
	<message>
		<source>keycard-onboarding-start-step2</source>
		<translation>PUKコードとペアリングコードを書き留めてください</translation>
	</message>
	<message>
		<source>keycard-onboarding-start-step2-text</source>
		<translation>紙とペンを用意してください。このプロセスには約1分かかります。</translation>
	</message>
	<message>
		<source>keycard-onboarding-start-step3</source>
		<translation>シードフレーズのバックアップ</translation>
	</message>
	<message>
		<source>keycard-onboarding-start-step3-text</source>
		<translation>紙とペンを用意してください。このプロセスには約1分かかります。</translation>
	</message>
	<message>
		<source>keycard-onboarding-start-text</source>
		<translation>セットアップ中はカードとスマートフォンを接触させたままにしてください。このプロセスには4分前後かかります。</translation>
	</message>
	<message>
		<source>keycard-recovery-intro-button-text</source>
		<translation>復元を開始</translation>
	</message>
	<message>
		<source>keycard-recovery-intro-header</source>
		<translation>Keycardに保存された鍵を復元します</translation>
	</message>
	<message>
		<source>keycard-recovery-intro-text</source>
		<translation>以前にKeycardを使用して鍵を生成し、その鍵をこのデバイスで使用したい場合は、次のステップに進んでください。</translation>
	</message>
	<message>
		<source>keycard-recovery-no-key-header</source>
		<translation>復元できるものがありません</translation>
	</message>
	<message>
		<source>keycard-recovery-no-key-text</source>
		<translation>このKeycardには鍵が保存されていません。使用するためには新しい鍵を生成してKeycardを鍵の保存先に選んでください</translation>
	</message>
	<message>
		<source>keycard-recovery-phrase-confirm-header</source>
		<translation>シードフレーズを確認</translation>
	</message>
	<message>
		<source>keycard-recovery-phrase-confirmation-text</source>
		<translation>最終確認です。Keycardの紛失等でアクセスできなくなった場合には、このシードフレーズを用いてキーへのアクセスを行います。他の誰かに見られないようシードフレーズを書き留めた後は安全な場所で保管してください。</translation>
	</message>
	<message>
		<source>keycard-recovery-phrase-confirmation-title</source>
		<translation>シードフレーズを書き留めましたか?</translation>
	</message>
	<message>
		<source>keycard-recovery-success-header</source>
		<translation>鍵の復元に成功しました</translation>
	</message>
	<message>
		<source>keycard-redeem-title</source>
		<translation>受け取るアカウント</translation>
	</message>
	<message>
		<source>keycard-redeem-tx</source>
		<translation>資産を受け取る</translation>
	</message>
	<message>
		<source>keycard-redeem-tx-desc</source>
		<translation>カードをタップして資産を受け取ります</translation>
	</message>
	<message>
		<source>keycard-unauthorized-operation</source>
		<translation>この操作を実行する権限がありません。 
有効なカードをタップしてもう一度やり直してください。</translation>
	</message>
	<message>
		<source>keycard-is-frozen-title</source>
		<translation>Keycardがロックされました</translation>
	</message>
	<message>
		<source>keycard-is-frozen-details</source>
		<translation>あなたの資産を保護するためカードがロックされました。カードをリセットすることで再度利用が可能になります。PUKまたはシードフレーズを用いて初期化してください。</translation>
	</message>
	<message>
		<source>keycard-is-frozen-reset</source>
		<translation>PUKでリセットする</translation>
	</message>
	<message>
		<source>keycard-is-frozen-factory-reset</source>
		<translation>シードフレーズで初期化する</translation>
	</message>
	<message>
		<source>your-card-is-frozen</source>
		<translation>Keycardがロックされました。カードをリセットして</translation>
	</message>
	<message>
		<source>keycard-is-blocked-title</source>
		<translation>キーカードがロックされました</translation>
	</message>
	<message>
		<source>keycard-is-blocked-details</source>
		<translation>パスコード入力に複数回失敗したため、アカウントにアクセスできなくなりました。</translation>
	</message>
	<message>
		<source>keycard-is-blocked-instructions</source>
		<translation>アカウントにアクセスするには、カードを初期化する必要があります。下のボタンをタップして手続きを開始してください。その際、シードフレーズが必要になります。</translation>
	</message>
	<message>
		<source>language</source>
		<translation>言語</translation>
	</message>
	<message>
		<source>learn-more</source>
		<translation>もっと詳しく知る</translation>
	</message>
	<message>
		<source>learn-more-about-keycard</source>
		<translation>Keycardについてもっと知る</translation>
	</message>
	<message>
		<source>leave</source>
		<translation>退出</translation>
	</message>
	<message>
		<source>joined</source>
		<translation>参加中</translation>
	</message>
	<message>
		<source>leave-group</source>
		<translation>グループを退出</translation>
	</message>
	<message>
		<source>left</source>
		<translation>退出しました</translation>
	</message>
	<message>
		<source>lets-go</source>
		<translation>始める</translation>
	</message>
	<message>
		<source>les-ulc</source>
		<translation>LES / ULC</translation>
	</message>
	<message>
		<source>linked-on</source>
		<translation>{{date}} にリンクされました</translation>
	</message>
	<message>
		<source>load-messages-before</source>
		<translation>{{date}}より前</translation>
	</message>
	<message>
		<source>load-more-messages</source>
		<translation>↓もっとメッセージを取得する</translation>
	</message>
	<message>
		<source>load-more-timeline</source>
		<translation>さらに読み込む</translation>
	</message>
	<message>
		<source>loading</source>
		<translation>読み込み中...</translation>
	</message>
	<message>
		<source>log-level</source>
		<translation>ログレベル</translation>
	</message>
	<message>
		<source>log-level-settings</source>
		<translation>ログレベル設定</translation>
	</message>
	<message>
		<source>logging</source>
		<translation>ログ</translation>
	</message>
	<message>
		<source>logging-enabled</source>
		<translation>ログが有効ですか？</translation>
	</message>
	<message>
		<source>login-pin-description</source>
		<translation>6桁のパスコードを入力してロック解除します</translation>
	</message>
	<message>
		<source>logout</source>
		<translation>ログアウト</translation>
	</message>
	<message>
		<source>logout-app-content</source>
		<translation>アカウントをログアウトします。再度ロック解除する際、選択したネットワークが使われます。</translation>
	</message>
	<message>
		<source>logout-are-you-sure</source>
		<translation>本当にログアウトしますか？</translation>
	</message>
	<message>
		<source>logout-title</source>
		<translation>ログアウトしますか？</translation>
	</message>
	<message>
		<source>logout-key-management</source>
		<translation>キー管理にアクセスするには、ログアウトする必要があります。</translation>
	</message>
	<message>
		<source>looking-for-cards</source>
		<translation>カードを探しています...</translation>
	</message>
	<message>
		<source>lost-connection</source>
		<translation>接続が切れました</translation>
	</message>
	<message>
		<source>mailserver-address</source>
		<translation>Statusノードアドレス</translation>
	</message>
	<message>
		<source>mailserver-automatic</source>
		<translation>自動選択</translation>
	</message>
	<message>
		<source>mailserver-automatic-switch-explanation</source>
		<translation>利用可能な最速のStatusノードを選択します</translation>
	</message>
	<message>
		<source>mailserver-connection-error</source>
		<translation>Statusノードに接続できませんでした</translation>
	</message>
	<message>
		<source>mailserver-details</source>
		<translation>Statusノードの詳細</translation>
	</message>
	<message>
		<source>mailserver-error-content</source>
		<translation>選択したStatusノードにアクセスできませんでした。</translation>
	</message>
	<message>
		<source>mailserver-error-title</source>
		<translation>Statusノードへの接続エラー</translation>
	</message>
	<message>
		<source>mailserver-format</source>
		<translation>enode://{enode-id}:{パスワード}@{ipアドレス}:{ポート}</translation>
	</message>
	<message>
		<source>mailserver-pick-another</source>
		<translation>別のStatusノードを選択する</translation>
	</message>
	<message>
		<source>mailserver-reconnect</source>
		<translation>Statusノードに接続できませんでした。タップして再接続してください</translation>
	</message>
	<message>
		<source>mailserver-request-error-content</source>
		<translation>Statusノードから以下のエラーが返されました：{{error}}</translation>
	</message>
	<message>
		<source>mailserver-request-error-status</source>
		<translation>履歴の取得中にエラーが発生しました。詳細についてはログを確認してください。</translation>
	</message>
	<message>
		<source>mailserver-request-error-title</source>
		<translation>Statusノードリクエストエラー</translation>
	</message>
	<message>
		<source>mailserver-request-retry</source>
		<translation>リクエストを再試行する</translation>
	</message>
	<message>
		<source>mailserver-retry</source>
		<translation>再試行</translation>
	</message>
	<message>
		<source>main-currency</source>
		<translation>メイン通貨</translation>
	</message>
	<message>
		<source>main-networks</source>
		<translation>メインネット</translation>
	</message>
	<message>
		<source>main-wallet</source>
		<translation>メインウォレット</translation>
	</message>
	<message>
		<source>mainnet-network</source>
		<translation>メインネット</translation>
	</message>
	<message>
		<source>make-admin</source>
		<translation>管理者にする</translation>
	</message>
	<message>
		<source>manage-keys-and-storage</source>
		<translation>鍵とストレージを管理する</translation>
	</message>
	<message>
		<source>mark-all-read</source>
		<translation>すべて既読にする</translation>
	</message>
	<message numerus="yes">
		<source>members</source>
		<translation>
			<numerusform>メンバー</numerusform>
		</translation>
	</message>
	<message numerus="yes">
		<source>members-active</source>
		<translation>
			<numerusform>メンバー</numerusform>
		</translation>
	</message>
	<message>
		<source>members-active-none</source>
		<translation>メンバーがいません</translation>
	</message>
	<message>
		<source>members-title</source>
		<translation>メンバー</translation>
	</message>
	<message>
		<source>message</source>
		<translation>メッセージ</translation>
	</message>
	<message>
		<source>message-not-sent</source>
		<translation>メッセージが送信されていません</translation>
	</message>
	<message>
		<source>message-options-cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>message-reply</source>
		<translation>返信</translation>
	</message>
	<message>
		<source>replying-to</source>
		<translation>{{author}}に返信する</translation>
	</message>
	<message>
		<source>data-syncing</source>
		<translation>データ同期</translation>
	</message>
	<message>
		<source>messages</source>
		<translation>メッセージ</translation>
	</message>
	<message>
		<source>chat-is-a-contact</source>
		<translation>連絡先に登録済み</translation>
	</message>
	<message>
		<source>chat-is-not-a-contact</source>
		<translation>連絡先に登録されていません</translation>
	</message>
	<message>
		<source>might-break</source>
		<translation>いくつかのDAppsが機能しない可能性があります</translation>
	</message>
	<message>
		<source>migrations-failed-content</source>
		<translation>{{message}}
スキーマバージョン：初期 {{initial-version}}、現在 {{current-version}}、最終 {{last-version}}

データベースエラーが発生しました。あなたの資産とチャットキーは安全です。チャットや連絡先などその他のデータは復元できません。{{erase-multiaccounts-data-button-text}}ボタンを押すと、その他のデータがすべて削除され、あなたの資産にアクセスしたり、メッセージを送信することができます。</translation>
	</message>
	<message>
		<source>mobile-network-ask-me</source>
		<translation>モバイルネットワークを使用するときは尋ねる</translation>
	</message>
	<message>
		<source>mobile-network-continue-syncing</source>
		<translation>同期を続ける</translation>
	</message>
	<message>
		<source>mobile-network-continue-syncing-details</source>
		<translation>この設定は後で変更できます</translation>
	</message>
	<message>
		<source>mobile-network-go-to-settings</source>
		<translation>設定に移動</translation>
	</message>
	<message>
		<source>mobile-network-settings</source>
		<translation>モバイルデータ</translation>
	</message>
	<message>
		<source>mobile-network-sheet-configure</source>
		<translation>同期設定の詳細はこちらで確認できます。</translation>
	</message>
	<message>
		<source>mobile-network-sheet-offline</source>
		<translation>メッセージが同期できません</translation>
	</message>
	<message>
		<source>mobile-network-sheet-offline-details</source>
		<translation>モバイルネットワークでの同期がオフになっています。</translation>
	</message>
	<message>
		<source>mobile-network-sheet-remember-choice</source>
		<translation>この設定を保存する</translation>
	</message>
	<message>
		<source>mobile-network-sheet-settings</source>
		<translation>設定</translation>
	</message>
	<message>
		<source>mobile-network-start-syncing</source>
		<translation>同期を開始</translation>
	</message>
	<message>
		<source>mobile-network-stop-syncing</source>
		<translation>同期を停止する</translation>
	</message>
	<message>
		<source>mobile-network-stop-syncing-details</source>
		<translation>Wi-Fiに接続するまで停止しますか？</translation>
	</message>
	<message>
		<source>mobile-network-use-mobile</source>
		<translation>モバイルデータを使用</translation>
	</message>
	<message>
		<source>mobile-network-use-mobile-data</source>
		<translation>Statusはチャットとウォレットの同期に大量のデータ通信を使用します。</translation>
	</message>
	<message>
		<source>mobile-network-use-wifi</source>
		<translation>Wi-Fiのみ</translation>
	</message>
	<message>
		<source>mobile-syncing-sheet-details</source>
		<translation>Statusはチャットとウォレットの同期に大量のデータ通信を使用します。</translation>
	</message>
	<message>
		<source>mobile-syncing-sheet-title</source>
		<translation>モバイルデータを使用して同期する</translation>
	</message>
	<message>
		<source>more</source>
		<translation>もっとみる</translation>
	</message>
	<message>
		<source>multiaccount-exists-title</source>
		<translation>このアカウントのキーはすでに存在します。</translation>
	</message>
	<message>
		<source>multiaccount-exists-content</source>
		<translation>このアカウントのキーはすでに存在します。再度キーを追加することはできません。もしパスワード、パスコード、キーカードを紛失した場合は、アプリをアンインストールし、シードフレーズを入力してキーを再インストールしてアクセスしてください。</translation>
	</message>
	<message>
		<source>multiaccounts-recover-enter-phrase-text</source>
		<translation>12、15、18、21、または24単語。各単語はシングルスペースで区切ってください。</translation>
	</message>
	<message>
		<source>multiaccounts-recover-enter-phrase-title</source>
		<translation>シードフレーズを入力</translation>
	</message>
	<message>
		<source>name</source>
		<translation>名前</translation>
	</message>
	<message>
		<source>name-of-token</source>
		<translation>トークンの名前</translation>
	</message>
	<message>
		<source>need-help</source>
		<translation>ヘルプが必要ですか？</translation>
	</message>
	<message>
		<source>glossary</source>
		<translation>用語集</translation>
	</message>
	<message>
		<source>account-title</source>
		<translation>アカウント</translation>
	</message>
	<message>
		<source>account-content</source>
		<translation>Statusのアカウントを銀行口座と比べてみましょう。銀行口座では通常、1つのアカウントに1つの口座番号と口座残高が紐づいています。Statusでは1つのウォレットで複数のアカウントを持つことができます。</translation>
	</message>
	<message>
		<source>chat-key-title</source>
		<translation>チャットキー</translation>
	</message>
	<message>
		<source>chat-key-content</source>
		<translation>Statusチャットプロトコルではメッセージは暗号化キーを使用して送受信されます。暗号化には公開チャットキーが使われています。あなたは公開チャットキーを友達に伝え、友達はそれを用いてメッセージを送信しています。</translation>
	</message>
	<message>
		<source>chat-name-title</source>
		<translation>チャットユーザ名</translation>
	</message>
	<message>
		<source>chat-name-content</source>
		<translation>チャットユーザ名は、3つのランダムな英単語として生成されます。すべてのユーザが異なるチャットユーザ名で生成され、他のユーザが同じ3つの英単語を持つことはありません。</translation>
	</message>
	<message>
		<source>ens-name-title</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>ens-name-content</source>
		<translation>ENS名とは、複雑なチャットキーを読みやすい名前に代替するイーサリアムネームサービスのサービスです。ENS名は分散型ユーザ名とも呼ばれます。</translation>
	</message>
	<message>
		<source>mailserver-title</source>
		<translation>Statusノード</translation>
	</message>
	<message>
		<source>mailserver-content</source>
		<translation>メッセージをルーティングおよび保存するStatusネットワーク内のノード。それらの情報はノード内に最大30日間保存されます。</translation>
	</message>
	<message>
		<source>peer-title</source>
		<translation>デバイス</translation>
	</message>
	<message>
		<source>peer-content</source>
		<translation>あなたがお使いのデバイスはすべて同じStatusチャットネットワークに接続されます。1つのユーザ名を複数のデバイスで使うことができます。</translation>
	</message>
	<message>
		<source>seed-phrase-title</source>
		<translation>シードフレーズ</translation>
	</message>
	<message>
		<source>seed-phrase-content</source>
		<translation>「シードフレーズ」は、他のウォレットやデバイスでイーサリアムアカウントを復旧またはアクセスするために使用されます。ほとんどの暗号アプリがこれと同じ仕組みを使用してアカウントを生成しています。このフレーズは「ニーモニックフレーズ」、「リカバリフレーズ」または「ウォレットバックアップ」とも呼ばれます。
※BIP39標準リストからランダムに選択される英単語の組み合わせとして生成されます。</translation>
	</message>
	<message>
		<source>wallet-key-title</source>
		<translation>アカウントアドレス</translation>
	</message>
	<message>
		<source>wallet-key-content</source>
		<translation>あなたが相手からアセットを受け取るとき、64桁の文字列からなる0xで始まるイーサリアム標準アドレスが相手に共有されます。このアドレスは「イーサリアムアドレス」または「ウォレットアドレス」とも呼ばれます。</translation>
	</message>
	<message>
		<source>buy-crypto-title</source>
		<translation>ウォレットが空のようです</translation>
	</message>
	<message>
		<source>buy-crypto-description</source>
		<translation>DAppで暗号資産を購入する</translation>
	</message>
	<message>
		<source>buy-crypto</source>
		<translation>暗号資産を購入する</translation>
	</message>
	<message>
		<source>buy-crypto-choose-a-service</source>
		<translation>暗号資産の購入方法を選択します</translation>
	</message>
	<message>
		<source>buy-crypto-leaving</source>
		<translation>Statusから購入先のWebサイトにアクセスします</translation>
	</message>
	<message>
		<source>opening-buy-crypto</source>
		<translation>{{site}}を開いています</translation>
	</message>
	<message>
		<source>network</source>
		<translation>ネットワーク</translation>
	</message>
	<message>
		<source>network-chain</source>
		<translation>ネットワークチェーン</translation>
	</message>
	<message>
		<source>network-details</source>
		<translation>ネットワーク詳細</translation>
	</message>
	<message>
		<source>network-info</source>
		<translation>ネットワーク情報</translation>
	</message>
	<message>
		<source>network-fee</source>
		<translation>ネットワーク手数料</translation>
	</message>
	<message>
		<source>network-id</source>
		<translation>ネットワークID</translation>
	</message>
	<message>
		<source>network-invalid-network-id</source>
		<translation>指定されたネットワークIDはRPC URLによるネットワークIDと一致していません</translation>
	</message>
	<message>
		<source>network-invalid-status-code</source>
		<translation>無効なステータスコード：{{code}}</translation>
	</message>
	<message>
		<source>network-invalid-url</source>
		<translation>ネットワークURLが無効です</translation>
	</message>
	<message>
		<source>network-settings</source>
		<translation>ネットワーク設定</translation>
	</message>
	<message>
		<source>new</source>
		<translation>New</translation>
	</message>
	<message>
		<source>new-chat</source>
		<translation>新しいチャットを開始</translation>
	</message>
	<message>
		<source>new-contact</source>
		<translation>新しい連絡先</translation>
	</message>
	<message>
		<source>new-contract</source>
		<translation>新しいコントラクト</translation>
	</message>
	<message>
		<source>new-group</source>
		<translation>新しいグループ</translation>
	</message>
	<message>
		<source>new-group-chat</source>
		<translation>新しいグループチャット</translation>
	</message>
	<message>
		<source>new-network</source>
		<translation>新しいネットワーク</translation>
	</message>
	<message>
		<source>new-pin-description</source>
		<translation>新しい6桁のパスコードを入力</translation>
	</message>
	<message>
		<source>new-puk-description</source>
		<translation>新しい12桁のPUKを入力</translation>
	</message>
	<message>
		<source>new-public-group-chat</source>
		<translation>公開チャットに参加</translation>
	</message>
	<message>
		<source>next</source>
		<translation>次へ</translation>
	</message>
	<message>
		<source>no</source>
		<translation>いいえ</translation>
	</message>
	<message>
		<source>no-collectibles</source>
		<translation>利用可能なコレクションはありません</translation>
	</message>
	<message>
		<source>no-contacts</source>
		<translation>連絡先はまだありません</translation>
	</message>
	<message>
		<source>no-keycard-applet-on-card</source>
		<translation>カードにKeycardアプレットがありません。</translation>
	</message>
	<message>
		<source>no-messages</source>
		<translation>メッセージがありません</translation>
	</message>
	<message>
		<source>no-pairing-slots-available</source>
		<translation>このカードはすでに5台のデバイスとペアリング済みのため、ペアリングできません。いずれかのペアリング済みデバイスでログインし、カードのペアリングを解除してください</translation>
	</message>
	<message>
		<source>no-result</source>
		<translation>結果がありません</translation>
	</message>
	<message>
		<source>no-tokens-found</source>
		<translation>トークンが見つかりません</translation>
	</message>
	<message>
		<source>node-info</source>
		<translation>ノード情報</translation>
	</message>
	<message>
		<source>node-address</source>
		<translation>ノードアドレス</translation>
	</message>
	<message>
		<source>node-details</source>
		<translation>ノードの詳細</translation>
	</message>
	<message>
		<source>node-version</source>
		<translation>ノードバージョン</translation>
	</message>
	<message>
		<source>nonce</source>
		<translation>Nonce</translation>
	</message>
	<message>
		<source>none</source>
		<translation>なし</translation>
	</message>
	<message>
		<source>not-applicable</source>
		<translation>未署名のトランザクションには適用されません</translation>
	</message>
	<message>
		<source>not-keycard-text</source>
		<translation>使用されたカードはKeycardではありません。Keycardを購入してください。</translation>
	</message>
	<message>
		<source>not-keycard-title</source>
		<translation>Keycardではありません</translation>
	</message>
	<message>
		<source>notifications</source>
		<translation>通知</translation>
	</message>
	<message>
		<source>local-notifications</source>
		<translation>ローカル通知</translation>
	</message>
	<message>
		<source>local-notifications-subtitle</source>
		<translation>バックグラウンドサービスを有効にする</translation>
	</message>
	<message>
		<source>remote-notifications</source>
		<translation>リモート通知</translation>
	</message>
	<message>
		<source>remote-notifications-subtitle</source>
		<translation>プッシュ通知を有効にする</translation>
	</message>
	<message>
		<source>show-notifications</source>
		<translation>通知を表示する</translation>
	</message>
	<message>
		<source>notification-settings</source>
		<translation>通知</translation>
	</message>
	<message>
		<source>notifications-servers</source>
		<translation>通知サーバ</translation>
	</message>
	<message>
		<source>notifications-preferences</source>
		<translation>通知設定</translation>
	</message>
	<message>
		<source>notifications-switch</source>
		<translation>通知を表示する</translation>
	</message>
	<message>
		<source>notifications-non-contacts</source>
		<translation>連絡先以外からの通知</translation>
	</message>
	<message>
		<source>notifications-transactions</source>
		<translation>ウォレットのトランザクション</translation>
	</message>
	<message>
		<source>send-push-notifications</source>
		<translation>プッシュ通知を送る</translation>
	</message>
	<message>
		<source>send-push-notifications-description</source>
		<translation>無効にすると、送信相手に新着メッセージが通知されなくなります。</translation>
	</message>
	<message>
		<source>push-notifications-server-enabled</source>
		<translation>サーバを有効にする</translation>
	</message>
	<message>
		<source>push-notifications-servers</source>
		<translation>プッシュ通知サーバ</translation>
	</message>
	<message>
		<source>push-inbound-transaction</source>
		<translation>{{value}} {{currency}} を受け取りました</translation>
	</message>
	<message>
		<source>push-outbound-transaction</source>
		<translation>{{value}} {{currency}} を送りました</translation>
	</message>
	<message>
		<source>push-failed-transaction</source>
		<translation>トランザクションが失敗しました</translation>
	</message>
	<message>
		<source>push-inbound-transaction-body</source>
		<translation>{{from}} から {{to}} へ</translation>
	</message>
	<message>
		<source>push-outbound-transaction-body</source>
		<translation>{{from}} から {{to}} へ</translation>
	</message>
	<message>
		<source>push-failed-transaction-body</source>
		<translation>{{value}} {{currency}} を {{to}} へ</translation>
	</message>
	<message>
		<source>allow-mention-notifications</source>
		<translation>@メンションを表示する</translation>
	</message>
	<message>
		<source>server</source>
		<translation>サーバ</translation>
	</message>
	<message>
		<source>specify-server-public-key</source>
		<translation>サーバの公開鍵を入力してください</translation>
	</message>
	<message>
		<source>notify</source>
		<translation>通知する</translation>
	</message>
	<message>
		<source>off</source>
		<translation>Off</translation>
	</message>
	<message>
		<source>offline</source>
		<translation>オフライン</translation>
	</message>
	<message>
		<source>offline-messaging-use-history-nodes</source>
		<translation>Statusノードを使用する</translation>
	</message>
	<message>
		<source>offline-messaging-use-history-explanation</source>
		<translation>Statusノードを有効にすることで、アプリを閉じている間に受信できなかったメッセージを読み込みに行くことができます。有効にすると、StatusノードはあなたのIPアドレスを取得します。無効にすると、アプリを閉じている間はメッセージを受信せず、後でアプリを開いたときにメッセージが表示されません。</translation>
	</message>
	<message>
		<source>ok</source>
		<translation>OK</translation>
	</message>
	<message>
		<source>ok-continue</source>
		<translation>続行する</translation>
	</message>
	<message>
		<source>ok-got-it</source>
		<translation>わかりました</translation>
	</message>
	<message>
		<source>okay</source>
		<translation>オーケー</translation>
	</message>
	<message>
		<source>on</source>
		<translation>On</translation>
	</message>
	<message>
		<source>open</source>
		<translation>開く</translation>
	</message>
	<message>
		<source>open-home</source>
		<translation>開く</translation>
	</message>
	<message>
		<source>open-dapp</source>
		<translation>ÐAppを開く</translation>
	</message>
	<message>
		<source>open-dapp-store</source>
		<translation>ÐAppsを見つける</translation>
	</message>
	<message>
		<source>open-nfc-settings</source>
		<translation>NFC設定を開く</translation>
	</message>
	<message>
		<source>open-on-block-explorer</source>
		<translation>ブロックエクスプローラで開く</translation>
	</message>
	<message>
		<source>optional</source>
		<translation>オプション</translation>
	</message>
	<message>
		<source>or</source>
		<translation>または</translation>
	</message>
	<message>
		<source>outgoing</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>outgoing-transaction</source>
		<translation>送金</translation>
	</message>
	<message>
		<source>pair</source>
		<translation>デバイスのペアリング</translation>
	</message>
	<message>
		<source>pair-card</source>
		<translation>このデバイスにペアリングする</translation>
	</message>
	<message>
		<source>pair-code</source>
		<translation>ペアコード</translation>
	</message>
	<message>
		<source>pair-code-explanation</source>
		<translation>カードを別のデバイス（最大5台）とペアリングし、同じKeycardでロック解除やトランザクションの署名に使うことができます。</translation>
	</message>
	<message>
		<source>pair-this-card</source>
		<translation>このカードをペアリングする</translation>
	</message>
	<message>
		<source>pair-this-device</source>
		<translation>デバイスの同期</translation>
	</message>
	<message>
		<source>pair-this-device-description</source>
		<translation>デバイスをペアリングして、デバイス間で連絡先とチャットを同期します</translation>
	</message>
	<message>
		<source>paired-devices</source>
		<translation>ペアリング済みデバイス</translation>
	</message>
	<message>
		<source>pairing</source>
		<translation>ペアリング</translation>
	</message>
	<message>
		<source>pairing-card</source>
		<translation>カードをペアリング</translation>
	</message>
	<message>
		<source>pairing-code-placeholder</source>
		<translation>ペアリングコード...</translation>
	</message>
	<message>
		<source>pairing-code_error1</source>
		<translation>ペアリングコードが一致しません。</translation>
	</message>
	<message>
		<source>confirm-pairing-code-placeholder</source>
		<translation>ペアリングコードを再入力...</translation>
	</message>
	<message>
		<source>pairing-go-to-installation</source>
		<translation>ペアリング設定に進む</translation>
	</message>
	<message>
		<source>pairing-maximum-number-reached-content</source>
		<translation>新しいデバイスを有効化する前に、デバイスの1つを無効にしてください。</translation>
	</message>
	<message>
		<source>pairing-maximum-number-reached-title</source>
		<translation>最大デバイス数に達しました</translation>
	</message>
	<message>
		<source>pairing-new-installation-detected-content</source>
		<translation>新しいデバイスが検出されました。 
デバイスを正しく使用するためには、使用する前にペアリングして有効にすることが重要です。 
デバイスをペアリングするには、設定画面のデバイス設定に移動してください。</translation>
	</message>
	<message>
		<source>pairing-new-installation-detected-title</source>
		<translation>新しいデバイスが検出されました</translation>
	</message>
	<message>
		<source>pairing-no-info</source>
		<translation>情報なし</translation>
	</message>
	<message>
		<source>pairing-please-set-a-name</source>
		<translation>デバイスの名前を設定してください。</translation>
	</message>
	<message>
		<source>passphrase</source>
		<translation>パスフレーズ</translation>
	</message>
	<message>
		<source>password</source>
		<translation>パスワード</translation>
	</message>
	<message>
		<source>password-description</source>
		<translation>最低6文字です。Statusを開く時とトランザクションを確認する時にこのパスワードが必要になります。</translation>
	</message>
	<message>
		<source>password-placeholder2</source>
		<translation>パスワードを確認</translation>
	</message>
	<message>
		<source>password_error1</source>
		<translation>パスワードが一致しません。</translation>
	</message>
	<message>
		<source>paste</source>
		<translation>貼り付け</translation>
	</message>
	<message>
		<source>paste-json</source>
		<translation>JSONを貼り付け</translation>
	</message>
	<message>
		<source>pay-to-chat</source>
		<translation>チャットに支払う</translation>
	</message>
	<message>
		<source>peers</source>
		<translation>デバイス</translation>
	</message>
	<message>
		<source>pending</source>
		<translation>ペンディング</translation>
	</message>
	<message>
		<source>pending-confirmation</source>
		<translation>承認待ち...</translation>
	</message>
	<message>
		<source>permissions</source>
		<translation>許可</translation>
	</message>
	<message>
		<source>phone-e164</source>
		<translation>インターナショナル1</translation>
	</message>
	<message>
		<source>photos-access-error</source>
		<translation>写真にアクセスするには、システム設定から「Status → 写真」が有効になっているか確認してください。</translation>
	</message>
	<message>
		<source>pin-changed</source>
		<translation>6桁のパスコードが変更されました</translation>
	</message>
	<message>
		<source>puk-changed</source>
		<translation>12桁のPUKが変更されました</translation>
	</message>
	<message>
		<source>pairing-changed</source>
		<translation>ペアリングコードが変更されました</translation>
	</message>
	<message>
		<source>pin-code</source>
		<translation>6桁のパスコード</translation>
	</message>
	<message>
		<source>pin-mismatch</source>
		<translation>パスコードが一致しません</translation>
	</message>
	<message>
		<source>pin-retries-left</source>
		<translation>あと{{number}}回試行できます</translation>
	</message>
	<message>
		<source>pin-one-attempt-blocked-before</source>
		<translation>注意してください、あと</translation>
	</message>
	<message>
		<source>pin-one-attempt-frozen-before</source>
		<translation>注意してください、あと</translation>
	</message>
	<message>
		<source>pin-one-attempt</source>
		<translation> 1回 </translation>
	</message>
	<message>
		<source>pin-one-attempt-blocked-after</source>
		<translation>間違えるとKeycardがロックされます。</translation>
	</message>
	<message>
		<source>pin-one-attempt-frozen-after</source>
		<translation>間違えるとKeycardがロックされます。</translation>
	</message>
	<message>
		<source>preview-privacy</source>
		<translation>プライバシーモードのプレビュー</translation>
	</message>
	<message>
		<source>privacy</source>
		<translation>プライバシー</translation>
	</message>
	<message>
		<source>privacy-photos</source>
		<translation>プロフィール写真のプライバシー</translation>
	</message>
	<message>
		<source>privacy-and-security</source>
		<translation>プライバシーとセキュリティ</translation>
	</message>
	<message>
		<source>privacy-policy</source>
		<translation>プライバシーポリシー</translation>
	</message>
	<message>
		<source>privacy-show-to-warning</source>
		<translation>一度あなたのプロフィール写真を表示したことがある人には引き続き表示されます。</translation>
	</message>
	<message>
		<source>processing</source>
		<translation>処理中</translation>
	</message>
	<message>
		<source>product-information</source>
		<translation>プロダクト情報</translation>
	</message>
	<message>
		<source>profile</source>
		<translation>プロフィール</translation>
	</message>
	<message>
		<source>profile-details</source>
		<translation>プロフィールの詳細</translation>
	</message>
	<message>
		<source>public-chat</source>
		<translation>パブリックチャット</translation>
	</message>
	<message>
		<source>public-chats</source>
		<translation>公開チャット</translation>
	</message>
	<message>
		<source>public-group-status</source>
		<translation>パブリック</translation>
	</message>
	<message>
		<source>public-group-topic</source>
		<translation>トピック</translation>
	</message>
	<message>
		<source>join-new-public-chat</source>
		<translation>公開チャットに参加</translation>
	</message>
	<message>
		<source>join-new-private-chat</source>
		<translation>新しいプライベート チャットを開始する</translation>
	</message>
	<message>
		<source>search-no-chat-found</source>
		<translation>検索結果なし。もしかして</translation>
	</message>
	<message>
		<source>public-key</source>
		<translation>公開鍵</translation>
	</message>
	<message>
		<source>puk-and-pairing-codes-displayed</source>
		<translation>PUKとペアリングコードが表示されています</translation>
	</message>
	<message>
		<source>puk-code</source>
		<translation>PUKコード</translation>
	</message>
	<message>
		<source>puk-code-explanation</source>
		<translation>6桁のPINコードを忘れたり3回間違って入力した場合は、カードのアンロックにこのコードが必要になります</translation>
	</message>
	<message>
		<source>puk-mismatch</source>
		<translation>PUKコードが一致しません</translation>
	</message>
	<message>
		<source>quiet-days</source>
		<translation>{{quiet-days}}日</translation>
	</message>
	<message>
		<source>quiet-hours</source>
		<translation>{{quiet-hours}}時間</translation>
	</message>
	<message>
		<source>re-encrypt-key</source>
		<translation>鍵を再暗号化</translation>
	</message>
	<message>
		<source>receive</source>
		<translation>受信</translation>
	</message>
	<message>
		<source>receive-transaction</source>
		<translation>トランザクションを受信</translation>
	</message>
	<message>
		<source>recent</source>
		<translation>最近</translation>
	</message>
	<message>
		<source>recent-recipients</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>recently-used-stickers</source>
		<translation>最近使用したステッカーがここに表示されます</translation>
	</message>
	<message>
		<source>recipient</source>
		<translation>受信者</translation>
	</message>
	<message>
		<source>recipient-code</source>
		<translation>受信者アドレスを入力</translation>
	</message>
	<message>
		<source>recipient-code-placeholder</source>
		<translation>0x..から始まるアドレスまたはENS名（username.domain.eth）</translation>
	</message>
	<message>
		<source>recover</source>
		<translation>回復する</translation>
	</message>
	<message>
		<source>recover-key</source>
		<translation>既存の鍵を復元する</translation>
	</message>
	<message>
		<source>recover-keycard-multiaccount-not-supported</source>
		<translation>このアカウントの鍵はすでに存在します。再び鍵を追加することはできません。もしパスワード、パスコード、Keycardを紛失した場合は、アプリをアンインストールし、シードフレーズを入力して鍵を再インストールしてアクセスし直してください。</translation>
	</message>
	<message>
		<source>recover-with-keycard</source>
		<translation>Keycardで復元する</translation>
	</message>
	<message>
		<source>recovering-key</source>
		<translation>鍵を復元しています</translation>
	</message>
	<message>
		<source>recovery-confirm-phrase</source>
		<translation>シードフレーズを確認</translation>
	</message>
	<message>
		<source>recovery-phrase</source>
		<translation>シードフレーズ</translation>
	</message>
	<message>
		<source>recovery-success-text</source>
		<translation>鍵を再暗号化するため、新しくパスコードを設定します。</translation>
	</message>
	<message>
		<source>recovery-typo-dialog-description</source>
		<translation>シードフレーズは、書き留めた時とまったく同じ言葉、順番で使用してください。</translation>
	</message>
	<message>
		<source>recovery-typo-dialog-title</source>
		<translation>シードフレーズは正しいですか？</translation>
	</message>
	<message>
		<source>remember-me</source>
		<translation>ログインを記憶</translation>
	</message>
	<message>
		<source>remind-me-later</source>
		<translation>後で知らせる</translation>
	</message>
	<message>
		<source>remove</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>remove-from-chat</source>
		<translation>チャットから削除</translation>
	</message>
	<message>
		<source>remove-from-contacts</source>
		<translation>連絡先から削除</translation>
	</message>
	<message>
		<source>remove-from-contacts-text</source>
		<translation>連絡先リストからユーザを削除する場合にも、あなたのウォレットアドレスを非表示にすることはありません。</translation>
	</message>
	<message>
		<source>remove-network</source>
		<translation>ネットワークを削除</translation>
	</message>
	<message>
		<source>remove-token</source>
		<translation>トークンを削除</translation>
	</message>
	<message>
		<source>removed</source>
		<translation>削除されました</translation>
	</message>
	<message>
		<source>repeat-pin</source>
		<translation>新しいパスコードを再入力</translation>
	</message>
	<message>
		<source>repeat-puk</source>
		<translation>新しい12桁のPUKを繰り返します</translation>
	</message>
	<message>
		<source>report-bug-email-template</source>
		<translation>1.問題の説明
{{description}}


2.再現する手順
{{steps}}


3.問題を確認できるスクリーンショットを添付してください
</translation>
	</message>
	<message>
		<source>request-transaction</source>
		<translation>トランザクションのリクエスト</translation>
	</message>
	<message>
		<source>required-field</source>
		<translation>必須のフィールド</translation>
	</message>
	<message>
		<source>resend-message</source>
		<translation>再送信</translation>
	</message>
	<message>
		<source>reset-card</source>
		<translation>カードをリセットする</translation>
	</message>
	<message>
		<source>reset-card-description</source>
		<translation>この操作はカードを初期状態にリセットします。秘密鍵を含むすべてのカードデータが消去されます。操作は元に戻せません。</translation>
	</message>
	<message>
		<source>retry</source>
		<translation>再試行</translation>
	</message>
	<message>
		<source>revoke-access</source>
		<translation>アクセス権を取り消す</translation>
	</message>
	<message>
		<source>rinkeby-network</source>
		<translation>Rinkebyテストネット</translation>
	</message>
	<message>
		<source>ropsten-network</source>
		<translation>Ropstenテストネット</translation>
	</message>
	<message>
		<source>rpc-url</source>
		<translation>RPCのURL</translation>
	</message>
	<message>
		<source>save</source>
		<translation>保存</translation>
	</message>
	<message>
		<source>save-password</source>
		<translation>パスワードを保存</translation>
	</message>
	<message>
		<source>save-password-unavailable</source>
		<translation>パスワードを保存するためにデバイスパスコードを設定</translation>
	</message>
	<message>
		<source>save-password-unavailable-android</source>
		<translation>パスワードを保存できません：お使いのデバイスがルート化されているか、必要なセキュリティ機能がありません。</translation>
	</message>
	<message>
		<source>scan-qr</source>
		<translation>QRコードをスキャン</translation>
	</message>
	<message>
		<source>scan-qr-code</source>
		<translation>ウォレットアドレスのQRコードをスキャン</translation>
	</message>
	<message>
		<source>search</source>
		<translation>検索</translation>
	</message>
	<message>
		<source>secret-keys-confirmation-text</source>
		<translation>スマートフォンを紛失した場合でもKeycardを使い続けるためにこれが必要になります。</translation>
	</message>
	<message>
		<source>secret-keys-confirmation-title</source>
		<translation>コードを書き留めましたか？</translation>
	</message>
	<message>
		<source>security</source>
		<translation>セキュリティ</translation>
	</message>
	<message>
		<source>see-details</source>
		<translation>詳細を見る</translation>
	</message>
	<message>
		<source>see-it-again</source>
		<translation>もう一度見る</translation>
	</message>
	<message>
		<source>select-account-first</source>
		<translation>最初にアカウントを選択する</translation>
	</message>
	<message>
		<source>select-chat</source>
		<translation>チャットを選択してメッセージを開始する</translation>
	</message>
	<message>
		<source>selected</source>
		<translation>選択済み</translation>
	</message>
	<message>
		<source>select</source>
		<translation>選択</translation>
	</message>
	<message>
		<source>select-account</source>
		<translation>アカウントを選択</translation>
	</message>
	<message>
		<source>send-logs</source>
		<translation>バグを報告</translation>
	</message>
	<message>
		<source>send-logs-to</source>
		<translation>{{email}}にバグを報告</translation>
	</message>
	<message>
		<source>send-message</source>
		<translation>メッセージを送信</translation>
	</message>
	<message>
		<source>send-request</source>
		<translation>リクエストを送信</translation>
	</message>
	<message>
		<source>send-request-amount</source>
		<translation>金額</translation>
	</message>
	<message>
		<source>send-request-amount-max-decimals</source>
		<translation>小数点桁数は最大 {{asset-decimals}} 桁です</translation>
	</message>
	<message>
		<source>send-request-unknown-token</source>
		<translation>不明なトークン - {{asset}}</translation>
	</message>
	<message>
		<source>send-sending-to</source>
		<translation>{{recipient-name}}へ</translation>
	</message>
	<message>
		<source>send-transaction</source>
		<translation>トランザクションを送信</translation>
	</message>
	<message>
		<source>sending</source>
		<translation>送信中</translation>
	</message>
	<message>
		<source>sent-at</source>
		<translation>に送信済み</translation>
	</message>
	<message>
		<source>set-a-topic</source>
		<translation>トピックを作成</translation>
	</message>
	<message>
		<source>set-currency</source>
		<translation>通貨を設定する</translation>
	</message>
	<message>
		<source>set-dapp-access-permissions</source>
		<translation>DApp アクセス許可</translation>
	</message>
	<message>
		<source>settings</source>
		<translation>設定</translation>
	</message>
	<message>
		<source>share</source>
		<translation>シェア</translation>
	</message>
	<message>
		<source>shared</source>
		<translation>共有</translation>
	</message>
	<message>
		<source>share-address</source>
		<translation>アドレスを共有</translation>
	</message>
	<message>
		<source>share-chat</source>
		<translation>チャットを共有</translation>
	</message>
	<message>
		<source>share-contact-code</source>
		<translation>チャットキーを共有</translation>
	</message>
	<message>
		<source>share-dapp-text</source>
		<translation>このDAppをチェックしてください {{link}}</translation>
	</message>
	<message>
		<source>share-link</source>
		<translation>共有リンク</translation>
	</message>
	<message>
		<source>share-my-profile</source>
		<translation>プロフィールを共有する</translation>
	</message>
	<message>
		<source>share-profile</source>
		<translation>プロフィールを共有</translation>
	</message>
	<message>
		<source>share-profile-link</source>
		<translation>プロフィールのリンクを共有する</translation>
	</message>
	<message>
		<source>share-public-chat-text</source>
		<translation>Statusアプリのこの公開チャットをチェックしてみてください {{link}}</translation>
	</message>
	<message>
		<source>sharing-copied-to-clipboard</source>
		<translation>コピーしました</translation>
	</message>
	<message>
		<source>sharing-copy-to-clipboard</source>
		<translation>コピー</translation>
	</message>
	<message>
		<source>share-logs</source>
		<translation>ログを共有</translation>
	</message>
	<message>
		<source>sharing-share</source>
		<translation>共有</translation>
	</message>
	<message>
		<source>show-less</source>
		<translation>少なく表示</translation>
	</message>
	<message>
		<source>show-more</source>
		<translation>もっとみる</translation>
	</message>
	<message>
		<source>show-qr</source>
		<translation>QRコードを表示</translation>
	</message>
	<message>
		<source>show-transaction-data</source>
		<translation>トランザクション情報を表示する</translation>
	</message>
	<message>
		<source>sign-and-send</source>
		<translation>署名して送信</translation>
	</message>
	<message>
		<source>sign-in</source>
		<translation>サインイン</translation>
	</message>
	<message>
		<source>sign-message</source>
		<translation>メッセージに署名</translation>
	</message>
	<message>
		<source>sign-out</source>
		<translation>サインアウト</translation>
	</message>
	<message>
		<source>sign-with</source>
		<translation>署名 </translation>
	</message>
	<message>
		<source>sign-with-password</source>
		<translation>パスワードで署名する</translation>
	</message>
	<message>
		<source>sign-you-in</source>
		<translation>サインインしています…</translation>
	</message>
	<message>
		<source>signing</source>
		<translation>署名中</translation>
	</message>
	<message>
		<source>signing-a-message</source>
		<translation>メッセージに署名しています</translation>
	</message>
	<message>
		<source>signing-phrase</source>
		<translation>署名フレーズ</translation>
	</message>
	<message>
		<source>something-went-wrong</source>
		<translation>うまくいきませんでした</translation>
	</message>
	<message>
		<source>soon</source>
		<translation>もうすぐ</translation>
	</message>
	<message>
		<source>specify-address</source>
		<translation>アドレスを入力</translation>
	</message>
	<message>
		<source>specify-name</source>
		<translation>名前を入力</translation>
	</message>
	<message>
		<source>specify-symbol</source>
		<translation>シンボルを入力</translation>
	</message>
	<message>
		<source>specify-network-id</source>
		<translation>ネットワークIDを入力</translation>
	</message>
	<message>
		<source>specify-rpc-url</source>
		<translation>RPCのURLを入力</translation>
	</message>
	<message>
		<source>start-chat</source>
		<translation>チャットを開始</translation>
	</message>
	<message>
		<source>start-conversation</source>
		<translation>会話を始める</translation>
	</message>
	<message>
		<source>start-group-chat</source>
		<translation>グループチャットを開始</translation>
	</message>
	<message>
		<source>start-new-chat</source>
		<translation>新しいチャットを開始</translation>
	</message>
	<message>
		<source>status</source>
		<translation>Status</translation>
	</message>
	<message>
		<source>status-confirmed</source>
		<translation>承認済み</translation>
	</message>
	<message>
		<source>status-hardwallet</source>
		<translation>Statusハードウォレット</translation>
	</message>
	<message>
		<source>status-keycard</source>
		<translation>Status Keycard</translation>
	</message>
	<message>
		<source>status-pending</source>
		<translation>ペンディング</translation>
	</message>
	<message>
		<source>status-tx-not-found</source>
		<translation>トランザクションが見つかりません</translation>
	</message>
	<message>
		<source>status-sent</source>
		<translation>送信済み</translation>
	</message>
	<message>
		<source>status-not-sent-tap</source>
		<translation>送信エラー。タップしてオプションを見る</translation>
	</message>
	<message>
		<source>status-not-sent-click</source>
		<translation>承認されていません。オプションを表示</translation>
	</message>
	<message>
		<source>step-i-of-n</source>
		<translation>{{step}}{{number}} ステップ</translation>
	</message>
	<message>
		<source>sticker-market</source>
		<translation>ステッカーマーケット</translation>
	</message>
	<message>
		<source>sticker</source>
		<translation>ステッカー</translation>
	</message>
	<message>
		<source>submit</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>submit-bug</source>
		<translation>バグを報告する</translation>
	</message>
	<message>
		<source>success</source>
		<translation>成功</translation>
	</message>
	<message>
		<source>symbol</source>
		<translation>シンボル</translation>
	</message>
	<message>
		<source>sync-all-devices</source>
		<translation>すべてのデバイスを同期</translation>
	</message>
	<message>
		<source>sync-in-progress</source>
		<translation>同期しています...</translation>
	</message>
	<message>
		<source>sync-settings</source>
		<translation>同期設定</translation>
	</message>
	<message>
		<source>sync-synced</source>
		<translation>同期中</translation>
	</message>
	<message>
		<source>syncing-devices</source>
		<translation>同期しています...</translation>
	</message>
	<message>
		<source>tag-was-lost</source>
		<translation>タグが失われました</translation>
	</message>
	<message>
		<source>tap-card-again</source>
		<translation>もう一度カードをタップしてください</translation>
	</message>
	<message>
		<source>test-networks</source>
		<translation>テストネット</translation>
	</message>
	<message>
		<source>text-input-disabled</source>
		<translation>しばらくお待ちください...</translation>
	</message>
	<message>
		<source>this-device</source>
		<translation>このデバイス</translation>
	</message>
	<message>
		<source>this-device-desc</source>
		<translation>あなたの鍵は暗号化され安全に保管されます</translation>
	</message>
	<message>
		<source>this-is-you-signing</source>
		<translation>これはあなたの署名フレーズです</translation>
	</message>
	<message>
		<source>this-will-take-few-seconds</source>
		<translation>このプロセスには数秒かかります</translation>
	</message>
	<message>
		<source>three-words-description</source>
		<translation>トランザクションに署名を行う際、必ずこの3つの単語が表示されます。</translation>
	</message>
	<message>
		<source>three-words-description-2</source>
		<translation>異なる組み合わせが表示された場合は、処理を中断してログアウトしてください。</translation>
	</message>
	<message>
		<source>to</source>
		<translation>To</translation>
	</message>
	<message>
		<source>to-block</source>
		<translation>ブロック</translation>
	</message>
	<message>
		<source>to-encrypt-enter-password</source>
		<translation>アカウントを暗号化するには、パスワードを入力してください</translation>
	</message>
	<message>
		<source>to-see-this-message</source>
		<translation>このメッセージを見るには</translation>
	</message>
	<message>
		<source>token-auto-validate-decimals-error</source>
		<translation>{{address}} のトークン {{symbol}} の小数点桁数が間違っています。{{expected}} と設定されていますが {{actual}} と検出されました</translation>
	</message>
	<message>
		<source>token-auto-validate-name-error</source>
		<translation>{{address}} のトークン {{symbol}} の名前が間違っています。{{expected}} と設定されていますが {{actual}} と検出されました</translation>
	</message>
	<message>
		<source>token-auto-validate-symbol-error</source>
		<translation>{{address}} のトークン {{symbol}} のシンボルが間違っています。{{expected}} と設定されていますが {{actual}} と検出されました</translation>
	</message>
	<message>
		<source>token-details</source>
		<translation>トークンの詳細</translation>
	</message>
	<message>
		<source>topic-name-error</source>
		<translation>小文字 (aからz)、数字とダッシュ (-) のみを使用できます。連絡先コードは使用しないでください。</translation>
	</message>
	<message>
		<source>transaction</source>
		<translation>トランザクション</translation>
	</message>
	<message>
		<source>transaction-data</source>
		<translation>トランザクション情報</translation>
	</message>
	<message>
		<source>transaction-declined</source>
		<translation>トランザクションが失敗しました</translation>
	</message>
	<message>
		<source>transactions-management-enabled</source>
		<translation>トランザクション管理（アルファ版）</translation>
	</message>
	<message>
		<source>transaction-description</source>
		<translation>ネットワーク上で 12 承認を得た後に完了となります</translation>
	</message>
	<message>
		<source>transaction-details</source>
		<translation>トランザクションの詳細</translation>
	</message>
	<message>
		<source>transaction-failed</source>
		<translation>トランザクションが失敗しました</translation>
	</message>
	<message>
		<source>transaction-history</source>
		<translation>トランザクション履歴</translation>
	</message>
	<message>
		<source>transaction-request</source>
		<translation>トランザクションリクエスト</translation>
	</message>
	<message>
		<source>transaction-sent</source>
		<translation>送信されたトランザクション</translation>
	</message>
	<message>
		<source>transaction-signed</source>
		<translation>トランザクションは正常に署名されました</translation>
	</message>
	<message>
		<source>transactions</source>
		<translation>トランザクション</translation>
	</message>
	<message>
		<source>transactions-filter-select-all</source>
		<translation>すべて選択</translation>
	</message>
	<message>
		<source>transactions-filter-title</source>
		<translation>履歴をフィルタする</translation>
	</message>
	<message>
		<source>type</source>
		<translation>タイプ</translation>
	</message>
	<message>
		<source>transactions-history</source>
		<translation>トランザクション履歴</translation>
	</message>
	<message>
		<source>transactions-history-empty</source>
		<translation>トランザクション履歴がまだありません</translation>
	</message>
	<message>
		<source>transactions-history-loading</source>
		<translation>トランザクション履歴を読み込んでいます。しばらく時間がかかる場合があります。</translation>
	</message>
	<message>
		<source>transactions-sign</source>
		<translation>署名</translation>
	</message>
	<message>
		<source>tribute-required-by-multiaccount</source>
		<translation>{{multiaccount-name}} はチャットを開始するのにSNTを要求しています。</translation>
	</message>
	<message>
		<source>tribute-state-paid</source>
		<translation>Tributeが支払われました</translation>
	</message>
	<message>
		<source>tribute-state-pending</source>
		<translation>Tributeが待機中です</translation>
	</message>
	<message>
		<source>tribute-state-required</source>
		<translation>{{snt-amount}} SNTのTributeが必要です</translation>
	</message>
	<message>
		<source>tribute-to-talk</source>
		<translation>Tribute to Talk</translation>
	</message>
	<message>
		<source>tribute-to-talk-add-friends</source>
		<translation>友達を連絡先として登録すればTributeを送ることなくチャットを開始できます。</translation>
	</message>
	<message>
		<source>tribute-to-talk-are-you-friends</source>
		<translation>友達ですか？</translation>
	</message>
	<message>
		<source>tribute-to-talk-ask-to-be-added</source>
		<translation>連絡先として追加するよう依頼する</translation>
	</message>
	<message>
		<source>tribute-to-talk-contact-received-your-tribute</source>
		<translation>Tributeを受け取り、セキュアにチャットを行えるようになりました。</translation>
	</message>
	<message>
		<source>tribute-to-talk-desc</source>
		<translation>新しくチャットを始める人にSNTを要求すれば人からの注目を収益に変えることができます</translation>
	</message>
	<message>
		<source>tribute-to-talk-disabled</source>
		<translation>Tribute to Talkが無効になっています</translation>
	</message>
	<message>
		<source>tribute-to-talk-disabled-note</source>
		<translation>これからは新しくチャットを始める人はSNTを送信しなくてもあなたとチャットを始めることができます。</translation>
	</message>
	<message>
		<source>tribute-to-talk-enabled</source>
		<translation>Tribute to Talkを有効にしました。</translation>
	</message>
	<message>
		<source>tribute-to-talk-finish-desc</source>
		<translation>今後は連絡先からのチャットと支払いを行ったユーザからのチャットのみを受信します</translation>
	</message>
	<message>
		<source>tribute-to-talk-learn-more-1</source>
		<translation>あなたの時間とあなたに集まる注目は価値のある資産です。Tribute to Talkはあなたと新しくチャットを開始するときに指定した額のSNTを要求することができます。</translation>
	</message>
	<message>
		<source>tribute-to-talk-learn-more-2</source>
		<translation>連絡先リストに登録されていない人は支払いを要求され、支払いを行った人にのみ返信することができます。</translation>
	</message>
	<message>
		<source>tribute-to-talk-learn-more-3</source>
		<translation>いつでも返金することもできます。連絡先リストに登録されている友達はいつでも無料であなたに連絡できます。</translation>
	</message>
	<message>
		<source>tribute-to-talk-paywall-learn-more-1</source>
		<translation>時間と自分に集まる注目は価値ある資産です。Trubute to Talkはあなたとのチャットの対価としてSNTの支払いを受け付けることができます。</translation>
	</message>
	<message>
		<source>tribute-to-talk-paywall-learn-more-2</source>
		<translation>トリビュート設定した人とチャットを開始する、連絡先に追加してもらうには、決められたSNTを支払う必要があります。</translation>
	</message>
	<message>
		<source>tribute-to-talk-paywall-learn-more-3</source>
		<translation>知っている人にはStatusの外部でプロフィールを共有して無料で追加してもらうことができます。</translation>
	</message>
	<message>
		<source>tribute-to-talk-pending</source>
		<translation>Tributeの承認待ち</translation>
	</message>
	<message>
		<source>tribute-to-talk-pending-note</source>
		<translation>Tributeトランザクションはネットワークによる承認待ちです。トランザクションヒストリーで状態を確認することができます。</translation>
	</message>
	<message>
		<source>tribute-to-talk-removing-note</source>
		<translation>Tribute to Talkを削除するとSNTを送らずにあなたとチャットを開始できるようになります。これにはトランザクションが発生します。</translation>
	</message>
	<message>
		<source>tribute-to-talk-set-snt-amount</source>
		<translation>新しくチャットを始める人に要求するSNTの額を設定してください</translation>
	</message>
	<message>
		<source>tribute-to-talk-signing</source>
		<translation>トランザクションへの署名を待っています</translation>
	</message>
	<message>
		<source>tribute-to-talk-transaction-failed-note</source>
		<translation>トランザクションが失敗し、Tribute to Talkの設定の変更は保存されませんでした</translation>
	</message>
	<message>
		<source>tribute-to-talk-tribute-received1</source>
		<translation>Tributeを受け取りました。</translation>
	</message>
	<message>
		<source>tribute-to-talk-tribute-received2</source>
		<translation> は連絡先に追加され、セキュアにチャットできます。</translation>
	</message>
	<message>
		<source>tribute-to-talk-you-require-snt</source>
		<translation>新しくチャットを始める人にはSNTを要求します。</translation>
	</message>
	<message>
		<source>try-again</source>
		<translation>再試行する</translation>
	</message>
	<message>
		<source>try-keeping-the-card-still</source>
		<translation>カードを動かさないでください</translation>
	</message>
	<message>
		<source>turn-nfc-on</source>
		<translation>続行するにはNFCをオンにしてください</translation>
	</message>
	<message>
		<source>turn-nfc-description</source>
		<translation>NFCが無効になっています。設定を確認してください。</translation>
	</message>
	<message>
		<source>keycard-init-title</source>
		<translation>カードを探しています...</translation>
	</message>
	<message>
		<source>keycard-init-description</source>
		<translation>お使いのスマートフォン（またはNFCリーダー）をカードにかざしてください。</translation>
	</message>
	<message>
		<source>keycard-awaiting-title</source>
		<translation>探しています...</translation>
	</message>
	<message>
		<source>keycard-awaiting-description</source>
		<translation>お使いのスマートフォン（またはNFCリーダー）でカードを読み取ります。</translation>
	</message>
	<message>
		<source>keycard-processing-title</source>
		<translation>処理中...</translation>
	</message>
	<message>
		<source>keycard-processing-description</source>
		<translation>カードを動かさないでください</translation>
	</message>
	<message>
		<source>keycard-connected-title</source>
		<translation>接続済み</translation>
	</message>
	<message>
		<source>keycard-connected-description</source>
		<translation>カードを動かさないでください</translation>
	</message>
	<message>
		<source>keycard-error-title</source>
		<translation>接続が失敗しました</translation>
	</message>
	<message>
		<source>keycard-error-description</source>
		<translation>カードをもう一度接続して続行します</translation>
	</message>
	<message>
		<source>keycard-success-title</source>
		<translation>成功</translation>
	</message>
	<message>
		<source>keycard-success-description</source>
		<translation>今すぐカードを削除できます</translation>
	</message>
	<message>
		<source>keycard-recover</source>
		<translation>カードを紛失、凍結していませんか？</translation>
	</message>
	<message>
		<source>keycard-recover-title</source>
		<translation>このアカウントで新しいカードを作成しますか？</translation>
	</message>
	<message>
		<source>keycard-recover-text</source>
		<translation>シードフレーズを用いることで、このアカウントに関連付けた新しいKeycardを作成することができます。新しいKeycardを使うのも、凍結中のKeycardを初期化して使うこともできます。</translation>
	</message>
	<message>
		<source>keycard-backup</source>
		<translation>バックアップカードの作成</translation>
	</message>
	<message>
		<source>keycard-backup-success-title</source>
		<translation>バックアップ成功</translation>
	</message>
	<message>
		<source>keycard-backup-success-body</source>
		<translation>バックアップカードの作成に成功しました。メインカードと同じアカウントで使用することができます。</translation>
	</message>
	<message>
		<source>type-a-message</source>
		<translation>メッセージ...</translation>
	</message>
	<message>
		<source>ulc-enabled</source>
		<translation>ULC が有効</translation>
	</message>
	<message>
		<source>backup-enabled</source>
		<translation>有効</translation>
	</message>
	<message>
		<source>backup-disabled</source>
		<translation>無効</translation>
	</message>
	<message>
		<source>backup-settings</source>
		<translation>バックアップ設定</translation>
	</message>
	<message>
		<source>backup-through-waku</source>
		<translation>wakuにバックアップ</translation>
	</message>
	<message>
		<source>perform-backup</source>
		<translation>バックアップを実行</translation>
	</message>
	<message>
		<source>backing-up</source>
		<translation>バックアップしています...</translation>
	</message>
	<message>
		<source>last-backup-performed</source>
		<translation>最後に実行されたバックアップ：</translation>
	</message>
	<message>
		<source>unable-to-read-this-code</source>
		<translation>このコードを読み込めません</translation>
	</message>
	<message>
		<source>unblock-contact</source>
		<translation>ブロックを解除する</translation>
	</message>
	<message>
		<source>unknown-status-go-error</source>
		<translation>不明なstatus-goのエラー</translation>
	</message>
	<message>
		<source>unlock</source>
		<translation>ロック解除</translation>
	</message>
	<message>
		<source>unpair-card</source>
		<translation>カードのペアリングを解除</translation>
	</message>
	<message>
		<source>unpair-card-confirmation</source>
		<translation>この操作は現在のデバイスからカードのペアリングを解除します。 6桁のパスコードが必要です。続行しますか？</translation>
	</message>
	<message>
		<source>unpaired-keycard-text</source>
		<translation>タップしたKeycardはこのスマートフォンと紐づいていません</translation>
	</message>
	<message>
		<source>unpaired-keycard-title</source>
		<translation>カードのペアリングが解除されたようです</translation>
	</message>
	<message>
		<source>unpair-keycard</source>
		<translation>このスマートフォンとKeycardのペアリングを解除する</translation>
	</message>
	<message>
		<source>unpair-keycard-warning</source>
		<translation>ペアリングコード、PUK、PIN に変更はありません。</translation>
	</message>
	<message>
		<source>update</source>
		<translation>更新</translation>
	</message>
	<message>
		<source>url</source>
		<translation>URL</translation>
	</message>
	<message>
		<source>usd-currency</source>
		<translation>米ドル</translation>
	</message>
	<message>
		<source>use-valid-contact-code</source>
		<translation>有効なチャットキーまたはユーザ名を入力してください</translation>
	</message>
	<message>
		<source>validation-amount-invalid-number</source>
		<translation>金額が正しくありません</translation>
	</message>
	<message>
		<source>validation-amount-is-too-precise</source>
		<translation>金額が細かすぎます。小数点以下を {{decimals}} 桁以下にしてください。</translation>
	</message>
	<message>
		<source>version</source>
		<translation>アプリバージョン</translation>
	</message>
	<message>
		<source>app-commit</source>
		<translation>コミットハッシュ</translation>
	</message>
	<message>
		<source>view</source>
		<translation>表示する</translation>
	</message>
	<message>
		<source>view-cryptokitties</source>
		<translation>CryptoKittiesで表示</translation>
	</message>
	<message>
		<source>view-cryptostrikers</source>
		<translation>CryptoStrikersで表示</translation>
	</message>
	<message>
		<source>view-etheremon</source>
		<translation>Etheremonで表示</translation>
	</message>
	<message>
		<source>view-gitcoin</source>
		<translation>Gitcoinで表示</translation>
	</message>
	<message>
		<source>view-profile</source>
		<translation>プロフィールを見る</translation>
	</message>
	<message>
		<source>view-details</source>
		<translation>詳細を表示</translation>
	</message>
	<message>
		<source>view-signing</source>
		<translation>署名フレーズを表示</translation>
	</message>
	<message>
		<source>view-superrare</source>
		<translation>SuperRareで表示</translation>
	</message>
	<message>
		<source>waiting-for-wifi</source>
		<translation>Wi-Fiがなくメッセージ同期が停止しています</translation>
	</message>
	<message>
		<source>waiting-for-wifi-change</source>
		<translation>設定</translation>
	</message>
	<message>
		<source>waiting-to-sign</source>
		<translation>トランザクションへの署名を待っています...</translation>
	</message>
	<message>
		<source>wallet</source>
		<translation>ウォレット</translation>
	</message>
	<message>
		<source>wallet-asset</source>
		<translation>アセット</translation>
	</message>
	<message>
		<source>wallet-assets</source>
		<translation>アセット</translation>
	</message>
	<message>
		<source>wallet-backup-recovery-title</source>
		<translation>シードフレーズのバックアップ</translation>
	</message>
	<message>
		<source>wallet-choose-recipient</source>
		<translation>受信者を選択</translation>
	</message>
	<message>
		<source>wallet-collectibles</source>
		<translation>コレクション</translation>
	</message>
	<message>
		<source>wallet-insufficient-funds</source>
		<translation>残高が足りません</translation>
	</message>
	<message>
		<source>wallet-insufficient-gas</source>
		<translation>Gasに必要なETHが足りません</translation>
	</message>
	<message>
		<source>wallet-invalid-address</source>
		<translation>無効なアドレス： 
 {{data}}</translation>
	</message>
	<message>
		<source>wallet-invalid-address-checksum</source>
		<translation>アドレスにエラーがあります
{{data}}</translation>
	</message>
	<message>
		<source>wallet-invalid-chain-id</source>
		<translation>ネットワークが一致しません： 
 現在は{{chain}}、{{data}}に接続してください</translation>
	</message>
	<message>
		<source>wallet-manage-assets</source>
		<translation>アセットを管理する</translation>
	</message>
	<message>
		<source>wallet-manage-accounts</source>
		<translation>アカウント管理</translation>
	</message>
	<message>
		<source>wallet-request</source>
		<translation>リクエスト</translation>
	</message>
	<message>
		<source>wallet-send</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>wallet-send-min-units</source>
		<translation>21000以上</translation>
	</message>
	<message>
		<source>wallet-send-min-wei</source>
		<translation>最低1wei</translation>
	</message>
	<message>
		<source>wallet-settings</source>
		<translation>ウォレット設定</translation>
	</message>
	<message>
		<source>wallet-total-value</source>
		<translation>総額</translation>
	</message>
	<message>
		<source>wallet-transaction-total-fee</source>
		<translation>合計手数料</translation>
	</message>
	<message>
		<source>wants-to-access-profile</source>
		<translation>あなたのプロフィールにアクセスしようとしています</translation>
	</message>
	<message>
		<source>warning</source>
		<translation>警告</translation>
	</message>
	<message>
		<source>warning-message</source>
		<translation>スパム防止のため、複数のメッセージを連続して素早く送信することを制限しています。もう一度やり直してください。</translation>
	</message>
	<message>
		<source>web-view-error</source>
		<translation>ページを読み込めません</translation>
	</message>
	<message>
		<source>welcome-screen-text</source>
		<translation>ウォレットをセットアップし、友達を招待して人気のDAppsをブラウズしましょう！</translation>
	</message>
	<message>
		<source>welcome-to-status</source>
		<translation>Statusへようこそ</translation>
	</message>
	<message>
		<source>welcome-to-status-description</source>
		<translation>ウォレットをセットアップして、友達とのチャットや分散型アプリを始めましょう</translation>
	</message>
	<message>
		<source>welcome-blank-message</source>
		<translation>進行中のチャットがここに表示されます。新しいチャットを開始するには、⊕ボタンを押してください。</translation>
	</message>
	<message>
		<source>welcome-community-blank-message</source>
		<translation>チャンネルがここに表示されます。新しいチャンネルを作成するには、⊕ボタンをクリックして「チャンネルを作成」を選択します</translation>
	</message>
	<message>
		<source>welcome-community-blank-message-edit-chats</source>
		<translation>参加中のチャンネルがここに表示されます。新しいチャンネルを作成するには、コミュニティ画面に戻って⊕ボタンをクリックし &quot;チャンネルを作成&quot; を選択します。</translation>
	</message>
	<message>
		<source>welcome-blank-community-message</source>
		<translation>あなたのコミュニティがここに表示されます。</translation>
	</message>
	<message>
		<source>fetch-community</source>
		<translation>コミュニティを更新</translation>
	</message>
	<message>
		<source>fetching-community</source>
		<translation>コミュニティを更新...</translation>
	</message>
	<message>
		<source>seed-phrase-placeholder</source>
		<translation>シードフレーズ</translation>
	</message>
	<message>
		<source>word-count</source>
		<translation>単語数</translation>
	</message>
	<message>
		<source>word-n</source>
		<translation>{{number}}番目の単語</translation>
	</message>
	<message>
		<source>word-n-description</source>
		<translation>リカバリーフレーズを正しくバックアップできたか確認するために、{{number}}番目の単語を入力してください。</translation>
	</message>
	<message numerus="yes">
		<source>words-n</source>
		<translation>
			<numerusform>単語</numerusform>
		</translation>
	</message>
	<message>
		<source>write-down-and-store-securely</source>
		<translation>コードを書き留めて安全に保管してください</translation>
	</message>
	<message>
		<source>wrong-address</source>
		<translation>アドレスが間違っています</translation>
	</message>
	<message>
		<source>wrong-card</source>
		<translation>カードが間違っています</translation>
	</message>
	<message>
		<source>wrong-card-text</source>
		<translation>タップしたカードは、あなたが選択した鍵と一致しません。</translation>
	</message>
	<message>
		<source>wrong-contract</source>
		<translation>コントラクトが間違っています</translation>
	</message>
	<message>
		<source>contract-isnt-supported</source>
		<translation>コントラクトはサポートされていません</translation>
	</message>
	<message>
		<source>wrong-keycard-text</source>
		<translation>タップしたKeycardはこのスマートフォンと紐づいていません</translation>
	</message>
	<message>
		<source>wrong-keycard-title</source>
		<translation>間違ったKeycardをタップしたようです</translation>
	</message>
	<message>
		<source>wrong-password</source>
		<translation>パスワードが間違っています</translation>
	</message>
	<message>
		<source>wrong-word</source>
		<translation>単語が間違っています</translation>
	</message>
	<message>
		<source>yes</source>
		<translation>はい</translation>
	</message>
	<message>
		<source>You</source>
		<translation>あなた</translation>
	</message>
	<message>
		<source>you</source>
		<translation>あなた</translation>
	</message>
	<message>
		<source>you-already-have-an-asset</source>
		<translation>すでに{{value}}を持っています</translation>
	</message>
	<message>
		<source>you-are-all-set</source>
		<translation>設定完了です</translation>
	</message>
	<message>
		<source>you-are-all-set-description</source>
		<translation>これでスマートフォンを紛失してもリカバリーフレーズを使ってアカウントを復元できます。</translation>
	</message>
	<message>
		<source>you-can-change-account</source>
		<translation>アカウント名と色を変更することができます</translation>
	</message>
	<message>
		<source>you-dont-have-stickers</source>
		<translation>まだステッカーを持っていません</translation>
	</message>
	<message>
		<source>you-dont-have-contacts-invite-friends</source>
		<translation>まだ連絡先が登録されていません。
友達を招待してチャットを始めましょう。</translation>
	</message>
	<message>
		<source>your-contact-code</source>
		<translation>アクセスを許可すると、このDAppはあなたのチャットキーを取得します。</translation>
	</message>
	<message>
		<source>your-data-belongs-to-you</source>
		<translation>シードフレーズを紛失するとあなたの資産とデータが失われます</translation>
	</message>
	<message>
		<source>your-data-belongs-to-you-description</source>
		<translation>スマートフォンの紛失等でアクセスできなくなった場合には、このシードフレーズを用いて鍵へのアクセスを行います。他の誰かに見られないようシードフレーズを書き留めた後は安全な場所で保管してください。</translation>
	</message>
	<message>
		<source>your-recovery-phrase</source>
		<translation>シードフレーズ</translation>
	</message>
	<message>
		<source>your-recovery-phrase-description</source>
		<translation>これはあなたのシードフレーズです。ウォレットがあなたのものであることを証明するために使用します。一度だけしか見ることができません。紙に書くか安全な場所で保管してください。紛失やアプリを再インストールする際に必要になります。</translation>
	</message>
	<message>
		<source>custom-seed-phrase</source>
		<translation>無効なシードフレーズ</translation>
	</message>
	<message>
		<source>custom-seed-phrase-text-1</source>
		<translation>シードフレーズが一致しません。入力した単語にスペルミスがないか確認してください。</translation>
	</message>
	<message>
		<source>to-enable-biometric</source>
		<translation>{{bio-type-label}}を有効にするには、ロック解除画面でパスワードを保存する必要があります</translation>
	</message>
	<message>
		<source>ok-save-pass</source>
		<translation>パスワードを保存する</translation>
	</message>
	<message>
		<source>lock-app-with</source>
		<translation>アプリをロックする</translation>
	</message>
	<message>
		<source>grant-face-id-permissions</source>
		<translation>Face IDを利用する場合は、システム環境設定に移動し「Status →  Face ID」が有効になっていることを確認してください</translation>
	</message>
	<message>
		<source>request-feature</source>
		<translation>機能をリクエスト</translation>
	</message>
	<message>
		<source>select-account-dapp</source>
		<translation>Dappsで使用するアカウントを選択します</translation>
	</message>
	<message>
		<source>apply</source>
		<translation>適用する</translation>
	</message>
	<message>
		<source>on-status-tree</source>
		<translation>On Status tree</translation>
	</message>
	<message>
		<source>off-status-tree</source>
		<translation>Off Status tree</translation>
	</message>
	<message>
		<source>derivation-path</source>
		<translation>Derivation path</translation>
	</message>
	<message>
		<source>storage</source>
		<translation>ストレージ</translation>
	</message>
	<message>
		<source>keycard-free-pairing-slots</source>
		<translation>キーカードには{{n}}個の空きペアリングスロットがあります</translation>
	</message>
	<message>
		<source>public-chat-description</source>
		<translation>興味がある公開チャットに参加してみましょう。誰でも新しい公開チャットを作ることができます。</translation>
	</message>
	<message>
		<source>delete-account</source>
		<translation>アカウントを削除する</translation>
	</message>
	<message>
		<source>delete-keys-keycard</source>
		<translation>Keycardから鍵を削除する</translation>
	</message>
	<message>
		<source>watch-only</source>
		<translation>読み取り専用</translation>
	</message>
	<message>
		<source>cant-report-bug</source>
		<translation>バグを報告できません</translation>
	</message>
	<message>
		<source>mail-should-be-configured</source>
		<translation>メールクライアントを構成する必要があります</translation>
	</message>
	<message>
		<source>check-on-block-explorer</source>
		<translation>ブロックエクスプローラを確認する</translation>
	</message>
	<message>
		<source>check-on-opensea</source>
		<translation>OpenSeaでチェック</translation>
	</message>
	<message>
		<source>transactions-load-more</source>
		<translation>さらに読み込む</translation>
	</message>
	<message>
		<source>private-key</source>
		<translation>秘密鍵</translation>
	</message>
	<message>
		<source>generate-an-account</source>
		<translation>アカウントを追加</translation>
	</message>
	<message>
		<source>add-watch-account</source>
		<translation>読み取り専用アカウントを追加</translation>
	</message>
	<message>
		<source>add-seed-account</source>
		<translation>シードフレーズでアカウントを追加する</translation>
	</message>
	<message>
		<source>account-exists-title</source>
		<translation>アカウントはすでに存在しています</translation>
	</message>
	<message>
		<source>add-private-key-account</source>
		<translation>秘密鍵からアカウントを追加する</translation>
	</message>
	<message>
		<source>profile-not-found</source>
		<translation>プロフィールが見つかりません</translation>
	</message>
	<message>
		<source>waku-bloom-filter-mode</source>
		<translation>WAKUブルームフィルタモード</translation>
	</message>
	<message>
		<source>wakuv2-settings</source>
		<translation>Waku v2設定</translation>
	</message>
	<message>
		<source>wakuv2-node-format</source>
		<translation>/ip4/{node-ip}/tcp/{port}/p2p/{id}</translation>
	</message>
	<message>
		<source>wakuv2-change-nodes</source>
		<translation>本当にWaku v2ノードを変更しますか？</translation>
	</message>
	<message>
		<source>appearance</source>
		<translation>画面表示</translation>
	</message>
	<message>
		<source>preference</source>
		<translation>外観モード</translation>
	</message>
	<message>
		<source>light</source>
		<translation>ライト</translation>
	</message>
	<message>
		<source>dark</source>
		<translation>ダーク</translation>
	</message>
	<message>
		<source>system</source>
		<translation>自動</translation>
	</message>
	<message>
		<source>give-permissions-camera</source>
		<translation>カメラを許可する</translation>
	</message>
	<message>
		<source>photos</source>
		<translation>写真</translation>
	</message>
	<message>
		<source>image</source>
		<translation>画像</translation>
	</message>
	<message>
		<source>sign-anyway</source>
		<translation>署名する</translation>
	</message>
	<message>
		<source>tx-fail-description1</source>
		<translation>この処理は失敗する可能性があります。カスタム手数料を確認してください。</translation>
	</message>
	<message>
		<source>tx-fail-description2</source>
		<translation>この処理は失敗する可能性があります。カスタム手数料を確認してください。</translation>
	</message>
	<message>
		<source>set-custom-fee</source>
		<translation>カスタム手数料を設定</translation>
	</message>
	<message>
		<source>not-enough-snt</source>
		<translation>SNTが足りません</translation>
	</message>
	<message>
		<source>add-new-contact</source>
		<translation>新しい連絡先を追加</translation>
	</message>
	<message>
		<source>you-dont-have-contacts</source>
		<translation>まだ連絡先がありません。</translation>
	</message>
	<message>
		<source>set-max</source>
		<translation>最大を設定</translation>
	</message>
	<message>
		<source>continue-anyway</source>
		<translation>気にせず続ける</translation>
	</message>
	<message>
		<source>private-notifications</source>
		<translation>プライベート通知</translation>
	</message>
	<message>
		<source>private-notifications-descr</source>
		<translation>Statusは新着メッセージを通知します。これは後から通知設定で変更できます。</translation>
	</message>
	<message>
		<source>maybe-later</source>
		<translation>後にする</translation>
	</message>
	<message>
		<source>join</source>
		<translation>参加</translation>
	</message>
	<message>
		<source>registered</source>
		<translation>登録済み</translation>
	</message>
	<message>
		<source>not-registered</source>
		<translation>未登録</translation>
	</message>
	<message>
		<source>audio-recorder-error</source>
		<translation>レコーダーエラー</translation>
	</message>
	<message>
		<source>audio-recorder</source>
		<translation>レコーダー</translation>
	</message>
	<message>
		<source>audio-recorder-max-ms-reached</source>
		<translation>最大録音時間に達しました</translation>
	</message>
	<message>
		<source>audio-recorder-permissions-error</source>
		<translation>音声メッセージを送信するにはマイクを許可する必要があります</translation>
	</message>
	<message>
		<source>audio</source>
		<translation>音声</translation>
	</message>
	<message>
		<source>update-to-see-image</source>
		<translation>最新バージョンに更新して、素敵な写真を受け取ろう</translation>
	</message>
	<message>
		<source>update-to-listen-audio</source>
		<translation>最新バージョンに更新して、音声メッセージを受け取ろう</translation>
	</message>
	<message>
		<source>update-to-see-sticker</source>
		<translation>最新バージョンに更新して、新しいステッカーを見つけよう</translation>
	</message>
	<message>
		<source>webview-camera-permission-requests</source>
		<translation>ウェブカメラの許可リクエスト</translation>
	</message>
	<message>
		<source>webview-camera-permission-requests-subtitle</source>
		<translation>有効にすると、ウェブサイトやDappsがカメラの使用を要求できます。</translation>
	</message>
	<message>
		<source>page-would-like-to-use-camera</source>
		<translation>カメラの使用を許可しますか</translation>
	</message>
	<message>
		<source>page-camera-request-blocked</source>
		<translation>カメラが無効になっています。設定でカメラを許可してください。</translation>
	</message>
	<message>
		<source>nickname</source>
		<translation>ニックネーム</translation>
	</message>
	<message>
		<source>add-nickname</source>
		<translation>ニックネームを追加する（オプション）</translation>
	</message>
	<message>
		<source>nickname-description</source>
		<translation>ニックネームは、あなたが相手を識別しやすくするために使うものです。相手にはニックネームは知らされません。</translation>
	</message>
	<message>
		<source>accept</source>
		<translation>許可</translation>
	</message>
	<message>
		<source>group-invite</source>
		<translation>グループへの招待</translation>
	</message>
	<message>
		<source>group-invite-link</source>
		<translation>グループ招待リンク</translation>
	</message>
	<message>
		<source>pending-invitations</source>
		<translation>保留中のリクエスト</translation>
	</message>
	<message>
		<source>empty-pending-invitations-descr</source>
		<translation>招待リンクを見てグループ参加をリクエストした人がここに表示されます</translation>
	</message>
	<message>
		<source>introduce-yourself</source>
		<translation>簡単なメッセージで自己紹介</translation>
	</message>
	<message>
		<source>request-pending</source>
		<translation>リクエスト中...</translation>
	</message>
	<message>
		<source>membership-declined</source>
		<translation>グループへの参加が拒否されました</translation>
	</message>
	<message>
		<source>remove-group</source>
		<translation>グループを削除</translation>
	</message>
	<message>
		<source>request-membership</source>
		<translation>参加をリクエストする</translation>
	</message>
	<message>
		<source>membership-description</source>
		<translation>グループへの参加にはグループ管理者の承認が必要です</translation>
	</message>
	<message>
		<source>group-membership-request</source>
		<translation>グループへの参加を要求しています</translation>
	</message>
	<message>
		<source>members-limit-reached</source>
		<translation>メンバー数の上限に達しました</translation>
	</message>
	<message>
		<source>favourite</source>
		<translation>お気に入り</translation>
	</message>
	<message>
		<source>favourites</source>
		<translation>お気に入り</translation>
	</message>
	<message>
		<source>new-favourite</source>
		<translation>新しいお気に入り</translation>
	</message>
	<message>
		<source>edit-favourite</source>
		<translation>お気に入りを編集する</translation>
	</message>
	<message>
		<source>remove-favourite</source>
		<translation>お気に入りから削除する</translation>
	</message>
	<message>
		<source>add-favourite</source>
		<translation>お気に入りに追加する</translation>
	</message>
	<message>
		<source>add-to-favourites</source>
		<translation>お気に入りに追加</translation>
	</message>
	<message>
		<source>favourites-empty</source>
		<translation>お気に入りに追加したアドレスがここに表示されます</translation>
	</message>
	<message>
		<source>contacts-empty</source>
		<translation>連絡先のENS名がここに表示されます</translation>
	</message>
	<message>
		<source>my-accounts</source>
		<translation>アカウント</translation>
	</message>
	<message>
		<source>my-accounts-empty</source>
		<translation>利用可能なアカウントがここに表示されます</translation>
	</message>
	<message>
		<source>recent-empty</source>
		<translation>最近使用したアドレスがここに表示されます</translation>
	</message>
	<message>
		<source>address-or-ens-name</source>
		<translation>アドレスまたは ENS 名</translation>
	</message>
	<message>
		<source>name-optional</source>
		<translation>名前（オプション）</translation>
	</message>
	<message>
		<source>mute</source>
		<translation>ミュート</translation>
	</message>
	<message>
		<source>unmute</source>
		<translation>ミュート解除</translation>
	</message>
	<message>
		<source>scan-tokens</source>
		<translation>トークンをスキャンする</translation>
	</message>
	<message>
		<source>my-status</source>
		<translation>マイステータス</translation>
	</message>
	<message>
		<source>contacts-descr</source>
		<translation>連絡先がここに表示されます。連絡先に追加した人のステータスを受け取ります。</translation>
	</message>
	<message>
		<source>status-updates-descr</source>
		<translation>ステータスの更新情報がここに表示されます。連絡先から友達のプロフィールを追加して、タイムラインで更新情報を受け取りましょう。</translation>
	</message>
	<message>
		<source>whats-on-your-mind</source>
		<translation>いまどうしてる？</translation>
	</message>
	<message>
		<source>cant-open-public-chat</source>
		<translation>公開チャットを開くことができません</translation>
	</message>
	<message>
		<source>invalid-public-chat-topic</source>
		<translation>無効な公開チャットトピック</translation>
	</message>
	<message>
		<source>now</source>
		<translation>今</translation>
	</message>
	<message>
		<source>statuses-my-status-descr</source>
		<translation>いまの気分を共有しましょう。あなたのプロフィールを訪れた人は誰でもあなたのステータスを見ることができます。あなたを連絡先に追加した人は、あなたの更新情報を自分のタイムラインで受け取ります。</translation>
	</message>
	<message>
		<source>statuses-descr</source>
		<translation>今のあなたの気分を友達に共有しましょう。</translation>
	</message>
	<message>
		<source>new-status</source>
		<translation>新しいステータス</translation>
	</message>
	<message>
		<source>chat-link-previews</source>
		<translation>リンクプレビュー</translation>
	</message>
	<message>
		<source>you-can-choose-preview-websites</source>
		<translation>サイトごとにリンクのプレビューを有効にするかどうかを選択できます。</translation>
	</message>
	<message>
		<source>previewing-may-share-metadata</source>
		<translation>プレビューを有効にする場合、ウェブサイト所有者にあなたのメタデータが共有されます。</translation>
	</message>
	<message>
		<source>websites</source>
		<translation>ウェブサイト</translation>
	</message>
	<message>
		<source>enable-all</source>
		<translation>有効にする</translation>
	</message>
	<message>
		<source>disable-all</source>
		<translation>すべて無効にする</translation>
	</message>
	<message>
		<source>warning-sending-to-contract-descr</source>
		<translation>入力したアドレスはスマートコントラクトアドレスです。このアドレスに資産を送ると、資産が失われる可能性があります。DAppで操作するには、Status DAppブラウザでDAppを開きます。</translation>
	</message>
	<message>
		<source>dont-ask</source>
		<translation>このサイトでは許可しない</translation>
	</message>
	<message>
		<source>enable-link-previews</source>
		<translation>プレビューを有効にしますか？</translation>
	</message>
	<message>
		<source>once-enabled-share-metadata</source>
		<translation>プレビューを有効にした場合、ウェブサイト保有者にあなたのメタデータが共有されます。</translation>
	</message>
	<message>
		<source>external-storage-denied</source>
		<translation>外部ストレージへのアクセスが拒否されました</translation>
	</message>
	<message>
		<source>timeline</source>
		<translation>タイムライン</translation>
	</message>
	<message>
		<source>main-account</source>
		<translation>メインアカウント</translation>
	</message>
	<message>
		<source>ethereum-address</source>
		<translation>イーサリアムアドレス</translation>
	</message>
	<message>
		<source>default-assets</source>
		<translation>ERC20・ERC721トークン</translation>
	</message>
	<message>
		<source>increase-gas</source>
		<translation>手数料を追加</translation>
	</message>
	<message>
		<source>cancelling</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>refresh</source>
		<translation>更新</translation>
	</message>
	<message>
		<source>close-all</source>
		<translation>すべて閉じる</translation>
	</message>
	<message>
		<source>tabs</source>
		<translation>タブ</translation>
	</message>
	<message>
		<source>new-tab</source>
		<translation>新しいタブ</translation>
	</message>
	<message>
		<source>empty-tab</source>
		<translation>空のタブ</translation>
	</message>
	<message>
		<source>open-in-new-tab</source>
		<translation>新しいタブで開く</translation>
	</message>
	<message>
		<source>has-permissions</source>
		<translation>アクセスする権限があります</translation>
	</message>
	<message>
		<source>connect-wallet</source>
		<translation>ウォレットを接続する</translation>
	</message>
	<message>
		<source>open-chat</source>
		<translation>チャットを開く</translation>
	</message>
	<message>
		<source>favourite-description</source>
		<translation>お気に入りに追加したウェブサイトがここに表示されます</translation>
	</message>
	<message>
		<source>transfers-fetching-failure</source>
		<translation>送信履歴を更新できませんでした。通信状況を確認し、プルダウンして再試行してください</translation>
	</message>
	<message>
		<source>move-and-reset</source>
		<translation>移動してリセットする</translation>
	</message>
	<message>
		<source>move-keystore-file-to-keycard</source>
		<translation>キーストアファイルをKeycardに移しますか？</translation>
	</message>
	<message>
		<source>database-reset-title</source>
		<translation>データベースのリセット</translation>
	</message>
	<message>
		<source>database-reset-content</source>
		<translation>チャット、連絡先、設定が削除されました。Keycardでアカウントを利用できます。</translation>
	</message>
	<message>
		<source>database-reset-warning</source>
		<translation>データベースがリセットされます。チャット、連絡先、設定が削除されます。</translation>
	</message>
	<message>
		<source>empty-keycard-required</source>
		<translation>空のキーカードが必要です</translation>
	</message>
	<message>
		<source>current</source>
		<translation>現在</translation>
	</message>
	<message>
		<source>choose-storage</source>
		<translation>ストレージを選択する</translation>
	</message>
	<message>
		<source>choose-new-location-for-keystore</source>
		<translation>キーストアファイルの格納先を選択します</translation>
	</message>
	<message>
		<source>get-a-keycard</source>
		<translation>Keycardを購入</translation>
	</message>
	<message>
		<source>keycard-upsell-subtitle</source>
		<translation>さらなるセキュリティと使いやすさ</translation>
	</message>
	<message>
		<source>actions</source>
		<translation>アクション</translation>
	</message>
	<message>
		<source>move-keystore-file</source>
		<translation>キーストアファイルを移動する</translation>
	</message>
	<message>
		<source>select-new-location-for-keys</source>
		<translation>秘密鍵の格納先を選択します。</translation>
	</message>
	<message>
		<source>reset-database</source>
		<translation>データベースをリセットする</translation>
	</message>
	<message>
		<source>reset-database-warning</source>
		<translation>チャット、連絡先、設定を削除します。パスワードを紛失した時に必要な処理です。</translation>
	</message>
	<message>
		<source>reset-database-warning-keycard</source>
		<translation>チャット、連絡先、設定を削除します。</translation>
	</message>
	<message>
		<source>key-managment</source>
		<translation>鍵の管理</translation>
	</message>
	<message>
		<source>choose-actions</source>
		<translation>アクションを選択する</translation>
	</message>
	<message>
		<source>master-account</source>
		<translation>マスターアカウント</translation>
	</message>
	<message>
		<source>back-up</source>
		<translation>バックアップ</translation>
	</message>
	<message>
		<source>key-on-device</source>
		<translation>秘密鍵はこのデバイスに保存されています。</translation>
	</message>
	<message>
		<source>seed-key-uid-mismatch</source>
		<translation>シードが一致しません</translation>
	</message>
	<message>
		<source>seed-key-uid-mismatch-desc-1</source>
		<translation>入力したシードフレーズが{{multiaccount-name}}と一致しません。</translation>
	</message>
	<message>
		<source>seed-key-uid-mismatch-desc-2</source>
		<translation>このアカウントの鍵を管理するには、シードフレーズを確認してからもう一度お試しください。</translation>
	</message>
	<message>
		<source>recover-with-seed-phrase</source>
		<translation>シードフレーズで復元する</translation>
	</message>
	<message>
		<source>transfer-ma-unknown-error-desc-1</source>
		<translation>マルチアカウントが削除されていないようです。データベースがリセットされた可能性があります。</translation>
	</message>
	<message>
		<source>transfer-ma-unknown-error-desc-2</source>
		<translation>アカウント一覧をご確認の上、再度お試しください。アカウントが表示されていない場合は、シードフレーズを使用して既存の鍵で復元してください。</translation>
	</message>
	<message>
		<source>everyone</source>
		<translation>全員</translation>
	</message>
	<message>
		<source>show-profile-pictures</source>
		<translation>プロフィール写真の公開範囲</translation>
	</message>
	<message>
		<source>show-profile-pictures-to</source>
		<translation>プロフィール写真の公開範囲</translation>
	</message>
	<message>
		<source>non-archival-node</source>
		<translation>RPC エンドポイントはアーカイブリクエストをサポートしていません。ローカルの履歴が不完全な場合があります。</translation>
	</message>
	<message>
		<source>custom-node</source>
		<translation>カスタムRPCエンドポイントを使用しています。ローカルの転送履歴が不完全となる場合があります。</translation>
	</message>
	<message>
		<source>connection-status</source>
		<translation>接続状況</translation>
	</message>
	<message>
		<source>peer-to-peer</source>
		<translation>ピアツーピア</translation>
	</message>
	<message>
		<source>not-connected-to-peers</source>
		<translation>どのピアにも接続されていません</translation>
	</message>
	<message>
		<source>unable-to-send-messages</source>
		<translation>メッセージを送受信できません</translation>
	</message>
	<message>
		<source>can-send-messages</source>
		<translation>新しいメッセージを送受信できます</translation>
	</message>
	<message>
		<source>not-connected-nodes</source>
		<translation>Statusノードに接続されていません</translation>
	</message>
	<message>
		<source>unable-to-fetch</source>
		<translation>チャット履歴を取得できません</translation>
	</message>
	<message>
		<source>nodes-disabled</source>
		<translation>Statusノードが無効</translation>
	</message>
	<message>
		<source>waiting-wi-fi</source>
		<translation>Wi-Fiを探しています…</translation>
	</message>
	<message>
		<source>you-can-fetch</source>
		<translation>チャット履歴を取得できます</translation>
	</message>
	<message>
		<source>youre-on-mobile-network</source>
		<translation>モバイルネットワークを利用しています</translation>
	</message>
	<message>
		<source>status-mobile-descr</source>
		<translation>Statusはチャットの同期に大量のデータを使用します。モバイルネットワークに接続しているときは同期しないこともできます</translation>
	</message>
	<message>
		<source>restore-defaults</source>
		<translation>デフォルトに戻す</translation>
	</message>
	<message>
		<source>rpc-usage-info</source>
		<translation>RPCの使用状況の統計</translation>
	</message>
	<message>
		<source>rpc-usage-get-stats</source>
		<translation>更新</translation>
	</message>
	<message>
		<source>rpc-usage-reset</source>
		<translation>リセット</translation>
	</message>
	<message>
		<source>rpc-usage-filter</source>
		<translation>フィルター方法</translation>
	</message>
	<message>
		<source>rpc-usage-filter-methods</source>
		<translation>フィルター方法</translation>
	</message>
	<message>
		<source>rpc-usage-copy</source>
		<translation>コピー</translation>
	</message>
	<message>
		<source>rpc-usage-total</source>
		<translation>合計</translation>
	</message>
	<message>
		<source>rpc-usage-filtered-total</source>
		<translation>{{filtered-total}} of {{total}}</translation>
	</message>
	<message>
		<source>community-message-preview</source>
		<translation>{{community-name}}への招待状</translation>
	</message>
	<message>
		<source>non-contacts</source>
		<translation>連絡先なし</translation>
	</message>
	<message>
		<source>community</source>
		<translation>コミュニティ</translation>
	</message>
	<message>
		<source>verified-community</source>
		<translation>✓ 検証済みコミュニティ</translation>
	</message>
	<message>
		<source>community-info-not-found</source>
		<translation>コミュニティ情報が見つかりません</translation>
	</message>
	<message>
		<source>community-info</source>
		<translation>コミュニティ情報</translation>
	</message>
	<message>
		<source>not-found</source>
		<translation>Not found</translation>
	</message>
	<message>
		<source>activity</source>
		<translation>アクティビティ</translation>
	</message>
	<message>
		<source>reject-and-delete</source>
		<translation>拒否して削除する</translation>
	</message>
	<message>
		<source>accept-and-add</source>
		<translation>許可して追加する</translation>
	</message>
	<message>
		<source>one-day</source>
		<translation>1日</translation>
	</message>
	<message>
		<source>three-days</source>
		<translation>3日</translation>
	</message>
	<message>
		<source>one-week</source>
		<translation>1週間</translation>
	</message>
	<message>
		<source>one-month</source>
		<translation>1ヶ月</translation>
	</message>
	<message>
		<source>my-profile</source>
		<translation>マイプロフィール</translation>
	</message>
	<message>
		<source>bip39-password-placeholder</source>
		<translation>BIP39パスワード</translation>
	</message>
	<message>
		<source>public-channel</source>
		<translation>公開チャネル</translation>
	</message>
	<message>
		<source>default-sync-period</source>
		<translation>同期履歴 </translation>
	</message>
	<message>
		<source>what-is-shared</source>
		<translation>共有されるもの</translation>
	</message>
	<message>
		<source>view-data</source>
		<translation>データを見る</translation>
	</message>
	<message>
		<source>data-collected</source>
		<translation>収集されたデータ</translation>
	</message>
	<message>
		<source>data-collected-subtitle</source>
		<translation>下の表は、保存されているデータと送信されるデータの正確な内容を示しています。データは公的なルールに照らし合わせて検証され、機密データが送信されないようになっています。 &quot;Don&apos;t trust, verify.&quot;</translation>
	</message>
	<message>
		<source>view-rules</source>
		<translation>ルールを見る</translation>
	</message>
	<message>
		<source>expand-all</source>
		<translation>すべて展開</translation>
	</message>
	<message>
		<source>about-sharing-data</source>
		<translation>データの共有について</translation>
	</message>
	<message>
		<source>sharing-data-desc-1</source>
		<translation>データは公的なルールに照らし合わせて検証され、機密データが送信されないようになっています。 &quot;Don&apos;t trust, verify.&quot;</translation>
	</message>
	<message>
		<source>sharing-data-desc-2</source>
		<translation>使用状況データはエンドツーエンド暗号化され、Statusのピアツーピアネットワークを介して送信されます。</translation>
	</message>
	<message>
		<source>sharing-data-desc-3</source>
		<translation>通常のチャット キーの代わりに、使い捨てキーが用いられます。</translation>
	</message>
	<message>
		<source>sharing-data-desc-4</source>
		<translation>使用状況データがIPアドレスと関連付けられることはありません。</translation>
	</message>
	<message>
		<source>sharing-data-desc-5</source>
		<translation>すべてのユーザの累積データが公開されます</translation>
	</message>
	<message>
		<source>view-public-dashboard</source>
		<translation>公開ダッシュボードを表示</translation>
	</message>
	<message>
		<source>sharing-data-desc-6</source>
		<translation>データは送信後にこの電話から削除されます</translation>
	</message>
	<message>
		<source>allow-and-send</source>
		<translation>許可して送信</translation>
	</message>
	<message>
		<source>no-thanks</source>
		<translation>結構です</translation>
	</message>
	<message>
		<source>help-improve-status</source>
		<translation>Statusの改善にご協力ください</translation>
	</message>
	<message>
		<source>thank-you</source>
		<translation>Thank you</translation>
	</message>
	<message>
		<source>current-password</source>
		<translation>現在のパスワード</translation>
	</message>
	<message>
		<source>reset-password</source>
		<translation>パスワードをリセットする</translation>
	</message>
	<message>
		<source>password-reset-success</source>
		<translation>パスワードリセット完了</translation>
	</message>
	<message>
		<source>password-reset-success-message</source>
		<translation>再度サインインしてください</translation>
	</message>
	<message>
		<source>password-reset-in-progress</source>
		<translation>パスワードの変更...</translation>
	</message>
	<message>
		<source>new-password</source>
		<translation>新しいパスワード</translation>
	</message>
	<message>
		<source>confirm-new-password</source>
		<translation>新しいパスワードを再入力</translation>
	</message>
	<message>
		<source>password-mismatch</source>
		<translation>再入力したパスワードと一致しません</translation>
	</message>
	<message>
		<source>terms-of-service</source>
		<translation>利用規約</translation>
	</message>
	<message>
		<source>accept-status-tos-prefix</source>
		<translation>Statusを受け入れる</translation>
	</message>
	<message>
		<source>updates-to-tos</source>
		<translation>利用規約の更新</translation>
	</message>
	<message>
		<source>updates-to-tos-desc</source>
		<translation>続行する前に利用規約を確認し、アプリの使用方法について全責任を負うことを確認してください。</translation>
	</message>
	<message>
		<source>what-changed</source>
		<translation>変更点</translation>
	</message>
	<message>
		<source>wc-new-tos-based-on-principles-prefix</source>
		<translation>新しい利用規約は原則に基づいて設計されています</translation>
	</message>
	<message>
		<source>principles</source>
		<translation>原則</translation>
	</message>
	<message>
		<source>wc-how-to-use-status-app</source>
		<translation>プライバシーとセキュリティを含むStatusアプリの使い方</translation>
	</message>
	<message>
		<source>wc-brand-guide</source>
		<translation>商標やロゴなどのブランドの使用に関するガイダンス</translation>
	</message>
	<message>
		<source>wc-disclaimer</source>
		<translation>免責事項（サードパーティプロバイダを含む）、保証、法的リリース</translation>
	</message>
	<message>
		<source>wc-dispute</source>
		<translation>紛争解決規定</translation>
	</message>
	<message>
		<source>status-is-open-source</source>
		<translation>Statusはオープンソースです</translation>
	</message>
	<message>
		<source>build-yourself</source>
		<translation>利用規約への同意なしにアプリを利用するには、独自のバージョンを構築してお使いください</translation>
	</message>
	<message>
		<source>accept-and-continue</source>
		<translation>許可して続行</translation>
	</message>
	<message>
		<source>empty-activity-center</source>
		<translation>チャットの通知が
ここに表示されます</translation>
	</message>
	<message>
		<source>pinned-messages</source>
		<translation>ピン留めされたメッセージ</translation>
	</message>
	<message>
		<source>pin</source>
		<translation>ピン留め</translation>
	</message>
	<message>
		<source>unpin</source>
		<translation>ピン留めを解除</translation>
	</message>
	<message>
		<source>no-pinned-messages</source>
		<translation>ピン留めされたメッセージはありません</translation>
	</message>
	<message numerus="yes">
		<source>pinned-messages-count</source>
		<translation>
			<numerusform>ピン留めされたメッセージ</numerusform>
		</translation>
	</message>
	<message>
		<source>pinned-messages-empty</source>
		<translation>ピン留めされたメッセージがここに表示されます。メッセージを固定するには、メッセージを長押しし「ピン」をタップします。</translation>
	</message>
	<message>
		<source>pinned-by</source>
		<translation>Pinned by</translation>
	</message>
	<message>
		<source>pin-limit-reached</source>
		<translation>ピン数の上限に達しました。先に前のメッセージのピンを外してください。</translation>
	</message>
	<message>
		<source>max-fee</source>
		<translation>最大料金</translation>
	</message>
	<message>
		<source>max-priority-fee</source>
		<translation>最大優先料金</translation>
	</message>
	<message>
		<source>miners-higher-fee</source>
		<translation>手数料を高く設定することで、より早く取引が処理されます。</translation>
	</message>
	<message>
		<source>gas-amount-limit</source>
		<translation>ガス合計金額</translation>
	</message>
	<message>
		<source>per-gas-tip-limit</source>
		<translation>ガスあたりのチップ金額</translation>
	</message>
	<message>
		<source>per-gas-price-limit</source>
		<translation>ガスあたりの手数料</translation>
	</message>
	<message>
		<source>current-base-fee</source>
		<translation>現在の基本手数料</translation>
	</message>
	<message>
		<source>fee-explanation</source>
		<translation>トランザクションの最大の全体価格。ブロックの基本料金がこれを超える場合は、基本料金の低い次のブロックに含まれます。</translation>
	</message>
	<message>
		<source>slow</source>
		<translation>Slow</translation>
	</message>
	<message>
		<source>optimal</source>
		<translation>最適</translation>
	</message>
	<message>
		<source>fast</source>
		<translation>Fast</translation>
	</message>
	<message>
		<source>see-suggestions</source>
		<translation>推奨を見る</translation>
	</message>
	<message>
		<source>maximum-fee</source>
		<translation>最大料金</translation>
	</message>
	<message>
		<source>low-tip</source>
		<translation>チップが少なすぎます</translation>
	</message>
	<message>
		<source>lower-than-average-tip</source>
		<translation>平均チップを下回っています</translation>
	</message>
	<message>
		<source>below-base-fee</source>
		<translation>最大料金が基本料金を下回っています</translation>
	</message>
	<message>
		<source>reduced-tip</source>
		<translation>優先チップが削減されます</translation>
	</message>
	<message>
		<source>are-you-sure</source>
		<translation>間違いないですか？</translation>
	</message>
	<message>
		<source>bad-fees-description</source>
		<translation>優先料金が推奨値を下回っています。</translation>
	</message>
	<message>
		<source>change-tip</source>
		<translation>チップを変更</translation>
	</message>
	<message>
		<source>current-minimum-tip</source>
		<translation>現在の最小チップ</translation>
	</message>
	<message>
		<source>current-average-tip</source>
		<translation>現在の平均チップ</translation>
	</message>
	<message>
		<source>your-tip-limit</source>
		<translation>チップ設定値</translation>
	</message>
	<message>
		<source>your-price-limit</source>
		<translation>料金設定値</translation>
	</message>
	<message>
		<source>suggested-min-tip</source>
		<translation>推奨される最小チップ</translation>
	</message>
	<message>
		<source>suggested-price-limit</source>
		<translation>推奨金額</translation>
	</message>
	<message>
		<source>include</source>
		<translation>含む</translation>
	</message>
	<message>
		<source>category</source>
		<translation>カテゴリー</translation>
	</message>
	<message>
		<source>edit-chats</source>
		<translation>チャットを編集</translation>
	</message>
	<message>
		<source>edit-categories</source>
		<translation>カテゴリを編集する</translation>
	</message>
	<message>
		<source>hide</source>
		<translation>閉じる</translation>
	</message>
	<message>
		<source>account-is-used</source>
		<translation>アカウントはブラウザのDappsで使用されています。</translation>
	</message>
	<message>
		<source>normal</source>
		<translation>通常</translation>
	</message>
	<message>
		<source>never</source>
		<translation>閉じる</translation>
	</message>
	<message>
		<source>fee-options</source>
		<translation>推奨手数料オプション</translation>
	</message>
	<message>
		<source>fee-cap</source>
		<translation>手数料上限</translation>
	</message>
	<message>
		<source>tip-cap</source>
		<translation>チップ上限</translation>
	</message>
	<message>
		<source>collectibles-leak-metadata</source>
		<translation>ここにNFTを表示できます。その場合、あなたのウォレットとIPアドレスを共有することになります。</translation>
	</message>
	<message>
		<source>display-collectibles</source>
		<translation>コレクションを表示</translation>
	</message>
	<message>
		<source>disable-later-in-settings</source>
		<translation>これは後で設定画面で無効にできます</translation>
	</message>
	<message>
		<source>use-as-profile-picture</source>
		<translation>プロフィール画像として使う</translation>
	</message>
	<message>
		<source>view-on-opensea</source>
		<translation>OpenSeaで見る</translation>
	</message>
	<message>
		<source>profile-picture-updated</source>
		<translation>プロフィール画像が更新されました</translation>
	</message>
	<message>
		<source>status-automatic</source>
		<translation>自動</translation>
	</message>
	<message>
		<source>status-automatic-subtitle</source>
		<translation>ステータスの自動設定</translation>
	</message>
	<message>
		<source>status-dnd</source>
		<translation>退席中</translation>
	</message>
	<message>
		<source>status-dnd-subtitle</source>
		<translation>すべての通知をミュートする</translation>
	</message>
	<message>
		<source>status-always-online</source>
		<translation>常にオンライン</translation>
	</message>
	<message>
		<source>status-inactive</source>
		<translation>非表示</translation>
	</message>
	<message>
		<source>status-inactive-subtitle</source>
		<translation>オンラインのステータスを非表示にする</translation>
	</message>
	<message>
		<source>two-minutes</source>
		<translation>2分</translation>
	</message>
	<message>
		<source>swap</source>
		<translation>スワップ</translation>
	</message>
	<message>
		<source>select-token-to-swap</source>
		<translation>スワップするトークンを選択</translation>
	</message>
	<message>
		<source>select-token-to-receive</source>
		<translation>受け取るトークンを選択</translation>
	</message>
	<message>
		<source>minimum-received</source>
		<translation>最低受取額</translation>
	</message>
	<message>
		<source>powered-by-paraswap</source>
		<translation>Powered by Paraswap</translation>
	</message>
	<message>
		<source>priority</source>
		<translation>プライオリティ</translation>
	</message>
	<message>
		<source>switch-to-simple-interface</source>
		<translation>シンプルなインターフェースに切替</translation>
	</message>
	<message>
		<source>transaction-fee</source>
		<translation>トランザクション手数料</translation>
	</message>
	<message>
		<source>swap-details</source>
		<translation>スワップ内容</translation>
	</message>
	<message>
		<source>slippage</source>
		<translation>スリッページ</translation>
	</message>
	<message>
		<source>price-impact</source>
		<translation>価格への影響</translation>
	</message>
	<message>
		<source>total-gas</source>
		<translation>ガス合計</translation>
	</message>
	<message>
		<source>token</source>
		<translation>トークン</translation>
	</message>
	<message>
		<source>approve-limit</source>
		<translation>限度額の承認</translation>
	</message>
	<message>
		<source>approve-token</source>
		<translation>トークンを承認</translation>
	</message>
	<message>
		<source>approve-token-contract-desc</source>
		<translation>トークンを承認することにより、そのコントラクトはあなたのトークン残高を使用できるようになります。疑わしい場合には、トークンを承認しないか、使う分だけを承認するようにしましょう。</translation>
	</message>
	<message>
		<source>unlimited</source>
		<translation>無制限</translation>
	</message>
	<message>
		<source>approve</source>
		<translation>承認する</translation>
	</message>
	<message>
		<source>limit</source>
		<translation>限度額</translation>
	</message>
	<message>
		<source>last-transaction</source>
		<translation>最後のトランザクション</translation>
	</message>
	<message>
		<source>price-impact-desc</source>
		<translation>この取引による推定価格影響額。現在のブロックの基本料金がこれを上回る場合、取引はより低い基本料金の次のブロックに含まれます。</translation>
	</message>
	<message>
		<source>safe-estimate</source>
		<translation>安全な見積</translation>
	</message>
	<message>
		<source>current-average</source>
		<translation>現在の平均</translation>
	</message>
	<message>
		<source>current-base</source>
		<translation>現在の基本料金</translation>
	</message>
	<message>
		<source>maximum-fee-desc</source>
		<translation>トランザクション全体の最大料金です。現在のブロックの基本料金がこれを超えた場合、取引は低い基本料金で次のブロックに含まれます。</translation>
	</message>
	<message>
		<source>insufficient-balance-to-cover-fee</source>
		<translation>トランザクション手数料を補う残高がありません</translation>
	</message>
	<message>
		<source>wallet-connect-proposal-title</source>
		<translation>ウォレットを接続しますか</translation>
	</message>
	<message>
		<source>wallet-connect-proposal-description</source>
		<translation>接続すると{{name}}があなたのアドレスを取得してWeb3を有効にすることを許可します</translation>
	</message>
	<message>
		<source>wallet-connect-app-connected</source>
		<translation>接続済み</translation>
	</message>
	<message>
		<source>wallet-connect-go-back</source>
		<translation>ブラウザまたはdappに戻る</translation>
	</message>
	<message>
		<source>wallet-connect-2.0</source>
		<translation>Wallet Connect 2.0</translation>
	</message>
	<message>
		<source>wallet-connect</source>
		<translation>Wallet Connect</translation>
	</message>
	<message>
		<source>reject</source>
		<translation>拒否</translation>
	</message>
	<message>
		<source>manage-connections</source>
		<translation>アプリケーションの接続を管理する</translation>
	</message>
	<message>
		<source>wallet-manage-app-connections</source>
		<translation>接続を管理する</translation>
	</message>
	<message>
		<source>connection-request</source>
		<translation>接続要求</translation>
	</message>
	<message>
		<source>disconnect</source>
		<translation>接続解除</translation>
	</message>
	<message>
		<source>new-ui</source>
		<translation>新しいUI</translation>
	</message>
	<message>
		<source>send-contact-request-message</source>
		<translation>チャットを開始するには友だち追加する必要があります</translation>
	</message>
	<message>
		<source>contact-request</source>
		<translation>友だちリクエスト</translation>
	</message>
	<message>
		<source>say-hi</source>
		<translation>挨拶しよう</translation>
	</message>
	<message>
		<source>accepted</source>
		<translation>追加されました</translation>
	</message>
	<message>
		<source>declined</source>
		<translation>却下されました</translation>
	</message>
	<message>
		<source>contact-request-header</source>
		<translation>👋 友だちリクエスト</translation>
	</message>
	<message>
		<source>contact-request-declined</source>
		<translation>却下されました ⓧ</translation>
	</message>
	<message>
		<source>contact-request-accepted</source>
		<translation>追加されました ✓</translation>
	</message>
	<message>
		<source>contact-request-pending</source>
		<translation>依頼中...</translation>
	</message>
	<message>
		<source>removed-from-contacts</source>
		<translation>友だちから削除されました</translation>
	</message>
	<message>
		<source>mutual-contact-requests</source>
		<translation>友だちリクエスト</translation>
	</message>
	<message>
		<source>negative</source>
		<translation>ネガティブ</translation>
	</message>
	<message>
		<source>positive</source>
		<translation>ポジティブ</translation>
	</message>
	<message>
		<source>Please enter a URL</source>
		<translation>URLを入力してください</translation>
	</message>
	<message>
		<source>This fields needs to be a valid URL</source>
		<translation>このフィールドは有効なURLである必要があります。</translation>
	</message>
	<message>
		<source>Please enter a Name</source>
		<translation>名前を入力してください</translation>
	</message>
	<message>
		<source>Favorite added</source>
		<translation>お気に入りを追加しました</translation>
	</message>
	<message>
		<source>Edit</source>
		<translation>編集</translation>
	</message>
	<message>
		<source>Add favorite</source>
		<translation>お気に入りを追加</translation>
	</message>
	<message>
		<source>URL</source>
		<translation>URL</translation>
	</message>
	<message>
		<source>Paste URL</source>
		<translation>URLを貼り付け</translation>
	</message>
	<message>
		<source>Name</source>
		<translation>名前</translation>
	</message>
	<message>
		<source>Name the website</source>
		<translation>ウェブサイトに名前を付ける</translation>
	</message>
	<message>
		<source>Remove</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>Done</source>
		<translation>完了</translation>
	</message>
	<message>
		<source>Add</source>
		<translation>追加</translation>
	</message>
	<message>
		<source>&apos;%1&apos; would like to connect to</source>
		<translation>&apos;%1&apos; が接続を要求しています </translation>
	</message>
	<message>
		<source>Allowing authorizes this DApp to retrieve your wallet address and enable Web3</source>
		<translation>アクセスを許可すると、このDAppはあなたのウォレットアドレスを取得し、Web3を有効にします。</translation>
	</message>
	<message>
		<source>Granting access authorizes this DApp to retrieve your chat key</source>
		<translation>アクセスを許可すると、このDAppはあなたのチャットキーを取得します。</translation>
	</message>
	<message>
		<source>Deny</source>
		<translation>拒否</translation>
	</message>
	<message>
		<source>Allow</source>
		<translation>許可</translation>
	</message>
	<message>
		<source>Enter URL</source>
		<translation>URLを入力</translation>
	</message>
	<message>
		<source>Error sending the transaction</source>
		<translation>トランザクションの送信エラー</translation>
	</message>
	<message>
		<source>Error signing message</source>
		<translation>メッセージ署名中のエラー</translation>
	</message>
	<message>
		<source>Transaction pending...</source>
		<translation>トランザクション処理中</translation>
	</message>
	<message>
		<source>Wrong password</source>
		<translation>パスワードが間違っています</translation>
	</message>
	<message>
		<source>Start Page</source>
		<translation>スタートページ</translation>
	</message>
	<message>
		<source>New Tab</source>
		<translation>新しいタブ</translation>
	</message>
	<message>
		<source>Downloads Page</source>
		<translation>ダウンロードページ</translation>
	</message>
	<message>
		<source>Server&apos;s certificate not trusted</source>
		<translation>サーバ証明書が信頼されていません</translation>
	</message>
	<message>
		<source>Do you wish to continue?</source>
		<translation>続行しますか？</translation>
	</message>
	<message>
		<source>If you wish so, you may continue with an unverified certificate. Accepting an unverified certificate means you may not be connected with the host you tried to connect to.
Do you wish to override the security check and continue?</source>
		<translation>必要に応じて、未確認の証明書を続行できます。未確認の証明書を受け入れると、接続しようとしたホストに接続できない可能性があります。
セキュリティチェックを上書きして続行しますか？</translation>
	</message>
	<message>
		<source>Exit Incognito mode</source>
		<translation>匿名モードを終了します</translation>
	</message>
	<message>
		<source>Go Incognito</source>
		<translation>匿名で行く</translation>
	</message>
	<message>
		<source>Zoom In</source>
		<translation>ズームイン</translation>
	</message>
	<message>
		<source>Zoom Out</source>
		<translation>ズームアウト</translation>
	</message>
	<message>
		<source>Find</source>
		<translation>見つける</translation>
	</message>
	<message>
		<source>Compatibility mode</source>
		<translation>互換モード</translation>
	</message>
	<message>
		<source>Developer Tools</source>
		<translation>開発者ツール</translation>
	</message>
	<message>
		<source>Settings</source>
		<translation>設定</translation>
	</message>
	<message>
		<source>Mainnet</source>
		<translation>メインネット</translation>
	</message>
	<message>
		<source>Ropsten</source>
		<translation>Ropsten</translation>
	</message>
	<message>
		<source>Unknown</source>
		<translation>不明</translation>
	</message>
	<message>
		<source>Disconnect</source>
		<translation>接続解除</translation>
	</message>
	<message>
		<source>Assets</source>
		<translation>アセット</translation>
	</message>
	<message>
		<source>History</source>
		<translation>履歴</translation>
	</message>
	<message>
		<source>Show All</source>
		<translation>すべて表示</translation>
	</message>
	<message>
		<source>Cancelled</source>
		<translation>キャンセルされました</translation>
	</message>
	<message>
		<source>Paused</source>
		<translation>一時停止中</translation>
	</message>
	<message>
		<source>Open</source>
		<translation>開く</translation>
	</message>
	<message>
		<source>Show in folder</source>
		<translation>フォルダで表示</translation>
	</message>
	<message>
		<source>Pause</source>
		<translation>一時停止</translation>
	</message>
	<message>
		<source>Resume</source>
		<translation>再開する</translation>
	</message>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Downloaded files will appear here.</source>
		<translation>ダウンロードしたファイルがここに表示されます。</translation>
	</message>
	<message>
		<source>Open in new Tab</source>
		<translation>新しいタブで開く</translation>
	</message>
	<message>
		<source>Ok</source>
		<translation>OK</translation>
	</message>
	<message>
		<source>Signature request</source>
		<translation>署名リクエスト</translation>
	</message>
	<message>
		<source>From</source>
		<translation>From</translation>
	</message>
	<message>
		<source>Data</source>
		<translation>データ</translation>
	</message>
	<message>
		<source>Message</source>
		<translation>メッセージ</translation>
	</message>
	<message>
		<source>Reject</source>
		<translation>拒否</translation>
	</message>
	<message>
		<source>Sign</source>
		<translation>署名</translation>
	</message>
	<message>
		<source>Sign with password</source>
		<translation>パスワードで署名する</translation>
	</message>
	<message>
		<source>Contact request pending</source>
		<translation>友だちリクエスト保留中</translation>
	</message>
	<message>
		<source>Connected</source>
		<translation>接続済み</translation>
	</message>
	<message>
		<source>Disconnected</source>
		<translation>切断されました</translation>
	</message>
	<message>
		<source>This user has been blocked.</source>
		<translation>このユーザはブロックされています。</translation>
	</message>
	<message>
		<source>Type a message.</source>
		<translation>メッセージを入力</translation>
	</message>
	<message>
		<source>Send</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>Request Address</source>
		<translation>アドレスを要求する</translation>
	</message>
	<message>
		<source>Request</source>
		<translation>リクエスト</translation>
	</message>
	<message>
		<source>Transaction pending</source>
		<translation>トランザクション保留中</translation>
	</message>
	<message>
		<source>Continue</source>
		<translation>続行する</translation>
	</message>
	<message>
		<source>Receive on account</source>
		<translation>アカウントで受け取る</translation>
	</message>
	<message>
		<source>From account</source>
		<translation>送信元アカウント</translation>
	</message>
	<message>
		<source>Address request required</source>
		<translation>アドレスリクエストが必要です</translation>
	</message>
	<message>
		<source>To</source>
		<translation>To</translation>
	</message>
	<message>
		<source>Preview</source>
		<translation>プレビュー</translation>
	</message>
	<message>
		<source>Transaction preview</source>
		<translation>トランザクションプレビュー</translation>
	</message>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
	<message>
		<source>Invalid transaction parameters</source>
		<translation>無効なトランザクションパラメータ</translation>
	</message>
	<message>
		<source>Authorize %1 %2</source>
		<translation>%1 %2 を承認する</translation>
	</message>
	<message>
		<source>Choose account</source>
		<translation>アカウントを選択</translation>
	</message>
	<message>
		<source>Network fee</source>
		<translation>ネットワーク手数料</translation>
	</message>
	<message>
		<source>Error estimating gas: %1</source>
		<translation>ガスの見積エラー: %1</translation>
	</message>
	<message>
		<source>Send %1 %2</source>
		<translation>%1 %2 を送信する</translation>
	</message>
	<message>
		<source>Image</source>
		<translation>画像</translation>
	</message>
	<message>
		<source>Sticker</source>
		<translation>ステッカー</translation>
	</message>
	<message>
		<source>You have a new message</source>
		<translation>新しいメッセージがあります</translation>
	</message>
	<message>
		<source>You have been accepted into the ‘%1’ community</source>
		<translation>&apos;%1&apos; コミュニティに受け入れられました</translation>
	</message>
	<message>
		<source>Your request to join the ‘%1’ community was declined</source>
		<translation>&apos;%1&apos; コミュニティへの参加リクエストが拒否されました</translation>
	</message>
	<message>
		<source>New membership request</source>
		<translation>新規入会リクエスト</translation>
	</message>
	<message>
		<source>%1 asks to join ‘%2’</source>
		<translation>%1 が &apos;%2&apos; への参加を要求しています</translation>
	</message>
	<message>
		<source>Failed to send message.</source>
		<translation>メッセージの送信に失敗しました。</translation>
	</message>
	<message>
		<source>Share your chat key</source>
		<translation>チャットキーを共有する</translation>
	</message>
	<message>
		<source>friends to start messaging in Status</source>
		<translation>Statusでメッセージを開始する友達</translation>
	</message>
	<message>
		<source>↓ Fetch more messages</source>
		<translation>↓もっとメッセージを取得する</translation>
	</message>
	<message>
		<source>before %1</source>
		<translation>%1 より前</translation>
	</message>
	<message>
		<source>Welcome to the beginning of the &lt;span style=&apos;color: %1&apos;&gt;%2&lt;/span&gt; group!</source>
		<translation>&lt;span style=&apos;color: %1&apos;&gt;%2&lt;/span&gt;グループへようこそ！</translation>
	</message>
	<message>
		<source>Any messages you send here are encrypted and can only be read by you and &lt;span style=&apos;color: %1&apos;&gt;%2&lt;/span&gt;</source>
		<translation>ここで送信されるあらゆるメッセージは暗号化され、あなたと&lt;span style=&apos;color: %1&apos;&gt;%2&lt;/span&gt;以外の人が読むことはできません</translation>
	</message>
	<message>
		<source>Join chat</source>
		<translation>チャットに参加</translation>
	</message>
	<message>
		<source>Decline invitation</source>
		<translation>招待を辞退する</translation>
	</message>
	<message>
		<source>Add reaction</source>
		<translation>リアクションを追加</translation>
	</message>
	<message>
		<source>Reply</source>
		<translation>返信</translation>
	</message>
	<message>
		<source>More</source>
		<translation>もっと見る</translation>
	</message>
	<message>
		<source>Today</source>
		<translation>今日</translation>
	</message>
	<message>
		<source>Yesterday</source>
		<translation>昨日</translation>
	</message>
	<message>
		<source>January</source>
		<translation>1月</translation>
	</message>
	<message>
		<source>February</source>
		<translation>2月</translation>
	</message>
	<message>
		<source>March</source>
		<translation>3月</translation>
	</message>
	<message>
		<source>April</source>
		<translation>4月</translation>
	</message>
	<message>
		<source>May</source>
		<translation>5月</translation>
	</message>
	<message>
		<source>June</source>
		<translation>6月</translation>
	</message>
	<message>
		<source>July</source>
		<translation>7月</translation>
	</message>
	<message>
		<source>August</source>
		<translation>8月</translation>
	</message>
	<message>
		<source>September</source>
		<translation>9月</translation>
	</message>
	<message>
		<source>October</source>
		<translation>10月</translation>
	</message>
	<message>
		<source>November</source>
		<translation>11月</translation>
	</message>
	<message>
		<source>December</source>
		<translation>12月</translation>
	</message>
	<message>
		<source> and </source>
		<translation>と</translation>
	</message>
	<message>
		<source>%1 more</source>
		<translation>%1 もっと見る</translation>
	</message>
	<message>
		<source> reacted with </source>
		<translation>がリアクションしました</translation>
	</message>
	<message>
		<source>Error loading the image</source>
		<translation>画像読み込みエラー</translation>
	</message>
	<message>
		<source>Loading image...</source>
		<translation>画像を読み込んでいます...</translation>
	</message>
	<message>
		<source>This feature is experimental and is meant for testing purposes by core contributors and the community. It&apos;s not meant for real use and makes no claims of security or integrity of funds or data. Use at your own risk.</source>
		<translation>この機能は実験的なものであり、コアコントリビュータとコミュニティのテスト目的のためのものです。実際の利用を目的としたものではなく、資金やデータの安全性や完全性を保証するものではありません。ご自身の責任においてご利用ください。</translation>
	</message>
	<message>
		<source>Membership requires an ENS username</source>
		<translation>会員資格にはENSのユーザ名が必要です</translation>
	</message>
	<message>
		<source>You need to be invited</source>
		<translation>招待を受ける必要があります</translation>
	</message>
	<message>
		<source>Request Access</source>
		<translation>アクセスリクエスト</translation>
	</message>
	<message>
		<source>Verified community invitation</source>
		<translation>コミュニティへの招待を確認</translation>
	</message>
	<message>
		<source>Community invitation</source>
		<translation>コミュニティへの招待</translation>
	</message>
	<message>
		<source>You invited %1 to join a community</source>
		<translation>%1 をコミュニティに招待しました</translation>
	</message>
	<message>
		<source>%1 invited you to join a community</source>
		<translation>%1 があなたをコミュニティに招待しました</translation>
	</message>
	<message>
		<source>You shared a community</source>
		<translation>コミュニティを共有しました</translation>
	</message>
	<message>
		<source>A community has been shared</source>
		<translation>コミュニティが共有されました</translation>
	</message>
	<message>
		<source>Unsupported state</source>
		<translation>サポートされていない状態</translation>
	</message>
	<message>
		<source>%1 members</source>
		<translation>%1 メンバー</translation>
	</message>
	<message>
		<source>Joined</source>
		<translation>参加しました</translation>
	</message>
	<message>
		<source>Join</source>
		<translation>参加する</translation>
	</message>
	<message>
		<source>Enable automatic image unfurling</source>
		<translation>画像の自動展開を有効にする</translation>
	</message>
	<message>
		<source>Enable link previews in chat?</source>
		<translation>プレビューを有効にしますか？</translation>
	</message>
	<message>
		<source>Once enabled, links posted in the chat may share your metadata with their owners</source>
		<translation>有効にした場合、サイト保有者にあなたのメタデータが共有されます。</translation>
	</message>
	<message>
		<source>Enable in Settings</source>
		<translation>設定で有効にする</translation>
	</message>
	<message>
		<source>Don&apos;t ask me again</source>
		<translation>このサイトでは許可しない</translation>
	</message>
	<message>
		<source>Resend</source>
		<translation>再送信</translation>
	</message>
	<message>
		<source>Transaction request</source>
		<translation>トランザクションの要求</translation>
	</message>
	<message>
		<source>↑ Outgoing transaction</source>
		<translation>↑ 送信トランザクション</translation>
	</message>
	<message>
		<source>↓ Incoming transaction</source>
		<translation>↓着信トランザクション</translation>
	</message>
	<message>
		<source>Something has gone wrong</source>
		<translation>うまくいきませんでした</translation>
	</message>
	<message>
		<source>Accept and share address</source>
		<translation>許可してアドレスを共有する</translation>
	</message>
	<message>
		<source>Accept and send</source>
		<translation>許可して送る</translation>
	</message>
	<message>
		<source>Decline</source>
		<translation>拒否</translation>
	</message>
	<message>
		<source>Select account</source>
		<translation>アカウントを選択</translation>
	</message>
	<message>
		<source>Choose accountSelect account to share and receive assets</source>
		<translation>受け取るためのアカウントを選択して共有します。</translation>
	</message>
	<message>
		<source>Confirm and share address</source>
		<translation>確認してアドレスを共有する</translation>
	</message>
	<message>
		<source>Sign and send</source>
		<translation>署名して送信</translation>
	</message>
	<message>
		<source>Pending</source>
		<translation>ペンディング</translation>
	</message>
	<message>
		<source>Confirmed</source>
		<translation>承認済み</translation>
	</message>
	<message>
		<source>Unknown token</source>
		<translation>不明なトークン</translation>
	</message>
	<message>
		<source>Address requested</source>
		<translation>アドレスがリクエストされました</translation>
	</message>
	<message>
		<source>Waiting to accept</source>
		<translation>受け入れるのを待っています</translation>
	</message>
	<message>
		<source>Address shared</source>
		<translation>アドレスが共有されました</translation>
	</message>
	<message>
		<source>Address received</source>
		<translation>送金できます</translation>
	</message>
	<message>
		<source>Transaction declined</source>
		<translation>トランザクションが失敗しました</translation>
	</message>
	<message>
		<source>failure</source>
		<translation>失敗</translation>
	</message>
	<message>
		<source>Unknown state</source>
		<translation>不明な状態</translation>
	</message>
	<message>
		<source>Group Information</source>
		<translation>グループ情報</translation>
	</message>
	<message>
		<source>Clear history</source>
		<translation>履歴を消去</translation>
	</message>
	<message>
		<source>Leave group</source>
		<translation>グループを退出</translation>
	</message>
	<message>
		<source>Are you sure you want to leave this chat?</source>
		<translation>本当にこのチャットから退出しますか？</translation>
	</message>
	<message>
		<source>Remove contact</source>
		<translation>連絡先から削除</translation>
	</message>
	<message>
		<source>Are you sure you want to remove this contact?</source>
		<translation>この連絡先を削除しますか？</translation>
	</message>
	<message>
		<source>Communities</source>
		<translation>コミュニティ</translation>
	</message>
	<message>
		<source>Search for communities or topics</source>
		<translation>コミュニティやトピックを検索する</translation>
	</message>
	<message>
		<source>1 member</source>
		<translation>1 メンバー</translation>
	</message>
	<message>
		<source>Import a community</source>
		<translation>コミュニティをインポートする</translation>
	</message>
	<message>
		<source>Create a community</source>
		<translation>コミュニティを作成する</translation>
	</message>
	<message>
		<source>Public community</source>
		<translation>公開コミュニティ</translation>
	</message>
	<message>
		<source>Invitation only community</source>
		<translation>招待制コミュニティ</translation>
	</message>
	<message>
		<source>On request community</source>
		<translation>リクエスト型コミュニティ</translation>
	</message>
	<message>
		<source>Unknown community</source>
		<translation>不明なコミュニティ</translation>
	</message>
	<message>
		<source> - ENS only</source>
		<translation>- ENSのみ</translation>
	</message>
	<message>
		<source>Chats</source>
		<translation>チャット</translation>
	</message>
	<message>
		<source>Join ‘%1’</source>
		<translation>&apos;%1&apos; に参加</translation>
	</message>
	<message>
		<source>Request to join ‘%1’</source>
		<translation>&apos;%1&apos; への参加リクエスト</translation>
	</message>
	<message>
		<source>Error joining the community</source>
		<translation>コミュニティへの参加中にエラーが発生しました</translation>
	</message>
	<message>
		<source>No search results in Communities</source>
		<translation>コミュニティで検索結果はありませんでした</translation>
	</message>
	<message>
		<source>Members</source>
		<translation>メンバー</translation>
	</message>
	<message>
		<source>Create category</source>
		<translation>カテゴリーを作成</translation>
	</message>
	<message>
		<source>Invite People</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>Membership requests</source>
		<translation>参加リクエスト</translation>
	</message>
	<message>
		<source>Edit category</source>
		<translation>カテゴリを編集</translation>
	</message>
	<message>
		<source>Delete category</source>
		<translation>カテゴリを削除</translation>
	</message>
	<message>
		<source>Delete %1 category</source>
		<translation>%1 カテゴリを削除</translation>
	</message>
	<message>
		<source>Are you sure you want to delete %1 category? Channels inside the category won’t be deleted.</source>
		<translation>%1 カテゴリを削除してもよろしいですか？カテゴリ内のチャンネルは削除されません。</translation>
	</message>
	<message>
		<source>Error deleting the category</source>
		<translation>カテゴリの削除中にエラーが発生しました</translation>
	</message>
	<message>
		<source>View Profile</source>
		<translation>プロフィールを表示</translation>
	</message>
	<message>
		<source>Roles</source>
		<translation>役割</translation>
	</message>
	<message>
		<source>Kick</source>
		<translation>キック</translation>
	</message>
	<message>
		<source>Ban</source>
		<translation>BAN</translation>
	</message>
	<message>
		<source>Transfer ownership</source>
		<translation>所有権を譲渡する</translation>
	</message>
	<message>
		<source>Invite successfully sent</source>
		<translation>送信に成功した招待</translation>
	</message>
	<message>
		<source>Share community</source>
		<translation>コミュニティを共有する</translation>
	</message>
	<message>
		<source>Notifications</source>
		<translation>通知</translation>
	</message>
	<message>
		<source>Edit community</source>
		<translation>コミュニティを編集する</translation>
	</message>
	<message>
		<source>Export community</source>
		<translation>コミュニティをエクスポート</translation>
	</message>
	<message>
		<source>Create channel</source>
		<translation>チャネルを作成する</translation>
	</message>
	<message>
		<source>Leave community</source>
		<translation>コミュニティから退出する</translation>
	</message>
	<message>
		<source>Delete</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>Welcome to your community!</source>
		<translation>あなたのコミュニティへようこそ！</translation>
	</message>
	<message>
		<source>Add members</source>
		<translation>メンバーを追加</translation>
	</message>
	<message>
		<source>Manage community</source>
		<translation>コミュニティを管理する</translation>
	</message>
	<message>
		<source>You need to enter a name</source>
		<translation>名前を入力する必要があります</translation>
	</message>
	<message>
		<source>Please restrict your name to letters, numbers, dashes and spaces</source>
		<translation>名前はアルファベット、数字、ダッシュ、スペースに限定してください</translation>
	</message>
	<message>
		<source>Your name needs to be 100 characters or shorter</source>
		<translation>名前は 100 文字以下にする必要があります。</translation>
	</message>
	<message>
		<source>New channel</source>
		<translation>新規チャネル</translation>
	</message>
	<message>
		<source>Edit #%1</source>
		<translation>#%1 を編集</translation>
	</message>
	<message>
		<source>channel name</source>
		<translation>チャネル名</translation>
	</message>
	<message>
		<source>channel decription</source>
		<translation>チャネルの説明</translation>
	</message>
	<message>
		<source>Channel name</source>
		<translation>チャネル名</translation>
	</message>
	<message>
		<source>Describe the channel</source>
		<translation>チャネルについて説明する</translation>
	</message>
	<message>
		<source>Pinned messages</source>
		<translation>ピン留めされたメッセージ</translation>
	</message>
	<message>
		<source>A cool name</source>
		<translation>かっこいい名前</translation>
	</message>
	<message>
		<source>channel description</source>
		<translation>チャネルの説明</translation>
	</message>
	<message>
		<source>What your channel is about</source>
		<translation>どのようなチャネルですか</translation>
	</message>
	<message>
		<source>The description cannot exceed %1 characters</source>
		<translation>説明文は %1 文字を超えることはできません</translation>
	</message>
	<message>
		<source>Private channel</source>
		<translation>プライベートチャネル</translation>
	</message>
	<message>
		<source>By making a channel private, only members with selected permission will be able to access it</source>
		<translation>チャネルを非公開にすることで、選択した権限を持つメンバーのみがそのチャネルにアクセスできるようになります</translation>
	</message>
	<message>
		<source>category name</source>
		<translation>カテゴリー名</translation>
	</message>
	<message>
		<source>New category</source>
		<translation>新規カテゴリー</translation>
	</message>
	<message>
		<source>Category title</source>
		<translation>カテゴリのタイトル</translation>
	</message>
	<message>
		<source>Channels</source>
		<translation>チャネル</translation>
	</message>
	<message>
		<source>Create</source>
		<translation>作成</translation>
	</message>
	<message>
		<source>Error editing the category</source>
		<translation>カテゴリの編集中にエラーが発生しました</translation>
	</message>
	<message>
		<source>Error creating the category</source>
		<translation>カテゴリの作成中にエラーが発生しました</translation>
	</message>
	<message>
		<source>Error creating the community</source>
		<translation>コミュニティ作成中にエラーが発生しました</translation>
	</message>
	<message>
		<source>You need to select an image</source>
		<translation>画像を選択する必要があります</translation>
	</message>
	<message>
		<source>You need to enter a color</source>
		<translation>カラーを入力してください</translation>
	</message>
	<message>
		<source>This field needs to be an hexadecimal color (eg: #4360DF)</source>
		<translation>16進数で色指定（例：#4360DF）をする必要があります。</translation>
	</message>
	<message>
		<source>New community</source>
		<translation>新規コミュニティ</translation>
	</message>
	<message>
		<source>Name your community</source>
		<translation>コミュニティ名</translation>
	</message>
	<message>
		<source>A catchy name</source>
		<translation>キャッチーな名前</translation>
	</message>
	<message>
		<source>Give it a short description</source>
		<translation>簡単な説明を加えてください</translation>
	</message>
	<message>
		<source>What your community is about</source>
		<translation>どのようなコミュニティですか</translation>
	</message>
	<message>
		<source>The description cannot exceed 140 characters</source>
		<translation>説明は140文字を超えることはできません</translation>
	</message>
	<message>
		<source>community name</source>
		<translation>コミュニティ名</translation>
	</message>
	<message>
		<source>community decription</source>
		<translation>コミュニティの説明</translation>
	</message>
	<message>
		<source>Thumbnail image</source>
		<translation>アイコン画像</translation>
	</message>
	<message>
		<source>Please choose an image</source>
		<translation>画像を選択してください</translation>
	</message>
	<message>
		<source>Image files (*.jpg *.jpeg *.png)</source>
		<translation>画像ファイル (*.jpg *.jpeg *.png)</translation>
	</message>
	<message>
		<source>Upload</source>
		<translation>アップロード</translation>
	</message>
	<message>
		<source>Community colour</source>
		<translation>コミュニティカラー</translation>
	</message>
	<message>
		<source>Pick a color</source>
		<translation>カラーを選ぶ</translation>
	</message>
	<message>
		<source>Please choose a color</source>
		<translation>カラーを選択してください</translation>
	</message>
	<message>
		<source>Membership requirement</source>
		<translation>メンバー参加条件</translation>
	</message>
	<message>
		<source>Require invite from another member</source>
		<translation>他のメンバーからの招待が必要</translation>
	</message>
	<message>
		<source>Require approval</source>
		<translation>承認を必要とする</translation>
	</message>
	<message>
		<source>No requirement</source>
		<translation>要件なし</translation>
	</message>
	<message>
		<source>You can require new members to meet certain criteria before they can join. This can be changed at any time</source>
		<translation>新規メンバーの参加に参加条件を設定することができます。これはいつでも変更することができます。</translation>
	</message>
	<message>
		<source>Save</source>
		<translation>保存</translation>
	</message>
	<message>
		<source>Private community</source>
		<translation>プライベートコミュニティ</translation>
	</message>
	<message>
		<source>Only members with an invite link will be able to join your community. Private communities are not listed inside Status</source>
		<translation>招待リンクを知るメンバーだけがコミュニティに参加することができます。プライベートコミュニティは表示されません。</translation>
	</message>
	<message>
		<source>Your community will be public for anyone to join. Public communities are listed inside Status for easy discovery</source>
		<translation>あなたのコミュニティは誰でも参加できるように公開されます。公開コミュニティは、簡単に見つけられるようにStatus内にリストされます</translation>
	</message>
	<message>
		<source>You need to enter a key</source>
		<translation>キーを入力する必要があります</translation>
	</message>
	<message>
		<source>Access existing community</source>
		<translation>既存のコミュニティにアクセスする</translation>
	</message>
	<message>
		<source>Community private key</source>
		<translation>コミュニティ秘密鍵</translation>
	</message>
	<message>
		<source>Entering a community key will grant you the ownership of that community. Please be responsible with it and don’t share the key with people you don’t trust.</source>
		<translation>コミュニティキーを入力すると、そのコミュニティの所有権が付与されます。信頼できない人とキーを共有しないよう、責任を持って管理してください。</translation>
	</message>
	<message>
		<source>0x...</source>
		<translation>0x...</translation>
	</message>
	<message>
		<source>Import</source>
		<translation>インポートする</translation>
	</message>
	<message>
		<source>Error importing the community</source>
		<translation>コミュニティのインポート中にエラーが発生しました</translation>
	</message>
	<message>
		<source>Invite friends</source>
		<translation>友達を招待する</translation>
	</message>
	<message>
		<source>Invite</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>Contacts</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>Chat</source>
		<translation>チャット</translation>
	</message>
	<message>
		<source>Community imported</source>
		<translation>コミュニティがインポートされました</translation>
	</message>
	<message>
		<source>Importing community is in progress</source>
		<translation>コミュニティをインポート中です</translation>
	</message>
	<message>
		<source>Community %1 imported</source>
		<translation>コミュニティ %1 がインポートされました。</translation>
	</message>
	<message>
		<source>Importing community %1 is in progress</source>
		<translation>%1 コミュニティをインポート中です</translation>
	</message>
	<message>
		<source>Start new chat</source>
		<translation>新しいチャットを開始</translation>
	</message>
	<message>
		<source>Start group chat</source>
		<translation>グループチャットを開始</translation>
	</message>
	<message>
		<source>Join public chat</source>
		<translation>公開チャットに参加</translation>
	</message>
	<message>
		<source>No messages</source>
		<translation>メッセージがありません</translation>
	</message>
	<message>
		<source>No search results</source>
		<translation>検索結果なし</translation>
	</message>
	<message>
		<source>Your chats will appear here. To start new chats press the  button at the top</source>
		<translation>進行中のチャットがここに表示されます。新しいチャットを開始するには、上部のボタンを押してください。</translation>
	</message>
	<message>
		<source>Chat and transact privately with your friends</source>
		<translation>友達とプライベートにチャットや取引をする</translation>
	</message>
	<message>
		<source>Follow your interests in one of the many Public Chats.</source>
		<translation>パブリックチャットに参加して、興味のあることを探してみてください。</translation>
	</message>
	<message>
		<source>View Group</source>
		<translation>グループを表示</translation>
	</message>
	<message>
		<source>Share Chat</source>
		<translation>チャットを共有</translation>
	</message>
	<message>
		<source>Test WakuV2 - requestAllHistoricMessages</source>
		<translation>Test WakuV2 - requestAllHistoricMessages</translation>
	</message>
	<message>
		<source>Unmute chat</source>
		<translation>チャットをミュート解除</translation>
	</message>
	<message>
		<source>Mute chat</source>
		<translation>チャットをミュート</translation>
	</message>
	<message>
		<source>Edit Channel</source>
		<translation>チャネルを編集</translation>
	</message>
	<message>
		<source>Mark as Read</source>
		<translation>既読にする</translation>
	</message>
	<message>
		<source>Delete chat</source>
		<translation>チャットを削除する</translation>
	</message>
	<message>
		<source>Leave chat</source>
		<translation>チャットを退出する</translation>
	</message>
	<message>
		<source>Choose browser</source>
		<translation>ブラウザを選択</translation>
	</message>
	<message>
		<source>Open in Status</source>
		<translation>Statusで開く</translation>
	</message>
	<message>
		<source>Open in my default browser</source>
		<translation>デフォルトブラウザで開く</translation>
	</message>
	<message>
		<source>Remember my choice. To override it, go to settings.</source>
		<translation>この設定を保存します。上書きするには、設定に移動します。</translation>
	</message>
	<message>
		<source>Admin</source>
		<translation>管理者</translation>
	</message>
	<message>
		<source>Last 24 hours</source>
		<translation>過去24時間</translation>
	</message>
	<message>
		<source>Last 2 days</source>
		<translation>過去2日間</translation>
	</message>
	<message>
		<source>Last 3 days</source>
		<translation>過去3日間</translation>
	</message>
	<message>
		<source>Last 7 days</source>
		<translation>過去7日間</translation>
	</message>
	<message>
		<source>(You)</source>
		<translation>(あなた)</translation>
	</message>
	<message>
		<source>You need to enter a channel name</source>
		<translation>チャネル名の入力が必要です</translation>
	</message>
	<message>
		<source>The channel name can only contain lowercase letters, numbers and dashes</source>
		<translation>チャネル名には小文字、数字、ダッシュのみ使用可能です</translation>
	</message>
	<message>
		<source>New group chat</source>
		<translation>新しいグループチャット</translation>
	</message>
	<message>
		<source>%1 / 10 members</source>
		<translation>%1 / 10 メンバー</translation>
	</message>
	<message>
		<source>Group name</source>
		<translation>グループ名</translation>
	</message>
	<message>
		<source>Create Group Chat</source>
		<translation>グループチャットを作成</translation>
	</message>
	<message>
		<source>All your contacts are already in the group</source>
		<translation>すべての連絡先がグループに参加しています。</translation>
	</message>
	<message>
		<source>Make Admin</source>
		<translation>管理者にする</translation>
	</message>
	<message>
		<source>Remove From Group</source>
		<translation>グループから削除</translation>
	</message>
	<message>
		<source>Add selected</source>
		<translation>選択したものを追加</translation>
	</message>
	<message>
		<source>Get Status at https://status.im</source>
		<translation>https://status.im でStatusを入手</translation>
	</message>
	<message>
		<source>Download Status link</source>
		<translation>Statusリンクをダウンロード</translation>
	</message>
	<message>
		<source>Unpin</source>
		<translation>ピン留めを解除</translation>
	</message>
	<message>
		<source>Pin</source>
		<translation>ピン留め</translation>
	</message>
	<message>
		<source>Copy link</source>
		<translation>リンクをコピー</translation>
	</message>
	<message>
		<source>Edit message</source>
		<translation>メッセージの編集</translation>
	</message>
	<message>
		<source>Send message</source>
		<translation>メッセージを送信</translation>
	</message>
	<message>
		<source>Reply to</source>
		<translation>Reply to</translation>
	</message>
	<message>
		<source>Jump to</source>
		<translation>Jump to</translation>
	</message>
	<message>
		<source>Delete message</source>
		<translation>メッセージを削除</translation>
	</message>
	<message>
		<source>Confirm deleting this message</source>
		<translation>メッセージの削除を確認する</translation>
	</message>
	<message>
		<source>Are you sure you want to delete this message? Be aware that other clients are not guaranteed to delete the message as well.</source>
		<translation>本当にこのメッセージを削除しますか？これは他のデバイスでも同じメッセージが削除されるとは限りません。</translation>
	</message>
	<message>
		<source>Nickname</source>
		<translation>ニックネーム</translation>
	</message>
	<message>
		<source>Nicknames help you identify others in Status. Only you can see the nicknames you’ve added</source>
		<translation>ニックネームは、あなたが相手を識別しやすくするために使うものです。相手にはニックネームは知らされません。</translation>
	</message>
	<message>
		<source>Your nickname is too long</source>
		<translation>ニックネームが長すぎます</translation>
	</message>
	<message>
		<source>You don’t have any contacts yet. Invite your friends to start chatting.</source>
		<translation>まだ連絡先が登録されていません。友達を招待してチャットを始めましょう。</translation>
	</message>
	<message>
		<source>Enter a valid chat key or ENS usernameEnter a valid chat key or ENS username</source>
		<translation>有効なチャットキーまたはENSユーザ名を入力してください</translation>
	</message>
	<message>
		<source>Can&apos;t chat with yourself</source>
		<translation>自分とはチャットできません</translation>
	</message>
	<message>
		<source>New chat</source>
		<translation>新しいチャットを開始</translation>
	</message>
	<message>
		<source>My Profile</source>
		<translation>マイプロフィール</translation>
	</message>
	<message>
		<source>Enter ENS username or chat key</source>
		<translation>ENS名またはチャットキーを入力</translation>
	</message>
	<message>
		<source>Non contacts</source>
		<translation>連絡先なし</translation>
	</message>
	<message>
		<source>No profile found</source>
		<translation>プロフィールが見つかりません</translation>
	</message>
	<message>
		<source>ENS username</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Chat key</source>
		<translation>チャットキー</translation>
	</message>
	<message>
		<source>Share Profile URL</source>
		<translation>プロフィールURLを共有</translation>
	</message>
	<message>
		<source>Chat settings</source>
		<translation>チャット設定</translation>
	</message>
	<message>
		<source>None</source>
		<translation>なし</translation>
	</message>
	<message>
		<source>Unblock User</source>
		<translation>ユーザをブロック解除</translation>
	</message>
	<message>
		<source>Block User</source>
		<translation>ユーザをブロック</translation>
	</message>
	<message>
		<source>Add to contacts</source>
		<translation>連絡先に追加</translation>
	</message>
	<message>
		<source>A public chat is where you get to hang out with others, make friends and talk about subjects of your interest.</source>
		<translation>公開チャットでは、他の人と交流したり、友達を作ったり、興味のあるテーマについて話したりすることができます。</translation>
	</message>
	<message>
		<source>Start chat</source>
		<translation>チャットを始める</translation>
	</message>
	<message>
		<source>Pinned by %1</source>
		<translation>%1 によってピン留めされました</translation>
	</message>
	<message>
		<source>Type json-rpc message... e.g {&quot;method&quot;: &quot;eth_accounts&quot;}</source>
		<translation>json-rpcメッセージを入力... 例 {&quot;method&quot;:&quot;eth_accounts&quot;}</translation>
	</message>
	<message>
		<source>Profile</source>
		<translation>プロフィール</translation>
	</message>
	<message>
		<source>App version</source>
		<translation>アプリバージョン</translation>
	</message>
	<message>
		<source>Version: %1</source>
		<translation>バージョン：%1</translation>
	</message>
	<message>
		<source>Node version </source>
		<translation>ノードバージョン </translation>
	</message>
	<message>
		<source>Privacy Policy</source>
		<translation>プライバシーポリシー</translation>
	</message>
	<message>
		<source>Network</source>
		<translation>ネットワーク</translation>
	</message>
	<message>
		<source>Fleet</source>
		<translation>Fleet</translation>
	</message>
	<message>
		<source>Minimize on close</source>
		<translation>クローズ時に最小化</translation>
	</message>
	<message>
		<source>Experimental features</source>
		<translation>実験的な機能</translation>
	</message>
	<message>
		<source>Wallet</source>
		<translation>ウォレット</translation>
	</message>
	<message>
		<source>Dapp Browser</source>
		<translation>Dappブラウザ</translation>
	</message>
	<message>
		<source>Activity Center</source>
		<translation>アクティビティセンター</translation>
	</message>
	<message>
		<source>Online users</source>
		<translation>オンラインユーザ</translation>
	</message>
	<message>
		<source>Broadcast user status</source>
		<translation>ユーザステータスのブロードキャスト</translation>
	</message>
	<message>
		<source>Bloom filter level</source>
		<translation>ブルームフィルターレベル</translation>
	</message>
	<message>
		<source>The account will be logged out. When you login again, the selected mode will be enabled</source>
		<translation>アカウントをログアウトします。再度ログインする際、選択したネットワークが使われます。</translation>
	</message>
	<message>
		<source>Light Node</source>
		<translation>ライトノード</translation>
	</message>
	<message>
		<source>Full Node</source>
		<translation>フルノード</translation>
	</message>
	<message>
		<source>GIF Widget</source>
		<translation>GIFウィジェット</translation>
	</message>
	<message>
		<source>Waku Bloom Mode</source>
		<translation>Wakuブルームモード</translation>
	</message>
	<message>
		<source>Node Management</source>
		<translation>ノード管理</translation>
	</message>
	<message>
		<source>Blockchains will drop search costs, causing a kind of decomposition that allows you to have markets of entities that are horizontally segregated and vertically segregated.</source>
		<translation>ブロックチェーンは検索コストを落とし、一種の分解を引き起こすので、水平方向に分離されたエンティティの市場や垂直方向に分離されたエンティティの市場を持つことができます。</translation>
	</message>
	<message>
		<source>Size</source>
		<translation>サイズ</translation>
	</message>
	<message>
		<source>Change font size</source>
		<translation>フォントサイズを変更する</translation>
	</message>
	<message>
		<source>XS</source>
		<translation>XS</translation>
	</message>
	<message>
		<source>S</source>
		<comment>This letter corresponds to the section title above, so here it is &quot;S&quot; because the title above is &quot;Seed Phrase&quot;</comment>
		<translation>S</translation>
	</message>
	<message>
		<source>M</source>
		<comment>This letter corresponds to the section title above, so here it is &quot;M&quot; because the title above is &quot;Mailserver&quot;</comment>
		<translation>M</translation>
	</message>
	<message>
		<source>L</source>
		<translation>L</translation>
	</message>
	<message>
		<source>XL</source>
		<translation>XL</translation>
	</message>
	<message>
		<source>XXL</source>
		<translation>XXL</translation>
	</message>
	<message>
		<source>Light</source>
		<translation>ライト</translation>
	</message>
	<message>
		<source>Chat mode</source>
		<translation>チャットモード</translation>
	</message>
	<message>
		<source>Normal</source>
		<translation>通常</translation>
	</message>
	<message>
		<source>Compact</source>
		<translation>コンパクト</translation>
	</message>
	<message>
		<source>Appearance</source>
		<translation>画面表示</translation>
	</message>
	<message>
		<source>Dark</source>
		<translation>ダーク</translation>
	</message>
	<message>
		<source>System</source>
		<translation>自動</translation>
	</message>
	<message>
		<source>Back up seed phrase</source>
		<translation>シードフレーズをバックアップ</translation>
	</message>
	<message>
		<source>Step %1 of 3</source>
		<translation>ステップ %1 / 3</translation>
	</message>
	<message>
		<source>If you lose your seed phrase you lose your data and funds</source>
		<translation>シードフレーズを紛失するとあなたの資産とデータが失われます</translation>
	</message>
	<message>
		<source>If you lose access, for example by losing your phone, you can only access your keys with your seed phrase. No one, but you has your seed phrase. Write it down. Keep it safe</source>
		<translation>スマートフォンの紛失等でアクセスできなくなった場合には、このシードフレーズを用いて鍵へのアクセスを行います。他の誰かに見られないようシードフレーズを書き留めた後は安全な場所で保管してください。</translation>
	</message>
	<message>
		<source>Check your seed phrase</source>
		<translation>シードフレーズを確認してください</translation>
	</message>
	<message>
		<source>Word #%1</source>
		<translation>%1 単語</translation>
	</message>
	<message>
		<source>Enter word</source>
		<translation>単語を入力</translation>
	</message>
	<message>
		<source>In order to check if you have backed up your seed phrase correctly, enter the word #%1 above</source>
		<translation>リカバリーフレーズを正しくバックアップできたか確認するために、%1 番目の単語を入力してください。</translation>
	</message>
	<message>
		<source>Are you sure?</source>
		<translation>間違いありませんか？</translation>
	</message>
	<message>
		<source>You will not be able to see the whole seed phrase again</source>
		<translation>シードフレーズは再度表示することはできません</translation>
	</message>
	<message>
		<source>With this 12 words you can always get your key back. Write it down. Keep it safe, offline, and separate from this device.</source>
		<translation>この12単語があればいつでも鍵を取り戻すことができます。これらを書き留め、デバイスから隔離されたオフライン環境で安全に保管してください。</translation>
	</message>
	<message>
		<source>Okay, continue</source>
		<translation>続行する</translation>
	</message>
	<message>
		<source>Wrong word</source>
		<translation>単語が間違っています</translation>
	</message>
	<message>
		<source>General</source>
		<translation>一般</translation>
	</message>
	<message>
		<source>Default</source>
		<translation>デフォルト</translation>
	</message>
	<message>
		<source>Show favorites bar</source>
		<translation>お気に入りバーを表示</translation>
	</message>
	<message>
		<source>Search engine used in the address bar</source>
		<translation>アドレスバーで使用する検索エンジン</translation>
	</message>
	<message>
		<source>Ethereum explorer used in the address bar</source>
		<translation>アドレスバーで使用されるイーサリアムエクスプローラ</translation>
	</message>
	<message>
		<source>Open an ethereum explorer after a transaction hash or an address is entered</source>
		<translation>トランザクションハッシュまたはアドレスが入力された後、イーサリアムエクスプローラを開きます</translation>
	</message>
	<message>
		<source>Privacy</source>
		<translation>プライバシー</translation>
	</message>
	<message>
		<source>Set DApp access permissions</source>
		<translation>DApp アクセス許可</translation>
	</message>
	<message>
		<source>Profile picture</source>
		<translation>プロフィール画像</translation>
	</message>
	<message>
		<source>Crop your image (optional)</source>
		<translation>画像を切り抜く（任意）</translation>
	</message>
	<message>
		<source>Finish</source>
		<translation>完了</translation>
	</message>
	<message>
		<source>Chat link previews</source>
		<translation>リンクプレビュー</translation>
	</message>
	<message>
		<source>Websites</source>
		<translation>ウェブサイト</translation>
	</message>
	<message>
		<source>Enable all</source>
		<translation>有効にする</translation>
	</message>
	<message>
		<source>Previewing links from these websites may share your metadata with their owners.</source>
		<translation>プレビューを有効にする場合、ウェブサイト所有者にあなたのメタデータが共有されます。</translation>
	</message>
	<message>
		<source>Add new contact</source>
		<translation>新しい連絡先を追加</translation>
	</message>
	<message>
		<source>Blocked contacts</source>
		<translation>ブロックされた連絡先</translation>
	</message>
	<message>
		<source>Add contact</source>
		<translation>連絡先を追加</translation>
	</message>
	<message>
		<source>You can&apos;t add yourself</source>
		<translation>自分自身を追加することはできません</translation>
	</message>
	<message>
		<source>User not found</source>
		<translation>ユーザが見つかりません</translation>
	</message>
	<message>
		<source>You don’t have any contacts yet</source>
		<translation>まだ連絡先がありません</translation>
	</message>
	<message>
		<source>Devices</source>
		<translation>デバイス</translation>
	</message>
	<message>
		<source>Please set a name for your device.</source>
		<translation>デバイスの名前を設定してください。</translation>
	</message>
	<message>
		<source>Specify a name</source>
		<translation>名前を入力</translation>
	</message>
	<message>
		<source>Advertise device</source>
		<translation>デバイスの同期</translation>
	</message>
	<message>
		<source>Pair your devices to sync contacts and chats between them</source>
		<translation>デバイスをペアリングして、デバイス間で連絡先とチャットを同期します</translation>
	</message>
	<message>
		<source>Learn more</source>
		<translation>もっと詳しく</translation>
	</message>
	<message>
		<source>Paired devices</source>
		<translation>ペアリング済みデバイス</translation>
	</message>
	<message>
		<source>Syncing...</source>
		<translation>同期しています...</translation>
	</message>
	<message>
		<source>Sync all devices</source>
		<translation>すべてのデバイスを同期</translation>
	</message>
	<message>
		<source>ENS usernames</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Username added</source>
		<translation>ユーザ名が追加されました</translation>
	</message>
	<message>
		<source>%1 is now connected with your chat key and can be used in Status.</source>
		<translation>%1 とチャットキーの紐付けが完了し、Statusで使用できるようになりました。</translation>
	</message>
	<message>
		<source>Ok, got it</source>
		<translation>わかりました</translation>
	</message>
	<message>
		<source>%1 will be connected once the transaction is complete.</source>
		<translation>トランザクションが完了すると、%1が接続されます。</translation>
	</message>
	<message>
		<source>You can follow the progress in the Transaction History section of your wallet.</source>
		<translation>ウォレットの取引履歴で処理状況を確認できます。</translation>
	</message>
	<message>
		<source>Wallet address</source>
		<translation>ウォレットアドレス</translation>
	</message>
	<message>
		<source>Key</source>
		<translation>鍵</translation>
	</message>
	<message>
		<source>Back</source>
		<translation>戻る</translation>
	</message>
	<message>
		<source>Primary username</source>
		<translation>表示するユーザ名</translation>
	</message>
	<message>
		<source>Your messages are displayed to others with this username:</source>
		<translation>チャットでこの名前を表示します</translation>
	</message>
	<message>
		<source>Once you select a username, you won’t be able to disable it afterwards. You will only be able choose a different username to display.</source>
		<translation>ユーザ名を選択すると、その後無効にすることはできません。表示する別のユーザ名のみを選択できます。</translation>
	</message>
	<message>
		<source>Nice! You own %1.stateofus.eth once the transaction is complete.</source>
		<translation>素晴らしい！もうすぐ %1.stateofus.eth が登録完了です。</translation>
	</message>
	<message>
		<source>Hey</source>
		<translation>こんにちは</translation>
	</message>
	<message>
		<source>(pending)</source>
		<translation>（保留中）</translation>
	</message>
	<message>
		<source>Add username</source>
		<translation>ユーザ名を追加</translation>
	</message>
	<message>
		<source>Your usernames</source>
		<translation>あなたのユーザ名</translation>
	</message>
	<message>
		<source>Primary Username</source>
		<translation>表示するユーザ名</translation>
	</message>
	<message>
		<source>None selected</source>
		<translation>何も選択されていません</translation>
	</message>
	<message>
		<source>You’re displaying your ENS username in chats</source>
		<translation>チャットでENS名を表示しています</translation>
	</message>
	<message>
		<source>At least 4 characters. Latin letters, numbers, and lowercase only.</source>
		<translation>4文字以上、英数字、小文字のみ</translation>
	</message>
	<message>
		<source>Letters and numbers only.</source>
		<translation>英数字のみ</translation>
	</message>
	<message>
		<source>Type the entire username including the custom domain like username.domain.eth</source>
		<translation>username.domain.eth のようにカスタムドメインを含むユーザ名全体を入力してください</translation>
	</message>
	<message>
		<source>Your username</source>
		<translation>あなたのユーザ名</translation>
	</message>
	<message>
		<source>✓ Username available!</source>
		<translation>✓このユーザ名は利用可能です！</translation>
	</message>
	<message>
		<source>Continuing will connect this username with your chat key.</source>
		<translation>続行してこのユーザ名とあなたのチャットキーを紐付ける。</translation>
	</message>
	<message>
		<source>Username doesn’t belong to you :(</source>
		<translation>このユーザ名はあなたのものではありません :(</translation>
	</message>
	<message>
		<source>Username already taken :(</source>
		<translation>このユーザ名はすでに使われています :(</translation>
	</message>
	<message>
		<source>(edited)</source>
		<translation>(編集済み)</translation>
	</message>
	<message>
		<source>Username is already connected with your chat key and can be used inside Status.</source>
		<translation>ユーザ名はすでにチャットキーに紐付けられました。Statusでご利用いただけます。</translation>
	</message>
	<message>
		<source>This user name is owned by you and connected with your chat key. Continue to set `Show my ENS username in chats`.</source>
		<translation>このユーザ名はあなたが所有し、チャットキーに接続されています。引き続き「チャットでENS名を表示する」を設定します。</translation>
	</message>
	<message>
		<source>Continuing will require a transaction to connect the username with your current chat key.</source>
		<translation>ユーザ名を現在のあなたのチャットキーに紐付けるため処理が必要です。</translation>
	</message>
	<message>
		<source>Custom domain</source>
		<translation>カスタムドメイン</translation>
	</message>
	<message>
		<source>I want a stateofus.eth domain</source>
		<translation>stateofus.eth のドメインを取得する</translation>
	</message>
	<message>
		<source>I own a name on another domain</source>
		<translation>他のドメイン名を所有しています</translation>
	</message>
	<message>
		<source>Connect username with your pubkey</source>
		<translation>ユーザ名をパブリックキーと連携する</translation>
	</message>
	<message>
		<source>Terms of name registration</source>
		<translation>ENS名 登録規約</translation>
	</message>
	<message>
		<source>Funds are deposited for 1 year. Your SNT will be locked, but not spent.</source>
		<translation>資産は1年間デポジットされます。あなたのSNTはロックされますが消費はされません。</translation>
	</message>
	<message>
		<source>After 1 year, you can release the name and get your deposit back, or take no action to keep the name.</source>
		<translation>1年後にENS名を返却し、デポジットを取り戻すことができます。何もしなければ名前は維持されます。</translation>
	</message>
	<message>
		<source>If terms of the contract change — e.g. Status makes contract upgrades — user has the right to release the username regardless of time held.</source>
		<translation>もしStatusがコントラクトをアップグレードする等によりコントラクトの規約が変更された場合は、ユーザはデポジット期間に関係なくENS名を返却する権利を持ちます。</translation>
	</message>
	<message>
		<source>The contract controller cannot access your deposited funds. They can only be moved back to the address that sent them.</source>
		<translation>コントラクトの管理者はあなたがデポジットした資産にアクセスすることはできません。コントラクトは資産を送信元のアドレスに送り返す機能のみを有しています。</translation>
	</message>
	<message>
		<source>Your address(es) will be publicly associated with your ENS name.</source>
		<translation>あなたのアドレスはパブリックにENS名と紐づけられます</translation>
	</message>
	<message>
		<source>Usernames are created as subdomain nodes of stateofus.eth and are subject to the ENS smart contract terms.</source>
		<translation>ユーザ名はstateofus.ethのサブドメインとして作成されます。ENSのスマートコントラクトの規約に従います。</translation>
	</message>
	<message>
		<source>You authorize the contract to transfer SNT on your behalf. This can only occur when you approve a transaction to authorize the transfer.</source>
		<translation>コントラクトがあなたに代わってSNTを送信することを承認します。これはあなたが送信のトランザクションを承認した時のみ発生します。</translation>
	</message>
	<message>
		<source>These terms are guaranteed by the smart contract logic at addresses:</source>
		<translation>これらの規約は以下のアドレスにおけるスマートコントラクトのロジックによって保証されます：</translation>
	</message>
	<message>
		<source>%1 (Status UsernameRegistrar).</source>
		<translation>%1 (Status UsernameRegistrar).</translation>
	</message>
	<message>
		<source>&lt;a href=&apos;%1%2&apos;&gt;Look up on Etherscan&lt;/a&gt;</source>
		<translation>&lt;a href=&apos;%1%2&apos;&gt;Etherscanで表示&lt;/a&gt;</translation>
	</message>
	<message>
		<source>%1 (ENS Registry).</source>
		<translation>%1 (ENS Registry).</translation>
	</message>
	<message>
		<source>Agree to &lt;a href=&quot;#&quot;&gt;Terms of name registration.&lt;/a&gt; I understand that my wallet address will be publicly connected to my username.</source>
		<translation>&lt;a href=&quot;#&quot;&gt;名前登録の規約&lt;/a&gt;に同意します。私のウォレットアドレスとユーザ名がパブリックに紐づけられることを理解しました。</translation>
	</message>
	<message>
		<source>10 SNT</source>
		<translation>10 SNT</translation>
	</message>
	<message>
		<source>Deposit</source>
		<translation>デポジット</translation>
	</message>
	<message>
		<source>Not enough SNT</source>
		<translation>SNTが足りません</translation>
	</message>
	<message>
		<source>Register</source>
		<translation>登録</translation>
	</message>
	<message>
		<source>Get a universal username</source>
		<translation>ユニバーサルユーザ名を取得</translation>
	</message>
	<message>
		<source>ENS names transform those crazy-long addresses into unique usernames.</source>
		<translation>ENS名は、複雑なアドレスをシンプルなあなただけのユーザ名に変換します。</translation>
	</message>
	<message>
		<source>Customize your chat name</source>
		<translation>チャット名をカスタマイズする</translation>
	</message>
	<message>
		<source>An ENS name can replace your random 3-word name in chat. Be @yourname instead of %1.</source>
		<translation>ENS名を登録することで、あなたのユーザ名（3つの単語）をシンプルなものに変更できます。「%1」の代わりに「@ユーザ名」で表示できます。</translation>
	</message>
	<message>
		<source>Simplify your ETH address</source>
		<translation>ETHアドレスをシンプルにする</translation>
	</message>
	<message>
		<source>You can receive funds to your easy-to-share ENS name rather than your hexadecimal hash (0x...).</source>
		<translation>資産を送ってもらうときも、複雑なアドレス（0x ...から始まる文字列）ではなくシンプルなENS名で受け取ることができます。</translation>
	</message>
	<message>
		<source>Receive transactions in chat</source>
		<translation>チャット画面で資産を受け取る</translation>
	</message>
	<message>
		<source>Others can send you funds via chat in one simple step.</source>
		<translation>友達はチャット画面の中で簡単にあなたに資産を送ることができます。</translation>
	</message>
	<message>
		<source>10 SNT to register</source>
		<translation>登録には 10 SNT が必要です</translation>
	</message>
	<message>
		<source>Register once to keep the name forever. After 1 year you can release the name and get your SNT back.</source>
		<translation>登録時にデポジットしたSNTは、1年後にENS名を返却して返金として受け取ることもできます。ユーザ名をそのまま維持する場合は、特に何もする必要はありません。</translation>
	</message>
	<message>
		<source>Already own a username?</source>
		<translation>すでにユーザ名をお持ちですか？</translation>
	</message>
	<message>
		<source>You can verify and add any usernames you own in the next steps.</source>
		<translation>すでにお使いのユーザ名がある場合も、次のステップで追加できます。</translation>
	</message>
	<message>
		<source>Powered by Ethereum Name Services</source>
		<translation>Powered by Ethereum Name Services</translation>
	</message>
	<message>
		<source>Start</source>
		<translation>始める</translation>
	</message>
	<message>
		<source>Only available on Mainnet</source>
		<translation>メインネットでのみ利用可能</translation>
	</message>
	<message>
		<source>ENS Registration failed</source>
		<translation>ENS登録に失敗しました</translation>
	</message>
	<message>
		<source>ENS Registration completed</source>
		<translation>ENS登録が完了しました</translation>
	</message>
	<message>
		<source>Updating ENS pubkey failed</source>
		<translation>ENS 公開キーの更新に失敗しました</translation>
	</message>
	<message>
		<source>Updating ENS pubkey completed</source>
		<translation>ENS 公開キーの更新が完了しました</translation>
	</message>
	<message>
		<source>Warning!</source>
		<translation>警告！</translation>
	</message>
	<message>
		<source>Change fleet to %1</source>
		<translation>Fleetを %1 に変更する</translation>
	</message>
	<message>
		<source>Glossary</source>
		<translation>用語集</translation>
	</message>
	<message>
		<source>Account</source>
		<translation>アカウント</translation>
	</message>
	<message>
		<source>A</source>
		<comment>This letter corresponds to the section title above, so here it is &quot;A&quot; because the title above is &quot;Account&quot;</comment>
		<translation>A</translation>
	</message>
	<message>
		<source>Your Status account, accessed by the seed phrase that you create or import during onboarding. A Status account can hold more than one Ethereum address, in addition to the one created during onboarding. We refer to these as additional accounts within the wallet</source>
		<translation>Statusアカウントは、新規作成またはインポートしたシードフレーズでアクセスします。Statusアカウントは、新規に作成されたものに加えて、複数のイーサリアムアドレスを持つことができます。これらをウォレット内の追加アカウントと呼びます。</translation>
	</message>
	<message>
		<source>Chat Key</source>
		<translation>チャットキー</translation>
	</message>
	<message>
		<source>C</source>
		<comment>This letter corresponds to the section title above, so here it is &quot;C&quot; because the title above is &quot;Chat Key&quot;</comment>
		<translation>C</translation>
	</message>
	<message>
		<source>Messages on the Status chat protocol are sent and received using encryption keys. The public chat key is a string of characters you share with others so they can send you messages in Status.</source>
		<translation>Statusチャットプロトコルではメッセージは暗号化キーを使用して送受信されます。暗号化には公開チャットキーが使われています。あなたは公開チャットキーを友達に伝え、友達はそれを用いてメッセージを送信しています。</translation>
	</message>
	<message>
		<source>Chat Name</source>
		<translation>チャットユーザ名</translation>
	</message>
	<message>
		<source>Three random words, derived algorithmically from your chat key and used as your default alias in chat. Chat names are completely unique; no other user can have the same three words.</source>
		<translation>チャットユーザ名は、3つのランダムな英単語として生成されます。すべてのユーザが異なるチャットユーザ名で生成され、他のユーザが同じ3つの英単語を持つことはありません。</translation>
	</message>
	<message>
		<source>ENS Name</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>E</source>
		<comment>This letter corresponds to the section title above, so here it is &quot;E&quot; because the title above is &quot;ENS Name&quot;</comment>
		<translation>E</translation>
	</message>
	<message>
		<source>Custom alias for your chat key that you can register using the Ethereum Name Service. ENS names are decentralized usernames.</source>
		<translation>ENS名とは、複雑なチャットキーを読みやすい名前に代替するイーサリアムネームサービスのサービスです。ENS名は分散型ユーザ名とも呼ばれます。</translation>
	</message>
	<message>
		<source>Mailserver</source>
		<translation>メールサーバ</translation>
	</message>
	<message>
		<source>A node in the Status network that routes and stores messages, for up to 30 days.</source>
		<translation>メッセージをルーティングおよび保存するStatusネットワーク内のノード。それらの情報はノード内に最大30日間保存されます。</translation>
	</message>
	<message>
		<source>Peer</source>
		<translation>デバイス</translation>
	</message>
	<message>
		<source>P</source>
		<comment>This letter corresponds to the section title above, so here it is &quot;P&quot; because the title above is &quot;Peer&quot;</comment>
		<translation>P</translation>
	</message>
	<message>
		<source>A device connected to the Status chat network. Each user can represent one or more peers, depending on their number of devices</source>
		<translation>Statusチャットネットワークに接続されたデバイス。各ユーザーは、デバイスの数に応じて、1つまたは複数のピアを表すことができます</translation>
	</message>
	<message>
		<source>Seed Phrase</source>
		<translation>シードフレーズ</translation>
	</message>
	<message>
		<source>A 64 character hex address based on the Ethereum standard and beginning with 0x. Public-facing, your wallet key is shared with others when you want to receive funds. Also referred to as an “Ethereum address” or “wallet address.</source>
		<translation>あなたが相手からアセットを受け取るとき、64桁の文字列からなる0xで始まるウォレットキーが相手に共有されます。このアドレスは「イーサリアムアドレス」または「ウォレットアドレス」とも呼ばれます。</translation>
	</message>
	<message>
		<source>Frequently asked questions</source>
		<translation>よくある質問</translation>
	</message>
	<message>
		<source>Submit a bug</source>
		<translation>バグを提出する</translation>
	</message>
	<message>
		<source>Request a feature</source>
		<translation>機能をリクエスト</translation>
	</message>
	<message>
		<source>Language settings</source>
		<translation>言語設定</translation>
	</message>
	<message>
		<source>Language</source>
		<translation>言語</translation>
	</message>
	<message>
		<source>Muted chats</source>
		<translation>ミュートされたチャット</translation>
	</message>
	<message>
		<source>Unmute</source>
		<translation>ミュート解除</translation>
	</message>
	<message>
		<source>The account will be logged out. When you unlock it again, the selected network will be used</source>
		<translation>アカウントをログアウトします。再度ロック解除する際、選択したネットワークが使われます。</translation>
	</message>
	<message>
		<source>Add network</source>
		<translation>ネットワークを追加</translation>
	</message>
	<message>
		<source>You need to enter the RPC endpoint URL</source>
		<translation>RPCエンドポイントURLを入力する必要があります</translation>
	</message>
	<message>
		<source>Invalid URL</source>
		<translation>無効なURL</translation>
	</message>
	<message>
		<source>You need to enter the network id</source>
		<translation>ネットワークIDを入力する必要があります</translation>
	</message>
	<message>
		<source>Should be a number</source>
		<translation>数字である必要があります</translation>
	</message>
	<message>
		<source>Invalid network id</source>
		<translation>無効なネットワークID</translation>
	</message>
	<message>
		<source>RPC URL</source>
		<translation>RPCのURL</translation>
	</message>
	<message>
		<source>Specify a RPC URL</source>
		<translation>RPCのURLを入力</translation>
	</message>
	<message>
		<source>Network chain</source>
		<translation>ネットワークチェーン</translation>
	</message>
	<message>
		<source>Ropsten test network</source>
		<translation>Ropstenテストネット</translation>
	</message>
	<message>
		<source>Rinkeby test network</source>
		<translation>Rinkebyテストネット</translation>
	</message>
	<message>
		<source>Custom</source>
		<translation>カスタム</translation>
	</message>
	<message>
		<source>Network Id</source>
		<translation>ネットワークID</translation>
	</message>
	<message>
		<source>Specify the network id</source>
		<translation>ネットワークIDを入力</translation>
	</message>
	<message>
		<source>Main networks</source>
		<translation>メインネット</translation>
	</message>
	<message>
		<source>Test networks</source>
		<translation>テストネット</translation>
	</message>
	<message>
		<source>Custom Networks</source>
		<translation>カスタムネットワーク</translation>
	</message>
	<message>
		<source>Under development
NOTE: You will be logged out and all installed
sticker packs will be removed and will
need to be reinstalled. Purchased sticker
packs will not need to be re-purchased.</source>
		<translation>開発中
注：ログアウトするとインストールしたステッカーパックは削除され、再ログイン時に再インストールする必要があります。購入済みのステッカーパックの再購入は必要ありません。</translation>
	</message>
	<message>
		<source>Notification preferences</source>
		<translation>通知設定</translation>
	</message>
	<message>
		<source>All messages</source>
		<translation>すべてのメッセージ</translation>
	</message>
	<message>
		<source>Just @mentions</source>
		<translation>メンションのみ</translation>
	</message>
	<message>
		<source>Nothing</source>
		<translation>なし</translation>
	</message>
	<message>
		<source>Play a sound when receiving a notification</source>
		<translation>通知を受け取ったときに音を鳴らす</translation>
	</message>
	<message>
		<source>Use your operating system&apos;s notifications</source>
		<translation>オペレーティングシステムの通知を使用する</translation>
	</message>
	<message>
		<source>Setting this to false will instead use Status&apos; notification style as seen below</source>
		<translation>falseに設定すると、代わりに以下のようにStatusの通知スタイルが使用されます。</translation>
	</message>
	<message>
		<source>Message preview</source>
		<translation>メッセージプレビュー</translation>
	</message>
	<message>
		<source>Anonymous</source>
		<translation>匿名</translation>
	</message>
	<message>
		<source>Name only</source>
		<translation>名前のみ</translation>
	</message>
	<message>
		<source>Name &amp; Message</source>
		<translation>名前とメッセージ</translation>
	</message>
	<message>
		<source>Hi there! Yes, no problem, let me know if I can help.</source>
		<translation>こんにちは。お手伝いできることがあればおっしゃってください。</translation>
	</message>
	<message>
		<source>No preview or Advanced? Go to Notification Center</source>
		<translation>プレビューや詳細設定はありませんか？通知センターに移動します。</translation>
	</message>
	<message>
		<source>Contacts &amp; Users</source>
		<translation>連絡先とユーザ</translation>
	</message>
	<message>
		<source>Notify on new requests</source>
		<translation>新規リクエストの通知</translation>
	</message>
	<message>
		<source>Receive notifications from non-contacts</source>
		<translation>連絡先以外からの通知を受け取る</translation>
	</message>
	<message>
		<source>Muted users</source>
		<translation>ミュートされたユーザ</translation>
	</message>
	<message>
		<source>Muted contacts</source>
		<translation>ミュートした連絡先</translation>
	</message>
	<message>
		<source>Muted contacts will appear here</source>
		<translation>ミュートされた連絡先がここに表示されます</translation>
	</message>
	<message>
		<source>Muted chats will appear here</source>
		<translation>ミュートされたチャットがここに表示されます</translation>
	</message>
	<message>
		<source>You can limit what gets shown in notifications</source>
		<translation>通知に表示される内容を制限できます</translation>
	</message>
	<message>
		<source>Reset notification settings</source>
		<translation>通知設定のリセット</translation>
	</message>
	<message>
		<source>Restore default notification settings and unmute all chats and users</source>
		<translation>通知設定をデフォルトに戻し、すべてのチャットとユーザのミュートを解除します。</translation>
	</message>
	<message>
		<source>Open links with...</source>
		<translation>リンクを開く...</translation>
	</message>
	<message>
		<source>My default browser</source>
		<translation>デフォルトブラウザ</translation>
	</message>
	<message>
		<source>Security</source>
		<translation>セキュリティ</translation>
	</message>
	<message>
		<source>Backup Seed Phrase</source>
		<translation>シードフレーズをバックアップ</translation>
	</message>
	<message>
		<source>Display all profile pictures (not only contacts)</source>
		<translation>すべてのプロフィール写真を表示（連絡先だけでなく）</translation>
	</message>
	<message>
		<source>Display images in chat automatically</source>
		<translation>チャットで画像を自動的に表示する</translation>
	</message>
	<message>
		<source>All images (links that contain an image extension) will be downloaded and displayed, regardless of the whitelist settings below</source>
		<translation>以下のホワイトリスト設定に関わらず、すべての画像（拡張子が画像のリンク）がダウンロードされ表示されます。</translation>
	</message>
	<message>
		<source>Allow new contact requests</source>
		<translation>新しい友だちリクエストを許可する</translation>
	</message>
	<message>
		<source>Sign out controls</source>
		<translation>サインアウトの制御</translation>
	</message>
	<message>
		<source>LogoutExit</source>
		<translation>ログアウト</translation>
	</message>
	<message>
		<source>Sounds settings</source>
		<translation>サウンド設定</translation>
	</message>
	<message>
		<source>Sound volume</source>
		<translation>音量</translation>
	</message>
	<message>
		<source>Sync settings</source>
		<translation>同期設定</translation>
	</message>
	<message>
		<source>Add mailserver</source>
		<translation>メールサーバを追加</translation>
	</message>
	<message>
		<source>You need to enter the enode address</source>
		<translation>enodeアドレスを入力する必要があります</translation>
	</message>
	<message>
		<source>History node address</source>
		<translation>履歴ノードアドレス</translation>
	</message>
	<message>
		<source>enode://{enode-id}:{password}@{ip-address}:{port-number}</source>
		<translation>enode://{enode-id}:{password}@{ip-address}:{port-number}</translation>
	</message>
	<message>
		<source>Automatic mailserver selection</source>
		<translation>メールサーバの自動選択</translation>
	</message>
	<message>
		<source>...</source>
		<translation>...</translation>
	</message>
	<message>
		<source>Share what&apos;s on your mind and stay updated with your contacts</source>
		<translation>今のあなたの気分を友達に共有しましょう。</translation>
	</message>
	<message>
		<source>Status account settings</source>
		<translation>Statusアカウント設定</translation>
	</message>
	<message>
		<source>You need to enter an account name</source>
		<translation>アカウント名の入力が必要です</translation>
	</message>
	<message>
		<source>Enter an account name...</source>
		<translation>アカウント名を入力...</translation>
	</message>
	<message>
		<source>Account name</source>
		<translation>アカウント名</translation>
	</message>
	<message>
		<source>Type</source>
		<translation>タイプ</translation>
	</message>
	<message>
		<source>Watch-only</source>
		<translation>読み取り専用</translation>
	</message>
	<message>
		<source>Off Status tree</source>
		<translation>Off Status tree</translation>
	</message>
	<message>
		<source>On Status tree</source>
		<translation>On Status tree</translation>
	</message>
	<message>
		<source>Derivation path</source>
		<translation>Derivation path</translation>
	</message>
	<message>
		<source>Storage</source>
		<translation>ストレージ</translation>
	</message>
	<message>
		<source>This device</source>
		<translation>このデバイス</translation>
	</message>
	<message>
		<source>Delete account</source>
		<translation>アカウントを削除する</translation>
	</message>
	<message>
		<source>A deleted account cannot be retrieved later. Only press yes if you backed up your key/seed or don&apos;t care about this account anymore</source>
		<translation>削除されたアカウントは後で取り戻すことはできません。秘密鍵/シードフレーズをバックアップ済みか、またはこのアカウントにもう関心がない場合のみ「はい」を押してください。</translation>
	</message>
	<message>
		<source>Save changes</source>
		<translation>変更内容を保存</translation>
	</message>
	<message>
		<source>Add custom token</source>
		<translation>カスタムトークンを追加</translation>
	</message>
	<message>
		<source>This needs to be a valid address</source>
		<translation>有効なアドレスである必要があります</translation>
	</message>
	<message>
		<source>Invalid ERC20 address</source>
		<translation>無効なERC20アドレスです</translation>
	</message>
	<message>
		<source>Enter contract address...</source>
		<translation>コントラクトアドレスを入力...</translation>
	</message>
	<message>
		<source>Contract address</source>
		<translation>コントラクトアドレス</translation>
	</message>
	<message>
		<source>The name of your token...</source>
		<translation>トークンの名前...</translation>
	</message>
	<message>
		<source>ABC</source>
		<translation>ABC</translation>
	</message>
	<message>
		<source>Symbol</source>
		<translation>シンボル</translation>
	</message>
	<message>
		<source>Decimals</source>
		<translation>小数点桁数</translation>
	</message>
	<message>
		<source>Collectibles will appear here</source>
		<translation>コレクティブルがここに表示されます</translation>
	</message>
	<message>
		<source>To </source>
		<translation>To </translation>
	</message>
	<message>
		<source>From </source>
		<translation>From </translation>
	</message>
	<message>
		<source>At </source>
		<translation>At </translation>
	</message>
	<message>
		<source>Status Desktop is connected to a non-archival node. Transaction history may be incomplete.</source>
		<translation>Status Desktopは非アーカイブノードに接続されています。トランザクション履歴が不完全になる可能性があります。</translation>
	</message>
	<message>
		<source>No transactions found</source>
		<translation>トランザクションが見つかりません</translation>
	</message>
	<message>
		<source>Load More</source>
		<translation>さらに読み込む</translation>
	</message>
	<message>
		<source>Total value</source>
		<translation>総額</translation>
	</message>
	<message>
		<source>Receive</source>
		<translation>受信</translation>
	</message>
	<message>
		<source>Back up your seed phrase</source>
		<translation>シードフレーズをバックアップする</translation>
	</message>
	<message>
		<source>Recipient</source>
		<translation>受信者</translation>
	</message>
	<message>
		<source>Transaction completed</source>
		<translation>トランザクションが完了しました</translation>
	</message>
	<message>
		<source>Transaction failed</source>
		<translation>トランザクションが失敗しました</translation>
	</message>
	<message>
		<source>Set Currency</source>
		<translation>通貨を設定する</translation>
	</message>
	<message>
		<source>Signing phrase</source>
		<translation>署名フレーズ</translation>
	</message>
	<message>
		<source>This is your signing phrase</source>
		<translation>これはあなたの署名フレーズです</translation>
	</message>
	<message>
		<source>You should see these 3 words before signing each transaction</source>
		<translation>トランザクションに署名を行う際、必ずこの3つの単語が表示されます。</translation>
	</message>
	<message>
		<source>If you see a different combination, cancel the transaction and sign out</source>
		<translation>異なる組み合わせが表示された場合は、処理を中断してログアウトしてください。</translation>
	</message>
	<message>
		<source>Remind me later</source>
		<translation>後で知らせる</translation>
	</message>
	<message>
		<source>Manage Assets</source>
		<translation>アセットを管理</translation>
	</message>
	<message>
		<source>Account Settings</source>
		<translation>アカウント設定</translation>
	</message>
	<message>
		<source>Collectibles</source>
		<translation>コレクティブル</translation>
	</message>
	<message>
		<source>Generate an account</source>
		<translation>アカウントを追加</translation>
	</message>
	<message>
		<source>Add a watch-only address</source>
		<translation>読み取り専用アカウントを追加</translation>
	</message>
	<message>
		<source>Enter a seed phrase</source>
		<translation>シードフレーズを入力</translation>
	</message>
	<message>
		<source>Enter a private key</source>
		<translation>秘密鍵を入力</translation>
	</message>
	<message>
		<source>Add account from private key</source>
		<translation>秘密鍵からアカウントを追加する</translation>
	</message>
	<message>
		<source>You need to enter a password</source>
		<translation>パスワードを入力する必要があります</translation>
	</message>
	<message>
		<source>Password needs to be 6 characters or more</source>
		<translation>パスワードは6文字以上必要です</translation>
	</message>
	<message>
		<source>You need to enter a private key</source>
		<translation>秘密鍵を入力する必要があります</translation>
	</message>
	<message>
		<source>Enter a valid private key (64 characters hexadecimal string)</source>
		<translation>有効な秘密鍵を入力してください（64文字の16進文字列）</translation>
	</message>
	<message>
		<source>Enter your password…</source>
		<translation>パスワードを入力</translation>
	</message>
	<message>
		<source>Password</source>
		<translation>パスワード</translation>
	</message>
	<message>
		<source>Paste the contents of your private key</source>
		<translation>秘密鍵の内容を貼り付けます</translation>
	</message>
	<message>
		<source>Private key</source>
		<translation>秘密鍵</translation>
	</message>
	<message>
		<source>Loading...</source>
		<translation>読み込み中...</translation>
	</message>
	<message>
		<source>Add account</source>
		<translation>アカウントを追加</translation>
	</message>
	<message>
		<source>You need to enter a seed phrase</source>
		<translation>シードフレーズを入力する必要があります</translation>
	</message>
	<message>
		<source>Enter a valid mnemonic</source>
		<translation>有効なニーモニックを入力してください</translation>
	</message>
	<message>
		<source>Add account with a seed phrase</source>
		<translation>シードフレーズでアカウントを追加する</translation>
	</message>
	<message>
		<source>Enter your seed phrase, separate words with commas or spaces...</source>
		<translation>シードフレーズを入力します。単語はカンマまたはスペースで区切ってください</translation>
	</message>
	<message>
		<source>Seed phrase</source>
		<translation>シードフレーズ</translation>
	</message>
	<message>
		<source>Add a watch-only account</source>
		<translation>読み取り専用アカウントを追加</translation>
	</message>
	<message>
		<source>You need to enter an address</source>
		<translation>アドレスの入力が必要です</translation>
	</message>
	<message>
		<source>This needs to be a valid address (starting with 0x)</source>
		<translation>これは有効なアドレスである必要があります（0xで始まる）</translation>
	</message>
	<message>
		<source>Enter address...</source>
		<translation>アドレスを入力...</translation>
	</message>
	<message>
		<source>Account address</source>
		<translation>アカウントアドレス</translation>
	</message>
	<message>
		<source>Token details</source>
		<translation>トークンの詳細</translation>
	</message>
	<message>
		<source>Remove token</source>
		<translation>トークンを削除</translation>
	</message>
	<message>
		<source>Transaction Details</source>
		<translation>トランザクションの詳細</translation>
	</message>
	<message>
		<source>9999 Confirmations</source>
		<translation>9999 承認</translation>
	</message>
	<message>
		<source>When the transaction has 12 confirmations you can consider it settled.</source>
		<translation>12の承認を得た場合に完了と見なすことができます。</translation>
	</message>
	<message>
		<source>Block</source>
		<translation>ブロック</translation>
	</message>
	<message>
		<source>Hash</source>
		<translation>ハッシュ</translation>
	</message>
	<message>
		<source>Gas limit</source>
		<translation>Gas limit</translation>
	</message>
	<message>
		<source>Gas price</source>
		<translation>Gas price</translation>
	</message>
	<message>
		<source>Gas used</source>
		<translation>ガス消費</translation>
	</message>
	<message>
		<source>Nonce</source>
		<translation>Nonce</translation>
	</message>
	<message>
		<source>Something went wrong</source>
		<translation>うまくいきませんでした</translation>
	</message>
	<message>
		<source>Reload</source>
		<translation>再読み込み</translation>
	</message>
	<message>
		<source>Maximum number of collectibles to display reached</source>
		<translation>コレクティブル表示数の上限に達しました</translation>
	</message>
	<message>
		<source>View</source>
		<translation>表示する</translation>
	</message>
	<message>
		<source>Unnamed</source>
		<translation>無名</translation>
	</message>
	<message>
		<source>ID</source>
		<translation>ID</translation>
	</message>
	<message>
		<source>Description</source>
		<translation>説明</translation>
	</message>
	<message>
		<source>US Dollars</source>
		<translation>米ドル</translation>
	</message>
	<message>
		<source>Euros</source>
		<translation>ユーロ</translation>
	</message>
	<message>
		<source>United Arab Emirates dirham</source>
		<translation>アラブ首長国連邦ディルハム</translation>
	</message>
	<message>
		<source>Afghan afghani</source>
		<translation>アフガニスタンアフガニ</translation>
	</message>
	<message>
		<source>Argentine peso</source>
		<translation>アルゼンチンペソ</translation>
	</message>
	<message>
		<source>Australian dollar</source>
		<translation>オーストラリアドル</translation>
	</message>
	<message>
		<source>Barbadian dollar</source>
		<translation>バルバドスドル</translation>
	</message>
	<message>
		<source>Bangladeshi taka</source>
		<translation>バングラデシュタカ</translation>
	</message>
	<message>
		<source>Bulgarian lev</source>
		<translation>ブルガリアレフ</translation>
	</message>
	<message>
		<source>Bahraini dinar</source>
		<translation>バーレーンディナール</translation>
	</message>
	<message>
		<source>Brunei dollar</source>
		<translation>ブルネイドル</translation>
	</message>
	<message>
		<source>Bolivian boliviano</source>
		<translation>ボリビア・ボリビアーノ</translation>
	</message>
	<message>
		<source>Brazillian real</source>
		<translation>ブラジルレアル</translation>
	</message>
	<message>
		<source>Bhutanese ngultrum</source>
		<translation>ブータンニュルガム</translation>
	</message>
	<message>
		<source>Canadian dollar</source>
		<translation>カナダドル</translation>
	</message>
	<message>
		<source>Swiss franc</source>
		<translation>スイスフラン</translation>
	</message>
	<message>
		<source>Chilean peso</source>
		<translation>チリペソ</translation>
	</message>
	<message>
		<source>Chinese yuan</source>
		<translation>人民元</translation>
	</message>
	<message>
		<source>Colombian peso</source>
		<translation>コロンビアペソ</translation>
	</message>
	<message>
		<source>Costa Rican colón</source>
		<translation>コスタリカ・コロン</translation>
	</message>
	<message>
		<source>Czech koruna</source>
		<translation>チェココルナ</translation>
	</message>
	<message>
		<source>Danish krone</source>
		<translation>デンマーククローネ</translation>
	</message>
	<message>
		<source>Dominican peso</source>
		<translation>ドミニカ共和国ペソ</translation>
	</message>
	<message>
		<source>Egyptian pound</source>
		<translation>エジプトポンド</translation>
	</message>
	<message>
		<source>Ethiopian birr</source>
		<translation>エチオピア・ビリ</translation>
	</message>
	<message>
		<source>British Pound</source>
		<translation>英国ポンド</translation>
	</message>
	<message>
		<source>Georgian lari</source>
		<translation>グルジア・ラリ</translation>
	</message>
	<message>
		<source>Ghanaian cedi</source>
		<translation>ガーナ・セディ</translation>
	</message>
	<message>
		<source>Hong Kong dollar</source>
		<translation>香港ドル</translation>
	</message>
	<message>
		<source>Croatian kuna</source>
		<translation>クロアチアクーナ</translation>
	</message>
	<message>
		<source>Hungarian forint</source>
		<translation>ハンガリーフォリント</translation>
	</message>
	<message>
		<source>Indonesian rupiah</source>
		<translation>インドネシアルピア</translation>
	</message>
	<message>
		<source>Israeli new shekel</source>
		<translation>イスラエルシェケル</translation>
	</message>
	<message>
		<source>Indian rupee</source>
		<translation>インドルピー</translation>
	</message>
	<message>
		<source>Icelandic króna</source>
		<translation>アイスランドクローナ</translation>
	</message>
	<message>
		<source>Jamaican dollar</source>
		<translation>ジャマイカドル</translation>
	</message>
	<message>
		<source>Japanese yen</source>
		<translation>日本円</translation>
	</message>
	<message>
		<source>Kenyan shilling</source>
		<translation>ケニアシリング</translation>
	</message>
	<message>
		<source>South Korean won</source>
		<translation>韓国ウォン</translation>
	</message>
	<message>
		<source>Kuwaiti dinar</source>
		<translation>クウェート・ディナール</translation>
	</message>
	<message>
		<source>Kazakhstani tenge</source>
		<translation>カザフスタン・テンゲ</translation>
	</message>
	<message>
		<source>Sri Lankan rupee</source>
		<translation>スリランカ・ルピー</translation>
	</message>
	<message>
		<source>Moroccan dirham</source>
		<translation>モロッコ・ディルハム</translation>
	</message>
	<message>
		<source>Moldovan leu</source>
		<translation>モルドバ・レウ</translation>
	</message>
	<message>
		<source>Mauritian rupee</source>
		<translation>モーリシャスルピー</translation>
	</message>
	<message>
		<source>Malawian kwacha</source>
		<translation>マラウイ・クワチャ</translation>
	</message>
	<message>
		<source>Mexican peso</source>
		<translation>メキシコペソ</translation>
	</message>
	<message>
		<source>Malaysian ringgit</source>
		<translation>マレーシア・リンギット</translation>
	</message>
	<message>
		<source>Mozambican metical</source>
		<translation>モザンビーク・メチル</translation>
	</message>
	<message>
		<source>Namibian dollar</source>
		<translation>ナミビアドル</translation>
	</message>
	<message>
		<source>Nigerian naira</source>
		<translation>ナイジェリア・ナイラ</translation>
	</message>
	<message>
		<source>Norwegian krone</source>
		<translation>ノルウェークローネ</translation>
	</message>
	<message>
		<source>Nepalese rupee</source>
		<translation>ネパールルピー</translation>
	</message>
	<message>
		<source>New Zealand dollar</source>
		<translation>ニュージーランドドル</translation>
	</message>
	<message>
		<source>Omani rial</source>
		<translation>オマーン・リアル</translation>
	</message>
	<message>
		<source>Peruvian sol</source>
		<translation>ペルー・ソル</translation>
	</message>
	<message>
		<source>Papua New Guinean kina</source>
		<translation>パプアニューギニア・キナ</translation>
	</message>
	<message>
		<source>Philippine peso</source>
		<translation>フィリピンペソ</translation>
	</message>
	<message>
		<source>Pakistani rupee</source>
		<translation>パキスタンルピー</translation>
	</message>
	<message>
		<source>Polish złoty</source>
		<translation>ポーランドズウォティ</translation>
	</message>
	<message>
		<source>Paraguayan guaraní</source>
		<translation>パラグアイグアラニー</translation>
	</message>
	<message>
		<source>Qatari riyal</source>
		<translation>カタールリヤル</translation>
	</message>
	<message>
		<source>Romanian leu</source>
		<translation>ルーマニア・レウ</translation>
	</message>
	<message>
		<source>Serbian dinar</source>
		<translation>セルビアディナール</translation>
	</message>
	<message>
		<source>Russian ruble</source>
		<translation>ロシアルーブル</translation>
	</message>
	<message>
		<source>Saudi riyal</source>
		<translation>サウジアラビアリヤル</translation>
	</message>
	<message>
		<source>Swedish krona</source>
		<translation>スウェーデンクローナ</translation>
	</message>
	<message>
		<source>Singapore dollar</source>
		<translation>シンガポールドル</translation>
	</message>
	<message>
		<source>Thai baht</source>
		<translation>タイバーツ</translation>
	</message>
	<message>
		<source>Trinidad and Tobago dollar</source>
		<translation>トリニダードトバゴドル</translation>
	</message>
	<message>
		<source>New Taiwan dollar</source>
		<translation>ニュー台湾ドル</translation>
	</message>
	<message>
		<source>Tanzanian shilling</source>
		<translation>タンザニアシリング</translation>
	</message>
	<message>
		<source>Turkish lira</source>
		<translation>トルコリラ</translation>
	</message>
	<message>
		<source>Ukrainian hryvnia</source>
		<translation>ウクライナ・フリヴナ</translation>
	</message>
	<message>
		<source>Ugandan shilling</source>
		<translation>ウガンダシリング</translation>
	</message>
	<message>
		<source>Uruguayan peso</source>
		<translation>ウルグアイペソ</translation>
	</message>
	<message>
		<source>Venezuelan bolívar</source>
		<translation>ベネズエラボリバル</translation>
	</message>
	<message>
		<source>Vietnamese đồng</source>
		<translation>ベトナムドン</translation>
	</message>
	<message>
		<source>South African rand</source>
		<translation>南アフリカランド</translation>
	</message>
	<message>
		<source>View Community</source>
		<translation>コミュニティを表示</translation>
	</message>
	<message>
		<source>Browser</source>
		<translation>ブラウザ</translation>
	</message>
	<message>
		<source>Timeline</source>
		<translation>タイムライン</translation>
	</message>
	<message>
		<source>Contact request accepted</source>
		<translation>友だちリクエストを受け付けました</translation>
	</message>
	<message>
		<source>New contact request</source>
		<translation>新しい友だちリクエスト</translation>
	</message>
	<message>
		<source>You can now chat with %1</source>
		<translation>%1 とチャットできるようになりました</translation>
	</message>
	<message>
		<source>%1 requests to become contacts</source>
		<translation>%1 が友だちリクエストしています。</translation>
	</message>
	<message>
		<source>Where do you want to go?</source>
		<translation>どこに行きますか？</translation>
	</message>
	<message>
		<source>Status Desktop</source>
		<translation>Status Desktop</translation>
	</message>
	<message>
		<source>Open Status</source>
		<translation>Statusを開く</translation>
	</message>
	<message>
		<source>Quit</source>
		<translation>終了する</translation>
	</message>
	<message>
		<source>Create a password</source>
		<translation>パスワードを作成</translation>
	</message>
	<message>
		<source>New password...</source>
		<translation>新しいパスワード...</translation>
	</message>
	<message>
		<source>Confirm password…</source>
		<translation>パスワードを再入力...</translation>
	</message>
	<message>
		<source>At least 6 characters. You will use this password to unlock status on this device &amp; sign transactions.</source>
		<translation>最低6文字です。このパスワードはStatusを開く時とトランザクションを確認する時に使います。</translation>
	</message>
	<message>
		<source>Create password</source>
		<translation>パスワードを作成</translation>
	</message>
	<message>
		<source>Error importing account</source>
		<translation>アカウントのインポートエラー</translation>
	</message>
	<message>
		<source>An error occurred while importing your account: </source>
		<translation>アカウントのインポート中にエラーが発生しました：</translation>
	</message>
	<message>
		<source>Login failed</source>
		<translation>ログインに失敗しました</translation>
	</message>
	<message>
		<source>Login failed. Please re-enter your password and try again.</source>
		<translation>ログインに失敗しました。パスワードを再入力してやり直してください。</translation>
	</message>
	<message>
		<source>Enter seed phrase</source>
		<translation>シードフレーズを入力</translation>
	</message>
	<message>
		<source>This seed phrase doesn&apos;t match our supported dictionary. Check for misspelled words.</source>
		<translation>シードフレーズが一致しません。入力した単語にスペルミスがないか確認してください。</translation>
	</message>
	<message>
		<source>Start with the first word</source>
		<translation>最初の単語から始める</translation>
	</message>
	<message>
		<source>Enter 12, 15, 18, 21 or 24 words.
Seperate words by a single space.</source>
		<translation>12、15、18、21、または24単語を入力してください。各単語はシングルスペースで区切ってください。</translation>
	</message>
	<message>
		<source>Invalid seed phrase</source>
		<translation>無効なシードフレーズ</translation>
	</message>
	<message>
		<source>Choose a chat name</source>
		<translation>チャットネームを選ぶ</translation>
	</message>
	<message>
		<source>Truly private communication</source>
		<translation>完全にプライベートなコミュニケーション</translation>
	</message>
	<message>
		<source>Chat over a peer-to-peer, encrypted network
 where messages can&apos;t be censored or hacked</source>
		<translation>1対1で暗号化されたネットワークでは、メッセージを誰かに盗み見られる心配はありません</translation>
	</message>
	<message>
		<source>Secure crypto wallet</source>
		<translation>セキュアな暗号資産ウォレット</translation>
	</message>
	<message>
		<source>Send and receive digital assets anywhere in the
world--no bank account required</source>
		<translation>世界中のどこでもデジタル資産を送受信できます。銀行口座は必要ありません。</translation>
	</message>
	<message>
		<source>Decentralized apps</source>
		<translation>分散型アプリ</translation>
	</message>
	<message>
		<source>Explore games, exchanges and social networks
where you alone own your data</source>
		<translation>お気に入りのゲーム、SNS、取引所アプリを見つけよう
自分のデータは自分だけが管理できます</translation>
	</message>
	<message>
		<source>Thanks for trying Status Desktop! Please note that this is an alpha release and we advise you that using this app should be done for testing purposes only and you assume the full responsibility for all risks concerning your data and funds. Status makes no claims of security or integrity of funds in these builds.</source>
		<translation>Status Desktopをお試しいただきありがとうございます。本アプリはアルファ版であり、本アプリの使用はテスト目的のみとし、データや資金に関するすべてのリスクはお客様の責任となることをご了承ください。Statusは、これらのビルドにおける資金の安全性または完全性を保証するものではありません。</translation>
	</message>
	<message>
		<source>I understand</source>
		<translation>理解しました</translation>
	</message>
	<message>
		<source>Status does not collect, share or sell any personal data. By continuing you agree with the privacy policy.</source>
		<translation>Statusはいかなる個人情報も収集・共有・販売しません。プライバシーポリシーに同意して続行する。</translation>
	</message>
	<message>
		<source>I&apos;m new, generate keys</source>
		<translation>新しい鍵を生成</translation>
	</message>
	<message>
		<source>Access existing key</source>
		<translation>既存の鍵で復元する</translation>
	</message>
	<message>
		<source>Enter password</source>
		<translation>パスワードを入力</translation>
	</message>
	<message>
		<source>Connecting...</source>
		<translation>接続しています...</translation>
	</message>
	<message>
		<source>Login failed: %1</source>
		<translation>ログインに失敗しました: %1</translation>
	</message>
	<message>
		<source>Generate new keys</source>
		<translation>新しい鍵を生成</translation>
	</message>
	<message>
		<source>Your keys</source>
		<translation>あなたの鍵</translation>
	</message>
	<message>
		<source>Add another existing key</source>
		<translation>既存のキーをもう一つ追加する</translation>
	</message>
	<message>
		<source>Your keys have been successfully recovered</source>
		<translation>鍵の復元に成功しました</translation>
	</message>
	<message>
		<source>You will have to create a new code or password to re-encrypt your keys</source>
		<translation>鍵を再暗号化するため、新しくパスコードを設定します。</translation>
	</message>
	<message>
		<source>Re-encrypt your keys</source>
		<translation>鍵を再暗号化</translation>
	</message>
	<message>
		<source>Cannot find asset &apos;%1&apos;. Ensure this asset has been added to the token list.</source>
		<translation>アセット &apos;%1&apos; が見つかりません。このアセットがトークンリストに追加されていることを確認してください。</translation>
	</message>
	<message>
		<source>ENS Username not found</source>
		<translation>ENS ユーザ名が見つかりません</translation>
	</message>
	<message>
		<source>eg. 0x1234 or ENS</source>
		<translation>例： 0x1234 または ENS</translation>
	</message>
	<message>
		<source>Paste</source>
		<translation>貼り付け</translation>
	</message>
	<message>
		<source>You need to request the recipient’s address first.
Assets won’t be sent yet.</source>
		<translation>まずは受信者のアドレスを要求する必要があります。
資産はまだ送られません。</translation>
	</message>
	<message>
		<source>Invalid source</source>
		<translation>ソースが無効です</translation>
	</message>
	<message>
		<source>Insufficient balance</source>
		<translation>残高不足</translation>
	</message>
	<message>
		<source>Must be greater than 0</source>
		<translation>0より大きくなければなりません</translation>
	</message>
	<message>
		<source>Priority</source>
		<translation>プライオリティ</translation>
	</message>
	<message>
		<source>Use suggestions</source>
		<translation>提案を使用する</translation>
	</message>
	<message>
		<source>Use custom</source>
		<translation>カスタムを使用</translation>
	</message>
	<message>
		<source>Low</source>
		<translation>低</translation>
	</message>
	<message>
		<source>High</source>
		<translation>高</translation>
	</message>
	<message>
		<source>Gas amount limit</source>
		<translation>ガス合計金額</translation>
	</message>
	<message>
		<source>Per-gas overall limit</source>
		<translation>ガスあたりの全体的な上限</translation>
	</message>
	<message>
		<source>Maximum overall price for the transaction. If the block base fee exceeds this, it will be included in a following block with a lower base fee.</source>
		<translation>トランザクションの最大の全体価格。ブロックの基本料金がこれを超える場合は、基本料金の低い次のブロックに含まれます。</translation>
	</message>
	<message>
		<source>Must be greater than or equal to 0</source>
		<translation>0以上である必要があります</translation>
	</message>
	<message>
		<source>This needs to be a number</source>
		<translation>これは数字である必要があります</translation>
	</message>
	<message>
		<source>Please enter an amount</source>
		<translation>金額を入力してください</translation>
	</message>
	<message>
		<source>The amount is 0. Proceed only if this is desired.</source>
		<translation>金額は0です。 希望する場合のみ進めてください。</translation>
	</message>
	<message>
		<source>Balance: </source>
		<translation>残高: </translation>
	</message>
	<message>
		<source>Asset &amp; Amount</source>
		<translation>資産と金額</translation>
	</message>
	<message>
		<source>Blocking will remove any messages you received from %1 and stop new messages from reaching you.</source>
		<translation>ブロックすると、%1 から受け取ったメッセージがすべて削除され、新しいメッセージが届かなくなります。</translation>
	</message>
	<message>
		<source>Account color</source>
		<translation>アカウントカラー</translation>
	</message>
	<message>
		<source>Confirm your action</source>
		<translation>アクションを確認する</translation>
	</message>
	<message>
		<source>Confirm</source>
		<translation>確認</translation>
	</message>
	<message>
		<source>Are you sure you want to this?</source>
		<translation>本当によろしいですか？</translation>
	</message>
	<message>
		<source>Do not show this again</source>
		<translation>二度と表示しない</translation>
	</message>
	<message>
		<source>Please select a contact</source>
		<translation>連絡先を選択してください</translation>
	</message>
	<message>
		<source>Select a contact</source>
		<translation>連絡先を選択</translation>
	</message>
	<message>
		<source>Contact does not have an ENS address. Please send a transaction in chat.</source>
		<translation>連絡先はENSアドレスを持っていません。チャット画面で送金してください。</translation>
	</message>
	<message>
		<source>No contact selected</source>
		<translation>連絡先が選択されていません</translation>
	</message>
	<message>
		<source>Copied!</source>
		<translation>コピーしました</translation>
	</message>
	<message>
		<source>Slow</source>
		<translation>遅い</translation>
	</message>
	<message>
		<source>Optimal</source>
		<translation>最適</translation>
	</message>
	<message>
		<source>Fast</source>
		<translation>高速</translation>
	</message>
	<message>
		<source>Reset</source>
		<translation>リセット</translation>
	</message>
	<message>
		<source>Advanced</source>
		<translation>高度な設定</translation>
	</message>
	<message>
		<source>Custom Network Fee</source>
		<translation>カスタムネットワーク手数料</translation>
	</message>
	<message>
		<source>Gwei</source>
		<translation>Gwei</translation>
	</message>
	<message>
		<source>Apply</source>
		<translation>適用する</translation>
	</message>
	<message>
		<source>Not enough ETH for gas</source>
		<translation>ガスに必要なETHが足りません</translation>
	</message>
	<message>
		<source>Copied</source>
		<translation>コピーしました</translation>
	</message>
	<message>
		<source>Pasted</source>
		<translation>貼り付け済み</translation>
	</message>
	<message>
		<source>Copy</source>
		<translation>クリップボードにコピー</translation>
	</message>
	<message>
		<source>Invalid ethereum address</source>
		<translation>無効なイーサリアムアドレス</translation>
	</message>
	<message>
		<source>Address</source>
		<translation>アドレス</translation>
	</message>
	<message>
		<source>My account</source>
		<translation>アカウント</translation>
	</message>
	<message>
		<source>Contact</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>Search</source>
		<translation>検索</translation>
	</message>
	<message>
		<source>In:</source>
		<translation>In:</translation>
	</message>
	<message>
		<source>Messages</source>
		<translation>メッセージ</translation>
	</message>
	<message>
		<source>Tokens will be sent directly to a contract address, which may result in a loss of funds. To transfer ERC-20 tokens, ensure the recipient address is the address of the destination wallet.</source>
		<translation>トークンはコントラクトアドレスに直接送信されるため、資金が失われる可能性があります。ERC-20トークンを送金するには、受信者アドレスが送金先のウォレットのアドレスであることを確認してください。</translation>
	</message>
	<message>
		<source>View on Etherscan</source>
		<translation>Etherscanで表示</translation>
	</message>
	<message>
		<source>&lt;a href=&apos;%1&apos; style=&apos;color:%2;text-decoration:none;&apos;&gt;%3&lt;/a&gt;</source>
		<translation>&lt;a href=&apos;%1&apos; style=&apos;color:%2;text-decoration:none;&apos;&gt;%3&lt;/a&gt;</translation>
	</message>
	<message>
		<source>Asset</source>
		<translation>アセット</translation>
	</message>
	<message>
		<source>Amount</source>
		<translation>金額</translation>
	</message>
	<message>
		<source>Data field</source>
		<translation>データフィールド</translation>
	</message>
	<message>
		<source>Signing phrase is a 3 word combination that displayed when you entered the wallet on this device for the first time.</source>
		<translation>署名フレーズは、このデバイスで初めてウォレットを使ったときに表示される3単語の組合せです。</translation>
	</message>
	<message>
		<source>Enter the password you use to unlock this device</source>
		<translation>このデバイスのロック解除に使用するパスワードを入力します</translation>
	</message>
	<message>
		<source>Unblocking will allow new messages you received from %1 to reach you.</source>
		<translation>ブロックを解除すると、%1 から受け取る新しいメッセージが届くようになります。</translation>
	</message>
	<message>
		<source>Send transaction</source>
		<translation>トランザクションを送信</translation>
	</message>
	<message>
		<source>Request transaction</source>
		<translation>トランザクションのリクエスト</translation>
	</message>
	<message>
		<source>Public chat</source>
		<translation>パブリックチャット</translation>
	</message>
	<message>
		<source>Not a contact</source>
		<translation>連絡先に登録されていません</translation>
	</message>
	<message>
		<source>Image files (%1)</source>
		<translation>画像ファイル（%1）</translation>
	</message>
	<message>
		<source>Your message is too long.</source>
		<translation>メッセージが長すぎます。</translation>
	</message>
	<message>
		<source>Please make your message shorter. We have set the limit to 2000 characters to be courteous of others.</source>
		<translation>メッセージを短くしてください。他の方への配慮から上限を2000文字に設定しています。</translation>
	</message>
	<message>
		<source>Type a message</source>
		<translation>メッセージを入力</translation>
	</message>
	<message>
		<source>Bold</source>
		<translation>太字</translation>
	</message>
	<message>
		<source>Italic</source>
		<translation>イタリック</translation>
	</message>
	<message>
		<source>Strikethrough</source>
		<translation>取り消し線</translation>
	</message>
	<message>
		<source>Code</source>
		<translation>コード</translation>
	</message>
	<message>
		<source>No recent emojis</source>
		<translation>最近の絵文字はありません</translation>
	</message>
	<message>
		<source>Buy for %1 SNT</source>
		<translation>%1 SNTを購入</translation>
	</message>
	<message>
		<source>Uninstall</source>
		<translation>アンインストール</translation>
	</message>
	<message>
		<source>Install</source>
		<translation>インストール</translation>
	</message>
	<message>
		<source>Free</source>
		<translation>無料</translation>
	</message>
	<message>
		<source>Pending...</source>
		<translation>保留中...</translation>
	</message>
	<message>
		<source>Update</source>
		<translation>更新</translation>
	</message>
	<message>
		<source>Could not buy Stickerpack</source>
		<translation>ステッカーパックを購入できませんでした</translation>
	</message>
	<message>
		<source>Stickerpack bought successfully</source>
		<translation>ステッカーパックを購入しました</translation>
	</message>
	<message>
		<source>You don&apos;t have any stickers yet</source>
		<translation>まだステッカーを持っていません</translation>
	</message>
	<message>
		<source>Recently used stickers will appear here</source>
		<translation>最近使用したステッカーがここに表示されます</translation>
	</message>
	<message>
		<source>Get Stickers</source>
		<translation>ステッカーを入手</translation>
	</message>
	<message>
		<source>Ethereum explorer</source>
		<translation>イーサリアムエクスプローラ</translation>
	</message>
	<message>
		<source>Custom...</source>
		<translation>カスタム...</translation>
	</message>
	<message>
		<source>Search engine</source>
		<translation>検索エンジン</translation>
	</message>
	<message>
		<source>Dapp permissions</source>
		<translation>DAppアクセス許可</translation>
	</message>
	<message>
		<source>Revoke access</source>
		<translation>アクセス権を取り消す</translation>
	</message>
	<message>
		<source>Revoke all access</source>
		<translation>すべてのアクセス権を取り消す</translation>
	</message>
	<message>
		<source>Show more</source>
		<translation>もっとみる</translation>
	</message>
	<message>
		<source>%1 invited you to join the group</source>
		<translation>%1 があなたをグループに招待しました</translation>
	</message>
	<message>
		<source>All</source>
		<translation>すべて</translation>
	</message>
	<message>
		<source>Mentions</source>
		<translation>メンション</translation>
	</message>
	<message>
		<source>Replies</source>
		<translation>返信</translation>
	</message>
	<message>
		<source>Contact requests</source>
		<translation>友だちリクエスト</translation>
	</message>
	<message>
		<source>Mark all as Read</source>
		<translation>すべて既読にする</translation>
	</message>
	<message>
		<source>Show read notifications</source>
		<translation>既読通知を表示する</translation>
	</message>
	<message>
		<source>Hide read notifications</source>
		<translation>既読通知を非表示</translation>
	</message>
	<message>
		<source>Notification settings</source>
		<translation>通知設定</translation>
	</message>
	<message>
		<source>You need to be mutual contacts with this person for them to receive your messages</source>
		<translation>メッセージを受信するには、相手と相互に友だち登録する必要があります。</translation>
	</message>
	<message>
		<source>Waiting for %1 to accept your request</source>
		<translation>%1 がリクエストを受け入れるのを待っています</translation>
	</message>
	<message>
		<source>Just click this button to add them as contact. They will receive a notification. Once they accept the request, you&apos;ll be able to chat</source>
		<translation>このボタンをクリックするだけで、連絡先として追加されます。相手に通知が届きます。相手がリクエストを受け入れると、チャットができるようになります。</translation>
	</message>
	<message>
		<source>Back up community key</source>
		<translation>コミュニティキーをバックアップする</translation>
	</message>
	<message>
		<source>Back up</source>
		<translation>バックアップ</translation>
	</message>
	<message>
		<source>Member name</source>
		<translation>メンバー名</translation>
	</message>
	<message>
		<source>Community members will appear here</source>
		<translation>コミュニティメンバーがここに表示されます</translation>
	</message>
	<message>
		<source>No contacts found</source>
		<translation>連絡先が見つかりません</translation>
	</message>
	<message>
		<source>Your community is free to join, but new members are required to be approved by the community creator first</source>
		<translation>コミュニティには無料で参加できますが、新規メンバーはコミュニティ作成者の承認が必要です</translation>
	</message>
	<message>
		<source>Your community can only be joined by an invitation from existing community members</source>
		<translation>コミュニティは既存メンバーからの招待によってのみ参加できます。</translation>
	</message>
	<message>
		<source>Your community is free for anyone to join</source>
		<translation>コミュニティに誰でも無料で参加できます</translation>
	</message>
	<message>
		<source>You should keep it safe and only share it with people you trust to take ownership of your community</source>
		<translation>安全な場所に保管し、信頼できる人とだけ共有することで、コミュニティのオーナーシップを高めることができます。</translation>
	</message>
	<message>
		<source>You can also use this key to import your community on another device</source>
		<translation>このキーを使用して、コミュニティを別のデバイスにインポートすることもできます</translation>
	</message>
	<message>
		<source>Decline and block</source>
		<translation>拒否してブロックする</translation>
	</message>
	<message>
		<source>Decline all contacts</source>
		<translation>すべての連絡先を拒否する</translation>
	</message>
	<message>
		<source>Are you sure you want to decline all these contact requests</source>
		<translation>すべての友だちリクエストを拒否しますか</translation>
	</message>
	<message>
		<source>Accept all contacts</source>
		<translation>すべて許可</translation>
	</message>
	<message>
		<source>Are you sure you want to accept all these contact requests</source>
		<translation>すべての友だちリクエストを受け入れますか</translation>
	</message>
	<message>
		<source>Decline all</source>
		<translation>すべて拒否</translation>
	</message>
	<message>
		<source>Accept all</source>
		<translation>すべて許可</translation>
	</message>
	<message>
		<source>Pin limit reached</source>
		<translation>ピン数上限に達しました</translation>
	</message>
	<message>
		<source>Unpin a previous message first</source>
		<translation>最初に前のメッセージのピン留めを解除する</translation>
	</message>
	<message>
		<source>%1 messages</source>
		<translation>%1 メッセージ</translation>
	</message>
	<message>
		<source>%1 message</source>
		<translation>%1 メッセージ</translation>
	</message>
	<message>
		<source>Pinned messages will appear here.</source>
		<translation>ピン留めされたメッセージがここに表示されます。</translation>
	</message>
	<message>
		<source>I accept</source>
		<translation>許可する</translation>
	</message>
	<message>
		<source>Format not supported.</source>
		<translation>サポートされていない形式です。</translation>
	</message>
	<message>
		<source>Upload %1 only</source>
		<translation>%1 のみをアップロード</translation>
	</message>
	<message>
		<source>You can only upload %1 images at a time</source>
		<translation>一度にアップロードできる画像は %1 枚のみです</translation>
	</message>
	<message>
		<source>Max image size is %1 MB</source>
		<translation>最大画像サイズは%1 MB</translation>
	</message>
	<message>
		<source>TODO</source>
		<translation>ToDo</translation>
	</message>
	<message>
		<source>NOW</source>
		<translation>今</translation>
	</message>
	<message>
		<source>%1M</source>
		<translation>%1ヶ月</translation>
	</message>
	<message>
		<source>%1H</source>
		<translation>%1時間</translation>
	</message>
	<message>
		<source>%1D</source>
		<translation>%1日</translation>
	</message>
	<message>
		<source>Sun</source>
		<translation>日</translation>
	</message>
	<message>
		<source>Mon</source>
		<translation>月</translation>
	</message>
	<message>
		<source>Tue</source>
		<translation>火</translation>
	</message>
	<message>
		<source>Wed</source>
		<translation>水</translation>
	</message>
	<message>
		<source>Thu</source>
		<translation>木</translation>
	</message>
	<message>
		<source>Fri</source>
		<translation>金</translation>
	</message>
	<message>
		<source>Sat</source>
		<translation>土</translation>
	</message>
	<message>
		<source>Jan</source>
		<translation>1月</translation>
	</message>
	<message>
		<source>Feb</source>
		<translation>2月</translation>
	</message>
	<message>
		<source>Mar</source>
		<translation>3月</translation>
	</message>
	<message>
		<source>Apr</source>
		<translation>4月</translation>
	</message>
	<message>
		<source>Jun</source>
		<translation>6月</translation>
	</message>
	<message>
		<source>Jul</source>
		<translation>7月</translation>
	</message>
	<message>
		<source>Aug</source>
		<translation>8月</translation>
	</message>
	<message>
		<source>Sep</source>
		<translation>9月</translation>
	</message>
	<message>
		<source>Oct</source>
		<translation>10月</translation>
	</message>
	<message>
		<source>Nov</source>
		<translation>11月</translation>
	</message>
	<message>
		<source>Dec</source>
		<translation>12月</translation>
	</message>
	<message>
		<source>Sunday</source>
		<translation>日曜日</translation>
	</message>
	<message>
		<source>Monday</source>
		<translation>月曜日</translation>
	</message>
	<message>
		<source>Tuesday</source>
		<translation>火曜日</translation>
	</message>
	<message>
		<source>Wednesday</source>
		<translation>水曜日</translation>
	</message>
	<message>
		<source>Thursday</source>
		<translation>木曜日</translation>
	</message>
	<message>
		<source>Friday</source>
		<translation>金曜日</translation>
	</message>
	<message>
		<source>Saturday</source>
		<translation>土曜日</translation>
	</message>
	<message>
		<source>Start a 1-on-1 chat with %1</source>
		<translation>%1 と1対1のチャットを開始する</translation>
	</message>
	<message>
		<source>Join the %1 community</source>
		<translation>%1 コミュニティに参加する</translation>
	</message>
	<message>
		<source>Join the %1 group chat</source>
		<translation>%1 グループチャットに参加する</translation>
	</message>
	<message>
		<source>Join the %1 public channel</source>
		<translation>%1 パブリックチャネルに参加する</translation>
	</message>
	<message>
		<source>words</source>
		<translation>単語</translation>
	</message>
	<message>
		<source>Mainnet with upstream RPC</source>
		<translation>Mainnet with upstream RPC</translation>
	</message>
	<message>
		<source>POA Network</source>
		<translation>POA Network</translation>
	</message>
	<message>
		<source>xDai Chain</source>
		<translation>xDai Chain</translation>
	</message>
	<message>
		<source>Goerli with upstream RPC</source>
		<translation>Goerli with upstream RPC</translation>
	</message>
	<message>
		<source>Rinkeby with upstream RPC</source>
		<translation>Rinkeby with upstream RPC</translation>
	</message>
	<message>
		<source>Ropsten with upstream RPC</source>
		<translation>Ropsten with upstream RPC</translation>
	</message>
	<message>
		<source>You need to repeat your password</source>
		<translation>パスワードを再度入力してください</translation>
	</message>
	<message>
		<source>Passwords don&apos;t match</source>
		<translation>パスワードが一致しません</translation>
	</message>
	<message>
		<source>You need to enter a %1</source>
		<translation>%1 を入力する必要があります</translation>
	</message>
	<message>
		<source>The %1 cannot exceed %2 characters</source>
		<translation>%1は%2文字を超えることはできません</translation>
	</message>
	<message>
		<source>Must be an hexadecimal color (eg: #4360DF)</source>
		<translation>16進数のカラーであること (例: #4360DF)</translation>
	</message>
	<message>
		<source>Use only lowercase letters (a to z), numbers &amp; dashes (-). Do not use chat keys.</source>
		<translation>小文字（a～z）、数字、ダッシュ（-）のみ使用可能です。チャットキーは使用しないでください。</translation>
	</message>
	<message>
		<source>community-image-delete</source>
		<translation>Empty</translation>
	</message>
	<message>
		<source>public</source>
		<translation>パブリック</translation>
	</message>
	<message>
		<source>open-dapp2</source>
		<translation>dAppを開く</translation>
	</message>
	<message>
		<source>ens-banner-message</source>
		<translation>stateofus.eth 名を登録した方は、$ENS を収集する資格がある可能性があります</translation>
	</message>
	<message>
		<source>app-connections</source>
		<translation>アプリ接続</translation>
	</message>
	<message>
		<source>successful-connection</source>
		<translation>接続成功</translation>
	</message>
	<message>
		<source>all-connections</source>
		<translation>すべての接続</translation>
	</message>
	<message>
		<source>token-price</source>
		<translation></translation>
	</message>
</context>
<context>
	<name>AboutView</name>
	<message>
		<source>Status Desktop</source>
		<translation>Status Desktop</translation>
	</message>
	<message>
		<source>Privacy Policy</source>
		<translation>プライバシーポリシー</translation>
	</message>
	<message>
		<source>Check for updates</source>
		<translation>アップデートを確認する</translation>
	</message>
	<message>
		<source>Current Version</source>
		<translation>現在のバージョン</translation>
	</message>
	<message>
		<source>Release Notes</source>
		<translation>リリースノート</translation>
	</message>
	<message>
		<source>Our Principles</source>
		<translation>Statusの信念</translation>
	</message>
	<message>
		<source>Status desktop’s GitHub Repositories</source>
		<translation>Status DesktopのGitHubリポジトリ</translation>
	</message>
	<message>
		<source>Status Go</source>
		<translation>Status Go</translation>
	</message>
	<message>
		<source>StatusQ</source>
		<translation>StatusQ</translation>
	</message>
	<message>
		<source>go-waku</source>
		<translation>go-waku</translation>
	</message>
	<message>
		<source>Legal &amp; Privacy Documents</source>
		<translation>法律およびプライバシーに関する文書</translation>
	</message>
	<message>
		<source>Terms of Use</source>
		<translation>利用規約</translation>
	</message>
	<message>
		<source>Software License</source>
		<translation>ソフトウェアライセンス</translation>
	</message>
</context>
<context>
	<name>AcceptRejectOptionsButtonsPanel</name>
	<message>
		<source>View Profile</source>
		<translation>プロフィールを表示</translation>
	</message>
	<message>
		<source>Decline and block</source>
		<translation>拒否してブロックする</translation>
	</message>
</context>
<context>
	<name>AccessExistingCommunityPopup</name>
	<message>
		<source>You need to enter a key</source>
		<translation>キーを入力する必要があります</translation>
	</message>
	<message>
		<source>Import</source>
		<translation>インポートする</translation>
	</message>
	<message>
		<source>Error importing the community</source>
		<translation>コミュニティのインポート中にエラーが発生しました</translation>
	</message>
</context>
<context>
	<name>AccountView</name>
	<message>
		<source>Type</source>
		<translation>タイプ</translation>
	</message>
	<message>
		<source>Storage</source>
		<translation>ストレージ</translation>
	</message>
	<message>
		<source>Watch-Only Account</source>
		<translation>読み取り専用アカウント</translation>
	</message>
	<message>
		<source>Generated by your Status seed phrase profile</source>
		<translation>Statusシードフレーズプロファイルによって生成されます。</translation>
	</message>
	<message>
		<source>Imported Account</source>
		<translation>インポートされたアカウント</translation>
	</message>
	<message>
		<source>On Device</source>
		<translation>デバイス内</translation>
	</message>
	<message>
		<source>Derivation Path</source>
		<translation>派生パス</translation>
	</message>
	<message>
		<source>Remove from your profile</source>
		<translation>プロフィールから削除</translation>
	</message>
	<message>
		<source>Confirm %1 Removal</source>
		<translation>%1 の削除を確認</translation>
	</message>
	<message>
		<source>You will not be able to restore viewing access to this account in the future unless you enter this account’s address again.</source>
		<translation>このアカウントのアドレスを再度入力しない限り、今後このアカウントへの閲覧アクセスを復元することはできません。</translation>
	</message>
	<message>
		<source>Remove Account</source>
		<translation>アカウントを削除</translation>
	</message>
	<message>
		<source>Related Accounts</source>
		<translation>関連アカウント</translation>
	</message>
</context>
<context>
	<name>ActivityCenterMessageComponentView</name>
	<message>
		<source>Mark as Read</source>
		<translation>既読にする</translation>
	</message>
	<message>
		<source>Mark as Unread</source>
		<translation>未読にする</translation>
	</message>
</context>
<context>
	<name>AddAccountModal</name>
	<message>
		<source>Advanced</source>
		<translation>高度な設定</translation>
	</message>
	<message>
		<source>Generate an account</source>
		<translation>アカウントを追加</translation>
	</message>
	<message>
		<source>Wrong password</source>
		<translation>パスワードが間違っています</translation>
	</message>
	<message>
		<source>You need to enter a password</source>
		<translation>パスワードを入力する必要があります</translation>
	</message>
	<message>
		<source>Password needs to be 6 characters or more</source>
		<translation>パスワードは6文字以上必要です</translation>
	</message>
	<message>
		<source>Enter your password…</source>
		<translation>パスワードを入力</translation>
	</message>
	<message>
		<source>Password</source>
		<translation>パスワード</translation>
	</message>
	<message>
		<source>Enter an account name...</source>
		<translation>アカウント名を入力...</translation>
	</message>
	<message>
		<source>Account name</source>
		<translation>アカウント名</translation>
	</message>
	<message>
		<source>You need to enter an account name</source>
		<translation>アカウント名の入力が必要です</translation>
	</message>
	<message>
		<source>color</source>
		<translation>カラー</translation>
	</message>
	<message>
		<source>Loading...</source>
		<translation>読み込み中...</translation>
	</message>
	<message>
		<source>Add account</source>
		<translation>アカウントを追加</translation>
	</message>
	<message>
		<source>Enter your password...</source>
		<translation>パスワードを入力</translation>
	</message>
</context>
<context>
	<name>AddEditSavedAddressPopup</name>
	<message>
		<source>Name</source>
		<translation>名前</translation>
	</message>
	<message>
		<source>Address</source>
		<translation>アドレス</translation>
	</message>
	<message>
		<source>Save</source>
		<translation>保存</translation>
	</message>
	<message>
		<source>Edit saved address</source>
		<translation>保存したアドレスを編集する</translation>
	</message>
	<message>
		<source>Add saved address</source>
		<translation>保存されたアドレスの追加</translation>
	</message>
	<message>
		<source>Enter a name</source>
		<translation>名前を入力してください</translation>
	</message>
	<message>
		<source>Name must not be blank</source>
		<translation>名前を入力してください</translation>
	</message>
	<message>
		<source>This is not a valid account name</source>
		<translation>これは有効なアカウント名ではありません</translation>
	</message>
	<message>
		<source>Enter ENS Name or Ethereum Address</source>
		<translation>ENS名またはイーサリアムアドレスを入力</translation>
	</message>
	<message>
		<source>Please enter a valid ENS name OR Ethereum Address</source>
		<translation>有効なENS名またはイーサリアムアドレスを入力してください</translation>
	</message>
	<message>
		<source>Add address</source>
		<translation>アドレスを追加</translation>
	</message>
</context>
<context>
	<name>AddFavoriteModal</name>
	<message>
		<source>URL</source>
		<translation>URL</translation>
	</message>
	<message>
		<source>Paste URL</source>
		<translation>URLを貼り付け</translation>
	</message>
	<message>
		<source>Paste</source>
		<translation>貼り付け</translation>
	</message>
	<message>
		<source>Pasted</source>
		<translation>貼り付け済み</translation>
	</message>
	<message>
		<source>Name</source>
		<translation>名前</translation>
	</message>
	<message>
		<source>Favorite added</source>
		<translation>お気に入りを追加しました</translation>
	</message>
	<message>
		<source>Edit</source>
		<translation>編集</translation>
	</message>
	<message>
		<source>Add favorite</source>
		<translation>お気に入りを追加</translation>
	</message>
	<message>
		<source>Please enter a valid URL</source>
		<translation>有効なURLを入力してください</translation>
	</message>
	<message>
		<source>Name of the website</source>
		<translation>サイト名</translation>
	</message>
	<message>
		<source>Please enter a name</source>
		<translation>名前を入力してください</translation>
	</message>
	<message>
		<source>Remove</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>Done</source>
		<translation>完了</translation>
	</message>
	<message>
		<source>Add</source>
		<translation>追加</translation>
	</message>
	<message>
		<source>Add Favorite</source>
		<translation>お気に入りを追加</translation>
	</message>
</context>
<context>
	<name>AdvancedContainer</name>
	<message>
		<source>Online users</source>
		<translation>オンラインユーザ</translation>
	</message>
</context>
<context>
	<name>AdvancedView</name>
	<message>
		<source>disable</source>
		<translation>無効</translation>
	</message>
	<message>
		<source>enable</source>
		<translation>有効</translation>
	</message>
	<message>
		<source>Fleet</source>
		<translation>Fleet</translation>
	</message>
	<message>
		<source>Minimize on close</source>
		<translation>クローズ時に最小化</translation>
	</message>
	<message>
		<source>Application Logs</source>
		<translation>アプリケーションログ</translation>
	</message>
	<message>
		<source>Experimental features</source>
		<translation>実験的な機能</translation>
	</message>
	<message>
		<source>Wallet</source>
		<translation>ウォレット</translation>
	</message>
	<message>
		<source>WalletSettingsLineButton</source>
		<translation>WalletSettingsLineButton</translation>
	</message>
	<message>
		<source>Dapp Browser</source>
		<translation>Dappブラウザ</translation>
	</message>
	<message>
		<source>Community History Archive Protocol</source>
		<translation>コミュニティ ヒストリー アーカイブ プロトコル</translation>
	</message>
	<message>
		<source>Node Management</source>
		<translation>ノード管理</translation>
	</message>
	<message>
		<source>Keycard</source>
		<translation>Keycard</translation>
	</message>
	<message>
		<source>Bloom filter level</source>
		<translation>ブルームフィルターレベル</translation>
	</message>
	<message>
		<source>Warning!</source>
		<translation>警告！</translation>
	</message>
	<message>
		<source>The account will be logged out. When you login again, the selected mode will be enabled</source>
		<translation>アカウントをログアウトします。再度ログインする際、選択したネットワークが使われます。</translation>
	</message>
	<message>
		<source>Light Node</source>
		<translation>ライトノード</translation>
	</message>
	<message>
		<source>Normal</source>
		<translation>通常</translation>
	</message>
	<message>
		<source>Full Node</source>
		<translation>フルノード</translation>
	</message>
	<message>
		<source>WakuV2 mode</source>
		<translation>WakuV2モード</translation>
	</message>
	<message>
		<source>Developer features</source>
		<translation>開発者向け機能</translation>
	</message>
	<message>
		<source>Full developer mode</source>
		<translation>フル開発者モード</translation>
	</message>
	<message>
		<source>Download messages</source>
		<translation>メッセージをダウンロードする</translation>
	</message>
	<message>
		<source>Telemetry</source>
		<translation>テレメトリー</translation>
	</message>
	<message>
		<source>Debug</source>
		<translation>デバッグ</translation>
	</message>
	<message>
		<source>Auto message</source>
		<translation>自動メッセージ</translation>
	</message>
	<message>
		<source>Are you sure you want to enable all the develoer features? The app will be restarted.</source>
		<translation>すべての開発者機能を有効にしますか？アプリが再起動されます。</translation>
	</message>
	<message>
		<source>Are you sure you want to enable telemetry? This will reduce your privacy level while using Status. You need to restart the app for this change to take effect.</source>
		<translation>テレメトリを有効にしてもよろしいですか？これにより、Status使用中のプライバシーレベルが低下します。この変更を有効にするには、アプリを再起動する必要があります。</translation>
	</message>
	<message>
		<source>Are you sure you want to enable auto message? You need to restart the app for this change to take effect.</source>
		<translation>自動メッセージを有効にしますか？この変更を有効にするには、アプリを再起動する必要があります。</translation>
	</message>
	<message>
		<source>Are you sure you want to %1 debug mode? You need to restart the app for this change to take effect.</source>
		<translation>%1 デバッグ モードを実行しますか？ この変更を有効にするには、アプリを再起動する必要があります。</translation>
	</message>
	<message>
		<source>This feature is experimental and is meant for testing purposes by core contributors and the community. It&apos;s not meant for real use and makes no claims of security or integrity of funds or data. Use at your own risk.</source>
		<translation>この機能は実験的なものであり、コアコントリビュータとコミュニティのテスト目的のためのものです。実際の利用を目的としたものではなく、資金やデータの安全性や完全性を保証するものではありません。ご自身の責任においてご利用ください。</translation>
	</message>
	<message>
		<source>I understand</source>
		<translation>理解しました</translation>
	</message>
</context>
<context>
	<name>AllowNotificationsView</name>
	<message>
		<source>Ok, got it</source>
		<translation>わかりました</translation>
	</message>
	<message>
		<source>Allow notifications</source>
		<translation>通知を許可する</translation>
	</message>
	<message>
		<source>Status will notify you about new messages. You can
edit your notification preferences later in settings.</source>
		<translation>Statusは新着メッセージを通知します。これは後から通知設定で変更できます。</translation>
	</message>
</context>
<context>
	<name>AppMain</name>
	<message>
		<source>Where do you want to go?</source>
		<translation>どこに行きますか？</translation>
	</message>
	<message>
		<source>Profile Picture</source>
		<translation>プロフィール画像</translation>
	</message>
	<message>
		<source>Make this my Profile Pic</source>
		<translation>これを私のプロフィール画像にします</translation>
	</message>
	<message>
		<source>Invite People</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>View Community</source>
		<translation>コミュニティを表示</translation>
	</message>
	<message>
		<source>Leave Community</source>
		<translation>コミュニティから退出する</translation>
	</message>
	<message>
		<source>A new version of Status (%1) is available</source>
		<translation>新しいバージョンのStatus (%1) が利用可能です</translation>
	</message>
	<message>
		<source>Download</source>
		<translation>ダウンロード</translation>
	</message>
	<message>
		<source>Your version is up to date</source>
		<translation>バージョンは最新です</translation>
	</message>
	<message>
		<source>Close</source>
		<translation>閉じる</translation>
	</message>
	<message>
		<source>Can not connect to mailserver</source>
		<translation>メールサーバに接続できません</translation>
	</message>
	<message>
		<source>The mailserver you&apos;re connecting to is unavailable.</source>
		<translation>接続しているメールサーバは利用できません</translation>
	</message>
	<message>
		<source>Pick another</source>
		<translation>別のものを選ぶ</translation>
	</message>
	<message>
		<source>Retry</source>
		<translation>再試行</translation>
	</message>
</context>
<context>
	<name>AppearanceView</name>
	<message>
		<source>XS</source>
		<translation>XS</translation>
	</message>
	<message>
		<source>S</source>
		<translation>S</translation>
	</message>
	<message>
		<source>M</source>
		<translation>M</translation>
	</message>
	<message>
		<source>L</source>
		<translation>L</translation>
	</message>
	<message>
		<source>XL</source>
		<translation>XL</translation>
	</message>
	<message>
		<source>XXL</source>
		<translation>XXL</translation>
	</message>
	<message>
		<source>Preview</source>
		<translation>プレビュー</translation>
	</message>
	<message>
		<source>Blockchains will drop search costs, causing a kind of decomposition that allows you to have markets of entities that are horizontally segregated and vertically segregated.</source>
		<translation>ブロックチェーンは検索コストを落とし、一種の分解を引き起こすので、水平方向に分離されたエンティティの市場や垂直方向に分離されたエンティティの市場を持つことができます。</translation>
	</message>
	<message>
		<source>Size</source>
		<translation>サイズ</translation>
	</message>
	<message>
		<source>Change font size</source>
		<translation>フォントサイズを変更する</translation>
	</message>
	<message>
		<source>Change Zoom (requires restart)</source>
		<translation>ズームの変更（再起動が必要）</translation>
	</message>
	<message>
		<source>50%</source>
		<translation>50%</translation>
	</message>
	<message>
		<source>100%</source>
		<translation>100%</translation>
	</message>
	<message>
		<source>150%</source>
		<translation>150%</translation>
	</message>
	<message>
		<source>200%</source>
		<translation>200%</translation>
	</message>
	<message>
		<source>Appearance</source>
		<translation>画面表示</translation>
	</message>
	<message>
		<source>Light</source>
		<translation>ライト</translation>
	</message>
	<message>
		<source>Dark</source>
		<translation>ダーク</translation>
	</message>
	<message>
		<source>System</source>
		<translation>自動</translation>
	</message>
	<message>
		<source>Text size</source>
		<translation>文字サイズ</translation>
	</message>
	<message>
		<source>Zoom (requires restart)</source>
		<translation>Zoom（再起動が必要）</translation>
	</message>
	<message>
		<source>Mode</source>
		<translation>モード</translation>
	</message>
</context>
<context>
	<name>BackupSeedModal</name>
	<message>
		<source>Back up your seed phrase</source>
		<translation>シードフレーズをバックアップする</translation>
	</message>
	<message>
		<source>Continue</source>
		<translation>続行する</translation>
	</message>
	<message>
		<source>Not Now</source>
		<translation>今はやめる</translation>
	</message>
	<message>
		<source>Confirm Seed Phrase</source>
		<translation>シードフレーズを確認</translation>
	</message>
	<message>
		<source>Complete &amp; Delete My Seed Phrase</source>
		<translation>完了してシードフレーズを削除</translation>
	</message>
	<message>
		<source>Confirm word #%1 of your seed phrase</source>
		<translation>シードフレーズの単語 #%1 を確認します</translation>
	</message>
</context>
<context>
	<name>BackupSeedStepBase</name>
	<message>
		<source>Enter word</source>
		<translation>単語を入力</translation>
	</message>
	<message>
		<source>Wrong word</source>
		<translation>単語が間違っています</translation>
	</message>
	<message>
		<source>Word #%1</source>
		<translation>#%1 単語</translation>
	</message>
</context>
<context>
	<name>BeforeGetStartedModal</name>
	<message>
		<source>Privacy Policy</source>
		<translation>プライバシーポリシー</translation>
	</message>
	<message>
		<source>Before you get started</source>
		<translation>始める前に</translation>
	</message>
	<message>
		<source>I acknowledge that status desktop is in beta and by using it I take the full responsibility for all risks concerning my data and funds</source>
		<translation>Status Desktopがベータ版であり、それを使用することにより、私のデータと資金に関するすべてのリスクに対して全責任を負うことを認めます。</translation>
	</message>
	<message>
		<source>Before you get started...</source>
		<translation>始める前に</translation>
	</message>
	<message>
		<source>Get Started</source>
		<translation>はじめに</translation>
	</message>
	<message>
		<source>I acknowledge that Status Desktop is in Beta and by using it I take the full responsibility for all risks concerning my data and funds.</source>
		<translation>Status Desktopがベータ版であり、それを使用することにより、私のデータと資金に関するすべてのリスクに対して全責任を負うことを認めます。</translation>
	</message>
	<message>
		<source>I accept Status</source>
		<translation>Statusを受け入れる</translation>
	</message>
	<message>
		<source>Terms of Use</source>
		<translation>利用規約</translation>
	</message>
	<message>
		<source>Terms of service</source>
		<translation>利用規約</translation>
	</message>
	<message>
		<source>Get started</source>
		<translation>始める</translation>
	</message>
</context>
<context>
	<name>BrowserLayout</name>
	<message>
		<source>Transaction pending...</source>
		<translation>トランザクション処理中</translation>
	</message>
	<message>
		<source>Error sending the transaction</source>
		<translation>トランザクションの送信エラー</translation>
	</message>
	<message>
		<source>Error signing message</source>
		<translation>メッセージ署名中のエラー</translation>
	</message>
	<message>
		<source>View on etherscan</source>
		<translation>Etherscanで表示</translation>
	</message>
	<message>
		<source>Server&apos;s certificate not trusted</source>
		<translation>サーバ証明書が信頼されていません</translation>
	</message>
	<message>
		<source>Do you wish to continue?</source>
		<translation>続行しますか？</translation>
	</message>
	<message>
		<source>If you wish so, you may continue with an unverified certificate. Accepting an unverified certificate means you may not be connected with the host you tried to connect to.
Do you wish to override the security check and continue?</source>
		<translation>必要に応じて、未確認の証明書を続行できます。未確認の証明書を受け入れると、接続しようとしたホストに接続できない可能性があります。
セキュリティチェックを上書きして続行しますか？</translation>
	</message>
</context>
<context>
	<name>ChatContextMenuView</name>
	<message>
		<source>Leave group</source>
		<translation>グループを退出</translation>
	</message>
	<message>
		<source>Save</source>
		<translation>保存</translation>
	</message>
	<message>
		<source>Delete</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>Are you sure you want to leave this chat?</source>
		<translation>本当にこのチャットから退出しますか？</translation>
	</message>
	<message>
		<source>View Members</source>
		<translation>メンバーを表示</translation>
	</message>
	<message>
		<source>Add / remove from group</source>
		<translation>グループへの追加・削除</translation>
	</message>
	<message>
		<source>Test WakuV2 - requestAllHistoricMessages</source>
		<translation>Test WakuV2 - requestAllHistoricMessages</translation>
	</message>
	<message>
		<source>Edit name</source>
		<translation>名前を編集</translation>
	</message>
	<message>
		<source>Mark as Read</source>
		<translation>既読にする</translation>
	</message>
	<message>
		<source>Clear history</source>
		<translation>履歴を消去</translation>
	</message>
	<message>
		<source>Edit Channel</source>
		<translation>チャネルを編集</translation>
	</message>
	<message>
		<source>Download</source>
		<translation>ダウンロード</translation>
	</message>
	<message>
		<source>Delete Channel</source>
		<translation>チャンネルを削除</translation>
	</message>
	<message>
		<source>Delete chat</source>
		<translation>チャットを削除する</translation>
	</message>
	<message>
		<source>Leave chat</source>
		<translation>チャットを退出する</translation>
	</message>
	<message>
		<source>Download messages</source>
		<translation>メッセージをダウンロードする</translation>
	</message>
	<message>
		<source>Delete #%1</source>
		<translation>削除 #%1</translation>
	</message>
	<message>
		<source>Are you sure you want to delete #%1 channel?</source>
		<translation>#%1 チャネルを削除してもよろしいですか？</translation>
	</message>
	<message>
		<source>Are you sure you want to delete this chat?</source>
		<translation>本当にこのチャットを削除しますか？</translation>
	</message>
	<message>
		<source>Edit name and image</source>
		<translation>名前と画像を編集する</translation>
	</message>
</context>
<context>
	<name>ChatView</name>
	<message>
		<source>Members</source>
		<translation>メンバー</translation>
	</message>
	<message>
		<source>Remove contact</source>
		<translation>連絡先から削除</translation>
	</message>
	<message>
		<source>Are you sure you want to remove this contact?</source>
		<translation>この連絡先を削除しますか？</translation>
	</message>
</context>
<context>
	<name>CollectibleDetailsHeader</name>
	<message>
		<source>Send</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>Assets</source>
		<translation>アセット</translation>
	</message>
</context>
<context>
	<name>CollectibleModal</name>
	<message>
		<source>description</source>
		<translation>説明</translation>
	</message>
	<message>
		<source>unnamed</source>
		<translation>無名</translation>
	</message>
	<message>
		<source>id</source>
		<translation>id</translation>
	</message>
	<message>
		<source>View in Opensea</source>
		<translation>OpenSeaで見る</translation>
	</message>
</context>
<context>
	<name>CollectiblesStore</name>
	<message>
		<source>Collectibles</source>
		<translation>コレクティブル</translation>
	</message>
</context>
<context>
	<name>CollectiblesView</name>
	<message>
		<source>Collectibles will appear here</source>
		<translation>コレクティブルがここに表示されます</translation>
	</message>
</context>
<context>
	<name>CommunitiesListPanel</name>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Leave community</source>
		<translation>コミュニティを退会する</translation>
	</message>
	<message>
		<source>Leave %1</source>
		<translation>%1 から退出する</translation>
	</message>
	<message>
		<source>Are you sure you want to leave? Once you leave, you will have to request to rejoin if you change your mind.</source>
		<translation>本当に退会しますか？一度退会すると、気が変わったときに再入会を申し込む必要があります。</translation>
	</message>
</context>
<context>
	<name>CommunitiesPopup</name>
	<message>
		<source>Communities</source>
		<translation>コミュニティ</translation>
	</message>
	<message>
		<source>1 member</source>
		<translation>1 メンバー</translation>
	</message>
	<message>
		<source>%1 members</source>
		<translation>%1 メンバー</translation>
	</message>
	<message>
		<source>Create a community</source>
		<translation>コミュニティを作成する</translation>
	</message>
	<message>
		<source>Search for communities or topics</source>
		<translation>コミュニティやトピックを検索する</translation>
	</message>
	<message>
		<source>Access existing community</source>
		<translation>既存のコミュニティにアクセスする</translation>
	</message>
</context>
<context>
	<name>CommunitiesPortalLayout</name>
	<message>
		<source>Search</source>
		<translation>検索</translation>
	</message>
	<message>
		<source>Find community</source>
		<translation>コミュニティを探す</translation>
	</message>
	<message>
		<source>Import Community</source>
		<translation>コミュニティをインポートする</translation>
	</message>
	<message>
		<source>Create New Community</source>
		<translation>新しいコミュニティを作成</translation>
	</message>
	<message>
		<source>Featured</source>
		<translation>Featured</translation>
	</message>
	<message>
		<source>Popular</source>
		<translation>人気</translation>
	</message>
	<message>
		<source>Import using key</source>
		<translation>キーを使用してインポート</translation>
	</message>
</context>
<context>
	<name>CommunityColorPicker</name>
	<message>
		<source>Community colour</source>
		<translation>コミュニティカラー</translation>
	</message>
	<message>
		<source>Community color</source>
		<translation>コミュニティカラー</translation>
	</message>
</context>
<context>
	<name>CommunityColumnView</name>
	<message>
		<source>Create channel</source>
		<translation>チャネルを作成する</translation>
	</message>
	<message>
		<source>Create category</source>
		<translation>カテゴリーを作成</translation>
	</message>
	<message>
		<source>1 Member</source>
		<translation>1 メンバー</translation>
	</message>
	<message>
		<source>%1 Members</source>
		<translation>%1 メンバー</translation>
	</message>
	<message>
		<source>Start chat</source>
		<translation>チャットを始める</translation>
	</message>
	<message>
		<source>Membership requests</source>
		<translation>参加リクエスト</translation>
	</message>
	<message>
		<source>Invite people</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>Unmute category</source>
		<translation>カテゴリをミュート解除</translation>
	</message>
	<message>
		<source>Mute category</source>
		<translation>ミュートカテゴリー</translation>
	</message>
	<message>
		<source>Edit Category</source>
		<translation>カテゴリを編集</translation>
	</message>
	<message>
		<source>Delete Category</source>
		<translation>カテゴリを削除</translation>
	</message>
	<message>
		<source>Delete %1 category</source>
		<translation>%1 カテゴリを削除</translation>
	</message>
	<message>
		<source>Are you sure you want to delete %1 category? Channels inside the category won’t be deleted.</source>
		<translation>%1 カテゴリを削除してもよろしいですか？カテゴリ内のチャンネルは削除されません。</translation>
	</message>
	<message>
		<source>Create channel or category</source>
		<translation>チャンネルまたはカテゴリを作成</translation>
	</message>
	<message>
		<source>Error deleting the category</source>
		<translation>カテゴリの削除中にエラーが発生しました</translation>
	</message>
</context>
<context>
	<name>CommunityDescriptionInput</name>
	<message>
		<source>Description</source>
		<translation>説明</translation>
	</message>
	<message>
		<source>What your community is about</source>
		<translation>どのようなコミュニティですか</translation>
	</message>
	<message>
		<source>community description</source>
		<translation>コミュニティの説明</translation>
	</message>
	<message>
		<source>Give it a short description</source>
		<translation>簡単な説明を加えてください</translation>
	</message>
</context>
<context>
	<name>CommunityDetailPopup</name>
	<message>
		<source>Join ‘%1’</source>
		<translation>&apos;%1&apos; に参加</translation>
	</message>
	<message>
		<source>Pending</source>
		<translation>ペンディング</translation>
	</message>
	<message>
		<source>Unknown community</source>
		<translation>不明なコミュニティ</translation>
	</message>
	<message>
		<source>Public community</source>
		<translation>公開コミュニティ</translation>
	</message>
	<message>
		<source>Invitation only community</source>
		<translation>招待制コミュニティ</translation>
	</message>
	<message>
		<source>On request community</source>
		<translation>リクエスト型コミュニティ</translation>
	</message>
	<message>
		<source> - ENS only</source>
		<translation>- ENSのみ</translation>
	</message>
	<message>
		<source>%1 members</source>
		<translation>%1 メンバー</translation>
	</message>
	<message>
		<source>Channels</source>
		<translation>チャネル</translation>
	</message>
	<message>
		<source>You need to be invited</source>
		<translation>招待を受ける必要があります</translation>
	</message>
	<message>
		<source>Request to join ‘%1’</source>
		<translation>&apos;%1&apos; への参加リクエスト</translation>
	</message>
	<message>
		<source>Error joining the community</source>
		<translation>コミュニティへの参加中にエラーが発生しました</translation>
	</message>
</context>
<context>
	<name>CommunityEditSettingsPanel</name>
	<message>
		<source>A catchy name</source>
		<translation>キャッチーな名前</translation>
	</message>
	<message>
		<source>community name</source>
		<translation>コミュニティ名</translation>
	</message>
	<message>
		<source>Description</source>
		<translation>説明</translation>
	</message>
	<message>
		<source>What your community is about</source>
		<translation>どのようなコミュニティですか</translation>
	</message>
	<message>
		<source>Pick a color</source>
		<translation>カラーを選ぶ</translation>
	</message>
</context>
<context>
	<name>CommunityHeaderButton</name>
	<message>
		<source>1 member</source>
		<translation>1 メンバー</translation>
	</message>
	<message>
		<source>%1 members</source>
		<translation>%1 メンバー</translation>
	</message>
</context>
<context>
	<name>CommunityMembersSettingsPanel</name>
	<message>
		<source>Members</source>
		<translation>メンバー</translation>
	</message>
	<message>
		<source>Member name</source>
		<translation>メンバー名</translation>
	</message>
	<message>
		<source>Ban</source>
		<translation>BAN</translation>
	</message>
	<message>
		<source>Kick</source>
		<translation>キック</translation>
	</message>
	<message>
		<source>Membership requests</source>
		<translation>参加リクエスト</translation>
	</message>
	<message>
		<source>Community members will appear here</source>
		<translation>コミュニティメンバーがここに表示されます</translation>
	</message>
	<message>
		<source>No contacts found</source>
		<translation>連絡先が見つかりません</translation>
	</message>
	<message>
		<source>You</source>
		<translation>あなた</translation>
	</message>
	<message>
		<source>All Members</source>
		<translation>全員</translation>
	</message>
	<message>
		<source>Banned</source>
		<translation>Banned</translation>
	</message>
	<message>
		<source>No members to search</source>
		<translation>検索できるメンバーがいません</translation>
	</message>
	<message>
		<source>Search %1&apos;s %2 member%3</source>
		<translation>Search %1&apos;s %2 member%3</translation>
	</message>
	<message>
		<source>No banned members to search</source>
		<translation>BANされているメンバーがありません</translation>
	</message>
	<message>
		<source>Search %1&apos;s %2 banned member%3</source>
		<translation>%1 の %2 BANされたメンバー %3 を検索</translation>
	</message>
	<message>
		<source>Are you sure you ban &lt;b&gt;%1&lt;/b&gt; from %2?</source>
		<translation>%2 から&lt;b&gt;%1&lt;/b&gt;をBANしますか?</translation>
	</message>
	<message>
		<source>Ban %1</source>
		<translation>Ban %1</translation>
	</message>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Are you sure you kick &lt;b&gt;%1&lt;/b&gt; from %2?</source>
		<translation>%2 から&lt;b&gt;%1&lt;/b&gt;をキックしますか？</translation>
	</message>
	<message>
		<source>Kick %1</source>
		<translation>Kick %1</translation>
	</message>
</context>
<context>
	<name>CommunityNameInput</name>
	<message>
		<source>A catchy name</source>
		<translation>キャッチーな名前</translation>
	</message>
	<message>
		<source>community name</source>
		<translation>コミュニティ名</translation>
	</message>
	<message>
		<source>Community name</source>
		<translation>コミュニティ名</translation>
	</message>
	<message>
		<source>Name your community</source>
		<translation>コミュニティに名前を付ける</translation>
	</message>
</context>
<context>
	<name>CommunityProfilePopup</name>
	<message>
		<source>Members</source>
		<translation>メンバー</translation>
	</message>
	<message>
		<source>Transfer ownership</source>
		<translation>所有権を譲渡する</translation>
	</message>
	<message>
		<source>Public community</source>
		<translation>公開コミュニティ</translation>
	</message>
	<message>
		<source>Invitation only community</source>
		<translation>招待制コミュニティ</translation>
	</message>
	<message>
		<source>On request community</source>
		<translation>リクエスト型コミュニティ</translation>
	</message>
	<message>
		<source>Unknown community</source>
		<translation>不明なコミュニティ</translation>
	</message>
	<message>
		<source>Invite friends</source>
		<translation>友達を招待する</translation>
	</message>
	<message>
		<source>Invite</source>
		<translation>招待する</translation>
	</message>
</context>
<context>
	<name>CommunityProfilePopupInviteFriendsPanel</name>
	<message>
		<source>Copied!</source>
		<translation>コピーしました</translation>
	</message>
	<message>
		<source>Contacts</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>Share community</source>
		<translation>コミュニティを共有する</translation>
	</message>
</context>
<context>
	<name>CommunityProfilePopupMembersListPanel</name>
	<message>
		<source>Member name</source>
		<translation>メンバー名</translation>
	</message>
</context>
<context>
	<name>CommunityProfilePopupOverviewPanel</name>
	<message>
		<source>Copied!</source>
		<translation>コピーしました</translation>
	</message>
	<message>
		<source>Share community</source>
		<translation>コミュニティを共有する</translation>
	</message>
	<message>
		<source>Transfer ownership</source>
		<translation>所有権を譲渡する</translation>
	</message>
	<message>
		<source>Leave community</source>
		<translation>コミュニティから退出する</translation>
	</message>
</context>
<context>
	<name>CommunitySettingsView</name>
	<message>
		<source>Members</source>
		<translation>メンバー</translation>
	</message>
	<message>
		<source>Notifications</source>
		<translation>通知</translation>
	</message>
	<message>
		<source>Settings</source>
		<translation>設定</translation>
	</message>
	<message>
		<source>Overview</source>
		<translation>概要</translation>
	</message>
	<message>
		<source>Open legacy popup (to be removed)</source>
		<translation>従来のポップアップを開く (削除予定)</translation>
	</message>
	<message>
		<source>Back to community</source>
		<translation>コミュニティに戻る</translation>
	</message>
	<message>
		<source>Error editing the community</source>
		<translation>コミュニティ編集中にエラーが発生しました</translation>
	</message>
</context>
<context>
	<name>CommunityUserList</name>
	<message>
		<source>Members</source>
		<translation>メンバー</translation>
	</message>
</context>
<context>
	<name>ConfirmPasswordView</name>
	<message>
		<source>Passwords don&apos;t match</source>
		<translation>パスワードが一致しません</translation>
	</message>
	<message>
		<source>Have you written down your password?</source>
		<translation>パスワードを書き留めましたか？</translation>
	</message>
	<message>
		<source>You will never be able to recover your password if you lose it.</source>
		<translation>パスワードを紛失した場合、パスワードを復元することはできません。</translation>
	</message>
	<message>
		<source>If you need to, write it using pen and paper and keep in a safe place.</source>
		<translation>必要に応じて、ペンと紙で書き、安全な場所に保管してください。</translation>
	</message>
	<message>
		<source>If you lose your password you will lose access to your Status profile.</source>
		<translation>パスワードがわからなくなると、Statusのプロフィールにアクセスできなくなります。</translation>
	</message>
	<message>
		<source>Confirm your password (again)</source>
		<translation>パスワードの確認（再入力）</translation>
	</message>
	<message>
		<source>Confirm you password (again)</source>
		<translation>パスワードの確認（再入力）</translation>
	</message>
	<message>
		<source>Finalise Status Password Creation</source>
		<translation>Statusパスワードの作成を確定する</translation>
	</message>
	<message>
		<source>Keys for this account already exist</source>
		<translation>このアカウントのキーはすでに存在します。</translation>
	</message>
	<message>
		<source>Keys for this account already exist and can&apos;t be added again. If you&apos;ve lost your password, passcode or Keycard, uninstall the app, reinstall and access your keys by entering your seed phrase</source>
		<translation>このアカウントの鍵はすでに存在します。再び鍵を追加することはできません。もしパスワード、パスコード、Keycardを紛失した場合は、アプリをアンインストールし、シードフレーズを入力して鍵を再インストールしてアクセスし直してください。</translation>
	</message>
	<message>
		<source>Login failed</source>
		<translation>ログインに失敗しました</translation>
	</message>
	<message>
		<source>Login failed. Please re-enter your password and try again.</source>
		<translation>ログインに失敗しました。パスワードを再入力してやり直してください。</translation>
	</message>
</context>
<context>
	<name>ConfirmationDialog</name>
	<message>
		<source>Confirm</source>
		<translation>確認</translation>
	</message>
	<message>
		<source>Reject</source>
		<translation>拒否</translation>
	</message>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Confirm your action</source>
		<translation>アクションを確認する</translation>
	</message>
	<message>
		<source>Do not show this again</source>
		<translation>二度と表示しない</translation>
	</message>
	<message>
		<source>Are you sure you want to do this?</source>
		<translation>本当によろしいですか？</translation>
	</message>
</context>
<context>
	<name>ContactPanel</name>
	<message>
		<source>View Profile</source>
		<translation>プロフィールを表示</translation>
	</message>
	<message>
		<source>Send message</source>
		<translation>メッセージを送信</translation>
	</message>
	<message>
		<source>Respond to ID Request</source>
		<translation>ID リクエストに応答する</translation>
	</message>
	<message>
		<source>See ID Request</source>
		<translation>IDリクエストを見る</translation>
	</message>
	<message>
		<source>Rename</source>
		<translation>名前を変更</translation>
	</message>
</context>
<context>
	<name>ContactsColumnView</name>
	<message>
		<source>Start chat</source>
		<translation>チャットを始める</translation>
	</message>
	<message>
		<source>Chat</source>
		<translation>チャット</translation>
	</message>
	<message>
		<source>Search</source>
		<translation>検索</translation>
	</message>
	<message>
		<source>Join public chats</source>
		<translation>公開チャットに参加</translation>
	</message>
	<message>
		<source>Contact requests</source>
		<translation>友だちリクエスト</translation>
	</message>
	<message>
		<source>Community imported</source>
		<translation>コミュニティがインポートされました</translation>
	</message>
	<message>
		<source>Importing community is in progress</source>
		<translation>コミュニティをインポート中です</translation>
	</message>
</context>
<context>
	<name>ContactsView</name>
	<message>
		<source>Contacts</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>Send contact request to chat key</source>
		<translation>チャットキーに友だちリクエストを送信</translation>
	</message>
	<message>
		<source>Search by a display name or chat key</source>
		<translation>表示名またはチャットキーで検索</translation>
	</message>
	<message>
		<source>Pending Requests</source>
		<translation>保留中のリクエスト</translation>
	</message>
	<message>
		<source>Blocked</source>
		<translation>ブロックしています</translation>
	</message>
	<message>
		<source>Identity Verified Contacts</source>
		<translation>本人確認済み連絡先</translation>
	</message>
	<message>
		<source>You don’t have any contacts yet</source>
		<translation>まだ連絡先がありません</translation>
	</message>
	<message>
		<source>Received</source>
		<translation>受信済み</translation>
	</message>
	<message>
		<source>Sent</source>
		<translation>送信済み</translation>
	</message>
	<message>
		<source>Remove contact</source>
		<translation>連絡先から削除</translation>
	</message>
	<message>
		<source>Are you sure you want to remove this contact?</source>
		<translation>この連絡先を削除しますか？</translation>
	</message>
</context>
<context>
	<name>Controls</name>
	<message>
		<source>XS</source>
		<translation>XS</translation>
	</message>
	<message>
		<source>S</source>
		<translation>S</translation>
	</message>
	<message>
		<source>M</source>
		<translation>M</translation>
	</message>
	<message>
		<source>L</source>
		<translation>L</translation>
	</message>
	<message>
		<source>XL</source>
		<translation>XL</translation>
	</message>
	<message>
		<source>XXL</source>
		<translation>XXL</translation>
	</message>
	<message>
		<source>50%</source>
		<translation>50%</translation>
	</message>
	<message>
		<source>100%</source>
		<translation>100%</translation>
	</message>
	<message>
		<source>150%</source>
		<translation>150%</translation>
	</message>
	<message>
		<source>200%</source>
		<translation>200%</translation>
	</message>
</context>
<context>
	<name>CreateCategoryPopup</name>
	<message>
		<source>Category title</source>
		<translation>カテゴリのタイトル</translation>
	</message>
	<message>
		<source>category name</source>
		<translation>カテゴリー名</translation>
	</message>
	<message>
		<source>Edit category</source>
		<translation>カテゴリを編集</translation>
	</message>
	<message>
		<source>New category</source>
		<translation>新規カテゴリー</translation>
	</message>
	<message>
		<source>Name the category</source>
		<translation>カテゴリに名前を付ける</translation>
	</message>
	<message>
		<source>Channels</source>
		<translation>チャネル</translation>
	</message>
	<message>
		<source>Delete category</source>
		<translation>カテゴリを削除</translation>
	</message>
	<message>
		<source>Delete %1 category</source>
		<translation>%1 カテゴリを削除</translation>
	</message>
	<message>
		<source>Are you sure you want to delete %1 category? Channels inside the category won’t be deleted.</source>
		<translation>%1 カテゴリを削除してもよろしいですか？カテゴリ内のチャンネルは削除されません。</translation>
	</message>
	<message>
		<source>Save</source>
		<translation>保存</translation>
	</message>
	<message>
		<source>Create</source>
		<translation>作成</translation>
	</message>
	<message>
		<source>Error editing the category</source>
		<translation>カテゴリの編集中にエラーが発生しました</translation>
	</message>
	<message>
		<source>Error creating the category</source>
		<translation>カテゴリの作成中にエラーが発生しました</translation>
	</message>
</context>
<context>
	<name>CreateChannelPopup</name>
	<message>
		<source>Channel name</source>
		<translation>チャネル名</translation>
	</message>
	<message>
		<source>channel name</source>
		<translation>チャネル名</translation>
	</message>
	<message>
		<source>Description</source>
		<translation>説明</translation>
	</message>
	<message>
		<source>Describe the channel</source>
		<translation>チャネルについて説明する</translation>
	</message>
	<message>
		<source>channel description</source>
		<translation>チャネルの説明</translation>
	</message>
	<message>
		<source>New channel</source>
		<translation>新規チャネル</translation>
	</message>
	<message>
		<source>Edit #%1</source>
		<translation>#%1 を編集</translation>
	</message>
	<message>
		<source>Name the channel</source>
		<translation>チャネルに名前を付ける</translation>
	</message>
	<message>
		<source>Channel colour</source>
		<translation>チャネルカラー</translation>
	</message>
	<message>
		<source>Pick a color</source>
		<translation>カラーを選ぶ</translation>
	</message>
	<message>
		<source>Save</source>
		<translation>保存</translation>
	</message>
	<message>
		<source>Create</source>
		<translation>作成</translation>
	</message>
	<message>
		<source>Error creating the community</source>
		<translation>コミュニティ作成中にエラーが発生しました</translation>
	</message>
	<message>
		<source># Name the channel</source>
		<translation># チャネルに名前を付ける</translation>
	</message>
	<message>
		<source>Delete channel</source>
		<translation>チャンネルを削除</translation>
	</message>
	<message>
		<source>Save changes</source>
		<translation>変更内容を保存</translation>
	</message>
	<message>
		<source>Create channel</source>
		<translation>チャネルを作成する</translation>
	</message>
</context>
<context>
	<name>CreateChatView</name>
	<message>
		<source>Contacts</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>To: </source>
		<translation>To: </translation>
	</message>
	<message>
		<source>USER LIMIT REACHED</source>
		<translation>ユーザ制限に達しました</translation>
	</message>
	<message>
		<source>You can only send direct messages to your Contacts.

Send a contact request to the person you would like to chat with, you will be able to chat with them once they have accepted your contact request.</source>
		<translation>ダイレクトメッセージを送信できるのは、連絡先のみです。

チャットをしたい相手に友だち申請を送信し、相手が承認するとチャットができるようになります。</translation>
	</message>
	<message>
		<source>You can only send direct messages to your Contacts. 


Send a contact request to the person you would like to chat with, you will be
 able to
chat with them once they have accepted your contact request.</source>
		<translation>ダイレクトメッセージを送信できるのは、連絡先のみです。

チャットをしたい相手に友だちリクエストを送信し、相手が承認するとチャットができるようになります。</translation>
	</message>
	<message>
		<source>You can only send direct messages to your Contacts.


Send a contact request to the person you would like to chat with, you will be able to
chat with them once they have accepted your contact request.</source>
		<translation>ダイレクトメッセージを送信できるのは、連絡先のみです。

チャットをしたい相手に友だちリクエストを送信し、相手が承認するとチャットができるようになります。</translation>
	</message>
	<message>
		<source>Confirm</source>
		<translation>確認</translation>
	</message>
</context>
<context>
	<name>CreateCommunityPopup</name>
	<message>
		<source>You need to enter a color</source>
		<translation>カラーを入力してください</translation>
	</message>
	<message>
		<source>This field needs to be an hexadecimal color (eg: #4360DF)</source>
		<translation>16進数で色指定（例：#4360DF）をする必要があります。</translation>
	</message>
	<message>
		<source>Community color</source>
		<translation>コミュニティカラー</translation>
	</message>
	<message>
		<source>Pick a color</source>
		<translation>カラーを選ぶ</translation>
	</message>
	<message>
		<source>Please choose a color</source>
		<translation>カラーを選択してください</translation>
	</message>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
	<message>
		<source>Error creating the community</source>
		<translation>コミュニティ作成中にエラーが発生しました</translation>
	</message>
	<message>
		<source>Name your community</source>
		<translation>コミュニティ名</translation>
	</message>
	<message>
		<source>A catchy name</source>
		<translation>キャッチーな名前</translation>
	</message>
	<message>
		<source>Give it a short description</source>
		<translation>簡単な説明を加えてください</translation>
	</message>
	<message>
		<source>What your community is about</source>
		<translation>どのようなコミュニティですか</translation>
	</message>
	<message>
		<source>Community colour</source>
		<translation>コミュニティカラー</translation>
	</message>
	<message>
		<source>Create New Community</source>
		<translation>新しいコミュニティを作成</translation>
	</message>
	<message>
		<source>Create Community</source>
		<translation>コミュニティを作成</translation>
	</message>
</context>
<context>
	<name>CreatePasswordView</name>
	<message>
		<source>Create password</source>
		<translation>パスワードを作成</translation>
	</message>
</context>
<context>
	<name>DemoApp</name>
	<message>
		<source>Invite People</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>View Community</source>
		<translation>コミュニティを表示</translation>
	</message>
	<message>
		<source>Edit Community</source>
		<translation>コミュニティを編集する</translation>
	</message>
	<message>
		<source>Leave Community</source>
		<translation>コミュニティから退出する</translation>
	</message>
</context>
<context>
	<name>DerivationPathsPanel</name>
	<message>
		<source>Reset</source>
		<translation>リセット</translation>
	</message>
	<message>
		<source>Derivation Path</source>
		<translation>派生パス</translation>
	</message>
</context>
<context>
	<name>DerivedAddressesPanel</name>
	<message>
		<source>Pending</source>
		<translation>ペンディング</translation>
	</message>
	<message>
		<source>Account</source>
		<translation>アカウント</translation>
	</message>
	<message>
		<source>No activity</source>
		<translation>活動なし</translation>
	</message>
	<message>
		<source>Invalid path</source>
		<translation>無効なパス</translation>
	</message>
	<message>
		<source>Has Activity</source>
		<translation>活動あり</translation>
	</message>
	<message>
		<source>No Activity</source>
		<translation>活動なし</translation>
	</message>
</context>
<context>
	<name>DisplayNamePopup</name>
	<message>
		<source>Edit</source>
		<translation>編集</translation>
	</message>
	<message>
		<source>Ok</source>
		<translation>OK</translation>
	</message>
	<message>
		<source>Display Name</source>
		<translation>表示名</translation>
	</message>
	<message>
		<source>OK</source>
		<translation>OK</translation>
	</message>
</context>
<context>
	<name>EnsDetailsView</name>
	<message>
		<source>Wallet address</source>
		<translation>ウォレットアドレス</translation>
	</message>
	<message>
		<source>Key</source>
		<translation>鍵</translation>
	</message>
	<message>
		<source>Connect username with your pubkey</source>
		<translation>ユーザ名をパブリックキーと連携する</translation>
	</message>
	<message>
		<source>Copied to clipboard!</source>
		<translation>クリップボードにコピーしました</translation>
	</message>
	<message>
		<source>Release username</source>
		<translation>ユーザ名を返却する</translation>
	</message>
	<message>
		<source>Username locked. You won&apos;t be able to release it until %1</source>
		<translation>ユーザ名はロックされています。 %1 まで返却できません</translation>
	</message>
	<message>
		<source>Back</source>
		<translation>戻る</translation>
	</message>
	<message>
		<source>Release your username</source>
		<translation>ユーザ名を返却する</translation>
	</message>
</context>
<context>
	<name>EnsSearchView</name>
	<message>
		<source>Connect username with your pubkey</source>
		<translation>ユーザ名をパブリックキーと連携する</translation>
	</message>
	<message>
		<source>At least 4 characters. Latin letters, numbers, and lowercase only.</source>
		<translation>4文字以上、英数字、小文字のみ</translation>
	</message>
	<message>
		<source>Letters and numbers only.</source>
		<translation>英数字のみ</translation>
	</message>
	<message>
		<source>Type the entire username including the custom domain like username.domain.eth</source>
		<translation>username.domain.eth のようにカスタムドメインを含むユーザ名全体を入力してください</translation>
	</message>
	<message>
		<source>Custom domain</source>
		<translation>カスタムドメイン</translation>
	</message>
	<message>
		<source>I want a stateofus.eth domain</source>
		<translation>stateofus.eth のドメインを取得する</translation>
	</message>
	<message>
		<source>I own a name on another domain</source>
		<translation>他のドメイン名を所有しています</translation>
	</message>
</context>
<context>
	<name>EnsView</name>
	<message>
		<source>Transaction pending...</source>
		<translation>トランザクション処理中</translation>
	</message>
	<message>
		<source>View on etherscan</source>
		<translation>Etherscanで表示</translation>
	</message>
	<message>
		<source>ENS Registration failed</source>
		<translation>ENS登録に失敗しました</translation>
	</message>
	<message>
		<source>ENS Registration completed</source>
		<translation>ENS登録が完了しました</translation>
	</message>
	<message>
		<source>Updating ENS pubkey failed</source>
		<translation>ENS 公開キーの更新に失敗しました</translation>
	</message>
	<message>
		<source>Updating ENS pubkey completed</source>
		<translation>ENS 公開キーの更新が完了しました</translation>
	</message>
</context>
<context>
	<name>ExemptionNotificationsModal</name>
	<message>
		<source>Done</source>
		<translation>完了</translation>
	</message>
	<message>
		<source>%1 exemption</source>
		<translation>%1 exemption</translation>
	</message>
	<message>
		<source>Mute all messages</source>
		<translation>すべてのメッセージをミュート</translation>
	</message>
	<message>
		<source>Personal @ Mentions</source>
		<translation>個人的な@メンション</translation>
	</message>
	<message>
		<source>Global @ Mentions</source>
		<translation>グローバルな@メンション</translation>
	</message>
	<message>
		<source>Other Messages</source>
		<translation>その他のメッセージ</translation>
	</message>
	<message>
		<source>Clear Exemptions</source>
		<translation>Clear Exemptions</translation>
	</message>
</context>
<context>
	<name>GasSelector</name>
	<message>
		<source>Priority</source>
		<translation>プライオリティ</translation>
	</message>
	<message>
		<source>Low</source>
		<translation>低</translation>
	</message>
	<message>
		<source>High</source>
		<translation>高</translation>
	</message>
	<message>
		<source>Must be greater than 0</source>
		<translation>0より大きくなければなりません</translation>
	</message>
	<message>
		<source>This needs to be a number</source>
		<translation>これは数字である必要があります</translation>
	</message>
	<message>
		<source>Please enter an amount</source>
		<translation>金額を入力してください</translation>
	</message>
	<message>
		<source>Min 21000 units</source>
		<translation>21000以上</translation>
	</message>
	<message>
		<source>Not enough gas</source>
		<translation>ガスが足りません</translation>
	</message>
	<message>
		<source>Miners will currently not process transactions with a tip below %1 Gwei, the average is %2 Gwei</source>
		<translation>マイナーは現在、チップが %1 Gwei 未満のトランザクションを処理しません。平均は %2 Gwei です。</translation>
	</message>
	<message>
		<source>The average miner tip is %1 Gwei</source>
		<translation>平均マイナーチップは %1 Gwei です</translation>
	</message>
	<message>
		<source>Gas Price</source>
		<translation>ガス料金</translation>
	</message>
	<message>
		<source>Current base fee: %1 %2</source>
		<translation>現在の基本料金: %1 %2</translation>
	</message>
	<message>
		<source>Use suggestions</source>
		<translation>提案を使用する</translation>
	</message>
	<message>
		<source>Use custom</source>
		<translation>カスタムを使用</translation>
	</message>
	<message>
		<source>Optimal</source>
		<translation>最適</translation>
	</message>
	<message>
		<source>Gas amount limit</source>
		<translation>ガス合計金額</translation>
	</message>
	<message>
		<source>Per-gas tip limit</source>
		<translation>ガスあたりのチップ金額</translation>
	</message>
	<message>
		<source>Gwei</source>
		<translation>Gwei</translation>
	</message>
	<message>
		<source>Per-gas overall limit</source>
		<translation>ガスあたりの全体的な上限</translation>
	</message>
	<message>
		<source>Maximum priority fee: %1 ETH</source>
		<translation>最大プライオリティフィー: %1 ETH</translation>
	</message>
	<message>
		<source>Maximum overall price for the transaction. If the block base fee exceeds this, it will be included in a following block with a lower base fee.</source>
		<translation>トランザクションの最大の全体価格。ブロックの基本料金がこれを超える場合は、基本料金の低い次のブロックに含まれます。</translation>
	</message>
</context>
<context>
	<name>GroupInfoPopup</name>
	<message>
		<source>%1/%2 members</source>
		<translation>%1/%2 メンバー</translation>
	</message>
	<message>
		<source>Add members</source>
		<translation>メンバーを追加</translation>
	</message>
	<message>
		<source>%1 members</source>
		<translation>%1 メンバー</translation>
	</message>
	<message>
		<source>1 member</source>
		<translation>1 メンバー</translation>
	</message>
	<message>
		<source>Search</source>
		<translation>検索</translation>
	</message>
	<message>
		<source>All your contacts are already in the group</source>
		<translation>すべての連絡先がグループに参加しています。</translation>
	</message>
	<message>
		<source>Pinned messages</source>
		<translation>ピン留めされたメッセージ</translation>
	</message>
	<message>
		<source>Admin</source>
		<translation>管理者</translation>
	</message>
	<message>
		<source>Make Admin</source>
		<translation>管理者にする</translation>
	</message>
	<message>
		<source>Remove From Group</source>
		<translation>グループから削除</translation>
	</message>
	<message>
		<source>Add selected</source>
		<translation>選択したものを追加</translation>
	</message>
</context>
<context>
	<name>ImageCropperModal</name>
	<message>
		<source>Crop your image (optional)</source>
		<translation>画像を切り抜く（任意）</translation>
	</message>
	<message>
		<source>Finish</source>
		<translation>完了</translation>
	</message>
</context>
<context>
	<name>ImportPrivateKeyPanel</name>
	<message>
		<source>Pending</source>
		<translation>ペンディング</translation>
	</message>
	<message>
		<source>You need to enter a private key</source>
		<translation>秘密鍵を入力する必要があります</translation>
	</message>
	<message>
		<source>Enter a valid private key (64 characters hexadecimal string)</source>
		<translation>有効な秘密鍵を入力してください（64文字の16進文字列）</translation>
	</message>
	<message>
		<source>Private key</source>
		<translation>秘密鍵</translation>
	</message>
	<message>
		<source>Paste the contents of your private key</source>
		<translation>秘密鍵の内容を貼り付けます</translation>
	</message>
	<message>
		<source>Public address</source>
		<translation>公開アドレス</translation>
	</message>
	<message>
		<source>Account already added</source>
		<translation>アカウントはすでに追加されています</translation>
	</message>
	<message>
		<source>Has Activity</source>
		<translation>活動あり</translation>
	</message>
	<message>
		<source>No Activity</source>
		<translation>活動なし</translation>
	</message>
</context>
<context>
	<name>InsertCard</name>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Please insert your Keycard to proceed or press the cancel button to cancel the operation</source>
		<translation>Keycardを挿入して続行するか、キャンセル ボタンを押して操作をキャンセルしてください。</translation>
	</message>
</context>
<context>
	<name>InsertDetailsView</name>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
	<message>
		<source>Profile picture</source>
		<translation>プロフィール画像</translation>
	</message>
	<message>
		<source>Your profile</source>
		<translation>あなたのプロフィール</translation>
	</message>
	<message>
		<source>Longer and unusual names are better as they are less likely to be used by someone else.</source>
		<translation>長い名前や珍しい名前の方が、他の人に使われる可能性が低いため望ましいです。</translation>
	</message>
	<message>
		<source>Display name</source>
		<translation>表示名</translation>
	</message>
	<message>
		<source>Chatkey:</source>
		<translation>チャットキー:</translation>
	</message>
	<message>
		<source>Choose an image for profile picture</source>
		<translation>プロフィール画像を選択</translation>
	</message>
	<message>
		<source>Make this my profile picture</source>
		<translation>これを私のプロフィール画像にします</translation>
	</message>
	<message>
		<source>Your emojihash and identicon ring</source>
		<translation>あなたの絵文字ハッシュとアイデンティコンリング</translation>
	</message>
	<message>
		<source>This set of emojis and coloured ring around your avatar are unique and represent your chat key, so your friends can easily distinguish you from potential impersonators.</source>
		<translation>この絵文字とアバターの周りのカラーリングは、あなたのチャットキーを表すユニークなものなので、友達はあなたをなりすます人と簡単に見分けることができます。</translation>
	</message>
</context>
<context>
	<name>InvitationBubbleView</name>
	<message>
		<source>Unsupported state</source>
		<translation>サポートされていない状態</translation>
	</message>
	<message>
		<source>Membership requires an ENS username</source>
		<translation>会員資格にはENSのユーザ名が必要です</translation>
	</message>
	<message>
		<source>You need to be invited</source>
		<translation>招待を受ける必要があります</translation>
	</message>
	<message>
		<source>Pending</source>
		<translation>ペンディング</translation>
	</message>
	<message>
		<source>View</source>
		<translation>表示する</translation>
	</message>
	<message>
		<source>Request Access</source>
		<translation>アクセスリクエスト</translation>
	</message>
	<message>
		<source>Join</source>
		<translation>参加する</translation>
	</message>
	<message>
		<source>Verified community invitation</source>
		<translation>コミュニティへの招待を確認</translation>
	</message>
	<message>
		<source>Community invitation</source>
		<translation>コミュニティへの招待</translation>
	</message>
	<message>
		<source>%1 members</source>
		<translation>%1 メンバー</translation>
	</message>
	<message>
		<source>Error joining the community</source>
		<translation>コミュニティへの参加中にエラーが発生しました</translation>
	</message>
</context>
<context>
	<name>KeysMainView</name>
	<message>
		<source>Enter a seed phrase</source>
		<translation>シードフレーズを入力</translation>
	</message>
	<message>
		<source>Generate new keys</source>
		<translation>新しい鍵を生成</translation>
	</message>
	<message>
		<source>intro-wizard-title1</source>
		<translation>はじめに鍵を取得する</translation>
	</message>
	<message>
		<source>a-set-of-keys-controls-your-account.-your-keys-live-on-your-device,-so-only-you-can-use-them.</source>
		<translation>いくつかの鍵を使ってあなたのアカウントを管理します。鍵はお使いのデバイスに保存され、あなただけが使用することができます。</translation>
	</message>
	<message>
		<source>Connect your keys</source>
		<translation>キーを接続する</translation>
	</message>
	<message>
		<source>Use your existing Status keys to login to this device.</source>
		<translation>既存のStatusキーを使用して、このデバイスにログインします。</translation>
	</message>
	<message>
		<source>Get your keys</source>
		<translation>はじめに鍵を取得する</translation>
	</message>
	<message>
		<source>A set of keys controls your account. Your keys live on your
device, so only you can use them.</source>
		<translation>いくつかの鍵を使ってあなたのアカウントを管理します。鍵はお使いのデバイスに保存され、あなただけが使用することができます。</translation>
	</message>
	<message>
		<source>Import a seed phrase</source>
		<translation>シードフレーズをインポート</translation>
	</message>
	<message>
		<source>Seed phrases are used to back up and restore your keys. Only use this option if you already have a seed phrase.</source>
		<translation>シードフレーズは、鍵のバックアップと復元に使用されます。このオプションは、シードフレーズが既にある場合にのみ使用してください。</translation>
	</message>
	<message>
		<source>Login with Keycard</source>
		<translation>Keycardでログイン</translation>
	</message>
	<message>
		<source>Generate keys for a new Keycard</source>
		<translation>新しいKeycardのキーを生成する</translation>
	</message>
	<message>
		<source>Import a seed phrase into a new Keycard</source>
		<translation>新しいKeycardにシードフレーズをインポートする</translation>
	</message>
</context>
<context>
	<name>LanguageView</name>
	<message>
		<source>Language</source>
		<translation>言語</translation>
	</message>
	<message>
		<source>Set Display Currency</source>
		<translation>表示通貨を設定する</translation>
	</message>
	<message>
		<source>Search Currencies</source>
		<translation>通貨を検索</translation>
	</message>
	<message>
		<source>Search Languages</source>
		<translation>検索言語</translation>
	</message>
	<message>
		<source>Date Format</source>
		<translation>日付形式</translation>
	</message>
	<message>
		<source>DD/MM/YY</source>
		<translation>DD/MM/YY</translation>
	</message>
	<message>
		<source>MM/DD/YY</source>
		<translation>MM/DD/YY</translation>
	</message>
	<message>
		<source>Time Format</source>
		<translation>時刻形式</translation>
	</message>
	<message>
		<source>24-Hour Time</source>
		<translation>24時間</translation>
	</message>
	<message>
		<source>12-Hour Time</source>
		<translation>12時間</translation>
	</message>
	<message>
		<source>Change language</source>
		<translation>言語を変更</translation>
	</message>
	<message>
		<source>Display language has been changed. You must restart the application for changes to take effect.</source>
		<translation>表示言語が変更されました。変更を反映させるには、アプリケーションを再起動する必要があります。</translation>
	</message>
	<message>
		<source>Close the app now</source>
		<translation>今すぐアプリを閉じる</translation>
	</message>
	<message>
		<source>Alpha languages</source>
		<translation>アルファ言語</translation>
	</message>
	<message>
		<source>Beta languages</source>
		<translation>ベータ言語</translation>
	</message>
</context>
<context>
	<name>Layout</name>
	<message>
		<source>Invite People</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>View Community</source>
		<translation>コミュニティを表示</translation>
	</message>
	<message>
		<source>To: </source>
		<translation>To: </translation>
	</message>
	<message>
		<source>USER LIMIT REACHED</source>
		<translation>ユーザ制限に達しました</translation>
	</message>
	<message>
		<source>Edit Community</source>
		<translation>コミュニティを編集する</translation>
	</message>
	<message>
		<source>Leave Community</source>
		<translation>コミュニティから退出する</translation>
	</message>
</context>
<context>
	<name>LeftTabView</name>
	<message>
		<source>Settings</source>
		<translation>設定</translation>
	</message>
	<message>
		<source>Sign out</source>
		<translation>サインアウト</translation>
	</message>
	<message>
		<source>Make sure you have your account password and seed phrase stored. Without them you can lock yourself out of your account and lose funds.</source>
		<translation>アカウントパスワードとシードフレーズを保存したことを確認してください。これらを失くすと、アカウントからロックアウトされ、資金を失う可能性があります。</translation>
	</message>
	<message>
		<source>Sign out &amp; Quit</source>
		<translation>サインアウトと終了</translation>
	</message>
	<message>
		<source>Wallet</source>
		<translation>ウォレット</translation>
	</message>
	<message>
		<source>Total value</source>
		<translation>総額</translation>
	</message>
	<message>
		<source>Add account</source>
		<translation>アカウントを追加</translation>
	</message>
	<message>
		<source>Saved addresses</source>
		<translation>保存されたアドレス</translation>
	</message>
</context>
<context>
	<name>LoginView</name>
	<message>
		<source>Ok</source>
		<translation>OK</translation>
	</message>
	<message>
		<source>Welcome back</source>
		<translation>おかえりなさい</translation>
	</message>
	<message>
		<source>Add new user</source>
		<translation>新しいユーザを追加</translation>
	</message>
	<message>
		<source>Add existing Status user</source>
		<translation>既存のStatusユーザを追加する</translation>
	</message>
	<message>
		<source>Connecting...</source>
		<translation>接続しています...</translation>
	</message>
	<message>
		<source>Password</source>
		<translation>パスワード</translation>
	</message>
	<message>
		<source>Enter password</source>
		<translation>パスワードを入力</translation>
	</message>
	<message>
		<source>Login failed: %1</source>
		<translation>ログインに失敗しました: %1</translation>
	</message>
	<message>
		<source>Password incorrect</source>
		<translation>パスワードが正しくありません</translation>
	</message>
	<message>
		<source>Enter Keycard PIN</source>
		<translation>KeycardのPINを入力する</translation>
	</message>
	<message>
		<source>Plug in Keycard reader...</source>
		<translation>Keycardリーダーを差し込む...</translation>
	</message>
	<message>
		<source>Insert your Keycard...</source>
		<translation>Keycardを挿入...</translation>
	</message>
	<message>
		<source>Reading Keycard...</source>
		<translation>Keycardを読み取り中...</translation>
	</message>
	<message>
		<source>Wrong Keycard!
The card inserted is not linked to your profile.</source>
		<translation>Keycardが違います！
挿入されたカードはあなたのプロフィールにリンクされていません。</translation>
	</message>
	<message>
		<source>Insert another Keycard</source>
		<translation>別のKeycardを挿入</translation>
	</message>
	<message>
		<source>PIN incorrect</source>
		<translation>PIN が正しくありません</translation>
	</message>
	<message numerus="yes">
		<source>%n attempt(s) remaining</source>
		<translation>
			<numerusform>Empty</numerusform>
		</translation>
	</message>
	<message>
		<source>Keycard locked</source>
		<translation>Keycardがロックされています</translation>
	</message>
	<message>
		<source>Recover your Keycard</source>
		<translation>Keycardを復元する</translation>
	</message>
	<message>
		<source>Recover with seed phrase</source>
		<translation>シードフレーズで復元する</translation>
	</message>
	<message>
		<source>The card inserted is empty</source>
		<translation>挿入されたカードは空です</translation>
	</message>
	<message>
		<source>Generate keys for a new Keycard</source>
		<translation>新しいKeycardのキーを生成する</translation>
	</message>
</context>
<context>
	<name>MenuPanel</name>
	<message>
		<source>Settings</source>
		<translation>設定</translation>
	</message>
	<message>
		<source>Apps</source>
		<translation>アプリ</translation>
	</message>
	<message>
		<source>About &amp; Help</source>
		<translation>About &amp; Help</translation>
	</message>
</context>
<context>
	<name>MessageContextMenuView</name>
	<message>
		<source>Jump to</source>
		<translation>Jump to</translation>
	</message>
	<message>
		<source>Copy image</source>
		<translation>画像をコピー</translation>
	</message>
	<message>
		<source>Download image</source>
		<translation>画像をダウンロード</translation>
	</message>
	<message>
		<source>Block User</source>
		<translation>ユーザをブロック</translation>
	</message>
	<message>
		<source>Unblock User</source>
		<translation>ブロック解除する</translation>
	</message>
	<message>
		<source>Rename</source>
		<translation>名前を変更</translation>
	</message>
	<message>
		<source>Reply to</source>
		<translation>Reply to</translation>
	</message>
	<message>
		<source>Edit message</source>
		<translation>メッセージの編集</translation>
	</message>
	<message>
		<source>Copy Message Id</source>
		<translation>メッセージIDをコピー</translation>
	</message>
	<message>
		<source>Unpin</source>
		<translation>ピン留めを解除</translation>
	</message>
	<message>
		<source>Pin</source>
		<translation>ピン留め</translation>
	</message>
	<message>
		<source>Delete message</source>
		<translation>メッセージを削除</translation>
	</message>
	<message>
		<source>Please choose a directory</source>
		<translation>ディレクトリを選択してください</translation>
	</message>
	<message>
		<source>Confirm deleting this message</source>
		<translation>メッセージの削除を確認する</translation>
	</message>
	<message>
		<source>Are you sure you want to delete this message? Be aware that other clients are not guaranteed to delete the message as well.</source>
		<translation>本当にこのメッセージを削除しますか？これは他のデバイスでも同じメッセージが削除されるとは限りません。</translation>
	</message>
	<message>
		<source>Verify Identity</source>
		<translation>本人確認</translation>
	</message>
	<message>
		<source>ID Request Pending....</source>
		<translation>ID リクエスト中....</translation>
	</message>
	<message>
		<source>Respond to ID Request...</source>
		<translation>ID リクエストに応答する</translation>
	</message>
	<message>
		<source>Mark as Untrustworthy</source>
		<translation>信用できないとしてマークする</translation>
	</message>
	<message>
		<source>Remove Untrustworthy Mark</source>
		<translation>信頼できないマークを削除する</translation>
	</message>
</context>
<context>
	<name>MessagingView</name>
	<message>
		<source>Contacts</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>Allow new contact requests</source>
		<translation>新しい友だちリクエストを許可する</translation>
	</message>
	<message>
		<source>Show My Profile Picture To</source>
		<translation>自分のプロフィール画像の公開範囲</translation>
	</message>
	<message>
		<source>Everyone</source>
		<translation>全員</translation>
	</message>
	<message>
		<source>No One</source>
		<translation>誰も</translation>
	</message>
	<message>
		<source>See Profile Pictures From</source>
		<translation>プロフィール写真の公開範囲</translation>
	</message>
	<message>
		<source>Open Message Links With</source>
		<translation>メッセージリンクを開く</translation>
	</message>
	<message>
		<source>Status Browser</source>
		<translation>Statusブラウザ</translation>
	</message>
	<message>
		<source>System Default Browser</source>
		<translation>システムのデフォルトブラウザ</translation>
	</message>
	<message>
		<source>Contacts, Requests, and Blocked Users</source>
		<translation>連絡先、リクエスト、ブロックしたユーザ</translation>
	</message>
	<message>
		<source>Display Message Link Previews</source>
		<translation>メッセージリンクプレビューの表示</translation>
	</message>
	<message>
		<source>Fine tune which sites to allow link previews</source>
		<translation>リンクプレビューを許可するサイトを細かく設定する</translation>
	</message>
	<message>
		<source>Image unfurling</source>
		<translation>画像の展開</translation>
	</message>
	<message>
		<source>All images (links that contain an image extension) will be downloaded and displayed</source>
		<translation>すべての画像（画像拡張子を含むリンク）がダウンロードされ表示されます</translation>
	</message>
	<message>
		<source>Message syncing</source>
		<translation>メッセージの同期</translation>
	</message>
	<message>
		<source>Waku nodes</source>
		<translation>Wakuノード</translation>
	</message>
	<message>
		<source>For security reasons, private chat history won&apos;t be synced.</source>
		<translation>セキュリティ上の理由から、プライベートチャットの履歴は同期されません。</translation>
	</message>
</context>
<context>
	<name>MyProfileView</name>
	<message>
		<source>ENS username</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Chat key</source>
		<translation>チャットキー</translation>
	</message>
	<message>
		<source>Share Profile URL</source>
		<translation>プロファイルURLを共有</translation>
	</message>
	<message>
		<source>Change Password</source>
		<translation>パスワードの変更</translation>
	</message>
	<message>
		<source>Edit</source>
		<translation>編集</translation>
	</message>
	<message>
		<source>Preview</source>
		<translation>プレビュー</translation>
	</message>
</context>
<context>
	<name>NicknamePopup</name>
	<message>
		<source>Nickname</source>
		<translation>ニックネーム</translation>
	</message>
	<message>
		<source>Nicknames help you identify others in Status. Only you can see the nicknames you’ve added</source>
		<translation>ニックネームは、あなたが相手を識別しやすくするために使うものです。相手にはニックネームは知らされません。</translation>
	</message>
	<message>
		<source>Done</source>
		<translation>完了</translation>
	</message>
</context>
<context>
	<name>NoImageUploadedPanel</name>
	<message>
		<source>Upload</source>
		<translation>アップロード</translation>
	</message>
	<message>
		<source>Wide aspect ratio is optimal</source>
		<translation>画面アスペクト比が最適</translation>
	</message>
</context>
<context>
	<name>NotificationsView</name>
	<message>
		<source>Messages</source>
		<translation>メッセージ</translation>
	</message>
	<message>
		<source>You have a new message</source>
		<translation>新しいメッセージがあります</translation>
	</message>
	<message>
		<source>Anonymous</source>
		<translation>匿名</translation>
	</message>
	<message>
		<source>Community</source>
		<translation>コミュニティ</translation>
	</message>
	<message>
		<source>1:1 Chat</source>
		<translation>1:1 チャット</translation>
	</message>
	<message>
		<source>Group Chat</source>
		<translation>グループチャット</translation>
	</message>
	<message>
		<source>Muted</source>
		<translation>ミュート</translation>
	</message>
	<message>
		<source>Off</source>
		<translation>Off</translation>
	</message>
	<message>
		<source>Quiet</source>
		<translation>静かな</translation>
	</message>
	<message>
		<source>Personal @ Mentions %1</source>
		<translation>個人的な@メンション %1</translation>
	</message>
	<message>
		<source>Global @ Mentions %1</source>
		<translation>グローバルな@メンション %1</translation>
	</message>
	<message>
		<source>Alerts</source>
		<translation>アラート</translation>
	</message>
	<message>
		<source>Other Messages %1</source>
		<translation>その他のメッセージ %1</translation>
	</message>
	<message>
		<source>Multiple Exemptions</source>
		<translation>Multiple Exemptions</translation>
	</message>
	<message>
		<source>Enable Notifications in macOS Settings</source>
		<translation>macOS の設定で通知を有効にする</translation>
	</message>
	<message>
		<source>To receive Status notifications, make sure you&apos;ve enabled them in your computer&apos;s settings under &lt;b&gt;System Preferences &gt; Notifications&lt;/b&gt;</source>
		<translation>Statusの通知を受け取るには、コンピュータの設定で&lt;b&gt;[システム環境設定] &gt; [通知] &lt;/b&gt;で通知が有効になっていることを確認してください</translation>
	</message>
	<message>
		<source>Sync your devices to share notifications preferences</source>
		<translation>デバイスを同期して通知設定を共有する</translation>
	</message>
	<message>
		<source>Syncing &gt;</source>
		<translation>同期 &gt;</translation>
	</message>
	<message>
		<source>Allow Notifications</source>
		<translation>通知を許可</translation>
	</message>
	<message>
		<source>1:1 Chats</source>
		<translation>1:1 チャット</translation>
	</message>
	<message>
		<source>Group Chats</source>
		<translation>グループチャット</translation>
	</message>
	<message>
		<source>Personal @ Mentions</source>
		<translation>個人的な@メンション</translation>
	</message>
	<message>
		<source>Messages containing @%1</source>
		<translation>@%1 を含むメッセージ</translation>
	</message>
	<message>
		<source>Global @ Mentions</source>
		<translation>グローバルな@メンション</translation>
	</message>
	<message>
		<source>Messages containing @here and @channel</source>
		<translation>@here と @channel を含むメッセージ</translation>
	</message>
	<message>
		<source>All Messages</source>
		<translation>すべてのメッセージ</translation>
	</message>
	<message>
		<source>Others</source>
		<translation>その他</translation>
	</message>
	<message>
		<source>Contact Requests</source>
		<translation>友だちリクエスト</translation>
	</message>
	<message>
		<source>Identity Verification Requests</source>
		<translation>本人確認のリクエスト</translation>
	</message>
	<message>
		<source>Notification Content</source>
		<translation>通知内容</translation>
	</message>
	<message>
		<source>Show Name and Message</source>
		<translation>名前とメッセージを表示</translation>
	</message>
	<message>
		<source>Hi there! So EIP-1559 will defini...</source>
		<translation>Hi there! So EIP-1559 will defini...</translation>
	</message>
	<message>
		<source>Name Only</source>
		<translation>名前のみ</translation>
	</message>
	<message>
		<source>Play a Sound When Receiving a Notification</source>
		<translation>通知を受け取ったときに音を鳴らす</translation>
	</message>
	<message>
		<source>Volume</source>
		<translation>音量</translation>
	</message>
	<message>
		<source>Send a Test Notification</source>
		<translation>テスト通知を送信する</translation>
	</message>
	<message>
		<source>Exemptions</source>
		<translation>Exemptions</translation>
	</message>
	<message>
		<source>Search Communities, Group Chats and 1:1 Chats</source>
		<translation>コミュニティ、グループチャット、1:1チャットを検索</translation>
	</message>
	<message>
		<source>Most recent</source>
		<translation>最新</translation>
	</message>
</context>
<context>
	<name>PasswordView</name>
	<message>
		<source>Create a password</source>
		<translation>パスワードを作成</translation>
	</message>
	<message>
		<source>Passwords don&apos;t match</source>
		<translation>パスワードが一致しません</translation>
	</message>
	<message>
		<source>Create a password to unlock Status on this device &amp; sign transactions.</source>
		<translation>このデバイスのStatusをロック解除し、トランザクション署名するためのパスワードを作成します。</translation>
	</message>
	<message>
		<source>You will not be able to recover this password if it is lost.</source>
		<translation>このパスワードを紛失した場合、復元することはできません。</translation>
	</message>
	<message>
		<source>Minimum %1 characters. To strengthen your password consider including:</source>
		<translation>最低 %1 文字です。パスワードを強化するには、以下を含めることを検討してください。</translation>
	</message>
	<message>
		<source>This password has been pwned and shouldn&apos;t be used</source>
		<translation>このパスワードは過去に流出しているため、使用しないでください</translation>
	</message>
	<message>
		<source>This password is a common word and shouldn&apos;t be used</source>
		<translation>このパスワードは一般的な言葉であり、使用すべきではありません</translation>
	</message>
	<message>
		<source>Password must be at least %1 characters long</source>
		<translation>パスワードは %1 文字以上必要です</translation>
	</message>
	<message>
		<source>Current password</source>
		<translation>現在のパスワード</translation>
	</message>
	<message>
		<source>New password</source>
		<translation>新しいパスワード</translation>
	</message>
	<message>
		<source>Very weak</source>
		<translation>非常に弱い</translation>
	</message>
	<message>
		<source>Weak</source>
		<translation>弱い</translation>
	</message>
	<message>
		<source>So-so</source>
		<translation>まあまあ</translation>
	</message>
	<message>
		<source>Good</source>
		<translation>Good</translation>
	</message>
	<message>
		<source>Great</source>
		<translation>素晴らしい</translation>
	</message>
	<message>
		<source>Lower case</source>
		<translation>小文字</translation>
	</message>
	<message>
		<source>Upper case</source>
		<translation>大文字</translation>
	</message>
	<message>
		<source>Numbers</source>
		<translation>数字</translation>
	</message>
	<message>
		<source>Symbols</source>
		<translation>シンボル</translation>
	</message>
	<message>
		<source>Confirm password</source>
		<translation>パスワードを再入力</translation>
	</message>
</context>
<context>
	<name>PermissionsListView</name>
	<message>
		<source>Disconnect</source>
		<translation>接続解除</translation>
	</message>
	<message>
		<source>Disconnect All</source>
		<translation>すべて切断</translation>
	</message>
</context>
<context>
	<name>PinnedMessagesPopup</name>
	<message>
		<source>Unpin</source>
		<translation>ピン留めを解除</translation>
	</message>
	<message>
		<source>Pin limit reached</source>
		<translation>ピン数上限に達しました</translation>
	</message>
	<message>
		<source>Pinned messages</source>
		<translation>ピン留めされたメッセージ</translation>
	</message>
	<message>
		<source>Unpin a previous message first</source>
		<translation>最初に前のメッセージのピン留めを解除する</translation>
	</message>
	<message>
		<source>%1 messages</source>
		<translation>%1 メッセージ</translation>
	</message>
	<message>
		<source>%1 message</source>
		<translation>%1 メッセージ</translation>
	</message>
	<message>
		<source>Pinned messages will appear here.</source>
		<translation>ピン留めされたメッセージがここに表示されます。</translation>
	</message>
</context>
<context>
	<name>ProfileLayout</name>
	<message>
		<source>Contacts</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>Testnet mode is enabled. All balances, transactions and dApp interactions will be on testnets.</source>
		<translation>テストネットモードが有効になっています。すべての残高、トランザクション、および dAppのやり取りはテストネット上のものです。</translation>
	</message>
	<message>
		<source>Secure your seed phrase</source>
		<translation>シードフレーズを保護する</translation>
	</message>
	<message>
		<source>Back up now</source>
		<translation>今すぐバックアップ</translation>
	</message>
</context>
<context>
	<name>ProfilePopup</name>
	<message>
		<source>ENS username</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Chat key</source>
		<translation>チャットキー</translation>
	</message>
	<message>
		<source>Share Profile URL</source>
		<translation>プロファイルURLを共有</translation>
	</message>
	<message>
		<source>Chat settings</source>
		<translation>チャット設定</translation>
	</message>
	<message>
		<source>Nickname</source>
		<translation>ニックネーム</translation>
	</message>
	<message>
		<source>None</source>
		<translation>なし</translation>
	</message>
	<message>
		<source>Remove contact</source>
		<translation>連絡先から削除</translation>
	</message>
	<message>
		<source>Are you sure you want to remove this contact?</source>
		<translation>この連絡先を削除しますか？</translation>
	</message>
	<message>
		<source>Unblock User</source>
		<translation>ユーザをブロック解除</translation>
	</message>
	<message>
		<source>Block User</source>
		<translation>ユーザをブロック</translation>
	</message>
	<message>
		<source>Add to contacts</source>
		<translation>連絡先に追加</translation>
	</message>
	<message>
		<source>&apos;s Profile</source>
		<translation>のプロフィール</translation>
	</message>
	<message>
		<source>Send Contact Request to</source>
		<translation>友だちリクエストを送る</translation>
	</message>
	<message>
		<source>Verify %1&apos;s Identity</source>
		<translation>%1 を本人確認する</translation>
	</message>
	<message>
		<source>My Profile</source>
		<translation>マイプロフィール</translation>
	</message>
	<message>
		<source>%1&apos;s Profile</source>
		<translation>%1 のプロフィール</translation>
	</message>
	<message>
		<source>Send Contact Request to %1</source>
		<translation>友だちリクエストを %1 に送る</translation>
	</message>
	<message>
		<source>Cancel verification</source>
		<translation>確認をキャンセル</translation>
	</message>
	<message>
		<source>Remove Contact</source>
		<translation>連絡先から削除</translation>
	</message>
	<message>
		<source>Send Contact Request</source>
		<translation>友だちリクエストを送る</translation>
	</message>
	<message>
		<source>Mark Untrustworthy</source>
		<translation>信用できないとしてマークする</translation>
	</message>
	<message>
		<source>Remove &apos;Identity Verified&apos; status</source>
		<translation>「本人確認済み」ステータスを削除する</translation>
	</message>
	<message>
		<source>No</source>
		<translation>いいえ</translation>
	</message>
	<message>
		<source>Yes</source>
		<translation>はい</translation>
	</message>
	<message>
		<source>Remove Untrustworthy Mark</source>
		<translation>信頼できないマークを削除する</translation>
	</message>
	<message>
		<source>Verify Identity</source>
		<translation>本人確認</translation>
	</message>
	<message>
		<source>Verify Identity pending...</source>
		<translation>ID の確認保留中...</translation>
	</message>
	<message>
		<source>Send verification request</source>
		<translation>確認リクエストを送信</translation>
	</message>
	<message>
		<source>Verification request sent</source>
		<translation>確認リクエストを送信しました</translation>
	</message>
	<message>
		<source>Confirm Identity</source>
		<translation>本人確認</translation>
	</message>
	<message>
		<source>Rename</source>
		<translation>名前を変更</translation>
	</message>
	<message>
		<source>Close</source>
		<translation>閉じる</translation>
	</message>
</context>
<context>
	<name>ProfileSectionStore</name>
	<message>
		<source>Profile</source>
		<translation>プロフィール</translation>
	</message>
	<message>
		<source>ENS usernames</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Wallet</source>
		<translation>ウォレット</translation>
	</message>
	<message>
		<source>Browser</source>
		<translation>ブラウザ</translation>
	</message>
	<message>
		<source>Communities</source>
		<translation>コミュニティ</translation>
	</message>
	<message>
		<source>Appearance</source>
		<translation>画面表示</translation>
	</message>
	<message>
		<source>Back up seed phrase</source>
		<translation>シードフレーズをバックアップ</translation>
	</message>
	<message>
		<source>Advanced</source>
		<translation>高度な設定</translation>
	</message>
	<message>
		<source>Messaging</source>
		<translation>メッセージング</translation>
	</message>
	<message>
		<source>Notifications &amp; Sounds</source>
		<translation>通知とサウンド</translation>
	</message>
	<message>
		<source>Language &amp; Currency</source>
		<translation>言語と通貨</translation>
	</message>
	<message>
		<source>Devices settings</source>
		<translation>デバイス設定</translation>
	</message>
	<message>
		<source>About</source>
		<translation>About</translation>
	</message>
	<message>
		<source>Sign out &amp; Quit</source>
		<translation>サインアウトと終了</translation>
	</message>
</context>
<context>
	<name>RateView</name>
	<message>
		<source>Upload</source>
		<translation>アップロード</translation>
	</message>
	<message>
		<source>Bandwidth</source>
		<translation>帯域幅</translation>
	</message>
	<message>
		<source>Kb/s</source>
		<translation>Kb/s</translation>
	</message>
	<message>
		<source>Download</source>
		<translation>ダウンロード</translation>
	</message>
</context>
<context>
	<name>ReceiveModal</name>
	<message>
		<source>Copy</source>
		<translation>コピー</translation>
	</message>
	<message>
		<source>Receive</source>
		<translation>受信</translation>
	</message>
	<message>
		<source>Legacy</source>
		<translation>レガシー</translation>
	</message>
	<message>
		<source>Multichain</source>
		<translation>マルチチェーン</translation>
	</message>
	<message>
		<source>Your Address</source>
		<translation>あなたのアドレス</translation>
	</message>
</context>
<context>
	<name>RootStore</name>
	<message>
		<source>You</source>
		<translation>あなた</translation>
	</message>
	<message>
		<source>Start a 1-on-1 chat with %1</source>
		<translation>%1 と1対1のチャットを開始する</translation>
	</message>
	<message>
		<source>Join the %1 community</source>
		<translation>%1 コミュニティに参加する</translation>
	</message>
	<message>
		<source>Join the %1 group chat</source>
		<translation>%1 グループチャットに参加する</translation>
	</message>
</context>
<context>
	<name>SavedAddressesView</name>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Delete</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>Saved addresses</source>
		<translation>保存されたアドレス</translation>
	</message>
	<message>
		<source>Add new address</source>
		<translation>新しいアドレスを追加</translation>
	</message>
	<message>
		<source>Edit</source>
		<translation>編集</translation>
	</message>
	<message>
		<source>Are you sure you want to remove &apos;%1&apos; from your saved addresses?</source>
		<translation>保存したアドレスから &apos;%1&apos; を削除してもよろしいですか?</translation>
	</message>
	<message>
		<source>Are you sure?</source>
		<translation>間違いありませんか？</translation>
	</message>
	<message>
		<source>No saved addresses</source>
		<translation>保存されたアドレスはありません</translation>
	</message>
</context>
<context>
	<name>SeedPhraseInputView</name>
	<message>
		<source>Enter seed phrase</source>
		<translation>シードフレーズを入力</translation>
	</message>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
	<message>
		<source>Import</source>
		<translation>インポートする</translation>
	</message>
	<message>
		<source>Keys for this account already exist</source>
		<translation>このアカウントのキーはすでに存在します。</translation>
	</message>
	<message>
		<source>Keys for this account already exist and can&apos;t be added again. If you&apos;ve lost your password, passcode or Keycard, uninstall the app, reinstall and access your keys by entering your seed phrase</source>
		<translation>このアカウントの鍵はすでに存在します。再び鍵を追加することはできません。もしパスワード、パスコード、Keycardを紛失した場合は、アプリをアンインストールし、シードフレーズを入力して鍵を再インストールしてアクセスし直してください。</translation>
	</message>
	<message>
		<source>Error importing seed</source>
		<translation>シードのインポートエラー</translation>
	</message>
	<message>
		<source>%1 words</source>
		<translation>%1 単語</translation>
	</message>
	<message>
		<source>%1SeedButton</source>
		<translation>%1SeedButton</translation>
	</message>
	<message>
		<source>Invalid seed</source>
		<translation>無効なシードフレーズ</translation>
	</message>
	<message>
		<source>Restore Status Profile</source>
		<translation>Statusプロフィールを復元</translation>
	</message>
	<message>
		<source>Recover Keycard</source>
		<translation>Keycardを復元する</translation>
	</message>
</context>
<context>
	<name>SendContactRequestModal</name>
	<message>
		<source>Paste</source>
		<translation>貼り付け</translation>
	</message>
	<message>
		<source>Send Contact Request to chat key</source>
		<translation>チャットキーに友だちリクエストを送信</translation>
	</message>
	<message>
		<source>Enter chat key here</source>
		<translation>チャットキーを入力してください</translation>
	</message>
	<message>
		<source>Say who you are / why you want to become a contact...</source>
		<translation>あなたが誰なのか／なぜ友だちになりたいのか...を教えてください</translation>
	</message>
	<message>
		<source>who are you</source>
		<translation>あなたは誰ですか</translation>
	</message>
	<message>
		<source>Send Contact Request</source>
		<translation>友だちリクエストを送る</translation>
	</message>
</context>
<context>
	<name>SendModal</name>
	<message>
		<source>Transaction pending...</source>
		<translation>トランザクション処理中</translation>
	</message>
	<message>
		<source>Error sending the transaction</source>
		<translation>トランザクションの送信エラー</translation>
	</message>
	<message>
		<source>Send</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>Max: </source>
		<translation>最大: </translation>
	</message>
	<message>
		<source>No balances active</source>
		<translation>有効な残高がありません</translation>
	</message>
	<message>
		<source>Please enter a valid amount</source>
		<translation>有効な金額を入力してください</translation>
	</message>
	<message>
		<source>To</source>
		<translation>To</translation>
	</message>
	<message>
		<source>Enter an ENS name or address</source>
		<translation>ENS名またはアドレスを入力する</translation>
	</message>
	<message>
		<source>Error estimating gas: %1</source>
		<translation>ガスの見積エラー: %1</translation>
	</message>
	<message>
		<source>Wrong password</source>
		<translation>パスワードが間違っています</translation>
	</message>
	<message>
		<source>View on etherscan</source>
		<translation>Etherscanで表示</translation>
	</message>
	<message>
		<source>Paste</source>
		<translation>貼り付け</translation>
	</message>
	<message>
		<source>Fees</source>
		<translation>手数料</translation>
	</message>
</context>
<context>
	<name>SendModalFooter</name>
	<message>
		<source>Unknown</source>
		<translation>不明</translation>
	</message>
	<message>
		<source>Estimated Time:</source>
		<translation>推定時間:</translation>
	</message>
	<message>
		<source>Max Fees:</source>
		<translation>最大手数料:</translation>
	</message>
	<message>
		<source>Send</source>
		<translation>送信</translation>
	</message>
</context>
<context>
	<name>SendModalHeader</name>
	<message>
		<source>To</source>
		<translation>To</translation>
	</message>
</context>
<context>
	<name>SettingsPageLayout</name>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Save changes</source>
		<translation>変更内容を保存</translation>
	</message>
</context>
<context>
	<name>SignTransactionModal</name>
	<message>
		<source>Send</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>Continue</source>
		<translation>続行する</translation>
	</message>
	<message>
		<source>Error estimating gas: %1</source>
		<translation>ガスの見積エラー: %1</translation>
	</message>
	<message>
		<source>Transaction pending...</source>
		<translation>トランザクション処理中</translation>
	</message>
	<message>
		<source>Error sending the transaction</source>
		<translation>トランザクションの送信エラー</translation>
	</message>
	<message>
		<source>Choose account</source>
		<translation>アカウントを選択</translation>
	</message>
	<message>
		<source>Network fee</source>
		<translation>ネットワーク手数料</translation>
	</message>
	<message>
		<source>Transaction preview</source>
		<translation>トランザクションプレビュー</translation>
	</message>
	<message>
		<source>Sign with password</source>
		<translation>パスワードで署名する</translation>
	</message>
	<message>
		<source>Send %1 %2</source>
		<translation>%1 %2 を送信する</translation>
	</message>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
	<message>
		<source>Wrong password</source>
		<translation>パスワードが間違っています</translation>
	</message>
	<message>
		<source>View on etherscan</source>
		<translation>Etherscanで表示</translation>
	</message>
</context>
<context>
	<name>StatusAppCommunityView</name>
	<message>
		<source>Members</source>
		<translation>メンバー</translation>
	</message>
</context>
<context>
	<name>StatusChatInput</name>
	<message>
		<source>Send</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>Message</source>
		<translation>メッセージ</translation>
	</message>
	<message>
		<source>Please choose an image</source>
		<translation>画像を選択してください</translation>
	</message>
	<message>
		<source>Image files (%1)</source>
		<translation>画像ファイル（%1）</translation>
	</message>
	<message>
		<source>Your message is too long.</source>
		<translation>メッセージが長すぎます。</translation>
	</message>
	<message>
		<source>Please make your message shorter. We have set the limit to 2000 characters to be courteous of others.</source>
		<translation>メッセージを短くしてください。他の方への配慮から上限を2000文字に設定しています。</translation>
	</message>
	<message>
		<source>Bold</source>
		<translation>太字</translation>
	</message>
	<message>
		<source>Italic</source>
		<translation>イタリック</translation>
	</message>
	<message>
		<source>Strikethrough</source>
		<translation>取り消し線</translation>
	</message>
	<message>
		<source>Code</source>
		<translation>コード</translation>
	</message>
	<message>
		<source>Unblock</source>
		<translation>ブロック解除</translation>
	</message>
</context>
<context>
	<name>StatusChatListAndCategories</name>
	<message>
		<source>More</source>
		<translation>もっと見る</translation>
	</message>
	<message>
		<source>Add channel inside category</source>
		<translation>カテゴリ内にチャンネルを追加</translation>
	</message>
</context>
<context>
	<name>StatusChatListCategoryItem</name>
	<message>
		<source>More</source>
		<translation>もっと見る</translation>
	</message>
	<message>
		<source>Add channel inside category</source>
		<translation>カテゴリ内にチャンネルを追加</translation>
	</message>
</context>
<context>
	<name>StatusChatListItem</name>
	<message>
		<source>Unmute</source>
		<translation>ミュート解除</translation>
	</message>
</context>
<context>
	<name>StatusChatToolBar</name>
	<message>
		<source>Search</source>
		<translation>検索</translation>
	</message>
	<message>
		<source>Members</source>
		<translation>メンバー</translation>
	</message>
	<message>
		<source>More</source>
		<translation>もっと見る</translation>
	</message>
</context>
<context>
	<name>StatusColorDialog</name>
	<message>
		<source>Preview</source>
		<translation>プレビュー</translation>
	</message>
	<message>
		<source>This is not a valid color</source>
		<translation>これは有効な色ではありません</translation>
	</message>
	<message>
		<source>Standart colours</source>
		<translation>標準カラー</translation>
	</message>
	<message>
		<source>Select Colour</source>
		<translation>カラーを選択</translation>
	</message>
</context>
<context>
	<name>StatusExpandableSettingsItemPage</name>
	<message>
		<source>Back up seed phrase</source>
		<translation>シードフレーズをバックアップ</translation>
	</message>
	<message>
		<source>Not Implemented</source>
		<translation>実装されていません。</translation>
	</message>
</context>
<context>
	<name>StatusListPicker</name>
	<message>
		<source>Search</source>
		<translation>検索</translation>
	</message>
</context>
<context>
	<name>StatusMacNotification</name>
	<message>
		<source>Open</source>
		<translation>開く</translation>
	</message>
	<message>
		<source>My latest message
 with a return</source>
		<translation>私の最近のメッセージ
リターン付き</translation>
	</message>
</context>
<context>
	<name>StatusStickerMarket</name>
	<message>
		<source>This feature is experimental and is meant for testing purposes by core contributors and the community. It&apos;s not meant for real use and makes no claims of security or integrity of funds or data. Use at your own risk.</source>
		<translation>この機能は実験的なものであり、コアコントリビュータとコミュニティのテスト目的のためのものです。実際の利用を目的としたものではなく、資金やデータの安全性や完全性を保証するものではありません。ご自身の責任においてご利用ください。</translation>
	</message>
	<message>
		<source>I understand</source>
		<translation>理解しました</translation>
	</message>
</context>
<context>
	<name>StatusTokenInlineSelector</name>
	<message>
		<source>or</source>
		<translation>または</translation>
	</message>
	<message>
		<source>Hold</source>
		<translation>Hold</translation>
	</message>
	<message>
		<source>to post</source>
		<translation>to post</translation>
	</message>
</context>
<context>
	<name>StatusWalletColorSelect</name>
	<message>
		<source>Account color</source>
		<translation>アカウントカラー</translation>
	</message>
</context>
<context>
	<name>TabNetworkAndFees</name>
	<message>
		<source>Advanced</source>
		<translation>高度な設定</translation>
	</message>
	<message>
		<source>Custom</source>
		<translation>カスタム</translation>
	</message>
	<message>
		<source>Slow</source>
		<translation>遅い</translation>
	</message>
</context>
<context>
	<name>TransactionSettingsConfirmationPopup</name>
	<message>
		<source>Are you sure?</source>
		<translation>間違いありませんか？</translation>
	</message>
	<message>
		<source>Your priority fee is below our suggested parameters.</source>
		<translation>プライオリティフィーが推奨値を下回っています。</translation>
	</message>
	<message>
		<source>Current base fee</source>
		<translation>現在の基本手数料</translation>
	</message>
	<message>
		<source>%1 Gwei</source>
		<translation>%1 Gwei</translation>
	</message>
	<message>
		<source>Current minimum tip</source>
		<translation>現在の最小チップ</translation>
	</message>
	<message>
		<source>Current average tip</source>
		<translation>現在の平均チップ</translation>
	</message>
	<message>
		<source>Your tip limit</source>
		<translation>チップ設定値</translation>
	</message>
	<message>
		<source>Suggested minimum tip</source>
		<translation>推奨される最小チップ</translation>
	</message>
	<message>
		<source>Your price limit</source>
		<translation>料金設定値</translation>
	</message>
	<message>
		<source>Suggested minimum price limit</source>
		<translation>推奨料金設定</translation>
	</message>
	<message>
		<source>Change Limit</source>
		<translation>変更制限</translation>
	</message>
	<message>
		<source>Continue anyway</source>
		<translation>気にせず続ける</translation>
	</message>
</context>
<context>
	<name>TransferOwnershipPopup</name>
	<message>
		<source>Transfer ownership</source>
		<translation>所有権を譲渡する</translation>
	</message>
	<message>
		<source>Community private key</source>
		<translation>コミュニティ秘密鍵</translation>
	</message>
	<message>
		<source>Copy</source>
		<translation>コピー</translation>
	</message>
	<message>
		<source>Copied</source>
		<translation>コピーしました</translation>
	</message>
	<message>
		<source>You should keep it safe and only share it with people you trust to take ownership of your community</source>
		<translation>安全な場所に保管し、信頼できる人とだけ共有することで、コミュニティのオーナーシップを高めることができます。</translation>
	</message>
	<message>
		<source>You can also use this key to import your community on another device</source>
		<translation>このキーを使用して、コミュニティを別のデバイスにインポートすることもできます</translation>
	</message>
</context>
<context>
	<name>UploadProfilePicModal</name>
	<message>
		<source>Profile picture</source>
		<translation>プロフィール画像</translation>
	</message>
	<message>
		<source>Remove</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>Upload</source>
		<translation>アップロード</translation>
	</message>
	<message>
		<source>Done</source>
		<translation>完了</translation>
	</message>
	<message>
		<source>Upload profile picture</source>
		<translation>プロフィール画像をアップロード</translation>
	</message>
	<message>
		<source>Choose an image for profile picture</source>
		<translation>プロフィール画像を選択</translation>
	</message>
	<message>
		<source>Make this my profile picture</source>
		<translation>これを私のプロフィール写真にします</translation>
	</message>
</context>
<context>
	<name>UserList</name>
	<message>
		<source>Members</source>
		<translation>メンバー</translation>
	</message>
</context>
<context>
	<name>UsernameLabel</name>
	<message>
		<source>You</source>
		<translation>あなた</translation>
	</message>
</context>
<context>
	<name>Utils</name>
	<message>
		<source>Password needs to be 6 characters or more</source>
		<translation>パスワードは6文字以上必要です</translation>
	</message>
	<message>
		<source>You need to enter a %1</source>
		<translation>%1 を入力する必要があります</translation>
	</message>
	<message>
		<source>now</source>
		<translation>今</translation>
	</message>
	<message>
		<source>Sun</source>
		<translation>日</translation>
	</message>
	<message>
		<source>Mon</source>
		<translation>月</translation>
	</message>
	<message>
		<source>Tue</source>
		<translation>火</translation>
	</message>
	<message>
		<source>Wed</source>
		<translation>水</translation>
	</message>
	<message>
		<source>Thu</source>
		<translation>木</translation>
	</message>
	<message>
		<source>Fri</source>
		<translation>金</translation>
	</message>
	<message>
		<source>Sat</source>
		<translation>土</translation>
	</message>
	<message>
		<source>Jan</source>
		<translation>1月</translation>
	</message>
	<message>
		<source>Feb</source>
		<translation>2月</translation>
	</message>
	<message>
		<source>Mar</source>
		<translation>3月</translation>
	</message>
	<message>
		<source>Apr</source>
		<translation>4月</translation>
	</message>
	<message>
		<source>May</source>
		<translation>5月</translation>
	</message>
	<message>
		<source>Jun</source>
		<translation>6月</translation>
	</message>
	<message>
		<source>Jul</source>
		<translation>7月</translation>
	</message>
	<message>
		<source>Aug</source>
		<translation>8月</translation>
	</message>
	<message>
		<source>Sep</source>
		<translation>9月</translation>
	</message>
	<message>
		<source>Oct</source>
		<translation>10月</translation>
	</message>
	<message>
		<source>Nov</source>
		<translation>11月</translation>
	</message>
	<message>
		<source>Dec</source>
		<translation>12月</translation>
	</message>
	<message>
		<source>Yesterday</source>
		<translation>昨日</translation>
	</message>
	<message>
		<source>Sunday</source>
		<translation>日曜日</translation>
	</message>
	<message>
		<source>Monday</source>
		<translation>月曜日</translation>
	</message>
	<message>
		<source>Tuesday</source>
		<translation>火曜日</translation>
	</message>
	<message>
		<source>Wednesday</source>
		<translation>水曜日</translation>
	</message>
	<message>
		<source>Thursday</source>
		<translation>木曜日</translation>
	</message>
	<message>
		<source>Friday</source>
		<translation>金曜日</translation>
	</message>
	<message>
		<source>Saturday</source>
		<translation>土曜日</translation>
	</message>
	<message>
		<source>NOW</source>
		<translation>今</translation>
	</message>
	<message>
		<source>%1M</source>
		<translation>%1ヶ月</translation>
	</message>
	<message>
		<source>%1H</source>
		<translation>%1時間</translation>
	</message>
	<message>
		<source>%1D</source>
		<translation>%1日</translation>
	</message>
	<message>
		<source>words</source>
		<translation>単語</translation>
	</message>
	<message>
		<source>You need to enter a password</source>
		<translation>パスワードを入力する必要があります</translation>
	</message>
	<message>
		<source>You need to repeat your password</source>
		<translation>パスワードを再度入力してください</translation>
	</message>
	<message>
		<source>Passwords don&apos;t match</source>
		<translation>パスワードが一致しません</translation>
	</message>
	<message>
		<source>You need to enter a PIN</source>
		<translation>PINの入力が必要です</translation>
	</message>
	<message>
		<source>The PIN must contain only digits</source>
		<translation>PINは数字のみです</translation>
	</message>
	<message>
		<source>The PIN must be exactly 6 digits</source>
		<translation>PINは6桁である必要があります</translation>
	</message>
	<message>
		<source>You need to repeat your PIN</source>
		<translation>PINを繰り返し入力してください</translation>
	</message>
	<message>
		<source>PIN don&apos;t match</source>
		<translation>PINが一致しません</translation>
	</message>
	<message>
		<source>The %1 cannot exceed %2 characters</source>
		<translation>%1は%2文字を超えることはできません</translation>
	</message>
	<message>
		<source>Must be an hexadecimal color (eg: #4360DF)</source>
		<translation>16進数のカラーであること (例: #4360DF)</translation>
	</message>
	<message>
		<source>Use only lowercase letters (a to z), numbers &amp; dashes (-). Do not use chat keys.</source>
		<translation>小文字（a～z）、数字、ダッシュ（-）のみ使用可能です。チャットキーは使用しないでください。</translation>
	</message>
	<message>
		<source>Value has to be at least %1 characters long</source>
		<translation>値は %1 文字以上必要です</translation>
	</message>
	<message>
		<source>Unknown</source>
		<translation>不明</translation>
	</message>
	<message>
		<source>&lt; 1 min</source>
		<translation>&lt; 1分</translation>
	</message>
	<message>
		<source>&lt; 3 mins</source>
		<translation>&lt; 3分</translation>
	</message>
	<message>
		<source>&lt; 5 mins</source>
		<translation>&lt; 5分</translation>
	</message>
	<message>
		<source>&gt; 5 mins</source>
		<translation>&gt; 5分</translation>
	</message>
	<message>
		<source>years ago</source>
		<translation>年前</translation>
	</message>
	<message>
		<source>year ago</source>
		<translation>年前</translation>
	</message>
	<message>
		<source>months ago</source>
		<translation>ヶ月前</translation>
	</message>
	<message>
		<source>month ago</source>
		<translation>ヶ月前</translation>
	</message>
	<message>
		<source>weeks ago</source>
		<translation>週間前</translation>
	</message>
	<message>
		<source>week ago</source>
		<translation>週間前</translation>
	</message>
	<message>
		<source>days ago</source>
		<translation>日前</translation>
	</message>
	<message>
		<source>day ago</source>
		<translation>日前</translation>
	</message>
	<message>
		<source>hours ago</source>
		<translation>時間前</translation>
	</message>
	<message>
		<source>hour ago</source>
		<translation>時間前</translation>
	</message>
	<message>
		<source>mins ago</source>
		<translation>分前</translation>
	</message>
	<message>
		<source>min ago</source>
		<translation>分前</translation>
	</message>
	<message>
		<source>secs ago</source>
		<translation>秒前</translation>
	</message>
	<message>
		<source>sec ago</source>
		<translation>秒前</translation>
	</message>
</context>
<context>
	<name>WalletView</name>
	<message>
		<source>Wallet</source>
		<translation>ウォレット</translation>
	</message>
	<message>
		<source>Networks</source>
		<translation>ネットワーク</translation>
	</message>
	<message>
		<source>DApp Permissions</source>
		<translation>DAppのアクセス許可</translation>
	</message>
	<message>
		<source>Testnet Mode</source>
		<translation>テストネットモード</translation>
	</message>
</context>
<context>
	<name>AcceptTransactionView</name>
	<message>
		<source>Accept and share address</source>
		<translation>許可してアドレスを共有する</translation>
	</message>
	<message>
		<source>Accept and send</source>
		<translation>許可して送る</translation>
	</message>
	<message>
		<source>Decline</source>
		<translation>拒否</translation>
	</message>
</context>
<context>
	<name>Acknowledgements</name>
	<message>
		<source>Secure Your Assets and Funds</source>
		<translation>アセットと資金を保護する</translation>
	</message>
	<message>
		<source>Your seed phrase is a 12-word passcode to your funds.</source>
		<translation>シードフレーズは、資金に対する 12 単語のパスコードです。</translation>
	</message>
	<message>
		<source>Your seed phrase cannot be recovered if lost. Therefore, you &lt;b&gt;must&lt;/b&gt; back it up. The simplest way is to &lt;b&gt;write it down offline and store it somewhere secure.&lt;/b&gt;</source>
		<translation>シードフレーズを紛失すると復元できません。したがって、バックアップを&lt;b&gt;必ず&lt;/b&gt;行ってください。最も簡単な方法は、 &lt;b&gt;オフラインで書き留めて安全な場所に保管することです。 &lt;/b&gt;</translation>
	</message>
	<message>
		<source>I have a pen and paper</source>
		<translation>私はペンと紙を持っています</translation>
	</message>
	<message>
		<source>I am ready to write down my seed phrase</source>
		<translation>シードフレーズを書き留める準備ができました</translation>
	</message>
	<message>
		<source>I know where I’ll store it</source>
		<translation>保管場所は決まっています</translation>
	</message>
	<message>
		<source>You can only complete this process once. Status will not store your seed phrase and can never help you recover it.</source>
		<translation>この処理は一度しか行えません。Statusは、あなたのシードフレーズを保存せず、それを回復する手助けをすることはできません。</translation>
	</message>
</context>
<context>
	<name>ActivityCenterPopup</name>
	<message>
		<source>Show more</source>
		<translation>もっとみる</translation>
	</message>
</context>
<context>
	<name>ActivityCenterPopupTopBarPanel</name>
	<message>
		<source>All</source>
		<translation>すべて</translation>
	</message>
	<message>
		<source>Mentions</source>
		<translation>メンション</translation>
	</message>
	<message>
		<source>Replies</source>
		<translation>返信</translation>
	</message>
	<message>
		<source>Mark all as Read</source>
		<translation>すべて既読にする</translation>
	</message>
	<message>
		<source>Show read notifications</source>
		<translation>既読通知を表示する</translation>
	</message>
	<message>
		<source>Hide read notifications</source>
		<translation>既読通知を非表示</translation>
	</message>
	<message>
		<source>Notification settings</source>
		<translation>通知設定</translation>
	</message>
</context>
<context>
	<name>AddShowTokenModal</name>
	<message>
		<source>Add custom token</source>
		<translation>カスタムトークンを追加</translation>
	</message>
	<message>
		<source>This needs to be a valid address</source>
		<translation>有効なアドレスである必要があります</translation>
	</message>
	<message>
		<source>Invalid ERC20 address</source>
		<translation>無効なERC20アドレスです</translation>
	</message>
	<message>
		<source>Enter contract address...</source>
		<translation>コントラクトアドレスを入力...</translation>
	</message>
	<message>
		<source>Contract address</source>
		<translation>コントラクトアドレス</translation>
	</message>
	<message>
		<source>The name of your token...</source>
		<translation>トークンの名前...</translation>
	</message>
	<message>
		<source>Name</source>
		<translation>名前</translation>
	</message>
	<message>
		<source>ABC</source>
		<translation>ABC</translation>
	</message>
	<message>
		<source>Symbol</source>
		<translation>シンボル</translation>
	</message>
	<message>
		<source>Decimals</source>
		<translation>小数点桁数</translation>
	</message>
	<message>
		<source>Changing settings failed</source>
		<translation>設定変更に失敗しました</translation>
	</message>
	<message>
		<source>Add</source>
		<translation>追加</translation>
	</message>
</context>
<context>
	<name>AddWakuNodeModal</name>
	<message>
		<source>Waku nodes</source>
		<translation>Wakuノード</translation>
	</message>
	<message>
		<source>Name</source>
		<translation>名前</translation>
	</message>
	<message>
		<source>Specify a name</source>
		<translation>名前を入力</translation>
	</message>
	<message>
		<source>You need to enter a name</source>
		<translation>名前を入力する必要があります</translation>
	</message>
	<message>
		<source>History node address</source>
		<translation>履歴ノードアドレス</translation>
	</message>
	<message>
		<source>You need to enter the enode address</source>
		<translation>enodeアドレスを入力する必要があります</translation>
	</message>
	<message>
		<source>The format must be: enode://{enode-id}:{password}@{ip-address}:{port}</source>
		<translation>enode://{enode-id}:{password}@{IP-address}:{port} のような形式である必要があります。</translation>
	</message>
	<message>
		<source>Save</source>
		<translation>保存</translation>
	</message>
</context>
<context>
	<name>AddressInput</name>
	<message>
		<source>ENS Username not found</source>
		<translation>ENS ユーザ名が見つかりません</translation>
	</message>
</context>
<context>
	<name>AddressRequiredValidator</name>
	<message>
		<source>You need to request the recipient’s address first.
Assets won’t be sent yet.</source>
		<translation>まずは受信者のアドレスを要求する必要があります。
資産はまだ送られません。</translation>
	</message>
</context>
<context>
	<name>AddressSourceSelector</name>
	<message>
		<source>Invalid source</source>
		<translation>ソースが無効です</translation>
	</message>
</context>
<context>
	<name>AdvancedAddAccountView</name>
	<message>
		<source>Enter address...</source>
		<translation>アドレスを入力...</translation>
	</message>
	<message>
		<source>Account address</source>
		<translation>アカウントアドレス</translation>
	</message>
	<message>
		<source>This needs to be a valid address (starting with 0x)</source>
		<translation>これは有効なアドレスである必要があります（0xで始まる）</translation>
	</message>
	<message>
		<source>You need to enter an address</source>
		<translation>アドレスの入力が必要です</translation>
	</message>
</context>
<context>
	<name>AppSearch</name>
	<message>
		<source>No results</source>
		<translation>結果がありません</translation>
	</message>
	<message>
		<source>Anywhere</source>
		<translation>どこでも</translation>
	</message>
</context>
<context>
	<name>AssetAndAmountInput</name>
	<message>
		<source>Insufficient balance</source>
		<translation>残高不足</translation>
	</message>
	<message>
		<source>Must be greater than or equal to 0</source>
		<translation>0以上である必要があります</translation>
	</message>
	<message>
		<source>This needs to be a number</source>
		<translation>これは数字である必要があります</translation>
	</message>
	<message>
		<source>Please enter an amount</source>
		<translation>金額を入力してください</translation>
	</message>
	<message>
		<source>Balance: </source>
		<translation>残高: </translation>
	</message>
	<message>
		<source>Asset &amp; Amount</source>
		<translation>資産と金額</translation>
	</message>
	<message>
		<source>The amount is 0. Proceed only if this is desired.</source>
		<translation>金額は0です。 希望する場合のみ進めてください。</translation>
	</message>
</context>
<context>
	<name>BackUpCommuntyBannerPanel</name>
	<message>
		<source>Back up community key</source>
		<translation>コミュニティキーをバックアップする</translation>
	</message>
	<message>
		<source>Back up</source>
		<translation>バックアップ</translation>
	</message>
</context>
<context>
	<name>BalanceExceeded</name>
	<message>
		<source>Balance exceeded</source>
		<translation>残高超過</translation>
	</message>
	<message>
		<source>No networks available</source>
		<translation>利用可能なネットワークがありません</translation>
	</message>
</context>
<context>
	<name>BalanceValidator</name>
	<message>
		<source>Insufficient balance</source>
		<translation>残高不足</translation>
	</message>
</context>
<context>
	<name>BlockContactConfirmationDialog</name>
	<message>
		<source>Block User</source>
		<translation>ユーザをブロック</translation>
	</message>
	<message>
		<source>Blocking will stop new messages from reaching you from %1.</source>
		<translation>ブロックすると、%1 からの新しいメッセージが届かなくなります。</translation>
	</message>
</context>
<context>
	<name>BloomSelectorButton</name>
	<message>
		<source>TODO</source>
		<translation>ToDo</translation>
	</message>
</context>
<context>
	<name>BrowserConnectionModal</name>
	<message>
		<source>&apos;%1&apos; would like to connect to</source>
		<translation>&apos;%1&apos; が接続を要求しています </translation>
	</message>
	<message>
		<source>Allowing authorizes this DApp to retrieve your wallet address and enable Web3</source>
		<translation>アクセスを許可すると、このDAppはあなたのウォレットアドレスを取得し、Web3を有効にします。</translation>
	</message>
	<message>
		<source>Granting access authorizes this DApp to retrieve your chat key</source>
		<translation>アクセスを許可すると、このDAppはあなたのチャットキーを取得します。</translation>
	</message>
	<message>
		<source>Deny</source>
		<translation>拒否</translation>
	</message>
	<message>
		<source>Allow</source>
		<translation>許可</translation>
	</message>
</context>
<context>
	<name>BrowserHeader</name>
	<message>
		<source>Enter URL</source>
		<translation>URLを入力</translation>
	</message>
</context>
<context>
	<name>BrowserSettingsMenu</name>
	<message>
		<source>New Tab</source>
		<translation>新しいタブ</translation>
	</message>
	<message>
		<source>Exit Incognito mode</source>
		<translation>匿名モードを終了します</translation>
	</message>
	<message>
		<source>Go Incognito</source>
		<translation>匿名で行く</translation>
	</message>
	<message>
		<source>Zoom In</source>
		<translation>ズームイン</translation>
	</message>
	<message>
		<source>Zoom Out</source>
		<translation>ズームアウト</translation>
	</message>
	<message>
		<source>Find</source>
		<translation>見つける</translation>
	</message>
	<message>
		<source>Compatibility mode</source>
		<translation>互換モード</translation>
	</message>
	<message>
		<source>Developer Tools</source>
		<translation>開発者ツール</translation>
	</message>
	<message>
		<source>Settings</source>
		<translation>設定</translation>
	</message>
</context>
<context>
	<name>BrowserTabStyle</name>
	<message>
		<source>Start Page</source>
		<translation>スタートページ</translation>
	</message>
</context>
<context>
	<name>BrowserTabView</name>
	<message>
		<source>Start Page</source>
		<translation>スタートページ</translation>
	</message>
	<message>
		<source>New Tab</source>
		<translation>新しいタブ</translation>
	</message>
	<message>
		<source>Downloads Page</source>
		<translation>ダウンロードページ</translation>
	</message>
</context>
<context>
	<name>BrowserView</name>
	<message>
		<source>Search engine used in the address bar</source>
		<translation>アドレスバーで使用する検索エンジン</translation>
	</message>
	<message>
		<source>None</source>
		<translation>なし</translation>
	</message>
	<message>
		<source>Show Favorites Bar</source>
		<translation>お気に入りバーを表示</translation>
	</message>
	<message>
		<source>Connected DApps</source>
		<translation>接続済みDApps</translation>
	</message>
	<message>
		<source>No connected dApps</source>
		<translation>接続されているdAppsがありません</translation>
	</message>
	<message>
		<source>Connecting a dApp grants it permission to view your address and balances, and to send you transaction requests</source>
		<translation>dAppに接続すると、アドレスや残高の閲覧、取引要求の送信が許可されます。</translation>
	</message>
</context>
<context>
	<name>BrowserWalletMenu</name>
	<message>
		<source>Mainnet</source>
		<translation>メインネット</translation>
	</message>
	<message>
		<source>Ropsten</source>
		<translation>Ropsten</translation>
	</message>
	<message>
		<source>Unknown</source>
		<translation>不明</translation>
	</message>
	<message>
		<source>Disconnect</source>
		<translation>接続解除</translation>
	</message>
	<message>
		<source>Assets</source>
		<translation>アセット</translation>
	</message>
	<message>
		<source>History</source>
		<translation>履歴</translation>
	</message>
</context>
<context>
	<name>BrowserWebEngineView</name>
	<message>
		<source>Add Favorite</source>
		<translation>お気に入りを追加</translation>
	</message>
</context>
<context>
	<name>ChangePasswordModal</name>
	<message>
		<source>Change password</source>
		<translation>パスワードを変更する</translation>
	</message>
	<message>
		<source>Change password used to unlock Status on this device &amp; sign transactions.</source>
		<translation>Statusロック解除およびトランザクションの署名に使用するパスワードを変更します。</translation>
	</message>
	<message>
		<source>Change Password</source>
		<translation>パスワードの変更</translation>
	</message>
</context>
<context>
	<name>ChangePasswordSuccessModal</name>
	<message>
		<source>&lt;b&gt;Password changed&lt;/b&gt;</source>
		<translation>&lt;b&gt;パスワードが変更されました&lt;/b&gt;</translation>
	</message>
	<message>
		<source>You need to sign in again using the new password.</source>
		<translation>新しいパスワードを使用して再度サインインする必要があります。</translation>
	</message>
	<message>
		<source>Sign out &amp; Quit</source>
		<translation>サインアウトと終了</translation>
	</message>
</context>
<context>
	<name>ChangeProfilePicModal</name>
	<message>
		<source>Profile picture</source>
		<translation>プロフィール画像</translation>
	</message>
	<message>
		<source>Remove</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>Upload</source>
		<translation>アップロード</translation>
	</message>
	<message>
		<source>Please choose an image</source>
		<translation>画像を選択してください</translation>
	</message>
	<message>
		<source>Image files (*.jpg *.jpeg *.png)</source>
		<translation>画像ファイル (*.jpg *.jpeg *.png)</translation>
	</message>
</context>
<context>
	<name>ChannelIdentifierView</name>
	<message>
		<source>Welcome to the beginning of the &lt;span style=&apos;color: %1&apos;&gt;%2&lt;/span&gt; group!</source>
		<translation>&lt;span style=&apos;color: %1&apos;&gt;%2&lt;/span&gt;グループへようこそ！</translation>
	</message>
	<message>
		<source>Any messages you send here are encrypted and can only be read by you and &lt;span style=&apos;color: %1&apos;&gt;%2&lt;/span&gt;</source>
		<translation>ここで送信されるあらゆるメッセージは暗号化され、あなたと&lt;span style=&apos;color: %1&apos;&gt;%2&lt;/span&gt;以外の人が読むことはできません</translation>
	</message>
</context>
<context>
	<name>ChatButtonsPanel</name>
	<message>
		<source>Add reaction</source>
		<translation>リアクションを追加</translation>
	</message>
	<message>
		<source>Reply</source>
		<translation>返信</translation>
	</message>
	<message>
		<source>Edit</source>
		<translation>編集</translation>
	</message>
	<message>
		<source>Unpin</source>
		<translation>ピン留めを解除</translation>
	</message>
	<message>
		<source>Pin</source>
		<translation>ピン留め</translation>
	</message>
	<message>
		<source>Delete</source>
		<translation>削除</translation>
	</message>
	<message>
		<source>Confirm deleting this message</source>
		<translation>メッセージの削除を確認する</translation>
	</message>
	<message>
		<source>Are you sure you want to delete this message? Be aware that other clients are not guaranteed to delete the message as well.</source>
		<translation>本当にこのメッセージを削除しますか？これは他のデバイスでも同じメッセージが削除されるとは限りません。</translation>
	</message>
</context>
<context>
	<name>ChatColumnView</name>
	<message>
		<source>Send</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>Request Address</source>
		<translation>アドレスを要求する</translation>
	</message>
	<message>
		<source>Request</source>
		<translation>リクエスト</translation>
	</message>
</context>
<context>
	<name>ChatCommandModal</name>
	<message>
		<source>Continue</source>
		<translation>続行する</translation>
	</message>
	<message>
		<source>Receive on account</source>
		<translation>アカウントで受け取る</translation>
	</message>
	<message>
		<source>From account</source>
		<translation>送信元アカウント</translation>
	</message>
	<message>
		<source>Address request required</source>
		<translation>アドレスリクエストが必要です</translation>
	</message>
	<message>
		<source>From</source>
		<translation>From</translation>
	</message>
	<message>
		<source>To</source>
		<translation>To</translation>
	</message>
	<message>
		<source>Preview</source>
		<translation>プレビュー</translation>
	</message>
	<message>
		<source>Transaction preview</source>
		<translation>トランザクションプレビュー</translation>
	</message>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
</context>
<context>
	<name>ChatCommandsPopup</name>
	<message>
		<source>Send transaction</source>
		<translation>トランザクションを送信</translation>
	</message>
	<message>
		<source>Request transaction</source>
		<translation>トランザクションのリクエスト</translation>
	</message>
</context>
<context>
	<name>ChatContentView</name>
	<message>
		<source>Contact</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>Not a contact</source>
		<translation>連絡先に登録されていません</translation>
	</message>
	<message>
		<source>Public chat</source>
		<translation>パブリックチャット</translation>
	</message>
	<message>
		<source>%1 members</source>
		<translation>%1 メンバー</translation>
	</message>
	<message>
		<source>1 member</source>
		<translation>1 メンバー</translation>
	</message>
	<message>
		<source>Connected</source>
		<translation>接続済み</translation>
	</message>
	<message>
		<source>Disconnected</source>
		<translation>切断されました</translation>
	</message>
	<message>
		<source>Blocked</source>
		<translation>ブロックしています</translation>
	</message>
	<message>
		<source>This user has been blocked.</source>
		<translation>このユーザはブロックされています。</translation>
	</message>
</context>
<context>
	<name>ChatMessagesView</name>
	<message>
		<source>Loading...</source>
		<translation>読み込み中...</translation>
	</message>
	<message>
		<source>Failed to send message.</source>
		<translation>メッセージの送信に失敗しました。</translation>
	</message>
</context>
<context>
	<name>ChatRequestMessagePanel</name>
	<message>
		<source>You need to be mutual contacts with this person for them to receive your messages</source>
		<translation>メッセージを受信するには、相手と相互に友だち登録する必要があります。</translation>
	</message>
	<message>
		<source>Just click this button to add them as contact. They will receive a notification. Once they accept the request, you&apos;ll be able to chat</source>
		<translation>このボタンをクリックするだけで、連絡先として追加されます。相手に通知が届きます。相手がリクエストを受け入れると、チャットができるようになります。</translation>
	</message>
	<message>
		<source>Add to contacts</source>
		<translation>連絡先に追加</translation>
	</message>
</context>
<context>
	<name>ChooseBrowserPopup</name>
	<message>
		<source>Choose browser</source>
		<translation>ブラウザを選択</translation>
	</message>
	<message>
		<source>Open in Status</source>
		<translation>Statusで開く</translation>
	</message>
	<message>
		<source>Open in my default browser</source>
		<translation>デフォルトブラウザで開く</translation>
	</message>
	<message>
		<source>Remember my choice. To override it, go to settings.</source>
		<translation>この設定を保存します。上書きするには、設定に移動します。</translation>
	</message>
</context>
<context>
	<name>ClosedEmptyPanel</name>
	<message>
		<source>Your chats will appear here. To start new chats press the  button at the top</source>
		<translation>進行中のチャットがここに表示されます。新しいチャットを開始するには、上部のボタンを押してください。</translation>
	</message>
</context>
<context>
	<name>CollectibleCollectionView</name>
	<message>
		<source>No collectibles available</source>
		<translation>利用可能なコレクティブルはありません</translation>
	</message>
</context>
<context>
	<name>CollectibleDetailView</name>
	<message>
		<source>Properties</source>
		<translation>プロパティ</translation>
	</message>
	<message>
		<source>Levels</source>
		<translation>レベル</translation>
	</message>
	<message>
		<source>Stats</source>
		<translation>統計情報</translation>
	</message>
</context>
<context>
	<name>CollectiblesContent</name>
	<message>
		<source>Something went wrong</source>
		<translation>うまくいきませんでした</translation>
	</message>
	<message>
		<source>Reload</source>
		<translation>再読み込み</translation>
	</message>
</context>
<context>
	<name>CollectiblesHeader</name>
	<message>
		<source>Maximum number of collectibles to display reached</source>
		<translation>コレクティブル表示数の上限に達しました</translation>
	</message>
</context>
<context>
	<name>CollectiblesModal</name>
	<message>
		<source>View</source>
		<translation>表示する</translation>
	</message>
	<message>
		<source>Unnamed</source>
		<translation>無名</translation>
	</message>
</context>
<context>
	<name>CollectiblesModalContent</name>
	<message>
		<source>ID</source>
		<translation>ID</translation>
	</message>
	<message>
		<source>Description</source>
		<translation>説明</translation>
	</message>
</context>
<context>
	<name>CommunitiesView</name>
	<message>
		<source>Import community</source>
		<translation>コミュニティをインポートする</translation>
	</message>
	<message>
		<source>Communities you&apos;ve joined</source>
		<translation>参加したコミュニティ</translation>
	</message>
</context>
<context>
	<name>CommunityBannerPicker</name>
	<message>
		<source>Community banner</source>
		<translation>コミュニティバナー</translation>
	</message>
	<message>
		<source>Choose an image for banner</source>
		<translation>バナー用画像を選択する</translation>
	</message>
	<message>
		<source>Make this my Community banner</source>
		<translation>これを自分のコミュニティ バナーにする</translation>
	</message>
</context>
<context>
	<name>CommunityChannelsAndCategoriesBannerPanel</name>
	<message>
		<source>Expand your community by adding more channels and categories</source>
		<translation>チャンネルやカテゴリーを増やして、コミュニティを拡大する</translation>
	</message>
	<message>
		<source>Add channels</source>
		<translation>チャネルを追加する</translation>
	</message>
	<message>
		<source>Add categories</source>
		<translation>カテゴリーを追加する</translation>
	</message>
</context>
<context>
	<name>CommunityColorPanel</name>
	<message>
		<source>Community Colour</source>
		<translation>コミュニティカラー</translation>
	</message>
	<message>
		<source>Select Community Colour</source>
		<translation>コミュニティカラーを選択</translation>
	</message>
	<message>
		<source>This is not a valid colour</source>
		<translation>これは有効な色ではありません</translation>
	</message>
	<message>
		<source>White text should be legable on top of this colour</source>
		<translation>この色の上に白い文字が読めるようにします。</translation>
	</message>
	<message>
		<source>Standard colours</source>
		<translation>標準カラー</translation>
	</message>
	<message>
		<source>This is not a valid color</source>
		<translation>これは有効な色ではありません</translation>
	</message>
	<message>
		<source>Preview</source>
		<translation>プレビュー</translation>
	</message>
	<message>
		<source>White text should be legible on top of this color</source>
		<translation>この色の上に白い文字が読めるようにします。</translation>
	</message>
	<message>
		<source>Standard colors</source>
		<translation>標準カラー</translation>
	</message>
</context>
<context>
	<name>CommunityDelegate</name>
	<message>
		<source>Admin</source>
		<translation>管理者</translation>
	</message>
	<message>
		<source>Member</source>
		<translation>メンバー</translation>
	</message>
</context>
<context>
	<name>CommunityIntroDialog</name>
	<message>
		<source>Welcome to %1</source>
		<translation>%1 へようこそ</translation>
	</message>
	<message>
		<source>Join %1</source>
		<translation>%1 に参加</translation>
	</message>
	<message>
		<source>Community &lt;b&gt;%1&lt;/b&gt; has no intro message...</source>
		<translation>コミュニティ&lt;b&gt;%1&lt;/b&gt;にはイントロメッセージがありません...</translation>
	</message>
	<message>
		<source>I agree with the above</source>
		<translation>上記に同意します</translation>
	</message>
</context>
<context>
	<name>CommunityIntroMessageInput</name>
	<message>
		<source>Community introduction and rules</source>
		<translation>コミュニティの紹介とルール</translation>
	</message>
	<message>
		<source>What new members will read before joining (eg. community rules, welcome message, etc.). Members will need to tick a check box agreeing to these rules before they are allowed to join your community.</source>
		<translation>新しいメンバーが参加する前に読むもの（例：コミュニティのルール、ウェルカムメッセージなど）。メンバーは、コミュニティに参加する前に、これらのルールにチェックボックスで同意する必要があります。</translation>
	</message>
	<message>
		<source>community intro message</source>
		<translation>コミュニティ紹介メッセージ</translation>
	</message>
</context>
<context>
	<name>CommunityLogoPicker</name>
	<message>
		<source>Community logo</source>
		<translation>コミュニティロゴ</translation>
	</message>
	<message>
		<source>Choose an image as logo</source>
		<translation>ロゴ画像を選択</translation>
	</message>
	<message>
		<source>Make this my Community logo</source>
		<translation>これを自分のコミュニティロゴにする</translation>
	</message>
</context>
<context>
	<name>CommunityOptions</name>
	<message>
		<source>Community history service</source>
		<translation>コミュニティ履歴サービス</translation>
	</message>
	<message>
		<source>Request to join required</source>
		<translation>参加リクエストが必要</translation>
	</message>
	<message>
		<source>Any member can pin a message</source>
		<translation>どのメンバーもメッセージをピン留めできます。</translation>
	</message>
</context>
<context>
	<name>CommunityOutroMessageInput</name>
	<message>
		<source>Leaving community message</source>
		<translation>コミュニティメッセージを残す</translation>
	</message>
	<message>
		<source>The message a member will see when they leave your community</source>
		<translation>メンバーがコミュニティから退出する際に表示されるメッセージ</translation>
	</message>
	<message>
		<source>community intro message</source>
		<translation>コミュニティ紹介メッセージ</translation>
	</message>
</context>
<context>
	<name>CommunityOverviewSettingsPanel</name>
	<message>
		<source>Overview</source>
		<translation>概要</translation>
	</message>
	<message>
		<source>Edit Community</source>
		<translation>コミュニティを編集する</translation>
	</message>
	<message>
		<source>This node is the Community Owner Node. For your Community to function correctly try to keep this computer with Status running and onlinie as much as possible.</source>
		<translation>このノードはコミュニティ所有者ノードです。コミュニティが正しく機能するためには、このコンピュータでStatusを実行し、可能な限りオンラインに保つようにしてください。</translation>
	</message>
	<message>
		<source>Welcome to your community!</source>
		<translation>あなたのコミュニティへようこそ！</translation>
	</message>
	<message>
		<source>Invite new people</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>Try an airdrop to reward your community for engagement!</source>
		<translation>エアドロップを試して、コミュニティのエンゲージメントに報酬を与えましょう！</translation>
	</message>
	<message>
		<source>Airdrop Tokens</source>
		<translation>エアドロップトークン</translation>
	</message>
	<message>
		<source>Back up community key</source>
		<translation>コミュニティキーをバックアップする</translation>
	</message>
	<message>
		<source>Back up</source>
		<translation>バックアップ</translation>
	</message>
</context>
<context>
	<name>CommunityTagsPanel</name>
	<message>
		<source>Community Tags</source>
		<translation>コミュニティタグ</translation>
	</message>
	<message>
		<source>Confirm Community Tags</source>
		<translation>コミュニティタグの確認</translation>
	</message>
	<message>
		<source>Select tags that will fit your Community</source>
		<translation>コミュニティに適したタグを選択してください</translation>
	</message>
	<message>
		<source>Search tags</source>
		<translation>タグを検索</translation>
	</message>
	<message>
		<source>Selected tags</source>
		<translation>選択したタグ</translation>
	</message>
	<message>
		<source>%1 / %2</source>
		<translation>%1 / %2</translation>
	</message>
</context>
<context>
	<name>CommunityTagsPicker</name>
	<message>
		<source>Tags</source>
		<translation>タグ</translation>
	</message>
	<message>
		<source>Choose tags describing the community</source>
		<translation>コミュニティを表現するタグを選ぶ</translation>
	</message>
</context>
<context>
	<name>CommunityWelcomeBannerPanel</name>
	<message>
		<source>Welcome to your community!</source>
		<translation>あなたのコミュニティへようこそ！</translation>
	</message>
	<message>
		<source>Add members</source>
		<translation>メンバーを追加</translation>
	</message>
	<message>
		<source>Manage community</source>
		<translation>コミュニティを管理する</translation>
	</message>
</context>
<context>
	<name>CompactMessageView</name>
	<message>
		<source>Pinned by %1</source>
		<translation>%1 によってピン留めされました</translation>
	</message>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Save</source>
		<translation>保存</translation>
	</message>
</context>
<context>
	<name>ConfirmAddExistingKeyModal</name>
	<message>
		<source>Enter seed phrase</source>
		<translation>シードフレーズを入力</translation>
	</message>
	<message>
		<source>Do you want to add another existing key?</source>
		<translation>既存のキーをもう1つ追加しますか？</translation>
	</message>
	<message>
		<source>Add another existing key</source>
		<translation>既存のキーをもう一つ追加する</translation>
	</message>
</context>
<context>
	<name>ConfirmAppRestartModal</name>
	<message>
		<source>Application Restart</source>
		<translation>アプリケーションの再起動</translation>
	</message>
	<message>
		<source>Please restart the application to apply the changes.</source>
		<translation>変更を適用するには、アプリケーションを再起動してください。</translation>
	</message>
	<message>
		<source>Restart</source>
		<translation>再起動</translation>
	</message>
</context>
<context>
	<name>ConfirmSeedPhrasePanel</name>
	<message>
		<source>Write down your 12-word seed phrase to keep offline</source>
		<translation>オフラインで保管する12単語のシードフレーズを書き出します</translation>
	</message>
	<message>
		<source>Reveal seed phrase</source>
		<translation>シードフレーズを表示</translation>
	</message>
	<message>
		<source>The next screen contains your seed phrase.
&lt;b&gt;Anyone&lt;/b&gt; who sees it can use it to access to your funds.</source>
		<translation>次の画面ではあなたのシードフレーズが表示されます。
これを見た人は、&lt;b&gt;誰でも&lt;/b&gt;あなたの資金にアクセスすることができます。</translation>
	</message>
</context>
<context>
	<name>ConfirmStoringSeedPhrasePanel</name>
	<message>
		<source>Complete back up</source>
		<translation>バックアップ完了</translation>
	</message>
	<message>
		<source>Store Your Phrase Offline and Complete Your Back Up</source>
		<translation>フレーズをオフラインで保存し、バックアップを完了する</translation>
	</message>
	<message>
		<source>By completing this process, you will remove your seed phrase from this application’s storage. This makes your funds more secure.</source>
		<translation>このプロセスを完了すると、このアプリケーションのストレージからシードフレーズが削除されます。これにより、資金がより安全になります。</translation>
	</message>
	<message>
		<source>You will remain logged in, and your seed phrase will be entirely in your hands.</source>
		<translation>ログインしたままで、シード フレーズは完全にあなたの手に委ねられます。</translation>
	</message>
	<message>
		<source>I acknowledge that Status will not be able to show me my seed phrase again.</source>
		<translation>Status でシード フレーズを再度表示されないことを理解しました。</translation>
	</message>
	<message>
		<source>I aknowledge that Status will not be able to show me my seed phrase again.</source>
		<translation>Statusでシード フレーズを再度表示できないことを理解します。</translation>
	</message>
</context>
<context>
	<name>Constants</name>
	<message>
		<source>Username must be at least 5 characters</source>
		<translation>ユーザ名は 5 文字以上にする必要があります</translation>
	</message>
	<message>
		<source>Only letters, numbers, underscores and hyphens allowed</source>
		<translation>文字、数字、アンダースコア、ハイフンのみ使用できます</translation>
	</message>
	<message>
		<source>24 character username limit</source>
		<translation>24文字のユーザ名制限</translation>
	</message>
	<message>
		<source>Usernames ending with &apos;-eth&apos; are not allowed</source>
		<translation>ユーザ名が「-eth」で終わるものは使用できません。</translation>
	</message>
	<message>
		<source>Usernames ending with &apos;_eth&apos; are not allowed</source>
		<translation>_eth で終わるユーザ名は使用できません</translation>
	</message>
	<message>
		<source>Usernames ending with &apos;.eth&apos; are not allowed</source>
		<translation>.eth で終わるユーザ名は使用できません</translation>
	</message>
	<message>
		<source>Sorry, the name you have chosen is not allowed, try picking another username</source>
		<translation>申し訳ありませんが、選択した名前は許可されていません。別のユーザ名を選択してください</translation>
	</message>
	<message>
		<source>(edited)</source>
		<translation>(編集済み)</translation>
	</message>
	<message>
		<source>Username already taken :(</source>
		<translation>このユーザ名はすでに使われています :(</translation>
	</message>
	<message>
		<source>Username doesn’t belong to you :(</source>
		<translation>このユーザ名はあなたのものではありません :(</translation>
	</message>
	<message>
		<source>Continuing will connect this username with your chat key.</source>
		<translation>続行してこのユーザ名とあなたのチャットキーを紐付ける。</translation>
	</message>
	<message>
		<source>✓ Username available!</source>
		<translation>✓このユーザ名は利用可能です！</translation>
	</message>
	<message>
		<source>Username is already connected with your chat key and can be used inside Status.</source>
		<translation>ユーザ名はすでにチャットキーに紐付けられました。Statusでご利用いただけます。</translation>
	</message>
	<message>
		<source>This user name is owned by you and connected with your chat key. Continue to set `Show my ENS username in chats`.</source>
		<translation>このユーザ名はあなたが所有し、チャットキーに接続されています。引き続き「チャットでENS名を表示する」を設定します。</translation>
	</message>
	<message>
		<source>Continuing will require a transaction to connect the username with your current chat key.</source>
		<translation>ユーザ名を現在のあなたのチャットキーに紐付けるため処理が必要です。</translation>
	</message>
</context>
<context>
	<name>Contact</name>
	<message>
		<source>Admin</source>
		<translation>管理者</translation>
	</message>
</context>
<context>
	<name>ContactRequestsPopup</name>
	<message>
		<source>Contact requests</source>
		<translation>友だちリクエスト</translation>
	</message>
	<message>
		<source>Decline all contacts</source>
		<translation>すべての連絡先を拒否する</translation>
	</message>
	<message>
		<source>Are you sure you want to decline all these contact requests</source>
		<translation>すべての友だちリクエストを拒否しますか</translation>
	</message>
	<message>
		<source>Accept all contacts</source>
		<translation>すべて許可</translation>
	</message>
	<message>
		<source>Are you sure you want to accept all these contact requests</source>
		<translation>すべての友だちリクエストを受け入れますか</translation>
	</message>
	<message>
		<source>Decline all</source>
		<translation>すべて拒否</translation>
	</message>
	<message>
		<source>Accept all</source>
		<translation>すべて許可</translation>
	</message>
</context>
<context>
	<name>ContactSelector</name>
	<message>
		<source>Please select a contact</source>
		<translation>連絡先を選択してください</translation>
	</message>
	<message>
		<source>Select a contact</source>
		<translation>連絡先を選択</translation>
	</message>
	<message>
		<source>Contact does not have an ENS address. Please send a transaction in chat.</source>
		<translation>連絡先はENSアドレスを持っていません。チャット画面で送金してください。</translation>
	</message>
	<message>
		<source>No contact selected</source>
		<translation>連絡先が選択されていません</translation>
	</message>
	<message>
		<source>You don’t have any contacts yet</source>
		<translation>まだ連絡先がありません</translation>
	</message>
</context>
<context>
	<name>ContactVerificationRequestPopup</name>
	<message>
		<source>%1 is asking you to verify your identity</source>
		<translation>%1 があなたの身元を確認するよう求めています</translation>
	</message>
	<message>
		<source>%1 would like to verify your identity. Answer the question to prove your identity to %2</source>
		<translation>%1 が本人確認をしようとしています。質問に答えて、あなたの身元を %2 に証明してください</translation>
	</message>
	<message>
		<source>Provide answer to verification request from this contact.</source>
		<translation>この連絡先からの確認リクエストに回答してください。</translation>
	</message>
	<message>
		<source>Your answer has been sent to %1.</source>
		<translation>あなたの回答は %1 に送信されました。</translation>
	</message>
	<message>
		<source>Refuse Verification</source>
		<translation>確認を拒否</translation>
	</message>
	<message>
		<source>Send Answer</source>
		<translation>回答を送信</translation>
	</message>
	<message>
		<source>Change answer</source>
		<translation>回答を変更する</translation>
	</message>
	<message>
		<source>Close</source>
		<translation>閉じる</translation>
	</message>
	<message>
		<source>You&apos;re answer has been sent to %1.</source>
		<translation>あなたの回答は %1 に送信されました。</translation>
	</message>
</context>
<context>
	<name>ContactsListAndSearch</name>
	<message>
		<source>Enter a valid chat key or ENS username</source>
		<translation>有効なチャットキーまたはENSユーザ名を入力してください</translation>
	</message>
	<message>
		<source>Can&apos;t chat with yourself</source>
		<translation>自分とはチャットできません</translation>
	</message>
	<message>
		<source>Enter ENS username or chat key</source>
		<translation>ENS名またはチャットキーを入力</translation>
	</message>
</context>
<context>
	<name>ContactsListPanel</name>
	<message>
		<source>Contact Request Sent</source>
		<translation>友だちリクエストを送信しました</translation>
	</message>
	<message>
		<source>Contact Request Rejected</source>
		<translation>リクエストが拒否されました</translation>
	</message>
</context>
<context>
	<name>CopyToClipBoardButton</name>
	<message>
		<source>Copied!</source>
		<translation>コピーしました</translation>
	</message>
</context>
<context>
	<name>CreatePasswordModal</name>
	<message>
		<source>Store password</source>
		<translation>パスワードを保存する</translation>
	</message>
	<message>
		<source>Create a password</source>
		<translation>パスワードを作成</translation>
	</message>
	<message>
		<source>Current password...</source>
		<translation>現在のパスワード</translation>
	</message>
	<message>
		<source>New password...</source>
		<translation>新しいパスワード...</translation>
	</message>
	<message>
		<source>Confirm password…</source>
		<translation>パスワードを再入力...</translation>
	</message>
	<message>
		<source>At least 6 characters. You will use this password to unlock status on this device &amp; sign transactions.</source>
		<translation>最低6文字です。このパスワードはStatusを開く時とトランザクションを確認する時に使います。</translation>
	</message>
	<message>
		<source>Create password</source>
		<translation>パスワードを作成</translation>
	</message>
	<message>
		<source>Error importing account</source>
		<translation>アカウントのインポートエラー</translation>
	</message>
	<message>
		<source>An error occurred while importing your account: </source>
		<translation>アカウントのインポート中にエラーが発生しました：</translation>
	</message>
	<message>
		<source>Login failed</source>
		<translation>ログインに失敗しました</translation>
	</message>
	<message>
		<source>Login failed. Please re-enter your password and try again.</source>
		<translation>ログインに失敗しました。パスワードを再入力してやり直してください。</translation>
	</message>
	<message>
		<source>Incorrect password</source>
		<translation>パスワードが正しくありません</translation>
	</message>
</context>
<context>
	<name>CryptoServicesModal</name>
	<message>
		<source>Buy / Sell crypto</source>
		<translation>暗号資産の購入/売却</translation>
	</message>
	<message>
		<source>Choose a service you&apos;d like to use to buy crypto</source>
		<translation>暗号資産の購入方法を選択します</translation>
	</message>
</context>
<context>
	<name>CurrenciesStore</name>
	<message>
		<source>US Dollars</source>
		<translation>米ドル</translation>
	</message>
	<message>
		<source>British Pound</source>
		<translation>英国ポンド</translation>
	</message>
	<message>
		<source>Euros</source>
		<translation>ユーロ</translation>
	</message>
	<message>
		<source>Russian ruble</source>
		<translation>ロシアルーブル</translation>
	</message>
	<message>
		<source>South Korean won</source>
		<translation>韓国ウォン</translation>
	</message>
	<message>
		<source>Ethereum</source>
		<translation>イーサリアム</translation>
	</message>
	<message>
		<source>Tokens</source>
		<translation>トークン</translation>
	</message>
	<message>
		<source>Bitcoin</source>
		<translation>ビットコイン</translation>
	</message>
	<message>
		<source>Status Network Token</source>
		<translation>Status Network Token</translation>
	</message>
	<message>
		<source>Dai</source>
		<translation>Dai</translation>
	</message>
	<message>
		<source>United Arab Emirates dirham</source>
		<translation>アラブ首長国連邦ディルハム</translation>
	</message>
	<message>
		<source>Other Fiat</source>
		<translation>その他の法定通貨</translation>
	</message>
	<message>
		<source>Afghan afghani</source>
		<translation>アフガニスタンアフガニ</translation>
	</message>
	<message>
		<source>Argentine peso</source>
		<translation>アルゼンチンペソ</translation>
	</message>
	<message>
		<source>Australian dollar</source>
		<translation>オーストラリアドル</translation>
	</message>
	<message>
		<source>Barbadian dollar</source>
		<translation>バルバドスドル</translation>
	</message>
	<message>
		<source>Bangladeshi taka</source>
		<translation>バングラデシュタカ</translation>
	</message>
	<message>
		<source>Bulgarian lev</source>
		<translation>ブルガリアレフ</translation>
	</message>
	<message>
		<source>Bahraini dinar</source>
		<translation>バーレーンディナール</translation>
	</message>
	<message>
		<source>Brunei dollar</source>
		<translation>ブルネイドル</translation>
	</message>
	<message>
		<source>Bolivian boliviano</source>
		<translation>ボリビア・ボリビアーノ</translation>
	</message>
	<message>
		<source>Brazillian real</source>
		<translation>ブラジルレアル</translation>
	</message>
	<message>
		<source>Bhutanese ngultrum</source>
		<translation>ブータンニュルガム</translation>
	</message>
	<message>
		<source>Canadian dollar</source>
		<translation>カナダドル</translation>
	</message>
	<message>
		<source>Swiss franc</source>
		<translation>スイスフラン</translation>
	</message>
	<message>
		<source>Chilean peso</source>
		<translation>チリペソ</translation>
	</message>
	<message>
		<source>Chinese yuan</source>
		<translation>人民元</translation>
	</message>
	<message>
		<source>Colombian peso</source>
		<translation>コロンビアペソ</translation>
	</message>
	<message>
		<source>Costa Rican colón</source>
		<translation>コスタリカ・コロン</translation>
	</message>
	<message>
		<source>Czech koruna</source>
		<translation>チェココルナ</translation>
	</message>
	<message>
		<source>Danish krone</source>
		<translation>デンマーククローネ</translation>
	</message>
	<message>
		<source>Dominican peso</source>
		<translation>ドミニカ共和国ペソ</translation>
	</message>
	<message>
		<source>Egyptian pound</source>
		<translation>エジプトポンド</translation>
	</message>
	<message>
		<source>Ethiopian birr</source>
		<translation>エチオピア・ビリ</translation>
	</message>
	<message>
		<source>Georgian lari</source>
		<translation>グルジア・ラリ</translation>
	</message>
	<message>
		<source>Ghanaian cedi</source>
		<translation>ガーナ・セディ</translation>
	</message>
	<message>
		<source>Hong Kong dollar</source>
		<translation>香港ドル</translation>
	</message>
	<message>
		<source>Croatian kuna</source>
		<translation>クロアチアクーナ</translation>
	</message>
	<message>
		<source>Hungarian forint</source>
		<translation>ハンガリーフォリント</translation>
	</message>
	<message>
		<source>Indonesian rupiah</source>
		<translation>インドネシアルピア</translation>
	</message>
	<message>
		<source>Israeli new shekel</source>
		<translation>イスラエルシェケル</translation>
	</message>
	<message>
		<source>Indian rupee</source>
		<translation>インドルピー</translation>
	</message>
	<message>
		<source>Icelandic króna</source>
		<translation>アイスランドクローナ</translation>
	</message>
	<message>
		<source>Jamaican dollar</source>
		<translation>ジャマイカドル</translation>
	</message>
	<message>
		<source>Japanese yen</source>
		<translation>日本円</translation>
	</message>
	<message>
		<source>Kenyan shilling</source>
		<translation>ケニアシリング</translation>
	</message>
	<message>
		<source>Kuwaiti dinar</source>
		<translation>クウェート・ディナール</translation>
	</message>
	<message>
		<source>Kazakhstani tenge</source>
		<translation>カザフスタン・テンゲ</translation>
	</message>
	<message>
		<source>Sri Lankan rupee</source>
		<translation>スリランカ・ルピー</translation>
	</message>
	<message>
		<source>Moroccan dirham</source>
		<translation>モロッコ・ディルハム</translation>
	</message>
	<message>
		<source>Moldovan leu</source>
		<translation>モルドバ・レウ</translation>
	</message>
	<message>
		<source>Mauritian rupee</source>
		<translation>モーリシャスルピー</translation>
	</message>
	<message>
		<source>Malawian kwacha</source>
		<translation>マラウイ・クワチャ</translation>
	</message>
	<message>
		<source>Mexican peso</source>
		<translation>メキシコペソ</translation>
	</message>
	<message>
		<source>Malaysian ringgit</source>
		<translation>マレーシア・リンギット</translation>
	</message>
	<message>
		<source>Mozambican metical</source>
		<translation>モザンビーク・メチル</translation>
	</message>
	<message>
		<source>Namibian dollar</source>
		<translation>ナミビアドル</translation>
	</message>
	<message>
		<source>Nigerian naira</source>
		<translation>ナイジェリア・ナイラ</translation>
	</message>
	<message>
		<source>Norwegian krone</source>
		<translation>ノルウェークローネ</translation>
	</message>
	<message>
		<source>Nepalese rupee</source>
		<translation>ネパールルピー</translation>
	</message>
	<message>
		<source>New Zealand dollar</source>
		<translation>ニュージーランドドル</translation>
	</message>
	<message>
		<source>Omani rial</source>
		<translation>オマーン・リアル</translation>
	</message>
	<message>
		<source>Peruvian sol</source>
		<translation>ペルー・ソル</translation>
	</message>
	<message>
		<source>Papua New Guinean kina</source>
		<translation>パプアニューギニア・キナ</translation>
	</message>
	<message>
		<source>Philippine peso</source>
		<translation>フィリピンペソ</translation>
	</message>
	<message>
		<source>Pakistani rupee</source>
		<translation>パキスタンルピー</translation>
	</message>
	<message>
		<source>Polish złoty</source>
		<translation>ポーランドズウォティ</translation>
	</message>
	<message>
		<source>Paraguayan guaraní</source>
		<translation>パラグアイグアラニー</translation>
	</message>
	<message>
		<source>Qatari riyal</source>
		<translation>カタールリヤル</translation>
	</message>
	<message>
		<source>Romanian leu</source>
		<translation>ルーマニア・レウ</translation>
	</message>
	<message>
		<source>Serbian dinar</source>
		<translation>セルビアディナール</translation>
	</message>
	<message>
		<source>Saudi riyal</source>
		<translation>サウジアラビアリヤル</translation>
	</message>
	<message>
		<source>Swedish krona</source>
		<translation>スウェーデンクローナ</translation>
	</message>
	<message>
		<source>Singapore dollar</source>
		<translation>シンガポールドル</translation>
	</message>
	<message>
		<source>Thai baht</source>
		<translation>タイバーツ</translation>
	</message>
	<message>
		<source>Trinidad and Tobago dollar</source>
		<translation>トリニダードトバゴドル</translation>
	</message>
	<message>
		<source>New Taiwan dollar</source>
		<translation>ニュー台湾ドル</translation>
	</message>
	<message>
		<source>Tanzanian shilling</source>
		<translation>タンザニアシリング</translation>
	</message>
	<message>
		<source>Turkish lira</source>
		<translation>トルコリラ</translation>
	</message>
	<message>
		<source>Ukrainian hryvnia</source>
		<translation>ウクライナ・フリヴナ</translation>
	</message>
	<message>
		<source>Ugandan shilling</source>
		<translation>ウガンダシリング</translation>
	</message>
	<message>
		<source>Uruguayan peso</source>
		<translation>ウルグアイペソ</translation>
	</message>
	<message>
		<source>Venezuelan bolívar</source>
		<translation>ベネズエラボリバル</translation>
	</message>
	<message>
		<source>Vietnamese đồng</source>
		<translation>ベトナムドン</translation>
	</message>
	<message>
		<source>South African rand</source>
		<translation>南アフリカランド</translation>
	</message>
</context>
<context>
	<name>DateGroup</name>
	<message>
		<source>Today</source>
		<translation>今日</translation>
	</message>
	<message>
		<source>Yesterday</source>
		<translation>昨日</translation>
	</message>
	<message>
		<source>January</source>
		<translation>1月</translation>
	</message>
	<message>
		<source>February</source>
		<translation>2月</translation>
	</message>
	<message>
		<source>March</source>
		<translation>3月</translation>
	</message>
	<message>
		<source>April</source>
		<translation>4月</translation>
	</message>
	<message>
		<source>May</source>
		<translation>5月</translation>
	</message>
	<message>
		<source>June</source>
		<translation>6月</translation>
	</message>
	<message>
		<source>July</source>
		<translation>7月</translation>
	</message>
	<message>
		<source>August</source>
		<translation>8月</translation>
	</message>
	<message>
		<source>September</source>
		<translation>9月</translation>
	</message>
	<message>
		<source>October</source>
		<translation>10月</translation>
	</message>
	<message>
		<source>November</source>
		<translation>11月</translation>
	</message>
	<message>
		<source>December</source>
		<translation>12月</translation>
	</message>
</context>
<context>
	<name>DefaultDAppExplorerView</name>
	<message>
		<source>Default DApp explorer</source>
		<translation>デフォルトのDAppエクスプローラ</translation>
	</message>
	<message>
		<source>none</source>
		<translation>なし</translation>
	</message>
</context>
<context>
	<name>DevicesView</name>
	<message>
		<source>Please set a name for your device.</source>
		<translation>デバイスの名前を設定してください。</translation>
	</message>
	<message>
		<source>Specify a name</source>
		<translation>名前を入力</translation>
	</message>
	<message>
		<source>Continue</source>
		<translation>続行する</translation>
	</message>
	<message>
		<source>Advertise device</source>
		<translation>デバイスの同期</translation>
	</message>
	<message>
		<source>Pair your devices to sync contacts and chats between them</source>
		<translation>デバイスをペアリングして、デバイス間で連絡先とチャットを同期します</translation>
	</message>
	<message>
		<source>Learn more</source>
		<translation>もっと詳しく</translation>
	</message>
	<message>
		<source>Paired devices</source>
		<translation>ペアリング済みデバイス</translation>
	</message>
	<message>
		<source>Syncing...</source>
		<translation>同期しています...</translation>
	</message>
	<message>
		<source>Sync all devices</source>
		<translation>すべてのデバイスを同期</translation>
	</message>
</context>
<context>
	<name>DownloadBar</name>
	<message>
		<source>Cancelled</source>
		<translation>キャンセルされました</translation>
	</message>
	<message>
		<source>Paused</source>
		<translation>一時停止中</translation>
	</message>
	<message>
		<source>Show All</source>
		<translation>すべて表示</translation>
	</message>
</context>
<context>
	<name>DownloadMenu</name>
	<message>
		<source>Open</source>
		<translation>開く</translation>
	</message>
	<message>
		<source>Show in folder</source>
		<translation>フォルダで表示</translation>
	</message>
	<message>
		<source>Pause</source>
		<translation>一時停止</translation>
	</message>
	<message>
		<source>Resume</source>
		<translation>再開する</translation>
	</message>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
</context>
<context>
	<name>DownloadPage</name>
	<message>
		<source>Thanks for using Status</source>
		<translation>Statusをご利用いただきありがとうございます</translation>
	</message>
	<message>
		<source>You&apos;re curently using version %1 of Status.</source>
		<translation>現在 Statusバージョン %1 を使用しています。</translation>
	</message>
	<message>
		<source>There&apos;s new version available to download.</source>
		<translation>新バージョンがダウンロードできます。</translation>
	</message>
	<message>
		<source>Get Status %1</source>
		<translation>Status %1 を取得</translation>
	</message>
</context>
<context>
	<name>DownloadView</name>
	<message>
		<source>Cancelled</source>
		<translation>キャンセルされました</translation>
	</message>
	<message>
		<source>Paused</source>
		<translation>一時停止中</translation>
	</message>
	<message>
		<source>Downloaded files will appear here.</source>
		<translation>ダウンロードしたファイルがここに表示されます。</translation>
	</message>
</context>
<context>
	<name>ENSPopup</name>
	<message>
		<source>Primary username</source>
		<translation>表示するユーザ名</translation>
	</message>
	<message>
		<source>Your messages are displayed to others with this username:</source>
		<translation>チャットでこの名前を表示します</translation>
	</message>
	<message>
		<source>Once you select a username, you won’t be able to disable it afterwards. You will only be able choose a different username to display.</source>
		<translation>ユーザ名を選択すると、その後無効にすることはできません。表示する別のユーザ名のみを選択できます。</translation>
	</message>
</context>
<context>
	<name>EmojiReactionsPanel</name>
	<message>
		<source>Add reaction</source>
		<translation>リアクションを追加</translation>
	</message>
</context>
<context>
	<name>EmptyChatPanel</name>
	<message>
		<source>Share your chat key</source>
		<translation>チャットキーを共有する</translation>
	</message>
	<message>
		<source>or</source>
		<translation>または</translation>
	</message>
	<message>
		<source>invite</source>
		<translation>招待する</translation>
	</message>
	<message>
		<source>friends to start messaging in Status</source>
		<translation>Statusでメッセージを開始する友達</translation>
	</message>
</context>
<context>
	<name>EnsAddedView</name>
	<message>
		<source>ENS usernames</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Username added</source>
		<translation>ユーザ名が追加されました</translation>
	</message>
	<message>
		<source>%1 is now connected with your chat key and can be used in Status.</source>
		<translation>%1 とチャットキーの紐付けが完了し、Statusで使用できるようになりました。</translation>
	</message>
	<message>
		<source>Ok, got it</source>
		<translation>わかりました</translation>
	</message>
</context>
<context>
	<name>EnsConnectedView</name>
	<message>
		<source>ENS usernames</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Username added</source>
		<translation>ユーザ名が追加されました</translation>
	</message>
	<message>
		<source>%1 will be connected once the transaction is complete.</source>
		<translation>トランザクションが完了すると、%1が接続されます。</translation>
	</message>
	<message>
		<source>You can follow the progress in the Transaction History section of your wallet.</source>
		<translation>ウォレットの取引履歴で処理状況を確認できます。</translation>
	</message>
	<message>
		<source>Ok, got it</source>
		<translation>わかりました</translation>
	</message>
</context>
<context>
	<name>EnsListView</name>
	<message>
		<source>Hey</source>
		<translation>こんにちは</translation>
	</message>
	<message>
		<source>(pending)</source>
		<translation>（保留中）</translation>
	</message>
	<message>
		<source>ENS usernames</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Add username</source>
		<translation>ユーザ名を追加</translation>
	</message>
	<message>
		<source>Your usernames</source>
		<translation>あなたのユーザ名</translation>
	</message>
	<message>
		<source>Chat settings</source>
		<translation>チャット設定</translation>
	</message>
	<message>
		<source>Primary Username</source>
		<translation>表示するユーザ名</translation>
	</message>
	<message>
		<source>None selected</source>
		<translation>何も選択されていません</translation>
	</message>
	<message>
		<source>You’re displaying your ENS username in chats</source>
		<translation>チャットでENS名を表示しています</translation>
	</message>
</context>
<context>
	<name>EnsRegisteredView</name>
	<message>
		<source>ENS usernames</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Username added</source>
		<translation>ユーザ名が追加されました</translation>
	</message>
	<message>
		<source>Nice! You own %1.stateofus.eth once the transaction is complete.</source>
		<translation>素晴らしい！もうすぐ %1.stateofus.eth が登録完了です。</translation>
	</message>
	<message>
		<source>You can follow the progress in the Transaction History section of your wallet.</source>
		<translation>ウォレットの取引履歴で処理状況を確認できます。</translation>
	</message>
	<message>
		<source>Ok, got it</source>
		<translation>わかりました</translation>
	</message>
</context>
<context>
	<name>EnsReleasedView</name>
	<message>
		<source>ENS usernames</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Username removed</source>
		<translation>ユーザ名が削除されました</translation>
	</message>
	<message>
		<source>The username %1 will be removed and your deposit will be returned once the transaction is mined</source>
		<translation>ユーザ名 %1 は削除され、トランザクションが実行されるとデポジットは返却されます。</translation>
	</message>
	<message>
		<source>You can follow the progress in the Transaction History section of your wallet.</source>
		<translation>ウォレットの取引履歴で処理状況を確認できます。</translation>
	</message>
	<message>
		<source>Ok, got it</source>
		<translation>わかりました</translation>
	</message>
</context>
<context>
	<name>EnsTermsAndConditionsView</name>
	<message>
		<source>ENS usernames</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Terms of name registration</source>
		<translation>ENS名 登録規約</translation>
	</message>
	<message>
		<source>Funds are deposited for 1 year. Your SNT will be locked, but not spent.</source>
		<translation>資産は1年間デポジットされます。あなたのSNTはロックされますが消費はされません。</translation>
	</message>
	<message>
		<source>After 1 year, you can release the name and get your deposit back, or take no action to keep the name.</source>
		<translation>1年後にENS名を返却し、デポジットを取り戻すことができます。何もしなければ名前は維持されます。</translation>
	</message>
	<message>
		<source>If terms of the contract change — e.g. Status makes contract upgrades — user has the right to release the username regardless of time held.</source>
		<translation>もしStatusがコントラクトをアップグレードする等によりコントラクトの規約が変更された場合は、ユーザはデポジット期間に関係なくENS名を返却する権利を持ちます。</translation>
	</message>
	<message>
		<source>The contract controller cannot access your deposited funds. They can only be moved back to the address that sent them.</source>
		<translation>コントラクトの管理者はあなたがデポジットした資産にアクセスすることはできません。コントラクトは資産を送信元のアドレスに送り返す機能のみを有しています。</translation>
	</message>
	<message>
		<source>Your address(es) will be publicly associated with your ENS name.</source>
		<translation>あなたのアドレスはパブリックにENS名と紐づけられます</translation>
	</message>
	<message>
		<source>Usernames are created as subdomain nodes of stateofus.eth and are subject to the ENS smart contract terms.</source>
		<translation>ユーザ名はstateofus.ethのサブドメインとして作成されます。ENSのスマートコントラクトの規約に従います。</translation>
	</message>
	<message>
		<source>You authorize the contract to transfer SNT on your behalf. This can only occur when you approve a transaction to authorize the transfer.</source>
		<translation>コントラクトがあなたに代わってSNTを送信することを承認します。これはあなたが送信のトランザクションを承認した時のみ発生します。</translation>
	</message>
	<message>
		<source>These terms are guaranteed by the smart contract logic at addresses:</source>
		<translation>これらの規約は以下のアドレスにおけるスマートコントラクトのロジックによって保証されます：</translation>
	</message>
	<message>
		<source>%1 (Status UsernameRegistrar).</source>
		<translation>%1 (Status UsernameRegistrar).</translation>
	</message>
	<message>
		<source>&lt;a href=&apos;%1%2&apos;&gt;Look up on Etherscan&lt;/a&gt;</source>
		<translation>&lt;a href=&apos;%1%2&apos;&gt;Etherscanで表示&lt;/a&gt;</translation>
	</message>
	<message>
		<source>%1 (ENS Registry).</source>
		<translation>%1 (ENS Registry).</translation>
	</message>
	<message>
		<source>Wallet address</source>
		<translation>ウォレットアドレス</translation>
	</message>
	<message>
		<source>Copied to clipboard!</source>
		<translation>クリップボードにコピーしました</translation>
	</message>
	<message>
		<source>Key</source>
		<translation>鍵</translation>
	</message>
	<message>
		<source>Agree to &lt;a href=&quot;#&quot;&gt;Terms of name registration.&lt;/a&gt; I understand that my wallet address will be publicly connected to my username.</source>
		<translation>&lt;a href=&quot;#&quot;&gt;名前登録の規約&lt;/a&gt;に同意します。私のウォレットアドレスとユーザ名がパブリックに紐づけられることを理解しました。</translation>
	</message>
	<message>
		<source>Back</source>
		<translation>戻る</translation>
	</message>
	<message>
		<source>10 SNT</source>
		<translation>10 SNT</translation>
	</message>
	<message>
		<source>Deposit</source>
		<translation>デポジット</translation>
	</message>
	<message>
		<source>Not enough SNT</source>
		<translation>SNTが足りません</translation>
	</message>
	<message>
		<source>Register</source>
		<translation>登録</translation>
	</message>
</context>
<context>
	<name>EnsWelcomeView</name>
	<message>
		<source>Get a universal username</source>
		<translation>ユニバーサルユーザ名を取得</translation>
	</message>
	<message>
		<source>ENS names transform those crazy-long addresses into unique usernames.</source>
		<translation>ENS名は、複雑なアドレスをシンプルなあなただけのユーザ名に変換します。</translation>
	</message>
	<message>
		<source>Customize your chat name</source>
		<translation>チャット名をカスタマイズする</translation>
	</message>
	<message>
		<source>An ENS name can replace your random 3-word name in chat. Be @yourname instead of %1.</source>
		<translation>ENS名を登録することで、あなたのユーザ名（3つの単語）をシンプルなものに変更できます。「%1」の代わりに「@ユーザ名」で表示できます。</translation>
	</message>
	<message>
		<source>Simplify your ETH address</source>
		<translation>ETHアドレスをシンプルにする</translation>
	</message>
	<message>
		<source>You can receive funds to your easy-to-share ENS name rather than your hexadecimal hash (0x...).</source>
		<translation>資産を送ってもらうときも、複雑なアドレス（0x ...から始まる文字列）ではなくシンプルなENS名で受け取ることができます。</translation>
	</message>
	<message>
		<source>Receive transactions in chat</source>
		<translation>チャット画面で資産を受け取る</translation>
	</message>
	<message>
		<source>Others can send you funds via chat in one simple step.</source>
		<translation>友達はチャット画面の中で簡単にあなたに資産を送ることができます。</translation>
	</message>
	<message>
		<source>10 SNT to register</source>
		<translation>登録には 10 SNT が必要です</translation>
	</message>
	<message>
		<source>Register once to keep the name forever. After 1 year you can release the name and get your SNT back.</source>
		<translation>登録時にデポジットしたSNTは、1年後にENS名を返却して返金として受け取ることもできます。ユーザ名をそのまま維持する場合は、特に何もする必要はありません。</translation>
	</message>
	<message>
		<source>Already own a username?</source>
		<translation>すでにユーザ名をお持ちですか？</translation>
	</message>
	<message>
		<source>You can verify and add any usernames you own in the next steps.</source>
		<translation>すでにお使いのユーザ名がある場合も、次のステップで追加できます。</translation>
	</message>
	<message>
		<source>Powered by Ethereum Name Services</source>
		<translation>Powered by Ethereum Name Services</translation>
	</message>
	<message>
		<source>Start</source>
		<translation>始める</translation>
	</message>
	<message>
		<source>Only available on Mainnet</source>
		<translation>メインネットでのみ利用可能</translation>
	</message>
</context>
<context>
	<name>FavoriteMenu</name>
	<message>
		<source>Open in new Tab</source>
		<translation>新しいタブで開く</translation>
	</message>
	<message>
		<source>Edit</source>
		<translation>編集</translation>
	</message>
	<message>
		<source>Remove</source>
		<translation>削除</translation>
	</message>
</context>
<context>
	<name>FetchMoreMessagesButton</name>
	<message>
		<source>↓ Fetch more messages</source>
		<translation>↓もっとメッセージを取得する</translation>
	</message>
	<message>
		<source>Before %1</source>
		<translation>%1 より前</translation>
	</message>
	<message>
		<source>before--%1</source>
		<translation>%1 より前</translation>
	</message>
</context>
<context>
	<name>FleetRadioSelector</name>
	<message>
		<source>Warning!</source>
		<translation>警告！</translation>
	</message>
	<message>
		<source>Change fleet to %1</source>
		<translation>Fleetを %1 に変更する</translation>
	</message>
</context>
<context>
	<name>FleetsModal</name>
	<message>
		<source>Fleet</source>
		<translation>Fleet</translation>
	</message>
</context>
<context>
	<name>GapComponent</name>
	<message>
		<source>fetch-messages</source>
		<translation>↓メッセージを取得する</translation>
	</message>
	<message>
		<source>between--1-and--2</source>
		<translation>between--1-and--2</translation>
	</message>
	<message>
		<source>Fetch messages</source>
		<translation>メッセージを取得する</translation>
	</message>
	<message>
		<source>Between %1 and %2</source>
		<translation>%1 と %2 の間</translation>
	</message>
</context>
<context>
	<name>GasSelectorButton</name>
	<message>
		<source>Low</source>
		<translation>低</translation>
	</message>
</context>
<context>
	<name>GasValidator</name>
	<message>
		<source>Not enough ETH for gas</source>
		<translation>ガスに必要なETHが足りません</translation>
	</message>
</context>
<context>
	<name>GroupChatPanel</name>
	<message>
		<source>To: </source>
		<translation>To: </translation>
	</message>
	<message>
		<source>USER LIMIT REACHED</source>
		<translation>ユーザ制限に達しました</translation>
	</message>
	<message>
		<source>Confirm</source>
		<translation>確認</translation>
	</message>
</context>
<context>
	<name>HistoryView</name>
	<message>
		<source>Status Desktop is connected to a non-archival node. Transaction history may be incomplete.</source>
		<translation>Status Desktopは非アーカイブノードに接続されています。トランザクション履歴が不完全になる可能性があります。</translation>
	</message>
	<message>
		<source>No transactions found</source>
		<translation>トランザクションが見つかりません</translation>
	</message>
	<message>
		<source>Load More</source>
		<translation>さらに読み込む</translation>
	</message>
</context>
<context>
	<name>HomePageView</name>
	<message>
		<source>homepage</source>
		<translation>ホームページ</translation>
	</message>
	<message>
		<source>System default</source>
		<translation>システムのデフォルト</translation>
	</message>
	<message>
		<source>Other</source>
		<translation>その他</translation>
	</message>
	<message>
		<source>Example: duckduckgo.com</source>
		<translation>例：duckduckgo.com</translation>
	</message>
</context>
<context>
	<name>ImageCropWorkflow</name>
	<message>
		<source>Supported image formats (%1)</source>
		<translation>サポートされている画像形式 (%1)</translation>
	</message>
</context>
<context>
	<name>ImportCommunityPopup</name>
	<message>
		<source>Import Community</source>
		<translation>コミュニティをインポートする</translation>
	</message>
	<message>
		<source>Entering a community key will grant you the ownership of that community. Please be responsible with it and don’t share the key with people you don’t trust.</source>
		<translation>コミュニティキーを入力すると、そのコミュニティの所有権が付与されます。信頼できない人とキーを共有しないよう、責任を持って管理してください。</translation>
	</message>
	<message>
		<source>Community private key</source>
		<translation>コミュニティ秘密鍵</translation>
	</message>
	<message>
		<source>Import</source>
		<translation>インポートする</translation>
	</message>
</context>
<context>
	<name>ImportSeedPhrasePanel</name>
	<message>
		<source>Invalid seed phrase</source>
		<translation>無効なシードフレーズ</translation>
	</message>
	<message>
		<source>This seed phrase doesn&apos;t match our supported dictionary. Check for misspelled words.</source>
		<translation>シードフレーズが一致しません。入力した単語にスペルミスがないか確認してください。</translation>
	</message>
	<message>
		<source>%1 words</source>
		<translation>%1 単語</translation>
	</message>
</context>
<context>
	<name>Input</name>
	<message>
		<source>Copied</source>
		<translation>コピーしました</translation>
	</message>
	<message>
		<source>Pasted</source>
		<translation>貼り付け済み</translation>
	</message>
	<message>
		<source>Copy</source>
		<translation>コピー</translation>
	</message>
	<message>
		<source>Paste</source>
		<translation>貼り付け</translation>
	</message>
</context>
<context>
	<name>InviteFriendsPopup</name>
	<message>
		<source>Get Status at https://status.im</source>
		<translation>https://status.im でStatusを入手</translation>
	</message>
	<message>
		<source>Download Status link</source>
		<translation>Statusリンクをダウンロード</translation>
	</message>
	<message>
		<source>Copy to clipboard</source>
		<translation>クリップボードにコピー</translation>
	</message>
</context>
<context>
	<name>InviteFriendsToCommunityPopup</name>
	<message>
		<source>Invite friends</source>
		<translation>友達を招待する</translation>
	</message>
	<message>
		<source>Invite successfully sent</source>
		<translation>招待状を送信しました</translation>
	</message>
	<message>
		<source>Invite</source>
		<translation>招待する</translation>
	</message>
</context>
<context>
	<name>JSDialogWindow</name>
	<message>
		<source>Ok</source>
		<translation>OK</translation>
	</message>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
</context>
<context>
	<name>KeycardCreatePINModal</name>
	<message>
		<source>Create PIN</source>
		<translation>PINを作成</translation>
	</message>
	<message>
		<source>New PIN</source>
		<translation>新しいPIN</translation>
	</message>
	<message>
		<source>Confirm PIN</source>
		<translation>PINを確認</translation>
	</message>
	<message>
		<source>Create a 6 digit long PIN</source>
		<translation>6桁のPINコードを作成する</translation>
	</message>
</context>
<context>
	<name>LanguageStore</name>
	<message>
		<source>Beta Languages</source>
		<translation>ベータ言語</translation>
	</message>
</context>
<context>
	<name>LinksMessageView</name>
	<message>
		<source>Enable automatic image unfurling</source>
		<translation>画像の自動展開を有効にする</translation>
	</message>
	<message>
		<source>Enable link previews in chat?</source>
		<translation>リンクプレビューを有効にしますか？</translation>
	</message>
	<message>
		<source>Once enabled, links posted in the chat may share your metadata with their owners</source>
		<translation>有効にした場合、サイト保有者にあなたのメタデータが共有されます。</translation>
	</message>
	<message>
		<source>Enable in Settings</source>
		<translation>設定で有効にする</translation>
	</message>
	<message>
		<source>Don&apos;t ask me again</source>
		<translation>このサイトでは許可しない</translation>
	</message>
</context>
<context>
	<name>MailserverConnectionDialog</name>
	<message>
		<source>Can not connect to mailserver</source>
		<translation>メールサーバに接続できません</translation>
	</message>
	<message>
		<source>The mailserver you&apos;re connecting to is unavailable.</source>
		<translation>接続しているメールサーバは利用できません</translation>
	</message>
	<message>
		<source>Pick another</source>
		<translation>別のものを選ぶ</translation>
	</message>
	<message>
		<source>Retry</source>
		<translation>再試行</translation>
	</message>
</context>
<context>
	<name>MainView</name>
	<message>
		<source>DApp Permissions</source>
		<translation>DAppのアクセス許可</translation>
	</message>
	<message>
		<source>Networks</source>
		<translation>ネットワーク</translation>
	</message>
	<message>
		<source>Accounts</source>
		<translation>アカウント</translation>
	</message>
	<message>
		<source>Generated from Your Seed Phrase</source>
		<translation>シードフレーズから生成された</translation>
	</message>
	<message>
		<source>Imported</source>
		<translation>インポート済み</translation>
	</message>
	<message>
		<source>Watch-Only</source>
		<translation>読み取り専用</translation>
	</message>
	<message numerus="yes">
		<source>%n DApp(s) connected</source>
		<translation>
			<numerusform>Empty</numerusform>
		</translation>
	</message>
</context>
<context>
	<name>MembershipRequestsPopup</name>
	<message>
		<source>Membership requests</source>
		<translation>参加リクエスト</translation>
	</message>
</context>
<context>
	<name>MessageStore</name>
	<message>
		<source> and </source>
		<translation>と</translation>
	</message>
	<message>
		<source>%1 more</source>
		<translation>%1 もっと見る</translation>
	</message>
	<message>
		<source> reacted with </source>
		<translation>がリアクションしました</translation>
	</message>
	<message>
		<source>You</source>
		<translation>あなた</translation>
	</message>
</context>
<context>
	<name>MuteChatMenuItem</name>
	<message>
		<source>Mute chat</source>
		<translation>チャットをミュート</translation>
	</message>
	<message>
		<source>Unmute chat</source>
		<translation>チャットをミュート解除</translation>
	</message>
</context>
<context>
	<name>MutedChatsModal</name>
	<message>
		<source>Muted chats</source>
		<translation>ミュートされたチャット</translation>
	</message>
	<message>
		<source>Unmute</source>
		<translation>ミュート解除</translation>
	</message>
</context>
<context>
	<name>MyProfileSettingsView</name>
	<message>
		<source>Display name</source>
		<translation>表示名</translation>
	</message>
	<message>
		<source>Display Name</source>
		<translation>表示名</translation>
	</message>
	<message>
		<source>Biometric login and transaction authentication</source>
		<translation>生体認証ログインとトランザクション認証</translation>
	</message>
	<message>
		<source>Communities</source>
		<translation>コミュニティ</translation>
	</message>
	<message>
		<source>Accounts</source>
		<translation>アカウント</translation>
	</message>
	<message>
		<source>You haven&apos;t joined any communities yet</source>
		<translation>まだどのコミュニティにも参加していません</translation>
	</message>
	<message>
		<source>You don&apos;t have any wallet accounts yet</source>
		<translation>まだウォレットアカウントを持っていません</translation>
	</message>
</context>
<context>
	<name>NetworkCardsComponent</name>
	<message>
		<source>Your Balances</source>
		<translation>残高</translation>
	</message>
	<message>
		<source>No Balance</source>
		<translation>残高なし</translation>
	</message>
	<message>
		<source>No Gas</source>
		<translation>No Gas</translation>
	</message>
	<message>
		<source>BALANCE: </source>
		<translation>残高：</translation>
	</message>
	<message>
		<source>Disabled</source>
		<translation>無効</translation>
	</message>
</context>
<context>
	<name>NetworkFilter</name>
	<message>
		<source>All networks</source>
		<translation>すべてのネットワーク</translation>
	</message>
	<message numerus="yes">
		<source>%n network(s)</source>
		<translation>
			<numerusform>%n networks</numerusform>
		</translation>
	</message>
</context>
<context>
	<name>NetworkSelectPopup</name>
	<message>
		<source>Layer 2</source>
		<translation>レイヤー2</translation>
	</message>
</context>
<context>
	<name>NetworkSelector</name>
	<message>
		<source>Networks</source>
		<translation>ネットワーク</translation>
	</message>
	<message>
		<source>Choose a network to use for the transaction</source>
		<translation>トランザクションに使用するネットワークを選択してください</translation>
	</message>
	<message>
		<source>No networks available</source>
		<translation>利用可能なネットワークがありません</translation>
	</message>
	<message>
		<source>Simple</source>
		<translation>シンプル</translation>
	</message>
	<message>
		<source>Advanced</source>
		<translation>高度な設定</translation>
	</message>
	<message>
		<source>Custom</source>
		<translation>カスタム</translation>
	</message>
</context>
<context>
	<name>NetworksAdvancedCustomRoutingView</name>
	<message>
		<source>Networks</source>
		<translation>ネットワーク</translation>
	</message>
	<message>
		<source>Show Unpreferred Networks</source>
		<translation>優先されないネットワークを表示する</translation>
	</message>
	<message>
		<source>The networks where the receipient will receive tokens. Amounts calculated automatically for the lowest cost.</source>
		<translation>受取人がトークンを受け取るネットワーク。最低コストで自動計算される金額。</translation>
	</message>
</context>
<context>
	<name>NetworksSimpleRoutingView</name>
	<message>
		<source>Networks</source>
		<translation>ネットワーク</translation>
	</message>
	<message>
		<source>Choose a network to use for the transaction</source>
		<translation>トランザクションに使用するネットワークを選択してください</translation>
	</message>
</context>
<context>
	<name>NetworksView</name>
	<message>
		<source>Layer 2</source>
		<translation>レイヤー2</translation>
	</message>
	<message>
		<source>Add Custom Network</source>
		<translation>カスタムネットワークの追加</translation>
	</message>
</context>
<context>
	<name>NoFriendsRectangle</name>
	<message>
		<source>You don’t have any contacts yet. Invite your friends to start chatting.</source>
		<translation>まだ連絡先が登録されていません。友達を招待してチャットを始めましょう。</translation>
	</message>
	<message>
		<source>Invite friends</source>
		<translation>友達を招待する</translation>
	</message>
</context>
<context>
	<name>NodeLayout</name>
	<message>
		<source>Bloom Filter Usage</source>
		<translation>Bloom Filter Usage</translation>
	</message>
	<message>
		<source>Type json-rpc message... e.g {&quot;method&quot;: &quot;eth_accounts&quot;}</source>
		<translation>json-rpcメッセージを入力... 例 {&quot;method&quot;: &quot;eth_accounts&quot;}</translation>
	</message>
</context>
<context>
	<name>NotificationSelect</name>
	<message>
		<source>Send Alerts</source>
		<translation>アラートを送信</translation>
	</message>
	<message>
		<source>Deliver Quietly</source>
		<translation>静かに届ける</translation>
	</message>
	<message>
		<source>Turn Off</source>
		<translation>OFFにする</translation>
	</message>
</context>
<context>
	<name>NotificationWindow</name>
	<message>
		<source>Everything is connected</source>
		<translation>すべて接続済み</translation>
	</message>
</context>
<context>
	<name>PINModal</name>
	<message>
		<source>Authenticate PIN</source>
		<translation>PINを認証する</translation>
	</message>
	<message>
		<source>PIN</source>
		<translation>PIN</translation>
	</message>
	<message>
		<source>Insert your 6-digit PIN</source>
		<translation>6桁のPINを挿入</translation>
	</message>
	<message>
		<source>Authenticate</source>
		<translation>認証する</translation>
	</message>
</context>
<context>
	<name>PairingModal</name>
	<message>
		<source>Insert pairing code</source>
		<translation>ペアリングコードを挿入する</translation>
	</message>
	<message>
		<source>Pairing code</source>
		<translation>ペアリングコード</translation>
	</message>
	<message>
		<source>Insert the Keycard pairing code</source>
		<translation>Keycardのペアリングコードを挿入する</translation>
	</message>
	<message>
		<source>Pair</source>
		<translation>ペア</translation>
	</message>
</context>
<context>
	<name>PrivateChatPopup</name>
	<message>
		<source>New chat</source>
		<translation>新しいチャットを開始</translation>
	</message>
	<message>
		<source>My Profile</source>
		<translation>マイプロフィール</translation>
	</message>
</context>
<context>
	<name>ProfileHeader</name>
	<message>
		<source>Chatkey:%1...</source>
		<translation>チャットキー:%1...</translation>
	</message>
</context>
<context>
	<name>ProfileView</name>
	<message>
		<source>Blocked</source>
		<translation>ブロックしています</translation>
	</message>
	<message>
		<source>Send Request</source>
		<translation>リクエストを送信</translation>
	</message>
	<message>
		<source>Receive Response</source>
		<translation>応答を受け取る</translation>
	</message>
	<message>
		<source>Confirm Identity</source>
		<translation>本人確認</translation>
	</message>
	<message>
		<source>You have confirmed %1&apos;s identity. From now on this verification emblem will always be displayed alongside %1&apos;s nickname.</source>
		<translation>%1 の身元が確認されました。今後、この検証エンブレムは常に %1 のニックネームと一緒に表示されます。</translation>
	</message>
	<message>
		<source>You have marked %1 as Untrustworthy. From now on this Untrustworthy emblem will always be displayed alongside %1&apos;s nickname.</source>
		<translation>%1 を信頼できないものとしてマークしました。今後、%1 のニックネームと一緒にこの「信頼できない」エンブレムが常に表示されるようになります。</translation>
	</message>
	<message>
		<source>ENS username</source>
		<translation>ENS名</translation>
	</message>
	<message>
		<source>Username</source>
		<translation>ユーザ名</translation>
	</message>
	<message>
		<source>Ask a question that only the real %1 will be able to answer e.g. a question about a shared experience, or ask Mark to enter a code or phrase you have sent to them via a different communication channel (phone, post, etc...).</source>
		<translation>本物の %1 だけが答えられるような質問をしてください。たとえば、共有された経験についての質問をするか、別のコミュニケーションチャネル（電話、郵便など）を介して送信したコードまたはフレーズをマークに入力するように依頼してください。 ）。</translation>
	</message>
	<message>
		<source>Waiting for %1&apos;s response...</source>
		<translation>%1 の応答を待っています...</translation>
	</message>
	<message>
		<source>Copied to clipboard</source>
		<translation>クリップボードにコピーしました</translation>
	</message>
	<message>
		<source>Chat key</source>
		<translation>チャットキー</translation>
	</message>
	<message>
		<source>Share Profile URL</source>
		<translation>プロフィールURLを共有</translation>
	</message>
	<message>
		<source>Chat settings</source>
		<translation>チャット設定</translation>
	</message>
	<message>
		<source>Nickname</source>
		<translation>ニックネーム</translation>
	</message>
	<message>
		<source>None</source>
		<translation>なし</translation>
	</message>
	<message>
		<source>Remove contact</source>
		<translation>連絡先から削除</translation>
	</message>
	<message>
		<source>Are you sure you want to remove this contact?</source>
		<translation>この連絡先を削除しますか？</translation>
	</message>
</context>
<context>
	<name>PublicChatPopup</name>
	<message>
		<source>You need to enter a channel name</source>
		<translation>チャネル名の入力が必要です</translation>
	</message>
	<message>
		<source>The channel name can only contain lowercase letters, numbers and dashes</source>
		<translation>チャネル名には小文字、数字、ダッシュのみ使用可能です</translation>
	</message>
	<message>
		<source>Join public chat</source>
		<translation>公開チャットに参加</translation>
	</message>
	<message>
		<source>A public chat is where you get to hang out with others, make friends and talk about subjects of your interest.</source>
		<translation>公開チャットでは、他の人と交流したり、友達を作ったり、興味のあるテーマについて話したりすることができます。</translation>
	</message>
	<message>
		<source>chat-name</source>
		<translation>チャット名</translation>
	</message>
	<message>
		<source>Start chat</source>
		<translation>チャットを始める</translation>
	</message>
</context>
<context>
	<name>RecipientSelector</name>
	<message>
		<source>Invalid ethereum address</source>
		<translation>無効なイーサリアムアドレス</translation>
	</message>
	<message>
		<source>Address</source>
		<translation>アドレス</translation>
	</message>
	<message>
		<source>My account</source>
		<translation>アカウント</translation>
	</message>
	<message>
		<source>Contact</source>
		<translation>連絡先</translation>
	</message>
	<message>
		<source>Recipient</source>
		<translation>受信者</translation>
	</message>
</context>
<context>
	<name>RenameAccontModal</name>
	<message>
		<source>Rename %1</source>
		<translation>名前を変更 %1</translation>
	</message>
	<message>
		<source>Enter an account name...</source>
		<translation>アカウント名を入力...</translation>
	</message>
	<message>
		<source>You need to enter an account name</source>
		<translation>アカウント名の入力が必要です</translation>
	</message>
	<message>
		<source>This is not a valid account name</source>
		<translation>これは有効なアカウント名ではありません</translation>
	</message>
	<message>
		<source>color</source>
		<translation>カラー</translation>
	</message>
	<message>
		<source>Change Name</source>
		<translation>名前を変更</translation>
	</message>
	<message>
		<source>Changing settings failed</source>
		<translation>設定変更に失敗しました</translation>
	</message>
</context>
<context>
	<name>RenameGroupPopup</name>
	<message>
		<source>Group name</source>
		<translation>グループ名</translation>
	</message>
	<message>
		<source>Save</source>
		<translation>保存</translation>
	</message>
	<message>
		<source>Edit group name and image</source>
		<translation>グループ名と画像を編集</translation>
	</message>
	<message>
		<source>Name the group</source>
		<translation>グループに名前を付ける</translation>
	</message>
	<message>
		<source>Group image</source>
		<translation>グループ画像</translation>
	</message>
	<message>
		<source>Choose an image as logo</source>
		<translation>ロゴ画像を選択</translation>
	</message>
	<message>
		<source>Use as an icon for this group chat</source>
		<translation>このグループチャットのアイコンとして使用する</translation>
	</message>
	<message>
		<source>Standard colours</source>
		<translation>標準カラー</translation>
	</message>
	<message>
		<source>Save changes</source>
		<translation>変更内容を保存</translation>
	</message>
</context>
<context>
	<name>Retry</name>
	<message>
		<source>Resend</source>
		<translation>再送信</translation>
	</message>
</context>
<context>
	<name>RightTabView</name>
	<message>
		<source>Assets</source>
		<translation>アセット</translation>
	</message>
	<message>
		<source>Collectibles</source>
		<translation>コレクティブル</translation>
	</message>
	<message>
		<source>Activity</source>
		<translation>アクティビティ</translation>
	</message>
	<message>
		<source>History</source>
		<translation>履歴</translation>
	</message>
</context>
<context>
	<name>SearchBox</name>
	<message>
		<source>Search</source>
		<translation>検索</translation>
	</message>
</context>
<context>
	<name>SearchEngineModal</name>
	<message>
		<source>Search engine</source>
		<translation>検索エンジン</translation>
	</message>
	<message>
		<source>None</source>
		<translation>なし</translation>
	</message>
</context>
<context>
	<name>SearchResults</name>
	<message>
		<source>Non contacts</source>
		<translation>連絡先なし</translation>
	</message>
	<message>
		<source>No profile found</source>
		<translation>プロフィールが見つかりません</translation>
	</message>
</context>
<context>
	<name>SeedPhraseBackupWarning</name>
	<message>
		<source>Back up your seed phrase</source>
		<translation>シードフレーズをバックアップする</translation>
	</message>
	<message>
		<source>Back up</source>
		<translation>バックアップ</translation>
	</message>
</context>
<context>
	<name>SeedPhraseTextArea</name>
	<message>
		<source>Invalid seed phrase</source>
		<translation>無効なシードフレーズ</translation>
	</message>
	<message>
		<source>This seed phrase doesn&apos;t match our supported dictionary. Check for misspelled words.</source>
		<translation>シードフレーズが一致しません。入力した単語にスペルミスがないか確認してください。</translation>
	</message>
	<message>
		<source>Start with the first word</source>
		<translation>最初の単語から始める</translation>
	</message>
</context>
<context>
	<name>SelectAccountModal</name>
	<message>
		<source>Select account</source>
		<translation>アカウントを選択</translation>
	</message>
	<message>
		<source>Select account to share and receive assets</source>
		<translation>アセットを受け取るアカウントを選択</translation>
	</message>
	<message>
		<source>Confirm and share address</source>
		<translation>確認してアドレスを共有する</translation>
	</message>
</context>
<context>
	<name>SelectAnotherAccountModal</name>
	<message>
		<source>Your keys</source>
		<translation>あなたの鍵</translation>
	</message>
	<message>
		<source>Add another existing key</source>
		<translation>既存のキーをもう一つ追加する</translation>
	</message>
</context>
<context>
	<name>SelectGeneratedAccount</name>
	<message>
		<source>Import new Seed Phrase</source>
		<translation>新しいシード フレーズをインポート</translation>
	</message>
	<message>
		<source>Generate from Private key</source>
		<translation>秘密鍵から生成する</translation>
	</message>
	<message>
		<source>Add a watch-only address</source>
		<translation>読み取り専用アカウントを追加</translation>
	</message>
	<message>
		<source>Imported</source>
		<translation>インポート済み</translation>
	</message>
	<message>
		<source>Add new</source>
		<translation>新規追加</translation>
	</message>
	<message>
		<source>Origin</source>
		<translation>Origin</translation>
	</message>
</context>
<context>
	<name>SendContactRequestMenuItem</name>
	<message>
		<source>Send Contact Request</source>
		<translation>友だちリクエストを送る</translation>
	</message>
</context>
<context>
	<name>SendMessageMenuItem</name>
	<message>
		<source>Send message</source>
		<translation>メッセージを送信</translation>
	</message>
</context>
<context>
	<name>SendToContractWarning</name>
	<message>
		<source>Tokens will be sent directly to a contract address, which may result in a loss of funds. To transfer ERC-20 tokens, ensure the recipient address is the address of the destination wallet.</source>
		<translation>トークンはコントラクトアドレスに直接送信されるため、資金が失われる可能性があります。ERC-20トークンを送金するには、受信者アドレスが送金先のウォレットのアドレスであることを確認してください。</translation>
	</message>
</context>
<context>
	<name>SendTransactionButton</name>
	<message>
		<source>Sign and send</source>
		<translation>署名して送信</translation>
	</message>
</context>
<context>
	<name>SettingsDirtyToastMessage</name>
	<message>
		<source>Changes detected</source>
		<translation>変更が検出されました</translation>
	</message>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Save changes</source>
		<translation>変更内容を保存</translation>
	</message>
</context>
<context>
	<name>SignMessageModal</name>
	<message>
		<source>Signature request</source>
		<translation>署名リクエスト</translation>
	</message>
	<message>
		<source>From</source>
		<translation>From</translation>
	</message>
	<message>
		<source>Data</source>
		<translation>データ</translation>
	</message>
	<message>
		<source>Message</source>
		<translation>メッセージ</translation>
	</message>
	<message>
		<source>Reject</source>
		<translation>拒否</translation>
	</message>
	<message>
		<source>Sign</source>
		<translation>署名</translation>
	</message>
	<message>
		<source>Sign with password</source>
		<translation>パスワードで署名する</translation>
	</message>
</context>
<context>
	<name>SignPhraseModal</name>
	<message>
		<source>Signing phrase</source>
		<translation>署名フレーズ</translation>
	</message>
	<message>
		<source>This is your signing phrase</source>
		<translation>これはあなたの署名フレーズです</translation>
	</message>
	<message>
		<source>You should see these 3 words before signing each transaction</source>
		<translation>トランザクションに署名を行う際、必ずこの3つの単語が表示されます。</translation>
	</message>
	<message>
		<source>If you see a different combination, cancel the transaction and sign out</source>
		<translation>異なる組み合わせが表示された場合は、処理を中断してログアウトしてください。</translation>
	</message>
	<message>
		<source>Ok, got it</source>
		<translation>わかりました</translation>
	</message>
	<message>
		<source>Remind me later</source>
		<translation>後で知らせる</translation>
	</message>
</context>
<context>
	<name>StateBubble</name>
	<message>
		<source>Pending</source>
		<translation>ペンディング</translation>
	</message>
	<message>
		<source>Confirmed</source>
		<translation>承認済み</translation>
	</message>
	<message>
		<source>Unknown token</source>
		<translation>不明なトークン</translation>
	</message>
	<message>
		<source>Address requested</source>
		<translation>アドレスがリクエストされました</translation>
	</message>
	<message>
		<source>Waiting to accept</source>
		<translation>受け入れるのを待っています</translation>
	</message>
	<message>
		<source>Address shared</source>
		<translation>アドレスが共有されました</translation>
	</message>
	<message>
		<source>Address received</source>
		<translation>アドレスを受け取りました</translation>
	</message>
	<message>
		<source>Transaction declined</source>
		<translation>トランザクションが失敗しました</translation>
	</message>
	<message>
		<source>failure</source>
		<translation>失敗</translation>
	</message>
	<message>
		<source>Unknown state</source>
		<translation>不明な状態</translation>
	</message>
</context>
<context>
	<name>StatusActivityCenterButton</name>
	<message>
		<source>Activity</source>
		<translation>アクティビティ</translation>
	</message>
</context>
<context>
	<name>StatusAddressOrEnsValidator</name>
	<message>
		<source>Please enter a valid address or ENS name.</source>
		<translation>有効なアドレスまたはENS名を入力してください。</translation>
	</message>
</context>
<context>
	<name>StatusAddressValidator</name>
	<message>
		<source>Please enter a valid address.</source>
		<translation>有効なアドレスを入力してください。</translation>
	</message>
</context>
<context>
	<name>StatusAppChatView</name>
	<message>
		<source>Join public chats</source>
		<translation>公開チャットに参加</translation>
	</message>
	<message>
		<source>Start chat</source>
		<translation>チャットを始める</translation>
	</message>
</context>
<context>
	<name>StatusAppCommunitiesPortalView</name>
	<message>
		<source>Find community</source>
		<translation>コミュニティを探す</translation>
	</message>
	<message>
		<source>Featured</source>
		<translation>Featured</translation>
	</message>
	<message>
		<source>Popular</source>
		<translation>人気</translation>
	</message>
</context>
<context>
	<name>StatusAsyncEnsValidator</name>
	<message>
		<source>ENS name could not be resolved in to an address</source>
		<translation>ENS名をアドレスに解決できませんでした</translation>
	</message>
</context>
<context>
	<name>StatusAsyncValidator</name>
	<message>
		<source>invalid input</source>
		<translation>無効な入力です</translation>
	</message>
</context>
<context>
	<name>StatusBadge</name>
	<message>
		<source>99+</source>
		<translation>99以上</translation>
	</message>
</context>
<context>
	<name>StatusChatImageExtensionValidator</name>
	<message>
		<source>Format not supported.</source>
		<translation>サポートされていない形式です。</translation>
	</message>
	<message>
		<source>Upload %1 only</source>
		<translation>%1 のみをアップロード</translation>
	</message>
</context>
<context>
	<name>StatusChatImageLoader</name>
	<message>
		<source>Error loading the image</source>
		<translation>画像読み込みエラー</translation>
	</message>
	<message>
		<source>Loading image...</source>
		<translation>画像を読み込んでいます...</translation>
	</message>
</context>
<context>
	<name>StatusChatImageQtyValidator</name>
	<message>
		<source>You can only upload %1 images at a time</source>
		<translation>一度にアップロードできる画像は %1 枚のみです</translation>
	</message>
</context>
<context>
	<name>StatusChatImageSizeValidator</name>
	<message>
		<source>Max image size is %1 MB</source>
		<translation>最大画像サイズは %1 MB</translation>
	</message>
</context>
<context>
	<name>StatusColorSpacePage</name>
	<message>
		<source>Thickness</source>
		<translation>厚さ</translation>
	</message>
	<message>
		<source>Min saturate: </source>
		<translation>最小飽和:</translation>
	</message>
	<message>
		<source>Max saturate: </source>
		<translation>最大飽和:</translation>
	</message>
	<message>
		<source>Min value: </source>
		<translation>最小値:</translation>
	</message>
	<message>
		<source>Max value: </source>
		<translation>最大値:</translation>
	</message>
	<message>
		<source>Color</source>
		<translation>カラー</translation>
	</message>
</context>
<context>
	<name>StatusCommunityTagsPage</name>
	<message>
		<source>Select tags that will fit your Community</source>
		<translation>コミュニティに適したタグを選択してください</translation>
	</message>
	<message>
		<source>Search tags</source>
		<translation>タグを検索</translation>
	</message>
	<message>
		<source>Selected tags</source>
		<translation>選択したタグ</translation>
	</message>
</context>
<context>
	<name>StatusDialog</name>
	<message>
		<source>Close</source>
		<translation>閉じる</translation>
	</message>
	<message>
		<source>Abort</source>
		<translation>中止</translation>
	</message>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>No to all</source>
		<translation>すべていいえ</translation>
	</message>
	<message>
		<source>No</source>
		<translation>いいえ</translation>
	</message>
	<message>
		<source>Open</source>
		<translation>開く</translation>
	</message>
	<message>
		<source>Save</source>
		<translation>保存</translation>
	</message>
	<message>
		<source>Save all</source>
		<translation>すべて保存</translation>
	</message>
	<message>
		<source>Retry</source>
		<translation>再試行</translation>
	</message>
	<message>
		<source>Ignore</source>
		<translation>無視</translation>
	</message>
	<message>
		<source>Ok</source>
		<translation>OK</translation>
	</message>
	<message>
		<source>Yes to all</source>
		<translation>すべてはい</translation>
	</message>
	<message>
		<source>Yes</source>
		<translation>はい</translation>
	</message>
	<message>
		<source>Apply</source>
		<translation>適用する</translation>
	</message>
</context>
<context>
	<name>StatusETHTransactionModal</name>
	<message>
		<source>Contract interaction</source>
		<translation>コントラクトの実行</translation>
	</message>
	<message>
		<source>Wrong password</source>
		<translation>パスワードが間違っています</translation>
	</message>
	<message>
		<source>Error sending the transaction</source>
		<translation>トランザクションの送信エラー</translation>
	</message>
	<message>
		<source>Continue</source>
		<translation>続行する</translation>
	</message>
	<message>
		<source>Choose account</source>
		<translation>アカウントを選択</translation>
	</message>
	<message>
		<source>Sign with password</source>
		<translation>パスワードで署名する</translation>
	</message>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
</context>
<context>
	<name>StatusEmojiSection</name>
	<message>
		<source>No recent emojis</source>
		<translation>最近の絵文字はありません</translation>
	</message>
</context>
<context>
	<name>StatusFloatValidator</name>
	<message>
		<source>Please enter a valid numeric value.</source>
		<translation>有効な数値を入力してください。</translation>
	</message>
</context>
<context>
	<name>StatusGifColumn</name>
	<message>
		<source>Remove from favorites</source>
		<translation>お気に入りから削除する</translation>
	</message>
	<message>
		<source>Add to favorites</source>
		<translation>お気に入りに追加</translation>
	</message>
</context>
<context>
	<name>StatusGifPopup</name>
	<message>
		<source>Search Tenor</source>
		<translation>Tenorを検索</translation>
	</message>
	<message>
		<source>TRENDING</source>
		<translation>トレンド</translation>
	</message>
	<message>
		<source>FAVORITES</source>
		<translation>お気に入り</translation>
	</message>
	<message>
		<source>RECENT</source>
		<translation>最近</translation>
	</message>
	<message>
		<source>Enable Tenor GIFs?</source>
		<translation>Tenor GIF を有効にしますか？</translation>
	</message>
	<message>
		<source>Once enabled, GIFs posted in the chat may share your metadata with Tenor.</source>
		<translation>有効にすると、チャットに投稿されたGIFがメタデータをTenorと共有することがあります。</translation>
	</message>
	<message>
		<source>Enable</source>
		<translation>有効</translation>
	</message>
	<message>
		<source>Favorite GIFs will appear here</source>
		<translation>お気に入りのGIFがここに表示されます</translation>
	</message>
	<message>
		<source>Recent GIFs will appear here</source>
		<translation>最近のGIFがここに表示されます</translation>
	</message>
	<message>
		<source>Error while contacting Tenor API, please retry.</source>
		<translation>Tenor API への接続中にエラーが発生しました。再試行してください。</translation>
	</message>
	<message>
		<source>Retry</source>
		<translation>再試行</translation>
	</message>
</context>
<context>
	<name>StatusIntValidator</name>
	<message>
		<source>Please enter a valid numeric value.</source>
		<translation>有効な数値を入力してください。</translation>
	</message>
</context>
<context>
	<name>StatusItemSelector</name>
	<message>
		<source>and</source>
		<translation>と</translation>
	</message>
	<message>
		<source>or</source>
		<translation>または</translation>
	</message>
</context>
<context>
	<name>StatusListPickerPage</name>
	<message>
		<source>Search Languages</source>
		<translation>検索言語</translation>
	</message>
	<message>
		<source>Search Currencies</source>
		<translation>通貨を検索</translation>
	</message>
</context>
<context>
	<name>StatusNotification</name>
	<message>
		<source>Open</source>
		<translation>開く</translation>
	</message>
</context>
<context>
	<name>StatusPasswordStrengthIndicator</name>
	<message>
		<source>Very weak</source>
		<translation>非常に弱い</translation>
	</message>
	<message>
		<source>Weak</source>
		<translation>弱い</translation>
	</message>
	<message>
		<source>So-so</source>
		<translation>まあまあ</translation>
	</message>
	<message>
		<source>Good</source>
		<translation>Good</translation>
	</message>
	<message>
		<source>Great</source>
		<translation>素晴らしい</translation>
	</message>
</context>
<context>
	<name>StatusSNTTransactionModal</name>
	<message>
		<source>Authorize %1 %2</source>
		<translation>%1 %2 を承認する</translation>
	</message>
	<message>
		<source>Error sending the transaction</source>
		<translation>トランザクションの送信エラー</translation>
	</message>
	<message>
		<source>Wrong password</source>
		<translation>パスワードが間違っています</translation>
	</message>
	<message>
		<source>Continue</source>
		<translation>続行する</translation>
	</message>
	<message>
		<source>Choose account</source>
		<translation>アカウントを選択</translation>
	</message>
	<message>
		<source>Sign with password</source>
		<translation>パスワードで署名する</translation>
	</message>
	<message>
		<source>Send %1 %2</source>
		<translation>%1 %2 を送信する</translation>
	</message>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
</context>
<context>
	<name>StatusSearchListPopup</name>
	<message>
		<source>Search...</source>
		<translation>検索...</translation>
	</message>
</context>
<context>
	<name>StatusSearchLocationMenu</name>
	<message>
		<source>Anywhere</source>
		<translation>どこでも</translation>
	</message>
</context>
<context>
	<name>StatusSearchPopup</name>
	<message>
		<source>No results</source>
		<translation>結果がありません</translation>
	</message>
	<message>
		<source>Anywhere</source>
		<translation>どこでも</translation>
	</message>
	<message>
		<source>Search</source>
		<translation>検索</translation>
	</message>
	<message>
		<source>In: </source>
		<translation>In: </translation>
	</message>
	<message>
		<source>In</source>
		<translation>In</translation>
	</message>
</context>
<context>
	<name>StatusSpellcheckingMenuItems</name>
	<message>
		<source>Add to dictionary</source>
		<translation>辞書に追加</translation>
	</message>
	<message>
		<source>Disable Spellchecking</source>
		<translation>スペルチェックを無効にする</translation>
	</message>
</context>
<context>
	<name>StatusStackModal</name>
	<message>
		<source>StackModal</source>
		<translation>StackModal</translation>
	</message>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
	<message>
		<source>Finish</source>
		<translation>完了</translation>
	</message>
</context>
<context>
	<name>StatusStickerButton</name>
	<message>
		<source>Buy for %1 SNT</source>
		<translation>%1 SNTを購入</translation>
	</message>
	<message>
		<source>Uninstall</source>
		<translation>アンインストール</translation>
	</message>
	<message>
		<source>Install</source>
		<translation>インストール</translation>
	</message>
	<message>
		<source>Free</source>
		<translation>無料</translation>
	</message>
	<message>
		<source>Pending...</source>
		<translation>保留中...</translation>
	</message>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Update</source>
		<translation>更新</translation>
	</message>
</context>
<context>
	<name>StatusStickersPopup</name>
	<message>
		<source>You don&apos;t have any stickers yet</source>
		<translation>まだステッカーを持っていません</translation>
	</message>
	<message>
		<source>Recently used stickers will appear here</source>
		<translation>最近使用したステッカーがここに表示されます</translation>
	</message>
	<message>
		<source>Get Stickers</source>
		<translation>ステッカーを入手</translation>
	</message>
</context>
<context>
	<name>StatusTagSelectorPage</name>
	<message>
		<source>To: </source>
		<translation>To: </translation>
	</message>
	<message>
		<source>USER LIMIT REACHED</source>
		<translation>ユーザ制限に達しました</translation>
	</message>
</context>
<context>
	<name>StatusUrlValidator</name>
	<message>
		<source>Please enter a valid URL</source>
		<translation>有効なURLを入力してください</translation>
	</message>
</context>
<context>
	<name>StatusValidator</name>
	<message>
		<source>invalid input</source>
		<translation>無効な入力です</translation>
	</message>
</context>
<context>
	<name>StatusWindowsTitleBar</name>
	<message>
		<source>Status</source>
		<translation>Status</translation>
	</message>
</context>
<context>
	<name>SubheaderTabBar</name>
	<message>
		<source>Step %1 of %2</source>
		<translation>ステップ %1 / %2</translation>
	</message>
</context>
<context>
	<name>TabAddressSelectorView</name>
	<message>
		<source>Saved</source>
		<translation>保存しました</translation>
	</message>
	<message>
		<source>My Accounts</source>
		<translation>マイアカウント</translation>
	</message>
	<message>
		<source>Recent</source>
		<translation>最近</translation>
	</message>
	<message>
		<source>Search for saved address</source>
		<translation>保存したアドレスを検索</translation>
	</message>
	<message>
		<source>No Saved Address</source>
		<translation>保存されたアドレスはありません</translation>
	</message>
	<message>
		<source>No Recents</source>
		<translation>最近のものはありません</translation>
	</message>
</context>
<context>
	<name>ToastMessage</name>
	<message>
		<source>View on Etherscan</source>
		<translation>Etherscanで表示</translation>
	</message>
	<message>
		<source>Transaction pending...</source>
		<translation>トランザクション処理中</translation>
	</message>
</context>
<context>
	<name>TokenSettingsModal</name>
	<message>
		<source>Manage Assets</source>
		<translation>アセットを管理</translation>
	</message>
	<message>
		<source>Add custom token</source>
		<translation>カスタムトークンを追加</translation>
	</message>
</context>
<context>
	<name>TokenSettingsModalContent</name>
	<message>
		<source>Token details</source>
		<translation>トークンの詳細</translation>
	</message>
	<message>
		<source>Remove token</source>
		<translation>トークンを削除</translation>
	</message>
	<message>
		<source>Custom</source>
		<translation>カスタム</translation>
	</message>
	<message>
		<source>Default</source>
		<translation>デフォルト</translation>
	</message>
</context>
<context>
	<name>TouchIDAuthView</name>
	<message>
		<source>Biometrics</source>
		<translation>生体認証</translation>
	</message>
	<message>
		<source>Would you like to use Touch ID
to login to Status?</source>
		<translation>Touch IDを使用してログインしますか？</translation>
	</message>
	<message>
		<source>Yes, use Touch ID</source>
		<translation>Touch ID を使用します</translation>
	</message>
	<message>
		<source>I prefer to use my password</source>
		<translation>パスワードの使用を希望する</translation>
	</message>
	<message>
		<source>Would you like to use TouchID instead of a PIN code
to login to Status using your Keycard?</source>
		<translation>StatusログインにPINコードの代わりにKeycardと Touch ID を使用しますか？</translation>
	</message>
	<message>
		<source>I prefer to use my PIN</source>
		<translation>PINを使用することを希望します。</translation>
	</message>
</context>
<context>
	<name>TransactionBubbleView</name>
	<message>
		<source>Transaction request</source>
		<translation>トランザクションの要求</translation>
	</message>
	<message>
		<source>↑ Outgoing transaction</source>
		<translation>↑ 送信トランザクション</translation>
	</message>
	<message>
		<source>↓ Incoming transaction</source>
		<translation>↓着信トランザクション</translation>
	</message>
	<message>
		<source>Token not found on your current network</source>
		<translation>現在のネットワークでトークンが見つかりません</translation>
	</message>
</context>
<context>
	<name>TransactionDelegate</name>
	<message>
		<source>From </source>
		<translation>From </translation>
	</message>
	<message>
		<source>To </source>
		<translation>To </translation>
	</message>
	<message>
		<source>At </source>
		<translation>At </translation>
	</message>
</context>
<context>
	<name>TransactionModal</name>
	<message>
		<source>Transaction Details</source>
		<translation>トランザクションの詳細</translation>
	</message>
	<message>
		<source> confirmation(s)</source>
		<translation> 承認</translation>
	</message>
	<message>
		<source>When the transaction has 12 confirmations you can consider it settled.</source>
		<translation>12の承認を得た場合に完了と見なすことができます。</translation>
	</message>
	<message>
		<source>Block</source>
		<translation>ブロック</translation>
	</message>
	<message>
		<source>Hash</source>
		<translation>ハッシュ</translation>
	</message>
	<message>
		<source>From</source>
		<translation>From</translation>
	</message>
	<message>
		<source>To</source>
		<translation>To</translation>
	</message>
	<message>
		<source>Gas limit</source>
		<translation>Gas limit</translation>
	</message>
	<message>
		<source>Gas price</source>
		<translation>ガス料金</translation>
	</message>
	<message>
		<source>Gas used</source>
		<translation>ガス消費</translation>
	</message>
	<message>
		<source>Nonce</source>
		<translation>Nonce</translation>
	</message>
</context>
<context>
	<name>TransactionPreview</name>
	<message>
		<source>From</source>
		<translation>From</translation>
	</message>
	<message>
		<source>Recipient</source>
		<translation>受信者</translation>
	</message>
	<message>
		<source>Unknown</source>
		<translation>不明</translation>
	</message>
	<message>
		<source>Asset</source>
		<translation>アセット</translation>
	</message>
	<message>
		<source>Amount</source>
		<translation>金額</translation>
	</message>
	<message>
		<source>Network fee</source>
		<translation>ネットワーク手数料</translation>
	</message>
	<message>
		<source>Data</source>
		<translation>データ</translation>
	</message>
	<message>
		<source>Data field</source>
		<translation>データフィールド</translation>
	</message>
</context>
<context>
	<name>TransactionSigner</name>
	<message>
		<source>You need to enter a password</source>
		<translation>パスワードを入力する必要があります</translation>
	</message>
	<message>
		<source>Password needs to be 6 characters or more</source>
		<translation>パスワードは6文字以上必要です</translation>
	</message>
	<message>
		<source>Signing phrase</source>
		<translation>署名フレーズ</translation>
	</message>
	<message>
		<source>Signing phrase is a 3 word combination that displayed when you entered the wallet on this device for the first time.</source>
		<translation>署名フレーズは、このデバイスで初めてウォレットを使ったときに表示される3単語の組合せです。</translation>
	</message>
	<message>
		<source>Enter the password you use to unlock this device</source>
		<translation>このデバイスのロック解除に使用するパスワードを入力します</translation>
	</message>
	<message>
		<source>Password</source>
		<translation>パスワード</translation>
	</message>
	<message>
		<source>Enter password</source>
		<translation>パスワードを入力</translation>
	</message>
</context>
<context>
	<name>UnblockContactConfirmationDialog</name>
	<message>
		<source>Unblock User</source>
		<translation>ブロック解除する</translation>
	</message>
	<message>
		<source>Unblocking will allow new messages you received from %1 to reach you.</source>
		<translation>ブロックを解除すると、%1 から受け取る新しいメッセージが届くようになります。</translation>
	</message>
</context>
<context>
	<name>UserListPanel</name>
	<message>
		<source>Offline</source>
		<translation>オフライン</translation>
	</message>
	<message>
		<source>Online</source>
		<translation>オンライン</translation>
	</message>
	<message>
		<source>Inactive</source>
		<translation>非表示</translation>
	</message>
	<message>
		<source>Do not disturb</source>
		<translation>退席中</translation>
	</message>
	<message>
		<source>Idle</source>
		<translation>アイドル</translation>
	</message>
</context>
<context>
	<name>UserStatusContextMenu</name>
	<message>
		<source>View My Profile</source>
		<translation>プロフィールを表示</translation>
	</message>
	<message>
		<source>Always online</source>
		<translation>常にオンライン</translation>
	</message>
	<message>
		<source>Inactive</source>
		<translation>非表示</translation>
	</message>
	<message>
		<source>Set status automatically</source>
		<translation>ステータスの自動設定</translation>
	</message>
	<message>
		<source>Online</source>
		<translation>オンライン</translation>
	</message>
	<message>
		<source>Offline</source>
		<translation>オフライン</translation>
	</message>
</context>
<context>
	<name>ViewProfileMenuItem</name>
	<message>
		<source>View Profile</source>
		<translation>プロフィールを表示</translation>
	</message>
</context>
<context>
	<name>WakuNodesModal</name>
	<message>
		<source>Waku nodes</source>
		<translation>Wakuノード</translation>
	</message>
	<message>
		<source>Use Waku nodes</source>
		<translation>Wakuノードを使用する</translation>
	</message>
	<message>
		<source>Select node automatically</source>
		<translation>ノードを自動的に選択</translation>
	</message>
	<message>
		<source>Waku Nodes</source>
		<translation>Wakuノード</translation>
	</message>
	<message>
		<source>Node %1</source>
		<translation>ノード %1</translation>
	</message>
	<message>
		<source>Add a new node</source>
		<translation>新しいノードを追加する</translation>
	</message>
</context>
<context>
	<name>WalletFooter</name>
	<message>
		<source>Send</source>
		<translation>送信</translation>
	</message>
	<message>
		<source>Receive</source>
		<translation>受信</translation>
	</message>
	<message>
		<source>Buy / Sell</source>
		<translation>Buy / Sell</translation>
	</message>
</context>
<context>
	<name>WelcomeView</name>
	<message>
		<source>Welcome to Status</source>
		<translation>Statusへようこそ</translation>
	</message>
	<message>
		<source>Your fully decentralized gateway to Ethereum and Web3. Crypto wallet, privacy first group chat, and dApp browser.</source>
		<translation>EthereumとWeb3 への完全に分散化されたゲートウェイ。暗号資産ウォレット、プライバシーファーストのグループ チャット、dAppブラウザ。</translation>
	</message>
	<message>
		<source>I am new to Status</source>
		<translation>Statusは初めてです</translation>
	</message>
	<message>
		<source>I already use Status</source>
		<translation>すでにStatusを使用しています</translation>
	</message>
</context>
<context>
	<name>main</name>
	<message>
		<source>StatusQ Documentation App</source>
		<translation>StatusQドキュメンテーションアプリ</translation>
	</message>
	<message>
		<source>Status Desktop</source>
		<translation>Status Desktop</translation>
	</message>
	<message>
		<source>Open Status</source>
		<translation>Statusを開く</translation>
	</message>
	<message>
		<source>Quit</source>
		<translation>終了する</translation>
	</message>
</context>
<context>
	<name>AssetDelegate</name>
	<message>
		<source>%1 %2</source>
		<translation>%1D {1 %2?}</translation>
	</message>
</context>
<context>
	<name>CommunityMembersTabPanel</name>
	<message>
		<source>Kick</source>
		<translation>キック</translation>
	</message>
	<message>
		<source>Ban</source>
		<translation>BAN</translation>
	</message>
	<message>
		<source>Unban</source>
		<translation>BAN解除</translation>
	</message>
</context>
<context>
	<name>KeycardConfirmation</name>
	<message>
		<source>A factory reset will delete the key on this Keycard.
Are you sure you want to do this?</source>
		<translation>工場出荷時設定にリセットすると、このKeycardのキーが削除されます。
これを実行してもよろしいですか？</translation>
	</message>
	<message>
		<source>I understand the key pair on this Keycard will be deleted</source>
		<translation>このKeycardのキーペアが削除されることを理解しました</translation>
	</message>
</context>
<context>
	<name>KeycardInit</name>
	<message>
		<source>Plug in Keycard reader...</source>
		<translation>Keycardリーダーを差し込む...</translation>
	</message>
	<message>
		<source>Insert Keycard...</source>
		<translation>Keycardを挿入...</translation>
	</message>
	<message>
		<source>Reading Keycard...</source>
		<translation>Keycardを読み取り中...</translation>
	</message>
	<message>
		<source>This is not a Keycard</source>
		<translation>これはKeycardではありません</translation>
	</message>
	<message>
		<source>The card inserted is not a recognised Keycard,
please remove and try and again</source>
		<translation>挿入されたカードは認識されたKeycardではありません。
削除してもう一度お試しください</translation>
	</message>
	<message>
		<source>Keycard is empty</source>
		<translation>Keycardが空です</translation>
	</message>
	<message>
		<source>There is no key pair on this Keycard</source>
		<translation>このKeycardにはキーペアが存在しません</translation>
	</message>
	<message>
		<source>Keycard recognized</source>
		<translation>Keycardが認識されました</translation>
	</message>
	<message>
		<source>Keycard successfully factory reset</source>
		<translation>Keycardが正常に出荷時設定にリセットされました</translation>
	</message>
	<message>
		<source>You can now use this Keycard as if it
was a brand new empty Keycard</source>
		<translation>このKeycardは、新しい空のKeycardと同じように使用することができます。</translation>
	</message>
</context>
<context>
	<name>KeycardInitView</name>
	<message>
		<source>Plug in Keycard reader...</source>
		<translation>Keycardリーダーを差し込む...</translation>
	</message>
	<message>
		<source>Insert your Keycard...</source>
		<translation>Keycardを挿入...</translation>
	</message>
	<message>
		<source>Reading Keycard...</source>
		<translation>Keycardを読み取り中...</translation>
	</message>
</context>
<context>
	<name>KeycardPinView</name>
	<message>
		<source>It is very important that you do not loose this PIN</source>
		<translation>この PIN を紛失しないよう注意してください。</translation>
	</message>
	<message>
		<source>PINs don&apos;t match</source>
		<translation>PINが一致しません</translation>
	</message>
	<message>
		<source>Create new Keycard PIN</source>
		<translation>KeycardのPINを新規に作成する</translation>
	</message>
	<message>
		<source>Repeat Keycard PIN</source>
		<translation>Keycard PINを再入力</translation>
	</message>
	<message>
		<source>Keycard PIN set</source>
		<translation>Keycard PINが設定されました</translation>
	</message>
	<message>
		<source>Enter Keycard PIN</source>
		<translation>KeycardのPINを入力する</translation>
	</message>
	<message>
		<source>PIN incorrect</source>
		<translation>PIN が正しくありません</translation>
	</message>
	<message numerus="yes">
		<source>%n attempt(s) remaining</source>
		<translation>
			<numerusform>Empty</numerusform>
		</translation>
	</message>
</context>
<context>
	<name>KeycardPopup</name>
	<message>
		<source>Factory reset a Keycard</source>
		<translation>Keycardを出荷時設定にリセット</translation>
	</message>
	<message>
		<source>Cancel</source>
		<translation>キャンセル</translation>
	</message>
	<message>
		<source>Factory reset this Keycard</source>
		<translation>このKeycardを出荷時設定にリセット</translation>
	</message>
	<message>
		<source>Done</source>
		<translation>完了</translation>
	</message>
</context>
<context>
	<name>KeycardPukView</name>
	<message>
		<source>Enter PUK code to recover Keycard</source>
		<translation>PUKコードを入力してKeycardを復元する</translation>
	</message>
	<message>
		<source>Recover Keycard</source>
		<translation>Keycardを復元する</translation>
	</message>
	<message numerus="yes">
		<source>Invalid PUK code, %n attempt(s) remaining</source>
		<translation>
			<numerusform>Empty</numerusform>
		</translation>
	</message>
</context>
<context>
	<name>KeycardStateView</name>
	<message>
		<source>This Keycard already stores keys</source>
		<translation>このKeycardにはすでにキーが保存されています</translation>
	</message>
	<message>
		<source>To generate new keys, you will need to perform a factory reset first</source>
		<translation>新しいキーを生成するには、まずファクトリーリセットを行う必要があります</translation>
	</message>
	<message>
		<source>Factory reset</source>
		<translation>工場出荷時設定へのリセット</translation>
	</message>
	<message>
		<source>Insert another Keycard</source>
		<translation>別のKeycardを挿入</translation>
	</message>
	<message>
		<source>The keycard is empty</source>
		<translation>Keycardが空です</translation>
	</message>
	<message>
		<source>Generate new keys for this Keycard</source>
		<translation>このKeycardに新しいキーを生成する</translation>
	</message>
	<message>
		<source>Keycard locked and already stores keys</source>
		<translation>Keycardはロックされ、すでにキーが保存されています</translation>
	</message>
	<message>
		<source>The Keycard you have inserted is locked, you will need to factory reset it before proceeding</source>
		<translation>挿入したKeycardはロックされているため、次に進む前に工場出荷時の状態に戻す必要があります。</translation>
	</message>
	<message>
		<source>Keycard locked</source>
		<translation>Keycardがロックされています</translation>
	</message>
	<message>
		<source>Max pairing slots reached for this keycard</source>
		<translation>このKeycardの最大ペアリングスロットに達しました</translation>
	</message>
	<message>
		<source>Max PUK retries reached for this keycard</source>
		<translation>このKeycardの最大PUK再試行回数に達しました</translation>
	</message>
	<message>
		<source>Recover your Keycard</source>
		<translation>Keycardを復元する</translation>
	</message>
	<message>
		<source>Recover with seed phrase</source>
		<translation>シードフレーズで復元する</translation>
	</message>
	<message>
		<source>Recover with PUK</source>
		<translation>PUKで復元する</translation>
	</message>
</context>
<context>
	<name>OnboardingLayout</name>
	<message>
		<source>Keys for this account already exist</source>
		<translation>このアカウントのキーはすでに存在します。</translation>
	</message>
	<message>
		<source>Keys for this account already exist and can&apos;t be added again. If you&apos;ve lost your password, passcode or Keycard, uninstall the app, reinstall and access your keys by entering your seed phrase</source>
		<translation>このアカウントの鍵はすでに存在します。再び鍵を追加することはできません。もしパスワード、パスコード、Keycardを紛失した場合は、アプリをアンインストールし、シードフレーズを入力して鍵を再インストールしてアクセスし直してください。</translation>
	</message>
	<message>
		<source>Login failed</source>
		<translation>ログインに失敗しました</translation>
	</message>
	<message>
		<source>Login failed. Please re-enter your password and try again.</source>
		<translation>ログインに失敗しました。パスワードを再入力してやり直してください。</translation>
	</message>
	<message>
		<source>Keys for this account already exist and can&apos;t be added again. If you&apos;ve lost your password, passcode or Keycard, uninstall the app, reinstall and access your keys by entering your seed phrase. In case of Keycard try recovering using PUK or reinstall the app and try login with the Keycard option.</source>
		<translation>このアカウントのキーはすでに存在します。再度キーを追加することはできません。もしパスワード、パスコード、Keycardを紛失した場合は、アプリをアンインストールし、シードフレーズを入力してキーを再インストールしてアクセスしてください。Keycardの場合は、PUKを使用して復元するか、アプリを再インストールしてKeycardオプションでログインしてみてください。</translation>
	</message>
	<message>
		<source>Error importing seed</source>
		<translation>シードのインポートエラー</translation>
	</message>
</context>
<context>
	<name>SeedPhraseView</name>
	<message>
		<source>Write down your seed phrase</source>
		<translation>シード レーズを書き留めます</translation>
	</message>
	<message>
		<source>You will need this to recover your Keycard if you loose
your PIN of if the wrong PIN is entered five times in a row.</source>
		<translation>間違った暗証番号を5回連続で入力したときや、PINを紛失した場合、Keycardを復元するために必要です。</translation>
	</message>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
</context>
<context>
	<name>SeedPhraseWordsInputView</name>
	<message>
		<source>Enter seed phrase words</source>
		<translation>シード フレーズを入力してください</translation>
	</message>
	<message>
		<source>Invalid word</source>
		<translation>無効な単語</translation>
	</message>
	<message>
		<source>Next</source>
		<translation>次へ</translation>
	</message>
</context>
<context>
	<name>StatusAddressPage</name>
	<message>
		<source>Copy Action: </source>
		<translation>コピー アクション:</translation>
	</message>
</context>
<context>
	<name>StatusColorSelector</name>
	<message>
		<source>Color</source>
		<translation>カラー</translation>
	</message>
</context>
<context>
	<name>StatusDatePicker</name>
	<message>
		<source>Previous year</source>
		<translation>前年</translation>
	</message>
	<message>
		<source>Previous month</source>
		<translation>前月</translation>
	</message>
	<message>
		<source>Show current month</source>
		<translation>現在の月を表示</translation>
	</message>
	<message>
		<source>Next month</source>
		<translation>来月</translation>
	</message>
	<message>
		<source>Next year</source>
		<translation>来年</translation>
	</message>
</context>
<context>
	<name>StatusImageCropPanelPage</name>
	<message>
		<source>Cycle image</source>
		<translation>サイクル画像</translation>
	</message>
	<message>
		<source>Cycle spacing</source>
		<translation>サイクルの間隔</translation>
	</message>
	<message>
		<source>Cycle frame margins</source>
		<translation>サイクルフレームの余白</translation>
	</message>
	<message>
		<source>Load external image</source>
		<translation>外部画像を読み込む</translation>
	</message>
	<message>
		<source>Test Title</source>
		<translation>テストタイトル</translation>
	</message>
	<message>
		<source>Supported image formats (%1)</source>
		<translation>サポートされている画像形式 (%1)</translation>
	</message>
</context>
</TS>
