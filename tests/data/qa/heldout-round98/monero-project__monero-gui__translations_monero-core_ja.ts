<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Account</name>
    <message>
        <location filename="../pages/Account.qml" line="57"/>
        <source>Set the label of the selected account:</source>
        <translation>選択したアカウントのラベルをセットしてください:</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="89"/>
        <source>Balance All</source>
        <translation>すべての残高</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="96"/>
        <source>Total balance: </source>
        <translation>残高合計： </translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="119"/>
        <location filename="../pages/Account.qml" line="152"/>
        <source>Copied to clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="129"/>
        <source>Total unlocked balance: </source>
        <translation>アンロックされた残高の合計: </translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="167"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="260"/>
        <source>Balance: </source>
        <translation>残高: </translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="320"/>
        <source>Address copied to clipboard</source>
        <translation>アドレスをクリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="355"/>
        <source>Create new account</source>
        <translation>新しいアカウントの作成</translation>
    </message>
    <message>
        <location filename="../pages/Account.qml" line="357"/>
        <source>Set the label of the new account:</source>
        <translation>新しいアカウントのラベルをセットしてください:</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <location filename="../pages/AddressBook.qml" line="80"/>
        <source>Save your most used addresses here</source>
        <translation>よく使うアドレスを保存する</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="93"/>
        <source>This makes it easier to send or receive Monero and reduces errors when typing in addresses manually.</source>
        <translation>Moneroを送ったり受け取ったりするのが簡単になり、アドレスを手で打ち間違えるのを避けられます。</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="100"/>
        <location filename="../pages/AddressBook.qml" line="289"/>
        <source>Add an address</source>
        <translation>アドレスを追加</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="115"/>
        <source>Address book</source>
        <translation>アドレス帳</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="243"/>
        <source>Address copied to clipboard</source>
        <translation>アドレスをクリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="274"/>
        <source>Add address</source>
        <translation>アドレスを追加</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="289"/>
        <source>Edit an address</source>
        <translation>アドレスを編集</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="332"/>
        <source>Resolve</source>
        <translation>名前解決</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="347"/>
        <source>No valid address found at this OpenAlias address</source>
        <translation>このOpenAliasアドレスに結びつけられた有効なアドレスが見つかりません</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="352"/>
        <source>Address found, but the DNSSEC signatures could not be verified, so this address may be spoofed</source>
        <translation>アドレスは見つかりましたが、DNSSEC署名が検証できませんでした。このアドレスは改ざんされている可能性があります</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="354"/>
        <source>No valid address found at this OpenAlias address, but the DNSSEC signatures could not be verified, so this may be spoofed</source>
        <translation>このOpenAliasアドレスに結びつけられた有効なアドレスが見つからず、DNSSEC署名が検証できませんでした。このアドレスは改ざんされている可能性があります</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="357"/>
        <location filename="../pages/AddressBook.qml" line="360"/>
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="363"/>
        <source>No address found</source>
        <translation>アドレスが見つかりません</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="296"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="372"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="373"/>
        <source>Add a name...</source>
        <translation>名前を追加。。。</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="379"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="379"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="384"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="387"/>
        <source>Invalid address</source>
        <translation>不正なアドレス</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="391"/>
        <source>Can&apos;t create entry</source>
        <translation>項目を作成できません</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="410"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="427"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../pages/AddressBook.qml" line="487"/>
        <source>OpenAlias error</source>
        <translation>OpenAliasエラー</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <location filename="../components/ContextMenu.qml" line="37"/>
        <source>Paste</source>
        <translation>ペースト</translation>
    </message>
</context>
<context>
    <name>DaemonManagerDialog</name>
    <message>
        <location filename="../components/DaemonManagerDialog.qml" line="93"/>
        <source>Starting local node in %1 seconds</source>
        <translation>%1秒後にローカルノードを開始します</translation>
    </message>
    <message>
        <location filename="../components/DaemonManagerDialog.qml" line="113"/>
        <source>Start daemon (%1)</source>
        <translation>デーモンを開始 (%1)</translation>
    </message>
    <message>
        <location filename="../components/DaemonManagerDialog.qml" line="126"/>
        <source>Use custom settings</source>
        <translation>カスタム設定を使用</translation>
    </message>
</context>
<context>
    <name>DevicePassphraseDialog</name>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="44"/>
        <source>Hardware wallet</source>
        <translation>ハードウェアウォレット</translation>
    </message>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="45"/>
        <source>Computer</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="67"/>
        <source>Hardware wallet passphrase</source>
        <translation>ハードウェアウォレットパスフレーズ</translation>
    </message>
    <message>
        <location filename="../components/DevicePassphraseDialog.qml" line="68"/>
        <source>Please select where you want to enter passphrase.
It is recommended to enter passphrase on the hardware wallet for better security.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../pages/History.qml" line="189"/>
        <source>Date from</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="203"/>
        <source>Date to</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="310"/>
        <location filename="../pages/History.qml" line="889"/>
        <location filename="../pages/History.qml" line="1686"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="89"/>
        <source>Transactions</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="109"/>
        <source>Sort &amp; filter</source>
        <translation>ソート &amp; フィルター</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="230"/>
        <source>Sort by</source>
        <translation>ソート</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="251"/>
        <location filename="../pages/History.qml" line="1168"/>
        <source>Blockheight</source>
        <translation>ブロック高</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="369"/>
        <location filename="../pages/History.qml" line="1687"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="449"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="479"/>
        <source>Jump to page (1-%1)</source>
        <translation>ページ移動 (1-%1)</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="487"/>
        <source>Invalid page. Must be a number within the specified range.</source>
        <translation>不正なページです。指定された範囲の数値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="636"/>
        <source>Sent</source>
        <translation>出金</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="636"/>
        <source>Received</source>
        <translation>入金</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="159"/>
        <source>Search by Transaction ID, Address, Description, Amount or Blockheight</source>
        <translation>トランザクションID、アドレス、説明、金額、ブロック高のいずれかで探す</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="686"/>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="686"/>
        <source>Mined</source>
        <translation>採掘</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="703"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1184"/>
        <source>Pending</source>
        <translation>ペンディング</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="831"/>
        <source>Confirmations</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1011"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1079"/>
        <source>Transaction ID</source>
        <translation>トランザクションID</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1123"/>
        <source>Transaction key</source>
        <translation>トランザクションキー</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1139"/>
        <source>Click to reveal</source>
        <translation>クリックして見せる</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="777"/>
        <source>Unknown recipient</source>
        <translation>不明な宛先</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1327"/>
        <source>Advanced options</source>
        <translation>高度なオプション</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1343"/>
        <source>Human readable date format</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1349"/>
        <source>Export all history</source>
        <translation>すべての履歴をエクスポート</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1586"/>
        <source>Set description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1589"/>
        <source>Updated description.</source>
        <translation>説明を更新しました。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1619"/>
        <source>No transaction history yet.</source>
        <translation>トランザクションの履歴がありません。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1621"/>
        <source>No results.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1623"/>
        <source>%1 transactions total, showing %2.</source>
        <translation>%1 個中 %2 個のトランザクション。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="784"/>
        <location filename="../pages/History.qml" line="1641"/>
        <source>Primary address</source>
        <translation>プライマリーアドレス</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="652"/>
        <source>Unknown amount</source>
        <translation>金額不明</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="748"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="748"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="768"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="771"/>
        <source>Waiting confirmation...</source>
        <translation>承認待ち...</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="779"/>
        <source>My wallet</source>
        <translation>マイウォレット</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="784"/>
        <location filename="../pages/History.qml" line="787"/>
        <location filename="../pages/History.qml" line="789"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="793"/>
        <source>Unknown address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1650"/>
        <source>Transaction details</source>
        <translation>トランザクションの詳細</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1676"/>
        <source>Copied to clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1685"/>
        <source>Tx ID:</source>
        <translation>トランザクションID:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1688"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1689"/>
        <source>Payment ID:</source>
        <translation>ペイメントID:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1690"/>
        <source>Integrated address</source>
        <translation>統合アドレス</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1691"/>
        <source>Tx key:</source>
        <translation>トランザクションキー:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1692"/>
        <source>Tx note:</source>
        <translation>トランザクションの説明:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1693"/>
        <source>Destinations:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1694"/>
        <source>Rings:</source>
        <translation>リング:</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1711"/>
        <source>Please choose a folder</source>
        <translation>フォルダを選択してください</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1721"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1722"/>
        <source>CSV file written to: %1</source>
        <translation>CSVファイルに書き込みました: %1</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1723"/>
        <source>Tip: Use your favorite spreadsheet software to sort on blockheight.</source>
        <translation>Tip: お好きなスプレッドシートソフトウェアを使ってブロック高でソートしてください。</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1727"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../pages/History.qml" line="1728"/>
        <source>Error exporting transaction data.</source>
        <translation>トランザクションデータのエクスポート中にエラーがありました。</translation>
    </message>
</context>
<context>
    <name>InputDialog</name>
    <message>
        <location filename="../components/InputDialog.qml" line="135"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../components/InputDialog.qml" line="147"/>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../pages/Keys.qml" line="73"/>
        <source>Mnemonic seed</source>
        <translation>ニーモニックシード</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="62"/>
        <source>WARNING: Do not reuse your Monero keys on another fork, UNLESS this fork has key reuse mitigations built in. Doing so will harm your privacy.</source>
        <translation>警告: キーの再利用に関する対策が組み込まれていない限り、Moneroのキーを別のフォークで使い回さないでください。あなたのプライバシーが損なわれます。</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="85"/>
        <source>WARNING: Copying your seed to clipboard can expose you to malicious software, which may record your seed and steal your Monero. Please write down your seed manually.</source>
        <translation>警告: シードをクリップボードにコピーすると、シードを記録しMoneroを盗む悪意あるソフトウェアに晒される可能性があります。シードは手で書き留めてください。</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="106"/>
        <source>Wallet restore height</source>
        <translation>ウォレットを復元するブロック高</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="122"/>
        <source>Block #</source>
        <translation>ブロック番</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="134"/>
        <source>Primary address &amp; Keys</source>
        <translation>プライマリーアドレスとキー</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="149"/>
        <source>Primary address</source>
        <translation>プライマリーアドレス</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="197"/>
        <source>Export wallet</source>
        <translation>ウォレットをエクスポート</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="212"/>
        <location filename="../pages/Keys.qml" line="254"/>
        <source>Spendable Wallet</source>
        <translation>支払い可能ウォレット</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="222"/>
        <location filename="../pages/Keys.qml" line="254"/>
        <source>View Only Wallet</source>
        <translation>閲覧専用ウォレット</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="260"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="281"/>
        <source>Mnemonic seed protected by hardware device.</source>
        <translation>ハードウェアデバイスによってニーモニックシードは守られています。</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="291"/>
        <source>(View Only Wallet - No mnemonic seed available)</source>
        <translation>(閲覧専用ウォレット - ニーモニックシードなし)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="292"/>
        <source>(View Only Wallet - No secret spend key available)</source>
        <translation>(閲覧専用ウォレット - スペンドキーなし)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="299"/>
        <source>(Hardware Device Wallet - No secret spend key available)</source>
        <translation>(ハードウェアデバイスウォレット - シークレットスペンドキーなし)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="158"/>
        <source>Secret view key</source>
        <translation>ビューキー (秘密)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="167"/>
        <source>Public view key</source>
        <translation>ビューキー (公開)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="176"/>
        <source>Secret spend key</source>
        <translation>スペンドキー (秘密)</translation>
    </message>
    <message>
        <location filename="../pages/Keys.qml" line="185"/>
        <source>Public spend key</source>
        <translation>スペンドキー (公開)</translation>
    </message>
