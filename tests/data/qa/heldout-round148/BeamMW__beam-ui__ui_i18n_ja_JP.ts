<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message id="general-beam">
        <source>BEAM</source>
        <translation>BEAM</translation>
    </message>
    <message id="general-groth">
        <source>GROTH</source>
        <translation>GROTH</translation>
    </message>
    <message id="general-comment">
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message id="general-actions">
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message id="general-address">
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message id="general-send">
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message id="general-amount">
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message id="general-status">
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message id="general-cancel">
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message id="general-delete">
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message id="general-rescan">
        <source>Rescan</source>
        <translation>再スキャン</translation>
    </message>
    <message id="general-change-pwd">
        <source>Change wallet password</source>
        <translation>ウォレットパスワードを変更</translation>
    </message>
    <message id="general-pwd-empty-error">
        <source>Please, enter password</source>
        <translation>パスワードを入力してください</translation>
    </message>
    <message id="general-pwd-invalid">
        <source>Invalid password provided</source>
        <translation>パスワードが正しくありません</translation>
    </message>
    <message id="general-payment-proof">
        <source>Payment proof</source>
        <translation>支払証明</translation>
    </message>
    <message id="general-close">
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message id="general-details">
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message id="general-kernel-id">
        <source>Kernel ID</source>
        <translation>カーネルID</translation>
    </message>
    <message id="general-copy">
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message id="general-paste">
        <source>Paste</source>
        <translation>貼付け</translation>
    </message>
    <message id="general-fee">
        <source>Transaction fee</source>
        <extracomment>UTXO type fee</extracomment>
        <translation>トランザクション手数料</translation>
    </message>
    <message id="general-ok">
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message id="general-invalid-address">
        <source>Invalid address</source>
        <translation>不正なアドレス</translation>
    </message>
    <message id="general-change">
        <source>Change</source>
        <extracomment>UTXO type Change</extracomment>
        <translation>変更</translation>
    </message>
    <message id="general-back">
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message id="general-next">
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message id="general-create-wallet">
        <source>Create new wallet</source>
        <translation>新しいウォレットを作成</translation>
    </message>
    <message id="general-restore-or-create-wallet">
        <source>Restore wallet or create a new one</source>
        <translation>ウォレットをリストア、もしくは新規作成</translation>
    </message>
    <message id="general-select-db">
        <source>Select the wallet database file</source>
        <translation>ウォレットデータベースファイルを選択</translation>
    </message>
    <message id="general-restore-wallet">
        <source>Restore wallet</source>
        <translation>ウォレットを復元する</translation>
    </message>
    <message id="general-start-using">
        <source>Start using your wallet</source>
        <translation>ウォレットを使用開始</translation>
    </message>
    <message id="general-open-wallet">
        <source>Open my wallet</source>
        <translation>ウォレットを開く</translation>
    </message>
    <message id="general-proceed">
        <source>Proceed</source>
        <extracomment>confirm password dialog, ok button</extracomment>
        <translation>続ける</translation>
    </message>
    <message id="general-show-in-folder">
        <source>Show in folder</source>
        <translation>フォルダで表示</translation>
    </message>
    <message id="general-addr-comment-error">
        <source>Address with the same comment already exists</source>
        <translation>同じコメントのアドレスがすでに存在しています</translation>
    </message>
    <message id="wallet-receive-button">
        <source>Receive</source>
        <translation>受信</translation>
    </message>
    <message id="wallet-transactions-title">
        <source>Transactions</source>
        <translation>トランザクション</translation>
    </message>
    <message id="wallet-txs-delete-message">
        <source>The transaction will be deleted. This operation can not be undone</source>
        <translation>トランザクションは削除され、この操作は取り消しできません</translation>
    </message>
    <message id="wallet-txs-status-pending">
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message id="wallet-txs-status-waiting-sender">
        <source>waiting for sender</source>
        <translation>送信者を待っています</translation>
    </message>
    <message id="wallet-txs-status-waiting-receiver">
        <source>waiting for receiver</source>
        <translation>受信者を待っています</translation>
    </message>
    <message id="wallet-txs-status-completed">
        <source>completed</source>
        <translation>完了済</translation>
    </message>
    <message id="wallet-txs-status-received">
        <source>received</source>
        <translation>受信済</translation>
    </message>
    <message id="wallet-txs-status-sent">
        <source>sent</source>
        <translation>送信済</translation>
    </message>
    <message id="wallet-txs-status-cancelled">
        <source>canceled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message id="wallet-txs-status-expired">
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message id="wallet-txs-status-failed">
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message id="wallet-txs-status-unknown">
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message id="addresses-tittle">
        <source>Address Book</source>
        <translation>アドレス帳</translation>
    </message>
    <message id="addresses-tab-active">
        <source>My active addresses</source>
        <translation>自分の有効なアドレス</translation>
    </message>
    <message id="addresses-tab-expired">
        <source>My expired addresses</source>
        <translation>自分の期限切れのアドレス</translation>
    </message>
    <message id="addresses-tab-contacts">
        <source>Contacts</source>
        <translation>コンタクト</translation>
    </message>
    <message id="address-table-cm-show-qr">
        <source>Show QR code</source>
        <extracomment>Entry in address table context menu to show QR</extracomment>
        <translation>QRコードを表示</translation>
    </message>
    <message id="address-table-cm-edit">
        <source>Edit address</source>
        <extracomment>Entry in address table context menu to edit</extracomment>
        <translation>アドレスを編集</translation>
    </message>
    <message id="address-table-cm-delete">
        <source>Delete address</source>
        <extracomment>Entry in address table context menu to delete</extracomment>
        <translation>アドレスの削除</translation>
    </message>
    <message id="address-table-cm-delete-contact">
        <source>Delete contact</source>
        <translation>コンタクトを削除</translation>
    </message>
    <message id="settings-version">
        <source>v</source>
        <extracomment>settings tab, version label</extracomment>
        <translation>v</translation>
    </message>
    <message id="settings-local-node-port">
        <source>Port</source>
        <extracomment>settings tab, node section, port label</extracomment>
        <translation>ポート</translation>
    </message>
    <message id="settings-rescan-confirmation-message">
        <source>Rescan will sync transaction and UTXO data with the latest information on the blockchain. The process might take a long time.</source>
        <extracomment>settings tab, confirm rescan dialog message</extracomment>
        <translation>再スキャンにより、トランザクションとUTXOデータがブロックチェーンの最新情報と同期されます。この処理には時間がかかる場合があります。</translation>
    </message>
    <message id="settings-general-title">
        <source>General</source>
        <extracomment>settings tab, general section, title</extracomment>
        <translation>一般</translation>
    </message>
    <message id="settings-general-lock-screen">
        <source>Lock screen</source>
        <extracomment>settings tab, general section, lock screen label</extracomment>
        <translation>ロックスクリーン</translation>
    </message>
    <message id="settings-general-require-pwd-to-spend">
        <source>Ask password on every Send</source>
        <extracomment>settings tab, general section, ask password to send label</extracomment>
        <translation>送信ごとにパスワードを確認する</translation>
    </message>
    <message id="settings-report-problem-title">
        <source>Report a problem</source>
        <translation>問題を報告</translation>
    </message>
    <message id="settings-wallet-location-label">
        <source>Wallet folder location</source>
        <extracomment>settings tab, general section, wallet data folder location label</extracomment>
        <translation>ウォレットフォルダの場所</translation>
    </message>
    <message id="settings-apply">
        <source>Apply changes</source>
        <extracomment>settings tab, node section, apply button</extracomment>
        <translation>変更を適用する</translation>
    </message>
    <message id="logo-description">
        <source>Confidential DeFi Platform and Cryptocurrency</source>
        <translation>機密DeFiプラットフォームと暗号資産</translation>
    </message>
    <message id="change-pwd-old-empty">
        <source>Please, enter old password</source>
        <translation>古いパスワードを入力して下さい</translation>
    </message>
    <message id="change-pwd-new-empty">
        <source>Please, enter new password</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message id="change-pwd-confirm-empty">
        <source>Please, confirm new password</source>
        <translation>新しいパスワードを確認してください</translation>
    </message>
    <message id="change-pwd-new-same-as-old">
        <source>New password cannot be the same as old</source>
        <translation>新しいパスワードを現在のパスワードと同じにすることはできません</translation>
    </message>
    <message id="change-pwd-confirm-fail">
        <source>New password doesn&apos;t match the confirm password</source>
        <translation>新しいパスワードが一致しません</translation>
    </message>
    <message id="change-pwd-old-fail">
        <source>Current password is incorrect</source>
        <oldsource>The old password you have entered is incorrect</oldsource>
        <translation type="unfinished">入力したパスワードが間違っています</translation>
    </message>
    <message id="change-pwd-old-pwd-label">
        <source>Enter your current password</source>
        <oldsource>Enter old password</oldsource>
        <translation type="unfinished">古いパスワードを入力してください</translation>
    </message>
    <message id="change-pwd-new-pwd-label">
        <source>Enter new password</source>
        <translation>新しいパスワードを入力して下さい</translation>
    </message>
    <message id="change-pwd-confirm-pwd-label">
        <source>Confirm new password</source>
        <translation>新しいパスワードを確認してください</translation>
    </message>
    <message id="change-pwd-ok">
        <source>Change password</source>
        <translation>パスワードを変更する</translation>
    </message>
    <message id="open-show-wallet-button">
        <source>Show my wallet</source>
        <translation>マイウォレットを表示する</translation>
    </message>
    <message id="payment-info-proof-verification">
        <source>Payment proof verification</source>
        <translation>支払証明照合</translation>
    </message>
    <message id="payment-info-proof-label">
        <source>Paste your payment proof here</source>
        <translation>ここに支払証明を貼り付けてください</translation>
    </message>
    <message id="payment-info-proof-decode-fail">
        <source>Cannot decode a proof, illegal sequence.</source>
        <translation>証明をデコードできません、不正なシーケンスです。</translation>
    </message>
    <message id="payment-info-proof-code-label">
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message id="payment-info-proof-sender-label">
        <source>Sender</source>
        <translation>送信者</translation>
    </message>
    <message id="payment-info-proof-receiver-label">
        <source>Receiver</source>
        <translation>受信者</translation>
    </message>
    <message id="payment-info-copy-details-button">
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message id="loading-try-again-button">
        <source>Try again</source>
        <translation>再試行してください。</translation>
    </message>
    <message id="status-connecting">
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message id="status-online">
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message id="status-updating">
        <source>synchronizing blockchain</source>
        <translation type="unfinished">synchronizing blockchain</translation>
    </message>
    <message id="settings-report-problem-save-log-button">
        <source>Save wallet logs</source>
        <extracomment>settings tab, report problem section, save logs button</extracomment>
        <translation>ウォレットログを保存</translation>
    </message>
    <message id="settings-rescan-confirmation-message-line-2">
        <source>Are you sure?</source>
        <extracomment>settings tab, confirm rescan dialog additional message</extracomment>
        <translation>本当によろしいですか？</translation>
    </message>
    <message id="settings-title">
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message id="cant-send-to-expired-message">
        <source>Can&apos;t send to the expired address.</source>
        <translation>期限切れアドレスには送信できません。</translation>
    </message>
    <message id="send-confirmation-title">
        <source>Confirm transaction details</source>
        <translation>トランザクション詳細を確定</translation>
    </message>
    <message id="send-confirmation-recipient-label">
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
    <message id="send-confirmation-pwd-require-message">
        <source>To approve the transaction please enter your password</source>
        <translation>トランザクションを承認するには、パスワードを入力してください</translation>
    </message>
    <message id="wallet-title">
        <source>Wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message id="start-restore-confirm-button">
        <source>I agree</source>
        <translation>同意する</translation>
    </message>
    <message id="start-restore-message-line">
        <source>You are trying to restore an existing Beam Wallet. Please notice that if you use your wallet on another device, your balance will be up to date, but  transaction history and addresses will be kept separately on each device.</source>
        <translation>あなたはすでに存在するBeamウォレットを復元しようとしています。あなたが他のデバイスで使用しているウォレットを復元しようとすると、残高は最新になりますが、トランザクション履歴とアドレス情報はそれぞれのデバイスで保管されている為、再現されません。</translation>
    </message>
    <message id="start-migration-message">
        <source>Your wallet will be migrated to v</source>
        <translation>ウォレットはvに移行されます </translation>
    </message>
    <message id="start-migration-button">
        <source>start auto migration</source>
        <extracomment>migration screen, start auto migration button</extracomment>
        <translation>自動移行を開始します</translation>
    </message>
    <message id="start-select-db-thead-name">
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message id="start-select-db-thead-size">
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message id="kb-unit">
        <source>kb</source>
        <translation>kb</translation>
    </message>
    <message id="start-select-db-thead-modified">
        <source>Date modified</source>
        <extracomment>start screen, select db for migration, Date modified column title</extracomment>
        <translation>変更日</translation>
    </message>
    <message id="start-create-new-message-line-1">
        <source>Create a new wallet by generating a seed phrase.</source>
        <translation type="unfinished">シードフレーズを生成し新しいウォレットを作成</translation>
    </message>
    <message id="start-create-new-message-line-2">
        <source>If you ever lose your device, you will need this phrase to recover your wallet!</source>
        <translation>デバイスを紛失した場合、このフレーズでウォレットが復元できます</translation>
    </message>
    <message id="start-create-new-securiry-note-1">
        <source>Do not let anyone see your seed phrase</source>
        <translation>シードフレーズは安全に保管してください</translation>
    </message>
    <message id="start-create-new-securiry-note-2">
        <source>Never type your seed phrase into password managers or elsewhere</source>
        <translation>シードフレーズをパスワード管理ソフト等に入力しないでください</translation>
    </message>
    <message id="start-create-new-securiry-note-3">
        <source>Keep the copies of your seed phrase in a safe place</source>
        <translation>シードフレーズのコピーは安全な場所に保管してください</translation>
    </message>
    <message id="start-generate-seed-phrase-button">
        <source>Generate seed phrase</source>
        <translation>シードフレーズを生成</translation>
    </message>
    <message id="start-generate-seed-phrase-message">
        <source>Your seed phrase is the access key to all the cryptocurrencies in your wallet. Write down the phrase to keep it in a safe or in a locked vault. Without the phrase you will not be able to recover your money.</source>
        <translation>シードフレーズは、あなたのウォレット内のすべての暗号通貨へのアクセスキーになります。フレーズを書きとめ、安全な、あるいは鍵のかかった金庫に保管しておいてください。このフレーズがなければ、お金を取り戻すことはできません。</translation>
    </message>
    <message id="start-confirm-seed-phrase-button">
        <source>I understand</source>
        <translation>理解しました</translation>
    </message>
    <message id="start-confirm-seed-phrase-message">
        <source>It is strictly recommended to write down the seed phrase on a paper. Storing it in a file makes it prone to cyber attacks and, therefore, less secure.</source>
        <translation>シードフレーズは必ず紙に書いてください。ファイルに保存すると、サイバー攻撃を受けやすくなり、セキュリティが低下します。</translation>
    </message>
    <message id="start-check-seed-phrase-message">
        <source>To ensure the seed phrase is written down, please fill-in the specific words below</source>
        <translation>シードフレーズを確実に書き留めるには、以下の具体的な言葉を入力してください</translation>
    </message>
    <message id="start-restore-message">
        <source>Type in or paste your seed phrase</source>
        <translation>シードフレーズを入力または貼付してください</translation>
    </message>
    <message id="start-create-pwd-message">
        <source>Create password to access your wallet</source>
        <translation>ウォレットにアクセスにするにはパスワードを作成して下さい</translation>
    </message>
    <message id="start-pwd-label">
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message id="start-create-pwd-confirm-label">
        <source>Password confirmation</source>
        <translation>パスワードの確認</translation>
    </message>
    <message id="start-create-pwd-not-match-error">
        <source>Passwords do not match</source>
        <translation>パスワードが一致しません</translation>
    </message>
    <message id="start-node-title">
        <source>Setup node connectivity</source>
        <translation>ノード接続のセットアップ</translation>
    </message>
    <message id="start-node-integrated-radio">
        <source>Run integrated node (recommended)</source>
        <translation>統合ノードの実行（推奨）</translation>
    </message>
    <message id="start-node-port-label">
        <source>Enter port to listen</source>
        <translation>接続ポートを入力</translation>
    </message>
    <message id="start-node-peer-label">
        <source>Peer</source>
        <translation>ピア</translation>
    </message>
    <message id="start-node-random-radio">
        <source>Connect to random remote node</source>
        <translation>ランダムなリモートノードに接続</translation>
    </message>
    <message id="start-node-remote-radio">
        <source>Connect to specific remote node</source>
        <translation>特定のリモートノードに接続</translation>
    </message>
    <message id="start-node-port-empty-error">
        <source>Please specify port</source>
        <translation>ポートを指定してください</translation>
    </message>
    <message id="start-node-port-value-error">
        <source>Port must be a number between 1 and 65535</source>
        <translation>番号は1 から 65535の間で指定してください。</translation>
    </message>
    <message id="start-node-peer-empty-error">
        <source>Please specify peer</source>
        <translation>ピアを指定してください</translation>
    </message>
    <message id="start-node-peer-error">
        <source>Incorrect address</source>
        <translation>不正なアドレス</translation>
    </message>
    <message id="start-node-empty-error">
        <source>Please specify address of the remote node</source>
        <translation>リモートノードのアドレスを指定してください</translation>
    </message>
    <message id="appmodel-failed-start-node">
        <source>Failed to start node. Please save wallet logs and contact support.</source>
        <translation>ノードの開始に失敗しました。ウォレットログを保存し、サポートに連絡してください。</translation>
    </message>
    <message id="wallet-model-node-protocol-error">
        <source>Node protocol error!</source>
        <translation>ノードプロトコル・エラー</translation>
    </message>
    <message id="wallet-model-incompatible-peer-error">
        <source>You are trying to connect to incompatible peer.</source>
        <translation>互換性のないピアに接続を試みています。</translation>
    </message>
    <message id="wallet-model-connection-base-error">
        <source>Connection error</source>
        <translation>接続エラー</translation>
    </message>
    <message id="wallet-model-connection-time-out-error">
        <source>Connection timed out</source>
        <translation>接続がタイムアウトしました</translation>
    </message>
    <message id="wallet-model-connection-refused-error">
        <source>Connection to %1 node lost</source>
        <translation>%1 ノードへの接続が失われました</translation>
    </message>
    <message id="wallet-model-connection-host-unreach-error">
        <source>Node is unreachable</source>
        <translation>ノードに到達できません</translation>
    </message>
    <message id="wallet-model-connection-addr-in-use-error">
        <source>The port %1 is already in use. Check if a wallet is already running on this machine or change the port settings.</source>
        <translation>ポート%1は既に使用されています。このマシンでウォレットがすでに実行されているかどうか確認するか、ポート設定を変更してください。</translation>
    </message>
    <message id="wallet-model-time-sync-error">
        <source>System time not synchronized</source>
        <translation>システムの時間が同期されていません</translation>
    </message>
    <message id="wallet-model-host-unresolved-error">
        <source>Incorrect node name or no Internet connection.</source>
        <translation>ノード名が正しくないか、インターネットに接続されていません。</translation>
    </message>
    <message id="wallet-model-undefined-error">
        <source>Unexpected error!</source>
        <translation>予期せぬエラー！</translation>
    </message>
    <message id="wallet-model-data-location-error">
        <source>Failed to start wallet. Please check your wallet data location</source>
        <translation>ウォレットの開始に失敗しました。ウォレット設定を確認してください</translation>
    </message>
    <message id="loading-view-download-blocks">
        <source>Syncing with the blockchain: </source>
        <translation>ブロックチェーンと同期中: </translation>
    </message>
    <message id="loading-view-protocol-error">
        <source>Incompatible peer</source>
        <translation>互換性のないピア</translation>
    </message>
    <message id="loading-view-connection-error">
        <source>Connection error</source>
        <translation>接続エラー</translation>
    </message>
    <message id="start-view-db-file-filter">
        <source>SQLite database file (*.db)</source>
        <translation>SQLiteデータベースファイル（*.db）</translation>
    </message>
    <message id="status-bar-view-not-connected">
        <source>Connection to %1 nodes lost</source>
        <translation>%1 ノードへの接続が失われました</translation>
    </message>
    <message id="tx-failure-undefined">
        <source>Unexpected reason, please send wallet logs to Beam support</source>
        <translation>予期せぬ理由です。ウォレットのログをBeamサポートに送信してください</translation>
    </message>
    <message id="tx-failure-cancelled">
        <source>Transaction cancelled</source>
        <translation>トランザクションはキャンセルされました</translation>
    </message>
    <message id="tx-failure-receiver-signature-invalid">
        <source>Receiver signature in not valid, please send wallet logs to Beam support</source>
        <translation>受信者の署名が無効です。ウォレットのログをBeamサポートに送信してください</translation>
    </message>
    <message id="tx-failure-not-registered-in-blockchain">
        <source>Failed to register transaction with the blockchain, see node logs for details</source>
        <translation>トランザクションをブロックチェーンに登録できませんでした。詳細はノードログを参照してください</translation>
    </message>
    <message id="tx-failure-not-valid">
        <source>Transaction is not valid, please send wallet logs to Beam support</source>
        <translation>トランザクションが無効です。ウォレットのログをBeamサポートに送信してください</translation>
    </message>
    <message id="tx-failure-kernel-invalid">
        <source>Invalid kernel proof provided</source>
        <translation>カーネル証明が無効です</translation>
    </message>
    <message id="tx-failure-parameters-not-sended">
        <source>Failed to send Transaction parameters</source>
        <translation>トランザクションパラメーターの送信に失敗しました</translation>
    </message>
    <message id="tx-failure-no-inputs">
        <source>Not enough inputs to process the transaction</source>
        <translation>トランザクションを処理するのに十分な入力がありません</translation>
    </message>
    <message id="tx-failure-addr-expired">
        <source>Address is expired</source>
        <translation>アドレスが期限切れです</translation>
    </message>
    <message id="tx-failure-parameters-not-readed">
        <source>Failed to get transaction parameters</source>
        <translation>トランザクションパラメーターの取得に失敗しました</translation>
    </message>
    <message id="tx-failure-time-out">
        <source>Transaction timed out</source>
        <translation>トランザクションがタイムアウトしました</translation>
    </message>
    <message id="tx-failure-not-signed-by-receiver">
        <source>Payment not signed by the receiver, please send wallet logs to Beam support</source>
        <translation>支払が受信者によって署名されてました。ウォレットログをBeamサポートまで送信してください</translation>
    </message>
    <message id="tx-failure-max-height-to-high">
        <source>Kernel maximum height is too high</source>
        <translation>カーネルの最大ブロック高が高すぎます</translation>
    </message>
    <message id="tx-failure-invalid-state">
        <source>Transaction has invalid state</source>
        <translation>トランザクションが不正なステートを持っています</translation>
    </message>
    <message id="utxo-utxo">
        <source>UTXO</source>
        <translation>UTXO</translation>
    </message>
    <message id="settings-general-lock-screen-never">
        <source>Never</source>
        <translation>無期限</translation>
    </message>
    <message id="settings-general-lock-screen-1m">
        <source>1 minute</source>
        <translation>1分</translation>
    </message>
    <message id="settings-general-lock-screen-5m">
        <source>5 minutes</source>
        <translation>5分</translation>
    </message>
    <message id="settings-general-lock-screen-15m">
        <source>15 minutes</source>
        <translation>15分</translation>
    </message>
    <message id="settings-general-lock-screen-30m">
        <source>30 minutes</source>
        <translation>30分</translation>
    </message>
    <message id="settings-general-lock-screen-1h">
        <source>1 hour</source>
        <translation>1時間</translation>
    </message>
    <message id="appmodel-failed-time-not-synced">
        <source>Failed to start the integrated node: the timezone settings of your machine are out of sync. Please fix them and restart the wallet.</source>
        <translation>ノードの同期開始に失敗しました。：あなたのデバイスのタイムゾーン設定が同期されていません。問題を解決しウォレットを再起動してください。</translation>
    </message>
    <message id="settings-general-language">
        <source>Language</source>
        <extracomment>settings tab, general section, language label</extracomment>
        <translation>言語</translation>
    </message>
    <message id="open-external-open">
        <source>open</source>
        <translation>開く</translation>
    </message>
    <message id="open-external-title">
        <source>External link</source>
        <translation>外部リンク</translation>
    </message>
    <message id="open-external-message">
        <source>Beam Wallet app requires permission to open external link in the browser. This action will expose your IP to the web server. To avoid it, choose &quot;Cancel&quot;. You can change your choice in app setting anytime.</source>
        <translation>Beam ウォレットアプリは、外部リンクをブラウザで開く許可を必要とします。許可した場合はIPアドレスがWebサーバーに共有されます。これを避けたい場合には、キャンセルを選択してください。この設定はいつでも変更できます。</translation>
    </message>
    <message id="start-open-change-wallet-message">
        <source>If you&apos;ll restore a wallet all transaction history and addresses will be lost.</source>
        <translation>ウォレットをリストアすると、すべてのトランザクションの履歴とアドレスが失われます。</translation>
    </message>
    <message id="loading-restore-message-line1">
        <source>Please wait for synchronization and do not close or minimize the application.</source>
        <translation>同期を待ってください。アプリケーションを閉じたり最小化したりしないでください。</translation>
    </message>
    <message id="loading-restore-message-line2">
        <source>Only the wallet balance (UTXO) can be restored, transaction info and addresses are always private and never kept on the blockchain.</source>
        <translation type="unfinished">Only the wallet balance (UTXO) can be restored, transaction info and addresses are always private and never kept on the blockchain.</translation>
    </message>
    <message id="start-recovery-title">
        <source>Create new password</source>
        <translation>新しいパスワードを作成</translation>
    </message>
    <message id="start-recovery-pwd-message">
        <source>Create new password to access your wallet</source>
        <translation>ウォレットにアクセスにするには新しいパスワードを作成して下さい</translation>
    </message>
    <message id="start-create-pwd-strength-message">
        <source>Strong password needs to meet the following requirements:
•  the length must be at least 10 characters
•  must contain at least one lowercase letter
•  must contain at least one uppercase letter
•  must contain at least one number</source>
        <translation>強力なパスワードは、次の要件を満たす必要があります。
• 10文字以上であること
• 小文字が少なくとも1つ含まれていること
• 大文字が少なくとも1つ含まれていること
• 数字が少なくとも1つ含まれていること</translation>
    </message>
    <message id="start-open-caps-warning">
        <source>Caps lock is on!</source>
        <translation>Caps Lock キーがオンになっています！</translation>
    </message>
    <message id="show-qr-title">
        <source>QR code</source>
        <extracomment>show QR dialog title</extracomment>
        <translation>QRコード</translation>
    </message>
    <message id="show-qr-tx-token-label">
        <source>Your address</source>
        <extracomment>show qr dialog address label</extracomment>
        <translation>あなたのアドレス</translation>
    </message>
    <message id="settings-general-allow-beammw-label">
        <source>Allow access to %1 and %2
(to fetch exchanges and transaction data)</source>
        <extracomment>general settings, label for alow open external links</extracomment>
        <translation>%1および%2へのアクセスを許可する（取引所とトランザクションのデータを取得するため）</translation>
    </message>
    <message id="settings-report-problem-message-l1">
        <source>1. Click on “Save wallet logs” and choose a destination folder for the log files.</source>
        <translation>1.「ウォレットログを保存」をクリックし、ログのアーカイブ先フォルダを選択します。</translation>
    </message>
    <message id="settings-report-problem-message-l2">
        <source>2. Send an email to %1 or open a ticket on %2</source>
        <translation>2. %1に電子メールを送信するか、%2のチケットを開きます。</translation>
    </message>
    <message id="settings-report-problem-message-l3">
        <source>3. Don&apos;t forget to attach the log files.</source>
        <translation>3. 忘れずにログアーカイブを添付してください。</translation>
    </message>
    <message id="explorer">
        <source>blockchain explorer</source>
        <translation>ブロックチェーン・エクスプローラー</translation>
    </message>
    <message id="time-never">
        <source>Never</source>
        <translation>無期限</translation>
    </message>
    <message id="start-pwd-difficulty-very-weak">
        <source>Very weak password</source>
        <extracomment>set passwort, difficulty message, very weak</extracomment>
        <translation>非常に弱いパスワード</translation>
    </message>
    <message id="start-pwd-difficulty-weak">
        <source>Weak password</source>
        <extracomment>set passwort, difficulty message, weak</extracomment>
        <translation>弱いパスワード</translation>
    </message>
    <message id="start-pwd-difficulty-medium">
        <source>Medium strength password</source>
        <extracomment>set passwort, difficulty message, medium</extracomment>
        <translation>中強度のパスワード</translation>
    </message>
    <message id="start-pwd-difficulty-strong">
        <source>Strong password</source>
        <extracomment>set passwort, difficulty message, strong</extracomment>
        <translation>強力なパスワード</translation>
    </message>
    <message id="start-pwd-difficulty-very-strong">
        <source>Very strong password</source>
        <extracomment>set passwort, difficulty message, very strong</extracomment>
        <translation>非常に強力なパスワード</translation>
    </message>
    <message id="start-select-db-best-match-label">
        <source>(best match)</source>
        <extracomment>start screen, select db for migration, best match label</extracomment>
        <translation>(ベストマッチ)</translation>
    </message>
    <message id="start-select-db-thead-created">
        <source>Date created</source>
        <extracomment>start screen, select db for migration, Date created column title</extracomment>
        <translation>作成日</translation>
    </message>
    <message id="settings-general-require-pwd-to-spend-confirm-pwd-title">
        <source>Don&apos;t ask password on every Send</source>
        <extracomment>settings tab, general section, ask password to send, confirm password dialog, title if checked</extracomment>
        <translation>送信の度にパスワードを確認しない</translation>
    </message>
    <message id="settings-general-require-pwd-to-spend-confirm-pwd-message">
        <source>Password verification is required to change that setting</source>
        <extracomment>settings tab, general section, ask password to send, confirm password dialog, message</extracomment>
        <translation>設定を変更するにはパスワードの照合が必要です</translation>
    </message>
    <message id="tx-failure-subtx-failed">
        <source>Subtransaction has failed</source>
        <translation>サブトランザクションが失敗しました</translation>
    </message>
    <message id="tx-failure-invalid-contract-amount">
        <source>Contract&apos;s amount is not valid</source>
        <translation>コントラクトの数量が不正です</translation>
    </message>
    <message id="tx-failure-invalid-sidechain-contract">
        <source>Side chain has invalid contract</source>
        <translation>サイドチェーンに不正なコントラクトが存在します</translation>
    </message>
    <message id="tx-failure-sidechain-internal-error">
        <source>Side chain bridge has internal error</source>
        <translation>サイドチェーンブリッジに内部エラーが存在します</translation>
    </message>
    <message id="tx-failure-sidechain-network-error">
        <source>Side chain bridge has network error</source>
        <translation>サイドチェーンブリッジにネットワークエラーが存在します</translation>
    </message>
    <message id="tx-failure-invalid-sidechain-response-format">
        <source>Side chain bridge has response format error</source>
        <translation>サイドチェーンブリッジにレスポンスフォーマットエラーが存在します</translation>
    </message>
    <message id="tx-failure-invalid-side-chain-credentials">
        <source>Invalid credentials of Side chain</source>
        <translation>サイドチェーンの不正なクレデンシャルです</translation>
    </message>
    <message id="tx-failure-not-enough-time-btc-lock">
        <source>Not enough time to finish btc lock transaction</source>
        <translation>BTCのロックトランザクションを完了する為に十分な時間がありません</translation>
    </message>
    <message id="tx-failure-create-multisig">
        <source>Failed to create multi-signature</source>
        <translation>マルチシグの作成に失敗しました</translation>
    </message>
    <message id="tx-failure-fee-too-small">
        <source>Fee is too small</source>
        <translation>手数料が小さすぎます</translation>
    </message>
    <message id="loading-view-estimate-minutes" numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message id="loading-view-estimate-seconds" numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message id="loading-view-estimate-time">
        <source>%s to completion</source>
        <translation>完了まで%s</translation>
    </message>
    <message id="general-fee-rate">
        <source>%1 Transaction fee rate</source>
        <translation>%1 トランザクション手数料</translation>
    </message>
    <message id="general-change-settings">
        <source>Change settings</source>
        <translation>設定変更</translation>
    </message>
    <message id="general-swap">
        <source>Swap</source>
        <translation>スワップ</translation>
    </message>
    <message id="settings-node-address">
        <source>Node address</source>
        <translation>ノードアドレス</translation>
    </message>
    <message id="settings-username">
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message id="settings-password">
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message id="receive-amount-swap-label">
        <source>Receive amount</source>
        <translation>受取り金額</translation>
    </message>
    <message id="sent-amount-label">
        <source>Send amount</source>
        <translation>送金額</translation>
    </message>
    <message id="general-rate">
        <source>Exchange rate</source>
        <translation>交換レート</translation>
    </message>
    <message id="wallet-send-swap-title">
        <source>Accept Offer</source>
        <translation type="unfinished">Accept Offer</translation>
    </message>
    <message id="wallet-send-swap-invalid-token">
        <source>Invalid swap token</source>
        <translation>無効なスワップトークン</translation>
    </message>
    <message id="general-comment-local">
        <source>Comments are local and won&apos;t be shared</source>
        <translation>コメントはローカルなものであり、共有されません。</translation>
    </message>
    <message id="general-bitcoin">
        <source>Bitcoin</source>
        <translation>Bitcoin</translation>
    </message>
    <message id="general-litecoin">
        <source>Litecoin</source>
        <translation>Litecoin</translation>
    </message>
    <message id="general-qtum">
        <source>QTUM</source>
        <translation>QTUM</translation>
    </message>
    <message id="general-electrum">
        <source>Electrum</source>
        <translation>Electrum</translation>
    </message>
    <message id="swap-currency-na-message">
        <source>%1 is not connected, 
