<?xml version="1.0" ?><!DOCTYPE TS><TS language="ja_JP" version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/lib/other/aboutdialog.ui" line="14"/>
        <source>About QupZilla</source>
        <translation>QupZilla について</translation>
    </message>
    <message>
        <location filename="../src/lib/other/aboutdialog.ui" line="60"/>
        <source>Authors</source>
        <translation>著作者</translation>
    </message>
    <message>
        <location filename="../src/lib/other/aboutdialog.cpp" line="56"/>
        <source>Authors and Contributors</source>
        <translation>著作者、コントリビューター</translation>
    </message>
    <message>
        <location filename="../src/lib/other/aboutdialog.cpp" line="59"/>
        <source>&lt;p&gt;&lt;b&gt;Application version %1&lt;/b&gt;&lt;br/&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ソフトウェアのバージョン情報 %1&lt;/b&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/other/aboutdialog.cpp" line="66"/>
        <source>&lt;b&gt;QtWebEngine version %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>QtWebEngineのバージョン:%1</translation>
    </message>
    <message>
        <location filename="../src/lib/other/aboutdialog.cpp" line="78"/>
        <source>&lt; About QupZilla</source>
        <translation>&lt; QupZilla について</translation>
    </message>
    <message>
        <location filename="../src/lib/other/aboutdialog.cpp" line="81"/>
        <source>&lt;p&gt;&lt;b&gt;Main developer:&lt;/b&gt;&lt;br/&gt;%1 &amp;lt;%2&amp;gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;開発者:&lt;/b&gt;&lt;br/&gt;%1 &amp;lt;%2&amp;gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/other/aboutdialog.cpp" line="82"/>
        <source>&lt;p&gt;&lt;b&gt;Contributors:&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;コントリビューター:&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/other/aboutdialog.cpp" line="94"/>
        <source>&lt;p&gt;&lt;b&gt;Translators:&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;翻訳者:&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AcceptLanguage</name>
    <message>
        <location filename="../src/lib/preferences/acceptlanguage.ui" line="14"/>
        <source>Preferred Languages</source>
        <translation>Web ページの言語</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/acceptlanguage.ui" line="25"/>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/acceptlanguage.ui" line="32"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/acceptlanguage.ui" line="39"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/acceptlanguage.ui" line="46"/>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/acceptlanguage.cpp" line="99"/>
        <location filename="../src/lib/preferences/acceptlanguage.cpp" line="160"/>
        <source>Personal [%1]</source>
        <translation>個人設定 [%1]</translation>
    </message>
</context>
<context>
    <name>AdBlockAddSubscriptionDialog</name>
    <message>
        <location filename="../src/lib/adblock/adblockaddsubscriptiondialog.ui" line="14"/>
        <source>Add Subscription</source>
        <translation>購読する</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockaddsubscriptiondialog.ui" line="23"/>
        <source>Title:</source>
        <translation>ページ名:</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockaddsubscriptiondialog.ui" line="33"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockaddsubscriptiondialog.ui" line="53"/>
        <source>Add new subscription to AdBlock:</source>
        <translation>AdBlock で新しく購読する:</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockaddsubscriptiondialog.cpp" line="44"/>
        <source>Other...</source>
        <translation>その他...</translation>
    </message>
</context>
<context>
    <name>AdBlockCustomList</name>
    <message>
        <location filename="../src/lib/adblock/adblocksubscription.cpp" line="284"/>
        <source>Custom Rules</source>
        <translation>カスタムルールの編集</translation>
    </message>
</context>
<context>
    <name>AdBlockDialog</name>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.ui" line="14"/>
        <source>AdBlock Configuration</source>
        <translation>AdBlock の設定</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.ui" line="20"/>
        <source>Enable AdBlock</source>
        <translation>AdBlock を有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.ui" line="32"/>
        <source>Search...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.ui" line="77"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.ui" line="107"/>
        <source>AdBlock</source>
        <translation>AdBlock</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.cpp" line="49"/>
        <source>Add Rule</source>
        <translation>ルールを追加する</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.cpp" line="50"/>
        <source>Remove Rule</source>
        <translation>ルールを削除する</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.cpp" line="52"/>
        <source>Add Subscription</source>
        <translation>購読する</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.cpp" line="53"/>
        <source>Remove Subscription</source>
        <translation>購読を削除する</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.cpp" line="54"/>
        <source>Update Subscriptions</source>
        <translation>購読しているフィルタを更新する</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockdialog.cpp" line="56"/>
        <source>Learn about writing rules...</source>
        <translation>Adblock の記法について学ぶ...</translation>
    </message>