</context>
<context>
    <name>LanguageSidebar</name>
    <message>
        <location filename="../components/LanguageSidebar.qml" line="138"/>
        <source>Language changed.</source>
        <translation>言語が変更されました。</translation>
    </message>
</context>
<context>
    <name>LeftPanel</name>
    <message>
        <location filename="../LeftPanel.qml" line="148"/>
        <source>Testnet</source>
        <translation>テストネット</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="148"/>
        <source>Stagenet</source>
        <translation>ステージネット</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="162"/>
        <source>View Only</source>
        <translation>閲覧専用</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="294"/>
        <source>Copied to clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="185"/>
        <location filename="../LeftPanel.qml" line="369"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="224"/>
        <source>Syncing...</source>
        <translation>同期中。。。</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="370"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="390"/>
        <source>Send</source>
        <translation>送金する</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="412"/>
        <source>Address book</source>
        <translation>アドレス帳</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="413"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="434"/>
        <source>Receive</source>
        <translation>受け取る</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="435"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="457"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="478"/>
        <source>Advanced</source>
        <translation>高度な機能</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="479"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="499"/>
        <source>Mining</source>
        <translation>マイニング</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="500"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="522"/>
        <source>Prove/check</source>
        <translation>証明と検証</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="545"/>
        <source>Shared RingDB</source>
        <translation>共有リングDB</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="627"/>
        <source>Wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="636"/>
        <source>Daemon</source>
        <translation>デーモン</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="523"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="456"/>
        <source>Transactions</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="546"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="568"/>
        <source>Sign/verify</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="569"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="590"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="591"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../LeftPanel.qml" line="391"/>
        <source>S</source>
        <translation>S</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <location filename="../components/LineEdit.qml" line="164"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../components/LineEdit.qml" line="170"/>
        <source>Copied to clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
</context>
<context>
    <name>LineEditMulti</name>
    <message>
        <location filename="../components/LineEditMulti.qml" line="135"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../components/LineEditMulti.qml" line="140"/>
        <source>Copied to clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../components/LineEditMulti.qml" line="151"/>
        <source>Paste</source>
        <translation>ペースト</translation>
    </message>
</context>
<context>
    <name>Merchant</name>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="132"/>
        <source>Sales</source>
        <translation>売上</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="165"/>
        <location filename="../pages/merchant/Merchant.qml" line="648"/>
        <source>Currently monitoring incoming transactions, none found yet.</source>
        <translation>送られてくる取引を監視していますが、まだ見つかっていません。</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="235"/>
        <source>Save As</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="159"/>
        <source>This page will automatically scan the blockchain and the tx pool for incoming transactions using the QR code.</source>
        <translation>このページはQRコードを使って入金トランザクションをトランザクションプールとブロックチェーンから自動的にスキャンします。</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="160"/>
        <source>It&apos;s up to you whether to accept unconfirmed transactions or not. It is likely they&apos;ll be confirmed in short order, but there is still a possibility they might not, so for larger values you may want to wait for one or more confirmation(s)</source>
        <translation>未承認トランザクションを受け入れるかどうかはあなた次第です。おそらく、まもなく承認されるでしょうが、承認されない可能性もあります。従って、金額が大きい場合は1回以上の承認がなされるまで待つほうが良いかもしれません。</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="269"/>
        <source>Currently selected address</source>
        <translation>選択中のアドレス</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="271"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="296"/>
        <source>(right-click, save as)</source>
        <translation>(右クリック、名前をつけて保存)</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="340"/>
        <source>Payment URL</source>
        <translation>支払いURL</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="419"/>
        <source>Copied to clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="452"/>
        <location filename="../pages/merchant/Merchant.qml" line="505"/>
        <source>Amount to receive</source>
        <translation>受け取る金額</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="532"/>
        <source>Enable sales tracker</source>
        <translation>売上トラッカーを有効化</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="544"/>
        <source>Leave this page</source>
        <translation>このページを離れる</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="574"/>
        <source>The merchant page requires a larger window</source>
        <translation>店舗ページはより大きなウィンドウを必要としています</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="596"/>
        <source>WARNING: no connection to daemon</source>
        <translation>警告: デーモンに接続していません</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="690"/>
        <source>Save QrCode</source>
        <translation>QRコードを保存</translation>
    </message>
    <message>
        <location filename="../pages/merchant/Merchant.qml" line="691"/>
        <source>Failed to save QrCode to </source>
        <translation>QRコードの保存に失敗しました </translation>
    </message>
</context>
<context>
    <name>MerchantTrackingList</name>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="103"/>
        <source>show</source>
        <translation>見る</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="103"/>
        <source>hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="128"/>
        <source>unconfirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="163"/>
        <source>Awaiting in txpool</source>
        <translation>取引プール内</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="167"/>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="169"/>
        <source>confirmations</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../pages/merchant/MerchantTrackingList.qml" line="172"/>
        <source>confirmation</source>
        <translation>承認</translation>
    </message>
</context>
<context>
    <name>Mining</name>
    <message>
        <location filename="../pages/Mining.qml" line="54"/>
        <source>Solo mining</source>
        <translation>ソロマイニング</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="65"/>
        <source>Your daemon must be synchronized before you can start mining</source>
        <translation>マイニングを始める前にデーモンを同期しなければなりません</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="99"/>
        <source>CPU threads</source>
        <translation>CPUスレッド数</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="59"/>
        <source>Mining is only available on local daemons.</source>
        <translation>マイニングはローカルデーモンでのみ可能です。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="71"/>
        <source>Mining with your computer helps strengthen the Monero network. The more that people mine, the harder it is for the network to be attacked, and every little bit helps.

Mining also gives you a small chance to earn some Monero. Your computer will create hashes looking for block solutions. If you find a block, you will get the associated reward. Good luck!</source>
        <translation>自分のコンピュータでマイニングをすることでMoneroネットワークをより強固にできます。多くの人がマイニングをすればするほど、攻撃はより難しくなります。

マイニングをするとMoneroが手に入ることがあります。コンピュータはブロックの解となるハッシュ値を生成し、もしブロックを見つけたら報酬が手に入ります。グッドラック！</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="83"/>
        <source>Mining may reduce the performance of other running applications and processes.</source>
        <translation>マイニングは他のアプリケーションやプロセスのパフォーマンスを低下させる可能性があります。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="118"/>
        <source>Max # of CPU threads available for mining: </source>
        <translation>マイニングに使うCPUスレッド数の最大値: </translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="129"/>
        <source>Use recommended # of threads</source>
        <translation>推奨のスレッド数を使う</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="133"/>
        <source>Set to use recommended # of threads</source>
        <translation>セットして推奨のスレッド数を使う</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="140"/>
        <source>Use all threads</source>
        <translation>すべてのスレッドを使う</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="144"/>
        <source>Set to use all threads</source>
        <translation>セットしてすべてのスレッドを使う</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="155"/>
        <source>Background mining (experimental)</source>
        <translation>バックグラウンドマイニング (実験的)</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="167"/>
        <source>Enable mining when running on battery</source>
        <translation>バッテリ駆動中でもマイニングを行う</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="178"/>
        <source>Manage miner</source>
        <translation>マイナーの管理</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="194"/>
        <source>Start mining</source>
        <translation>マイニングの開始</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="200"/>
        <source>Error starting mining</source>
        <translation>マイニングの開始エラー</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="201"/>
        <source>Couldn&apos;t start mining.&lt;br&gt;</source>
        <translation>マイニングを開始できませんでした。&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="203"/>
        <source>Mining is only available on local daemons. Run a local daemon to be able to mine.&lt;br&gt;</source>
        <translation>マイニングはローカル上のデーモンからのみ行えます。マイニングをするには、ローカル上でデーモンを起動してください。&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="214"/>
        <source>Stop mining</source>
        <translation>マイニングの停止</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="230"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="256"/>
        <source>Mining temporarily suspended.</source>
        <translation>マイニングは一時的に中断されました。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="265"/>
        <source>Mining at %1 H/s. It gives you a 1 in %2 daily chance of finding a block.</source>
        <translation>%1 H/s でマイニングしています。これによって、一日あたりブロックを採掘できるチャンスは1/%2です。</translation>
    </message>
    <message>
        <location filename="../pages/Mining.qml" line="242"/>
        <location filename="../pages/Mining.qml" line="269"/>
        <source>Not mining</source>
        <translation>マイニングしていません</translation>
    </message>
</context>
<context>
    <name>Navbar</name>
    <message>
        <location filename="../pages/settings/Navbar.qml" line="136"/>
        <source>Wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <location filename="../pages/settings/Navbar.qml" line="188"/>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <location filename="../pages/settings/Navbar.qml" line="241"/>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location filename="../pages/settings/Navbar.qml" line="294"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../pages/settings/Navbar.qml" line="347"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>NetworkStatusItem</name>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="131"/>
        <source>Network status</source>
        <translation>ネットワークの状態</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="57"/>
        <source>Connected</source>
        <translation>接続されました</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="45"/>
        <source>Starting the node</source>
        <translation>ノードの起動</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="47"/>
        <source>Stopping the node</source>
        <translation>ノードの停止</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="54"/>
        <source>Synchronizing</source>
        <translation>同期中</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="56"/>
        <source>Remote node</source>
        <translation>リモートノード</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="57"/>
        <source>Mining</source>
        <translation>マイニング</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="59"/>
        <source>Wrong version</source>
        <translation>不正なバージョン</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="62"/>
        <source>Searching node</source>
        <translation>ノードの検索</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="64"/>
        <source>Disconnected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="66"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="68"/>
        <source>Invalid connection status</source>
        <translation>不正な接続状態</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="188"/>
        <source>Successfully switched to another public node</source>
        <translation>別種のパブリックノードに接続できました。</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="191"/>
        <source>Failed to switch public node</source>
        <translation>パブリックノードの切り替えに失敗</translation>
    </message>
    <message>
        <location filename="../components/NetworkStatusItem.qml" line="201"/>
        <source>Switching to another public node</source>
        <translation>他のパブリックノードに切り替え中</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../components/PasswordDialog.qml" line="159"/>
        <source>Please enter new wallet password</source>
        <translation>新しいウォレットのパスワードを入力してください</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="161"/>
        <source>wallet password</source>
        <translation>ウォレットのパスワード</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="161"/>
        <source>wallet device passphrase</source>
        <translation>ウォレットデバイスのパスフレーズ</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="162"/>
        <source>Please enter %1 for: </source>
        <translation>これのために%1を入力してください</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="162"/>
        <source>Please enter %1</source>
        <translation>%1を入力してください</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="174"/>
        <source>Warning: passphrase entry on host is a security risk as it can be captured by malware. It is advised to prefer device-based passphrase entry.</source>
        <translation>警告: ホストで入力したパスフレーズはマルウェアが盗聴する可能性がありセキュリティリスクとなります。デバイスでパスフレーズを入力することをおすすめします。</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="203"/>
        <source>CAPSLOCKS IS ON.</source>
        <translation>Caps Lockがオンです。</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="238"/>
        <source>Please confirm new password</source>
        <translation>もう一度新しいパスワードを入力してください</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="238"/>
        <source>Please confirm wallet device passphrase</source>
        <translation>ウォレットデバイスのパスワードを確認してください</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="283"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../components/PasswordDialog.qml" line="293"/>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
