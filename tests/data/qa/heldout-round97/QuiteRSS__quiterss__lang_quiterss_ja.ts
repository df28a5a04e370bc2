<?xml version="1.0" ?><!DOCTYPE TS><TS language="ja" version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/aboutdialog.cpp" line="33"/>
        <source>About</source>
        <translation>QuiteRSS について</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="42"/>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="50"/>
        <location filename="../src/aboutdialog.cpp" line="123"/>
        <location filename="../src/aboutdialog.cpp" line="158"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="54"/>
        <source>QuiteRSS is a open-source cross-platform RSS/Atom news reader</source>
        <translation>QuiteRSS はオープンソースでクロスプラットホームな RSS/Atom ニュースリーダーです</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="55"/>
        <source>Includes:</source>
        <translation>以下を含みます:</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="126"/>
        <source>Application directory:</source>
        <translation>アプリケーションディレクトリ:</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="129"/>
        <source>Resource directory:</source>
        <translation>リソースディレクトリ:</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="132"/>
        <source>Data directory:</source>
        <translation>データディレクトリ:</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="135"/>
        <source>Backup directory:</source>
        <translation>バックアップディレクトリ:</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="138"/>
        <source>Database file:</source>
        <translation>データベースファイル:</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="141"/>
        <source>Settings file:</source>
        <translation>設定ファイル:</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="144"/>
        <source>Log file:</source>
        <translation>ログファイル:</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="159"/>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="160"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="161"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../src/aboutdialog.cpp" line="162"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>AdBlockAddSubscriptionDialog</name>
    <message>
        <location filename="../src/adblock/adblockaddsubscriptiondialog.ui" line="14"/>
        <source>Add Subscription</source>
        <translation>購読するフィルターの追加</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockaddsubscriptiondialog.ui" line="23"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockaddsubscriptiondialog.ui" line="33"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockaddsubscriptiondialog.ui" line="53"/>
        <source>Add new subscription to AdBlock:</source>
        <translation>AdBlock で新規に購読するフィルター:</translation>
    </message>
</context>
<context>
    <name>AdBlockCustomList</name>
    <message>
        <location filename="../src/adblock/adblocksubscription.cpp" line="323"/>
        <location filename="../src/adblock/adblocksubscription.cpp" line="330"/>
        <location filename="../src/application/mainwindow.cpp" line="5168"/>
        <source>Custom Rules</source>
        <translation>カスタムルール</translation>
    </message>
</context>
<context>
    <name>AdBlockDialog</name>
    <message>
        <location filename="../src/adblock/adblockdialog.ui" line="14"/>
        <source>AdBlock Configuration</source>
        <translation>AdBlock の設定</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.ui" line="20"/>
        <source>Enable AdBlock</source>
        <translation>AdBlock を有効にする</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.ui" line="32"/>
        <source>Search...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.ui" line="68"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.ui" line="98"/>
        <source>AdBlock</source>
        <translation>AdBlock</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.ui" line="122"/>
        <source>Use only essential part of EasyList (for performance reasons)</source>
        <translation>EasyList の必要最小限の部分のみ使用する (性能上の理由で)</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.cpp" line="74"/>
        <source>Add Rule</source>
        <translation>ルールの追加</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.cpp" line="75"/>
        <source>Remove Rule</source>
        <translation>ルールの削除</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.cpp" line="77"/>
        <source>Add Subscription</source>
        <translation>購読フィルターの追加</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.cpp" line="78"/>
        <source>Remove Subscription</source>
        <translation>購読フィルターの削除</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.cpp" line="79"/>
        <source>Update Subscriptions</source>
        <translation>フィルターの更新</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockdialog.cpp" line="81"/>
        <source>Learn about writing rules...</source>
        <translation>ルールの書き方について...</translation>
    </message>