please review your settings and try again</source>
        <translation>%1 は接続されていません。設定を確認のうえ、再度お試しください。</translation>
    </message>
    <message id="send-not-enough">
        <source>There is not enough funds to complete the transaction</source>
        <translation>トランザクションを完了するのに十分な資金がありません</translation>
    </message>
    <message id="wallet-send-swap-offered-label">
        <source>Offered on</source>
        <translation>オファー済み</translation>
    </message>
    <message id="wallet-send-swap-expires-label">
        <source>Expires on</source>
        <translation>有効期限</translation>
    </message>
    <message id="loading-view-estimate-calculating">
        <source>calculating estimated time</source>
        <translation>予想時間の計算</translation>
    </message>
    <message id="loading-view-estimate-hours" numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message id="loading-view-net-problems">
        <source>It may take longer than usual. Please, check your network.</source>
        <translation>通常よりも時間がかかる場合があります。ネットワークを確認してください。</translation>
    </message>
    <message id="general-create-trezor-wallet">
        <source>Create new Trezor wallet</source>
        <translation>新規Trezorウォレットを作成する</translation>
    </message>
    <message id="send-confirmation-pwd-text-online-time">
        <source>For the transaction to complete, the recipient must get online within the next 12 hours and you should get online within 2 hours afterwards.</source>
        <translation>トランザクションを完了させる為に、受信者は次の12時間オンラインである必要があり、送信者であるあなたはその後2時間オンラインである必要があります。</translation>
    </message>
    <message id="trezor-message">
        <source>Please, look at your Trezor device to complete actions...</source>
        <translation>操作を完了するために、Trezorデバイスの画面を確認してください...</translation>
    </message>
    <message id="start-init-wallet-with-trezor">
        <source>Init wallet with Trezor</source>
        <translation>ウォレットをTrezorで初期化する</translation>
    </message>
    <message id="start-import-trezor-owner-key">
        <source>Import Trezor Owner Key</source>
        <translation>Trezor所有者キーをインポートする</translation>
    </message>
    <message id="start-owner-key-imported">
        <source>Owner Key imported. Please, enter the password you saw on device to decrypt your Owner Key.</source>
        <translation>所有者キーがインポートされました。所有者キーを復号するために、デバイスに表示されたパスワードを入力してください。</translation>
    </message>
    <message id="start-look-at-trezor-to-complete-actions">
        <source>Please, look at your Trezor to complete actions...</source>
        <translation>操作を完了するために、Trezorデバイスの画面を確認してください...</translation>
    </message>
    <message id="start-found-trezor-device">
        <source>Found device:</source>
        <translation>デバイスが見つかりました</translation>
    </message>
    <message id="start-no-trezor-device-connected">
        <source>There is no device connected, please, connect your hardware wallet.</source>
        <translation>デバイスが接続されていません。ハードウェアウォレットを接続してください。</translation>
    </message>
    <message id="wallet-model-device-not-connected">
        <source>There is no Trezor device connected. Please, connect and try again.</source>
        <translation>Trezorデバイスが接続されていません。接続して再度お試しください。</translation>
    </message>
    <message id="send-less-than-fee">
        <source>The swap amount must be greater than the transaction fee</source>
        <translation>スワップする金額は、トランザクション手数料より大きい金額にしてください。</translation>
    </message>
    <message id="wallet-txs-status-in-progress">
        <source>in progress</source>
        <translation>処理中</translation>
    </message>
    <message id="wallet-txs-status-own-sent">
        <source>sent to own address</source>
        <translation>自分のアドレスに送信されました</translation>
    </message>
    <message id="wallet-txs-status-own-sending">
        <source>sending to own address</source>
        <translation>自分のアドレスに送信中</translation>
    </message>
    <message id="settings-swap-node">
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message id="wallet-clear-search">
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
    <message id="wallet-search">
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message id="swap-alert-confirm-button">
        <source>I understand</source>
        <translation>理解しました</translation>
    </message>
    <message id="accept-own-offer-allert-head">
        <source>You cannot accept your own offer</source>
        <translation>自身のオファーを受け入れることはできません。</translation>
    </message>
    <message id="accept-own-offer-allert-body">
        <source>The swap token was generated by you, and therefore cannot be accepted.</source>
        <translation>自身によって生成されたスワップトークンは、受け入れることができません。</translation>
    </message>
    <message id="swap-details-lock-tx-id">
        <source>lock transaction ID</source>
        <translation>トランザクションIDをロック</translation>
    </message>
    <message id="swap-details-lock-tx-conf">
        <source>lock transaction confirmations</source>
        <translation>トランザクション confirmationをロックする</translation>
    </message>
    <message id="swap-details-beam-lock-kernel-id">
        <source>BEAM lock transaction kernel ID</source>
        <translation>BEAM lock transaction kernel ID</translation>
    </message>
    <message id="swap-details-beam-redeem-kernel-id">
        <source>BEAM redeem transaction kernel ID</source>
        <translation>BEAM redeem transaction kernel ID</translation>
    </message>
    <message id="swap-details-redeem-tx-id">
        <source>redeem transaction ID</source>
        <translation>redeem transaction ID</translation>
    </message>
    <message id="swap-details-redeem-tx-conf">
        <source>redeem transaction confirmations</source>
        <translation>redeem transaction confirmations</translation>
    </message>
    <message id="swap-details-beam-refund-kernel-id">
        <source>BEAM refund transaction kernel ID</source>
        <translation>BEAM refund transaction kernel ID</translation>
    </message>
    <message id="swap-details-refund-tx-id">
        <source>refund transaction ID</source>
        <translation>refund transaction ID</translation>
    </message>
    <message id="swap-details-refund-tx-conf">
        <source>refund transaction confirmations</source>
        <translation>refund transaction confirmations</translation>
    </message>
    <message id="swap-details-tx-id">
        <source>Transaction ID</source>
        <translation>トランザクションID</translation>
    </message>
    <message id="swap-details-tx-fee">
        <source>BEAM Transaction fee</source>
        <translation>トランザクション手数料</translation>
    </message>
    <message id="swap-details-tx-comment">
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message id="swap-details-tx-fee-rate">
        <source>%1 Transaction fee rate</source>
        <translation>%1 トランザクション手数料</translation>
    </message>
    <message id="settings-swap-bitcoin-node">
        <source>Bitcoin node</source>
        <translation>Bitcoinノード</translation>
    </message>
    <message id="settings-swap-litecoin-node">
        <source>Litecoin node</source>
        <translation>Litecoinノード</translation>
    </message>
    <message id="settings-swap-qtum-node">
        <source>Qtum node</source>
        <translation>Qtum ノード</translation>
    </message>
    <message id="settings-swap-bitcoin-electrum">
        <source>Bitcoin electrum</source>
        <translation>Bitcoin electrum</translation>
    </message>
    <message id="settings-swap-litecoin-electrum">
        <source>Litecoin electrum</source>
        <translation>Litecoin electrum</translation>
    </message>
    <message id="settings-swap-qtum-electrum">
        <source>Qtum electrum</source>
        <translation>Qtum electrum</translation>
    </message>
    <message id="swap-offer-duplicate-message">
        <source>The offer with this transaction token is already accepted.
Please check the swap token and try again.</source>
        <translation>このトランザクショントークンのオファーはすでに受け入れられています。
スワップトークンを確認して、再度お試しください。</translation>
    </message>
    <message id="swap-offer-duplicate-title">
        <source>Offer is already accepted</source>
        <translation>オファーは既に受け入れられています</translation>
    </message>
    <message id="swap-offer-duplicate-confirm-button">
        <source>ok</source>
        <translation>oK</translation>
    </message>
    <message id="swap-details-failure-reason">
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message id="swap-tx-failure-refunded">
        <source>Refunded</source>
        <translation>返金されました</translation>
    </message>
    <message id="settings-swap-edit-seed">
        <source>Edit your seed phrase</source>
        <translation>シードフレーズを編集する</translation>
    </message>
    <message id="settings-swap-enter-seed">
        <source>Enter your seed phrase</source>
        <translation>シードフレーズを入力する</translation>
    </message>
    <message id="settings-swap-label-or">
        <source>or</source>
        <translation>または</translation>
    </message>
    <message id="settings-swap-new-seed">
        <source>Generate new seed phrase</source>
        <translation>新しいシードフレーズを生成する</translation>
    </message>
    <message id="settings-swap-show-seed">
        <source>Show seed phrase</source>
        <translation>シードフレーズを表示</translation>
    </message>
    <message id="settings-swap-show-addresses">
        <source>Show wallet addresses</source>
        <translation>ウォレットアドレスを表示する</translation>
    </message>
    <message id="swap-seed-info-message">
        <source>Your seed phrase is the access key to all the funds! Print or write down the phrase and keep it in a safe or in a locked vault. Without the phrase you will not be able to recover your money.</source>
        <translation>シードフレーズは、あなたのウォレット内のすべての資金へのアクセスキーになります。フレーズを印刷するか書き留め、安全な、あるいは鍵のかかった金庫に保管しておいてください。このフレーズがなければ、資金を復元することはできません。</translation>
    </message>
    <message id="settings-swap-seed-generate">
        <source>generate another seed phrase</source>
        <translation>別のシードフレーズを生成する</translation>
    </message>
    <message id="swap-seed-new">
        <source>New seed phrase</source>
        <translation>新しいシードフレーズ</translation>
    </message>
    <message id="swap-seed-edit">
        <source>Enter your seed phrase</source>
        <translation>シードフレーズを入力する</translation>
    </message>
    <message id="bitcoin-show-seed-title">
        <source>Bitcoin seed phrase</source>
        <translation>Bitcoin シードフレーズ</translation>
    </message>
    <message id="litecoin-show-seed-title">
        <source>Litecoin seed phrase</source>
        <translation>Litecoin シードフレーズ</translation>
    </message>
    <message id="qtum-show-seed-title">
        <source>Qtum seed phrase</source>
        <translation>Qtum シードフレーズ</translation>
    </message>
    <message id="bitcoin-show-addresses-title">
        <source>Bitcoin wallet addresses</source>
        <translation>Bitcoin ウォレットアドレス</translation>
    </message>
    <message id="litecoin-show-addresses-title">
        <source>Litecoin wallet addresses</source>
        <translation>Litecoin ウォレットアドレス</translation>
    </message>
    <message id="qtum-show-addresses-title">
        <source>Qtum wallet addresses</source>
        <translation>Qtum ウォレットアドレス</translation>
    </message>
    <message id="settings-swap-copy-address">
        <source>Copy address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message id="settings-swap-confirm-edit-seed-title">
        <source>Edit seed phrase</source>
        <extracomment>electrum settings, ask password to edit seed phrase, dialog title</extracomment>
        <translation>シードフレーズを編集</translation>
    </message>
    <message id="settings-swap-confirm-edit-seed-message">
        <source>Enter your wallet password to edit the phrase</source>
        <extracomment>electrum settings, ask password to edit seed phrase, dialog message</extracomment>
        <translation>フレーズを編集するにはウォレットのパスワードを入力してください</translation>
    </message>
    <message id="settings-swap-confirm-generate-seed-title">
        <source>Generate new seed phrase</source>
        <extracomment>electrum settings, ask password to generate new seed phrase, dialog title</extracomment>
        <translation>新しいシードフレーズを生成する</translation>
    </message>
    <message id="settings-swap-confirm-generate-seed-message">
        <source>Enter your wallet password to generate new seed phrase</source>
        <extracomment>electrum settings, ask password to generate new seed phrase, dialog message</extracomment>
        <translation>新しいシードフレーズを生成するにはウォレットのパスワードを入力してください</translation>
    </message>
    <message id="settings-swap-confirm-show-seed-title">
        <source>Show seed phrase</source>
        <extracomment>electrum settings, ask password to show seed phrase, dialog title</extracomment>
        <translation>シードフレーズを表示</translation>
    </message>
    <message id="settings-swap-confirm-show-seed-message">
        <source>Enter your wallet password to see the phrase</source>
        <extracomment>electrum settings, ask password to show seed phrase, dialog message</extracomment>
        <translation>フレーズを表示するにはウォレットのパスワードを入力してください</translation>
    </message>
    <message id="send-swap-confirmation-title">
        <source>Confirm atomic swap</source>
        <translation>アトミックスワップの確認</translation>
    </message>
    <message id="send-swap-sconfirmation-online-time">
        <source>Keep your wallet online. The swap normally takes about 1 hour to complete.</source>
        <translation>ウォレットをオンラインの状態にしてください。スワップは完了するのに通常約1時間かかります。</translation>
    </message>
    <message id="beam-transaction-fee">
        <source>BEAM Transaction fee</source>
        <translation>トランザクション手数料</translation>
    </message>
    <message id="send-swap-token">
        <source>Swap token</source>
        <translation>スワップトークン</translation>
    </message>
    <message id="send-swap-token-hint">
        <source>Paste token or address here</source>
        <translation>ここにトークンまたはアドレスを貼り付け</translation>
    </message>
    <message id="swap-tx-state-initial">
        <source>If nobody accepts the offer in %1 at most, the offer will be automatically canceled</source>
        <translation>%1 のオファーが誰にも受け入れられない場合、オファーは自動的にキャンセルされます。</translation>
    </message>
    <message id="swap-tx-state-in-progress-normal">
        <source>The swap is expected to complete in %1 at most.</source>
        <translation>スワップは最大で %1 で完了する見込みです</translation>
    </message>
    <message id="swap-tx-state-in-progress-refunding">
        <source>Swap failed: the refund of your %2 will start in %1. The refund duration depends on the transaction fee you specified for %2.</source>
        <translation>交換に失敗しました: あなたの %2 の払い戻しは %1で開始されます. 払い戻し期間は、%2に指定したトランザクション手数料によります。</translation>
    </message>
    <message id="atomic-swap-tx-yes-button">
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message id="atomic-swap-no-button">
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message id="swap-tx-state-refunding">
        <source>Swap failed, the money is being released back to your wallet</source>
        <translation>スワップに失敗しました。資金はウォレットに戻されます</translation>
    </message>
    <message id="send-swap-fee-warning">
        <source> Once the offer is accepted by the other side, the %1 transaction fee will be charged even if the offer is cancelled.</source>
        <translation> オファーが相手側に受け入れられると、オファーがキャンセルされた場合でも、 %1 の取引手数料が請求されます。</translation>
    </message>
    <message id="app-close-title">
        <source>Beam wallet close</source>
        <translation>Beamウォレットを閉じる</translation>
    </message>
    <message id="app-close-text">
        <source>There are %1 active transactions that might fail if the wallet will go offline. Are you sure to close the wallet now?</source>
        <translation>ウォレットがオフラインになると、 %1 アクティブなトランザクションが失敗する可能性があります。ウォレットを閉じますか？</translation>
    </message>
    <message id="wallet-export-tx-history">
        <source>Export transaction history</source>
        <oldsource>Export transaction history</oldsource>
        <extracomment>transaction history screen, export button tooltip and open file dialog</extracomment>
        <translation>トランザクション履歴を出力する</translation>
    </message>
    <message id="addresses-delete-warning-title">
        <source>Delete address</source>
        <translation>アドレスの削除</translation>
    </message>
    <message id="addresses-delete-warning-text">
        <source>There is active transaction that uses this address, therefore the address cannot be deleted.</source>
        <translation>このアドレスを使用しているアクティブなトランザクションがあるため、アドレスを削除することができません。</translation>
    </message>
    <message id="general-fee-total">
        <source>%1 Transaction fee (est)</source>
        <translation>%1 トランザクション手数料</translation>
    </message>
    <message id="settings-fee-rate-note">
        <source>Remember to validate the expected fee rate for the blockchain (as it varies with time).</source>
        <translation>ブロックチェーンの予想手数料率を検証することを忘れないでください(時間によって異なります)。</translation>
    </message>
    <message id="settings-swap-seed-segwit-warning">
        <source>Segwit seed phrase is not supported yet.</source>
        <translation>Segwitのシードフレーズはまだサポートされていません。</translation>
    </message>
    <message id="settings-swap-seed-invali-warning">
        <source>Invalid seed phrase. Please check again and resubmit.</source>
        <translation>シードフレーズが無効です。もう一度確認して再送信してください。</translation>
    </message>
    <message id="swap-details-tx-fee-estimated">
        <source>%1 Estimated transaction fee</source>
        <translation>%1 予想トランザクション手数料</translation>
    </message>
    <message id="settings-show-owner-key-title">
        <source>Owner key</source>
        <extracomment>settings tab, show owner key dialog title</extracomment>
        <translation>オーナーキー</translation>
    </message>
    <message id="settings-show-owner-key-message">
        <source>Please notice, that knowing your owner key allows to