</context>
<context>
    <name>ProcessingSplash</name>
    <message>
        <location filename="../components/ProcessingSplash.qml" line="103"/>
        <source>Please wait...</source>
        <translation>お待ちください...</translation>
    </message>
</context>
<context>
    <name>ProgressBar</name>
    <message>
        <location filename="../components/ProgressBar.qml" line="38"/>
        <source>%1 blocks remaining: </source>
        <translation>%1 残りブロック数: </translation>
    </message>
    <message>
        <location filename="../components/ProgressBar.qml" line="72"/>
        <source>Synchronizing %1</source>
        <translation>%1 同期中</translation>
    </message>
</context>
<context>
    <name>QRCodeScanner</name>
    <message>
        <location filename="../components/QRCodeScanner.qml" line="137"/>
        <source>QrCode Scanned</source>
        <translation>QRコードをスキャンしました</translation>
    </message>
</context>
<context>
    <name>Receive</name>
    <message>
        <location filename="../pages/Receive.qml" line="55"/>
        <source>Set the label of the selected address:</source>
        <translation>選択したアドレスのラベル:</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="85"/>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="295"/>
        <source>Save as image</source>
        <translation>画像として保存する</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="304"/>
        <source>Show on device</source>
        <translation>デバイスに表示する</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="324"/>
        <source>Please choose a name</source>
        <translation>名前を選んでください</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="250"/>
        <source>Set the label of the new address:</source>
        <translation>新しいアドレスのラベル:</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="210"/>
        <source>Address copied to clipboard</source>
        <translation>アドレスをクリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="248"/>
        <source>Create new address</source>
        <translation>新しいアドレスの作成</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="331"/>
        <source>Save QrCode</source>
        <translation>QRコードを保存</translation>
    </message>
    <message>
        <location filename="../pages/Receive.qml" line="332"/>
        <source>Failed to save QrCode to </source>
        <translation>QRコードの保存に失敗しました </translation>
    </message>
</context>
<context>
    <name>RemoteNodeEdit</name>
    <message>
        <location filename="../components/RemoteNodeEdit.qml" line="88"/>
        <source>Remote Node Hostname / IP</source>
        <translation>リモートノードのホスト名またはIP</translation>
    </message>
    <message>
        <location filename="../components/RemoteNodeEdit.qml" line="111"/>
        <source>Port</source>
        <translation>ポート番号</translation>
    </message>
</context>
<context>
    <name>SettingsInfo</name>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="46"/>
        <location filename="../pages/settings/SettingsInfo.qml" line="48"/>
        <source>Simple mode</source>
        <translation>シンプルモード</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="50"/>
        <source>Advanced mode</source>
        <translation>高度なモード</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="70"/>
        <source>GUI version: </source>
        <translation>GUIバージョン: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="100"/>
        <source>Embedded Monero version: </source>
        <translation>組み込まれているMoneroのバージョン: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="130"/>
        <source>Wallet path: </source>
        <translation>ウォレットのパス: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="188"/>
        <source>Set a new restore height.
You can enter a block height or a date (YYYY-MM-DD):</source>
        <translation>復元を開始するブロック高を入力してください。
ブロック高あるいは日付 (YYYY-MM-DD) を入力できます:</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="230"/>
        <source>Invalid restore height specified. Must be a number or a date formatted YYYY-MM-DD</source>
        <translation>不正なブロック高が指定されました。数値か YYYY-MM-DD という形式の日付でなければなりません</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="207"/>
        <source>Rescan wallet cache</source>
        <translation>ウォレットのキャッシュを再スキャン</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="50"/>
        <source>Remote node</source>
        <translation>リモートノード</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="50"/>
        <source>Local node</source>
        <translation>ローカルノード</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="176"/>
        <source>Wallet restore height: </source>
        <translation>復元するブロック高：</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="186"/>
        <source>Change</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="208"/>
        <source>Are you sure you want to rebuild the wallet cache?
The following information will be deleted
- Recipient addresses
- Tx keys
- Tx descriptions

The old wallet cache file will be renamed and can be restored later.
</source>
        <translation>本当にウォレットのキャッシュを再構築しますか？
以下の情報が削除されます。
- 宛先アドレス
- 取引キー
- 取引の説明

古いウォレットのキャッシュはリネームされ後で復元できます。
</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="264"/>
        <source>Wallet log path: </source>
        <translation>ウォレットログのパス: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="307"/>
        <source>Wallet mode: </source>
        <translation>ウォレットモード: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="338"/>
        <source>Graphics mode: </source>
        <translation>グラフィックスモード: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="372"/>
        <source>Tails: </source>
        <translation>Tails: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="380"/>
        <source>persistent</source>
        <translation>永続的</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="380"/>
        <source>persistence disabled</source>
        <translation>存続を無効にしました</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="389"/>
        <source>Copy to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="408"/>
        <source>Copied to clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsInfo.qml" line="414"/>
        <source>Donate to Monero</source>
        <translation>Moneroに寄付</translation>
    </message>
</context>
<context>
    <name>SettingsLayout</name>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="58"/>
        <source>Custom decorations</source>
        <translation>カスタムデコレーションを使用</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="82"/>
        <source>Hide balance</source>
        <translation>残高を隠す</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="140"/>
        <source>Lock wallet on inactivity</source>
        <translation>一定時間でウォレットをロック</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="88"/>
        <source>Light theme</source>
        <translation>ライトテーマ</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="66"/>
        <source>Check for updates periodically</source>
        <translation>アップデートを定期的に確認する</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="72"/>
        <source>Display wallet name in title bar</source>
        <translation>タイトルバーにウォレット名を表示する</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="98"/>
        <source>Ask for password before sending a transaction</source>
        <translation>トランザクションを送信する前にパスワードを要求する</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="106"/>
        <source>Wrong password</source>
        <translation type="unfinished">パスワードが間違っています</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="120"/>
        <source>Autosave</source>
        <translation>自動保存</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="132"/>
        <source>Every</source>
        <translation>毎</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="132"/>
        <source>minute(s)</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="153"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="153"/>
        <source>minute</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="154"/>
        <source>After </source>
        <translation>あと </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="163"/>
        <source>Enable displaying balance in other currencies</source>
        <translation>他通貨での残高表示を有効にする</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="189"/>
        <source>Price source</source>
        <translation>価格のソース</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="213"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="242"/>
        <source>Enabling price conversion exposes your IP address to the selected price source.</source>
        <translation>通貨の変換を有効にすると選択した価格のソースに対しIPアドレスが開示されます。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="249"/>
        <source>Confirm and enable</source>
        <translation>確認して有効化</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="268"/>
        <source>Socks5 proxy (%1%2)</source>
        <translation>Socks5 プロキシ (%1%2)</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="269"/>
        <source>remote node connections, </source>
        <translation>リモートノード接続、 </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="270"/>
        <source>updates downloading, fetching price sources</source>
        <translation>アップデートをダウンロード中、価格情報を取得中</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="282"/>
        <source>IP address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="283"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLayout.qml" line="295"/>
        <source>Change language</source>
        <translation>言語の変更</translation>
    </message>
</context>
<context>
    <name>SettingsLog</name>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="68"/>
        <source>Log level</source>
        <translation>ログレベル</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="134"/>
        <source>Daemon log</source>
        <translation>デーモンログ</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="220"/>
        <source>command + enter (e.g &apos;help&apos; or &apos;status&apos;)</source>
        <translation>コマンド + enter (e.g &apos;help&apos; あるいは &apos;status&apos;)</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsLog.qml" line="243"/>
        <source>Failed to send command</source>
        <translation>コマンドの送信に失敗しました</translation>
    </message>
</context>
<context>
    <name>SettingsNode</name>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="115"/>
        <source>Local node</source>
        <translation>ローカルノード</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="131"/>
        <source>The blockchain is downloaded to your computer. Provides higher security and requires more local storage.</source>
        <translation>ブロックチェーンをあなたのコンピュータにダウンロードします。より高いセキュリティを提供しより多くのローカルストレージを要求します。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="208"/>
        <source>Remote node</source>
        <translation>リモートノード</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="224"/>
        <source>Uses a third-party server to connect to the Monero network. Less secure, but easier on your computer.</source>
        <translation>サードパーティーのサーバを使ってMoneroネットワークに接続します。セキュリティは低くなりますがより簡単です。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="262"/>
        <source>To find a remote node, type &apos;Monero remote node&apos; into your favorite search engine. Please ensure the node is run by a trusted third-party.</source>
        <translation>リモートノードを見つけるには、お好きな検索エンジンで&apos;Monero remote node&apos;と検索してください。ノードが信頼できるサードパーティーによって運営されていることを確認してください。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="270"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="271"/>
        <source>Port</source>
        <translation>ポート番号</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="281"/>
        <source>Remote node updated. Trusted daemon has been reset. Mark again, if desired.</source>
        <translation>リモートノードが更新され、信頼するデーモンがリセットされました。望むなら再セットしてください。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="293"/>
        <source>Daemon username</source>
        <translation>デーモンのユーザー名</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="295"/>
        <location filename="../pages/settings/SettingsNode.qml" line="397"/>
        <source>(optional)</source>
        <translation>(オプショナル)</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="304"/>
        <source>Daemon password</source>
        <translation>デーモンのパスワード</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="306"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="321"/>
        <source>Mark as Trusted Daemon</source>
        <translation>信頼するデーモンとして記録</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="328"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="351"/>
        <source>Start daemon</source>
        <translation>デーモンの開始</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="351"/>
        <source>Stop daemon</source>
        <translation>デーモンを停止</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="370"/>
        <source>Blockchain location</source>
        <translation>ブロックチェーンの場所</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="370"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="371"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="373"/>
        <source>(default)</source>
        <translation>(デフォルト)</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="396"/>
        <source>Daemon startup flags</source>
        <translation>デーモンの起動フラグ</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="420"/>
        <source>Bootstrap Address</source>
        <translation>ブートストラップアドレス</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsNode.qml" line="421"/>
        <source>Bootstrap Port</source>
        <translation>ブートストラップポート</translation>
    </message>