</context>
<context>
    <name>AdBlockIcon</name>
    <message>
        <location filename="../src/adblock/adblockicon.cpp" line="62"/>
        <source>AdBlock lets you block unwanted content on web pages</source>
        <translation>AdBlock はウェブページの不要なコンテンツをブロックします</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockicon.cpp" line="106"/>
        <source>AdBlock</source>
        <translation>AdBlock</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockicon.cpp" line="133"/>
        <source>Show AdBlock &amp;Settings</source>
        <translation>AdBlock の設定を表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockicon.cpp" line="141"/>
        <source>Disable on %1</source>
        <translation>%1 で無効</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockicon.cpp" line="147"/>
        <source>Disable only on this page</source>
        <translation>このページだけ無効</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockicon.cpp" line="157"/>
        <source>Blocked Popup Windows</source>
        <translation>ブロックされたポップアップウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockicon.cpp" line="162"/>
        <location filename="../src/adblock/adblockicon.cpp" line="179"/>
        <source>%1 with (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockicon.cpp" line="173"/>
        <source>No content blocked</source>
        <translation>ブロックコンテンツなし</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblockicon.cpp" line="176"/>
        <source>Blocked URL (AdBlock Rule) - click to edit rule</source>
        <translation>ブロックされた URL (AdBlock ルール) - クリックでルールを編集</translation>
    </message>
</context>
<context>
    <name>AdBlockManager</name>
    <message>
        <location filename="../src/adblock/adblockmanager.cpp" line="281"/>
        <source>EasyList</source>
        <translation>EasyList</translation>
    </message>
</context>
<context>
    <name>AdBlockSubscription</name>
    <message>
        <location filename="../src/adblock/adblocksubscription.cpp" line="195"/>
        <source>Cannot load subscription!</source>
        <translation>フィルターを読み込めません!</translation>
    </message>
</context>
<context>
    <name>AdBlockTreeWidget</name>
    <message>
        <location filename="../src/adblock/adblocktreewidget.cpp" line="97"/>
        <source>Add Rule</source>
        <translation>ルールの追加</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblocktreewidget.cpp" line="99"/>
        <source>Remove Rule</source>
        <translation>ルールの削除</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblocktreewidget.cpp" line="160"/>
        <source>Add Custom Rule</source>
        <translation>カスタムルールの追加</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblocktreewidget.cpp" line="160"/>
        <source>Please write your rule here:</source>
        <translation>ルールを入力してください:</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblocktreewidget.cpp" line="198"/>
        <source>%1 (recently updated)</source>
        <translation>%1 (最終更新)</translation>
    </message>
    <message>
        <location filename="../src/adblock/adblocktreewidget.cpp" line="207"/>
        <source>%1 (Error: %2)</source>
        <translation>%1 (エラー: %2)</translation>
    </message>
</context>
<context>
    <name>AddFeedWizard</name>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="37"/>
        <source>Add Feed</source>
        <translation>フィードの追加</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="101"/>
        <location filename="../src/addfeedwizard.cpp" line="175"/>
        <source>Create New Feed</source>
        <translation>新しいフィードの作成</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="110"/>
        <source>Use title of the feed as displayed name</source>
        <translation>フィードのタイトルを表示名に使用する</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="114"/>
        <source>Server requires authentication:</source>
        <translation>サーバーに認証が必要:</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="123"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="125"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="154"/>
        <source>Feed URL or website address:</source>
        <translation>フィードの URL またはウェブサイトのアドレス:</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="187"/>
        <source>Feeds</source>
        <translation>フィード</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="191"/>
        <source>All Feeds</source>
        <translation>全フィード</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="231"/>
        <source>New Folder...</source>
        <translation>新しいフォルダー...</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="246"/>
        <source>Displayed name:</source>
        <translation>表示名:</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="248"/>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="343"/>
        <source>URL error!</source>
        <translation>URL エラーです!</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="357"/>
        <location filename="../src/addfeedwizard.cpp" line="519"/>
        <source>Duplicate feed!</source>
        <translation>フィードが重複しています!</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="521"/>
        <location filename="../src/addfeedwizard.cpp" line="543"/>
        <source>Can&apos;t find feed URL!</source>
        <translation>URL が見つかりません!</translation>
    </message>
    <message>
        <location filename="../src/addfeedwizard.cpp" line="562"/>
        <source>Request failed!</source>
        <translation>リクエストは失敗しました!</translation>
    </message>
</context>
<context>
    <name>AddFolderDialog</name>
    <message>
        <location filename="../src/addfolderdialog.cpp" line="24"/>
        <source>Add Folder</source>
        <translation>フォルダーの追加</translation>
    </message>
    <message>
        <location filename="../src/addfolderdialog.cpp" line="37"/>
        <source>Feeds</source>
        <translation>フィード</translation>
    </message>
    <message>
        <location filename="../src/addfolderdialog.cpp" line="41"/>
        <source>All Feeds</source>
        <translation>全フィード</translation>
    </message>
    <message>
        <location filename="../src/addfolderdialog.cpp" line="79"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/addfolderdialog.cpp" line="81"/>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
</context>
<context>
    <name>AuthenticationDialog</name>
    <message>
        <location filename="../src/network/authenticationdialog.cpp" line="28"/>
        <source>Save password</source>
        <translation>パスワードを保存する</translation>
    </message>
    <message>
        <location filename="../src/network/authenticationdialog.cpp" line="46"/>
        <source>Authorization required</source>
        <translation>認証が要求されました</translation>
    </message>
    <message>
        <location filename="../src/network/authenticationdialog.cpp" line="55"/>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <location filename="../src/network/authenticationdialog.cpp" line="57"/>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <location filename="../src/network/authenticationdialog.cpp" line="59"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/network/authenticationdialog.cpp" line="61"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
</context>
<context>
    <name>CategoriesTreeWidget</name>
    <message>
        <location filename="../src/categoriestreewidget.cpp" line="57"/>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <location filename="../src/categoriestreewidget.cpp" line="62"/>
        <source>Starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <location filename="../src/categoriestreewidget.cpp" line="67"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/categoriestreewidget.cpp" line="72"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../src/categoriestreewidget.cpp" line="137"/>
        <source>Open in New Tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../src/categoriestreewidget.cpp" line="140"/>
        <source>Clear &apos;Deleted&apos;</source>
        <translation>「削除」にマークされたニュースを削除</translation>
    </message>
    <message>
        <location filename="../src/categoriestreewidget.cpp" line="143"/>
        <source>Mark Read</source>
        <translation>既読にする</translation>
    </message>
</context>
<context>
    <name>CleanUpWizard</name>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="31"/>
        <source>Clean Up</source>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="63"/>
        <source>Choose Feeds</source>
        <translation>フィードの選択</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="76"/>
        <source>All Feeds</source>
        <translation>全フィード</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="146"/>
        <source>Clean Up Options</source>
        <translation>クリーンアップオプション</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="148"/>
        <source>Maximum age of news in days to keep:</source>
        <translation>最大ニュース保持日数:</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="155"/>
        <source>Maximum number of news to keep:</source>
        <translation>最大ニュース保持件数:</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="162"/>
        <source>Delete read news</source>
        <translation>既読のニュースを削除する</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="163"/>
        <source>Never delete unread news</source>
        <translation>未読のニュースは削除しない</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="164"/>
        <source>Never delete starred news</source>
        <translation>スター付きニュースは削除しない</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="165"/>
        <source>Never delete labeled news</source>
        <translation>ラベル付きニュースを削除しない</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="178"/>
        <source>Clean up &apos;Deleted&apos;</source>
        <translation>「削除」にマークされたニュースを削除する</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="179"/>
        <source>Purge DB</source>
        <translation>DB をパージする</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="183"/>
        <source>Totally remove records that had marked 'deleted' from DB.
Ancient news could reappear</source>
        <translation>「削除」にマークされている全レコードを DB から削除します。
とても古いニュースが再び表示されるかもしれません</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="335"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../src/cleanupwizard.cpp" line="336"/>
        <source>Clean Up wizard deleted %1 news</source>
        <translation>クリーンアップウィザードで %1 件のニュースを削除しました</translation>
    </message>
</context>
<context>
    <name>ClickToFlash</name>
    <message>
        <location filename="../src/plugins/clicktoflash.cpp" line="130"/>
        <source>Object blocked by ClickToFlash</source>
        <translation>ClickToFlash でブロックされたオブジェクト</translation>
    </message>
    <message>
        <location filename="../src/plugins/clicktoflash.cpp" line="132"/>
        <source>Hide object</source>
        <translation>オブジェクトを隠す</translation>
    </message>
    <message>
        <location filename="../src/plugins/clicktoflash.cpp" line="133"/>
        <source>Add &apos;%1&apos; to whitelist</source>
        <translation>&apos;%1&apos; をホワイトリストへ追加</translation>
    </message>
</context>
<context>
    <name>CustomizeToolbarDialog</name>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="34"/>
        <source>Customize Main Toolbar</source>
        <translation>メインツールバーのカスタマイズ</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="37"/>
        <source>Customize Feeds Toolbar</source>
        <translation>フィードツールバーのカスタマイズ</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="40"/>
        <source>Customize News Toolbar</source>
        <translation>ニューズツールバーのカスタマイズ</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="79"/>
        <location filename="../src/customizetoolbardialog.cpp" line="379"/>
        <location filename="../src/customizetoolbardialog.cpp" line="481"/>
        <source>Load images</source>
        <translation>画像の読み込み</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="87"/>
        <location filename="../src/customizetoolbardialog.cpp" line="389"/>
        <location filename="../src/customizetoolbardialog.cpp" line="462"/>
        <source>Separator</source>
        <translation>セパレーター</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="97"/>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="97"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="97"/>
        <source>Text Beside Icon</source>
        <translation>文字の横にアイコン</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="97"/>
        <source>Text Under Icon</source>
        <translation>文字の下にアイコン</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="112"/>
        <source>Big</source>
        <translation>大きい</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="112"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="112"/>
        <source>Small</source>
        <translation>小さい</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="129"/>
        <source>Style:</source>
        <translation>スタイル:</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="123"/>
        <source>Icon Size:</source>
        <translation>アイコンサイズ:</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="150"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="157"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="161"/>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="164"/>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../src/customizetoolbardialog.cpp" line="168"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>DownloadItem</name>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="100"/>
        <source>Remaining time unavailable</source>
        <translation>残り時間不明</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="163"/>
        <location filename="../src/downloads/downloaditem.cpp" line="190"/>
        <source>Error: Cannot write to file!</source>
        <translation>エラー: ファイルに書き込めません!</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="230"/>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="264"/>
        <source>few seconds</source>
        <translation>数秒</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="266"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="268"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="270"/>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="241"/>
        <location filename="../src/downloads/downloaditem.cpp" line="277"/>
        <location filename="../src/downloads/downloaditem.cpp" line="321"/>
        <source>Unknown size</source>
        <translation>未知のサイズ</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="294"/>
        <source>Unknown speed</source>
        <translation>未知の速度</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="322"/>
        <source>%2 - unknown size (%3)</source>
        <translation>%2 - 未知のサイズ (%3)</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="324"/>
        <source>Remaining %1 - %2 of %3 (%4)</source>
        <translation>残り %1 - %2 / %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="343"/>
        <source>Cancelled - %1</source>
        <translation>キャンセル - %1</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="354"/>
        <source>Delete file</source>
        <translation>ファイルを削除</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="355"/>
        <source>Do you want to also delete downloaded file?</source>
        <translation>ダウンロードしたファイルも削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="372"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="374"/>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="376"/>
        <source>Copy Download Link</source>
        <translation>ダウンロードリンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="378"/>
        <source>Cancel Downloading</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="379"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="381"/>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="381"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="407"/>
        <source>Not found</source>
        <translation>みつかりません</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="408"/>
        <source>Sorry, the file 
 %1 
 was not found!</source>
        <translation>残念ながら、ファイル 
 %1 
 は見つかりませんでした!</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../src/downloads/downloadmanager.cpp" line="35"/>
        <location filename="../src/downloads/downloadmanager.cpp" line="256"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloadmanager.cpp" line="94"/>
        <source>File %1 (*.%2)</source>
        <translation>ファイル %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloadmanager.cpp" line="94"/>
        <source>All Files (*.*)</source>
        <translation>全ファイル (*.*)</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloadmanager.cpp" line="98"/>
        <source>Save As...</source>
        <translation>名前を付けて保存...</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloadmanager.cpp" line="174"/>
        <source>Executable: </source>
        <translation>実行ファイル: </translation>
    </message>
    <message>
        <location filename="../src/downloads/downloadmanager.cpp" line="175"/>
        <source>Arguments: </source>
        <translation>引数: </translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="26"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="31"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="33"/>
        <source>Columns</source>
        <translation>カラム</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="34"/>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="35"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="57"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="58"/>
        <source>Homepage:</source>
        <translation>ホームページ:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="59"/>
        <source>Feed URL:</source>
        <translation>フィード URL:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="66"/>
        <source>Load Title</source>
        <translation>タイトルの読み込み</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="70"/>
        <source>Load Favicon</source>
        <translation>ファビコンの読み込み</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="72"/>
        <source>Select Icon...</source>
        <translation>アイコンの選択...</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="75"/>
        <source>Select Icon</source>
        <translation>アイコンの選択</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="85"/>
        <source>Disable update</source>
        <translation>更新しない</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="88"/>
        <source>Automatically update every</source>
        <translation>自動更新間隔</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="98"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="98"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="98"/>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="117"/>
        <source>Starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="201"/>
        <source>Load images</source>
        <translation>画像を読み込む</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="118"/>
        <source>Display in new tab on startup</source>
        <translation>起動時に新しいタブで表示する</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="206"/>
        <source>Show news&apos; description instead of loading web page</source>
        <translation>ウェブページではなくニュースの説明を表示する</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="119"/>
        <source>Automatically delete duplicate news</source>
        <translation>重複するニュースは削除する</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="32"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="132"/>
        <source>Add news with any date into the database</source>
        <translation>すべての日付のニュースをデータベースに追加</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="145"/>
        <source>Avoid adding news before this date into the database:</source>
        <translation>これ以前の日付のニュースはデータベースに追加しない:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="203"/>
        <source>Enable JavaScript</source>
        <translation>JavaScript を有効にする</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="208"/>
        <source>Right-to-left layout</source>
        <translation>右横書き (右から左に書く横書き) レイアウト</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="248"/>
        <source>Ascending</source>
        <translation>昇順</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="248"/>
        <source>Descending</source>
        <translation>降順</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="253"/>
        <source>Sort by:</source>
        <translation>並び替え:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="267"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="274"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="278"/>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="281"/>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="285"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="315"/>
        <source>Server requires authentication:</source>
        <translation>サーバーに認証が必要:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="324"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="326"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="350"/>
        <source>Feeds count:</source>
        <translation>フィード件数:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="353"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="360"/>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="362"/>
        <source>Created:</source>
        <translation>作成:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="364"/>
        <source>Last update:</source>
        <translation>最終更新:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="366"/>
        <source>News count:</source>
        <translation>ニュース件数:</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="440"/>
        <source>Good</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="448"/>
        <source>Long ago ;-)</source>
        <translation>ずっと前 ;-)</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="459"/>
        <source>new</source>
        <translation>新着</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="461"/>
        <source>unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="482"/>
        <source>Image files</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="484"/>
        <source>Select Image</source>
        <translation>画像の選択</translation>
    </message>
    <message>
        <location filename="../src/feedpropertiesdialog.cpp" line="491"/>
        <source>Load icon: can&apos;t open a file!</source>
        <translation>アイコンの読み込み: ファイルを開けません!</translation>
    </message>
</context>
<context>
    <name>FilterRulesDialog</name>
    <message>
        <location filename="../src/newsfilters/filterrulesdialog.cpp" line="27"/>
        <source>Filter Rules</source>
        <translation>フィルタールール</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/filterrulesdialog.cpp" line="43"/>
        <source>Feeds</source>
        <translation>フィード</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/filterrulesdialog.cpp" line="47"/>
        <source>All Feeds</source>
        <translation>全フィード</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/filterrulesdialog.cpp" line="114"/>
        <source>Filter name:</source>
        <translation>フィルター名:</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/filterrulesdialog.cpp" line="120"/>
        <source>Match all news</source>
        <translation>全ニュースに一致</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/filterrulesdialog.cpp" line="120"/>
        <source>Match all conditions</source>
        <translation>すべてに一致</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/filterrulesdialog.cpp" line="121"/>
        <source>Match any condition</source>
        <translation>どれかに一致</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/filterrulesdialog.cpp" line="172"/>
        <source>Perform these actions:</source>
        <translation>以下のアクションを実行:</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/filterrulesdialog.cpp" line="316"/>
        <source>Please enter name for the filter.</source>
        <translation>フィルター名を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/filterrulesdialog.cpp" line="328"/>
        <source>Please enter search condition for the news filter.</source>
        <translation>新しいフィルターの検索条件を入力してください。</translation>
    </message>