know all your funds (UTXO). Make sure that you
deploy the key at the node you trust completely.</source>
        <extracomment>settings tab, show owner key message</extracomment>
        <translation>所有者キーを公開することは、あなたの資金 (UTXO) を知らせることになります。完全に信頼できるノードにのみデプロイしてください。</translation>
    </message>
    <message id="settings-general-require-pwd-to-show-owner-key">
        <source>Show owner key</source>
        <extracomment>settings tab, general section, Show owner key button and dialog title</extracomment>
        <translation>オーナーキーを表示</translation>
    </message>
    <message id="settings-general-require-pwd-to-show-owner-key-message">
        <source>Password verification is required to see the owner key</source>
        <extracomment>settings tab, general section, ask password to Show owner key, message</extracomment>
        <translation>所有者キーを確認するにはパスワード認証が必要です</translation>
    </message>
    <message id="swap-tx-state-in-progress-negotiation">
        <source>If the other side will not sign the transaction in %1, the offer will be canceled automatically.</source>
        <translation>相手側が %1のトランザクションに署名しない場合、オファーは自動的にキャンセルされます。</translation>
    </message>
    <message id="swap-invalid-credentials-error">
        <source>Cannot connect to node. Invalid credentials</source>
        <translation>ノードに接続できません。有効な認証情報ではありません</translation>
    </message>
    <message id="swap-connection-error">
        <source>Cannot connect to node. Please check your network connection.</source>
        <translation>ノードに接続できません。ネットワーク接続を確認してください。</translation>
    </message>
    <message id="swap-invalid-genesis-block-error">
        <source>Cannot connect to node. Invalid genesis block</source>
        <translation>ノードに接続できません。有効なジェネシスブロックではありません</translation>
    </message>
    <message id="tx-state-initial-sender">
        <source>If the receiver doesn&apos;t get online in %1, the transaction will be canceled</source>
        <translation>受信者が%1でオンラインにならない場合、トランザクションはキャンセルされます</translation>
    </message>
    <message id="tx-state-initial-receiver">
        <source>If the sender doesn&apos;t get online in %1, the transaction will be canceled</source>
        <translation>送信者が%1でオンラインにならない場合、トランザクションはキャンセルされます。</translation>
    </message>
    <message id="tx-state-in-progress-normal">
        <source>The transaction is usually expected to complete in a few minutes.</source>
        <translation>トランザクションは通常数分で完了する見込みです。</translation>
    </message>
    <message id="tx-state-in-progress-long">
        <source>It is taking longer than usual. In case the transaction could not be completed it will be canceled automatically in %1.</source>
        <translation>通常より時間がかかっています。トランザクションが完了できなかった場合、 %1 で自動的にキャンセルされます。</translation>
    </message>
    <message id="settings-general-no-require-pwd-to-spend-confirm-pwd-title">
        <source>Ask password on every Send</source>
        <extracomment>settings tab, general section, ask password to send, confirm password dialog, title if unchecked</extracomment>
        <translation>送信ごとにパスワードを確認する</translation>
    </message>
    <message id="tx-failure-kernel-min-height">
        <source>Kernel&apos;s min height is unacceptable</source>
        <translation>Kernelの最小高さは受け入れられません</translation>
    </message>
    <message id="tx-failure-loopback">
        <source>Not a loopback transaction</source>
        <translation>ループバックトランザクションではありません</translation>
    </message>
    <message id="tx-failure-key-keeper-no-initialized">
        <source>Key keeper is not initialized</source>
        <translation>Key keeperが初期化されていません</translation>
    </message>
    <message id="tx-failure-invalid-asset-id">
        <source>No valid asset id/asset owner id</source>
        <translation>アセットID/アセット所有者IDが有効ではありません</translation>
    </message>
    <message id="tx-failure-invalid-asset-amount">
        <source>Cannot issue/consume more than MAX_INT64 asset groth in one transaction</source>
        <translation>1つのトランザクションでMAX_INT64 asset groth 以上を発行または消費することはできません</translation>
    </message>
    <message id="tx-failure-invalid-data-for-payment-proof">
        <source>Some mandatory data for payment proof is missing</source>
        <translation>支払い証明のためのいくつかの必須データが欠落しています</translation>
    </message>
    <message id="tx-failure-there-is-no-master-key">
        <source>Master key is needed for this transaction, but unavailable</source>
        <translation>このトランザクションにはマスターキーが必要ですが、利用できません</translation>
    </message>
    <message id="tx-failure-keeper-malfunctioned">
        <source>Key keeper malfunctioned</source>
        <translation>Key keeperが誤動作しました</translation>
    </message>
    <message id="tx-failure-aborted-by-user">
        <source>Aborted by the user</source>
        <translation>ユーザーによって中断されました。</translation>
    </message>
    <message id="tx-failure-asset-small-fee">
        <source>Asset registration fee is too small</source>
        <translation>アセット登録手数料が小さすぎます</translation>
    </message>
    <message id="settings-notifications-title">
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message id="settings-notifications-version">
        <source>Wallet updates</source>
        <translation>ウォレットの更新</translation>
    </message>
    <message id="settings-notifications-tx-status">
        <source>Transaction status</source>
        <translation>トランザクション詳細</translation>
    </message>
    <message id="tx-failure-fee-too-large">
        <source>Fee is too large</source>
        <translation>手数料が大きすぎます</translation>
    </message>
    <message id="tx-failure-asset-invalid-info">
        <source>No asset info or asset info is not valid</source>
        <translation>アセット情報がないか、アセット情報が有効ではありません</translation>
    </message>
    <message id="tx-failure-asset-invalid-metadata">
        <source>No asset metadata or asset metadata is not valid</source>
        <translation>アセットメタデータがないか、アセットメタデータが有効ではありません</translation>
    </message>
    <message id="tx-failure-asset-invalid-id">
        <source>Invalid asset id</source>
        <translation>アセットIDが有効ではありません</translation>
    </message>
    <message id="tx-failure-asset-confirmation">
        <source>Failed to receive asset confirmation</source>
        <translation>アセットのconfirmationを受信できませんでした</translation>
    </message>
    <message id="tx-failure-asset-in-use">
        <source>Asset is still in use (issued amount &gt; 0)</source>
        <translation>アセットはまだ使用されています (発行額 &gt; 0)</translation>
    </message>
    <message id="tx-failure-asset-locked">
        <source>Asset is still locked</source>
        <translation>アセットはまだロックされています</translation>
    </message>
    <message id="settings-general-amounts-unit">
        <source>Show amounts in</source>
        <extracomment>settings tab, general section, amounts unit label</extracomment>
        <translation>金額を表示する</translation>
    </message>
    <message id="notification-update-title">
        <source>New version v %1 is available</source>
        <translation>新しいバージョンv %1が利用可能です。</translation>
    </message>
    <message id="notification-address-expired">
        <source>Address expired</source>
        <translation>アドレスが期限切れです</translation>
    </message>
    <message id="notification-transaction-received">
        <source>Transaction was received</source>
        <translation>トランザクションが受信されました</translation>
    </message>
    <message id="notification-transaction-sent-message">
        <source>You sent &lt;b&gt;%1 %2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%3に対して%1%2を送信しました。</translation>
    </message>
    <message id="notification-transaction-failed">
        <source>Transaction failed</source>
        <translation>トランザクションが失敗しました</translation>
    </message>
    <message id="notification-news">
        <source>BEAM in the press</source>
        <translation>BEAM in the press.</translation>
    </message>
    <message id="notification-address-expired-message">
        <source>&lt;b&gt;%1&lt;/b&gt; address expired.</source>
        <translation>%1アドレスの有効期限が切れました。</translation>
    </message>
    <message id="notification-transaction-received-message">
        <source>You received &lt;b&gt;%1 %2&lt;/b&gt; from &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%3からの%1%2を受信しました。</translation>
    </message>
    <message id="notification-transaction-send-failed-message">
        <source>Sending &lt;b&gt;%1 %2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt; failed.</source>
        <translation>%3に対する%1%2の送信が失敗しました。</translation>
    </message>
    <message id="notification-transaction-receive-failed-message">
        <source>Receiving &lt;b&gt;%1 %2&lt;/b&gt; from &lt;b&gt;%3&lt;/b&gt; failed.</source>
        <translation>%3からの%1%2の受信に失敗しました。</translation>
    </message>
    <message id="notification-transaction-sent">
        <source>Transaction was sent</source>
        <translation>トランザクションが送信されました</translation>
    </message>
    <message id="settings-update-wallet">
        <source>update wallet</source>
        <extracomment>settings update wallet button</extracomment>
        <translation>ウォレットを更新する</translation>
    </message>
    <message id="general-exchange-rate-not-available">
        <source>Exchange rate to %1 is not available</source>
        <translation>%1 への交換レートは利用できません</translation>
    </message>
    <message id="notification-swap-completed">
        <source>Atomic Swap offer completed</source>
        <translation>アトミックスワップのオファーが完了しました</translation>
    </message>
    <message id="notification-swap-beam-completed-message">
        <source>Offer &lt;b&gt;%1 BEAM ➞ %2 %3&lt;/b&gt; with transaction ID &lt;b&gt;%4&lt;/b&gt; completed.</source>
        <translation>%1BEAM→%2%3(トランザクションID%4)のオファーは完了しました。</translation>
    </message>
    <message id="notification-swap-completed-message">
        <source>Offer &lt;b&gt;%1 %3 ➞ %2 BEAM&lt;/b&gt; with transaction ID &lt;b&gt;%4&lt;/b&gt; completed.</source>
        <translation>%1%3→%2 BEAM (トランザクションID%4)のオファーは完了しました。</translation>
    </message>
    <message id="notification-swap-beam-failed-message">
        <source>Offer &lt;b&gt;%1 BEAM ➞ %2 %3&lt;/b&gt; with transaction ID &lt;b&gt;%4&lt;/b&gt; failed.</source>
        <translation>%1BEAM→%2%3(トランザクションID%4)のオファーは失敗しました。</translation>
    </message>
    <message id="notification-swap-failed-message">
        <source>Offer &lt;b&gt;%1 %3 ➞ %2 BEAM&lt;/b&gt; with transaction ID &lt;b&gt;%4&lt;/b&gt; failed.</source>
        <translation>%1%3→%2 BEAM (トランザクションID%4)のオファーは失敗しました。</translation>
    </message>
    <message id="notification-swap-failed">
        <source>Atomic Swap offer failed</source>
        <translation>アトミックスワップのオファーは失敗しました</translation>
    </message>
    <message id="notification-swap-expired">
        <source>Atomic Swap offer expired</source>
        <translation>アトミックスワップのオファーの有効期限が切れました</translation>
    </message>
    <message id="notification-swap-beam-expired-message">
        <source>Offer &lt;b&gt;%1 BEAM ➞ %2 %3&lt;/b&gt; with transaction ID &lt;b&gt;%4&lt;/b&gt; expired.</source>
        <translation>%1BEAM→%2%3(トランザクションID%4)のオファーの有効期限が切れました。</translation>
    </message>
    <message id="notification-swap-expired-message">
        <source>Offer &lt;b&gt;%1 %3 ➞ %2 BEAM&lt;/b&gt; with transaction ID &lt;b&gt;%4&lt;/b&gt; expired.</source>
        <translation>%1%3→%2 BEAM (トランザクションID%4)のオファーの有効期限が切れました。</translation>
    </message>
    <message id="tx-failure-asset-exists">
        <source>Asset has been already registered</source>
        <translation>アセットはすでに登録されています</translation>
    </message>
    <message id="tx-failure-asset-invalid-owner-id">
        <source>Invalid asset owner id</source>
        <translation>アセット所有者IDが有効ではありません</translation>
    </message>
    <message id="tx-failure-assets-disabled">
        <source>Asset transactions are disabled in the wallet</source>
        <translation>アセットトランザクションがウォレット内で無効になっています</translation>
    </message>
    <message id="tx-failure-no-vouchers">
        <source>No voucher, no address to receive it</source>
        <translation>受信するバウチャーおよびアドレスがありません</translation>
    </message>
    <message id="tx-failure-assets-fork2">
        <source>Asset transactions are not available until fork2</source>
        <translation>アセットトランザクションはfork 2まで利用できません</translation>
    </message>
    <message id="address-newer-lib">
        <source>This address generated by newer Beam library version(%1)
Your version is: %2. Please, check for updates.</source>
        <translation>このアドレスは、新しい Beam ライブラリバージョン(%1) で生成されています。
あなたのバージョンは %2です。アップデートを確認してください。</translation>
    </message>
    <message id="address-newer-client">
        <source>This address generated by newer Beam client version(%1)
Your version is: %2. Please, check for updates.</source>
        <translation>このアドレスは、新しい Beam クライアントバージョン(%1) で生成されています。
あなたのバージョンは %2です。アップデートを確認してください。</translation>
    </message>
    <message id="settings-wallet-title">
        <source>Wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message id="settings-connectivity-title">
        <source>Connectivity</source>
        <translation>接続</translation>
    </message>
    <message id="settings-troubleshooting-title">
        <source>Troubleshooting</source>
        <translation>トラブルシューティング</translation>
    </message>
    <message id="settings-get-beam">
        <source>Get Beams from Beam Community Faucet</source>
        <translation>コミュニティfaucetからBEAMを入手する</translation>
    </message>
    <message id="settings-privacy-title">
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message id="settings-resources-title">
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message id="settings-utilities-title">
        <source>Utilities</source>
        <translation>ユーティリティ</translation>
    </message>
    <message id="settings-local-node-run-checkbox">
        <source>Run integrated node</source>
        <extracomment>settings tab, node section, run node label</extracomment>
        <translation type="unfinished">Run integrated node</translation>
    </message>
    <message id="general-invalid-port">
        <source>Port is mandatory</source>
        <extracomment>settings tab, node section, port error label</extracomment>
        <translation>ポートは必須です</translation>
    </message>
    <message id="settings-remote-node-address">
        <source>Node address</source>
        <extracomment>settings tab, node section, address label</extracomment>
        <translation>ノードアドレス</translation>
    </message>
    <message id="settings-peers-title">
        <source>Peers</source>
        <translation>ピア</translation>
    </message>
    <message id="settings-integrated-node-title">
        <source>Beam Integrated Node</source>
        <translation>Beam統合ノード</translation>
    </message>
    <message id="settings-remote-node-title">
        <source>Beam Node Connection</source>
        <translation type="unfinished">Beam Node Connection</translation>
    </message>
    <message id="open-show-wallet-button-hw">
        <source>Show my wallet with Trezor</source>
        <translation>Trezorでウォレットを表示する</translation>
    </message>
    <message id="specific_node">
        <source>Specific node</source>
        <translation>特定ノード</translation>
    </message>
    <message id="random_node">
        <source>Random node</source>
        <translation>ランダムノード</translation>
    </message>
    <message id="token-info-title">
        <source>Transaction token</source>
        <translation>トランザクショントークン</translation>
    </message>
    <message id="token-info-token">
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message id="tx-regular">
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message id="tx-max-privacy">
        <source>Maximum anonymity</source>
        <translation>匿名最大化</translation>
    </message>
    <message id="error-peer-exists">
        <source>Peer already exists</source>
        <translation>ピアは既に存在します</translation>
    </message>
    <message id="address-table-cm-receive">
        <source>receive</source>
        <extracomment>Entry in address table context menu to get receive token</extracomment>
        <translation>受信する</translation>
    </message>
    <message id="format-small-amount">
        <source>&lt; 1 %1</source>
        <translation>&lt; 1 %1</translation>
    </message>
    <message id="format-amount">
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message id="send-regular-fee">
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message id="settings-swap-clear">
        <source>clear</source>
        <translation>クリア</translation>
    </message>
    <message id="settings-swap-confirm-clear-seed-title">
        <source>Clear seed phrase</source>
        <extracomment>electrum settings, ask password to clear seed phrase, dialog title</extracomment>
        <translation>シードフレーズをクリア</translation>
    </message>
    <message id="settings-swap-confirm-clear-seed-message">
        <source>Enter your wallet password to clear seed phrase</source>
        <extracomment>electrum settings, ask password to clear seed phrase, dialog message</extracomment>
        <translation>シードフレーズをクリアするにはウォレットパスワードを入力してください</translation>
    </message>
    <message id="settings-swap-connect-to-electrum">
        <source>connect to electrum node</source>
        <translation>electrumノードに接続する</translation>
    </message>
    <message id="settings-swap-connect-to-node">
        <source>connect to node</source>
        <translation>ノードに接続する</translation>
    </message>
    <message id="settings-swap-disconnect">
        <source>disconnect</source>
        <translation>接続を解除する</translation>
    </message>
    <message id="swap-expiration-time">
        <source>Expiration time</source>
        <translation>有効期限</translation>
    </message>
    <message id="send-confirmation-type-label">
        <source>Address type</source>
        <translation>アドレス種別</translation>
    </message>
    <message id="swap-expired">
        <source>Expired.</source>
        <translation>期限切れ</translation>
    </message>
    <message id="from-shielded-pool">
        <source>shielded pool</source>
        <translation>シールドプール</translation>
    </message>
    <message id="tx-address-offline">
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message id="wallet-txs-status-in-progress-max">
        <source>in progress
(maximum anonymity)</source>
        <translation>進行中
(最大匿名)</translation>
    </message>
    <message id="wallet-txs-status-sent-max">
        <source>sent
(maximum anonymity)</source>
        <translation>送信済み (最大匿名)</translation>
    </message>
    <message id="wallet-txs-status-received-max">
        <source>received
(maximum anonymity)</source>
        <translation>受信済み（最大匿名）</translation>
    </message>
    <message id="wallet-txs-status-in-progress-max-offline">
        <source>in progress (offline)</source>
        <translation>進行中 (オフライン)</translation>
    </message>
    <message id="wallet-txs-status-sent-max-offline">
        <source>sent (offline)</source>
        <translation>送信済み (オフライン)</translation>
    </message>
    <message id="wallet-txs-status-received-max-offline">
        <source>received (offline)</source>
        <translation>受信済み (オフライン)</translation>
    </message>
    <message id="tx-failure-out-of-slots">
        <source>Key keeper out of slots</source>
        <translation>Key keeperがスロットから外れています</translation>
    </message>
    <message id="tx-failure-shielded-coin-fee">
        <source>Cannot extract shielded coin, fee is too big.</source>
        <translation>シールドされたコインを抽出できません。手数料が大きすぎます。</translation>
    </message>
    <message id="tx-failure-assets-disabled-receiver">
        <source>Asset transactions are disabled in the receiver wallet</source>
        <translation>アセットトランザクションが受信者のウォレット内で無効になっています</translation>
    </message>
    <message id="tx-failure-assets-disabled-blockchain">
        <source>Asset transactions are disabled in blockchain configuration</source>
        <translation>アセットトランザクションがブロックチェーン設定で無効になっています</translation>
    </message>
    <message id="tx-failure-identity-required">
        <source>Peer wallet&apos;s signature required</source>
        <translation>ピアウォレットの署名が必要です</translation>
    </message>
    <message id="tx-failure-cannot-get-vouchers">
        <source>The sender cannot get vouchers for max privacy transaction</source>
        <translation>送信者は最大匿名トランザクションのクーポンを取得できません</translation>
    </message>
    <message id="settings-random-node-text">
        <source>Random node address and port will be displayed 