</context>
<context>
    <name>SettingsWallet</name>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="56"/>
        <source>Close this wallet</source>
        <translation>このウォレットを閉じる</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="55"/>
        <source>Logs out of this wallet.</source>
        <translation>このウォレットからログアウトします。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="64"/>
        <source>Create a view-only wallet</source>
        <translation>閲覧専用ウォレットを作る</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="63"/>
        <source>Creates a new wallet that can only view and initiate transactions, but requires a spendable wallet to sign transactions before sending.</source>
        <translation>取引の閲覧と初期作成ができる新しいウォレットを作成します。取引に署名して送信するには支払い可能なウォレットが必要です。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="71"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="72"/>
        <source>The view only wallet has been created with the same password as the current wallet. You can open it by closing this current wallet, clicking the &quot;Open wallet from file&quot; option, and selecting the view wallet in: 
%1
You can change the password in the wallet settings.</source>
        <translation>現在のウォレットと同じパスワードの閲覧専用ウォレットが作成されました。ウォレットを開くには現在のウォレットを閉じて&quot;ファイルからウォレットを開く&quot;をクリックし、次のウォレットを選択してください: 
%1
ウォレットの設定からパスワードを変更することができます。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="86"/>
        <source>Show seed &amp; keys</source>
        <translation>シードとキーの表示</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="85"/>
        <source>Store this information safely to recover your wallet in the future.</source>
        <translation>あなたのウォレットを将来復元するためこの情報を安全に保存してください。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="96"/>
        <source>Rescan wallet balance</source>
        <translation>ウォレットの残高を再スキャン</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="95"/>
        <source>Use this feature if you think the shown balance is not accurate.</source>
        <translation>もし表示されている残高がおかしいと思ったらこの機能を使ってください。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="76"/>
        <location filename="../pages/settings/SettingsWallet.qml" line="102"/>
        <location filename="../pages/settings/SettingsWallet.qml" line="127"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="103"/>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="108"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="109"/>
        <source>Successfully rescanned spent outputs.</source>
        <translation>使用済みアウトプットの再スキャンに成功しました。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="120"/>
        <source>Change wallet password</source>
        <translation>ウォレットのパスワードを変更</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="143"/>
        <source>Receive Monero for your business, easily.</source>
        <translation>あなたのビジネスでモネロを簡単に受け取りましょう。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="144"/>
        <source>Enter merchant mode</source>
        <translation>商用モードに入ります</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="119"/>
        <source>Change the password of your wallet.</source>
        <translation>ウォレットのパスワードを変更してください。</translation>
    </message>
    <message>
        <location filename="../pages/settings/SettingsWallet.qml" line="128"/>
        <source>Wrong password</source>
        <translation>パスワードが間違っています</translation>
    </message>
</context>
<context>
    <name>SharedRingDB</name>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="100"/>
        <source>Shared RingDB</source>
        <translation>共有リングDB</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="104"/>
        <source>This page allows you to interact with the shared ring database. This database is meant for use by Monero wallets as well as wallets from Monero clones which reuse the Monero keys.</source>
        <translation>このページでは共有リングデータベースを操作できます。このデータベースはMoneroウォレットおよびMoneroのキーを再利用するMoneroクローンのウォレットで利用するためのものです。</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="117"/>
        <location filename="../pages/SharedRingDB.qml" line="119"/>
        <source>Outputs marked as spent</source>
        <translation>排除されたアウトプット</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="117"/>
        <location filename="../pages/SharedRingDB.qml" line="254"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="120"/>
        <source>In order to obscure which inputs in a Monero transaction are being spent, a third party should not be able to tell which inputs in a ring are already known to be spent. Being able to do so would weaken the protection afforded by ring signatures. If all but one of the inputs are known to be already spent, then the input being actually spent becomes apparent, thereby nullifying the effect of ring signatures, one of the three main layers of privacy protection Monero uses.&lt;br&gt;To help transactions avoid those inputs, a list of known spent ones can be used to avoid using them in new transactions. Such a list is maintained by the Monero project and is available on the getmonero.org website, and you can import this list here.&lt;br&gt;Alternatively, you can scan the blockchain (and the blockchain of key-reusing Monero clones) yourself using the monero-blockchain-mark-spent-outputs tool to create a list of known spent outputs.&lt;br&gt;</source>
        <translation>第三者がリング内に既知の使用済みインプットを見つけられないことは、Moneroトランザクションのどのインプットが使用されたのかを隠すために必要です。もし見つけられるとリング署名による保護は弱まります。もし1つのインプットを除いてすべてが使用済みだと知られている場合、実際に使用されたインプットは明らかとなり、Moneroが使っている3つの主要なプライバシー保護レイヤーのうちの1つであるリング署名の効果が失われてしまいます。&lt;br&gt;トランザクションでそれらのインプットを避けるため、既知の使用済みインプットのリストを用いてそれらを新規のトランザクションで使用しないようにできます。このようなリストはMoneroプロジェクトによって保守されgetmonero.orgのウェブサイトで公開されており、ここではこのリストをインポートすることができます。&lt;br&gt;あるいはmonero-blockchain-mark-spent-outputsというツールを使い、Moneroのブロックチェーン(およびキーを再利用するMoneroクローンのブロックチェン)を自分でスキャンして既知の使用済みアウトプットのリストを生成できます。&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="141"/>
        <source>This sets which outputs are known to be spent, and thus not to be used as privacy placeholders in ring signatures. </source>
        <translation>既知の使用済みアウトプットをセットし、リング署名でプライバシー用のプレースホルダーとして使われないようにします。</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="142"/>
        <source>You should only have to load a file when you want to refresh the list. Manual adding/removing is possible if needed.</source>
        <translation>リストをリフレッシュしたい場合ファイルをロードするだけです。必要であれば手動で追加と削除が可能です。</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="154"/>
        <source>Please choose a file from which to load outputs to mark as spent</source>
        <translation>排除するアウトプットをロードするファイルを選んでください</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="168"/>
        <source>Path to file</source>
        <translation>ファイルパス</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="170"/>
        <source>Filename with outputs to mark as spent</source>
        <translation>排除するアウトプットを含むファイル名</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="181"/>
        <source>Browse</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="191"/>
        <source>Load</source>
        <translation>ロード</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="208"/>
        <source>Or manually mark a single output as spent/unspent:</source>
        <translation>手動でアウトプットを排除/元に戻す:</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="210"/>
        <source>Paste output amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="222"/>
        <source>Paste output offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="234"/>
        <source>Mark as spent</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="242"/>
        <source>Mark as unspent</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="254"/>
        <location filename="../pages/SharedRingDB.qml" line="256"/>
        <source>Rings</source>
        <translation>リング</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="257"/>
        <source>In order to avoid nullifying the protection afforded by Monero&apos;s ring signatures, an output should not be spent with different rings on different blockchains. While this is normally not a concern, it can become one when a key-reusing Monero clone allows you to spend existing outputs. In this case, you need to ensure this existing outputs uses the same ring on both chains.&lt;br&gt;This will be done automatically by Monero and any key-reusing software which is not trying to actively strip you of your privacy.&lt;br&gt;If you are using a key-reusing Monero clone too, and this clone does not include this protection, you can still ensure your transactions are protected by spending on the clone first, then manually adding the ring on this page, which allows you to then spend your Monero safely.&lt;br&gt;If you do not use a key-reusing Monero clone without these safety features, then you do not need to do anything as it is all automated.&lt;br&gt;</source>
        <translation>Moneroのリング署名による保護を無効化しないため、あるアウトプットを使う際に異なるブロックチェーンで異なるリングを使うことは避けなければなりません。これは通常問題になりませんが、キーを再利用するMoneroクローンが既存のアウトプットの使用を許している場合問題になります。この場合、既存のアウトプットは両方のチェーンで同じリングを使わなくてはなりません。&lt;br&gt;これはキーを再利用するソフトウェアが積極的にプライバシーを侵害しようとしない限り自動的に行われます。&lt;br&gt;もしキーを再利用するMoneroクローンを使っていてそのクローンがこの保護を含んでいない場合も、まずクローンの方でアウトプットを使用しその後リングをこのページに手動で追加することで、トランザクションは保護されMoneroを安全に使用できるようになります。&lt;br&gt;これらの機能を提供しないキーを再利用するMoneroクローンを使用していない場合、すべては自動化されているので何もする必要はありません。&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="279"/>
        <source>This records rings used by outputs spent on Monero on a key reusing chain, so that the same ring may be reused to avoid privacy issues.</source>
        <translation>キーを再利用するチェーンでアウトプットに使用されたリングを記録し、プライバシーの問題を避けるためMoneroでも同じリングを使うようにします。</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="290"/>
        <source>Key image</source>
        <translation>キーイメージ</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="292"/>
        <source>Paste key image</source>
        <translation>キーイメージ</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="309"/>
        <source>Get ring</source>
        <translation>リングを取得</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="321"/>
        <source>Get Ring</source>
        <translation>リングを取得</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="327"/>
        <source>No ring found</source>
        <translation>リングが見つかりません</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="345"/>
        <source>Set ring</source>
        <translation>リングをセット</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="357"/>
        <source>Set Ring</source>
        <translation>リングをセット</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="376"/>
        <source>I intend to spend on key-reusing fork(s)</source>
        <translation>キーを再利用するフォークで使うつもりです</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="388"/>
        <source>I might want to spend on key-reusing fork(s)</source>
        <translation>キーを再利用するフォークで使うかもしれません</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="400"/>
        <source>Relative</source>
        <translation>相対</translation>
    </message>
    <message>
        <location filename="../pages/SharedRingDB.qml" line="418"/>
        <source>Set segregation height:</source>
        <translation>分離ブロック高:</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../pages/Sign.qml" line="62"/>
        <source>Good signature</source>
        <translation>正しい署名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="63"/>
        <source>This is a good signature</source>
        <translation>これは正しい署名です</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="67"/>
        <source>Bad signature</source>
        <translation>不正な署名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="68"/>
        <source>This signature did not verify</source>
        <translation>この署名は不正です</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="106"/>
        <source>This page lets you sign/verify a message (or file contents) with your address.</source>
        <translation>このページではメッセージ(またはファイルの内容)とアドレスで署名と検証ができます。</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="136"/>
        <location filename="../pages/Sign.qml" line="184"/>
        <location filename="../pages/Sign.qml" line="298"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="102"/>
        <source>Sign/verify</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="122"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="149"/>
        <location filename="../pages/Sign.qml" line="201"/>
        <location filename="../pages/Sign.qml" line="314"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="171"/>
        <source>Sign file</source>
        <translation>ファイルに署名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="171"/>
        <source>Sign message</source>
        <translation>メッセージに署名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="186"/>
        <source>Enter a message to sign</source>
        <translation>署名するメッセージ</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="203"/>
        <location filename="../pages/Sign.qml" line="316"/>
        <source>Enter path to file</source>
        <translation>ファイルパス</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="215"/>
        <location filename="../pages/Sign.qml" line="327"/>
        <source>Browse</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="231"/>
        <source>Click [Sign Message] to generate signature</source>
        <translation>[メッセージに署名]をクリックして署名を生成</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="231"/>
        <source>Click [Sign File] to generate signature</source>
        <translation>[ファイルに署名]をクリックして署名を生成</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="245"/>
        <location filename="../pages/Sign.qml" line="365"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="258"/>
        <source>Sign Message</source>
        <translation>メッセージに署名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="272"/>
        <source>Sign File</source>
        <translation>ファイルに署名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="290"/>
        <source>Verify message</source>
        <translation>メッセージを検証</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="290"/>
        <source>Verify file</source>
        <translation>ファイルを検証</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="300"/>
        <source>Enter the message to verify</source>
        <translation>検証するメッセージ</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="339"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="342"/>
        <source>Enter the Monero Address (example: 44AFFq5kSiGBoZ...)</source>
        <translation>Moneroアドレス (例: 44AFFq5kSiGBoZ...)</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="352"/>
        <source>Enter the signature to verify</source>
        <translation>検証する署名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="380"/>
        <source>Verify File</source>
        <translation>ファイルを検証</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="392"/>
        <source>Verify Message</source>
        <translation>メッセージを検証</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="404"/>
        <source>Please choose a file to sign</source>
        <translation>署名するファイルを選択してください</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="229"/>
        <location filename="../pages/Sign.qml" line="350"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../pages/Sign.qml" line="415"/>
        <source>Please choose a file to verify</source>
        <translation>検証するファイルを選択してください</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <location filename="../components/StandardDialog.qml" line="152"/>
        <source>Double tap to copy</source>
        <translation>ダブルクリックでコピー</translation>
    </message>
    <message>
        <location filename="../components/StandardDialog.qml" line="159"/>
        <source>Content copied to clipboard</source>
        <translation>内容をクリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../components/StandardDialog.qml" line="95"/>
        <location filename="../components/StandardDialog.qml" line="174"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../components/StandardDialog.qml" line="94"/>
        <location filename="../components/StandardDialog.qml" line="183"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StandardDropdown</name>
    <message>
        <location filename="../components/StandardDropdown.qml" line="153"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="154"/>
        <source>Slow (x0.2 fee)</source>
        <translation>遅い (０.２倍の手数料)</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="155"/>
        <source>Normal (x1 fee)</source>
        <translation>普通 (標準の手数料)</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="156"/>
        <source>Fast (x5 fee)</source>
        <translation>早い (5倍の手数料)</translation>
    </message>
    <message>
        <location filename="../components/StandardDropdown.qml" line="157"/>
        <source>Fastest (x200 fee)</source>
        <translation>最速 (２００倍の手数料)</translation>
    </message>