</context>
<context>
    <name>FindFeed</name>
    <message>
        <location filename="../src/findfeed.cpp" line="79"/>
        <source>Find Name</source>
        <translation>名前を検索</translation>
    </message>
    <message>
        <location filename="../src/findfeed.cpp" line="80"/>
        <source>Find Link</source>
        <translation>リンクを検索</translation>
    </message>
</context>
<context>
    <name>FindTextContent</name>
    <message>
        <location filename="../src/findtext.cpp" line="94"/>
        <location filename="../src/findtext.cpp" line="109"/>
        <source>Find in News</source>
        <translation>ニュース内を検索</translation>
    </message>
    <message>
        <location filename="../src/findtext.cpp" line="110"/>
        <source>Find in Titles</source>
        <translation>タイトルから検索</translation>
    </message>
    <message>
        <location filename="../src/findtext.cpp" line="111"/>
        <source>Find in Authors</source>
        <translation>作者から検索</translation>
    </message>
    <message>
        <location filename="../src/findtext.cpp" line="112"/>
        <source>Find in Categories</source>
        <translation>カテゴリから検索</translation>
    </message>
    <message>
        <location filename="../src/findtext.cpp" line="113"/>
        <source>Find in Descriptions</source>
        <translation>説明から検索</translation>
    </message>
    <message>
        <location filename="../src/findtext.cpp" line="114"/>
        <source>Find in Links</source>
        <translation>リンクから検索</translation>
    </message>
    <message>
        <location filename="../src/findtext.cpp" line="115"/>
        <source>Find in Browser</source>
        <translation>ブラウザー内を検索</translation>
    </message>
</context>
<context>
    <name>FtpDownloader</name>
    <message>
        <location filename="../src/downloads/downloaditem.cpp" line="473"/>
        <source>Canceled!</source>
        <translation>キャンセルしました!</translation>
    </message>
</context>
<context>
    <name>ItemAction</name>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="26"/>
        <source>Mark News as Read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="26"/>
        <source>Add Star</source>
        <translation>スターを付ける</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="27"/>
        <source>Delete</source>
        <translation>削除する</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="27"/>
        <source>Add Label</source>
        <translation>ラベルを付ける</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="28"/>
        <source>Play a Sound</source>
        <translation>サウンドを鳴らす</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="28"/>
        <source>Show News in Notifier</source>
        <translation>通知内でニュースを表示する</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="37"/>
        <source>Browse</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="41"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="63"/>
        <source>Add Action</source>
        <translation>アクションを追加</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="67"/>
        <source>Delete Action</source>
        <translation>アクションを削除</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemaction.cpp" line="116"/>
        <source>Open File...</source>
        <translation>ファイルを開く...</translation>
    </message>
</context>
<context>
    <name>ItemCondition</name>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="29"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="39"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="80"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="29"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="86"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="30"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="90"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="30"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="95"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="30"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="101"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="31"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="106"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="31"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="112"/>
        <source>News</source>
        <translation>ニュース</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="36"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="36"/>
        <source>Read</source>
        <translation>既読</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="36"/>
        <source>Starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="43"/>
        <source>Add Condition</source>
        <translation>条件の追加</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="47"/>
        <source>Delete Condition</source>
        <translation>条件の削除</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="81"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="87"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="91"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="96"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="107"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="113"/>
        <source>contains</source>
        <translation>次の語を含む</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="81"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="87"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="91"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="96"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="107"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="113"/>
        <source>doesn&apos;t contains</source>
        <translation>次の語を含まない</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="82"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="92"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="97"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="102"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="108"/>
        <source>is</source>
        <translation>次の語と等しい</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="82"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="92"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="97"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="102"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="108"/>
        <source>isn&apos;t</source>
        <translation>次の語と等しくない</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="83"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="98"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="109"/>
        <source>begins with</source>
        <translation>次の語で始まる</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="83"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="98"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="109"/>
        <source>ends with</source>
        <translation>次の語で終わる</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/itemcondition.cpp" line="84"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="88"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="93"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="99"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="110"/>
        <location filename="../src/newsfilters/itemcondition.cpp" line="114"/>
        <source>Regular expressions</source>
        <translation>正規表現</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../src/labeldialog.cpp" line="25"/>
        <source>New Label</source>
        <translation>新しいラベル</translation>
    </message>
    <message>
        <location filename="../src/labeldialog.cpp" line="35"/>
        <source>Load icon...</source>
        <translation>アイコンの読み込み...</translation>
    </message>
    <message>
        <location filename="../src/labeldialog.cpp" line="44"/>
        <location filename="../src/labeldialog.cpp" line="54"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../src/labeldialog.cpp" line="46"/>
        <location filename="../src/labeldialog.cpp" line="56"/>
        <source>Select color...</source>
        <translation>色の選択...</translation>
    </message>
    <message>
        <location filename="../src/labeldialog.cpp" line="64"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/labeldialog.cpp" line="68"/>
        <source>Icon:</source>
        <translation>アイコン:</translation>
    </message>
    <message>
        <location filename="../src/labeldialog.cpp" line="71"/>
        <source>Color text:</source>
        <translation>文字色:</translation>
    </message>
    <message>
        <location filename="../src/labeldialog.cpp" line="74"/>
        <source>Color background:</source>
        <translation>背景色:</translation>
    </message>
    <message>
        <location filename="../src/labeldialog.cpp" line="144"/>
        <source>Image files</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <location filename="../src/labeldialog.cpp" line="146"/>
        <source>Select Image</source>
        <translation>画像の選択</translation>
    </message>
    <message>
        <location filename="../src/labeldialog.cpp" line="153"/>
        <source>Load icon: can&apos;t open a file!</source>
        <translation>アイコンの読み込み: ファイルを開けません!</translation>
    </message>