when connection is established</source>
        <translation>接続が確立されると、ランダムノードアドレスとポートが表示されます</translation>
    </message>
    <message id="swap-token-newer-lib">
        <source>This address generated by newer Beam library version(%1)
Your version is: %2. Please, check for updates.</source>
        <translation>このアドレスは、新しい Beam ライブラリバージョン(%1) で生成されています。
あなたのバージョンは %2です。アップデートを確認してください。</translation>
    </message>
    <message id="swap-swap-token-newer-client">
        <source>This address generated by newer Beam client version(%1)
Your version is: %2. Please, check for updates.</source>
        <translation>このアドレスは、新しい Beam クライアントバージョン(%1) で生成されています。
あなたのバージョンは %2です。アップデートを確認してください。</translation>
    </message>
    <message id="address-info-title">
        <source>address details</source>
        <translation>アドレスの詳細</translation>
    </message>
    <message id="address-info-type">
        <source>Address type</source>
        <translation>アドレス種別</translation>
    </message>
    <message id="address-info-sbbs-address">
        <source>SBBS Address
(use for CEX withdrawals and mining)</source>
        <oldsource>SBBS Address
(use for CEX withdrawals)</oldsource>
        <translation type="unfinished">SBBS Address
(CEXの出金に使用)</translation>
    </message>
    <message id="address-info-address">
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message id="dogecoin-show-seed-phrase">
        <source>Dogecoin seed phrase</source>
        <translation>Dogecoin シードフレーズ</translation>
    </message>
    <message id="bitcoin-cash-show-seed-phrase">
        <source>Bitcoin Cash seed phrase</source>
        <translation>Bitcoin Cash シードフレーズ</translation>
    </message>
    <message id="dash-show-seed-phrase">
        <source>Dash seed phrase</source>
        <translation>Dash シードフレーズ</translation>
    </message>
    <message id="dogecoin-show-addresses-title">
        <source>Dogecoin wallet addresses</source>
        <translation>Dogecoin ウォレットアドレス</translation>
    </message>
    <message id="bitcoin-cash-show-addresses-title">
        <source>Bitcoin Cash wallet addresses</source>
        <translation>Bitcoin Cash ウォレットアドレス</translation>
    </message>
    <message id="dash-show-addresses-title">
        <source>Dash wallet addresses</source>
        <translation>Dash ウォレットアドレス</translation>
    </message>
    <message id="general-dogecoin">
        <source>Dogecoin</source>
        <translation>Dogecoin</translation>
    </message>
    <message id="general-bitcoin-cash">
        <source>Bitcoin Cash</source>
        <translation>Bitcoin Cash</translation>
    </message>
    <message id="general-dash">
        <source>DASH</source>
        <translation>DASH</translation>
    </message>
    <message id="settings-swap-dogecoin-node">
        <source>Dogecoin node</source>
        <translation>Dogecoinノード</translation>
    </message>
    <message id="settings-swap-bitcoin-cash-node">
        <source>Bitcoin Cash node</source>
        <translation>Bitcoin Cashノード</translation>
    </message>
    <message id="settings-swap-dash-node">
        <source>Dash node</source>
        <translation>Dashノード</translation>
    </message>
    <message id="settings-swap-dogecoin-electrum">
        <source>Dogecoin electrum</source>
        <translation>Dogecoin electrum</translation>
    </message>
    <message id="settings-swap-bitcoin-cash-electrum">
        <source>Bitcoin Cash electrum</source>
        <translation>Bitcoin Cash electrum</translation>
    </message>
    <message id="settings-swap-dash-electrum">
        <source>Dash electrum</source>
        <translation>Dash electrum</translation>
    </message>
    <message id="settings-show-public-offline-address">
        <source>Show public offline address</source>
        <translation>パブリック オフラインアドレスを表示する</translation>
    </message>
    <message id="public-address-title">
        <source>Public offline address</source>
        <translation>パブリック オフラインアドレス</translation>
    </message>
    <message id="public-offline-address-note">
        <source>Publishing this address will allow you to be identified</source>
        <translation>このアドレスを公開すると、特定されることになります</translation>
    </message>
    <message id="more-details">
        <source>More details</source>
        <translation>さらに詳細を表示</translation>
    </message>
    <message id="tx-address-public-offline">
        <source>Public offline</source>
        <translation>パブリックオフライン</translation>
    </message>
    <message id="tx-address-regular">
        <source>Regular</source>
        <translation>レギュラー</translation>
    </message>
    <message id="tx-address-max-privacy">
        <source>Maximum anonymity</source>
        <translation>匿名最大化</translation>
    </message>
    <message id="wallet-txs-status-in-progress-public-offline">
        <source>in progress
(public offline)</source>
        <translation>進行中 (パブリックオフライン)</translation>
    </message>
    <message id="wallet-txs-status-sent-public-offline">
        <source>sent
(public offline)</source>
        <translation>送信済み(パブリックオフライン)</translation>
    </message>
    <message id="wallet-txs-status-received-public-offline">
        <source>received
(public offline)</source>
        <translation>受信済み (パブリックオフライン)</translation>
    </message>
    <message id="wallet-txs-status-canceled-public-offline">
        <source>canceled
(public offline)</source>
        <translation>キャンセル済み (パブリックオフライン)</translation>
    </message>
    <message id="wallet-txs-status-failed-public-offline">
        <source>failed
(public offline)</source>
        <translation>失敗しました (パブリックオフライン)</translation>
    </message>
    <message id="settings-node-progress">
        <source>Swap in progress, cannot disconnect or switch connection type.</source>
        <translation>スワップの処理中は、接続種類を切断または切り替えることはできません。</translation>
    </message>
    <message id="settings-doge-node-progress">
        <source>Swap in progress, cannot disconnect.</source>
        <translation>スワップ処理中は切断できません。</translation>
    </message>
    <message id="wallet-txs-status-canceled-max">
        <source>canceled
(maximum anonymity)</source>
        <translation>キャンセル済み（最大匿名）</translation>
    </message>
    <message id="wallet-txs-status-canceled-max-offline">
        <source>canceled (offline)</source>
        <translation>キャンセル済み (オフライン)</translation>
    </message>
    <message id="wallet-txs-status-failed-max">
        <source>failed
(maximum anonymity)</source>
        <translation>失敗しました（最大匿名）</translation>
    </message>
    <message id="wallet-txs-status-failed-max-offline">
        <source>failed (offline)</source>
        <translation>失敗しました (オフライン)</translation>
    </message>
    <message id="max-privacy-dialog-header">
        <source>Maximum anonymity</source>
        <translation>匿名最大化</translation>
    </message>
    <message id="max-privacy-dialog-locked">
        <source>Locked</source>
        <translation>ロック済み</translation>
    </message>
    <message id="max-privacy-dialog-amount">
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message id="max-privacy-dialog-unlock-time">
        <source>Unlock Time</source>
        <translation>ロック解除時間</translation>
    </message>
    <message id="settings-privacy-mp-anonymity-set">
        <source>Maximum anonymity set size</source>
        <translation>匿名最大化セットサイズ</translation>
    </message>
    <message id="settings-privacy-mp-notice">
        <source>Received coins can be spent immediately.</source>
        <translation>受信したコインはすぐに使用することができます。</translation>
    </message>
    <message id="settings-privacy-mp-time-limit">
        <source>Longest transaction time for maximum anonymity</source>
        <translation>匿名最大化のための最長トランザクション時間</translation>
    </message>
    <message id="remote-node-lelantus-warning">
        <source>To support maximum anonymity set and offline transactions please connect to integrated node or to own node configured with your owner key.</source>
        <translation>最大匿名セットおよびオフライントランザクションをサポートするために、統合ノードまたは所有者キーで設定された自己ノードに接続してください。</translation>
    </message>
    <message id="time-hour" numerus="yes">
        <source>%n hour(s)</source>
        <extracomment>time &quot;hour&quot; string</extracomment>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message id="time-day" numerus="yes">
        <source>%n day(s)</source>
        <extracomment>time &quot;day&quot; string</extracomment>
        <translation>
            <numerusform>%n日間</numerusform>
        </translation>
    </message>
    <message id="settings-privacy-mp-time-no-limit">
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message id="general-ethereum">
        <source>Ethereum</source>
        <translation>Ethereum</translation>
    </message>
    <message id="settings-swap-ethereum-node">
        <source>Ethereum node</source>
        <translation>Ethereumノード</translation>
    </message>
    <message id="ethereum-show-seed-title">
        <source>Ethereum seed phrase</source>
        <translation>Ethereumシードフレーズ</translation>
    </message>
    <message id="settings-account-index">
        <source>Account index</source>
        <translation>アカウントインデックス</translation>
    </message>
    <message id="general-recommended-fee-fail">
        <source>The minimum recommended fee is %1 %2</source>
        <translation>推奨される最低手数料は %1 %2です</translation>
    </message>
    <message id="general-fee-fail">
        <source>The minimum fee is %1 %2</source>
        <translation>最低手数料は %1 %2 です</translation>
    </message>
    <message id="general-max-fee-fail">
        <source>The maximum fee is %1 %2</source>
        <translation>最大手数料は %1 %2 です</translation>
    </message>
    <message id="settings-recommended-fee-rate-absent">
        <source>Connection error: can&apos;t calculate the recommended fee rate. 
Check on the %1 blockchain by yourself. Low fees might take 
much longer for a transaction to complete.</source>
        <translation>接続エラー: 推奨された手数料レートを計算できません。%1ブロックチェーンを確認してください。低い手数料はトランザクション完了するまでに時間がかかる可能性があります。</translation>
    </message>
    <message id="ethereum-show-addresses-title">
        <source>Ethereum wallet addresses</source>
        <translation>Ethereum ウォレットアドレス</translation>
    </message>
    <message id="settings-infura-project-id">
        <source>Infura project ID</source>
        <translation>InfuraプロジェクトID</translation>
    </message>
    <message id="apps-title">
        <source>Applications</source>
        <translation type="unfinished">Applications</translation>
    </message>
    <message id="apps-devapp">
        <source>This is your dev application</source>
        <translation>これは開発アプリケーションです</translation>
    </message>
    <message id="send-flat-fee">
        <source>%1 Transaction fee</source>
        <translation>%1 トランザクション手数料</translation>
    </message>
    <message id="notification-contract-no-message">
        <source>No description provided by the contract</source>
        <translation>コントラクトによる説明はありません</translation>
    </message>
    <message id="notification-contract-completed">
        <source>DApp transaction completed</source>
        <translation>DApp トランザクションが完了しました</translation>
    </message>
    <message id="notification-contract-expired">
        <source>DApp transaction expired</source>
        <translation>DApp トランザクションが期限切れになりました</translation>
    </message>
    <message id="tx-contract-default-comment">
        <source>Contract transaction</source>
        <translation>コントラクト トランザクション</translation>
    </message>
    <message id="atomic-swap-cancel">
        <source>Cancel offer</source>
        <translation>オファーをキャンセルする</translation>
    </message>
    <message id="atomic-swap-cancel-text">
        <source>Are you sure you want to cancel your offer?</source>
        <translation>オファーをキャンセルしますか？</translation>
    </message>
    <message id="atomic-swap-cancel-button">
        <source>cancel offer</source>
        <translation>オファーをキャンセルする</translation>
    </message>
    <message id="atomic-swap-back-button">
        <source>back</source>
        <translation>戻る</translation>
    </message>
    <message id="atomic-swap-tx-cancel">
        <source>Cancel atomic swap</source>
        <translation>アトミックスワップをキャンセルする</translation>
    </message>
    <message id="atomic-swap-tx-cancel-text">
        <source>Are you sure you want to cancel?</source>
        <translation>キャンセルしますか？</translation>
    </message>
    <message id="atomic-swap-title">
        <source>Atomic Swaps</source>
        <translation>アトミックスワップ</translation>
    </message>
    <message id="atomic-swap-accept">
        <source>Accept offer</source>
        <translation>オファーを受ける</translation>
    </message>
    <message id="atomic-swap-create">
        <source>Create offer</source>
        <translation>オファーを作成する</translation>
    </message>
    <message id="atomic-swap-1active-tx-count">
        <source>1 active transaction</source>
        <translation>1件のアクティブなトランザクション</translation>
    </message>
    <message id="atomic-swap-active-tx-count">
        <source>%1 active transactions</source>
        <translation>%1 アクティブなトランザクション</translation>
    </message>
    <message id="swap-beta-tx-in-progress">
        <source>Transaction is in progress</source>
        <translation>トランザクションが進行中です</translation>
    </message>
    <message id="swap-connecting">
        <source>Connecting...</source>
        <translation>接続中...</translation>
    </message>
    <message id="swap-beta-connection-error">
        <source>Cannot connect to peer. Please check the address in Settings and try again.</source>
        <translation>ピアに接続できません。設定でアドレスを確認して、もう一度やり直してください。</translation>
    </message>
    <message id="atomic-swap-more-currency">
        <source>Connect more currencies</source>
        <translation>他の通貨を有効化する</translation>
    </message>
    <message id="atomic-swap-transactions-tab">
        <source>Transactions</source>
        <translation>トランザクション</translation>
    </message>
    <message id="atomic-swap-fit-current-balance">
        <source>Fit my current balance</source>
        <translation>現在の残高に合わせる</translation>
    </message>
    <message id="atomic-swap-currency">
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message id="atomic-offers-loading">
        <source>Please wait, offers are loading.</source>
        <translation>お待ちください、オファーを読み込んでいます。</translation>
    </message>
    <message id="atomic-no-offers">
        <source>There are no active offers at the moment.
Please try again later or create an offer yourself.</source>
        <translation>現在アクティブなオファーはありません。
後でもう一度試すか、自分でオファーを作成してください。</translation>
    </message>
    <message id="atomic-swap-amount-send">
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message id="atomic-swap-all-transactions-tab">
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message id="atomic-swap-in-progress-transactions-tab">
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message id="atomic-swap-tx-table-created">
        <source>Created on</source>
        <translation>作成日</translation>
    </message>
    <message id="atomic-swap-tx-table-from">
        <source>From</source>
        <translation>From</translation>
    </message>
    <message id="atomic-swap-tx-table-to">
        <source>To</source>
        <translation>To</translation>
    </message>
    <message id="atomic-swap-tx-table-sent">
        <source>Sent</source>
        <translation>送信済</translation>
    </message>
    <message id="atomic-swap-tx-table-received">
        <source>Received</source>
        <translation>受取済</translation>
    </message>
    <message id="atomic-swap-tx-table-status">
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message id="swap-copy-token">
        <source>Copy token</source>
        <translation>トークンをコピー</translation>
    </message>
    <message id="wallet-txs-status-waiting-peer">
        <source>waiting for counterparty</source>
        <translation>カウンターパーティーを待っています</translation>
    </message>
    <message id="wallet-txs-status-failing">
        <source>failing</source>
        <translation>失敗しています</translation>
    </message>
    <message id="swap-na-message">
        <source>You do not have any 3rd-party currencies connected.
Update your settings and try again.</source>
        <translation>サードパーティの通貨が接続されていません。