</context>
<context>
    <name>SuccessfulTxDialog</name>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="89"/>
        <source>Transaction file successfully saved!</source>
        <translation>トランザクションファイルが正常に保存されました！</translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="91"/>
        <source>Transaction successfully sent!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="119"/>
        <source>Transaction ID:</source>
        <translation>トランザクションID：</translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="130"/>
        <source>Transaction file location:</source>
        <translation>トランザクションファイルの場所：</translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="146"/>
        <source>Open folder</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../components/SuccessfulTxDialog.qml" line="156"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../pages/Transfer.qml" line="89"/>
        <source>OpenAlias error</source>
        <translation>OpenAliasエラー</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="395"/>
        <source>Transaction priority</source>
        <translation>取引のプライオリティ</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="154"/>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="261"/>
        <source>No valid address found at this OpenAlias address</source>
        <translation>このOpenAliasアドレスに結びつけられた有効なアドレスが見つかりません</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="336"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="410"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="413"/>
        <source>Fast (x5 fee)</source>
        <translation>早い (5倍の手数料)</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="266"/>
        <source>Address found, but the DNSSEC signatures could not be verified, so this address may be spoofed</source>
        <translation>アドレスは見つかりましたが、DNSSEC署名が検証できませんでした。このアドレスは改ざんされている可能性があります</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="270"/>
        <source>No valid address found at this OpenAlias address, but the DNSSEC signatures could not be verified, so this may be spoofed</source>
        <translation>このOpenAliasアドレスに結びつけられた有効なアドレスが見つかりませんでしたが、DNSSEC署名が検証できませんでした。このアドレスは改ざんされている可能性があります</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="274"/>
        <location filename="../pages/Transfer.qml" line="278"/>
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="282"/>
        <source>No address found</source>
        <translation>アドレスが見つかりません</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="456"/>
        <source>Saved to local wallet history</source>
        <translation>ローカル上の履歴に保存されます</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="722"/>
        <source>Monero sent successfully</source>
        <translation>Moneroの送金に成功しました</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="802"/>
        <source>Connected daemon is not compatible with GUI. 
Please upgrade or connect to another daemon</source>
        <translation>接続したデーモンはGUIと互換性がありません。
アップグレードするか別のデーモンに接続してください</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="181"/>
        <location filename="../pages/Transfer.qml" line="244"/>
        <source>Resolve</source>
        <translation>名前解決</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="72"/>
        <source>Address is invalid.</source>
        <translation>不正なアドレスです。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="77"/>
        <source>Enter an amount.</source>
        <translation>金額を入力してください。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="83"/>
        <source>Start daemon</source>
        <translation>デーモンの開始</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="166"/>
        <source>Spendable funds: %1 XMR. Please wait ~%2 minutes for your whole balance to become spendable.</source>
        <translation>支出可能な資金: %1 XMR. 全ての残高が利用可能になるまで~%2分ほどお待ちください。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="303"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="303"/>
        <source>Change account</source>
        <translation>アカウントの切り替え</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="411"/>
        <source>Slow (x0.2 fee)</source>
        <translation>遅い (０.２倍の手数料)</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="414"/>
        <source>Fastest (x200 fee)</source>
        <translation>最速 (２００倍の手数料)</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="180"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="428"/>
        <source>Description field contents match long payment ID format.           Please don&apos;t paste long payment ID into description field, your funds might be lost.</source>
        <translation>説明欄の値がロングペイメントIDの形式と一致します。説明欄にはロングペイメントIDを貼り付けないでください。あなたの資産が失われる恐れがあります。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="498"/>
        <source>Long payment IDs are obsolete.           Long payment IDs were not encrypted on the blockchain and would harm your privacy.           If the party you&apos;re sending to still requires a long payment ID, please notify them.</source>
        <translation>ロングペイメントIDは廃止されました。ロングペイメントIDはブロックチェーンで暗号化されておらず、あなたのプライバシーを毀損します。もしもあなたが送金しようとしている相手がまだロングペイメントIDを要求しているのであれば、相手にもこのことを教えてあげてください。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="517"/>
        <source>Send</source>
        <translation>送金</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="659"/>
        <location filename="../pages/Transfer.qml" line="715"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="721"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="648"/>
        <location filename="../pages/Transfer.qml" line="709"/>
        <location filename="../pages/Transfer.qml" line="753"/>
        <source>Please choose a file</source>
        <translation>ファイルを選択してください</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="59"/>
        <source>Wallet is view-only and sends are only possible by using offline transaction signing. Unless key images are imported, the balance reflects only incoming but not outgoing transactions.</source>
        <translation>ウォレットは閲覧専用で、送金はオフライントランザクション署名を利用することによってのみ可能です。キーイメージがインポートされない限り、残高は入金トランザクションの金額のみを反映し、出金トランザクションの金額は反映されません。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="376"/>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="412"/>
        <source>Normal (x1 fee)</source>
        <translation>普通 (標準の手数料)</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="446"/>
        <source>Add description</source>
        <translation>説明を追加</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="473"/>
        <source>Add payment ID</source>
        <translation>ペイメントIDを追加</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="485"/>
        <source>64 hexadecimal characters</source>
        <translation>64文字の16進数文字列</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="554"/>
        <source>Advanced options</source>
        <translation>高度なオプション</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="560"/>
        <source>Key images</source>
        <translation>キーイメージ</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="561"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="567"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="573"/>
        <source>Required for view-only wallets to display the real balance</source>
        <translation>閲覧専用ウォレットで実際の評価額を表示するために必要</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="577"/>
        <source>* To import, you must connect to a local node or a trusted remote node</source>
        <translation>* インポートするには、ローカルノードもしくは信頼できるリモートノードに接続する必要があります</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="581"/>
        <source>1. Using cold wallet, export the key images into a file</source>
        <translation>1. コールドウォレットを使って、キーイメージをファイルにエクスポートする</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="582"/>
        <source>2. Using view-only wallet, import the key images file</source>
        <translation>2. 閲覧専用ウォレットを使って、キーイメージをファイルからインポートする</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="590"/>
        <source>Offline transaction signing</source>
        <translation>オフライントランザクション署名</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="591"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="602"/>
        <source>Sign (offline)</source>
        <translation>署名(オフライン)</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="608"/>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="614"/>
        <source>Spend XMR from a cold (offline) wallet</source>
        <translation>XMRをコールド(オフライン)ウォレットから消費する</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="618"/>
        <source>* To create a transaction file, please enter address and amount above</source>
        <translation>* トランザクションファイルを作成するためには、上部にアドレスと金額を入力してください</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="622"/>
        <source>1. Using view-only wallet, export the outputs into a file</source>
        <translation>1. 閲覧専用ウォレットを使って、出力をファイルにエクスポートします</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="623"/>
        <source>2. Using cold wallet, import the outputs file and export the key images</source>
        <translation>2. コールドウォレットを使って、出力ファイルをインポートし、キーイメージをエクスポートします</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="624"/>
        <source>3. Using view-only wallet, import the key images file and create a transaction file</source>
        <translation>3. 閲覧専用ウォレットを使って、キーイメージファイルをインポートしてトランザクションファイルを作成します</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="626"/>
        <source>4. Using cold wallet, sign your transaction file</source>
        <translation>4. コールドウォレットを使って、トランザクションファイルに署名します</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="627"/>
        <source>5. Using view-only wallet, submit your signed transaction</source>
        <translation>5. 閲覧専用ウォレットを使って、署名済みトランザクションを送信します</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="634"/>
        <source>Unmixable outputs</source>
        <translation>ミックス不可能なアウトプット</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="635"/>
        <source>Sweep</source>
        <translation>スイープ</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="641"/>
        <source>Create a transaction that spends old unmovable outputs</source>
        <translation>古い移動不可能なアウトプットを消費するトランザクションを作成する</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="660"/>
        <source>Can&apos;t load unsigned transaction: </source>
        <translation>未署名の取引を読み込めませんでした: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="667"/>
        <source>
Number of transactions: </source>
        <translation>
取引の数: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="669"/>
        <source>