</context>
<context>
    <name>AdBlockIcon</name>
    <message>
        <location filename="../src/lib/adblock/adblockicon.cpp" line="35"/>
        <source>AdBlock</source>
        <translation>AdBlock</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockicon.cpp" line="53"/>
        <source>AdBlock Icon</source>
        <translation>AdBlock アイコン</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockicon.cpp" line="87"/>
        <source>AdBlock is disabled</source>
        <translation>AdBlock は無効です</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockicon.cpp" line="93"/>
        <source>AdBlock is disabled on this site </source>
        <translation>AdBlock はこのサイトでは無効です </translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockicon.cpp" line="99"/>
        <source>AdBlock is active</source>
        <translation>AdBlock は有効です</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockicon.cpp" line="146"/>
        <source>Show AdBlock &amp;Settings</source>
        <translation>AdBlock の設定を表示する(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockicon.cpp" line="154"/>
        <source>Disable on %1</source>
        <translation>%1 で無効</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockicon.cpp" line="160"/>
        <source>Disable only on this page</source>
        <translation>このページでのみ無効にする</translation>
    </message>
</context>
<context>
    <name>AdBlockManager</name>
    <message>
        <location filename="../src/lib/adblock/adblockmanager.cpp" line="184"/>
        <source>Do you want to add &lt;b&gt;%1&lt;/b&gt; subscription?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;を購読しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockmanager.cpp" line="186"/>
        <source>AdBlock Subscription</source>
        <translation>AdBlock フィルタの購読</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockmanager.cpp" line="316"/>
        <source>EasyList</source>
        <translation>EasyList</translation>
    </message>
</context>
<context>
    <name>AdBlockSubscription</name>
    <message>
        <location filename="../src/lib/adblock/adblocksubscription.cpp" line="171"/>
        <source>Cannot load subscription!</source>
        <translation>購読を読み込めません!</translation>
    </message>
</context>
<context>
    <name>AdBlockTreeWidget</name>
    <message>
        <location filename="../src/lib/adblock/adblocktreewidget.cpp" line="80"/>
        <source>Add Rule</source>
        <translation>ルールを追加する</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblocktreewidget.cpp" line="82"/>
        <source>Remove Rule</source>
        <translation>ルールを削除する</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblocktreewidget.cpp" line="141"/>
        <source>Add Custom Rule</source>
        <translation>カスタムルールの追加</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblocktreewidget.cpp" line="141"/>
        <source>Please write your rule here:</source>
        <translation>新しいルールの追加:</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblocktreewidget.cpp" line="179"/>
        <source>%1 (recently updated)</source>
        <translation>%1 (最近アップデートされたもの)</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblocktreewidget.cpp" line="188"/>
        <source>%1 (Error: %2)</source>
        <translation>%1 (エラー: %2)</translation>
    </message>
</context>
<context>
    <name>AdBlockUrlInterceptor</name>
    <message>
        <location filename="../src/lib/adblock/adblockurlinterceptor.cpp" line="44"/>
        <source>Blocked content</source>
        <translation>ブロックされたコンテンツ</translation>
    </message>
    <message>
        <location filename="../src/lib/adblock/adblockurlinterceptor.cpp" line="45"/>
        <source>Blocked by &lt;i&gt;%1 (%2)&lt;/i&gt;</source>
        <translation>ルール &lt;i&gt;%1 (%2)&lt;/i&gt; によりブロックされました</translation>
    </message>
</context>
<context>
    <name>AddAcceptLanguage</name>
    <message>
        <location filename="../src/lib/preferences/addacceptlanguage.ui" line="14"/>
        <source>Add Language</source>
        <translation>言語の追加</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/addacceptlanguage.ui" line="20"/>
        <source>Choose preferred language for web sites</source>
        <translation>web ページの言語を選択してください</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/addacceptlanguage.ui" line="32"/>
        <source>Personal definition:</source>
        <translation>個人設定の追加:</translation>
    </message>
</context>
<context>
    <name>AesInterface</name>
    <message>
        <location filename="../src/lib/tools/aesinterface.cpp" line="147"/>
        <source>Warning!</source>
        <translation>警告！</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/aesinterface.cpp" line="147"/>
        <source>Data has been encrypted with a newer version of QupZilla.
Please install latest version of QupZilla.</source>
        <translation>データは QupZilla の最新バージョンによって暗号化されています。
最新バージョンの QupZilla を使ってください。</translation>
    </message>
</context>
<context>
    <name>AutoFill</name>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="258"/>
        <source>Database (encrypted)</source>
        <translation>データベース(暗号化済み)</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="579"/>
        <source>Warning!</source>
        <translation>警告！</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="580"/>
        <source>This backend needs a master password to be set! QupZilla just switches to its default backend</source>
        <translation>このバックエンドはマスターパスワードの設定を必要とします！QupZilla は既定のバックエンドに切り替わります</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="670"/>
        <source>Enter Master Password</source>
        <translation>マスターパスワードを入力</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="674"/>
        <source>Permission is required, please enter Master Password:</source>
        <translation>許可が必要です。マスターパスワードを入力してください:</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="680"/>
        <source>Entered password is wrong!</source>
        <translation>入力されたパスワードは間違っています！</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databasepasswordbackend.cpp" line="32"/>
        <source>Database (plaintext)</source>
        <translation>データベース(プレーンテキスト)</translation>
    </message>
</context>
<context>
    <name>AutoFillManager</name>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="25"/>
        <source>Passwords are stored in:</source>
        <translation>パスワードの保存先:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="35"/>
        <source>Change backend</source>
        <translation>バックエンドの変更</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="42"/>
        <source>Backend options</source>
        <translation>バックエンドのオプション</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="71"/>
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="87"/>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="201"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="92"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="97"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="113"/>
        <source>Import and Export</source>
        <translation>インポートとエクスポート</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="140"/>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="82"/>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="171"/>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="179"/>
        <source>Show Passwords</source>
        <translation>パスワードを表示する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="154"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="161"/>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="211"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="168"/>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="218"/>
        <source>Remove All</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.ui" line="191"/>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="67"/>
        <source>Import Passwords from File...</source>
        <translation>パスワードをファイルからインポートする...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="68"/>
        <source>Export Passwords to File...</source>
        <translation>パスワードをファイルにエクスポートする...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="70"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="130"/>
        <source>Change backend...</source>
        <translation>バックエンドの変更...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="130"/>
        <source>Change backend:</source>
        <translation>バックエンドの変更:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="179"/>
        <source>Are you sure that you want to show all passwords?</source>
        <translation>全てのパスワードを表示させますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="194"/>
        <source>Hide Passwords</source>
        <translation>パスワードを隠す</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="232"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="233"/>
        <source>Are you sure you want to delete all passwords on your computer?</source>
        <translation>コンピューターのすべてのパスワードを本当に削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="252"/>
        <source>Edit password</source>
        <translation>パスワードの編集</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="252"/>
        <source>Change password:</source>
        <translation>パスワードの変更:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="301"/>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="312"/>
        <source>Choose file...</source>
        <translation>ファイルの選択...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="326"/>
        <source>Cannot read file!</source>
        <translation>ファイルの読み込みに失敗しました!</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="335"/>
        <source>Successfully imported</source>
        <translation>インポートに成功しました</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="335"/>
        <source>Error while importing!</source>
        <translation>インポート中にエラーが発生しました!</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="346"/>
        <source>Cannot write to file!</source>
        <translation>ファイルに書き込めません!</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="355"/>
        <source>Successfully exported</source>
        <translation>エクスポートに成功しました</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="372"/>
        <source>Copy Username</source>
        <translation>ユーザー名をコピー</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="373"/>
        <source>Copy Password</source>
        <translation>パスワードをコピー</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/autofillmanager.cpp" line="375"/>
        <source>Edit Password</source>
        <translation>パスワードを編集</translation>
    </message>
</context>
<context>
    <name>AutoFillNotification</name>
    <message>
        <location filename="../src/lib/autofill/autofillnotification.ui" line="69"/>
        <source>Update</source>
        <translation>更新する</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/autofillnotification.ui" line="85"/>
        <source>Remember</source>
        <translation>保存する</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/autofillnotification.ui" line="101"/>
        <source>Never For This Site</source>
        <translation>このサイトでは保存しない</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/autofillnotification.ui" line="117"/>
        <source>Not Now</source>
        <translation>今回は保存しない</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/autofillnotification.cpp" line="41"/>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/autofillnotification.cpp" line="45"/>
        <source>for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/autofillnotification.cpp" line="49"/>
        <source>Do you want QupZilla to update saved password %1?</source>
        <translation>QupZilla に保存された %1 のパスワードを更新しますか？</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/autofillnotification.cpp" line="55"/>
        <source>Do you want QupZilla to remember the password %1 %2?</source>
        <translation>Qupzilla に %2 で使用する &lt;b&gt;%1&lt;/b&gt; のパスワードを記憶させますか?</translation>
    </message>
</context>
<context>
    <name>AutoFillWidget</name>
    <message>
        <location filename="../src/lib/autofill/autofillwidget.ui" line="11"/>
        <source>Login as:</source>
        <translation>ログイン:</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/autofillicon.cpp" line="29"/>
        <source>Choose username to login</source>
        <translation>ログインするユーザー名を選ぶ</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarks.cpp" line="205"/>
        <source>Bookmarks Toolbar</source>
        <translation>ブックマークツールバー</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarks.cpp" line="206"/>
        <source>Bookmarks located in Bookmarks Toolbar</source>
        <translation>ブックマークツールバーに表示されるブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarks.cpp" line="209"/>
        <source>Bookmarks Menu</source>
        <translation>ブックマークメニュー</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarks.cpp" line="210"/>
        <source>Bookmarks located in Bookmarks Menu</source>
        <translation>ブックマークメニューに表示されるブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarks.cpp" line="213"/>
        <source>Unsorted Bookmarks</source>
        <translation>未整理のブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarks.cpp" line="214"/>
        <source>All other bookmarks</source>
        <translation>その他のすべてのブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="152"/>
        <source>Choose name and location of this bookmark.</source>
        <translation>ブックマーク名と場所を選択してください。</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="156"/>
        <source>Add New Bookmark</source>
        <translation>新しいブックマークの追加</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="196"/>
        <source>Choose folder for bookmarks:</source>
        <translation>ブックマークフォルダの選択:</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="197"/>
        <source>Bookmark All Tabs</source>
        <translation>全てのタブをブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="237"/>
        <source>Title:</source>
        <translation>ページ名:</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="240"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="242"/>
        <source>Keyword:</source>
        <translation>キーワード:</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="245"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="250"/>
        <source>Edit Bookmark</source>
        <translation>ブックマークの編集</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="340"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="341"/>
        <source>Are you sure you want to open all bookmarks from &apos;%1&apos; folder in tabs?</source>
        <translation>本当に &apos;%1&apos; フォルダのすべてのブックマークをタブで開きますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="435"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>BookmarksExportDialog</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/bookmarksexportdialog.ui" line="14"/>
        <source>Export Bookmarks</source>
        <translation>ブックマークのエクスポート</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/bookmarksexportdialog.ui" line="20"/>
        <source>&lt;b&gt;Export Bookmarks&lt;/b&gt;</source>
        <translation>&lt;b&gt;ブックマークのエクスポート&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/bookmarksexportdialog.ui" line="27"/>
        <source>Export options</source>
        <translation>エクスポートのオプション</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/bookmarksexportdialog.ui" line="42"/>
        <source>Choose...</source>
        <translation>選択する...</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/bookmarksexportdialog.ui" line="73"/>
        <source>Output File:</source>
        <translation>出力ファイル:</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/bookmarksexportdialog.ui" line="89"/>
        <source>Format:</source>
        <translation>フォーマット:</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/bookmarksexportdialog.cpp" line="64"/>
        <source>Error!</source>
        <translation>エラー!</translation>
    </message>
</context>
<context>
    <name>BookmarksExporter</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/htmlexporter.cpp" line="31"/>
        <source>HTML File</source>
        <translation>HTML ファイル</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/htmlexporter.cpp" line="37"/>
        <source>HTML Bookmarks</source>
        <translation>HTML ブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/htmlexporter.cpp" line="38"/>
        <source>Choose file...</source>
        <translation>ファイルの選択...</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksexport/htmlexporter.cpp" line="47"/>
        <source>Cannot open file for writing!</source>
        <translation>書き込むファイルが開けません!</translation>
    </message>
</context>
<context>
    <name>BookmarksFoldersMenu</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstools.cpp" line="76"/>
        <source>Choose %1</source>
        <translation>%1 を選択</translation>
    </message>
</context>
<context>
    <name>BookmarksIcon</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksicon.cpp" line="37"/>
        <location filename="../src/lib/bookmarks/bookmarksicon.cpp" line="105"/>
        <source>Bookmark this Page</source>
        <translation>このページをブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksicon.cpp" line="97"/>
        <source>Edit this bookmark</source>
        <translation>このブックマークを編集</translation>
    </message>
</context>
<context>
    <name>BookmarksImportDialog</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.ui" line="20"/>
        <source>Import Bookmarks</source>
        <translation>ブックマークのインポート</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.ui" line="26"/>
        <source>&lt;b&gt;Import Bookmarks&lt;/b&gt;</source>
        <translation>&lt;b&gt;ブックマークのインポート&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.ui" line="74"/>
        <source>Internet Explorer</source>
        <translation>Internet Explorer</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.ui" line="83"/>
        <source>Html File</source>
        <translation>Html ファイル</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.ui" line="95"/>
        <source>Choose from which you want to import bookmarks:</source>
        <translation>ブックマークのインポート方法を選択します</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.ui" line="125"/>
        <source>Choose...</source>
        <translation>選択する...</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.ui" line="257"/>
        <source>&lt; Back</source>
        <translation>&lt; 前</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.ui" line="270"/>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.cpp" line="157"/>
        <source>Next &gt;</source>
        <translation>次 &gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.cpp" line="113"/>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.cpp" line="118"/>
        <source>Error!</source>
        <translation>エラーが発生しました!</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.cpp" line="118"/>
        <source>No bookmarks were found.</source>
        <translation>ブックマークが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.cpp" line="125"/>
        <source>Finish</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/bookmarksimportdialog.cpp" line="186"/>
        <source>&lt;b&gt;Importing from %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1からインポートする&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/firefoximporter.cpp" line="70"/>
        <source>File does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/firefoximporter.cpp" line="77"/>
        <source>Unable to open database. Is Firefox running?</source>
        <translation>データベースが開けません。 Firefox が起動中ではありませんか?</translation>
    </message>
</context>
<context>
    <name>BookmarksImporter</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/chromeimporter.cpp" line="33"/>
        <source>Google Chrome stores its bookmarks in &lt;b&gt;Bookmarks&lt;/b&gt; text file. This file is usually located in</source>
        <translation>Google Chromeはブックマークを&lt;b&gt;Bookmarks&lt;/b&gt;テキストファイルに保存します。このファイルは通常以下に保存されます。</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/chromeimporter.cpp" line="50"/>
        <location filename="../src/lib/bookmarks/bookmarksimport/firefoximporter.cpp" line="57"/>
        <location filename="../src/lib/bookmarks/bookmarksimport/htmlimporter.cpp" line="44"/>
        <location filename="../src/lib/bookmarks/bookmarksimport/ieimporter.cpp" line="44"/>
        <location filename="../src/lib/bookmarks/bookmarksimport/operaimporter.cpp" line="50"/>
        <source>Choose file...</source>
        <translation>ファイルの選択...</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/chromeimporter.cpp" line="59"/>
        <location filename="../src/lib/bookmarks/bookmarksimport/htmlimporter.cpp" line="53"/>
        <location filename="../src/lib/bookmarks/bookmarksimport/operaimporter.cpp" line="59"/>
        <source>Unable to open file.</source>
        <translation>ファイルを開けません。</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/chromeimporter.cpp" line="76"/>
        <source>Cannot parse JSON file!</source>
        <translation>JSON ファイルをパース出来ません!</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/firefoximporter.cpp" line="42"/>
        <source>Mozilla Firefox stores its bookmarks in &lt;b&gt;places.sqlite&lt;/b&gt; SQLite database. This file is usually located in</source>
        <translation>Mozilla Firefoxはブックマークを&lt;b&gt;places.sqlite&lt;/b&gt;SQLiteデータベースに保存します。このファイルは通常以下に保存されます。</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/htmlimporter.cpp" line="32"/>
        <source>You can import bookmarks from any browser that supports HTML exporting. This file has usually these suffixes</source>
        <translation>HTMLによるお気に入り/ブックマークのエクスポートをブラウザがサポートしていればHTMLからインポートできます。</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/htmlimporter.cpp" line="43"/>
        <source>HTML Bookmarks</source>
        <translation>HTML ブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/ieimporter.cpp" line="33"/>
        <source>Internet Explorer stores its bookmarks in &lt;b&gt;Favorites&lt;/b&gt; folder. This folder is usually located in</source>
        <translation>Internet Explorerはブックマークを&lt;b&gt;Favorites&lt;/b&gt;フォルダに保存します。このフォルダは通常以下にあります。</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/ieimporter.cpp" line="52"/>
        <source>Directory does not exist.</source>
        <translation>フォルダが存在しません。</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/operaimporter.cpp" line="35"/>
        <source>Opera stores its bookmarks in &lt;b&gt;bookmarks.adr&lt;/b&gt; text file. This file is usually located in</source>
        <translation>Operaはブックマークを&lt;b&gt;bookmarks.adr&lt;/b&gt;テキストファイルに保存します。このファイルは通常以下に保存されます。</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/operaimporter.cpp" line="66"/>
        <source>File is not valid Opera bookmarks file!</source>
        <translation>有効な Opera のブックマークファイルではありません!</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksimport/operaimporter.cpp" line="71"/>
        <source>Only UTF-8 encoded Opera bookmarks file is supported!</source>
        <translation>UTF-8でエンコードされていない Opera のブックマークファイルはサポートしていません！</translation>
    </message>
</context>
<context>
    <name>BookmarksManager</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.ui" line="14"/>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.ui" line="32"/>
        <source>Title:</source>
        <translation>ページ名:</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.ui" line="42"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.ui" line="52"/>
        <source>Keyword:</source>
        <translation>キーワード:</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.ui" line="62"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.cpp" line="105"/>
        <source>Open in new tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.cpp" line="106"/>
        <source>Open in new window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.cpp" line="107"/>
        <source>Open in new private window</source>
        <translation>新しいプライベートウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.cpp" line="110"/>
        <location filename="../src/lib/bookmarks/bookmarksmanager.cpp" line="171"/>
        <source>New Bookmark</source>
        <translation>新しいブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.cpp" line="111"/>
        <location filename="../src/lib/bookmarks/bookmarksmanager.cpp" line="179"/>
        <source>New Folder</source>
        <translation>新しいフォルダ</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.cpp" line="112"/>
        <source>New Separator</source>
        <translation>新しいセパレータ</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmanager.cpp" line="114"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmenu.cpp" line="165"/>
        <source>&amp;Bookmarks</source>
        <translation>ブックマーク(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmenu.cpp" line="167"/>
        <source>Bookmark &amp;This Page</source>
        <translation>このページをブックマークする(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmenu.cpp" line="168"/>
        <source>Bookmark &amp;All Tabs</source>
        <translation>全てのタブをブックマークする(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmenu.cpp" line="169"/>
        <source>Organize &amp;Bookmarks</source>
        <translation>ブックマークの管理(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmodel.cpp" line="148"/>
        <source>Title</source>
        <translation>ページ名</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarksmodel.cpp" line="150"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
</context>
<context>
    <name>BookmarksSideBar</name>
    <message>
        <location filename="../src/lib/sidebar/bookmarkssidebar.ui" line="41"/>
        <source>Search...</source>
        <translation>検索...</translation>
    </message>
</context>
<context>
    <name>BookmarksSidebar</name>
    <message>
        <location filename="../src/lib/sidebar/bookmarkssidebar.cpp" line="103"/>
        <source>Open in new tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/sidebar/bookmarkssidebar.cpp" line="104"/>
        <source>Open in new window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/sidebar/bookmarkssidebar.cpp" line="105"/>
        <source>Open in new private window</source>
        <translation>新しいプライベートウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/sidebar/bookmarkssidebar.cpp" line="108"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>BookmarksToolbar</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstoolbar.cpp" line="72"/>
        <source>Open in new tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstoolbar.cpp" line="73"/>
        <source>Open in new window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstoolbar.cpp" line="74"/>
        <source>Open in new private window</source>
        <translation>新しいプライベートウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstoolbar.cpp" line="76"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstoolbar.cpp" line="77"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstoolbar.cpp" line="79"/>
        <source>Show Only Icons</source>
        <translation>アイコンのみ表示(ページ名を隠す)</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkstoolbar.cpp" line="83"/>
        <source>Show Only Text</source>
        <translation>ページ名のみを表示</translation>
    </message>
</context>
<context>
    <name>BookmarksWidget</name>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkswidget.ui" line="20"/>
        <source>Add to Bookmarks</source>
        <translation>ブックマークに追加</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkswidget.ui" line="33"/>
        <location filename="../src/lib/bookmarks/bookmarkswidget.cpp" line="112"/>
        <source>Add to Speed Dial</source>
        <translation>Speed Dial に追加</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkswidget.cpp" line="98"/>
        <source>Update Bookmark</source>
        <translation>ブックマークの更新</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkswidget.cpp" line="116"/>
        <source>Remove from Speed Dial</source>
        <translation>Speed Dial から削除</translation>
    </message>
    <message>
        <location filename="../src/lib/bookmarks/bookmarkswidget.cpp" line="121"/>
        <source>Remove from Bookmarks</source>
        <translation>ブックマークから削除</translation>
    </message>
</context>
<context>
    <name>BrowserWindow</name>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="199"/>
        <location filename="../src/lib/app/browserwindow.cpp" line="968"/>
        <source>QupZilla</source>
        <translation>QupZilla</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="383"/>
        <source>IP Address of current page</source>
        <translation>現在のページのIPアドレス</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="718"/>
        <source> (Private Browsing)</source>
        <translation> (プライベートブラウジング)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="970"/>
        <source>%1 - QupZilla</source>
        <translation>%1 - QupZilla</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1034"/>
        <source>&amp;Menu Bar</source>
        <translation>メニューバー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1039"/>
        <source>&amp;Navigation Toolbar</source>
        <translation>ナビゲーションツールバー(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1043"/>
        <source>&amp;Bookmarks Toolbar</source>
        <translation>ブックマークツールバー(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1049"/>
        <source>&amp;Tabs on Top</source>
        <translation>タブを上部に表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1103"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1140"/>
        <source>HTML files</source>
        <translation>HTML ファイル</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1140"/>
        <source>Image files</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1140"/>
        <source>Text files</source>
        <translation>テキストファイル</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1140"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1142"/>
        <source>Open file...</source>
        <translation>ファイルを開く...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/lib/app/browserwindow.cpp" line="1481"/>
        <source>There are still %n open tabs and your session won't be stored. 
Are you sure you want to close this window?</source>
        <translation><numerusform>%n 個のタブが開かれており、セッションは保存されません。 
本当にこのウィンドウを閉じますか?</numerusform></translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1482"/>
        <source>Don&apos;t ask again</source>
        <translation>次回からは表示しない</translation>
    </message>
    <message>
        <location filename="../src/lib/app/browserwindow.cpp" line="1483"/>
        <source>There are still open tabs</source>
        <translation>まだ開いているタブがあります</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabbar.cpp" line="111"/>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
</context>
<context>
    <name>BrowsingLibrary</name>
    <message>
        <location filename="../src/lib/other/browsinglibrary.ui" line="14"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../src/lib/other/browsinglibrary.ui" line="64"/>
        <source>Import and Export</source>
        <translation>インポートとエクスポート</translation>
    </message>
    <message>
        <location filename="../src/lib/other/browsinglibrary.ui" line="84"/>
        <source>Search...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../src/lib/other/browsinglibrary.cpp" line="55"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/lib/other/browsinglibrary.cpp" line="56"/>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/other/browsinglibrary.cpp" line="61"/>
        <source>Import Bookmarks...</source>
        <translation>ブックマークのインポート...</translation>
    </message>
    <message>
        <location filename="../src/lib/other/browsinglibrary.cpp" line="62"/>
        <source>Export Bookmarks...</source>
        <translation>ブックマークのエクスポート...</translation>
    </message>
</context>
<context>
    <name>CertificateInfoWidget</name>
    <message>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="17"/>
        <source>&lt;b&gt;Issued To&lt;/b&gt;</source>
        <translation>&lt;b&gt;発行対象&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="24"/>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="99"/>
        <source>Common Name (CN):</source>
        <translation>一般名称(CN):</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="41"/>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="116"/>
        <source>Organization (O):</source>
        <translation>組織(O):</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="58"/>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="133"/>
        <source>Organizational Unit (OU):</source>
        <translation>部門(OU):</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="75"/>
        <source>Serial Number:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="92"/>
        <source>&lt;b&gt;Issued By&lt;/b&gt;</source>
        <translation>&lt;b&gt;発行者&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="150"/>
        <source>&lt;b&gt;Validity&lt;/b&gt;</source>
        <translation>&lt;b&gt;有効期間&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="157"/>
        <source>Issued On:</source>
        <translation>発行期日:</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/certificateinfowidget.ui" line="174"/>
        <source>Expires On:</source>
        <translation>有効期限:</translation>
    </message>
</context>
<context>
    <name>ClearPrivateData</name>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="14"/>
        <source>Clear Recent History</source>
        <translation>最近の履歴を消去</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="20"/>
        <source>&lt;b&gt;Clear Recent History&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近の履歴の消去&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="27"/>
        <source>Edit cookies</source>
        <translation>Cookieの編集</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="38"/>
        <source>Earlier Today</source>
        <translation>今日以前</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="43"/>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="48"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="53"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="61"/>
        <source>Visited pages history from:</source>
        <translation>訪問したページの履歴:</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="71"/>
        <source>Checked items will be cleared upon clicking the Clear button.</source>
        <translation>チェックされた項目は消去ボタンをクリックすると消去されます。</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="78"/>
        <source>Local storage</source>
        <translation>Local storage</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="94"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="114"/>
        <source>Web databases</source>
        <translation>Web データベース</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="124"/>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="134"/>
        <source>Optimize database</source>
        <translation>データベースの最適化</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="141"/>
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.ui" line="158"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.cpp" line="154"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.cpp" line="172"/>
        <source>Database Optimized</source>
        <translation>データベースは最適化されました</translation>
    </message>
    <message>
        <location filename="../src/lib/other/clearprivatedata.cpp" line="172"/>
        <source>Database successfully optimized.&lt;br/&gt;&lt;br/&gt;&lt;b&gt;Database Size Before: &lt;/b&gt;%1&lt;br/&gt;&lt;b&gt;Database Size After: &lt;/b&gt;%2</source>
        <translation>データベースの最適化に成功しました。&lt;br/&gt;&lt;br/&gt;&lt;b&gt;最適化前 &lt;/b&gt;%1&lt;br/&gt;&lt;b&gt;最適化後 &lt;/b&gt;%2</translation>
    </message>
</context>
<context>
    <name>CookieManager</name>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="14"/>
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="36"/>
        <source>Stored Cookies</source>
        <translation>保存された Cookie</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="42"/>
        <source>Find: </source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="52"/>
        <source>These cookies are stored on your computer:</source>
        <translation>これらの Cookie があなたのコンピューターに保存されています:</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="63"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="68"/>
        <source>Cookie name</source>
        <translation>Cookie 名</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="106"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="116"/>
        <source>Value:</source>
        <translation>値:</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="123"/>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="174"/>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="197"/>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="130"/>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="137"/>
        <source>Secure:</source>
        <translation>送信制限:</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="144"/>
        <source>Expiration:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="151"/>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="161"/>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="171"/>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="181"/>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="191"/>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="201"/>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="149"/>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="150"/>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="151"/>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="152"/>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="153"/>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="154"/>
        <source>&lt;cookie not selected&gt;</source>
        <translation>&lt;Cookie が選択されていません&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="235"/>
        <source>Remove all cookies</source>
        <translation>全ての Cookie を削除</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="242"/>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="156"/>
        <source>Remove cookies</source>
        <translation>Cookie の削除</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="266"/>
        <source>Cookie Filtering</source>
        <translation>Cookie のフィルタリング</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="272"/>
        <source>&lt;b&gt;Cookie whitelist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cookie のホワイトリスト&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="279"/>
        <source>Cookies from these servers will ALWAYS be accepted (even if you have disabled saving cookies)</source>
        <translation>このサーバーから送信される Cookie を常に許可します(Cookie の保存を無効にしていても許可します)</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="304"/>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="358"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="311"/>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="365"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="323"/>
        <source>&lt;b&gt;Cookie blacklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cookie のブラックリスト&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="330"/>
        <source>Cookies from these servers will NEVER be accepted</source>
        <translation>このサーバーから送信される Cookie を常に許可しません</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="382"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="404"/>
        <source>Filter 3rd party cookies</source>
        <translation>サードパーティ Cookie をフィルタする</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="411"/>
        <source>&lt;b&gt;Cookie Settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cookie の設定&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="418"/>
        <source>Allow storing of cookies</source>
        <translation>Cookie を許可する</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="425"/>
        <source>Filter tracking cookies</source>
        <translation>トラッキング Cookie のフィルタリング</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.ui" line="432"/>
        <source>Delete cookies on close</source>
        <translation>終了時に Cookie を削除する</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="81"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="103"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="104"/>
        <source>Are you sure you want to delete all cookies on your computer?</source>
        <translation>コンピューターのすべての Cookie を本当に削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="166"/>
        <source>Secure only</source>
        <translation>安全な接続のみ</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="166"/>
        <source>All connections</source>
        <translation>全ての接続</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="167"/>
        <source>Session cookie</source>
        <translation>セッション Cookie</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="169"/>
        <source>Remove cookie</source>
        <translation>Cookie の削除</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="174"/>
        <source>Add to whitelist</source>
        <translation>ホワイトリストに追加する</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="181"/>
        <source>Already blacklisted!</source>
        <translation>既にブラックリストに追加済みです!</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="181"/>
        <source>The server &quot;%1&quot; is already in blacklist, please remove it first.</source>
        <translation>サーバー &quot;%1&quot; は既にブラックリストに含まれています。先に削除してください。</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="197"/>
        <source>Add to blacklist</source>
        <translation>ブラックリストに追加する</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="208"/>
        <source>Already whitelisted!</source>
        <translation>既にホワイトリストに追加済みです!</translation>
    </message>
    <message>
        <location filename="../src/lib/cookies/cookiemanager.cpp" line="208"/>
        <source>The server &quot;%1&quot; is already in whitelist, please remove it first.</source>
        <translation>サーバー &quot;%1&quot; は既にホワイトリストに含まれています。先に削除してください。</translation>
    </message>
</context>
<context>
    <name>DesktopNotificationsFactory</name>
    <message>
        <location filename="../src/lib/notifications/desktopnotificationsfactory.cpp" line="109"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
</context>
<context>
    <name>DownloadItem</name>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="70"/>
        <source>Remaining time unavailable</source>
        <translation>残り時間が計測不可です</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="124"/>
        <source>Done - %1 (%2)</source>
        <translation>完了 - %1(%2)</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="128"/>
        <source>Error - %1</source>
        <translation>エラー - %1</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="132"/>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="259"/>
        <source>Cancelled - %1</source>
        <translation>中止 - %1</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="179"/>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="284"/>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="185"/>
        <source>few seconds</source>
        <translation>数秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/lib/downloads/downloaditem.cpp" line="188"/>
        <source>%n seconds</source>
        <translation><numerusform>%n 秒</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/lib/downloads/downloaditem.cpp" line="191"/>
        <source>%n minutes</source>
        <translation><numerusform>%n 分</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/lib/downloads/downloaditem.cpp" line="194"/>
        <source>%n hours</source>
        <translation><numerusform>%n 時間</numerusform></translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="201"/>
        <source>Unknown speed</source>
        <translation>ダウンロード速度が計測できません</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="206"/>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="211"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="215"/>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="239"/>
        <source>Unknown size</source>
        <translation>ファイルサイズが計測できません</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="240"/>
        <source>%2 - unknown size (%3)</source>
        <translation>%2 -  サイズ不明(%3)</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="243"/>
        <source>Remaining %1 - %2 of %3 (%4)</source>
        <translation>残り %1 - %2 全体 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="275"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="277"/>
        <source>Open Folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="279"/>
        <source>Copy Download Link</source>
        <translation>ダウンロードリンクのコピー</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="281"/>
        <source>Cancel downloading</source>
        <translation>ダウンロードの中止</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="282"/>
        <source>Remove From List</source>
        <translation>リストから削除する</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="284"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="310"/>
        <source>Not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloaditem.cpp" line="310"/>
        <source>Sorry, the file 
 %1 
 was not found!</source>
        <translation>ファイル名
 %1
は見つかりませんでした!</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.ui" line="20"/>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="177"/>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="408"/>
        <source>Download Manager</source>
        <translation>ダウンロードマネージャ</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.ui" line="69"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="217"/>
        <source>%1% of %2 files (%3) %4 remaining</source>
        <translation>%1% %2ファイル (%3) 残り%4</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="221"/>
        <source>%1% - Download Manager</source>
        <translation>%1% - ダウンロードマネージャ</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="293"/>
        <source>Save file as...</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="303"/>
        <source>MIME HTML Archive (*.mhtml)</source>
        <translation>MIME HTML アーカイブ (*.mhtml)</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="304"/>
        <source>HTML Page, single (*.html)</source>
        <translation>HTML ページ, 単一ファイル (*.html)</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="305"/>
        <source>HTML Page, complete (*.html)</source>
        <translation>HTML ページ, 完全 (*.html)</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="309"/>
        <source>Save page as...</source>
        <translation>名前を付けてページを保存...</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="401"/>
        <source>QupZilla: Download Finished</source>
        <translation>QupZilla: ダウンロード完了</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="401"/>
        <source>All files have been successfully downloaded.</source>
        <translation>全てのファイルのダウンロードに成功しました。</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="469"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadmanager.cpp" line="470"/>
        <source>Are you sure you want to quit? All uncompleted downloads will be cancelled!</source>
        <translation>本当に終了しますか? すべての未完了のダウンロードはキャンセルされます!</translation>
    </message>
</context>
<context>
    <name>DownloadOptionsDialog</name>
    <message>
        <location filename="../src/lib/downloads/downloadoptionsdialog.ui" line="25"/>
        <source>What should QupZilla do with this file?</source>
        <translation>このファイルをどう処理しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadoptionsdialog.ui" line="47"/>
        <source>Open...</source>
        <translation>開く...</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadoptionsdialog.ui" line="54"/>
        <source>Save File</source>
        <translation>保存する</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadoptionsdialog.ui" line="64"/>
        <source>Download with External Manager</source>
        <translation>外部ダウンローダーの使用</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadoptionsdialog.ui" line="165"/>
        <source>which is:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadoptionsdialog.ui" line="215"/>
        <source>from:</source>
        <translation>サイト:</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadoptionsdialog.ui" line="241"/>
        <source>Copy download link</source>
        <translation>ダウンロードリンクをコピー</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadoptionsdialog.ui" line="256"/>
        <source>You have chosen to open</source>
        <translation>ファイルが開かれました</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadoptionsdialog.cpp" line="49"/>
        <source>Opening %1</source>
        <translation>%1を開いています</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadoptionsdialog.cpp" line="112"/>
        <source>Download link copied.</source>
        <translation>ダウンロードリンクはコピーされました。</translation>
    </message>
</context>
<context>
    <name>DownloadsButton</name>
    <message>
        <location filename="../src/lib/downloads/downloadsbutton.cpp" line="27"/>
        <location filename="../src/lib/downloads/downloadsbutton.cpp" line="43"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/lib/downloads/downloadsbutton.cpp" line="28"/>
        <source>Open Download Manager</source>
        <translation>ダウンロードマネージャを開く</translation>
    </message>
</context>
<context>
    <name>EditSearchEngine</name>
    <message>
        <location filename="../src/lib/opensearch/editsearchengine.ui" line="20"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/editsearchengine.ui" line="30"/>
        <source>Url:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/editsearchengine.ui" line="44"/>
        <source>Shortcut:</source>
        <translation>ショートカット:</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/editsearchengine.ui" line="54"/>
        <source>Icon:</source>
        <translation>アイコン:</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/editsearchengine.ui" line="83"/>
        <source>Change...</source>
        <translation>変更する...</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/editsearchengine.ui" line="106"/>
        <source>&lt;b&gt;Note: &lt;/b&gt;%s in url or post data represent searched string</source>
        <translation>&lt;b&gt;注意 &lt;/b&gt;%s には検索文字列もしくはポストデータが挿入されます</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/editsearchengine.ui" line="123"/>
        <source>Post Data:</source>
        <translation>ポストデータ:</translation>
    </message>
</context>
<context>
    <name>HTML5PermissionsDialog</name>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="14"/>
        <source>HTML5 Permissions</source>
        <translation>HTML5 パーミッション</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="35"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="64"/>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="69"/>
        <source>Behaviour</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="79"/>
        <source>Permission for:</source>
        <translation>許可項目:</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="87"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="92"/>
        <source>Geolocation</source>
        <translation>ジオロケーション</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="97"/>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="102"/>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="107"/>
        <source>Microphone and Camera</source>
        <translation>マイクとカメラ</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.ui" line="112"/>
        <source>Hide Pointer</source>
        <translation>ポインタを隠す</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.cpp" line="59"/>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsdialog.cpp" line="67"/>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>HTML5PermissionsNotification</name>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsnotification.ui" line="43"/>
        <source>Remember</source>
        <translation>記憶させる</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsnotification.ui" line="50"/>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsnotification.ui" line="57"/>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsnotification.cpp" line="39"/>
        <source>this site</source>
        <translation>このサイト</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsnotification.cpp" line="43"/>
        <source>Allow %1 to show desktop notifications?</source>
        <translation>%1のデスクトップ通知を許可しますか？</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsnotification.cpp" line="47"/>
        <source>Allow %1 to locate your position?</source>
        <translation>%1が位置を特定することを許可しますか？</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsnotification.cpp" line="51"/>
        <source>Allow %1 to use your microphone?</source>
        <translation>%1 がマイクを使用するのを許可しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsnotification.cpp" line="55"/>
        <source>Allow %1 to use your camera?</source>
        <translation>%1 がカメラを使用するのを許可しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsnotification.cpp" line="59"/>
        <source>Allow %1 to use your microphone and camera?</source>
        <translation>%1 がマイクとカメラを使用するのを許可しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/html5permissions/html5permissionsnotification.cpp" line="63"/>
        <source>Allow %1 to hide your pointer?</source>
        <translation>%1 がポインタを隠すのを許可しますか?</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../src/lib/history/history.cpp" line="85"/>
        <source>Empty Page</source>
        <translation>空白のページ</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="270"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="272"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="274"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="276"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="278"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="280"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="282"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="284"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="286"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="288"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="290"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../src/lib/history/history.cpp" line="292"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
</context>
<context>
    <name>HistoryManager</name>
    <message>
        <location filename="../src/lib/history/historymanager.ui" line="14"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymanager.ui" line="20"/>
        <location filename="../src/lib/history/historymanager.cpp" line="154"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymanager.ui" line="27"/>
        <source>Clear All History</source>
        <translation>すべての履歴の消去</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymanager.cpp" line="78"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymanager.cpp" line="79"/>
        <source>Are you sure you want to delete all history?</source>
        <translation>本当にすべての履歴を削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymanager.cpp" line="145"/>
        <source>Open in new tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymanager.cpp" line="146"/>
        <source>Open in new window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymanager.cpp" line="147"/>
        <source>Open in new private window</source>
        <translation>新しいプライベートウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymanager.cpp" line="150"/>
        <source>Copy url</source>
        <translation>URLのコピー</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymanager.cpp" line="151"/>
        <source>Copy title</source>
        <translation>ページ名のコピー</translation>
    </message>
</context>
<context>
    <name>HistoryMenu</name>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="135"/>
        <location filename="../src/lib/history/historymenu.cpp" line="157"/>
        <location filename="../src/lib/history/historymenu.cpp" line="186"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="161"/>
        <source>Restore All Closed Tabs</source>
        <translation>閉じたタブをすべて開く</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="162"/>
        <location filename="../src/lib/history/historymenu.cpp" line="190"/>
        <source>Clear list</source>
        <translation>一覧の消去</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="189"/>
        <source>Restore All Closed Windows</source>
        <translation>閉じたウィンドウをすべて開く</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="236"/>
        <source>Hi&amp;story</source>
        <translation>履歴(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="238"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="241"/>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="244"/>
        <source>&amp;Home</source>
        <translation>ホームを開く(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="247"/>
        <source>Show &amp;All History</source>
        <translation>全ての履歴を表示する(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="255"/>
        <source>Most Visited</source>
        <translation>よく見るページ</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="258"/>
        <source>Closed Tabs</source>
        <translation>最近閉じたタブ</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymenu.cpp" line="261"/>
        <source>Closed Windows</source>
        <translation>最近閉じたウィンドウ</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/lib/history/historymodel.cpp" line="56"/>
        <source>Title</source>
        <translation>ページ名</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymodel.cpp" line="58"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymodel.cpp" line="60"/>
        <source>Visit Date</source>
        <translation>訪れた日時</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymodel.cpp" line="62"/>
        <source>Visit Count</source>
        <translation>訪れた回数</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymodel.cpp" line="340"/>
        <location filename="../src/lib/history/historymodel.cpp" line="471"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymodel.cpp" line="476"/>
        <source>This Week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../src/lib/history/historymodel.cpp" line="481"/>
        <source>This Month</source>
        <translation>今月</translation>
    </message>
</context>
<context>
    <name>HistorySideBar</name>
    <message>
        <location filename="../src/lib/sidebar/historysidebar.ui" line="32"/>
        <source>Search...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../src/lib/sidebar/historysidebar.cpp" line="85"/>
        <source>Open in new tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/sidebar/historysidebar.cpp" line="86"/>
        <source>Open in new window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/sidebar/historysidebar.cpp" line="87"/>
        <source>Open in new private window</source>
        <translation>新しいプライベートウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/sidebar/historysidebar.cpp" line="90"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>IconChooser</name>
    <message>
        <location filename="../src/lib/other/iconchooser.ui" line="14"/>
        <location filename="../src/lib/other/iconchooser.cpp" line="42"/>
        <source>Choose icon...</source>
        <translation>アイコンを選択する...</translation>
    </message>
    <message>
        <location filename="../src/lib/other/iconchooser.ui" line="20"/>
        <source>From file</source>
        <translation>ファイルから</translation>
    </message>
    <message>
        <location filename="../src/lib/other/iconchooser.ui" line="29"/>
        <source>Image (.png, .jpg, .jpeg, .gif)</source>
        <translation>画像(.png, .jpg, .jpeg, .gif)</translation>
    </message>
    <message>
        <location filename="../src/lib/other/iconchooser.ui" line="42"/>
        <source>Choose file...</source>
        <translation>ファイルの選択...</translation>
    </message>
    <message>
        <location filename="../src/lib/other/iconchooser.ui" line="52"/>
        <source>From database</source>
        <translation>データベースから</translation>
    </message>
    <message>
        <location filename="../src/lib/other/iconchooser.ui" line="61"/>
        <source>Site Url:</source>
        <translation>サイトの URL:</translation>
    </message>
    <message>
        <location filename="../src/lib/other/iconchooser.cpp" line="41"/>
        <source>Image files</source>
        <translation>画像ファイル</translation>
    </message>
</context>
<context>
    <name>JsOptions</name>
    <message>
        <location filename="../src/lib/preferences/jsoptions.ui" line="14"/>
        <source>JavaScript Options</source>
        <translation>JavaScript オプション</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/jsoptions.ui" line="20"/>
        <source>Allow JavaScript to:</source>
        <translation>以下を JavaScript に許可する:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/jsoptions.ui" line="29"/>
        <source>Open popup windows</source>
        <translation>ポップアップウィンドウを開く</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/jsoptions.ui" line="36"/>
        <source>Change window size</source>
        <translation>ウィンドウサイズの変更</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/jsoptions.ui" line="43"/>
        <source>Access clipboard</source>
        <translation>クリップボードへのアクセスを許可</translation>
    </message>
</context>
<context>
    <name>LicenseViewer</name>
    <message>
        <location filename="../src/lib/other/licenseviewer.cpp" line="30"/>
        <source>License Viewer</source>
        <translation>ライセンスビューワ</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <location filename="../src/lib/3rdparty/lineedit.cpp" line="102"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;Ｕ)</translation>
    </message>
    <message>
        <location filename="../src/lib/3rdparty/lineedit.cpp" line="107"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/lib/3rdparty/lineedit.cpp" line="112"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/lib/3rdparty/lineedit.cpp" line="117"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/lib/3rdparty/lineedit.cpp" line="122"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/3rdparty/lineedit.cpp" line="131"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/3rdparty/lineedit.cpp" line="134"/>
        <source>Clear All</source>
        <translation>すべて消去</translation>
    </message>
    <message>
        <location filename="../src/lib/3rdparty/lineedit.cpp" line="137"/>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <location filename="../src/lib/navigation/locationbar.cpp" line="93"/>
        <source>Paste And &amp;Go</source>
        <translation>貼り付けて移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/locationbar.cpp" line="148"/>
        <source>Enter address or search with %1</source>
        <translation>アドレスを入力するか %1 で検索します</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/locationbar.cpp" line="150"/>
        <source>Enter address</source>
        <translation>アドレスを入力します</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/siteicon.cpp" line="40"/>
        <source>Show information about this page</source>
        <translation>このページの情報を表示</translation>
    </message>
</context>
<context>
    <name>LocationCompleterDelegate</name>
    <message>
        <location filename="../src/lib/navigation/completer/locationcompleterdelegate.cpp" line="157"/>
        <source>Visit</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/completer/locationcompleterdelegate.cpp" line="163"/>
        <source>Search with %1</source>
        <translation>%1 で検索</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/completer/locationcompleterdelegate.cpp" line="197"/>
        <source>Switch to tab</source>
        <translation>タブを表示</translation>
    </message>
</context>
<context>
    <name>LocationCompleterView</name>
    <message>
        <location filename="../src/lib/navigation/completer/locationcompleterview.cpp" line="73"/>
        <source>Manage Search Engines</source>
        <translation>検索エンジンの管理</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/completer/locationcompleterview.cpp" line="78"/>
        <source>Search with:</source>
        <translation>検索:</translation>
    </message>
</context>
<context>
    <name>MainApplication</name>
    <message>
        <location filename="../src/lib/app/mainapplication.cpp" line="1109"/>
        <source>QupZilla is not currently your default browser. Would you like to make it your default browser?</source>
        <translation>QupZilla は現在既定のブラウザに設定されていません。既定のブラウザに設定しますか？</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainapplication.cpp" line="1110"/>
        <source>Always perform this check when starting QupZilla.</source>
        <translation>QupZilla の起動時に毎回既定のブラウザか確認する。</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainapplication.cpp" line="1112"/>
        <source>Default Browser</source>
        <translation>既定のブラウザ</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainapplication.cpp" line="1230"/>
        <source>Open new tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainapplication.cpp" line="1231"/>
        <source>Open new window</source>
        <translation>新しいウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainapplication.cpp" line="1232"/>
        <source>Open new private window</source>
        <translation>新しいプライベートウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainapplication.cpp" line="1247"/>
        <source>QupZilla is a new, fast and secure open-source WWW browser. QupZilla is licensed under GPL version 3 or (at your option) any later version. It is based on WebKit core and Qt Framework.</source>
        <translation>QupZilla は新しい、高速で安全なオープンソースのブラウザです。 QupZilla は GPL version3 (任意で)それ以降のバージョンでリリースされています。 Webkit と Qt フレームワークをもとに作成されています。</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="84"/>
        <location filename="../src/lib/app/mainmenu.cpp" line="497"/>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="467"/>
        <source>&amp;About QupZilla</source>
        <translation>Qupzillaについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="472"/>
        <source>Pr&amp;eferences</source>
        <translation>設定(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="478"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="485"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="488"/>
        <source>New Tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="489"/>
        <source>&amp;New Window</source>
        <translation>新しいウィンドウ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="490"/>
        <source>New &amp;Private Window</source>
        <translation>新しいプライベートウィンドウ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="491"/>
        <source>Open Location</source>
        <translation>ロケーションバー</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="492"/>
        <source>Open &amp;File...</source>
        <translation>ファイルを開く(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="493"/>
        <source>Close Window</source>
        <translation>ウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="500"/>
        <source>Session Manager</source>
        <translation>セッションマネージャ</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="507"/>
        <source>&amp;Save Page As...</source>
        <translation>名前を付けてページを保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="508"/>
        <source>Send Link...</source>
        <translation>リンクをメールで送信する...</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="509"/>
        <source>&amp;Print...</source>
        <translation>ページの印刷(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="514"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="517"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;Ｕ)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="519"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="522"/>
        <source>&amp;Cut</source>
        <translation>切り取り(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="524"/>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="526"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="529"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="531"/>
        <source>&amp;Find</source>
        <translation>ページ内検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="536"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="539"/>
        <source>Toolbars</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="541"/>
        <source>Sidebar</source>
        <translation>サイドバー</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="543"/>
        <source>Character &amp;Encoding</source>
        <translation>文字コードエンコーディング(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="552"/>
        <source>Sta&amp;tus Bar</source>
        <translation>ステータスバー(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="554"/>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="555"/>
        <source>&amp;Reload</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="557"/>
        <source>Zoom &amp;In</source>
        <translation>ページの拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="558"/>
        <source>Zoom &amp;Out</source>
        <translation>ページの縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="559"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="563"/>
        <source>&amp;Page Source</source>
        <translation>ページのソースを表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="565"/>
        <source>&amp;FullScreen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="568"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="571"/>
        <source>&amp;Web Search</source>
        <translation>Web 検索(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="572"/>
        <source>Site &amp;Info</source>
        <translation>ページ情報</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="575"/>
        <source>&amp;Download Manager</source>
        <translation>ダウンロードマネージャ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="576"/>
        <source>&amp;Cookies Manager</source>
        <translation>Cookieマネージャ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="577"/>
        <source>Web In&amp;spector</source>
        <translation>Webインスペクタ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="578"/>
        <source>Clear Recent &amp;History</source>
        <translation>最近の履歴を消去(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="583"/>
        <source>&amp;Extensions</source>
        <translation>拡張機能(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="589"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="592"/>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="597"/>
        <source>Information about application</source>
        <translation>アプリケーションの情報</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="598"/>
        <source>Configuration Information</source>
        <translation>設定情報</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="599"/>
        <source>Report &amp;Issue</source>
        <translation>問題を報告する(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/lib/app/mainmenu.cpp" line="612"/>
        <source>Restore &amp;Closed Tab</source>
        <translation>最近閉じたタブを開く(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MasterPasswordDialog</name>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/masterpassworddialog.ui" line="20"/>
        <source>Encrypted DataBase Settings</source>
        <translation>暗号化されたデータベースの設定</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/masterpassworddialog.ui" line="33"/>
        <source>Set/Change Master Password...</source>
        <translation>マスターパスワードの設定/変更...</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/masterpassworddialog.ui" line="36"/>
        <source>This backend does not work without a master password.</source>
        <translation>このバックエンドはマスターパスワードなしでは動作しません。</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/masterpassworddialog.ui" line="43"/>
        <source>Clear Master Password...</source>
        <translation>マスターパスワードの消去...</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/masterpassworddialog.ui" line="46"/>
        <source>This option clears the master password and moves all encrypted data to the &quot;DataBase (Plain Text)&quot; backend, and switches to it.</source>
        <translation>このオプションはマスターパスワードを消去し、すべての暗号化されたデータをバックエンドで&quot;データベース(プレーンテキスト)&quot;に変換し、それへと切り替えます。</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/masterpassworddialog.ui" line="64"/>
        <source>The Master Password is used to protect site passwords and form data. If you set a Master Password you will be asked to enter it once per session.</source>
        <translation>マスターパスワードは、サイトパスワードやフォームデータを保護するために使用されます。マスターパスワードを設定した場合は、セッションごとに1度ずつ入力するように求められます。</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/masterpassworddialog.ui" line="76"/>
        <source>Current Password:</source>
        <translation>現在のパスワード:</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/masterpassworddialog.ui" line="83"/>
        <source>New Password:</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/masterpassworddialog.ui" line="90"/>
        <source>Confirm Password:</source>
        <translation>パスワードの確認:</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/masterpassworddialog.ui" line="120"/>
        <source>&lt;b&gt;Note:&lt;/b&gt; The Master Password is not resettable. Do not forget it, please.</source>
        <translation>&lt;b&gt;注意:&lt;/b&gt; マスターパスワードはリセットできません。忘れないようにしてください。</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="547"/>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="552"/>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="601"/>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="644"/>
        <source>Warning!</source>
        <translation>警告！</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="547"/>
        <source>You entered a wrong password!</source>
        <translation>パスワードが間違っています！</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="552"/>
        <source>New/Confirm password fields do not match!</source>
        <translation>新しいパスワードとその確認の入力欄の内容が一致しません。</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="601"/>
        <source>Are you sure you want to clear master password and decrypt data?</source>
        <translation>本当にマスターパスワードをクリアしてデータを復号化しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/autofill/passwordbackends/databaseencryptedpasswordbackend.cpp" line="644"/>
        <source>Some data has not been decrypted. The master password was not cleared!</source>
        <translation>いくつかのデータが複合化されていません。マスターパスワードは消去されませんでした！</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="49"/>
        <source>Empty Page</source>
        <translation>空白のページ</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="76"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="86"/>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="106"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="114"/>
        <source>New Tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="134"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="147"/>
        <source>Main Menu</source>
        <translation>メインメニュー</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="164"/>
        <source>Exit Fullscreen</source>
        <translation>全画面表示を終了</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="190"/>
        <source>Back and Forward buttons</source>
        <translation>戻る・進むボタン</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="191"/>
        <source>Reload button</source>
        <translation>再読み込みボタン</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="192"/>
        <source>Home button</source>
        <translation>ホームボタン</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="193"/>
        <source>Add tab button</source>
        <translation>タブの追加ボタン</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="194"/>
        <source>Address and Search bar</source>
        <translation>アドレス・検索バー</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="195"/>
        <source>Tools button</source>
        <translation>ツールボタン</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="196"/>
        <source>Exit Fullscreen button</source>
        <translation>全画面表示の終了ボタン</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="370"/>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="404"/>
        <source>Clear history</source>
        <translation>履歴の消去</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="411"/>
        <source>Toolbars</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="412"/>
        <source>Sidebar</source>
        <translation>サイドバー</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="427"/>
        <location filename="../src/lib/navigation/navigationbar.cpp" line="442"/>
        <source>Configure Toolbar</source>
        <translation>ツールバーを設定</translation>
    </message>
</context>
<context>
    <name>NavigationBarConfigDialog</name>
    <message>
        <location filename="../src/lib/navigation/navigationbarconfigdialog.ui" line="14"/>
        <source>Configure Toolbar</source>
        <translation>ツールバーを設定</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbarconfigdialog.ui" line="62"/>
        <source>Show search bar</source>
        <translation>検索バーを表示</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbarconfigdialog.ui" line="82"/>
        <source>Available items:</source>
        <translation>利用可能な項目:</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/navigationbarconfigdialog.ui" line="89"/>
        <source>Current items:</source>
        <translation>現在の項目:</translation>
    </message>
</context>
<context>
    <name>NetworkManager</name>
    <message>
        <location filename="../src/lib/network/networkmanager.cpp" line="71"/>
        <source>SSL Certificate Error!</source>
        <translation>SSL サーバ証明書にエラーがあります!</translation>
    </message>
    <message>
        <location filename="../src/lib/network/networkmanager.cpp" line="72"/>
        <source>The page you are trying to access has the following errors in the SSL certificate:</source>
        <translation>あなたが接続しようとしているページの SSL サーバ証明書には以下の問題点があります:</translation>
    </message>
    <message>
        <location filename="../src/lib/network/networkmanager.cpp" line="73"/>
        <source>Would you like to make an exception for this certificate?</source>
        <translation>この証明書に対して例外を作成しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/network/networkmanager.cpp" line="97"/>
        <source>Authorisation required</source>
        <translation>認証が必要です</translation>
    </message>
    <message>
        <location filename="../src/lib/network/networkmanager.cpp" line="104"/>
        <location filename="../src/lib/network/networkmanager.cpp" line="190"/>
        <source>Username: </source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/lib/network/networkmanager.cpp" line="105"/>
        <location filename="../src/lib/network/networkmanager.cpp" line="191"/>
        <source>Password: </source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/lib/network/networkmanager.cpp" line="111"/>
        <source>Save username and password for this site</source>
        <translation>このサイトでユーザー名とパスワードを保存する</translation>
    </message>
    <message>
        <location filename="../src/lib/network/networkmanager.cpp" line="119"/>
        <source>A username and password are being requested by %1. The site says: &quot;%2&quot;</source>
        <translation>%1がユーザー名とパスワードを要求しています。&lt;br&gt;&quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/lib/network/networkmanager.cpp" line="183"/>
        <source>Proxy authorisation required</source>
        <translation>プロキシ認証が必要です</translation>
    </message>
    <message>
        <location filename="../src/lib/network/networkmanager.cpp" line="203"/>
        <source>A username and password are being requested by proxy %1. </source>
        <translation>%1プロキシがユーザー名とパスワードを要求しています。</translation>
    </message>
</context>
<context>
    <name>PluginsList</name>
    <message>
        <location filename="../src/lib/preferences/pluginslist.ui" line="56"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>PluginsManager</name>
    <message>
        <location filename="../src/lib/preferences/pluginsmanager.cpp" line="192"/>
        <source>Error!</source>
        <translation>エラーが発生しました!</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/pluginsmanager.cpp" line="192"/>
        <source>Cannot load extension!</source>
        <translation>エクステンションが読み込めません!</translation>
    </message>
</context>
<context>
    <name>PopupWebView</name>
    <message>
        <location filename="../src/lib/popupwindow/popupwebview.cpp" line="100"/>
        <source>Inspect Element</source>
        <translation>要素の調査</translation>
    </message>
</context>
<context>
    <name>PopupWindow</name>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="83"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="84"/>
        <source>Send Link...</source>
        <translation>ページの URL をメールで送信する...</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="85"/>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="87"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="90"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="99"/>
        <source>Find</source>
        <translation>ページ内検索</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="102"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="103"/>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="105"/>
        <source>&amp;Reload</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="108"/>
        <source>Zoom &amp;In</source>
        <translation>ページの拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="109"/>
        <source>Zoom &amp;Out</source>
        <translation>ページの縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="110"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="112"/>
        <source>&amp;Page Source</source>
        <translation>ページのソースを表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/popupwindow/popupwindow.cpp" line="266"/>
        <source>%1 - QupZilla</source>
        <translation>%1 - QupZilla</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="14"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="60"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="65"/>
        <source>Appearance</source>
        <translation>アピアランス</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="70"/>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="75"/>
        <source>Browsing</source>
        <translation>ブラウジング</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="80"/>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="85"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="90"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="95"/>
        <source>Password Manager</source>
        <translation>パスワードマネージャ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="100"/>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="105"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="110"/>
        <source>Extensions</source>
        <translation>エクステンション</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="115"/>
        <source>Spell Check</source>
        <translation>スペルチェック</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="120"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="196"/>
        <location filename="../src/lib/preferences/preferences.ui" line="343"/>
        <source>Use current</source>
        <translation>現在のページを設定</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="227"/>
        <location filename="../src/lib/preferences/preferences.cpp" line="831"/>
        <source>Note: You cannot delete active profile.</source>
        <translation>注意:現在使用中のプロファイルは削除できません。</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="243"/>
        <source>Create New</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="259"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="285"/>
        <source>&lt;b&gt;Launching&lt;/b&gt;</source>
        <translation>&lt;b&gt;起動時の設定&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="295"/>
        <source>After launch: </source>
        <translation>起動後:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="303"/>
        <source>Open blank page</source>
        <translation>空白のページを表示する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="308"/>
        <location filename="../src/lib/preferences/preferences.ui" line="365"/>
        <source>Open homepage</source>
        <translation>ホームページを開く</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="313"/>
        <location filename="../src/lib/preferences/preferences.ui" line="370"/>
        <source>Open speed dial</source>
        <translation>Speed Dial を開く</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="318"/>
        <source>Restore session</source>
        <translation>前回のセッションを復元する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="323"/>
        <source>Select session</source>
        <translation>セッションを選択する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="331"/>
        <source>Homepage: </source>
        <translation>ホームページ:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="352"/>
        <source>On new tab: </source>
        <translation>新しいタブ:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="360"/>
        <source>Open blank tab</source>
        <translation>空白のタブを開く</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="375"/>
        <source>Open other page...</source>
        <translation>別のページを開く...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="383"/>
        <source>&lt;b&gt;Profiles&lt;/b&gt;</source>
        <translation>&lt;b&gt;プロファイル&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="390"/>
        <source>Startup profile:</source>
        <translation>起動時のプロファイル:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="397"/>
        <source>Check for updates on start</source>
        <translation>起動時にアップデートを確認</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="404"/>
        <source>Active profile:</source>
        <translation>現在使用中のプロファイル:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="418"/>
        <source>In order to change language, you must restart browser.</source>
        <translation>言語の変更を反映するには QupZilla を再起動してください。</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="425"/>
        <source>&lt;b&gt;Language&lt;/b&gt;</source>
        <translation>&lt;b&gt;言語&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="446"/>
        <source>Available translations: </source>
        <translation>使用可能な言語:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="458"/>
        <source>Don&apos;t load tabs until selected</source>
        <translation>タブを選択するまで読み込まない</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="480"/>
        <source>Check to see if QupZilla is the default browser on startup</source>
        <translation>QupZilla が既定のブラウザか起動時に確認する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="490"/>
        <source>Check Now</source>
        <translation>確認する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="520"/>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="542"/>
        <source>Advanced options</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="550"/>
        <source>Show StatusBar on start</source>
        <translation>ステータスバーを表示する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="557"/>
        <source>Show Bookmarks ToolBar on start</source>
        <translation>ブックマークツールバーを表示する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="564"/>
        <source>Show Navigation ToolBar on start</source>
        <translation>ナビゲーションツールバーを表示する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="571"/>
        <source>Enable instant Bookmarks ToolBar</source>
        <translation>インスタントブックマークツールバーを有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="593"/>
        <source>&lt;b&gt;Browser Window&lt;/b&gt;</source>
        <translation>&lt;b&gt;ブラウザウィンドウ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="641"/>
        <source>Tabs behaviour</source>
        <translation>タブの動作</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="647"/>
        <source>Hide tabs when there is only one tab</source>
        <translation>タブが1つだけの時タブバーを非表示</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="654"/>
        <source>Activate last tab when closing active tab</source>
        <translation>アクティブタブを閉じたとき直前のタブをアクティブにする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="661"/>
        <source>Open new tabs after active tab</source>
        <translation>アクティブなタブの後ろに新しいタブを追加する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="668"/>
        <source>Open new empty tabs after active tab</source>
        <translation>新しい空白のタブをアクティブなタブの後ろに開く</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="675"/>
        <source>Open popup windows in tabs</source>
        <translation>ポップアップウィンドウをタブで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="682"/>
        <source>Always switch between tabs with mouse wheel</source>
        <translation>常にマウスホイールでタブを切り替える</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="689"/>
        <source>Automatically switch to newly opened tab</source>
        <translation>新しいタブが開かれたとき、すぐにそのタブに切り替える</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="696"/>
        <source>Don&apos;t close window upon closing last tab</source>
        <translation>最後のタブを閉じてもウィンドウを閉じない</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="703"/>
        <source>Ask when closing multiple tabs</source>
        <translation>複数のタブを閉じるとき確認する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="710"/>
        <source>Show closed tabs button</source>
        <translation>閉じたタブボタンを表示</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="719"/>
        <source>Show close buttons on inactive tabs:</source>
        <translation>アクティブでないタブに閉じるボタンを表示する:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="727"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="732"/>
        <source>Always</source>
        <translation>常に表示</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="737"/>
        <source>Never</source>
        <translation>表示しない</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="777"/>
        <source>Address Bar behaviour</source>
        <translation>アドレスバーの動作</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="785"/>
        <source>Suggest when typing into address bar:</source>
        <translation>アドレスバーへの入力時にサジェストする:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="799"/>
        <source>History and Bookmarks</source>
        <translation>履歴とブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="804"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="809"/>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="814"/>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="840"/>
        <source>Enable inline suggestions</source>
        <translation>インラインサジェスチョンを有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="847"/>
        <source>Press &quot;Shift&quot; to not switch the tab but load the url in the current tab</source>
        <translation>Shift キーを押したとき、タブを切り替えず URL を現在のタブで開く</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="850"/>
        <source>Propose to switch tab if completed url is already loaded</source>
        <translation>URLが既に読み込まれている場合にタブを切り替える</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="857"/>
        <source>Always show go icon</source>
        <translation>移動ボタンを常に表示</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="864"/>
        <source>Select all text by double clicking in address bar</source>
        <translation>ダブルクリックですべて選択</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="871"/>
        <source>Select all text by clicking in address bar</source>
        <translation>クリックですべて選択</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="878"/>
        <source>Enable automatic searching from the address bar</source>
        <translation>アドレスバーからの自動検索を有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="885"/>
        <source>Search with Default Engine</source>
        <translation>デフォルトのエンジンで検索</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="892"/>
        <source>Show search suggestions</source>
        <translation>検索候補を表示</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="915"/>
        <source>Show loading progress in address bar</source>
        <translation>ページ読み込み状況をアドレスバーに表示</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="948"/>
        <source>Fill</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="953"/>
        <source>Bottom</source>
        <translation>下部</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="958"/>
        <source>Top</source>
        <translation>上部</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="966"/>
        <source>Custom color:</source>
        <translation>カスタムカラー:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="982"/>
        <source>Select color</source>
        <translation>色の選択</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="985"/>
        <location filename="../src/lib/preferences/preferences.ui" line="1263"/>
        <location filename="../src/lib/preferences/preferences.ui" line="1797"/>
        <location filename="../src/lib/preferences/preferences.ui" line="1894"/>
        <location filename="../src/lib/preferences/preferences.ui" line="2491"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="992"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1043"/>
        <source>Web Configuration</source>
        <translation>Web 設定</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1051"/>
        <source>Allow Pepper Plugins (Flash plugin)</source>
        <translation>Pepper プラグイン (Flash プラグイン) を有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1058"/>
        <source>Allow JavaScript</source>
        <translation>Javascript を有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1065"/>
        <source>Include links in focus chain</source>
        <translation>フォーカスを移すときすべてのリンクを参照する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1072"/>
        <source>Enable XSS Auditing</source>
        <extracomment>try to detect possible XSS attacks when executing javascript</extracomment>
        <translation>XSS 検知機能を有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1079"/>
        <source>Print element background</source>
        <extracomment>when you are printing page (on printer), it determine whether to also print background (color, image) of html elements</extracomment>
        <translation>要素の背景を印刷する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1086"/>
        <source>Animated scrolling</source>
        <translation>スムーススクロール</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1093"/>
        <source>Enable spatial navigation</source>
        <translation>空間ナビゲーションを有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1100"/>
        <source>Use native scrollbars</source>
        <translation>ネイティブのスクロールバーを使用する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1117"/>
        <source>Mouse wheel scrolls</source>
        <translation>マウスホイールスクロール量</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1137"/>
        <source>lines on page</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1148"/>
        <source>Default zoom on pages: </source>
        <translation>既定のズーム率:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1187"/>
        <source>Local Storage</source>
        <translation>ローカルストレージ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1195"/>
        <source>Allow storing network cache on disk</source>
        <translation>ネットワークをディスク上に保存する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1218"/>
        <source>Delete cache on close</source>
        <translation>終了時にキャッシュを削除する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1225"/>
        <source>Maximum:</source>
        <translation>最大サイズ:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1232"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1248"/>
        <source>Store cache in:</source>
        <translation>キャッシュの保存:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1276"/>
        <source>Allow saving history</source>
        <translation>履歴の保存を有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1283"/>
        <source>Delete history on close</source>
        <translation>終了時に履歴を削除する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1306"/>
        <source>Allow local storage of HTML5 web content</source>
        <translation>HTML5 コンテンツの local storage を許可する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1313"/>
        <source>Delete locally stored HTML5 web content on close</source>
        <translation>終了時にローカルに保存された HTML5 コンテンツを削除する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1339"/>
        <source>Delete now</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1378"/>
        <source>Proxy Configuration</source>
        <translation>プロキシ設定</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1397"/>
        <source>System proxy configuration</source>
        <translation>システムの設定を使う</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1420"/>
        <source>Manual configuration</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1430"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1435"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1446"/>
        <source>Port:</source>
        <translation>ポート番号:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1467"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1477"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1506"/>
        <source>No proxy</source>
        <translation>プロキシを使用しない</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1521"/>
        <source>&lt;b&gt;Font Families&lt;/b&gt;</source>
        <translation>&lt;b&gt;フォント設定&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1534"/>
        <source>Standard</source>
        <translation>既定のフォント</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1541"/>
        <source>Fixed</source>
        <translation>等幅フォント</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1551"/>
        <source>Serif</source>
        <translation>明朝体(Serif)</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1561"/>
        <source>Sans Serif</source>
        <translation>ゴシック体(Sans Serif)</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1571"/>
        <source>Cursive</source>
        <translation>手書き風(cursive)</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1623"/>
        <source>Fantasy</source>
        <translation>装飾(Fantasy)</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1630"/>
        <source>&lt;b&gt;Font Sizes&lt;/b&gt;</source>
        <translation>&lt;b&gt;フォントサイズ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1639"/>
        <source>Fixed Font Size</source>
        <translation>等幅フォントのサイズ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1646"/>
        <source>Default Font Size</source>
        <translation>既定のフォントのサイズ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1673"/>
        <source>Minimum Font Size</source>
        <translation>最小フォントサイズ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1680"/>
        <source>Minimum Logical Font Size</source>
        <translation>最小論理フォントサイズ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1713"/>
        <source>&lt;b&gt;Shortcuts&lt;/b&gt;</source>
        <translation>&lt;b&gt;ショートカット&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1720"/>
        <source>Switch to tabs with Alt + number of tab</source>
        <translation>タブを Alt キーと数字キーで切り替え</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1727"/>
        <source>Load speed dials with Ctrl + number of speed dial</source>
        <translation>Ctrl キーと数字キーでスピードダイアルの項目を読み込む</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1734"/>
        <source>Existing shortcuts:&lt;br/&gt;&lt;b&gt;1&lt;/b&gt; - previous tab&lt;br/&gt;&lt;b&gt;2&lt;/b&gt; - next tab&lt;br/&gt;&lt;b&gt;/&lt;/b&gt; - search on page</source>
        <translation>利用可能なショートカット:&lt;br/&gt;&lt;b&gt;1&lt;/b&gt; - previous tab&lt;br/&gt;&lt;b&gt;2&lt;/b&gt; - next tab&lt;br/&gt;&lt;b&gt;/&lt;/b&gt; - search on page</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1737"/>
        <source>Use single key shortcuts</source>
        <translation>シングルキーボード・ショートカットを使う</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1744"/>
        <source>If unchecked, prevents accidental exit from the application if the Ctrl-W shortcut was intended.</source>
        <translation>チェックしない場合、Ctrl-W のショートカットのつもりで意図せずにアプリケーションを終了するのを防ぎます。</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1747"/>
        <source>Close application with Ctrl-Q</source>
        <translation>Ctrl-Q でアプリケーションを終了する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1771"/>
        <source>&lt;b&gt;Download Location&lt;/b&gt;</source>
        <translation>&lt;b&gt;ダウンロードの場所&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1778"/>
        <source>Ask everytime for download location</source>
        <translation>毎回尋ねる</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1785"/>
        <source>Use defined location: </source>
        <translation>既定のダウンロード場所:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1835"/>
        <source>&lt;b&gt;Download Options&lt;/b&gt;</source>
        <translation>&lt;b&gt;ダウンロードのオプション&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1842"/>
        <source>Close download manager when downloading finishes</source>
        <translation>ダウンロード終了時にダウンロードマネージャを閉じる</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1849"/>
        <source>&lt;b&gt;External download manager&lt;/b&gt;</source>
        <translation>&lt;b&gt;外部ダウンローダマネージャ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1856"/>
        <source>Use external download manager</source>
        <translation>外部ダウンローダを使う</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1868"/>
        <source>Executable:</source>
        <translation>実行するダウンローダを指定:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1875"/>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1882"/>
        <source>Leave blank if unsure</source>
        <translation>よくわからない場合は空白のままにしてください</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1903"/>
        <source>&lt;b&gt;%d&lt;/b&gt; will be replaced with URL to be downloaded</source>
        <translation>&lt;b&gt;%d&lt;/b&gt; はダウンロードされる URL に置換されます。</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1929"/>
        <source>&lt;b&gt;AutoFill options&lt;/b&gt;</source>
        <translation>&lt;b&gt;オートフィルの設定&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1936"/>
        <source>Allow saving passwords from sites</source>
        <translation>パスワードの保存を有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1987"/>
        <source>Automatically complete passwords on sites</source>
        <translation>サイトのパスワードを自動入力する</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="1998"/>
        <source>&lt;b&gt;Cookies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cookie&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2005"/>
        <source>&lt;b&gt;Other&lt;/b&gt;</source>
        <translation>&lt;b&gt;その他&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2031"/>
        <source>JavaScript options</source>
        <translation>JavaScript オプション</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2041"/>
        <source>&lt;b&gt;JavaScript&lt;/b&gt;</source>
        <translation>&lt;b&gt;JavaScript&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2054"/>
        <source>Cookies Manager</source>
        <translation>Cookie マネージャ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2064"/>
        <source>Manage JavaScript privacy options</source>
        <translation>JavaScript プライバシーオプションの管理</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2087"/>
        <source>Manage HTML5 permissions</source>
        <translation>HTML5 パーミッションの管理</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2094"/>
        <source>Manage Cookies</source>
        <translation>Cookie の管理</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2114"/>
        <source>&lt;b&gt;HTML5 Permissions&lt;/b&gt;</source>
        <translation>&lt;b&gt;HTML5 パーミッション&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2127"/>
        <source>HTML5 Permissions</source>
        <translation>HTML5 パーミッション</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2134"/>
        <source>Send Do Not Track header to servers</source>
        <translation>Do Not Track ヘッダをサーバーに送る</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2160"/>
        <source>Expiration timeout:</source>
        <translation>通知の表示時間:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2173"/>
        <source> seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2195"/>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;通知&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2218"/>
        <source>Use Native System Notifications (Linux only)</source>
        <translation>ネイティブの通知を使う(Linux OS のみ可)</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2225"/>
        <source>Do not use Notifications</source>
        <translation>通知を表示しない</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2248"/>
        <source>&lt;b&gt;Note: &lt;/b&gt;You can change position of OSD Notification by dragging it on the screen.</source>
        <translation>&lt;b&gt;注意:&lt;/b&gt;OSD 通知の表示位置はドラッグで変更できます。</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2274"/>
        <source>Use OSD Notifications</source>
        <translation>OSD 通知を使う</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2281"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2346"/>
        <source>For more information about Spell Check, please see &lt;a href=&quot;https://github.com/QupZilla/qupzilla/wiki/Spell-Check&quot;&gt;wiki&lt;/a&gt;.</source>
        <translation>スペルチェックについての詳しい情報は &lt;a href=&quot;https://github.com/QupZilla/qupzilla/wiki/Spell-Check&quot;&gt;wiki&lt;/a&gt; を参照してください。</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2388"/>
        <source>&lt;b&gt;Spell Check options&lt;/b&gt;</source>
        <translation>&lt;b&gt;スペルチェックの設定&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2395"/>
        <source>Enable Spell Check</source>
        <translation>スペルチェックを有効にする</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2402"/>
        <source>&lt;b&gt;Dictionary directories&lt;/b&gt;</source>
        <translation>&lt;b&gt;辞書のディレクトリ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2456"/>
        <source>No languages found</source>
        <translation>言語が見付かりません</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2467"/>
        <source>&lt;b&gt;Manage search engines&lt;/b&gt;</source>
        <translation>&lt;b&gt;検索エンジンを管理する&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2474"/>
        <source>&lt;b&gt;User Style Sheet&lt;/b&gt;</source>
        <translation>&lt;b&gt;ユーザースタイルシート&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2481"/>
        <source>Style Sheet automatically loaded with all websites: </source>
        <translation>すべてのページに適用するスタイルシート:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2511"/>
        <source>&lt;b&gt;Preferred language for web sites&lt;/b&gt;</source>
        <translation>&lt;b&gt;言語設定&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2531"/>
        <source>&lt;b&gt;Change browser identification&lt;/b&gt;</source>
        <translation>&lt;b&gt; ブラウザの UA を変更する &lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2556"/>
        <source>User Agent Manager</source>
        <translation>User Agent マネージャ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2596"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.ui" line="2636"/>
        <source>Search Engines Manager</source>
        <translation>検索エンジンマネージャ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="147"/>
        <location filename="../src/lib/preferences/preferences.cpp" line="607"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="151"/>
        <source>Set as default</source>
        <translation>既定に設定</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="550"/>
        <source>Choose executable location...</source>
        <translation>外部ダウンローダの指定...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="593"/>
        <source>OSD Notification</source>
        <translation>OSD 通知</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="594"/>
        <source>Drag it on the screen to place it where you want.</source>
        <translation>好きな場所にドラッグしてください。</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="643"/>
        <source>Choose download location...</source>
        <translation>ダウンロード先の指定...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="657"/>
        <source>Choose stylesheet location...</source>
        <translation>スタイルシートの指定...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="668"/>
        <source>Deleted</source>
        <translation>削除されました</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="758"/>
        <source>Choose cache path...</source>
        <translation>キャッシュの保存場所の選択...</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="789"/>
        <source>New Profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="789"/>
        <source>Enter the new profile&apos;s name:</source>
        <translation>新しいプロファイルの名前を入力してください:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="799"/>
        <location filename="../src/lib/preferences/preferences.cpp" line="804"/>
        <source>Error!</source>
        <translation>エラーが発生しました!</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="799"/>
        <source>This profile already exists!</source>
        <translation>このプロファイルはすでに存在しています!</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="804"/>
        <source>Cannot create profile directory!</source>
        <translation>プロファイルフォルダを作成できません!</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="815"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="816"/>
        <source>Are you sure you want to permanently delete &quot;%1&quot; profile? This action cannot be undone!</source>
        <translation>本当に &quot;%1&quot; プロファイルを永久に削除しますか? この操作は取り消せません!</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/preferences.cpp" line="1087"/>
        <source>Select Color</source>
        <translation>色の選択</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/lib/notifications/desktopnotificationsfactory.cpp" line="109"/>
        <source>Native System Notification</source>
        <translation>システム準拠の通知</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/opensearchreader.cpp" line="105"/>
        <source>The file is not an OpenSearch 1.1 file.</source>
        <translation>このファイルは OpenSearch 1.1ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/certificateinfowidget.cpp" line="300"/>
        <source>&lt;not set in certificate&gt;</source>
        <translation>&lt;証明書が発行されていません&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/qztools.cpp" line="342"/>
        <source>Unknown size</source>
        <translation>ファイルサイズが計測できません</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/qztools.cpp" line="347"/>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/qztools.cpp" line="352"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/qztools.cpp" line="356"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/qztools.cpp" line="815"/>
        <source>Executable: </source>
        <translation>実行:</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/qztools.cpp" line="816"/>
        <source>Arguments: </source>
        <translation>引数:</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/qztools.cpp" line="818"/>
        <source>Cannot start external program</source>
        <translation>外部プログラムを起動できません</translation>
    </message>
    <message>
        <location filename="../src/lib/tools/qztools.cpp" line="819"/>
        <source>Cannot start external program! %1</source>
        <translation>外部プログラムを起動できません! %1</translation>
    </message>
</context>
<context>
    <name>QupZillaSchemeReply</name>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="153"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="154"/>
        <source>Report Issue</source>
        <translation>問題を報告する</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="155"/>
        <source>If you are experiencing problems with QupZilla, please try to disable all extensions first. &lt;br/&gt;If this does not fix it, then please fill out this form: </source>
        <translation>QupZilla を使用中に問題が発生した場合はまずエクステンションを無効にしてみてください。&lt;br/&gt;それでも問題が解決されない場合以下のフォームに書き込んでください:</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="157"/>
        <source>Your E-mail</source>
        <translation>E-mail アドレス</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="158"/>
        <source>Issue type</source>
        <translation>問題の種類</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="159"/>
        <source>Issue description</source>
        <translation>問題の説明</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="160"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="161"/>
        <source>E-mail is optional&lt;br/&gt;&lt;b&gt;Note: &lt;/b&gt;Please read how to make a bug report &lt;a href=%1&gt;here&lt;/a&gt; first.</source>
        <translation>E-mail アドレスの記入は必須ではありません。&lt;br/&gt;&lt;b&gt;注意:&lt;/b&gt;バグレポートの書き方についてまず&lt;a href=%1&gt;こちらから&lt;/a&gt;ご覧ください。</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="163"/>
        <source>Please fill out all required fields!</source>
        <translation>必須項目を記入して送信してください!</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="191"/>
        <source>Start Page</source>
        <translation>スタートページ</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="192"/>
        <source>Search on Web</source>
        <translation>Web で検索する</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="193"/>
        <source>Search results provided by DuckDuckGo</source>
        <translation>検索結果は DuckDuckGo から提供されます</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="195"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="211"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="212"/>
        <source>About QupZilla</source>
        <translation>QupZilla について</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="196"/>
        <source>&lt;h1&gt;Private Browsing&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;プライベートブラウジング&lt;h1/&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="213"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="374"/>
        <source>Information about version</source>
        <translation>バージョン情報</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="214"/>
        <source>Copyright</source>
        <translation>Copyright</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="217"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="384"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="224"/>
        <source>Main developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="226"/>
        <source>Contributors</source>
        <translation>コントリビューター</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="238"/>
        <source>Translators</source>
        <translation>翻訳者</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="298"/>
        <source>Speed Dial</source>
        <translation>Speed Dial</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="299"/>
        <source>Add New Page</source>
        <translation>新しいページを追加する</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="300"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="301"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="302"/>
        <source>Reload</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="303"/>
        <source>Are you sure you want to remove this speed dial?</source>
        <translation>本当にこの Speed Dial を削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="304"/>
        <source>Are you sure you want to reload all speed dials?</source>
        <translation>本当にすべての Speed Dial を再読み込みしますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="305"/>
        <source>Load title from page</source>
        <translation>ページ名を取得する</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="306"/>
        <source>SpeedDial requires enabled JavaScript.</source>
        <translation>SpeedDial を使用するには JavaScript を有効にする必要があります。</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="307"/>
        <source>Url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="308"/>
        <source>Title</source>
        <translation>ページ名</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="309"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="310"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="311"/>
        <source>New Page</source>
        <translation>新しいページ</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="312"/>
        <source>Speed Dial settings</source>
        <translation>Speed Dial の設定</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="313"/>
        <source>Placement: </source>
        <translation>Speed Dial の配置:</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="314"/>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="315"/>
        <source>Cover</source>
        <translation>カバー</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="316"/>
        <source>Fit</source>
        <translation>調整</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="317"/>
        <source>Fit Width</source>
        <translation>横幅に合わせて調整</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="318"/>
        <source>Fit Height</source>
        <translation>縦幅に合わせて調整</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="319"/>
        <source>Use custom wallpaper</source>
        <translation>カスタム壁紙を使用</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="320"/>
        <source>Click to select image</source>
        <translation>クリックして画像を選択</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="321"/>
        <source>Maximum pages in a row:</source>
        <translation>行数の指定:</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="322"/>
        <source>Change size of pages:</source>
        <translation>サムネイルのサイズを変更する:</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="323"/>
        <source>Center speed dials</source>
        <translation>Speed Dial を中央寄せで使う</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="348"/>
        <source>Restore Session</source>
        <translation>セッションの復元</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="349"/>
        <source>Oops, QupZilla crashed.</source>
        <translation>QupZilla がクラッシュしてしまいました。</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="350"/>
        <source>We apologize for this. Would you like to restore the last saved state?</source>
        <translation>申し訳ありません。以前のセッションを復元しますか？</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="351"/>
        <source>Try removing one or more tabs that you think cause troubles</source>
        <translation>トラブルの原因と思われるタブを削除してみてください</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="352"/>
        <source>Or you can start completely new session</source>
        <translation>新しいセッションで開始することもできます</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="353"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="354"/>
        <source>Windows and Tabs</source>
        <translation>ウィンドウとタブ</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="355"/>
        <source>Start New Session</source>
        <translation>新しいセッションを開始</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="356"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="357"/>
        <source>Requires enabled JavaScript.</source>
        <translation>JavaScript を有効にする必要があります。</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="372"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="373"/>
        <source>Configuration Information</source>
        <translation>設定情報</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="375"/>
        <source>This page contains information about QupZilla&apos;s current configuration - relevant for troubleshooting. Please include this information when submitting bug reports.</source>
        <translation>このページは QupZilla の現在の設定についての情報が表示されています。これらの情報はトラブルシューティングに非常に大切です。バグレポートの際は、これらの情報を含めて送信してください。</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="376"/>
        <source>Browser Identification</source>
        <translation>User Agent</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="377"/>
        <source>Paths</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="378"/>
        <source>Build Configuration</source>
        <translation>Build Configuration</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="379"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="380"/>
        <source>Option</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="381"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="382"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="417"/>
        <source>Extensions</source>
        <translation>エクステンション</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="383"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="385"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="386"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="401"/>
        <source>Application version</source>
        <translation>Application version</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="408"/>
        <source>Qt version</source>
        <translation>Qt version</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="409"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="412"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="413"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="414"/>
        <source>Saved session</source>
        <translation>保存されたセッション</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="415"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="416"/>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="418"/>
        <source>Translations</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="421"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="428"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="434"/>
        <source>&lt;b&gt;Enabled&lt;/b&gt;</source>
        <translation>&lt;b&gt;有効&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="423"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="430"/>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="434"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="437"/>
        <source>Debug build</source>
        <translation>デバッグビルド</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="439"/>
        <source>Windows 7 API</source>
        <translation>Windows 7 API</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="441"/>
        <source>Portable build</source>
        <translation>Portable build</translation>
    </message>
    <message>
        <location filename="../src/lib/network/schemehandlers/qupzillaschemehandler.cpp" line="459"/>
        <source>No available extensions.</source>
        <translation>エクステンションが見つかりません。</translation>
    </message>
</context>
<context>
    <name>RegisterQAppAssociation</name>
    <message>
        <location filename="../src/lib/other/registerqappassociation.cpp" line="110"/>
        <source>Warning!</source>
        <translation>警告！</translation>
    </message>
    <message>
        <location filename="../src/lib/other/registerqappassociation.cpp" line="111"/>
        <source>There are some problems. Please, reinstall QupZilla.
Maybe relaunch with administrator right do a magic for you! ;)</source>
        <translation>問題が発生しています。 QupZilla を再インストールしてください。管理者権限で再インストール後には問題は解決されるはずです(^_^)</translation>
    </message>
</context>
<context>
    <name>ReloadStopButton</name>
    <message>
        <location filename="../src/lib/navigation/reloadstopbutton.cpp" line="57"/>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/reloadstopbutton.cpp" line="61"/>
        <source>Reload</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>SearchEnginesDialog</name>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.ui" line="14"/>
        <source>Manage Search Engines</source>
        <translation>検索エンジンの管理</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.ui" line="22"/>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.ui" line="29"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.ui" line="36"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.ui" line="56"/>
        <source>Set as default</source>
        <translation>既定に設定</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.ui" line="63"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.ui" line="70"/>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.ui" line="89"/>
        <source>Search Engine</source>
        <translation>検索エンジン</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.ui" line="94"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.ui" line="104"/>
        <source>Defaults</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.cpp" line="52"/>
        <location filename="../src/lib/opensearch/searchenginesmanager.cpp" line="316"/>
        <source>Add Search Engine</source>
        <translation>検索エンジンの追加</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.cpp" line="89"/>
        <source>Remove Engine</source>
        <translation>検索エンジンの削除</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.cpp" line="90"/>
        <source>You can&apos;t remove the default search engine.&lt;br&gt;Set a different engine as default before removing %1.</source>
        <translation>デフォルトの検索エンジンは削除できません。&lt;br&gt;他の検索エンジンをデフォルトに設定してから削除してください %1。</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesdialog.cpp" line="107"/>
        <source>Edit Search Engine</source>
        <translation>検索エンジンの編集</translation>
    </message>
</context>
<context>
    <name>SearchEnginesManager</name>
    <message>
        <location filename="../src/lib/opensearch/searchenginesmanager.cpp" line="402"/>
        <source>Search Engine Added</source>
        <translation>検索エンジンの追加</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesmanager.cpp" line="402"/>
        <source>Search Engine &quot;%1&quot; has been successfully added.</source>
        <translation>検索エンジン&quot;%1&quot;を追加しました。</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesmanager.cpp" line="409"/>
        <source>Search Engine is not valid!</source>
        <translation>検索エンジンの指定が正しくありません!</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesmanager.cpp" line="410"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/lib/opensearch/searchenginesmanager.cpp" line="410"/>
        <source>Error while adding Search Engine &lt;br&gt;&lt;b&gt;Error Message: &lt;/b&gt; %1</source>
        <translation>検索エンジンの追加中にエラーが発生しました。&lt;br&gt;&lt;b&gt;エラーメッセージ&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>SearchToolBar</name>
    <message>
        <location filename="../src/lib/webtab/searchtoolbar.cpp" line="127"/>
        <source>No results found.</source>
        <translation>該当なし。</translation>
    </message>
</context>
<context>
    <name>SearchToolbar</name>
    <message>
        <location filename="../src/lib/webtab/searchtoolbar.ui" line="36"/>
        <source>Search: </source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../src/lib/webtab/searchtoolbar.ui" line="55"/>
        <source>Search...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../src/lib/webtab/searchtoolbar.ui" line="88"/>
        <source>&amp;Match Case</source>
        <translation>大文字/小文字を区別(&amp;M)</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="126"/>
        <source>_cloned</source>
        <translation>の複製</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="126"/>
        <source>_renamed</source>
        <translation>の新しい名前</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="127"/>
        <source>Clone Session</source>
        <translation>セッションを複製</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="127"/>
        <source>Rename Session</source>
        <translation>セッションの名前を変更</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="128"/>
        <source>Please enter a new name:</source>
        <translation>新しい名前を入力してください:</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="136"/>
        <location filename="../src/lib/session/sessionmanager.cpp" line="143"/>
        <location filename="../src/lib/session/sessionmanager.cpp" line="148"/>
        <location filename="../src/lib/session/sessionmanager.cpp" line="170"/>
        <location filename="../src/lib/session/sessionmanager.cpp" line="218"/>
        <source>Error!</source>
        <translation>エラーが発生しました!</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="136"/>
        <location filename="../src/lib/session/sessionmanager.cpp" line="170"/>
        <location filename="../src/lib/session/sessionmanager.cpp" line="218"/>
        <source>The session file &quot;%1&quot; exists. Please enter another name.</source>
        <translation>セッションファイル &quot;%1&quot; が存在します。別の名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="143"/>
        <source>An error occurred when cloning session file.</source>
        <translation>セッションファイルの複製時にエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="148"/>
        <source>An error occurred when renaming session file.</source>
        <translation>セッションファイルの名前変更時にエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="161"/>
        <source>Save Session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="162"/>
        <source>Please enter a name to save session:</source>
        <translation>セッションを保存するために名前を入力してください:</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="163"/>
        <source>Saved Session (%1)</source>
        <translation>保存されたセッション (%1)</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="180"/>
        <source>Restore Backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="180"/>
        <source>Are you sure you want to replace current session?</source>
        <translation>本当に現在のセッションを置き換えますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="199"/>
        <source>Delete Session</source>
        <translation>セッションを削除</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="199"/>
        <source>Are you sure you want to delete session &apos;%1&apos;?</source>
        <translation>本当にセッション &apos;%1&apos; を削除しますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="209"/>
        <source>New Session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="210"/>
        <source>Please enter a name to create new session:</source>
        <translation>新しいセッションを作成するために名前を入力してください:</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="211"/>
        <source>New Session (%1)</source>
        <translation>新しいセッション (%1)</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="243"/>
        <source>Backup 1</source>
        <translation>バックアップ 1</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="250"/>
        <source>Backup 2</source>
        <translation>バックアップ 2</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="290"/>
        <source>Default Session</source>
        <translation>既定のセッション</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="393"/>
        <source>Please select the startup session:</source>
        <translation>開始時のセッションを選択してください:</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanager.cpp" line="412"/>
        <source>%1 (last session)</source>
        <translation>%1 (前回のセッション)</translation>
    </message>
</context>
<context>
    <name>SessionManagerDialog</name>
    <message>
        <location filename="../src/lib/session/sessionmanagerdialog.ui" line="14"/>
        <source>Session Manager</source>
        <translation>セッションマネージャ</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanagerdialog.ui" line="24"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanagerdialog.ui" line="29"/>
        <source>Last Modified</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanagerdialog.ui" line="39"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanagerdialog.ui" line="46"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanagerdialog.ui" line="53"/>
        <source>Clone</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanagerdialog.ui" line="60"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanagerdialog.ui" line="67"/>
        <source>Switch to</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanagerdialog.cpp" line="140"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../src/lib/session/sessionmanagerdialog.cpp" line="140"/>
        <source>Switch To</source>
        <translation>切り替え</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <location filename="../src/lib/sidebar/sidebar.cpp" line="65"/>
        <location filename="../src/lib/sidebar/sidebar.cpp" line="107"/>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location filename="../src/lib/sidebar/sidebar.cpp" line="72"/>
        <location filename="../src/lib/sidebar/sidebar.cpp" line="114"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>SiteInfo</name>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="14"/>
        <source>Site Info</source>
        <translation>ページ情報</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="47"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="52"/>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="84"/>
        <source>Site address:</source>
        <translation>ページの URL:</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="113"/>
        <source>Encoding:</source>
        <translation>文字コード:</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="132"/>
        <source>Meta tags of site:</source>
        <translation>このページの Meta タグ:</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="146"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="151"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="165"/>
        <source>&lt;b&gt;Security information&lt;/b&gt;</source>
        <translation>&lt;b&gt;セキュリティ情報&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="235"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="240"/>
        <source>Image address</source>
        <translation>画像の URL</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.ui" line="265"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;プレビュー&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="67"/>
        <source>&lt;b&gt;Connection is Encrypted.&lt;/b&gt;</source>
        <translation>&lt;b&gt;接続は暗号化されています。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="69"/>
        <source>&lt;b&gt;Connection Not Encrypted.&lt;/b&gt;</source>
        <translation>&lt;b&gt;接続は暗号化されていません。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="156"/>
        <source>Copy Image Location</source>
        <translation>画像の URL をコピー</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="157"/>
        <source>Copy Image Name</source>
        <translation>画像の名前をコピー</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="159"/>
        <source>Save Image to Disk</source>
        <translation>画像の保存</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="186"/>
        <location filename="../src/lib/other/siteinfo.cpp" line="205"/>
        <source>Error!</source>
        <translation>エラーが発生しました!</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="186"/>
        <source>This preview is not available!</source>
        <translation>この画像のプレビューに失敗しました!</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="197"/>
        <source>Save image...</source>
        <translation>画像の保存...</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="205"/>
        <source>Cannot write to file!</source>
        <translation>ファイルに書き込めません!</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="215"/>
        <source>Loading...</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfo.cpp" line="228"/>
        <source>Preview not available</source>
        <translation>この画像のプレビューはできません</translation>
    </message>
</context>
<context>
    <name>SiteInfoWidget</name>
    <message>
        <location filename="../src/lib/other/siteinfowidget.ui" line="90"/>
        <source>More...</source>
        <translation>表示...</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfowidget.cpp" line="42"/>
        <source>Your connection to this site is &lt;b&gt;secured&lt;/b&gt;.</source>
        <translation>このページへの接続は安全性が保障されています。</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfowidget.cpp" line="46"/>
        <source>Your connection to this site is &lt;b&gt;unsecured&lt;/b&gt;.</source>
        <translation>このページへの接続は安全性が保障されていません。</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfowidget.cpp" line="61"/>
        <location filename="../src/lib/other/siteinfowidget.cpp" line="80"/>
        <source>This is your &lt;b&gt;%1&lt;/b&gt; visit of this site.</source>
        <translation>このサイトに訪れるのは&lt;b&gt;%1&lt;/b&gt;回目です。</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfowidget.cpp" line="65"/>
        <source>You have &lt;b&gt;never&lt;/b&gt; visited this site before.</source>
        <translation>このサイトに訪れたのは初めてです。</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfowidget.cpp" line="72"/>
        <source>first</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfowidget.cpp" line="75"/>
        <source>second</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../src/lib/other/siteinfowidget.cpp" line="78"/>
        <source>third</source>
        <translation>3</translation>
    </message>
</context>
<context>
    <name>SpeedDial</name>
    <message>
        <location filename="../src/lib/plugins/speeddial.cpp" line="286"/>
        <source>Image files</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <location filename="../src/lib/plugins/speeddial.cpp" line="287"/>
        <source>Click to select image...</source>
        <translation>クリックして画像を選択...</translation>
    </message>
    <message>
        <location filename="../src/lib/plugins/speeddial.cpp" line="342"/>
        <source>Unable to load</source>
        <translation>読み込み失敗</translation>
    </message>
</context>
<context>
    <name>SqueezeLabelV2</name>
    <message>
        <location filename="../src/lib/3rdparty/squeezelabelv2.cpp" line="64"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>SslErrorDialog</name>
    <message>
        <location filename="../src/lib/network/sslerrordialog.ui" line="14"/>
        <source>SSL Certificate Error!</source>
        <translation>SSLサーバ証明書にエラーがあります!</translation>
    </message>
</context>
<context>
    <name>TabBar</name>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="62"/>
        <source>Don&apos;t ask again</source>
        <translation>次回からは表示しない</translation>
    </message>
</context>
<context>
    <name>TabContextMenu</name>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="79"/>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="90"/>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="101"/>
        <source>Close Tabs</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="79"/>
        <source>Do you really want to close other tabs?</source>
        <translation>本当に他のすべてのタブを閉じますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="87"/>
        <source>Do you really want to close all tabs to the right?</source>
        <translation>本当に右側のすべてのタブを閉じますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="88"/>
        <source>Do you really want to close all tabs to the bottom?</source>
        <translation>本当に下側のすべてのタブを閉じますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="98"/>
        <source>Do you really want to close all tabs to the left?</source>
        <translation>本当に左側のすべてのタブを閉じますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="99"/>
        <source>Do you really want to close all tabs to the top?</source>
        <translation>本当に上側のすべてのタブを閉じますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="115"/>
        <source>&amp;Stop Tab</source>
        <translation>タブの読み込みを中止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="118"/>
        <source>&amp;Reload Tab</source>
        <translation>タブを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="121"/>
        <source>&amp;Duplicate Tab</source>
        <translation>タブを複製(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="123"/>
        <source>Un&amp;pin Tab</source>
        <translation>タブのピン留めを外す(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="123"/>
        <source>&amp;Pin Tab</source>
        <translation>タブをピン留め(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="124"/>
        <source>Un&amp;mute Tab</source>
        <translation>タブのミュートを解除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="124"/>
        <source>&amp;Mute Tab</source>
        <translation>タブをミュート(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="127"/>
        <source>Unload Tab</source>
        <translation>タブを破棄</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="131"/>
        <source>Re&amp;load All Tabs</source>
        <translation>すべてのタブを再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="132"/>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="148"/>
        <source>Bookmark &amp;All Tabs</source>
        <translation>すべてのタブをブックマーク(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="136"/>
        <source>Close Ot&amp;her Tabs</source>
        <translation>他のタブをすべて閉じる(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="137"/>
        <source>Close Tabs To The Right</source>
        <translation>右側のタブをすべて閉じる</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="137"/>
        <source>Close Tabs To The Bottom</source>
        <translation>下側のタブをすべて閉じる</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="138"/>
        <source>Close Tabs To The Left</source>
        <translation>左側のタブをすべて閉じる</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="138"/>
        <source>Close Tabs To The Top</source>
        <translation>上側のタブをすべて閉じる</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="143"/>
        <source>Cl&amp;ose Tab</source>
        <translation>タブを閉じる(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="145"/>
        <source>&amp;New tab</source>
        <translation>新しいタブ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabcontextmenu.cpp" line="147"/>
        <source>Reloa&amp;d All Tabs</source>
        <translation>すべてのタブを再読み込み(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TabIcon</name>
    <message>
        <location filename="../src/lib/tabwidget/tabicon.cpp" line="156"/>
        <source>Unmute Tab</source>
        <translation>タブのミュートを解除</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabicon.cpp" line="156"/>
        <source>Mute Tab</source>
        <translation>タブをミュート</translation>
    </message>
</context>
<context>
    <name>TabWidget</name>
    <message>
        <location filename="../src/lib/tabwidget/tabwidget.cpp" line="51"/>
        <source>New Tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabwidget.cpp" line="129"/>
        <source>Closed tabs</source>
        <translation>閉じたタブ</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabwidget.cpp" line="140"/>
        <source>List of tabs</source>
        <translation>タブの一覧</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabwidget.cpp" line="274"/>
        <source>Empty</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabwidget.cpp" line="278"/>
        <source>Restore All Closed Tabs</source>
        <translation>閉じたタブをすべて開く</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabwidget.cpp" line="279"/>
        <source>Clear list</source>
        <translation>一覧の消去</translation>
    </message>
    <message>
        <location filename="../src/lib/tabwidget/tabwidget.h" line="100"/>
        <source>New tab</source>
        <translation>新しいタブ</translation>
    </message>
</context>
<context>
    <name>TabbedWebView</name>
    <message>
        <location filename="../src/lib/webtab/tabbedwebview.cpp" line="203"/>
        <source>Inspect Element</source>
        <translation>要素の調査</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <location filename="../src/lib/preferences/thememanager.ui" line="51"/>
        <source>&lt;b&gt;Name:&lt;/b&gt;</source>
        <translation>&lt;b&gt;テーマ名:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/thememanager.ui" line="61"/>
        <source>&lt;b&gt;Author:&lt;/b&gt;</source>
        <translation>&lt;b&gt;作者:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/thememanager.ui" line="84"/>
        <source>&lt;b&gt;Description:&lt;/b&gt;</source>
        <translation>&lt;b&gt;説明:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/thememanager.ui" line="128"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>Updater</name>
    <message>
        <location filename="../src/lib/other/updater.cpp" line="151"/>
        <source>Update available</source>
        <translation>アップデートがあります</translation>
    </message>
    <message>
        <location filename="../src/lib/other/updater.cpp" line="151"/>
        <source>New version of QupZilla is ready to download.</source>
        <translation>QupZilla の新しいバージョンのダウンロードができます。</translation>
    </message>
    <message>
        <location filename="../src/lib/other/updater.cpp" line="160"/>
        <source>Update</source>
        <translation>アップデート</translation>
    </message>
</context>
<context>
    <name>UserAgentDialog</name>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.ui" line="14"/>
        <source>User Agent Manager</source>
        <translation>User Agent マネージャ</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.ui" line="20"/>
        <source>Change global User Agent</source>
        <translation>既定の User Agent</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.ui" line="48"/>
        <source>Use different User Agents for specified sites</source>
        <translation>特定のサイトに個別の User Agent を使う</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.ui" line="89"/>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.ui" line="94"/>
        <source>User Agent</source>
        <translation>User Agent</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.ui" line="104"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.ui" line="111"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.ui" line="131"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.cpp" line="99"/>
        <source>Add new site</source>
        <translation>新しいサイトの追加</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.cpp" line="137"/>
        <source>Edit site</source>
        <translation>サイトの編集</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.cpp" line="216"/>
        <source>Site domain: </source>
        <translation>ドメイン:</translation>
    </message>
    <message>
        <location filename="../src/lib/preferences/useragentdialog.cpp" line="217"/>
        <source>User Agent: </source>
        <translation>User Agent:</translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="277"/>
        <source>QupZilla cannot handle &lt;b&gt;%1:&lt;/b&gt; links. The requested link is &lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;Do you want QupZilla to try open this link in system application?</source>
        <translation>QupZilla は&lt;b&gt;%1:&lt;/b&gt;のリンクを処理できません。リクエストされたリンクは&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;システムアプリケーションでこのリンクを開きますか?</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="282"/>
        <source>Remember my choice for this protocol</source>
        <translation>このプロトコルに対する設定を記憶する</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="283"/>
        <source>External Protocol Request</source>
        <translation>外部プロトコル リクエスト</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="363"/>
        <location filename="../src/lib/webengine/webpage.cpp" line="364"/>
        <source>Failed loading page</source>
        <translation>ページの読み込みに失敗しました</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="365"/>
        <source>Something went wrong while loading this page.</source>
        <translation>このページの読み込み時に問題が発生しました。</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="366"/>
        <source>Try reloading the page or closing some tabs to make more memory available.</source>
        <translation>ページの再読み込みを試すか、もしくは幾つかのタブを閉じて使用可能なメモリを確保してください。</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="367"/>
        <source>Reload page</source>
        <translation>ページを再読み込み</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="435"/>
        <source>Choose file...</source>
        <translation>ファイルの選択...</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="439"/>
        <source>Choose files...</source>
        <translation>ファイルを選択...</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="549"/>
        <source>JavaScript alert</source>
        <translation>JavaScript alert</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webpage.cpp" line="558"/>
        <source>Prevent this page from creating additional dialogs</source>
        <translation>このページでこれ以上ダイアログを表示させない</translation>
    </message>
</context>
<context>
    <name>WebSearchBar</name>
    <message>
        <location filename="../src/lib/navigation/websearchbar.cpp" line="99"/>
        <source>Paste And &amp;Search</source>
        <translation>貼り付けて検索(&amp;s)</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/websearchbar.cpp" line="125"/>
        <source>Add %1 ...</source>
        <translation>%1を検索エンジンリストに追加する...</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/websearchbar.cpp" line="129"/>
        <source>Manage Search Engines</source>
        <translation>検索エンジンの編集</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/websearchbar.cpp" line="258"/>
        <source>Show suggestions</source>
        <translation>サジェストの表示</translation>
    </message>
    <message>
        <location filename="../src/lib/navigation/websearchbar.cpp" line="263"/>
        <source>Search when engine changed</source>
        <translation>検索エンジンの変更時に検索する</translation>
    </message>
</context>
<context>
    <name>WebTab</name>
    <message>
        <location filename="../src/lib/webtab/webtab.cpp" line="441"/>
        <source>Loading...</source>
        <translation>読み込み中...</translation>
    </message>
    <message>
        <location filename="../src/lib/webtab/webtab.cpp" line="461"/>
        <source>%1 - QupZilla</source>
        <translation>%1 - QupZilla</translation>
    </message>
</context>
<context>
    <name>WebView</name>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="129"/>
        <source>Empty Page</source>
        <translation>空白のページ</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="386"/>
        <source>QupZilla %1 (%2)</source>
        <translation>QupZilla %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="665"/>
        <source>No suggestions</source>
        <translation>候補なし</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="716"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;b)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="720"/>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="727"/>
        <source>&amp;Add New Page</source>
        <translation>新しいページを追加する(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="728"/>
        <source>&amp;Configure Speed Dial</source>
        <translation>Speed Dial の設定(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="730"/>
        <source>Reload All Dials</source>
        <translation>すべての Dial を更新する</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="749"/>
        <source>Book&amp;mark page</source>
        <translation>このページをブックマーク(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="750"/>
        <source>&amp;Save page as...</source>
        <translation>名前を付けてページを保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="751"/>
        <source>&amp;Copy page link</source>
        <translation>ページの URL をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="752"/>
        <source>Send page link...</source>
        <translation>ページの URL をメールで送信...</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="754"/>
        <source>Select &amp;all</source>
        <translation>すべてを選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="759"/>
        <source>Validate page</source>
        <translation>ページの W3C 準拠チェック</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="763"/>
        <source>Translate page</source>
        <translation>ページの翻訳</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="767"/>
        <source>Show so&amp;urce code</source>
        <translation>ソースの表示(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="770"/>
        <source>Show info ab&amp;out site</source>
        <translation>このページの情報を表示(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="776"/>
        <source>Open link in new &amp;tab</source>
        <translation>新しいタブでリンクを開く(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="781"/>
        <source>Open link in new &amp;window</source>
        <translation>新しいウィンドウでリンクを開く(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="782"/>
        <source>Open link in &amp;private window</source>
        <translation>リンクを新しいプライベートウィンドウで開く(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="787"/>
        <source>B&amp;ookmark link</source>
        <translation>リンクをブックマーク(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="789"/>
        <source>&amp;Save link as...</source>
        <translation>名前を付けてリンクを保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="790"/>
        <source>Send link...</source>
        <translation>リンクをメールで送信...</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="791"/>
        <source>&amp;Copy link address</source>
        <translation>リンクの URL をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="803"/>
        <source>Show i&amp;mage</source>
        <translation>画像を表示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="808"/>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="809"/>
        <source>Copy image ad&amp;dress</source>
        <translation>画像の URL をコピー(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="811"/>
        <source>&amp;Save image as...</source>
        <translation>名前を付けて画像を保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="812"/>
        <source>Send image...</source>
        <translation>画像をメールで送信...</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="831"/>
        <source>Send text...</source>
        <translation>テキストをメールで送信...</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="836"/>
        <source>Google Translate</source>
        <translation>Google 翻訳</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="842"/>
        <source>Dictionary</source>
        <translation>辞書</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="857"/>
        <source>Go to &amp;web address</source>
        <translation>URL へ移動(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="871"/>
        <source>Search &quot;%1 ..&quot; with %2</source>
        <translation>&quot;%1&quot;を%2で検索</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="877"/>
        <source>Search with...</source>
        <translation>検索...</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="898"/>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="898"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="899"/>
        <source>Un&amp;mute</source>
        <translation>ミュート解除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="899"/>
        <source>&amp;Mute</source>
        <translation>ミュート(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="901"/>
        <source>&amp;Copy Media Address</source>
        <translation>メディアの URL をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="902"/>
        <source>&amp;Send Media Address</source>
        <translation>メディアのアドレスを送る(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="903"/>
        <source>Save Media To &amp;Disk</source>
        <translation>メディアの保存(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="922"/>
        <source>Create Search Engine</source>
        <translation>検索エンジンの作成</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="963"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="969"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="975"/>
        <source>&amp;Cut</source>
        <translation>切り取り(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="981"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="987"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="993"/>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="999"/>
        <source>&amp;Reload</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/lib/webengine/webview.cpp" line="1003"/>
        <source>S&amp;top</source>
        <translation>中止(&amp;S)</translation>
    </message>
</context>
<context>
    <name>jsAlert</name>
    <message>
        <location filename="../src/lib/webengine/jsalert.ui" line="125"/>
        <source>Prevent this page from creating additional dialogs</source>
        <translation>このページでこれ以上ダイアログを表示させない</translation>
    </message>
</context>
</TS>