設定を更新して再度お試し下さい。</translation>
    </message>
    <message id="wallet-receive-offer-expires-label">
        <source>Offer expiration time</source>
        <translation>オファーの有効期限</translation>
    </message>
    <message id="wallet-receive-expires-30m">
        <source>30 minutes</source>
        <translation>30分</translation>
    </message>
    <message id="wallet-receive-expires-1">
        <source>1 hour</source>
        <translation>1時間</translation>
    </message>
    <message id="wallet-receive-expires-2">
        <source>2 hours</source>
        <translation>2時間</translation>
    </message>
    <message id="wallet-receive-expires-6">
        <source>6 hours</source>
        <translation>6時間</translation>
    </message>
    <message id="wallet-receive-expires-12">
        <source>12 hours</source>
        <translation>12時間</translation>
    </message>
    <message id="overtop-beam-supply">
        <source>Amount overtop total Beam supply.</source>
        <translation>Beamの総供給量を超過しています</translation>
    </message>
    <message id="swap-invalid-rate">
        <source>Invalid rate</source>
        <translation>無効なレート</translation>
    </message>
    <message id="wallet-receive-swap-publish">
        <source>publish offer</source>
        <translation>オファーを公開する</translation>
    </message>
    <message id="appmodel-already-opened">
        <source>Wallet database is already opened</source>
        <translation>ウォレットデータベースは既に開かれています</translation>
    </message>
    <message id="general-open-failed">
        <source>Failed to open wallet, please check logs</source>
        <translation>ウォレットを開けませんでした。ログを確認してください。</translation>
    </message>
    <message id="start-no-hwkeeper">
        <source>Hardware keykeeper is not initialized</source>
        <translation>ハードウェアKey keeperが初期化されていません</translation>
    </message>
    <message id="start-trezor-error">
        <source>Failed to create trezor wallet</source>
        <translation>Trezorウォレットの作成に失敗しました</translation>
    </message>
    <message id="start-hw-not-connected">
        <source>Hardware wallet is not connected</source>
        <translation>ハードウェアウォレットが接続されていません</translation>
    </message>
    <message id="general-locked">
        <source>Locked</source>
        <translation>ロック済み</translation>
    </message>
    <message id="utxo-head-maturity">
        <source>Maturity</source>
        <translation>成熟度</translation>
    </message>
    <message id="utxo-status-available">
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message id="utxo-status-maturing">
        <source>Maturing%1(till block height %2)</source>
        <translation>成熟中： %1 （ブロック高： %2 まで）</translation>
    </message>
    <message id="utxo-status-unavailable">
        <source>Unavailable%1(mining result rollback)</source>
        <translation>利用不可：%1 （マイニング結果のロールバック）</translation>
    </message>
    <message id="utxo-status-outgoing">
        <source>In progress%1(outgoing)</source>
        <translation>進行中：%1 （送信）</translation>
    </message>
    <message id="utxo-status-change">
        <source>In progress%1(change)</source>
        <translation>進行中 ： %1 （おつり）</translation>
    </message>
    <message id="utxo-status-incoming">
        <source>In progress%1(incoming)</source>
        <translation>進行中：  %1 （受信）</translation>
    </message>
    <message id="utxo-status-spent">
        <source>Spent</source>
        <translation>使用済</translation>
    </message>
    <message id="utxo-status-maturing-mp">
        <source>Maturing%1(maximum anonymity %2% unlinked)</source>
        <translation>熟成中%1(最大匿名化%2リンクなし)</translation>
    </message>
    <message id="utxo-head-type">
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message id="general-coinbase">
        <source>Coinbase</source>
        <extracomment>UTXO type Coinbase</extracomment>
        <translation>コインベース</translation>
    </message>
    <message id="general-regular">
        <source>Regular</source>
        <extracomment>UTXO type Regular</extracomment>
        <translation>レギュラー</translation>
    </message>
    <message id="general-treasury">
        <source>Treasury</source>
        <extracomment>UTXO type Treasury</extracomment>
        <translation>トレジャリー</translation>
    </message>
    <message id="general-shielded">
        <source>Shielded</source>
        <extracomment>UTXO type Shielded</extracomment>
        <translation>シールド</translation>
    </message>
    <message id="apps-bad-api-version">
        <source>Unsupported API version requested: %1</source>
        <translation>サポートされていないAPIバージョンがリクエストされました: %1</translation>
    </message>
    <message id="can-not-generate-new-address-message">
        <source>You cannot generate new address. Your wallet doesn&apos;t have a master key.</source>
        <translation>新しいアドレスを生成できません。あなたのウォレットはマスターキーを所持していません。</translation>
    </message>
    <message id="wallet-receive-title">
        <source>Receive</source>
        <translation>受信</translation>
    </message>
    <message id="general-tx-type">
        <source>Transaction type</source>
        <translation>トランザクション種別</translation>
    </message>
    <message id="receive-request">
        <source>Requested amount</source>
        <translation>請求数量</translation>
    </message>
    <message id="receive-request-optional">
        <source>(optional)</source>
        <translation>(オプション)</translation>
    </message>
    <message id="wallet-receive-addr-message-mp" numerus="yes">
        <source>Transaction can last at most %n hour(s).</source>
        <translation>
            <numerusform>トランザクションは最大%n時間継続します。</numerusform>
        </translation>
    </message>
    <message id="wallet-receive-addr-message-mp-no-limit">
        <source>Transaction can last indefinitely.</source>
        <translation>トランザクションは無期限に継続します。</translation>
    </message>
    <message id="send-public-token">
        <source>Public offline address.</source>
        <translation>パブリック オフラインアドレス</translation>
    </message>
    <message id="send-unknown-token">
        <source>Unknown address.</source>
        <translation>不明なアドレス</translation>
    </message>
    <message id="send-title">
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message id="general-send-to">
        <source>Send to</source>
        <translation>送信先：</translation>
    </message>
    <message id="send-contact-address-placeholder">
        <source>Paste recipient address here</source>
        <translation>受信者のアドレスをここに貼り付け</translation>
    </message>
    <message id="wallet-send-invalid-address-or-token">
        <source>Invalid wallet address</source>
        <translation>ウォレットアドレスが無効です</translation>
    </message>
    <message id="Receiver endpoint">
        <source>Receiver endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message id="tx-offline">
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message id="send-no-funds">
        <source>Insufficient funds to complete the transaction. Maximum amount is %1 %2.</source>
        <translation>トランザクションを完了するための資金が不足しています。最大金額は %1%2です。</translation>
    </message>
    <message id="amount-input-add-max">
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message id="send-amount-label">
        <source>Amount to send</source>
        <translation>送信数量</translation>
    </message>
    <message id="send-remaining-label">
        <source>Remaining</source>
        <translation>残高</translation>
    </message>
    <message id="send-remaining-beam-label">
        <source>BEAM Remaining</source>
        <translation>BEAM 残額</translation>
    </message>
    <message id="general-balance">
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message id="general-asset-info">
        <source>Asset Info</source>
        <translation>アセット情報</translation>
    </message>
    <message id="balance-available">
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message id="balance-regular">
        <source>Regular</source>
        <translation>レギュラー</translation>
    </message>
    <message id="balance-shielded">
        <source>Shielded</source>
        <translation>シールド</translation>
    </message>
    <message id="balance-locked">
        <source>Locked</source>
        <translation>ロック済み</translation>
    </message>
    <message id="balance-maturing">
        <source>Maturing</source>
        <translation>成熟中</translation>
    </message>
    <message id="balance-change">
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message id="balance-mp">
        <source>Maximum anonymity</source>
        <translation>匿名最大化</translation>
    </message>
    <message id="info-asset-id">
        <source>Asset ID</source>
        <translation>アセットID</translation>
    </message>
    <message id="info-asset-name">
        <source>Asset name</source>
        <translation>アセット名</translation>
    </message>
    <message id="info-asset-unit">
        <source>Unit name</source>
        <translation>単位名</translation>
    </message>
    <message id="info-asset-smallest">
        <source>Smallest unit name</source>
        <translation>最小単位名</translation>
    </message>
    <message id="info-asset-short">
        <source>Short description</source>
        <translation>簡単な説明</translation>
    </message>
    <message id="info-asset-long">
        <source>Long description</source>
        <translation>詳細な説明</translation>
    </message>
    <message id="info-asset-site">
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message id="info-asset-paper">
        <source>Whitepaper</source>
        <translation>ホワイトペーパー</translation>
    </message>
    <message id="tx-details-date-label">
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message id="tx-details-sending-addr-label">
        <source>Sending address</source>
        <translation>送信アドレス</translation>
    </message>
    <message id="tx-details-sender-identity">
        <source>Sender signature</source>
        <translation>送信者の署名</translation>
    </message>
    <message id="tx-details-receiving-addr-label">
        <source>Receiving address</source>
        <translation>受信アドレス</translation>
    </message>
    <message id="tx-details-receiver-identity">
        <source>Receiver signature</source>
        <translation>受信者の署名</translation>
    </message>
    <message id="tx-details-amount-label">
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message id="tx-details-rate-notice">
        <source>calculated with the exchange rate at the time of the transaction</source>
        <translation>トランザクションのタイミングでの交換レートで計算</translation>
    </message>
    <message id="tx-details-exchange-rate-not-available">
        <source>exchange rate was not available at the time of the transaction</source>
        <translation>交換レートはトランザクションのタイミングで利用できませんでした</translation>
    </message>
    <message id="tx-details-tx-id-label">
        <source>Transaction ID</source>
        <translation>トランザクションID</translation>
    </message>
    <message id="open-in-explorer">
        <source>Open in Blockchain Explorer</source>
        <translation>ブロックチェーンエクスプローラーで開く</translation>
    </message>
    <message id="tx-details-error-label">
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message id="utxo-empty">
        <source>Your UTXO list is empty</source>
        <translation>UTXOリストがありません</translation>
    </message>
    <message id="tx-in-progress-empty">
        <source>There are no in progress transactions yet.</source>
        <translation>進行中のトランザクションはありません。</translation>
    </message>
    <message id="receive-addr">
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message id="edit-addr-title">
        <source>Edit address</source>
        <translation>アドレスを編集</translation>
    </message>
    <message id="edit-addr-addr">
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message id="edit-addr-expires-label">
        <source>Expires on</source>
        <translation>有効期限</translation>
    </message>
    <message id="edit-addr-expire-now">
        <source>Expire now</source>
        <translation>このあと期限切れ</translation>
    </message>
    <message id="edit-addr-extend">
        <source>Extend</source>
        <translation>拡張</translation>
    </message>
    <message id="edit-addr-activate">
        <source>Activate</source>
        <translation>有効化</translation>
    </message>
    <message id="edit-addr-save-button">
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message id="edit-addr-no-expire">
        <source>There is an active transaction for this address, therefore it cannot be expired.</source>
        <translation>このアドレスにはアクティブなトランザクションがあります。期限切れにはなりません。</translation>
    </message>
    <message id="edit-addr-never-expires">
        <source>This address never expires</source>
        <translation>このアドレスは期限切れにはなりません</translation>
    </message>
    <message id="edit-addr-expired">
        <source>This address is already expired</source>
        <translation>このアドレスはすでに期限切れです</translation>
    </message>
    <message id="notification-contract-failed">
        <source>DApp transaction failed</source>
        <translation>DApp トランザクションが失敗しました。</translation>
    </message>
    <message id="contacts-empty">
        <source>Your contact list is empty</source>
        <translation>コンタクトリストがありません</translation>
    </message>
    <message id="addressbook-empty">
        <source>Your address book is empty</source>
        <translation>アドレス帳の登録はありません</translation>
    </message>
    <message id="atomic-no-my-offers">
        <source>There are no offers yet.</source>
        <translation>オファーはありません。</translation>
    </message>
    <message id="swap-tx-empty">
        <source>There are no transactions yet.</source>
        <translation>トランザクションはまだありません。</translation>
    </message>
    <message id="apps-fork-warning">
        <source>DAPPs will be available in your wallet after the Hard Fork</source>
        <translation>ハードフォーク後に、DAPPはウォレット内で利用可能になります</translation>
    </message>
    <message id="address-info-cid">
        <source>Application shader ID</source>
        <translation>アプリケーション shader ID</translation>
    </message>
    <message id="source-wallet">
        <source>Wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message id="settings-general-confirmations">
        <source>Minimum confirmations</source>
        <extracomment>settings tab, general section, minimum confirmations</extracomment>
        <translation>最小confirmations</translation>
    </message>
    <message id="tx-details-confirmation-status-label">
        <source>Confirmation status</source>
        <translation>Confirmationステータス</translation>
    </message>
    <message id="wallet-txs-status-confirming">
        <source>confirming</source>
        <translation>確認中</translation>
    </message>
    <message id="tx-details-confirmation-progress-label">
        <source>Confirmed (%1)</source>
        <translation>Confirmed (%1)</translation>
    </message>
    <message id="general-copy-and-close">
        <source>copy and close</source>
        <translation>コピーして閉じる</translation>
    </message>
    <message id="settings-remote-node-address-placeholder">
        <source>Please enter the address</source>
        <translation>アドレスを入力してください</translation>
    </message>
    <message id="settings-local-node-port-placeholder">
        <source>Please enter the port</source>
        <translation>ポートを入力してください</translation>
    </message>
    <message id="settings-export">
        <source>Export wallet data</source>
        <translation>ウォレットのデータをエクスポートする</translation>
    </message>
    <message id="settings-import">
        <source>Import wallet data</source>
        <translation>ウォレットのデータをインポートする</translation>
    </message>
    <message id="send-available">
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message id="notification-maxp-transaction-sent">
        <source>Maximum anonymity transaction sent</source>
        <translation>最大匿名トランザクションを送信しました</translation>
    </message>
    <message id="notification-maxp-transaction-received">
        <source>Maximum anonymity transaction received</source>
        <translation>最大匿名トランザクションを受信しました</translation>
    </message>
    <message id="notification-offline-transaction-sent">
        <source>Transaction sent to offline</source>
        <translation>オフラインにトランザクションを送信しました</translation>
    </message>
    <message id="notification-offline-transaction-received">
        <source>Transaction received from offline</source>
        <translation>オフラインからトランザクションを受信しました</translation>
    </message>
    <message id="notification-maxp-transaction-failed">
        <source>Maximum anonymity transaction failed</source>
        <translation>最大匿名トランザクションが失敗しました</translation>
    </message>
    <message id="notification-offline-transaction-failed">
        <source>Offline transaction failed</source>
        <translation>オフライン トランザクションが失敗しました。</translation>
    </message>
    <message id="notification-address-copied">
        <source>Address copied to clipboard</source>
        <translation>アドレスをクリップボードにコピーしました</translation>
    </message>
    <message id="general-ca-id">
        <source>Confidential asset ID</source>
        <translation>コンフィデンシャルアセット ID</translation>
    </message>
    <message id="address-info-copy-and-close">
        <source>copy address and close</source>
        <translation>アドレスをコピーして閉じる</translation>
    </message>
    <message id="notifications-title">
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message id="notifications-clear-all">
        <source>clear all</source>
        <translation>すべてクリア</translation>
    </message>
    <message id="notifications-empty">
        <source>There are no notifications yet.</source>
        <translation>新しい通知はありません。</translation>
    </message>
    <message id="notifications-read">
        <source>read</source>
        <translation>既読</translation>
    </message>
    <message id="notifications-update-now">
        <source>update now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message id="notifications-activate">
        <source>activate</source>
        <translation>有効にする</translation>
    </message>
    <message id="notifications-activated">
        <source>activated</source>
        <translation>有効にしました</translation>
    </message>
    <message id="notifications-details">
        <source>details</source>
        <translation>詳細</translation>
    </message>
    <message id="notifications-open-dapp">
        <source>open the DApp</source>
        <translation>DAppを開く</translation>
    </message>
    <message id="general-description">
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message id="address-info-dapp">
        <source>DApp name</source>
        <translation>DApp名称</translation>
    </message>
    <message id="tx-details-popup-title">
        <source>Transaction info</source>
        <translation>トランザクション履歴</translation>
    </message>
    <message id="send-no-funds-for-fee">
        <source>Insufficient funds to pay transaction fee.</source>
        <translation>トランザクション手数料を支払うための資金が不足しています。</translation>
    </message>
    <message id="tx-details-general-info">
        <source>General info</source>
        <translation>一般インフォメーション</translation>
    </message>
    <message id="general-wallet-signature">
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message id="settings-utilities-show-utxo">
        <source>Show UTXO</source>
        <translation>UTXOを表示</translation>
    </message>
    <message id="general-coin">
        <source>Coin</source>
        <translation>コイン</translation>
    </message>
    <message id="general-show-tx-details">
        <source>Show details</source>
        <translation>詳細を表示する</translation>
    </message>
    <message id="general-advanced">
        <source>Advanced</source>
        <translation>アドバンスト</translation>
    </message>
    <message id="receive-max-set">
        <source>Maximum anonymity set</source>
        <translation>匿名最大化セット</translation>
    </message>
    <message id="address-info-title-mp">
        <source>Address details with max anonymity set</source>
        <translation>最大匿名化セットのアドレス詳細</translation>
    </message>
    <message id="address-info-regular-notice">
        <source>Regular address includes both online and offline addresses.</source>
        <translation>レギュラーアドレスには、オンラインアドレスとオフラインアドレスの両方が含まれています。</translation>
    </message>
    <message id="tx-online">
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message id="send-receiver-online-tip">
        <source>Ask receiver to come online to support more offline transactions.</source>
        <translation>より多くのオフライントランザクションをサポートするため、受信者にオンラインになるようリクエストしてください。</translation>
    </message>
    <message id="send-offline-refund">
        <source>Make sure the address is correct as offline transactions