Transaction #%1</source>
        <translation>
取引 #%1</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="670"/>
        <source>
Recipient: </source>
        <translation>
宛先: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="671"/>
        <source>
payment ID: </source>
        <translation>
ペイメントID: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="672"/>
        <source>
Amount: </source>
        <translation>
金額: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="673"/>
        <source>
Fee: </source>
        <translation>
手数料: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="674"/>
        <source>
Ringsize: </source>
        <translation>
リングサイズ: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="688"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="716"/>
        <source>Can&apos;t submit transaction: </source>
        <translation>取引を送信できません: </translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="780"/>
        <source>Wallet is not connected to daemon.</source>
        <translation>ウォレットがデーモンに接続していません。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="796"/>
        <source>Wallet is connecting to daemon.</source>
        <translation>ウォレットはデーモンに接続中です。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="807"/>
        <source>Waiting on daemon synchronization to finish.</source>
        <translation>デーモンの同期の終了を待っています。</translation>
    </message>
    <message>
        <location filename="../pages/Transfer.qml" line="65"/>
        <source>Amount is more than unlocked balance.</source>
        <translation>送金額が残高を超えています。</translation>
    </message>
</context>
<context>
    <name>TxConfirmationDialog</name>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="160"/>
        <source>Create transaction file</source>
        <translation>トランザクションファイルを作成する</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="162"/>
        <source>Sweep unmixable outputs</source>
        <translation>ミックス不可能な出力をスイープする</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="164"/>
        <source>Confirm send</source>
        <translation>送信を確認</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="199"/>
        <source>All unlocked balance</source>
        <translation>すべてのロック解除された残高</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="230"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="251"/>
        <source>My wallet</source>
        <translation>マイウォレット</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="258"/>
        <source>Account #</source>
        <translation>アカウント #</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="277"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="299"/>
        <source>Monero address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="317"/>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="333"/>
        <source>See on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="335"/>
        <source>Calculating fee</source>
        <translation>手数料を計算中</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="401"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../components/TxConfirmationDialog.qml" line="414"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TxKey</name>
    <message>
        <location filename="../pages/TxKey.qml" line="219"/>
        <source>If a payment had several transactions then each must be checked and the results combined.</source>
        <translation>もし支払いが複数の取引にまたがる場合は、それぞれについての検証が必要です。</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="92"/>
        <location filename="../pages/TxKey.qml" line="165"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="63"/>
        <source>Prove Transaction</source>
        <translation>トランザクションを証明</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="68"/>
        <source>Generate a proof of your incoming/outgoing payment by supplying the transaction ID, the recipient address and an optional message. 
For the case of outgoing payments, you can get a &apos;Spend Proof&apos; that proves the authorship of a transaction. In this case, you don&apos;t need to specify the recipient address.</source>
        <translation>取引IDと宛先アドレス、オプショナルなメッセージから支払いや受け取りの証明を生成します。
支払いについては取引の作成者であることを証明する&apos;Spend Proof&apos;を生成できます。その場合宛先アドレスを指定する必要はありません。</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="95"/>
        <location filename="../pages/TxKey.qml" line="168"/>
        <source>Recipient&apos;s wallet address</source>
        <translation>宛先のウォレットのアドレス</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="105"/>
        <location filename="../pages/TxKey.qml" line="178"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="107"/>
        <location filename="../pages/TxKey.qml" line="180"/>
        <source>Optional message against which the signature is signed</source>
        <translation>署名されるオプショナルなメッセージ</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="115"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="136"/>
        <source>Check Transaction</source>
        <translation>トランザクションを検証</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="140"/>
        <source>Verify that funds were paid to an address by supplying the transaction ID, the recipient address, the message used for signing and the signature.
For the case with Spend Proof, you don&apos;t need to specify the recipient address.</source>
        <translation>取引IDと宛先アドレス、署名に使われたメッセージと署名から、支払いがあるアドレスに行われたことを検証します。
Spend Proofの場合、宛先アドレスを指定する必要はありません。</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="190"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="192"/>
        <source>Paste tx proof</source>
        <translation>取引の証明を貼り付けてください</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="80"/>
        <location filename="../pages/TxKey.qml" line="153"/>
        <source>Transaction ID</source>
        <translation>取引ID</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="83"/>
        <location filename="../pages/TxKey.qml" line="156"/>
        <source>Paste tx ID</source>
        <translation>取引IDを貼り付けてください</translation>
    </message>
    <message>
        <location filename="../pages/TxKey.qml" line="200"/>
        <source>Check</source>
        <translation>検証</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../components/UpdateDialog.qml" line="77"/>
        <source>New Monero version v%1 is available.</source>
        <translation>新しいモネロのバージョンv%1が利用可能です。</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="98"/>
        <source>Please visit getmonero.org for details</source>
        <translation>getmonero.orgを訪問して詳細を確認してください</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="102"/>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="107"/>
        <source>Update downloaded, signature verified</source>
        <translation>アップデートをダウンロードして署名が検証されました</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="109"/>
        <source>Do you want to download and verify new version?</source>
        <translation>新しいバージョンをダウンロードして検証しますか？</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="137"/>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="140"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="142"/>
        <source>Download later</source>
        <translation>後でダウンロードする</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="155"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="155"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="164"/>
        <source>Download failed</source>
        <translation>ダウンロード失敗</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="170"/>
        <source>Failed to start download</source>
        <translation>ダウンロードの開始に失敗</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="181"/>
        <source>Save as</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="191"/>
        <source>Save operation failed</source>
        <translation>保存に失敗しました</translation>
    </message>
    <message>
        <location filename="../components/UpdateDialog.qml" line="194"/>
        <source>Save to file</source>
        <translation>ファイルに保存</translation>
    </message>
</context>
<context>
    <name>Utils</name>
    <message>
        <location filename="../js/Utils.js" line="42"/>
        <source>Wrong password</source>
        <translation>パスワードが間違っています</translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="59"/>
        <source>%n second(s) ago</source>
        <comment>0</comment>
        <translation>
            <numerusform>%s秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="61"/>
        <source>%n minute(s) ago</source>
        <comment>0</comment>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="63"/>
        <source>%n hour(s) ago</source>
        <comment>0</comment>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../js/Utils.js" line="65"/>
        <source>%n day(s) ago</source>
        <comment>0</comment>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../js/Utils.js" line="71"/>
        <source>Testnet</source>
        <translation>テストネット</translation>
    </message>
    <message>
        <location filename="../js/Utils.js" line="71"/>
        <source>Stagenet</source>
        <translation>ステージネット</translation>
    </message>
    <message>
        <location filename="../js/Utils.js" line="71"/>
        <source>Mainnet</source>
        <translation>メインネット</translation>
    </message>
</context>
<context>
    <name>WizardAskPassword</name>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="42"/>
        <source>Strength: </source>
        <translation>強度: </translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="53"/>
        <location filename="../wizard/WizardAskPassword.qml" line="72"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="74"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="76"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="85"/>
        <source>Give your wallet a password</source>
        <translation>ウォレットのパスワードを設定してください</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="86"/>
        <source>This password cannot be recovered. If you forget it then the wallet will have to be restored from your %1.</source>
        <translation>このパスワードを復元するのが不可能です。忘れてしまう場合は%1からウォレットを復元しなければなりません。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="86"/>
        <source>25 word mnemonic seed</source>
        <translation>25語のニーモニックシード</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="86"/>
        <source>hardware wallet</source>
        <translation>ハードウェアウォレット</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="90"/>
        <source>Enter a strong password</source>
        <translation>強力なパスワードを入力してください</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="90"/>
        <source>Using letters, numbers, and/or symbols</source>
        <translation>文字、数字、記号を使います</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="148"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../wizard/WizardAskPassword.qml" line="161"/>
        <source>Password (confirm)</source>
        <translation>パスワード (確認)</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <location filename="../wizard/WizardController.qml" line="304"/>
        <source>Please choose a file</source>
        <translation>ファイルを選択してください</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="350"/>
        <source>Failed to store the wallet</source>
        <translation>ウォレットへの保存に失敗しました</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="431"/>
        <source>Please proceed to the device...</source>
        <translation>デバイスで続行してください。。。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="435"/>
        <source>Creating wallet from device...</source>
        <translation>デバイスからウォレットを作成しています。。。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardController.qml" line="436"/>
        <source>

Please check your hardware wallet –
your input may be required.</source>
        <translation>

ハードウェアウォレットを確認してください
入力する必要があるでしょう。</translation>
    </message>
</context>
<context>
    <name>WizardCreateDevice1</name>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="51"/>
        <source>Choose your hardware device</source>
        <translation>ハードウェアデバイスを選択</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="73"/>
        <source>Create a new wallet</source>
        <translation>新しいウォレットの作成</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="74"/>
        <source>Using a hardware device.</source>
        <translation>ハードウェアデバイスを使用。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="88"/>
        <source>Create a new wallet from device.</source>
        <translation>デバイスを用いて新しいウォレットを作成する。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="101"/>
        <source>Restore a wallet from device. Use this if you used your hardware wallet before.</source>
        <translation>デバイスを用いてウォレットを復元します。以前ハードウェアウォレットを用いていた場合に使用してください。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="120"/>
        <source>Wallet creation date as `YYYY-MM-DD` or restore height</source>
        <translation>`YYYY-MM-DD`の形式でウォレットを作成した日時、または復元を開始するブロック高</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="123"/>
        <source>Restore height</source>
        <translation>復元するブロック高</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="141"/>
        <source>Advanced options</source>
        <translation>高度なオプション</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="148"/>
        <source>Subaddress lookahead (optional)</source>
        <translation>サブアドレスの先読み (オプション)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="158"/>
        <location filename="../wizard/WizardCreateDevice1.qml" line="219"/>
        <source>Error writing wallet from hardware device. Check application logs.</source>
        <translation>ハードウェアデバイスからウォレットを書き出すのに失敗しました。アプリケーションログをチェックしてください。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="175"/>
        <source>Back to menu</source>
        <translation>メニューに戻る</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateDevice1.qml" line="176"/>
        <source>Create wallet</source>
        <translation>ウォレットを作る</translation>
    </message>
</context>
<context>
    <name>WizardCreateWallet1</name>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="63"/>
        <source>Create a new wallet</source>
        <translation>新しいウォレットの作成</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="64"/>
        <source>Creates a new wallet on this computer.</source>
        <translation>新しいウォレットをこのコンピュータに作成。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="92"/>
        <source>Mnemonic seed</source>
        <translation>ニーモニックシード</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="130"/>
        <source>This seed is &lt;b&gt;very&lt;/b&gt; important to write down and keep secret. It is all you need to backup and restore your wallet.</source>
        <translation>このシードを書き写して秘密の場所に保管することは、&lt;b&gt;非常に&lt;/b&gt;重要です。ウォレットのバックアップと復元に必要な唯一の情報です。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="152"/>
        <source>Wallet restore height</source>
        <translation>ウォレットの復元するブロック高</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="187"/>
        <source>Should you restore your wallet in the future, specifying this block number will recover your wallet quicker.</source>
        <translation>将来にウォレットを復元する場合は、このブロック番を特定するともっと早く完了できます。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet1.qml" line="195"/>
        <source>Back to menu</source>
        <translation>メニューに戻る</translation>
    </message>