</context>
<context>
    <name>MainApplication</name>
    <message>
        <location filename="../src/application/mainapplication.cpp" line="322"/>
        <source>Saving data...</source>
        <translation>データを保存しています...</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="1856"/>
        <source>&amp;AdBlock</source>
        <translation>AdBlock(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2281"/>
        <location filename="../src/application/mainwindow.cpp" line="5062"/>
        <location filename="../src/application/mainwindow.cpp" line="7575"/>
        <location filename="../src/application/mainwindow.cpp" line="7597"/>
        <source>Hide Categories</source>
        <translation>カテゴリを隠す</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2285"/>
        <location filename="../src/application/mainwindow.cpp" line="5060"/>
        <location filename="../src/application/mainwindow.cpp" line="7581"/>
        <source>Show Categories</source>
        <translation>カテゴリを表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2743"/>
        <location filename="../src/application/mainwindow.cpp" line="2772"/>
        <source>Select OPML-File</source>
        <translation>OPML ファイルの選択</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2745"/>
        <source>OPML-Files (*.%1 *.%2)</source>
        <translation>OPML ファイル (*.%1 *.%2)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2749"/>
        <source>Import canceled</source>
        <translation>インポートをキャンセルしました</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2757"/>
        <source>Import: can&apos;t open a file</source>
        <translation>インポート: ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2774"/>
        <source>OPML-Files (*.%1)</source>
        <translation>OPML ファイル (*.%1)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2778"/>
        <source>Export canceled</source>
        <translation>エクスポートをキャンセルしました</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2784"/>
        <source>Export: can&apos;t open a file</source>
        <translation>エクスポート: ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="3053"/>
        <location filename="../src/application/mainwindow.cpp" line="4226"/>
        <location filename="../src/application/mainwindow.cpp" line="4831"/>
        <location filename="../src/application/mainwindow.cpp" line="6473"/>
        <location filename="../src/application/mainwindow.cpp" line="7532"/>
        <source>Unread: %1</source>
        <translation>未読: %1</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="3054"/>
        <location filename="../src/application/mainwindow.cpp" line="4227"/>
        <location filename="../src/application/mainwindow.cpp" line="4834"/>
        <location filename="../src/application/mainwindow.cpp" line="6474"/>
        <location filename="../src/application/mainwindow.cpp" line="7533"/>
        <source>All: %1</source>
        <translation>すべて: %1</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="3639"/>
        <location filename="../src/application/mainwindow.cpp" line="3644"/>
        <location filename="../src/application/mainwindow.cpp" line="3649"/>
        <source>(Browser)</source>
        <translation>(ブラウザー)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4839"/>
        <location filename="../src/application/mainwindow.cpp" line="5786"/>
        <source>New News: %1</source>
        <translation>新着ニュース: %1</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4841"/>
        <location filename="../src/application/mainwindow.cpp" line="5788"/>
        <source>Unread News: %1</source>
        <translation>未読ニュース: %1</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4846"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4847"/>
        <location filename="../src/application/mainwindow.cpp" line="4850"/>
        <source>Add New Feed</source>
        <translation>新しいフィードを追加します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4849"/>
        <source>&amp;Feed...</source>
        <translation>フィード(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4854"/>
        <source>F&amp;older...</source>
        <translation>フォルダー(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4855"/>
        <source>Add New Folder</source>
        <translation>新しくフォルダーを追加します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4857"/>
        <location filename="../src/application/mainwindow.cpp" line="4928"/>
        <source>Open in New Tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4859"/>
        <source>&amp;Delete...</source>
        <translation>削除(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4860"/>
        <source>Delete Selected Feed</source>
        <translation>選択したフィードを削除します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4862"/>
        <source>&amp;Import Feeds...</source>
        <translation>フィードのインポート(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4863"/>
        <source>Import Feeds from OPML File</source>
        <translation>OPML ファイルからフィードをインポートします</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4865"/>
        <source>&amp;Export Feeds...</source>
        <translation>フィードのエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4866"/>
        <source>Export Feeds to OPML File</source>
        <translation>フィードを OPML にエクスポートします</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4871"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4873"/>
        <source>Update Feed</source>
        <translation>フィードの更新</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4874"/>
        <source>Update Current Feed</source>
        <translation>現在のフィードを更新します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4876"/>
        <source>Update All</source>
        <translation>すべて更新</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4877"/>
        <source>Update All Feeds</source>
        <translation>すべてのフィードを更新します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4882"/>
        <source>Mark All Feeds Read</source>
        <translation>全フィードを既読にする</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4884"/>
        <source>Mark Read/Unread</source>
        <translation>既読/未読にします</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4885"/>
        <source>Mark Current News Read/Unread</source>
        <translation>現在のニュースを既読/未読にする</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4887"/>
        <location filename="../src/application/mainwindow.cpp" line="4888"/>
        <source>Mark All News Read</source>
        <translation>全ニュースを既読にする</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4890"/>
        <location filename="../src/application/mainwindow.cpp" line="8158"/>
        <location filename="../src/application/mainwindow.cpp" line="8164"/>
        <location filename="../src/application/mainwindow.cpp" line="8174"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4892"/>
        <source>Clean Up...</source>
        <translation>クリーンアップ...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4894"/>
        <source>News Filters...</source>
        <translation>ニュースフィルター...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4895"/>
        <source>Filter News...</source>
        <translation>ニュースのフィルター...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4897"/>
        <source>Options...</source>
        <translation>オプション...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4898"/>
        <source>Open Options Dialog</source>
        <translation>オプションダイアログを表示します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4900"/>
        <source>Filter Feeds</source>
        <translation>フィードをフィルター</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4901"/>
        <location filename="../src/application/mainwindow.cpp" line="4908"/>
        <source>Show All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4902"/>
        <location filename="../src/application/mainwindow.cpp" line="4909"/>
        <source>Show New</source>
        <translation>新着ニュースを表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4903"/>
        <location filename="../src/application/mainwindow.cpp" line="4910"/>
        <source>Show Unread</source>
        <translation>未読を表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4904"/>
        <source>Show Starred Feeds</source>
        <translation>スター付きフィードを表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4905"/>
        <source>Show Not Working Feeds</source>
        <translation>動作していないフィードを表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4907"/>
        <source>Filter News</source>
        <translation>ニュースをフィルター</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4911"/>
        <source>Show Starred</source>
        <translation>スター付きを表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4912"/>
        <source>Show Not Starred</source>
        <translation>スターなしを表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4913"/>
        <source>Show Unread or Starred</source>
        <translation>未読またはスター付きを表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4914"/>
        <source>Show Last Day</source>
        <translation>最新日分を表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4915"/>
        <source>Show Last 7 Days</source>
        <translation>最新の 7 日分を表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4917"/>
        <source>About...</source>
        <translation>QuiteRSS について...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4918"/>
        <source>Show &apos;About&apos; Dialog</source>
        <translation>このアプリケーションの情報を表示します </translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4920"/>
        <source>Check for Updates...</source>
        <translation>最新状態をチェック...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4921"/>
        <source>Report a Problem...</source>
        <translation>問題を報告...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4923"/>
        <source>Open News</source>
        <translation>ニュースを開く</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4925"/>
        <source>Open in Browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4926"/>
        <source>Open in External Browser</source>
        <translation>外部ブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4927"/>
        <source>Open News in External Browser</source>
        <translation>ニュースを外部ブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4929"/>
        <source>Open News in New Tab</source>
        <translation>ニュースを新しいタブで開きます</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4930"/>
        <source>Open in Background Tab</source>
        <translation>後ろにタブで開く</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4931"/>
        <source>Open News in Background Tab</source>
        <translation>ニュースを後ろにタブで開きます</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4932"/>
        <source>Star</source>
        <translation>スター</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4933"/>
        <source>Mark News Star</source>
        <translation>ニュースにスターを付ける</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4934"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4935"/>
        <source>Delete Selected News</source>
        <translation>選択したニュースを削除</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4936"/>
        <source>Delete All News</source>
        <translation>全ニュースを削除</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4937"/>
        <source>Delete All News from List</source>
        <translation>リストから全ニュースを削除します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4938"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4939"/>
        <source>Restore News</source>
        <translation>ニュースを復元します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4940"/>
        <source>Copy Link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4943"/>
        <source>Restore last deleted news</source>
        <translation>最後に削除したニュースを復元</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4945"/>
        <source>Mark Read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4946"/>
        <source>Mark Feed Read</source>
        <translation>フィードを既読にします</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4947"/>
        <location filename="../src/application/mainwindow.cpp" line="4948"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4950"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5014"/>
        <source>Count Unread News</source>
        <translation>未読記事数</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5015"/>
        <source>Count All News</source>
        <translation>全記事数</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5016"/>
        <source>Last Update</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5029"/>
        <source>Reset browser zoom</source>
        <translation>ブラウザーのズームをリセットします</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5032"/>
        <source>Print Web Page</source>
        <translation>ウェブページを印刷します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5034"/>
        <source>Preview Web Page</source>
        <translation>ウェブページの印刷プレビューを表示します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5041"/>
        <source>Save page in database</source>
        <translation>ページをデータベースの保存</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5042"/>
        <source>Save page in database instead of news description</source>
        <translation>ニュースの説明ではなくページをデータベースに保存します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2638"/>
        <source>Confirm Delete</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="2639"/>
        <source>Are you sure to delete selected elements?</source>
        <translation>選択した要素をデータベースから削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4844"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4852"/>
        <source>Add Feed...</source>
        <translation>フィードの追加...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4868"/>
        <source>&amp;Create Backup...</source>
        <translation>バックアップの作成(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4869"/>
        <source>S&amp;how Menu Bar</source>
        <translation>メニューバーを表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4879"/>
        <location filename="../src/application/mainwindow.cpp" line="4880"/>
        <source>Stop Update Feeds</source>
        <translation>フィードの更新を停止</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4924"/>
        <source>Open News Description</source>
        <translation>ニュースの説明を開きます</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4941"/>
        <source>Copy News Link</source>
        <translation>ニュースのリンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4951"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4952"/>
        <source>Fee&amp;ds</source>
        <translation>フィード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4953"/>
        <source>&amp;News</source>
        <translation>ニュース(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4954"/>
        <source>&amp;Browser</source>
        <translation>ブラウザー(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4955"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4956"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4958"/>
        <location filename="../src/application/mainwindow.cpp" line="5045"/>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4959"/>
        <source>Customize Toolbar</source>
        <translation>ツールバーのカスタマイズ</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4960"/>
        <source>Main Toolbar...</source>
        <translation>メインツールバー...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4961"/>
        <source>Customize Toolbar...</source>
        <translation>カスタムツールバー...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4962"/>
        <source>Feeds Toolbar...</source>
        <translation>フィードツールバー...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4963"/>
        <source>News Toolbar...</source>
        <translation>ニュースツールバー...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4965"/>
        <source>Lock Toolbar</source>
        <translation>ツールバーをロック</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4966"/>
        <source>Hide Toolbar</source>
        <translation>ツールバーを隠す</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4968"/>
        <location filename="../src/application/mainwindow.cpp" line="4971"/>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4969"/>
        <source>Classic</source>
        <translation>クラシック</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4970"/>
        <source>Newspaper</source>
        <translation>新聞</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4973"/>
        <source>Application Style</source>
        <translation>アプリケーションスタイル</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4974"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4975"/>
        <source>System2</source>
        <translation>システム2</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4976"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4977"/>
        <source>Green</source>
        <translation>グリーン</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4978"/>
        <source>Orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4979"/>
        <source>Purple</source>
        <translation>パープル</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4980"/>
        <source>Pink</source>
        <translation>ピンク</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4981"/>
        <source>Gray</source>
        <translation>グレー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4983"/>
        <source>Browser Position</source>
        <translation>ブラウザーの位置</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4984"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4985"/>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4986"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4987"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4989"/>
        <source>Show Window</source>
        <translation>ウィンドウを表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4991"/>
        <source>Previous Feed</source>
        <translation>前のフィード</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4992"/>
        <source>Next Feed</source>
        <translation>次のフィード</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4993"/>
        <source>Previous News</source>
        <translation>前のニュース</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4994"/>
        <source>Next News</source>
        <translation>次のニュース</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4995"/>
        <source>News Page Up</source>
        <translation>ニュースを 1 ページ上へ</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4996"/>
        <source>News Page Down</source>
        <translation>ニュースを 1 ページ下へ</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4998"/>
        <source>Next Unread News</source>
        <translation>次の未読ニュース</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="4999"/>
        <source>Previous Unread News</source>
        <translation>前の未読ニュース</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5001"/>
        <source>Switch Focus to Next Panel</source>
        <translation>次のパネルへフォーカスを移す</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5003"/>
        <source>Switch Focus to Next Panel (Tree Feeds, List News, Browser)</source>
        <translation>次のパネル (フィードツリー、ニュースリスト、ブラウザー) にフォーカスを移動します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5004"/>
        <source>Switch Focus to Previous Panel</source>
        <translation>前のパネルへフォーカスを移す</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5006"/>
        <source>Switch Focus to Previous Panel (Tree Feeds, Browser, List News)</source>
        <translation>前のパネル (フィードツリー、ニュースリスト、ブラウザー) にフォーカスを移動します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5008"/>
        <source>Show/Hide Tree Feeds</source>
        <translation>フィードツリーの表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5010"/>
        <source>Minimize to Tray</source>
        <translation>トレイに最小化</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5011"/>
        <source>Minimize Application to Tray</source>
        <translation>アプリケーションをトレイに最小化します</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5013"/>
        <source>Columns</source>
        <translation>カラム</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5018"/>
        <source>Show Indentation</source>
        <translation>インデント表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5020"/>
        <location filename="../src/application/mainwindow.cpp" line="5021"/>
        <source>Search Feed</source>
        <translation>フィードの検索</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5023"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5024"/>
        <source>Zoom In</source>
        <translation>ズームイン</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5025"/>
        <source>Zoom in in browser</source>
        <translation>ブラウザー内をズームインします</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5026"/>
        <source>Zoom Out</source>
        <translation>ズームアウト</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5027"/>
        <source>Zoom out in browser</source>
        <translation>ブラウザー内をズームアウトします</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5028"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5031"/>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5033"/>
        <source>Print Preview...</source>
        <translation>印刷プレビュー...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5036"/>
        <source>Page up (Browser)</source>
        <translation>ページアップ(ブラウザー)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5037"/>
        <source>Page down (Browser)</source>
        <translation>ページダウン(ブラウザー)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5039"/>
        <source>Save As...</source>
        <translation>名前を付けて保存...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5040"/>
        <source>Save Page As...</source>
        <translation>名前を付けてページを保存...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5044"/>
        <source>Show/Hide</source>
        <translation>表示/非表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5046"/>
        <source>Feeds Toolbar</source>
        <translation>フィードツールバー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5047"/>
        <source>News Toolbar</source>
        <translation>ニュースツールバー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5048"/>
        <source>Browser Toolbar</source>
        <translation>ブラウザーツールバー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5049"/>
        <source>Panel Categories</source>
        <translation>パネルカテゴリ</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5050"/>
        <source>Status Bar</source>
        <translation>ステータスバー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5052"/>
        <location filename="../src/application/mainwindow.cpp" line="5053"/>
        <source>Full Screen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5055"/>
        <location filename="../src/application/mainwindow.cpp" line="5056"/>
        <source>Stay On Top</source>
        <translation>常に最前面に表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5058"/>
        <source>Categories</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5064"/>
        <location filename="../src/application/mainwindow.cpp" line="5065"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5066"/>
        <source>Show labels menu</source>
        <translation>ラベルメニューを表示</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5068"/>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5069"/>
        <source>Close Other Tabs</source>
        <translation>他のタブを閉じる</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5070"/>
        <source>Close All Tabs</source>
        <translation>全タブを閉じる</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5071"/>
        <source>Switch to next tab</source>
        <translation>次のタブに切り替え</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5072"/>
        <source>Switch to previous tab</source>
        <translation>前のタブに切り替え</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5074"/>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5075"/>
        <source>Starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5076"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5077"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5079"/>
        <source>Decrease news list/increase browser</source>
        <translation>ニュースリストを狭く/ブラウザーを広く</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5080"/>
        <source>Increase news list/decrease browser</source>
        <translation>ニュースリストを広く/ブラウザーを狭く</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5082"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5084"/>
        <source>Open Homepage Feed</source>
        <translation>フィードのホームページを開く</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5085"/>
        <source>Sort by Name</source>
        <translation>名前順で並び替え</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5086"/>
        <source>Collapse All Folders</source>
        <translation>全フォルダーをたたむ</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5087"/>
        <source>Expand All Folders</source>
        <translation>全フォルダーを展開する</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5088"/>
        <source>Next Folder</source>
        <translation>次のフォルダー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5089"/>
        <source>Previous Folder</source>
        <translation>前のフォルダー</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5090"/>
        <source>Expand Folder</source>
        <translation>フォルダーを展開</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5092"/>
        <source>Setting Page: Labels</source>
        <translation>設定ページ: ラベル</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5094"/>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5096"/>
        <source>Sort By</source>
        <translation>並び替え</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5097"/>
        <source>Ascending</source>
        <translation>昇順</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5098"/>
        <source>Descending</source>
        <translation>降順</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="6057"/>
        <source>Check for updates</source>
        <translation>最新状態をチェック</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="6058"/>
        <source>A new version of QuiteRSS...</source>
        <translation>QuiteRSS の新バージョン...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="6537"/>
        <source>Loading...</source>
        <translation>読み込んでいます...</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="7149"/>
        <location filename="../src/application/mainwindow.cpp" line="7166"/>
        <source>Web Page</source>
        <translation>ウェブページ</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="7724"/>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="7726"/>
        <source>HTML-Files (*.%1)</source>
        <translation>HTML ファイル (*.%1)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="7726"/>
        <source>Text files (*.%2)</source>
        <translation>テキストファイル (*.%2)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="7732"/>
        <source>Save As: can&apos;t open a file</source>
        <translation>名前を付けて保存: ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="8226"/>
        <source>Choose Directory</source>
        <translation>ディレクトリの選択</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.h" line="103"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.h" line="103"/>
        <source>Work</source>
        <translation>仕事</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.h" line="103"/>
        <source>Personal</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.h" line="104"/>
        <source>To Do</source>
        <translation>To Do</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.h" line="104"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.h" line="104"/>
        <source>Amusingly</source>
        <translation>おもしろい</translation>
    </message>
</context>
<context>
    <name>NetworkManager</name>
    <message>
        <location filename="../src/network/networkmanager.cpp" line="230"/>
        <source>SSL Certificate Error!</source>
        <translation>SSL 認証エラー!</translation>
    </message>
    <message>
        <location filename="../src/network/networkmanager.cpp" line="231"/>
        <source>The &quot;%1&quot; server has the following errors in the SSL certificate:</source>
        <translation>サーバー &quot;%1&quot; の SSL 認証中に以下のエラーが発生しました:</translation>
    </message>
    <message>
        <location filename="../src/network/networkmanager.cpp" line="247"/>
        <source>&lt;b&gt;Organization: &lt;/b&gt;</source>
        <translation>&lt;b&gt;組織: &lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/network/networkmanager.cpp" line="250"/>
        <source>&lt;b&gt;Domain Name: &lt;/b&gt;</source>
        <translation>&lt;b&gt;ドメイン名: &lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/network/networkmanager.cpp" line="253"/>
        <source>&lt;b&gt;Expiration Date: &lt;/b&gt;</source>
        <translation>&lt;b&gt;有効期限: &lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/network/networkmanager.cpp" line="260"/>
        <source>&lt;b&gt;Error: &lt;/b&gt;</source>
        <translation>&lt;b&gt;エラー: &lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/network/networkmanager.cpp" line="268"/>
        <source>Would you like to make an exception for this certificate?</source>
        <translation>この認証を例外に追加しますか？</translation>
    </message>
</context>
<context>
    <name>NewsFiltersDialog</name>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="28"/>
        <source>News Filters</source>
        <translation>新しいフィルター</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="46"/>
        <source>Feeds</source>
        <translation>フィード</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="46"/>
        <source>Filter Name</source>
        <translation>フィルター名</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="91"/>
        <source>New...</source>
        <translation>新規...</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="93"/>
        <source>Edit...</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="96"/>
        <source>Delete...</source>
        <translation>削除...</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="100"/>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="103"/>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="107"/>
        <source>Run Filter</source>
        <translation>フィルターを実行</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="259"/>
        <source>Delete Filter</source>
        <translation>フィルターの削除</translation>
    </message>
    <message>
        <location filename="../src/newsfilters/newsfiltersdialog.cpp" line="260"/>
        <source>Are you sure you want to delete the filter &apos;%1&apos;?</source>
        <translation>フィルター &apos;%1&apos; を削除してよろしいですか?</translation>
    </message>
</context>
<context>
    <name>NewsHeader</name>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="396"/>
        <source>Icon Feed</source>
        <translation>フィードアイコン</translation>
    </message>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="397"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="398"/>
        <source>Published</source>
        <translation>配信</translation>
    </message>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="399"/>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="400"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="401"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="402"/>
        <source>Read</source>
        <translation>既読</translation>
    </message>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="403"/>
        <source>Star</source>
        <translation>スター</translation>
    </message>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="404"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="405"/>
        <source>Feed Title</source>
        <translation>フィードタイトル</translation>
    </message>
    <message>
        <location filename="../src/newsview/newsheader.cpp" line="406"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>NewsItem</name>
    <message>
        <location filename="../src/notifications/notificationsnewsitem.cpp" line="37"/>
        <source>Mark Read/Unread</source>
        <translation>既読/未読にします</translation>
    </message>
    <message>
        <location filename="../src/notifications/notificationsnewsitem.cpp" line="46"/>
        <source>Delete News</source>
        <translation>ニュースを削除</translation>
    </message>
</context>
<context>
    <name>NewsModel</name>
    <message>
        <location filename="../src/newsview/newsmodel.cpp" line="163"/>
        <source>(no title)</source>
        <translation>(タイトルなし)</translation>
    </message>
</context>
<context>
    <name>NewsTabWidget</name>
    <message>
        <location filename="../src/newstabwidget.cpp" line="611"/>
        <source>Loading... (%p%)</source>
        <translation>読み込んでいます... (%p%)</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="613"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="614"/>
        <source>Open Page in External Browser</source>
        <translation>ページを外部ブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="615"/>
        <source>Open Link in External Browser</source>
        <translation>リンクを外部ブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2299"/>
        <source>Open Link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2300"/>
        <source>Open in New Tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2301"/>
        <source>Save Link...</source>
        <translation>リンクを保存...</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2302"/>
        <source>Save Image...</source>
        <translation>画像を保存...</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2303"/>
        <source>Copy Link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2304"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2305"/>
        <source>Go Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2306"/>
        <source>Go Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2307"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2308"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2309"/>
        <source>Copy Image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="2311"/>
        <source>Copy Image Address</source>
        <translation>画像のアドレスをコピー</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="624"/>
        <location filename="../src/newstabwidget.cpp" line="645"/>
        <source>Load Images</source>
        <translation>画像を読み込む</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="625"/>
        <source>Auto Load Images to News View</source>
        <translation>ニュース表示で画像を読み込みます</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="627"/>
        <source>No Load Images</source>
        <translation>画層を読み込まない</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="628"/>
        <source>No Load Images to News View</source>
        <translation>ニュース表示では画像を読み込みません</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="633"/>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="646"/>
        <source>Auto Load Images in News View</source>
        <translation>ニュースビューで画像を自動的に読み込みます</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="649"/>
        <source>Don&apos;t Load Images</source>
        <translation>画像を読み込まない</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="650"/>
        <source>Don&apos;t Load Images in News View</source>
        <translation>ニュースビューで画像を読み込みません</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1446"/>
        <location filename="../src/newstabwidget.cpp" line="1725"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1453"/>
        <location filename="../src/newstabwidget.cpp" line="1731"/>
        <source>Author: %1</source>
        <translation>作者: %1</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1507"/>
        <location filename="../src/newstabwidget.cpp" line="1762"/>
        <source>audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1513"/>
        <location filename="../src/newstabwidget.cpp" line="1767"/>
        <source>video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1519"/>
        <location filename="../src/newstabwidget.cpp" line="1771"/>
        <source>media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1523"/>
        <location filename="../src/newstabwidget.cpp" line="1774"/>
        <source>Link to</source>
        <translation>リンク先</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1655"/>
        <source>Mark Read/Unread</source>
        <translation>既読/未読にする</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1792"/>
        <source>Mark News Star</source>
        <translation>ニュースにスターを付ける</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1796"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1800"/>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1804"/>
        <source>Open News in External Browser</source>
        <translation>ニュースを外部ブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../src/newstabwidget.cpp" line="1808"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>NotificationWidget</name>
    <message>
        <location filename="../src/notifications/notificationswidget.cpp" line="129"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/notifications/notificationswidget.cpp" line="156"/>
        <source>Mark All News Read</source>
        <translation>全ニュースを既読にする</translation>
    </message>
    <message>
        <location filename="../src/notifications/notificationswidget.cpp" line="162"/>
        <source>Previous Page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location filename="../src/notifications/notificationswidget.cpp" line="168"/>
        <source>Next Page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location filename="../src/notifications/notificationswidget.cpp" line="370"/>
        <source>Incoming News: %1</source>
        <translation>着信ニュース: %1</translation>
    </message>
    <message>
        <location filename="../src/notifications/notificationswidget.cpp" line="375"/>
        <location filename="../src/notifications/notificationswidget.cpp" line="465"/>
        <location filename="../src/notifications/notificationswidget.cpp" line="477"/>
        <source>Page %1 of %2</source>
        <translation>ページ %1 / %2</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <location filename="../src/optionsdialog.cpp" line="30"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="65"/>
        <location filename="../src/optionsdialog.cpp" line="742"/>
        <location filename="../src/optionsdialog.cpp" line="1035"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="68"/>
        <source>System Tray</source>
        <translation>システムトレイ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="71"/>
        <source>Network Connections</source>
        <translation>ネットワーク接続</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="74"/>
        <source>Browser</source>
        <translation>ブラウザー</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="77"/>
        <location filename="../src/optionsdialog.cpp" line="1177"/>
        <source>Feeds</source>
        <translation>フィード</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="80"/>
        <location filename="../src/optionsdialog.cpp" line="1923"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="83"/>
        <location filename="../src/optionsdialog.cpp" line="1925"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="86"/>
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="89"/>
        <location filename="../src/optionsdialog.cpp" line="1350"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="92"/>
        <source>Fonts &amp; Colors</source>
        <translation>フォントと配色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="95"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="267"/>
        <location filename="../src/optionsdialog.cpp" line="2255"/>
        <source>Warning: key is already assigned to</source>
        <translation>警告: キーはすでに次の機能に割り当てられています </translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="291"/>
        <source>Show splash screen on startup</source>
        <translation>起動時にスプラッシュスクリーンを表示する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="292"/>
        <source>Reopen last opened feeds on startup</source>
        <translation>起動時に最後に開いたフィードを開く</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="293"/>
        <source>Open new tab next to active</source>
        <translation>新しいタブをアクティブなタブの隣に開く</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="294"/>
        <source>Hide feeds tree when opening tabs</source>
        <translation>タブを開いた時にフィードツリーを表示しない</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="296"/>
        <source>Show default rss-icon instead of favourite one</source>
        <translation>デフォルトの RSS アイコンではなくお気に入りのものを表示する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="297"/>
        <source>Automatically collapse folders</source>
        <translation>自動的にフォルダーをたたむ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="298"/>
        <source>Show close button on tab</source>
        <translation>タブに「閉じる」ボタンを表示する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="300"/>
        <source>Automatically check for updates</source>
        <translation>自動で最新版を確認する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="301"/>
        <source>Help improve QuiteRSS by sending usage information</source>
        <translation>QuiteRSS の改善を支援するため利用情報を送信する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="302"/>
        <source>Store a DB in memory (requires program restart)</source>
        <translation>DB をメモリに格納する (プログラムの再起動が必要)</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="309"/>
        <source>Save DB stored in memory to file every</source>
        <translation>メモリ上の DB をファイルに格納する間隔</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="311"/>
        <location filename="../src/optionsdialog.cpp" line="767"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="333"/>
        <source>Run QuiteRSS at Windows startup</source>
        <translation>Windows 起動時に QuiteRSS を起動する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="361"/>
        <source>Show system tray icon</source>
        <translation>システムトレイアイコンを表示する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="364"/>
        <source>starting QuiteRSS</source>
        <translation>QuiteRSS を起動した時</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="365"/>
        <source>minimizing QuiteRSS</source>
        <translation>QuiteRSS を最小化した時</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="366"/>
        <source>closing QuiteRSS</source>
        <translation>QuiteRSS を閉じた時</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="373"/>
        <source>Show static icon</source>
        <translation>統計アイコンを表示する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="374"/>
        <source>Change icon for incoming new news</source>
        <translation>ニュースの新着時にアイコンを変更する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="375"/>
        <source>Show count of new news</source>
        <translation>新着ニュースの件数を表示する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="376"/>
        <source>Show count of unread news</source>
        <translation>未読ニュースの件数を表示する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="385"/>
        <source>Single click instead of double click for show window</source>
        <translation>ダブルクリックではなくシングルクリックでウィンドウを表示する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="387"/>
        <source>Empty working set on minimize to tray</source>
        <translation>トレイに最小化時にワーキングセットを空にする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="391"/>
        <source>Move to the system tray when:</source>
        <translation>システムトレイに移動するタイミング:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="394"/>
        <source>Tray icon behavior:</source>
        <translation>トレイアイコンの振る舞い:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="418"/>
        <source>Direct connection to the Internet</source>
        <translation>インターネットに直接接続</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="420"/>
        <source>System proxy configuration (if available)</source>
        <translation>システムのプロキシ設定 (有効であれば使う)</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="421"/>
        <source>Manual proxy configuration:</source>
        <translation>手動でプロキシ設定:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="440"/>
        <source>Proxy server:</source>
        <translation>プロキシサーバー:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="442"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="450"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="452"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="481"/>
        <source>Request timeout:</source>
        <translation>リクエストタイムアウト:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="483"/>
        <source>Number of requests:</source>
        <translation>リクエスト数:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="485"/>
        <source>Number of retries:</source>
        <translation>リトライ数:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="488"/>
        <source>Options network requests when updating feeds (requires program restart):</source>
        <translation>フィード更新時のネットワークリクエストオプション (プログラムの再起動が必要):</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="505"/>
        <source>Use embedded browser</source>
        <translation>内蔵ブラウザーを使う</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="506"/>
        <source>Use external browser</source>
        <translation>外部ブラウザーを使う</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="507"/>
        <source>Default external browser</source>
        <translation>デフォルトの外部ブラウザー</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="508"/>
        <source>Following external browser:</source>
        <translation>外部ブラウザーを指定する:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="511"/>
        <location filename="../src/optionsdialog.cpp" line="525"/>
        <location filename="../src/optionsdialog.cpp" line="606"/>
        <location filename="../src/optionsdialog.cpp" line="720"/>
        <location filename="../src/optionsdialog.cpp" line="887"/>
        <location filename="../src/optionsdialog.cpp" line="1218"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="513"/>
        <location filename="../src/optionsdialog.cpp" line="2141"/>
        <source>Load images</source>
        <translation>画像の読み込み</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="514"/>
        <source>Enable JavaScript</source>
        <translation>JavaScript を有効にする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="515"/>
        <source>Enable plug-ins</source>
        <translation>プラグインを有効にする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="521"/>
        <source>Open links in embedded browser in background</source>
        <translation>リンクを内蔵ブラウザーで後ろで開く</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="522"/>
        <source>Open links in external browser in background (experimental)</source>
        <translation>リンクを外部ブラウザーで後ろで開く (試験運用)</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="548"/>
        <source>Default zoom on pages:</source>
        <translation>デフォルトのズーム倍率:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="566"/>
        <source>Browser selection:</source>
        <translation>使用ブラウザー:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="568"/>
        <source>External browser:</source>
        <translation>外部ブラウザー:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="570"/>
        <source>Content:</source>
        <translation>コンテンツ:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="572"/>
        <source>User style sheet:</source>
        <translation>ユーザースタイルシート:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="601"/>
        <source>Maximum pages in cache</source>
        <translation>キャッシュする最大ページ数</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="612"/>
        <source>Store cache in:</source>
        <translation>キャッシュの保存先:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="620"/>
        <source>Maximum size of disk cache</source>
        <translation>ディスクキャッシュの最大サイズ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="622"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="628"/>
        <source>Use disk cache</source>
        <translation>ディスクキャッシュを使用する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="633"/>
        <source>Allow local data to be set</source>
        <translation>ローカルデータの保存を許可する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="634"/>
        <source>Keep local data only until quit application</source>
        <translation>アプリケーションが終了するまでローカルデータを保持する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="635"/>
        <source>Block sites from setting any data</source>
        <translation>サイトからのあらゆるデータ設定をブロックする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="636"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="655"/>
        <source>Cookies:</source>
        <translation>Cookie:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="664"/>
        <source>Click To Flash is a plugin which blocks auto loading of Flash content at page. You can always load it manually by clicking on the Flash play icon.</source>
        <translation>Click To Flash はページ内の Flash コンテンツの自動読み込みをブロックするプラグインです。Flash 再生アイコンをクリックすると再生します。</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="669"/>
        <source>Use Click to Flash</source>
        <translation>Click to Flash を使用する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="681"/>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="683"/>
        <source>Remove...</source>
        <translation>削除...</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="724"/>
        <source>Ask where to save each file before downloading</source>
        <translation>ファイルをダウンロードするたびに問い合わせる</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="734"/>
        <source>Download location:</source>
        <translation>ダウンロード場所:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="743"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="745"/>
        <source>Click to Flash</source>
        <translation>Click to Flash</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="747"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="756"/>
        <source>Automatically update the feeds on startup</source>
        <translation>起動時にフィードを更新する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="757"/>
        <source>Automatically update the feeds every</source>
        <translation>フィードを定期的に更新する - 更新間隔</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="767"/>
        <location filename="../src/optionsdialog.cpp" line="940"/>
        <location filename="../src/optionsdialog.cpp" line="1158"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="767"/>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="783"/>
        <source>Nothing to do</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="807"/>
        <source>Avoid adding news before this date into the database:</source>
        <translation>これ以前の日付のニュースはデータベースに追加しない:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="830"/>
        <source>Dec</source>
        <translation>12</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="831"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="854"/>
        <source>Display format for date:</source>
        <translation>日付の表示形式:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="857"/>
        <source>time:</source>
        <translation>時刻:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="861"/>
        <source>Alternating row background colors</source>
        <translation>行の背景色を交互に変える</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="862"/>
        <source>Simplified representation of date and time</source>
        <translation>日付を時刻を簡易表示にする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="865"/>
        <source>Show All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="865"/>
        <source>Show New</source>
        <translation>新着ニュースを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="865"/>
        <source>Show Unread</source>
        <translation>未読を表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="866"/>
        <source>Show Starred</source>
        <translation>スター付きを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="866"/>
        <source>Show Not Starred</source>
        <translation>スターなしを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="867"/>
        <source>Show Unread or Starred</source>
        <translation>未読またはスター付きを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="867"/>
        <source>Show Last Day</source>
        <translation>最新日分を表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="868"/>
        <source>Show Last 7 Days</source>
        <translation>最新の 7 日分を表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="906"/>
        <source>Style sheet for news:</source>
        <translation>ニュース用スタイルシート:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="919"/>
        <source>Mark news as read:</source>
        <translation>既読にするニュース:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="929"/>
        <source>on selecting. With timeout</source>
        <translation>選択時 - タイムアウト</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="946"/>
        <source>after switching to another news</source>
        <translation>他のニュースへの移動時</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="952"/>
        <source>Mark displayed news as read when switching feeds</source>
        <translation>表示したニュースから他のフィードへ移動した時に既読にする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="953"/>
        <source>Mark displayed news as read when closing tab</source>
        <translation>表示したニュースをタブを閉じた時に既読にする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="954"/>
        <source>Mark displayed news as read on minimize</source>
        <translation>表示したニュースを最小化した時に既読にする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="965"/>
        <source>Change behavior of action &apos;Next Unread News&apos;</source>
        <translation>「次の未読ニュース」 の振る舞いを変更する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="958"/>
        <source>starred news</source>
        <translation>スター付きニュース</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="959"/>
        <source>labeled news</source>
        <translation>ラベル付きニュース</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="796"/>
        <source>Automatically mark identical news as read</source>
        <translation>同一のニュースは自動的に既読にする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="972"/>
        <source>Prevent accidental deletion of:</source>
        <translation>誤削除の防止:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="985"/>
        <source>Enable cleanup on shutdown</source>
        <translation>アプリケーションの終了時にクリーンアップを行う</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="988"/>
        <source>Maximum age of news in days to keep:</source>
        <translation>最大ニュース保持日数:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="995"/>
        <source>Maximum number of news to keep:</source>
        <translation>最大ニュース保持件数:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1002"/>
        <source>Delete read news</source>
        <translation>既読のニュースを削除する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1003"/>
        <source>Never delete unread news</source>
        <translation>未読のニュースは削除しない</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1004"/>
        <source>Never delete starred news</source>
        <translation>スター付きニュースは削除しない</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1005"/>
        <source>Never delete labeled news</source>
        <translation>ラベル付きニュースを削除しない</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1007"/>
        <source>Clean up &apos;Deleted&apos;</source>
        <translation>「削除」にマークされたニュースをクリアする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1008"/>
        <source>Enable DB optimization (slower shutdown)</source>
        <translation>DB の最適化を有効にする (終了時に時間がかかります)</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1037"/>
        <source>Reading</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1038"/>
        <source>Clean Up</source>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1055"/>
        <source>New...</source>
        <translation>新規...</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1057"/>
        <source>Edit...</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1060"/>
        <source>Delete...</source>
        <translation>削除...</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1064"/>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1067"/>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1121"/>
        <source>Show when inactive main window</source>
        <translation>メインウィンドウがアクティブではない時にも表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1137"/>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1147"/>
        <source>Transparency</source>
        <translation>透過度</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1161"/>
        <source>Show titles feeds</source>
        <translation>フィードのタイトルを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1162"/>
        <source>Show icon feed</source>
        <translation>フィードのアイコンを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1163"/>
        <source>Show button &apos;Mark All News Read&apos;</source>
        <translation>「全ニュースを既読にする」ボタンを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1164"/>
        <source>Show button &apos;Mark Read/Unread&apos;</source>
        <translation>「既読/未読にする」ボタンを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1165"/>
        <source>Show button &apos;Open in External Browser&apos;</source>
        <translation>「外部ブラウザーで開く」ボタンを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1166"/>
        <source>Show button &apos;Delete News&apos;</source>
        <translation>「ニュースを削除」ボタンを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1213"/>
        <source>Play sound for incoming new news</source>
        <translation>ニュースの新着時にサウンドを鳴らす</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1219"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1100"/>
        <source>Display notification for incoming news</source>
        <translation>ニュースの新着時に通知する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1113"/>
        <source>Top Left</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1113"/>
        <source>Top Right</source>
        <translation>右上</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1114"/>
        <source>Bottom Left</source>
        <translation>左下</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1114"/>
        <source>Bottom Right</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1133"/>
        <source>Review</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1140"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1150"/>
        <source>Show maximum of</source>
        <translation>通知ページごとの最大表示数</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1152"/>
        <source>item on page notification</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1153"/>
        <source>Width list items</source>
        <translation>リストのアイテムの幅</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1155"/>
        <source>pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1156"/>
        <source>Close notification after</source>
        <translation>通知を閉じるまでの時間</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1117"/>
        <source>Do not show notification in fullscreen mode</source>
        <translation>全画面モード時に通知しない</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1036"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1122"/>
        <source>Close notification after opening news</source>
        <translation>ニュースを開いたら通知を閉じる</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1176"/>
        <source>Only show selected feeds:</source>
        <translation>選択したフィードのみ表示する:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1242"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1243"/>
        <source>Sound</source>
        <translation>音</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1254"/>
        <source>Selection of feeds</source>
        <translation>表示するフィードを選択</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1270"/>
        <source>All Feeds</source>
        <translation>全フィード</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1297"/>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1297"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1297"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1314"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1316"/>
        <source>Delete All</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1318"/>
        <source>Show Passwords</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1350"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1351"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1351"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1617"/>
        <source>Choose language:</source>
        <translation>言語の選択:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1638"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1638"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1642"/>
        <source>Feeds list font</source>
        <translation>フィードリストのフォント</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1645"/>
        <source>News list font</source>
        <translation>ニュースリストのフォント</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1648"/>
        <source>News title font</source>
        <translation>ニュースタイトルのフォント</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1651"/>
        <source>News text font</source>
        <translation>ニューステキストのフォント</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1654"/>
        <source>Notification font</source>
        <translation>通知のフォント</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1661"/>
        <location filename="../src/optionsdialog.cpp" line="1762"/>
        <source>Change...</source>
        <translation>変更...</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1663"/>
        <location filename="../src/optionsdialog.cpp" line="1764"/>
        <location filename="../src/optionsdialog.cpp" line="1876"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1688"/>
        <source>Feeds list color</source>
        <translation>フィードリストの色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1691"/>
        <source>Feeds list background</source>
        <translation>フィードリストの背景色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1694"/>
        <source>News list color</source>
        <translation>ニュースリストの色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1697"/>
        <source>News list background</source>
        <translation>ニュースリストの背景色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1700"/>
        <source>Focused news color</source>
        <translation>フォーカスのあるニュースの色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1703"/>
        <source>Focused news background color</source>
        <translation>フォーカスのあるニュースの背景色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1706"/>
        <source>Link color</source>
        <translation>リンクの色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1709"/>
        <source>Title color</source>
        <translation>タイトルの色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1712"/>
        <source>Date color</source>
        <translation>日付の色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1715"/>
        <source>Author color</source>
        <translation>作者の色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1718"/>
        <source>News text color</source>
        <translation>ニュースの文字色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1721"/>
        <source>News title background</source>
        <translation>ニュースタイトルの背景色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1724"/>
        <source>News background</source>
        <translation>ニュースの背景色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1727"/>
        <source>Feed with new news</source>
        <translation>新着ニュースのあるフィード</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1730"/>
        <source>Count of unread news in feeds tree</source>
        <translation>フィードツリーの未読のニュース数</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1745"/>
        <source>Disabled feed</source>
        <translation>無効化されたフィード</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1748"/>
        <source>Alternating row colors</source>
        <translation>交互に変える行の背景色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1751"/>
        <source>Notification text color</source>
        <translation>通知の文字色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1754"/>
        <source>Notification background color</source>
        <translation>通知の背景色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="2146"/>
        <source>Auto load images in news view</source>
        <translation>ニュースビューでの画像の自動読み込み</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1733"/>
        <source>Text color of new news</source>
        <translation>新着ニュースの文字色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="295"/>
        <source>Show feeds tree toggle</source>
        <translation>フィードツリーの表示/非表示の切り替え</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="386"/>
        <source>Clear new status when minimize to tray</source>
        <translation>トレイに最小化したときステータスをクリアする</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="779"/>
        <source>Set focus on the last opened news</source>
        <translation>最後に開いたニュースを選択</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="780"/>
        <source>Set focus at the top of news list</source>
        <translation>ニュース一覧の先頭を選択</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="781"/>
        <source>Set focus on the unread news</source>
        <translation>未読のニュースを選択</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="782"/>
        <source>Open the news</source>
        <translation>ニュースを開く</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="882"/>
        <source>Default news filter:</source>
        <translation>デフォルトのニュースフィルター:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="816"/>
        <source>Action on feed opening:</source>
        <translation>フィードを開いた時の動作:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="896"/>
        <source>Show news description instead of loading web page</source>
        <translation>ウェブページを読み込むのではなくニュースの説明を表示する</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1736"/>
        <source>Text color of unread news</source>
        <translation>未読ニュースの文字色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1739"/>
        <source>Focused feed color</source>
        <translation>フォーカスのあるフィードの色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1742"/>
        <source>Focused feed background color</source>
        <translation>フォーカスのあるフィードの背景色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1790"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1792"/>
        <source>Fixed</source>
        <translation>固定幅</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1794"/>
        <source>Serif</source>
        <translation>セリフ体</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1796"/>
        <source>Sans Serif</source>
        <translation>サンセリフ体</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1798"/>
        <source>Cursive</source>
        <translation>筆記体</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1800"/>
        <source>Fantasy</source>
        <translation>ファンタジー</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1815"/>
        <source>Default font size</source>
        <translation>デフォルトフォントのサイズ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1817"/>
        <source>Fixed font size</source>
        <translation>固定幅フォントのサイズ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1819"/>
        <source>Minimum font size</source>
        <translation>最小フォントサイズ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1821"/>
        <source>Minimum logical font size</source>
        <translation>論理フォントの最大サイズ</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1825"/>
        <source>Font families:</source>
        <translation>フォントファミリ:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1827"/>
        <source>Font sizes:</source>
        <translation>フォントサイズ:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1836"/>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1837"/>
        <source>Fonts Browser</source>
        <translation>フォントブラウザー</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1838"/>
        <source>Colors</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1845"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1871"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1871"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1871"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="1879"/>
        <source>Shortcut:</source>
        <translation>ショートカット:</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="2310"/>
        <location filename="../src/optionsdialog.cpp" line="2345"/>
        <source>Open File...</source>
        <translation>ファイルを開く...</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="2330"/>
        <location filename="../src/optionsdialog.cpp" line="2842"/>
        <source>Select Style Sheet File</source>
        <translation>スタイルシートファイルの選択</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="2851"/>
        <location filename="../src/optionsdialog.cpp" line="2880"/>
        <source>Open Directory...</source>
        <translation>ディレクトリを開く...</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="2861"/>
        <source>Add site to whitelist</source>
        <translation>サイトをホワイトリストへ追加</translation>
    </message>
    <message>
        <location filename="../src/optionsdialog.cpp" line="2862"/>
        <source>Site without &apos;http://&apos; (ex. youtube.com)</source>
        <translation>サイト名に http:// は付けないでください (例: youtube.com)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5122"/>
        <source>&amp;Step up</source>
        <translation>ステップアップ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5123"/>
        <source>Step &amp;down</source>
        <translation>ステップダウン(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5124"/>
        <source>&amp;Select All</source>
        <translation>すべて選択(&amp;S)</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5100"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5101"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5102"/>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5103"/>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QFtp</name>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="877"/>
        <source>Not connected</source>
        <translation>接続していません</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="948"/>
        <source>Host %1 not found</source>
        <translation>ホスト %1 が見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="953"/>
        <source>Connection refused to host %1</source>
        <translation>ホスト %1 への接続が拒否されました</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="958"/>
        <source>Connection timed out to host %1</source>
        <translation>ホスト %1 への接続がタイムアウトしました</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="1071"/>
        <source>Connected to host %1</source>
        <translation>ホスト %1 に接続しました</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="1312"/>
        <source>Connection refused for data connection</source>
        <translation>データコネクションの接続が拒否されました</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="1490"/>
        <source>Unknown error</source>
        <translation>未知のエラーです</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="2419"/>
        <source>Connecting to host failed:
%1</source>
        <translation>ホストへの接続に失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="2423"/>
        <source>Login failed:
%1</source>
        <translation>ログインに失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="2427"/>
        <source>Listing directory failed:
%1</source>
        <translation>ディレクトリのリストに失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="2431"/>
        <source>Changing directory failed:
%1</source>
        <translation>ディレクトリの変更に失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="2435"/>
        <source>Downloading file failed:
%1</source>
        <translation>ファイルのダウンロードに失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="2439"/>
        <source>Uploading file failed:
%1</source>
        <translation>ファイルのアップロードに失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="2443"/>
        <source>Removing file failed:
%1</source>
        <translation>ファイルの削除に失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="2447"/>
        <source>Creating directory failed:
%1</source>
        <translation>ディレクトリの作成に失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="2451"/>
        <source>Removing directory failed:
%1</source>
        <translation>ディレクトリの削除に失敗しました:
%1</translation>
    </message>
    <message>
        <location filename="../3rdparty/qftp/qftp.cpp" line="2481"/>
        <source>Connection closed</source>
        <translation>接続を閉じました</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5105"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5106"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5107"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5108"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5109"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5110"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5111"/>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>QMultiInputContext</name>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5126"/>
        <source>Select IM</source>
        <translation>IM の選択</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/downloads/downloadmanager.cpp" line="178"/>
        <source>Cannot start external program</source>
        <translation>外部プログラムを起動できません</translation>
    </message>
    <message>
        <location filename="../src/downloads/downloadmanager.cpp" line="179"/>
        <source>Cannot start external program! %1</source>
        <translation>外部プログラムを起動できません! %1</translation>
    </message>
    <message>
        <location filename="../src/database/database.cpp" line="270"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>QTextControl</name>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5113"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5114"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5115"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5116"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5117"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5118"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5119"/>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5120"/>
        <source>Copy &amp;Link Location</source>
        <translation>リンクの場所をコピー(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5128"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5129"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 前(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5130"/>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/application/mainwindow.cpp" line="5131"/>
        <source>&amp;Next &gt;</source>
        <translation>次(&amp;N) &gt;</translation>
    </message>
</context>
<context>
    <name>RSSDetectionWidget</name>
    <message>
        <location filename="../src/webview/rssdetectionwidget.cpp" line="56"/>
        <source>Untitled feed</source>
        <translation>無題のフィード</translation>
    </message>
</context>
<context>
    <name>RequestFeed</name>
    <message>
        <location filename="../src/requestfeed.cpp" line="228"/>
        <source>Server requires authentication!</source>
        <translation>サーバーが認証を要求しています!</translation>
    </message>
    <message>
        <location filename="../src/requestfeed.cpp" line="230"/>
        <source>Server replied: Not Found!</source>
        <translation>サーバーの応答: 見つかりませんでした!</translation>
    </message>
    <message>
        <location filename="../src/requestfeed.cpp" line="285"/>
        <source>Redirect error!</source>
        <translation>リダイレクトエラーです!</translation>
    </message>
    <message>
        <location filename="../src/requestfeed.cpp" line="367"/>
        <source>Request timeout!</source>
        <translation>リクエストタイムアウトです!</translation>
    </message>
</context>
<context>
    <name>SQLiteDriver</name>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="603"/>
        <source>Error opening database</source>
        <translation>データベースのオープンでエラーです</translation>
    </message>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="617"/>
        <source>Error closing database</source>
        <translation>データベースのクローズでエラーです</translation>
    </message>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="637"/>
        <source>Unable to begin transaction</source>
        <translation>トランザクションの開始ができません</translation>
    </message>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="652"/>
        <source>Unable to commit transaction</source>
        <translation>トランザクションのコミットができません</translation>
    </message>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="667"/>
        <source>Unable to rollback transaction</source>
        <translation>トランザクションのロールバックができません</translation>
    </message>
</context>
<context>
    <name>SQLiteResult</name>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="223"/>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="286"/>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="294"/>
        <source>Unable to fetch row</source>
        <translation>行のフェッチができません</translation>
    </message>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="224"/>
        <source>No query</source>
        <translation>クエリがありません</translation>
    </message>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="368"/>
        <source>Unable to execute statement</source>
        <translation>SQL 文を実行できません</translation>
    </message>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="373"/>
        <source>Unable to execute multiple statements at a time</source>
        <translation>複数の SQL 文の同時実行ができません</translation>
    </message>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="393"/>
        <source>Unable to reset statement</source>
        <translation>SQL 文のリセットができません</translation>
    </message>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="438"/>
        <source>Unable to bind parameters</source>
        <translation>パラメーターのバインドができません</translation>
    </message>
    <message>
        <location filename="../3rdparty/sqlitex/sqlitedriver.cpp" line="445"/>
        <source>Parameter count mismatch</source>
        <translation>パラメーター数が一致しません</translation>
    </message>
</context>
<context>
    <name>SslErrorDialog</name>
    <message>
        <location filename="../src/network/sslerrordialog.cpp" line="24"/>
        <source>SSL Certificate Error!</source>
        <translation>SSL 認証エラー!</translation>
    </message>
    <message>
        <location filename="../src/network/sslerrordialog.cpp" line="34"/>
        <source>Only for this session</source>
        <translation>このセッション中のみ</translation>
    </message>
</context>
<context>
    <name>UpdateAppDialog</name>
    <message>
        <location filename="../src/updateappdialog.cpp" line="40"/>
        <source>Check for Updates</source>
        <translation>最新状態をチェック</translation>
    </message>
    <message>
        <location filename="../src/updateappdialog.cpp" line="45"/>
        <source>Checking for updates...</source>
        <translation>最新状態をチェックしています...</translation>
    </message>
    <message>
        <location filename="../src/updateappdialog.cpp" line="50"/>
        <source>Loading history...</source>
        <translation>履歴を読み込んでいます...</translation>
    </message>
    <message>
        <location filename="../src/updateappdialog.cpp" line="53"/>
        <source>Don&apos;t remind about this version</source>
        <translation>このバージョンはスルーする</translation>
    </message>
    <message>
        <location filename="../src/updateappdialog.cpp" line="61"/>
        <source>&amp;Install</source>
        <translation>インストール(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/updateappdialog.cpp" line="129"/>
        <source>You already have the latest version</source>
        <translation>最新のバージョンをお使いです</translation>
    </message>
    <message>
        <location filename="../src/updateappdialog.cpp" line="137"/>
        <source>A new version of QuiteRSS is available!</source>
        <translation>新しいバージョンの QuiteRSS があります!</translation>
    </message>
    <message>
        <location filename="../src/updateappdialog.cpp" line="140"/>
        <source>Click here to go to the download page</source>
        <translation>ここをクリックするとダウンロードページを開きます</translation>
    </message>
    <message>
        <location filename="../src/updateappdialog.cpp" line="145"/>
        <source>Your version is:</source>
        <translation>あなたのバージョン:</translation>
    </message>
    <message>
        <location filename="../src/updateappdialog.cpp" line="147"/>
        <source>Current version is:</source>
        <translation>最新のバージョン:</translation>
    </message>
    <message>
        <location filename="../src/updateappdialog.cpp" line="153"/>
        <source>Error checking updates</source>
        <translation>更新情報のチェックでエラーが発生しました</translation>
    </message>
</context>
</TS>