cannot be canceled.</source>
        <translation>オフライン トランザクションがキャンセルできません。アドレスが正しいことを確認してください。</translation>
    </message>
    <message id="send-online-address">
        <source>Online address.</source>
        <translation>オンライン アドレス</translation>
    </message>
    <message id="send-anon-set">
        <source>Guarantees maximum anonymity set of up to 64K.</source>
        <translation>最大64Kまでの匿名化セットを保証します。</translation>
    </message>
    <message id="send-mp-tip">
        <source>Transaction can last up to 72 hours.</source>
        <translation>トランザクションは最大72時間継続します。</translation>
    </message>
    <message id="send-app-twoway-confirmation-title">
        <source>Confirm withdraw &amp; deposit</source>
        <translation>引き出しと入金を確認する</translation>
    </message>
    <message id="send-app-spend-confirmation-title">
        <source>Confirm deposit from the wallet</source>
        <translation>ウォレットからの入金を確認する</translation>
    </message>
    <message id="send-app-receive-confirmation-title">
        <source>Confirm withdraw to the wallet</source>
        <translation>ウォレットへの引き出しを確認する</translation>
    </message>
    <message id="send-app-confirmation-title">
        <source>Confirm application transaction</source>
        <translation>アプリケーションの取引を確認する</translation>
    </message>
    <message id="general-confirm">
        <source>Confirm</source>
        <translation>確定</translation>
    </message>
    <message id="send-type-label">
        <source>Transaction type</source>
        <translation>トランザクション種別</translation>
    </message>
    <message id="send-twoway-warning">
        <source>%1 will change the balances of your wallet</source>
        <translation>%1 ウォレット残高を変更します</translation>
    </message>
    <message id="send-dapp-spend-warning">
        <source>%1 will take the funds from your wallet</source>
        <translation>%1あなたのウォレットから資金を受け取ります</translation>
    </message>
    <message id="send-dapp-receive-warning">
        <source>%1 will send the funds to your wallet</source>
        <translation>%1あなたのウォレットに資金を送信します</translation>
    </message>
    <message id="send-contract-only-fee">
        <source>The transaction fee would be deducted from your balance</source>
        <translation>残高からトランザクション手数料が差し引かれます</translation>
    </message>
    <message id="status-online-remote">
        <source>connected node supports online transactions only</source>
        <translation>接続されたノードは、オンライン トランザクションのみサポートします</translation>
    </message>
    <message id="address-info-title-online">
        <source>Online (SBBS) address details</source>
        <translation>オンライン(SBBS) アドレス詳細</translation>
    </message>
    <message id="address-info-remote-node-warning">
        <source>You are currently connected to node that supports only online transactions.</source>
        <translation>現在、オンライン トランザクションのみをサポートするノードに接続されています。</translation>
    </message>
    <message id="settings-dapps-port">
        <source>Local server port</source>
        <extracomment>settings tab, daps section, local apps server port label</extracomment>
        <translation>ローカルサーバーポート</translation>
    </message>
    <message id="applications-install-title">
        <source>Select application to install</source>
        <translation>インストールするアプリケーションを選択する</translation>
    </message>
    <message id="general-seed-phrase">
        <source>Seed phrase</source>
        <translation>シードフレーズ</translation>
    </message>
    <message id="general-do-later">
        <source>I will do it later</source>
        <translation>後で行います</translation>
    </message>
    <message id="general-complete-verification">
        <source>Complete wallet verification</source>
        <translation>ウォレットの認証を完了する</translation>
    </message>
    <message id="general-complete-verification-button">
        <source>Complete verification</source>
        <translation>認証を完了</translation>
    </message>
    <message id="seed-validation-promo">
        <source>Write down and validate your seed phrase so you can always recover your funds.</source>
        <translation>シードフレーズを書き留めて確認することで、いつでも資金を復元できるようになります。</translation>
    </message>
    <message id="seed-validation-link">
        <source>Secure your phrase</source>
        <translation>フレーズを保護する</translation>
    </message>
    <message id="send-offline-tip" numerus="yes">
        <source>Offline address: %n transaction(s) left.</source>
        <translation>
            <numerusform>オフラインアドレス: %n トランザクションが残っています。</numerusform>
        </translation>
    </message>
    <message id="source-dex">
        <source>Assets Swap</source>
        <translation>アセットをスワップする</translation>
    </message>
    <message id="wallet-txs-status-in-progress-max-to-own">
        <source>sending to own address
(maximum anonymity)</source>
        <translation>自分のアドレスへ送信中(最大匿名)</translation>
    </message>
    <message id="wallet-txs-status-in-progress-offline-to-own">
        <source>sending to own address
(offline)</source>
        <translation>自分のアドレスへ送信中(オフライン)</translation>
    </message>
    <message id="wallet-txs-status-sent-max-to-own">
        <source>sent to own address
(maximum anonymity)</source>
        <translation>自分のアドレスへ送信しました（最大匿名）</translation>
    </message>
    <message id="wallet-txs-status-sent-offline-to-own">
        <source>sent to own address
(offline)</source>
        <translation>自分のアドレスへ送信しました（オフライン）</translation>
    </message>
    <message id="apps-version-error">
        <source>This DApp requires version %1 of Beam Wallet or higher. Please update your wallet.</source>
        <translation>このDAppはBeamウォレットのバージョン %1 以上が必要です。ウォレットを更新してください。</translation>
    </message>
    <message id="wallet-txs-status-waiting-receiver-offline">
        <source>waiting for receiver
(offline)</source>
        <translation>受信者を待っています (オフライン)</translation>
    </message>
    <message id="apps-uninstall">
        <source>Uninstall</source>
        <translation>アンインストール</translation>
    </message>
    <message id="apps-uninstall-confirm">
        <source>Are you sure you want to uninstall %1 DApp?</source>
        <translation>%1 DAppをアンインストールしますか？</translation>
    </message>
    <message id="app-uninstall-title">
        <source>Uninstall DApp</source>
        <translation>DAppをアンインストールする</translation>
    </message>
    <message id="apps-loading-app">
        <source>Please wait, %1 is loading</source>
        <translation>しばらくお待ちください、 %1 を読み込んでいます</translation>
    </message>
    <message id="apps-loading">
        <source>Loading...</source>
        <translation>読み込み中…</translation>
    </message>
    <message id="apps-nothing">
        <source>There are no applications at the moment</source>
        <translation>現時点ではアプリケーションがありません</translation>
    </message>
    <message id="apps-err-cnt" numerus="yes">
        <source>%n DApp(s) is not available</source>
        <translation>
            <numerusform>%n DAppは利用できません</numerusform>
        </translation>
    </message>
    <message id="apps-update-message">
        <source>Update Wallet to launch %1 application</source>
        <translation>ウォレットを更新して %1 アプリケーションを起動する</translation>
    </message>
    <message id="address-details">
        <source>Address details</source>
        <translation>アドレスの詳細</translation>
    </message>
    <message id="swap-token-details">
        <source>Token details</source>
        <translation>トークンの詳細</translation>
    </message>
    <message id="settings-privacy-mp-time-no-limit-commented">
        <source>No limit
(transaction can last indefinitely)</source>
        <translation>制限なし (トランザクションは無期限に継続します)</translation>
    </message>
    <message id="settings-privacy-mp-time-limit-val" numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message id="settings-privacy-mp-time-limit-val72-comment">
        <source> (recommended)</source>
        <translation> (推奨)</translation>
    </message>
    <message id="wallet-receive-addr-message-min-fee">
        <source>Min transaction fee is 0.01 BEAM.</source>
        <translation>トランザクション最小手数料は0.01 BEAMです。</translation>
    </message>
    <message id="status-online-stale-rates">
        <source>(exchange rate to %1 was not updated since %2)</source>
        <translation>( %1 への交換レートは %2以降更新されませんでした)</translation>
    </message>
    <message id="loading-view-restoring">
        <source>Restoring wallet from the blockchain: </source>
        <translation>ウォレットをブロックチェーンから復元中: </translation>
    </message>
    <message id="loading-view-creating">
        <source>Downloading blockchain data: </source>
        <translation>ブロックチェーン データをダウンロード中: </translation>
    </message>
    <message id="loading-view-less-than-minute">
        <source>less than a minute</source>
        <translation>1分未満</translation>
    </message>
    <message id="loading-view-rebuild-utxos">
        <source>Rebuilding wallet data: </source>
        <translation>ウォレットデータの再構築: </translation>
    </message>
    <message id="status-change-settings">
        <source>Change settings</source>
        <translation>設定変更</translation>
    </message>
    <message id="start-create-password">
        <source>Create password</source>
        <translation>パスワードを作成する</translation>
    </message>
    <message id="start-second-copy-error">
        <source>The wallet is already started. Close all running wallets and start again.</source>
        <translation>ウォレットはすでに起動しています。実行中のすべてのウォレットを閉じて再度起動してください。</translation>
    </message>
    <message id="settings-ipfsnode-title">
        <source>IPFS Integrated Node</source>
        <translation>IPFS統合ノード</translation>
    </message>
    <message id="settings-ipfs-swarm-port">
        <source>Swarm Port</source>
        <translation>Swarmポート</translation>
    </message>
    <message id="wallet-txs-status-in-progress-pub-offline-to-own">
        <source>sending to own address
(public offline)</source>
        <translation>自分のアドレスへ送信中（パブリックオフライン）</translation>
    </message>
    <message id="wallet-txs-status-sent-pub-offline-to-own">
        <source>sent to own address
(public offline)</source>
        <translation>自分のアドレスへ送信しました（パブリックオフライン）</translation>
    </message>
    <message id="start-migration-manual-button">
        <source>start manual migration</source>
        <extracomment>migration screen, select db file button</extracomment>
        <translation>マニュアルで移行を開始する</translation>
    </message>
    <message id="restore-find-db">
        <source>Find the wallet database file manually</source>
        <translation>ウォレット データベースファイルをマニュアルで選択</translation>
    </message>
    <message id="settings-ipfs-location">
        <source>IPFS repository location</source>
        <translation>IPFSリポジトリの場所</translation>
    </message>
    <message id="settings-ipfs-start">
        <source>Run node on</source>
        <translation>ノードを実行する</translation>
    </message>
    <message id="tx-empty">
        <source>Your transaction list is empty</source>
        <translation>トランザクション履歴はありません</translation>
    </message>
    <message id="tx-sent-empty">
        <source>There are no sent transactions yet.</source>
        <translation>送信されたトランザクションはまだありません。</translation>
    </message>
    <message id="tx-received-empty">
        <source>There are no received transactions yet.</source>
        <translation>受信されたトランザクションはまだありません。</translation>
    </message>
    <message id="wallet-transactions-all-tab">
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message id="wallet-transactions-in-progress-tab">
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message id="wallet-transactions-sent-tab">
        <source>Sent</source>
        <translation>送信済</translation>
    </message>
    <message id="wallet-transactions-received-tab">
        <source>Received</source>
        <translation>受取済</translation>
    </message>
    <message id="tx-table-filter-in-progress">
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message id="tx-table-filter-completed">
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message id="tx-table-filter-canceled">
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message id="tx-table-filter-failed">
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message id="wallet-search-transactions-placeholder">
        <source>Enter search text...</source>
        <translation>検索する文字を入力してください…</translation>
    </message>
    <message id="wallet-verify-payment">
        <source>Verify payment</source>
        <translation>支払を認証</translation>
    </message>
    <message id="general-multiple-assets">
        <source>Multiple assets</source>
        <translation>複数のアセット</translation>
    </message>
    <message id="general-value">
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message id="wallet-txs-source">
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message id="wallet-txs-action">
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message id="wallet-txs-date-time">
        <source>Created on</source>
        <translation>作成日</translation>
    </message>
    <message id="tx-table-filter-label">
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message id="multiselect-none">
        <source>None</source>
        <translation>無し</translation>
    </message>
    <message id="multiselect-all">
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message id="wallet-remove-filter-button">
        <source>remove filter</source>
        <translation>フィルターを削除する</translation>
    </message>
    <message id="wallet-assets-title">
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message id="wallet-selected-assets-checkbox">
        <source>Selected</source>
        <translation>選択済</translation>
    </message>
    <message id="wallet-all-assets-checkbox">
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message id="dnd-app-install-title">
        <source>Install DApp</source>
        <translation>DAppをインストールする</translation>
    </message>
    <message id="dnd-load-a-file">
        <source>load a file</source>
        <translation>ファイルを読み込む</translation>
    </message>
    <message id="dnd-jus-drop">
        <source>or just drop it here</source>
        <translation>またはここにドロップする</translation>
    </message>
    <message id="dnd-install-success">
        <source>The &quot;%1&quot; DApp is installed successfully</source>
        <translation>%1 DAppは正常にインストールされました</translation>
    </message>
    <message id="dnd-install-fail">
        <source>The DApp installation error.</source>
        <translation>DAppのインストールエラー。</translation>
    </message>
    <message id="apps-inprogress-tip">
        <source>(%1 active)</source>
        <translation>(%1 アクティブ)</translation>
    </message>
    <message id="wallet-balance-title">
        <source>Wallet Balance</source>
        <translation>ウォレット残高</translation>
    </message>
    <message id="tx-no-transaction-filter">
        <source>No transactions to show</source>
        <translation>表示するトランザクションがありません</translation>
    </message>
    <message id="apps-become-a-publisher">
        <source>become a publisher</source>
        <translation>パブリッシャーになる</translation>
    </message>
    <message id="dapps-store-update">
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message id="dapps-store-remove-dapp">
        <source>remove dapp</source>
        <translation>DAppを削除する</translation>
    </message>
    <message id="dapps-store-become-publisher">
        <source>Become a publisher</source>
        <translation>パブリッシャーになる</translation>
    </message>
    <message id="dapps-store-edit-publisher-info">
        <source>Edit publisher info</source>
        <translation>パブリッシャー情報を編集する</translation>
    </message>
    <message id="dapps-store-become-publisher-text">
        <source>To become a publisher you need to set up a username. ID number and personal Publisher Key will
 be given to you automatically. Registration will allow you to publish, update and delete DApps.</source>
        <translation>パブリッシャーになるには、ユーザー名を設定する必要があります。ID番号と個人パブリッシャーキーは
 自動的に付与されます。登録することで、DAppsの公開、更新、削除が可能になります。</translation>
    </message>
    <message id="dapps-store-nickname">
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message id="dapps-store-short-title">
        <source>Short title</source>
        <translation>簡略タイトル</translation>
    </message>
    <message id="dapps-store-50-character-max">
        <source>50 characters max</source>
        <translation>最大50文字まで</translation>
    </message>
    <message id="dapps-store-about-me">
        <source>About me</source>
        <translation>プロフィール</translation>
    </message>
    <message id="dapps-store-150-character-max">
        <source>150 characters max</source>
        <translation>最大150文字まで</translation>
    </message>
    <message id="dapps-store-social-networks">
        <source>Social networks</source>
        <translation>SNS</translation>
    </message>
    <message id="dapps-store-website">
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message id="dapps-store-twitter">
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message id="dapps-store-linkedin">
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message id="dapps-store-instagram">
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message id="dapps-store-telegram">
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message id="dapps-store-discord">
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message id="dapps-store-create-account">
        <source>create account</source>
        <translation>アカウントを作成する</translation>
    </message>
    <message id="dapps-store-save-changes">
        <source>save changes</source>
        <translation>変更を保存する</translation>
    </message>
    <message id="dapps-store-publisher-page">
        <source>Publisher&apos;s page</source>
        <translation>パブリッシャーのページ</translation>
    </message>
    <message id="dapps-store-my-dapps">
        <source>My DAPPs - admin panel</source>
        <translation>My DAPPs - 管理者パネル</translation>
    </message>
    <message id="dapps-store-publisher-have-not-dapps">
        <source>You have no published DApps yet</source>
        <translation>公開済みの DApps はまだありません</translation>
    </message>
    <message id="dapps-store-publisher-upload-first-dapp">
        <source>upload your first dapp</source>
        <translation>最初のdappをアップロードする</translation>
    </message>
    <message id="dapps-store-publisher-key">
        <source>Publisher Key</source>
        <translation>パブリッシャー キー</translation>
    </message>
    <message id="dapps-store-publisher-key-dialog-note">
        <source>Here&apos;s your personal Publisher Key. Any user can use it to add you to their personal list and follow your apps. You can add it on your personal page or website.</source>
        <translation>これはあなたの個人的なパブリッシャーキーです。どんなユーザーでも、あなたを個人リストに追加したり、あなたのアプリをフォローしたりすることができます。
個人ページやウェブサイトに追加することができます。</translation>
    </message>
    <message id="copy-publisher-key">
        <source>Copy publisher key</source>
        <translation>パブリッシャーキーをコピーする</translation>
    </message>
    <message id="dapps-store-transacton-is-sent">
        <source>The transaction is sent</source>
        <translation>トランザクションが送信されました</translation>
    </message>
    <message id="dapps-store-creation-of-account">
        <source>Creation of the personal publisher account takes time.
 You can continue as soon as transaction is completed.</source>
        <translation>個人のpublisherアカウントの作成には時間がかかります。
トランザクションが完了次第、続行することができます。</translation>
    </message>
    <message id="dapps-store-changes-takes-time">
        <source>Changes take time. You can continue as soon as transaction is completed.</source>
        <translation>変更には時間がかかります。トランザクションが完了したらすぐに続行できます。</translation>
    </message>
    <message id="dapps-store-upload-choose-file-title">
        <source>Select application to upload</source>
        <translation>アップロードするアプリケーションを選択する</translation>
    </message>
    <message id="dapps-store-update-dapp-title">
        <source>Update DApp</source>
        <translation>DAppを更新する</translation>
    </message>
    <message id="dapps-store-upload-new-dapp-title">
        <source>Upload new DApp</source>
        <translation>新しい DApp をアップロードする</translation>
    </message>
    <message id="dapps-store-update-dapp-text">
        <source>To update %1, please add the new version of the file below</source>
        <translation>%1を更新するには、以下の新しいバージョンのファイルを追加してください</translation>
    </message>
    <message id="dapps-store-upload-new-dapp-text">
        <source>To upload your own DApp in the DApp Store, please use files in the &lt;b&gt;&lt;i&gt;.dapp format only&lt;/i&gt;&lt;/b&gt;</source>
        <translation>DApp StoreにあなたのDAppをアップロードするには、dappフォーマットのファイルのみを使用してください。</translation>
    </message>
    <message id="dapps-store-upload-common-error">
        <source>Something went wrong, please check your file and to try upload it again</source>
        <translation>問題が発生しました。ファイルを確認して、もう一度アップロードしてください。</translation>
    </message>
    <message id="dapp-store-load-file">
        <source>load .dapp file</source>
        <translation>.dapp fileを読み込む</translation>
    </message>
    <message id="dapps-store-drop-text">
        <source>or just drop it here</source>
        <translation>またはここにドロップする</translation>
    </message>
    <message id="general-continue">
        <source>continue</source>
        <translation>続ける</translation>
    </message>
    <message id="dapps-store-upload-check-details-text">
        <source>Check the information below and select &quot;publish&quot;.