</context>
<context>
    <name>WizardCreateWallet3</name>
    <message>
        <location filename="../wizard/WizardCreateWallet3.qml" line="59"/>
        <source>Daemon settings</source>
        <translation>デーモンの設定</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet3.qml" line="60"/>
        <source>To be able to communicate with the Monero network your wallet needs to be connected to a Monero node. For best privacy it&apos;s recommended to run your own node.</source>
        <translation>MoneroネットワークとやりとりするにはウォレットをMoneroノードに接続する必要があります。プライバシーのためにはあなた自身がノードを走らせることを推奨します。</translation>
    </message>
</context>
<context>
    <name>WizardCreateWallet4</name>
    <message>
        <location filename="../wizard/WizardCreateWallet4.qml" line="60"/>
        <source>You&apos;re all set up!</source>
        <translation>セットアップ完了！</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet4.qml" line="61"/>
        <source>New wallet details:</source>
        <translation>新規作成したウォレットの詳細情報:</translation>
    </message>
    <message>
        <location filename="../wizard/WizardCreateWallet4.qml" line="68"/>
        <source>Create wallet</source>
        <translation>ウォレットを作る</translation>
    </message>
</context>
<context>
    <name>WizardDaemonSettings</name>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="56"/>
        <source>Start a node automatically in background (recommended)</source>
        <translation>ノードをバックグラウンドで自動的に開始する (推奨)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="79"/>
        <source>Blockchain location (optional)</source>
        <translation>ブロックチェーンの位置 (オプション)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="81"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="87"/>
        <source>Browse</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="102"/>
        <source>Bootstrap node</source>
        <translation>ブートストラップノード</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="122"/>
        <source>Additionally, you may specify a bootstrap node to use Monero immediately.</source>
        <translation>Moneroをすぐに使いたい場合ブートストラップノードを指定できます。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardDaemonSettings.qml" line="162"/>
        <source>Connect to a remote node</source>
        <translation>リモートノードへ接続</translation>
    </message>
</context>
<context>
    <name>WizardHome</name>
    <message>
        <location filename="../wizard/WizardHome.qml" line="66"/>
        <source>Welcome to Monero</source>
        <translation>モネロへようこそ</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="76"/>
        <source>Create a new wallet</source>
        <translation>新しいウォレットの作成</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="77"/>
        <source>Choose this option if this is your first time using Monero.</source>
        <translation>もしMoneroを使うのが初めてならこのオプションを選んでください。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="97"/>
        <source>Create a new wallet from hardware</source>
        <translation>ハードウェアから新しいウォレットを作成</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="98"/>
        <source>Connect your hardware wallet to create a new Monero wallet.</source>
        <translation>ハードウェアウォレットを接続して新しいMoneroウォレットを作成。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="117"/>
        <source>Open a wallet from file</source>
        <translation>ファイルからウォレットを開く</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="118"/>
        <source>Import an existing .keys wallet file from your computer.</source>
        <translation>コンピュータにある既存の.keysウォレットファイルをインポート。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="136"/>
        <source>Restore wallet from keys or mnemonic seed</source>
        <translation>ニーモニックシードまたはキーからウォレットを復元する</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="137"/>
        <source>Enter your private keys or 25-word mnemonic seed to restore your wallet.</source>
        <translation>ウォレットを復元するためのプライベートキーまたは25語のニーモニックシード。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="153"/>
        <source>Change wallet mode</source>
        <translation>ウォレットモードの変更</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="168"/>
        <source>Advanced options</source>
        <translation>高度なオプション</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="189"/>
        <source>Change Network:</source>
        <translation>ネットワークを変更：</translation>
    </message>
    <message>
        <location filename="../wizard/WizardHome.qml" line="219"/>
        <source>Number of KDF rounds:</source>
        <translation>KDFラウンドの数:</translation>
    </message>
</context>
<context>
    <name>WizardLanguage</name>
    <message>
        <location filename="../wizard/WizardLanguage.qml" line="160"/>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>WizardModeBootstrap</name>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="61"/>
        <source>About the bootstrap mode</source>
        <translation>ブートストラップモードについて</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="72"/>
        <source>This mode will use a remote node whilst also syncing the blockchain. This is different from the first menu option (Simple mode), since it will only use the remote node until the blockchain is fully synced locally. It is a reasonable tradeoff for most people who care about privacy but also want the convenience of an automatic fallback option.</source>
        <translation>このモードはリモートノードを使いつつブロックチェーンを同期します。メニューの最初のオプション(シンプルモード)とは異なり、ローカルにブロックチェーンが完全に同期されるまでの間だけリモートノードを使用します。これはプライバシーを気にしつつ自動のフォールバックオプションを使いたい多くの人にとって合理的なトレードオフです。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="84"/>
        <source>Temporary use of remote nodes is useful in order to use Monero immediately (hence the name bootstrap), however be aware that when using remote nodes (including with the bootstrap setting), nodes could track your IP address, track your &quot;restore height&quot; and associated block request data, and send you inaccurate information to learn more about transactions you make.</source>
        <translation>Moneroをもうすぐ使いに初めにリモートノードの利用はいいですがリモートノードの使う時に他の人はアドレスを追跡し、復元を開始するブロック高を洞察し、不正確な情報を送信することで、あなたの取引の詳細をもっと洞察できますよ。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="97"/>
        <source>Remain aware of these limitations. &lt;b&gt;Users who prioritize privacy and decentralization must use a full node instead&lt;/b&gt;.</source>
        <translation>これらの制限を覚えておいてください。&lt;b&gt;プライバシーと非中央集権化を重視するユーザーはフルノードを使用すべきです&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeBootstrap.qml" line="104"/>
        <source>I understand the privacy implications of using a third-party server.</source>
        <translation>サードパーティサーバーを使うことがプライバシーにとってどんな意味を持つか理解しています。</translation>
    </message>
</context>
<context>
    <name>WizardModeRemoteNodeWarning</name>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="61"/>
        <source>About the simple mode</source>
        <translation>シンプルモードについて</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="72"/>
        <source>This mode is ideal for managing small amounts of Monero. You have access to basic features for making and managing transactions. It will automatically connect to the Monero network so you can start using Monero immediately.</source>
        <translation>このモードは少額のMoneroを扱う場合に適しています。取引を作成したり管理したりする基本的な機能にアクセスできます。Moneroネットワークに自動的に接続するためMoneroをすぐに使い始めることができます。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="85"/>
        <source>Remote nodes are useful if you are not able/don&apos;t want to download the whole blockchain, but be advised that malicious remote nodes could compromise some privacy. They could track your IP address, track your &quot;restore height&quot; and associated block request data, and send you inaccurate information to learn more about transactions you make.</source>
        <translation>リモートノードはブロックチェーンすべてをダウンロードできない/したくない場合に便利ですが、悪意のあるリモートノードがプライバシーを既存する可能性があることを理解してください。リモートノードはあなたのIPアドレスや&quot;復元を開始するブロック高&quot;とそれに付随するブロック要求データを追跡でき、あなたが送る取引についてより知るために正確でない情報を送ってくる可能性があります。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="100"/>
        <source>Remain aware of these limitations. &lt;b&gt;Users who prioritize privacy and decentralization must use a full node instead&lt;/b&gt;.</source>
        <translation>これらの制限を覚えておいてください。&lt;b&gt;プライバシーと非中央集権化を重視するユーザーはフルノードを使用すべきです&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeRemoteNodeWarning.qml" line="107"/>
        <source>I understand the privacy implications of using a third-party server.</source>
        <translation>サードパーティサーバーを使うことがプライバシーにとってどんな意味を持つか理解しています。</translation>
    </message>
</context>
<context>
    <name>WizardModeSelection</name>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="47"/>
        <source>Failed to configure portable mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="74"/>
        <source>Mode selection</source>
        <translation>モード選択</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="75"/>
        <source>Please select the statement that best matches you.</source>
        <translation>あなたにとって最適なものを選んでください。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="81"/>
        <location filename="../wizard/WizardModeSelection.qml" line="110"/>
        <source>Simple mode</source>
        <translation>シンプルモード</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="84"/>
        <source>Easy access to sending, receiving and basic functionality.</source>
        <translation>支払いや受け取り、基本的な機能への容易なアクセス。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="113"/>
        <source>Easy access to sending, receiving and basic functionality. The blockchain is downloaded to your computer.</source>
        <translation>支払いや受け取り、基本的な機能への容易なアクセスを提供します。ブロックチェーンはコンピュータにダウンロードされます。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="137"/>
        <source>Advanced mode</source>
        <translation>高度なモード</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="138"/>
        <source>Includes extra features like mining and message verification. The blockchain is downloaded to your computer.</source>
        <translation>マイニングやメッセージ検証といった機能を含みます。ブロックチェーンがコンピュータにダウンロードされます。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="148"/>
        <source>Optional features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="149"/>
        <source>Select enhanced functionality you would like to enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="154"/>
        <source>Portable mode</source>
        <translation>ポータブルモード</translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="155"/>
        <source>Create portable wallets and use them on any PC. Enable if you installed Monero on a USB stick, an external drive, or any other portable storage medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardModeSelection.qml" line="164"/>
        <source>Back to menu</source>
        <translation>メニューに戻る</translation>
    </message>
</context>
<context>
    <name>WizardNav</name>
    <message>
        <location filename="../wizard/WizardNav.qml" line="44"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../wizard/WizardNav.qml" line="45"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>WizardOpenWallet1</name>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="72"/>
        <source>Open a wallet from file</source>
        <translation>ファイルからウォレットを開く</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="73"/>
        <source>Import an existing .keys wallet file from your computer.</source>
        <translation>コンピュータにある既存の.keysウォレットファイルをインポート。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="85"/>
        <source>Recently opened</source>
        <translation>最近開いたウォレット</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="136"/>
        <source>Mainnet</source>
        <translation>メインネット</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="137"/>
        <source>Testnet</source>
        <translation>テストネット</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="138"/>
        <source>Stagenet</source>
        <translation>ステージネット</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="288"/>
        <source>Browse filesystem</source>
        <translation>ファイルシステムをブラウズ</translation>
    </message>
    <message>
        <location filename="../wizard/WizardOpenWallet1.qml" line="287"/>
        <source>Back to menu</source>
        <translation>メニューに戻る</translation>
    </message>