If something is wrong, please cancel the uploading,
change the information in your file and upload your file again.</source>
        <translation>以下の情報を確認し、&quot;公開&quot; を選択してください。
もし何か問題があれば、アップロードをキャンセルしてください、
ファイル情報を変更し、再度アップロードしてください。</translation>
    </message>
    <message id="dapps-store-dapp-release-date">
        <source>Release date:</source>
        <translation>リリース日：</translation>
    </message>
    <message id="dapps-store-dapp-version">
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message id="dapps-store-dapp-api-version">
        <source>Api version:</source>
        <translation>Api バージョン</translation>
    </message>
    <message id="dapps-store-dapp-min-api-version">
        <source>Minimal api version:</source>
        <translation>最小 api バージョン:</translation>
    </message>
    <message id="dapps-store-dapp-guid">
        <source>Guid:</source>
        <translation>ガイド:</translation>
    </message>
    <message id="dapps-store-publish">
        <source>publish</source>
        <translation>公開</translation>
    </message>
    <message id="dapps-store-you-now-are-publisher">
        <source>You now are a publisher!</source>
        <translation>あなたはもうpublisherです！</translation>
    </message>
    <message id="dapps-store-congratulations">
        <source>Congratulations %1!

We are glad to see you at our DApp Store as a Publisher.
Below you will see your personal Publisher Key. Any user can use it to add you to their personal
list and follow your apps. You can add it on your personal page or website.
All the time you have access to it in yout personal publisher account.

Let&apos;s start!</source>
        <translation>%1おめでとうございます！

パブリッシャーとしてDApp Storeをご利用いただきありがとうございます。
下記はあなたのパブリッシャーキーです。どのユーザーもこのキーを使ってあなたを個人リストに追加し、あなたのアプリをフォローすることができます。
このパブリッシャーキーを個人ページやウェブサイトに記載することもできます。
個人のパブリッシャーアカウントでいつでもアクセスできます。

それでは始めましょう！
</translation>
    </message>
    <message id="dapps-store-to-to-my-account">
        <source>go to my account</source>
        <translation>自分のアカウントに移動する</translation>
    </message>
    <message id="apps-title-no-fork">
        <source>DApp Store</source>
        <translation>DAPP Store</translation>
    </message>
    <message id="publishers-list-nickname">
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message id="publishers-list-about">
        <source>About</source>
        <translation>About</translation>
    </message>
    <message id="publishers-list-social-net">
        <source>Social networks</source>
        <translation>SNS</translation>
    </message>
    <message id="publishers-list-publisher-link">
        <source>Publisher link</source>
        <translation>パブリッシャーリンク</translation>
    </message>
    <message id="app-failed-create-publisher">
        <source>Oops... Failed to create Publisher.
Please check the log and try again.</source>
        <translation>パブリッシャーの作成に失敗しました。
ログを確認してもう一度お試しください。</translation>
    </message>
    <message id="app-failed-edit-publisher">
        <source>Oops... Failed to edit Publisher.
Please check the log and try again.</source>
        <translation>パブリッシャーの編集に失敗しました。
ログを確認してもう一度お試しください。</translation>
    </message>
    <message id="app-failed-publish-dapp">
        <source>Oops... Failed to publish DApp.
Please check the log and try again.</source>
        <translation>DAppの公開に失敗しました。
ログを確認してもう一度お試しください。</translation>
    </message>
    <message id="app-failed-remove-dapp">
        <source>Oops... Failed to remove DApp.
Please check the log and try again.</source>
        <translation>DAppの削除に失敗しました。
ログを確認してもう一度お試しください。</translation>
    </message>
    <message id="dapps-store-ipfs-unavailable">
        <source>IPFS Service is not running or is not connected to the peers. Please check the settings.</source>
        <translation>IPFSサービスが実行されていないか、ピアに接続されていません。設定を確認してください。</translation>
    </message>
    <message id="app-uninstall-success">
        <source>Everything worked out.
&apos;%1&apos; DApp is uninstalled.</source>
        <translation>処理が完了しました。
%1 DAppがアンインストールされました。</translation>
    </message>
    <message id="app-uninstall-fail">
        <source>Something went wrong.
Uninstall failed. Please try again later.</source>
        <translation>問題が発生しました。
アンインストールに失敗しました。後でもう一度お試し下さい。</translation>
    </message>
    <message id="app-install-success">
        <source>Congratulations!
&apos;%1&apos; DApp is successfully installed.</source>
        <translation>おめでとうございます！
%1 DAppのインストールに成功しました。</translation>
    </message>
    <message id="app-install-fail">
        <source>Sorry, the installation failed.
Please, check the file and try again.</source>
        <translation>インストールに失敗しました。
ファイルを確認してもう一度お試しください。</translation>
    </message>
    <message id="dapp-store-dialog-title">
        <source>Dapp Store</source>
        <translation>DAPP Store</translation>
    </message>
    <message id="settings-blockchain-height">
        <source>Blockchain height</source>
        <translation>ブロック高</translation>
    </message>
    <message id="assets-swap-title">
        <source>Assets Swaps</source>
        <translation>アセットスワップ</translation>
    </message>
    <message id="wallet-atomic-swap-title">
        <source>Create Offer</source>
        <translation type="unfinished">Create Offer</translation>
    </message>
    <message id="app-install-timeout-fail">
        <source>Sorry, the installation failed.
Please, restart the wallet and try again.</source>
        <translation>インストールに失敗しました。
ウォレットを再起動してもう一度お試しください。</translation>
    </message>
    <message id="app-update-fail">
        <source>Sorry, the update failed.
Please, check the file and try again.</source>
        <translation>更新に失敗しました。
ファイルを確認してもう一度お試しください。</translation>
    </message>
    <message id="app-update-timeout-fail">
        <source>Sorry, the update failed.
Please, restart the wallet and try again.</source>
        <translation>更新に失敗しました。
ウォレットを再起動してもう一度お試しください。</translation>
    </message>
    <message id="dapps-store-installing">
        <source>installing</source>
        <translation>インストール中</translation>
    </message>
    <message id="dapps-store-updating">
        <source>updating</source>
        <translation>更新中</translation>
    </message>
    <message id="general-receive">
        <source>Receive</source>
        <translation>受信</translation>
    </message>
    <message id="swap-rate">
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message id="swap-time-created">
        <source>Created on</source>
        <translation>作成日</translation>
    </message>
    <message id="swap-expiration">
        <source>Expiration</source>
        <translation>期限切れ</translation>
    </message>
    <message id="swap-cancel-offer">
        <source>cancel offer</source>
        <translation>オファーをキャンセルする</translation>
    </message>
    <message id="swap-accept-offer">
        <source>accept offer</source>
        <translation>オファーを受ける</translation>
    </message>
    <message id="wallet-accept-asset-swap-title">
        <source>Accept Offer</source>
        <translation type="unfinished">Accept Offer</translation>
    </message>
    <message id="wallet-create-asset-swap-title">
        <source>Create Offer</source>
        <translation type="unfinished">Create Offer</translation>
    </message>
    <message id="asset-swap-fee">
        <source>Transaction fee</source>
        <translation>トランザクション手数料</translation>
    </message>
    <message id="amount-input-asset-search">
        <source>Enter asset name...</source>
        <translation>アセット名を入力する...</translation>
    </message>
    <message id="swap-active-offers-tab">
        <source>Active offers</source>
        <translation>アクティブなオファー</translation>
    </message>
    <message id="swap-my-offers-tab">
        <source>My offers</source>
        <translation>自分のオファー</translation>
    </message>
    <message id="assets-same-accept">
        <source>You can&apos;t accept offer with identical assets on both sides</source>
        <translation>両方が同一のアセットである場合、オファーを受けることはできません。</translation>
    </message>
    <message id="assets-same-create">
        <source>You can&apos;t create offer with identical assets on both sides</source>
        <translation>両方が同一のアセットである場合、オファーを作成することはできません。</translation>
    </message>
    <message id="notification-dex-completed">
        <source>Assets Swaps transaction completed</source>
        <translation>アセットスワップ トランザクションが完了しました</translation>
    </message>
    <message id="notification-dex-expired">
        <source>Assets Swaps transaction expired</source>
        <translation>アセットスワップ トランザクションの有効期限が切れました</translation>
    </message>
    <message id="notification-dex-failed">
        <source>Assets Swaps transaction failed</source>
        <translation>アセットスワップ トランザクションが失敗しました</translation>
    </message>
    <message id="notification-dex-canceled">
        <source>Assets Swaps transaction canceled</source>
        <translation>アセットスワップ トランザクションがキャンセルされました</translation>
    </message>
    <message id="tx-asset-swap-default-comment">
        <source>Assets Swaps transaction</source>
        <translation>アセットスワップ トランザクション</translation>
    </message>
    <message id="assets-swap-create-confirm-dialog-title">
        <source>Create asset swap</source>
        <translation>アセットスワップを作成する</translation>
    </message>
    <message id="assets-swap-accept-confirm-dialog-title">
        <source>Accept asset swap</source>
        <translation>アセットスワップを受け入れる</translation>
    </message>
    <message id="asset-swap-confirmation-create">
        <source>Confirm asset swap creation</source>
        <translation>アセットスワップ作成を確認する</translation>
    </message>
    <message id="asset-swap-confirmation-accept">
        <source>Accept asset swap</source>
        <translation>アセットスワップを受け入れる</translation>
    </message>
    <message id="assets-swap-confirm-dialog-send-amount">
        <source>Send amount</source>
        <translation>送金額</translation>
    </message>
    <message id="assets-swap-confirm-dialog-receive-amount">
        <source>Receive amount</source>
        <translation>受取り金額</translation>
    </message>
    <message id="assets-swap-confirm-dialog-fee-label">
        <source>Asset swap fee</source>
        <translation>アセットスワップ手数料</translation>
    </message>
    <message id="settings-ca">
        <source>Confidential assets</source>
        <translation>コンフィデンシャルアセット</translation>
    </message>
    <message id="settings-ca-descr">
        <source>Confidential assets allowed to receive</source>
        <translation>コンフィデンシャルアセットの受取りが許可されています</translation>
    </message>
    <message id="assets-settings">
        <source>Assets settings</source>
        <translation>アセット設定</translation>
    </message>
    <message id="messenger-title">
        <source>Beam Messenger</source>
        <translation>Beam Messenger</translation>
    </message>
    <message id="messenger-new-chat">
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message id="chat-title">
        <source>Chat with %1</source>
        <translation>%1 とチャットする</translation>
    </message>
    <message id="chat-message-placeholder">
        <source>[ctrl + enter] to send</source>
        <translation>送信する [ctrl + enter]</translation>
    </message>
    <message id="messenger-add-receiver-address-dialog-title">
        <source>Add receiver address</source>
        <translation>受信者アドレスを追加する</translation>
    </message>
    <message id="messenger-add-receiver-address-address">
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message id="messenger-add-receiver-address-name">
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message id="messenger-add-receiver-address-save">
        <source>add receiver address</source>
        <translation>受信者アドレスを追加する</translation>
    </message>
    <message id="chat-title-anon">
        <source>anonymous</source>
        <translation>匿名ユーザ</translation>
    </message>
    <message id="chat-message-placeholder-osx">
        <source>[command + enter] to send</source>
        <translation>送信する [command + enter]</translation>
    </message>
    <message id="verify-on-hw-wallet">
        <source>Verify on HW wallet</source>
        <translation>ハードウェアウォレットで確認する</translation>
    </message>
    <message id="messenger-add-receiver-address-my">
        <source>My address</source>
        <translation>自分のアドレス</translation>
    </message>
    <message id="receive-view-hw-wallet-disconnected">
        <source>QR code is wrong.
A hardware wallet is not connected. Please, connect the wallet</source>
        <translation>QR コードが間違っています。
ハードウェアウォレットが接続されていません。ウォレットを接続してください</translation>
    </message>
    <message id="approve-on-hw-wallet-title">
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message id="approve-on-hw-wallet-text">
        <source>Transaction is in process.
Connect your Hardware Wallet to finalize the transaction.</source>
        <translation>トランザクションが処理中です。
トランザクションを完了するためにハードウェアウォレットを接続してください。</translation>
    </message>
    <message id="dapps-store-publishers-page-main-title">
        <source>Publishers</source>
        <translation>発行元</translation>
    </message>
    <message id="dapps-store-publisher-show-dapps">
        <source>Show DApps</source>
        <translation>DAppsを表示する</translation>
    </message>
    <message id="dapps-store-publisher-hide-dapps">
        <source>Hide DApps</source>
        <translation>DAppsを非表示にする</translation>
    </message>
    <message id="atomic-swap-all-coins">
        <source>(all)</source>
        <translation>(すべて)</translation>
    </message>
    <message id="general-use-hw-wallet">
        <source>Use Hardware Wallet</source>
        <translation>ハードウェアウォレットを使用する</translation>
    </message>
    <message id="settings-start-switch">
        <source>Start</source>
        <translation>開始する</translation>
    </message>
    <message id="settings-dapps-switch">
        <source>DApps</source>
        <translation>DApps</translation>
    </message>
    <message id="settings-never-switch">
        <source>Never</source>
        <translation>無期限</translation>
    </message>
    <message id="receive-generate-new">
        <source>Generate new address</source>
        <extracomment>receive screen, button to generate new address</extracomment>
        <translation>新規アドレスを生成する</translation>
    </message>
    <message id="status-logout">
        <source>Logout</source>
        <translation type="unfinished">Logout</translation>
    </message>
    <message id="start-account-label">
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message id="start-new-account-label">
        <source>Account name</source>
        <translation type="unfinished">Account name</translation>
    </message>
    <message id="new-account-label">
        <source>Account %1</source>
        <translation type="unfinished">Account %1</translation>
    </message>
    <message id="start-account-password-label">
        <source>Account password</source>
        <translation type="unfinished">Account password</translation>
    </message>
    <message id="account-label-exists-error">
        <source>An account with the same label already exists.</source>
        <translation type="unfinished">An account with the same label already exists.</translation>
    </message>
    <message id="wallet-swap-button">
        <source>Swap</source>
        <translation>スワップ</translation>
    </message>
    <message id="apps-no-installed">
        <source>You don&apos;t have any applications installed yet</source>
        <translation type="unfinished">You don&apos;t have any applications installed yet</translation>
    </message>
    <message id="apps-no-at-all">
        <source>No applications yet</source>
        <translation type="unfinished">No applications yet</translation>
    </message>
    <message id="apps-installed-tab">
        <source>Installed</source>
        <translation type="unfinished">Installed</translation>
    </message>
    <message id="apps-all-tab">
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message id="help-title">
        <source>Documentation</source>
        <translation>ドキュメント</translation>
    </message>
    <message id="settings-connect-local-node">
        <source>Integrated node</source>
        <extracomment>settings tab, node section, connect to intergrated node label</extracomment>
        <translation>統合ノード</translation>
    </message>
    <message id="settings-connect-remote-node">
        <source>Remote node</source>
        <translation>リモートノード</translation>
    </message>
    <message id="general-add-account">
        <source>Add account</source>
        <translation type="unfinished">Add account</translation>
    </message>
    <message id="dapps-store-dapp-details">
        <source>dapp details</source>
        <translation type="unfinished">dapp details</translation>
    </message>
    <message id="dapp-store-app-details">
        <source>Application details</source>
        <translation type="unfinished">Application details</translation>
    </message>
    <message id="dapp-details-name">
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message id="dapp-details-description">
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message id="dapp-details-release-date">
        <source>Release date</source>
        <translation type="unfinished">Release date</translation>
    </message>
    <message id="dapp-details-publisher-key">
        <source>Publisher key</source>
        <translation type="unfinished">Publisher key</translation>
    </message>
    <message id="dapp-details-publisher-name">
        <source>Publisher name</source>
        <translation type="unfinished">Publisher name</translation>
    </message>
    <message id="dapp-details-category">
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message id="general-copy-SBBS-and-close">
        <source>copy SBBS address and close</source>
        <translation type="unfinished">copy SBBS address and close</translation>
    </message>
    <message id="settings-remove-wallet">
        <source>Remove current wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message id="settings-remove-wallet-confirm-message">
        <source>All data will be erased. Make sure you&apos;ve saved your seed phrase if you want to restore this wallet later on!</source>
        <translation type="unfinished"></translation>
    </message>
    <message id="settings-remove-wallet-confirm-question">
        <source>Are you sure you want to remove your wallet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message id="settings-remove-wallet-proceed">
        <source>proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message id="settings-remove-wallet-password-title">
        <source>Confirm wallet removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message id="settings-remove-wallet-password-placeholder">
        <source>Enter your password to remove the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message id="settings-remove-wallet-password-button">
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