</context>
<context>
    <name>WizardRestoreWallet1</name>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="105"/>
        <source>Restore wallet</source>
        <translation>ウォレットの復元</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="106"/>
        <source>Restore wallet from keys or mnemonic seed.</source>
        <translation>キーまたはニーモニックシードからウォレットを復元。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="120"/>
        <source>Restore from seed</source>
        <translation>シードから復元</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="133"/>
        <source>Restore from keys</source>
        <translation>キーから復元</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="146"/>
        <source>Restore from QR Code</source>
        <translation>QRコードから復元</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="211"/>
        <source>Enter your 25 word mnemonic seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="220"/>
        <source>Seed offset passphrase (optional)</source>
        <translation>シードオフセットパスフレーズ（任意）</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="228"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="238"/>
        <source>Account address (public)</source>
        <translation>ウォレットのアドレス (公開)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="250"/>
        <source>View key (private)</source>
        <translation>ビューキー (秘密)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="262"/>
        <source>Spend key (private)</source>
        <translation>スペンドキー (秘密)</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="262"/>
        <source>Leave blank to create a view-only wallet</source>
        <translation>閲覧専用ウォレットを作るには空白のままにします</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="273"/>
        <source>Wallet creation date as `YYYY-MM-DD` or restore height</source>
        <translation>`YYYY-MM-DD`の形式でウォレットを作成した日時、または復元を開始するブロック高</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="276"/>
        <source>Restore height</source>
        <translation>復元するブロック高</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet1.qml" line="297"/>
        <source>Back to menu</source>
        <translation>メニューに戻る</translation>
    </message>
</context>
<context>
    <name>WizardRestoreWallet3</name>
    <message>
        <location filename="../wizard/WizardRestoreWallet3.qml" line="67"/>
        <source>Daemon settings</source>
        <translation>デーモンの設定</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet3.qml" line="68"/>
        <source>To be able to communicate with the Monero network your wallet needs to be connected to a Monero node. For best privacy it&apos;s recommended to run your own node.

If you don&apos;t have the option to run your own node, there&apos;s an option to connect to a remote node.</source>
        <translation>MoneroネットワークとやりとりするためウォレットはMoneroノードに接続する必要があります。プライバシーのため自分自身でノードを走らせることを推奨します。

もし自分自身でノードを走らせることができない場合、リモートノードに接続するオプションがあります。</translation>
    </message>
</context>
<context>
    <name>WizardRestoreWallet4</name>
    <message>
        <location filename="../wizard/WizardRestoreWallet4.qml" line="60"/>
        <source>You&apos;re all set up!</source>
        <translation>セットアップ完了！</translation>
    </message>
    <message>
        <location filename="../wizard/WizardRestoreWallet4.qml" line="61"/>
        <source>New wallet details:</source>
        <translation>新規作成したウォレットの詳細情報:</translation>
    </message>
</context>
<context>
    <name>WizardSummary</name>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="44"/>
        <source>Wallet name</source>
        <translation>ウォレット名</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="50"/>
        <source>Wallet path</source>
        <translation>ウォレットのパス</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="56"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="62"/>
        <source>Restore height</source>
        <translation>復元するブロック高</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="70"/>
        <source>Daemon address</source>
        <translation>デーモンのアドレス</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="77"/>
        <source>Bootstrap address</source>
        <translation>ブートストラップアドレス</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSummary.qml" line="83"/>
        <source>Network Type</source>
        <translation>ネットワークタイプ</translation>
    </message>
</context>
<context>
    <name>WizardWalletInput</name>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="73"/>
        <source>Wallet name</source>
        <translation>ウォレット名</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="87"/>
        <source>Wallet location</source>
        <translation>ウォレットの場所</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="98"/>
        <source>Browse</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../wizard/WizardWalletInput.qml" line="111"/>
        <source>Please choose a directory</source>
        <translation>ディレクトリを選択してください</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.qml" line="334"/>
        <location filename="../main.qml" line="966"/>
        <location filename="../main.qml" line="1070"/>
        <location filename="../main.qml" line="1590"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../main.qml" line="335"/>
        <location filename="../main.qml" line="562"/>
        <source>Couldn&apos;t open wallet: </source>
        <translation>ウォレットを開けませんでした: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="510"/>
        <source>Please confirm transaction on the device...</source>
        <translation>デバイスでトランザクションを確認してください...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="524"/>
        <source>Signing transaction in the device...</source>
        <translation>デバイスでトランザクションに署名しています...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="680"/>
        <source>Waiting for daemon to sync</source>
        <translation>デーモンの同期を待っています</translation>
    </message>
    <message>
        <location filename="../main.qml" line="682"/>
        <source>Daemon is synchronized (%1)</source>
        <translation>デーモンは同期されています (%1)</translation>
    </message>
    <message>
        <location filename="../main.qml" line="684"/>
        <source>Wallet is synchronized</source>
        <translation>ウォレットは同期されています</translation>
    </message>
    <message>
        <location filename="../main.qml" line="850"/>
        <source>Save as file</source>
        <translation>ファイルとして保存</translation>
    </message>
    <message>
        <location filename="../main.qml" line="850"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="878"/>
        <source>Amount is wrong: expected number from %1 to %2</source>
        <translation>金額が不正です: %1から%2の範囲内としてください</translation>
    </message>
    <message>
        <location filename="../main.qml" line="833"/>
        <location filename="../main.qml" line="924"/>
        <source>Can&apos;t create transaction: </source>
        <translation>取引データを作成できません: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="512"/>
        <location filename="../main.qml" line="517"/>
        <source>Please proceed to the device...</source>
        <translation>デバイスで続行してください。。。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="535"/>
        <source>Opening wallet ...</source>
        <translation>ウォレットを開いています。。。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="550"/>
        <location filename="../main.qml" line="557"/>
        <source>Repairing incompatible wallet cache. Resyncing wallet.</source>
        <translation>ウォレットのキャッシュを修復します。ウォレットを再同期しています。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="733"/>
        <source>Waiting for daemon to stop...</source>
        <translation>デーモンが停止するのを待っています...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="762"/>
        <source>Daemon failed to start</source>
        <translation>デーモンの起動に失敗しました</translation>
    </message>
    <message>
        <location filename="../main.qml" line="763"/>
        <source>Please check your wallet and daemon log for errors. You can also try to start %1 manually.</source>
        <translation>ウォレットとデーモンのログを参照してエラーを確認してください。手動で%1を起動することもできます。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="779"/>
        <source>Daemon is synchronized</source>
        <translation>デーモンは同期されています</translation>
    </message>
    <message>
        <location filename="../main.qml" line="831"/>
        <source>Can&apos;t create transaction: Wrong daemon version: </source>
        <translation>デーモンのバージョンが不正なため、取引を作成できません: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="840"/>
        <location filename="../main.qml" line="930"/>
        <source>No unmixable outputs to sweep</source>
        <translation>スイープするミックス不能なアウトプットがありません</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1053"/>
        <source>This address received %1 monero, but the transaction is not yet mined</source>
        <translation>このアドレスは%1XMRを受け取りましたが、取引はまだ承認されていません</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1056"/>
        <source>This address received %1 monero, with %2 confirmation(s).</source>
        <translation>このアドレスは%1XMRを受け取り、その取引は%2回承認されました。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1060"/>
        <source>This address received nothing</source>
        <translation>このアドレスはこの取引において何も受け取っていません</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2027"/>
        <source>Tap again to close...</source>
        <translation>もう一度クリックすると閉じます...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="307"/>
        <source>Closing wallet...</source>
        <translation>ウォレットを閉じています。。。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="866"/>
        <source>Creating transaction...</source>
        <translation>トランザクションを作成しています。。。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="884"/>
        <source>Insufficient funds. Unlocked balance: %1</source>
        <translation>残高不足です。ロック解除された残高: %1</translation>
    </message>
    <message>
        <location filename="../main.qml" line="958"/>
        <source>Sending transaction ...</source>
        <translation>トランザクションを送信しています。。。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="967"/>
        <source>Couldn&apos;t send the money: </source>
        <translation>送金できませんでした: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="1586"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../main.qml" line="986"/>
        <source>Failed to store the wallet</source>
        <translation>ウォレットの保存に失敗しました</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1013"/>
        <source>Payment proof</source>
        <translation>支払いの証明</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1016"/>
        <source>Couldn&apos;t generate a proof because of the following reason: 
</source>
        <translation>以下の理由により支払いの証明を生成できませんでした:
</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1046"/>
        <location filename="../main.qml" line="1065"/>
        <source>Payment proof check</source>
        <translation>支払いの証明を検証</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1049"/>
        <location filename="../main.qml" line="1067"/>
        <source>Bad signature</source>
        <translation>不正な署名</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1067"/>
        <source>Good signature</source>
        <translation>正しい署名</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1350"/>
        <source>Desktop entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1351"/>
        <source>Would you like to register Monero GUI Desktop entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.qml" line="1353"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1354"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1477"/>
        <location filename="../main.qml" line="2151"/>
        <source>Wrong password</source>
        <translation>パスワードが間違っています</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1487"/>
        <source>Save transaction file</source>
        <translation>トランザクションファイルを保存します</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1487"/>
        <source>Send transaction</source>
        <translation>トランザクションを送信</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1540"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1543"/>
        <source>Error: Filesystem is read only</source>
        <translation>エラー: ファイルシステムは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1545"/>
        <source>Warning: There&apos;s only %1 GB available on the device. Blockchain requires ~%2 GB of data.</source>
        <translation>警告: デバイスには%1 GBしか空きがありません。ブロックチェーンには%2 GBほどのデータが必要です。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1547"/>
        <source>Note: There&apos;s %1 GB available on the device. Blockchain requires ~%2 GB of data.</source>
        <translation>備考: デバイスには%1 GBしか空きがありません。ブロックチェーンには%2 GBほどのデータが必要です。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1549"/>
        <source>Note: lmdb folder not found. A new folder will be created.</source>
        <translation>備考: lmdbフォルダが見つかりませんでした。新しいフォルダが作られます。</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1587"/>
        <source>Password changed successfully</source>
        <translation>パスワードの変更に成功しました</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1591"/>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <location filename="../main.qml" line="1639"/>
        <source>Please wait...</source>
        <translation>お待ちください...</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1679"/>
        <source>Primary account</source>
        <translation>プライマリアカウント</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1885"/>
        <source>Autosaved the wallet</source>
        <translation>ウォレットを自動保存しました</translation>
    </message>
    <message>
        <location filename="../main.qml" line="1887"/>
        <source>Failed to autosave the wallet</source>
        <translation>ウォレットの自動保存に失敗しました</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2003"/>
        <source>Local node is running</source>
        <translation>ローカルノードが稼働中</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2004"/>
        <source>Do you want to stop local node or keep it running in the background?</source>
        <translation>ローカルノードを停止させますか？それともバックグラウンドで稼働させ続けますか？</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2006"/>
        <source>Force stop</source>
        <translation>強制停止</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2007"/>
        <source>Keep it running</source>
        <translation>稼働させ続ける</translation>
    </message>
    <message>
        <location filename="../main.qml" line="2042"/>
        <source>Checking local node status...</source>
        <translation>ローカルノードの状態を確認中...</translation>
    </message>
</context>
</TS>
